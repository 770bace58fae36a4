"""Capture for the GUI: the recorder, the takes list, playback, recovery after a crash.

The recorder's own threads (PortAudio callback → ring → writer) are domain code; this service
opens devices and finishes takes through the task runner, forwards recorder events as signals,
and records finished takes in the library. The meter is read by the pane's timer through
`read_meter()` (a cheap copy), never pushed.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from studio import paths
from studio.audio import DeviceInfo, MeterSnapshot, Player, Recorder, RecorderEvent, StreamFactory, TakeInfo
from studio.audio.envelope import peak_envelope
from studio.audio.recovery import recover_takes
from studio.errors import DeviceError, InvalidInputError, StudioError
from studio.library.models import Take
from studio.services.hub import Services
from studio.services.tasks import TaskContext, TaskHandle

log = logging.getLogger(__name__)
IMPORT_SUFFIXES = {".wav", ".flac", ".ogg", ".mp3", ".m4a", ".aac", ".aif", ".aiff"}


class CaptureService(QObject):
    devices_listed = Signal(list)  # list[DeviceInfo]
    device_opened = Signal(object)  # DeviceInfo
    device_failed = Signal(object)  # StudioError (the previous device stays open)
    take_started = Signal(str)  # name
    take_finished = Signal(object, object)  # Take (library record), TakeInfo
    recorder_event = Signal(object)  # RecorderEvent (warnings, device lost, room tone done)
    takes_changed = Signal()
    playback_changed = Signal(bool)

    def __init__(self, services: Services, factory: StreamFactory | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.factory = factory or services.stream_factory()
        settings = services.workspace.settings
        self.recorder = Recorder(self.factory, target_low_db=float(settings.get("meter.target_low")),
                                 target_high_db=float(settings.get("meter.target_high")),
                                 on_event=self._on_recorder_event)
        self.player = Player(self.factory, on_finished=lambda: self.playback_changed.emit(False))
        self.playing: Take | None = None
        self._recording_meta: dict[str, Any] = {}

    # devices
    def list_devices(self, refresh: bool = False) -> TaskHandle:
        return self.services.run(owner=self, fn=lambda ctx: self.recorder.list_devices(refresh), name=self.tr("Listing devices"),
                                 on_done=self.devices_listed.emit, on_error=self.device_failed.emit,
                                 queue="audio", track=False)

    def open_device(self, device: int | str | DeviceInfo | None, rate: int) -> TaskHandle:
        def work(ctx: TaskContext) -> DeviceInfo:
            return self.recorder.open_device(device, rate)

        def done(info: Any) -> None:
            self.services.workspace.settings.set("audio.input_device", info.name)
            self.services.workspace.settings.set("audio.sample_rate", rate)
            self.device_opened.emit(info)

        return self.services.run(owner=self, fn=work, name=self.tr("Opening input"), queue="audio", on_done=done,
                                 on_error=self.device_failed.emit, track=False)

    @property
    def device(self) -> DeviceInfo | None:
        return self.recorder.device

    def read_meter(self) -> MeterSnapshot:
        return self.recorder.read_meter()

    def reset_clip(self) -> None:
        self.recorder.reset_clip()

    # room check
    def begin_room_check(self, seconds: float = 4.0) -> None:
        self.recorder.begin_room_tone(seconds)

    def room_check_progress(self) -> float:
        return self.recorder.room_tone_progress()

    # takes
    @property
    def recording(self) -> bool:
        return self.recorder.is_recording

    def new_take_path(self, name: str | None = None) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        base = paths.takes_dir() / f"take-{stamp}.wav"
        n = 1
        while base.exists():
            base = paths.takes_dir() / f"take-{stamp}-{n}.wav"
            n += 1
        return base

    def start_take(self, *, path: Path | None = None, name: str | None = None,
                   meta: dict[str, Any] | None = None) -> Path:
        if not self.recorder.is_open:
            raise DeviceError("Choose an input device first.", detail_zh="请先选择输入设备。")
        path = path or self.new_take_path()
        bits = int(self.services.workspace.settings.get("audio.bit_depth"))
        count = self.services.workspace.store.count(Take) + 1
        name = name or self.tr("Take %1").replace("%1", str(count))
        self._recording_meta = dict(meta or {})
        self.recorder.start_take(path, bits, name=name, meta=meta)
        self.take_started.emit(name)
        return path

    def stop_take(self, keep: Callable[[TakeInfo], TakeInfo] | None = None) -> TaskHandle:
        """Finish the take in the background and record it in the library. `keep` (run in the
        worker) may move it first, e.g. the script booth's per-line file; a re-recorded script line
        replaces its earlier library record instead of adding another."""
        store = self.services.workspace.store
        home = self.services.workspace.home

        def work(ctx: TaskContext) -> tuple[Take | None, TakeInfo]:
            info = self.recorder.stop_take()
            if keep is not None:
                info = keep(info)
            if info.frames <= 0:
                return None, info
            take = info.to_take(home)
            if take.script and take.line_index is not None:
                earlier = store.all(Take, "script = ? AND line_index = ? AND trashed = 0",
                                    (take.script, take.line_index))
                if earlier:
                    take.id, take.name, take.tags = earlier[0].id, earlier[0].name, earlier[0].tags
                    return store.update(take), info
            return store.add(take), info

        def done(result: Any) -> None:
            take, info = result
            self.take_finished.emit(take, info)
            self.takes_changed.emit()
            self.services.library_changed.emit("takes")

        return self.services.run(owner=self, fn=work, name=self.tr("Finishing the take"), queue="audio", on_done=done)

    def _on_recorder_event(self, event: RecorderEvent) -> None:
        # Called on the recorder's worker thread: cross to the GUI thread by signal only.
        self.recorder_event.emit(event)
        if event.kind == "take_ended" and event.take is not None and event.take.ended_by != "limit":
            log.warning("take ended by %s; kept %.1f s", event.take.ended_by, event.take.duration_s)

    def takes(self, trashed: bool = False) -> list[Take]:
        store = self.services.workspace.store
        rows = store.takes(include_trashed=True)
        return [t for t in rows if t.trashed == trashed]

    def take_path(self, take: Take) -> Path:
        p = Path(take.path)
        return p if p.is_absolute() else self.services.workspace.home / p

    def update_take(self, take: Take) -> None:
        self.services.workspace.store.update(take)
        self.takes_changed.emit()

    def trash(self, take: Take, trashed: bool = True) -> None:
        take.trashed = trashed
        self.update_take(take)

    def empty_trash(self) -> TaskHandle:
        store = self.services.workspace.store

        def work(ctx: TaskContext) -> int:
            count = 0
            for take in self.takes(trashed=True):
                self.take_path(take).unlink(missing_ok=True)
                assert take.id is not None
                store.delete(Take, take.id)
                count += 1
            return count

        return self.services.run(owner=self, fn=work, name=self.tr("Emptying the trash"),
                                 on_done=lambda _n: self.takes_changed.emit())

    def import_files(self, files: list[Path]) -> TaskHandle:
        """Copy audio files into the takes folder as takes (the originals are left alone)."""
        store = self.services.workspace.store
        home = self.services.workspace.home

        def work(ctx: TaskContext) -> list[Take]:
            added = []
            for i, src in enumerate(files):
                ctx.cancel.raise_if_cancelled()
                ctx.progress(i / max(1, len(files)), src.name)
                if src.suffix.lower() not in IMPORT_SUFFIXES:
                    raise InvalidInputError(f"{src.name}: not an audio file the studio can import.",
                                            detail_zh=f"{src.name}：不是可导入的音频文件。")
                dest = paths.takes_dir() / src.name
                n = 1
                while dest.exists():
                    dest = paths.takes_dir() / f"{src.stem}-{n}{src.suffix}"
                    n += 1
                duration, rate, channels = _probe(src)
                shutil.copy2(src, dest)
                added.append(store.add(Take(name=src.stem, path=str(dest.relative_to(home)), duration_s=duration,
                                            sample_rate=rate, channels=channels, source="imported")))
            return added

        return self.services.run(owner=self, fn=work, name=self.tr("Importing audio"),
                                 on_done=lambda _t: self.takes_changed.emit())

    def recover(self) -> TaskHandle:
        """Register takes left unfinished by a crash (at start-up)."""
        store = self.services.workspace.store
        home = self.services.workspace.home

        def work(ctx: TaskContext) -> list[Take]:
            return [store.add(info.to_take(home)) for info in recover_takes(paths.takes_dir())]

        def done(takes: Any) -> None:
            if takes:
                self.takes_changed.emit()

        return self.services.run(owner=self, fn=work, name=self.tr("Recovering unfinished takes"), on_done=done, track=False)

    def load_envelope(self, take: Take, on_done: Callable[[Any], None], bins: int = 2000) -> TaskHandle:
        """Min/max envelope of a take for a waveform, read in blocks off the GUI thread."""
        path = self.take_path(take)

        def work(ctx: TaskContext) -> tuple[np.ndarray, np.ndarray, float, int | None]:
            lo, hi, per_bin = peak_envelope(path, bins, ctx.cancel)
            return lo, hi, per_bin, take.id

        return self.services.run(owner=self, fn=work, name=self.tr("Reading the waveform"), on_done=on_done,
                                 report_errors=False, track=False)

    # playback
    def play(self, take: Take, start_s: float = 0.0) -> None:
        self.player.stop()
        try:
            self.player.play_file(self.take_path(take), start_s)
        except StudioError:
            raise
        except Exception as exc:  # a vanished or unreadable file: say so, keep the take record
            raise InvalidInputError(f"{take.name}: cannot play ({exc}).", detail_zh=f"{take.name}：无法播放。") from exc
        self.playing = take
        self.playback_changed.emit(True)

    def stop_playback(self) -> None:
        self.player.stop()
        self.playing = None
        self.playback_changed.emit(False)

    def position_s(self) -> float:
        return self.player.position_s

    def close(self) -> None:
        try:
            if self.recorder.is_recording:
                info = self.recorder.stop_take(timeout=10)
                if info.frames:
                    self.services.workspace.store.add(info.to_take(self.services.workspace.home))
        except StudioError:
            log.exception("could not finish the take at exit; it will be recovered at the next start")
        self.player.stop()
        self.recorder.close()


def _probe(path: Path) -> tuple[float, int, int]:
    import soundfile

    try:
        info = soundfile.info(str(path))
        return float(info.frames) / float(info.samplerate), int(info.samplerate), int(info.channels)
    except Exception:
        pass
    try:
        import av

        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            duration = float(container.duration or 0) / 1_000_000
            return duration, int(stream.rate or 0), int(stream.channels or 1)
    except Exception as exc:
        raise InvalidInputError(f"{path.name}: cannot read this audio file ({exc}).",
                                detail_zh=f"{path.name}：无法读取该音频文件。") from exc
