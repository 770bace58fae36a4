"""Capture for the GUI: the recorder, the takes list, playback, recovery after a crash.

The recorder's own threads (PortAudio callback → ring → writer) are domain code; this service
opens devices and finishes takes through the task runner, forwards recorder events as signals,
and records finished takes in the library. The meter is read by the pane's timer through
`read_meter()` (a cheap copy), never pushed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from studio import paths
from studio.audio import (
    DeviceInfo,
    EventKind,
    MeterSnapshot,
    Recorder,
    RecorderEvent,
    StreamFactory,
    TakeInfo,
)
from studio.audio.envelope import peak_envelope
from studio.errors import DeviceError, InvalidInputError, StudioError
from studio.flows import takes as takes_flow
from studio.flows.takes import IMPORT_SUFFIXES
from studio.library.models import Take
from studio.services.hub import Change, Services
from studio.services.tasks import TaskContext, TaskHandle

log = logging.getLogger(__name__)
__all__ = ["IMPORT_SUFFIXES", "CaptureService"]
OWNER = "takes"  # this service's name on the shared audio output


class CaptureService(QObject):
    devices_listed = Signal(list)  # list[DeviceInfo]
    device_opened = Signal(object)  # DeviceInfo
    device_failed = Signal(object)  # StudioError (the previous device stays open)
    take_started = Signal(str)  # name
    take_finished = Signal(object, object)  # Take (library record), TakeInfo
    recorder_event = Signal(object)  # RecorderEvent (warnings, device lost, room tone done)
    takes_changed = Signal()
    imported = Signal(list)  # list[Take] just imported
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
        self.playback = services.playback
        self.playback.changed.connect(self._playback_changed)
        self.playing: Take | None = None
        self._recording_meta: dict[str, Any] = {}

    # devices
    def list_devices(self, refresh: bool = False) -> TaskHandle:
        return self.services.run(owner=self, fn=lambda ctx: self.recorder.list_devices(refresh), name=self.tr("Listing devices"),
                                 on_done=self.devices_listed.emit, on_error=self.device_failed.emit,
                                 queue="audio", track=False)

    def open_device(self, device: int | str | DeviceInfo | None, rate: int, *,
                    on_done: Callable[[DeviceInfo], None] | None = None,
                    on_error: Callable[[StudioError], None] | None = None, remember: bool = True) -> TaskHandle:
        """Open an input device (the previous one stays open if this fails). `remember` keeps it as the
        studio's input device for next time."""
        def work(ctx: TaskContext) -> DeviceInfo:
            return self.recorder.open_device(device, rate)

        def done(info: Any) -> None:
            if remember:
                self.services.workspace.settings.set("audio.input_device", info.name)
                self.services.workspace.settings.set("audio.sample_rate", rate)
            self.device_opened.emit(info)
            if on_done is not None:
                on_done(info)

        def failed(err: StudioError) -> None:
            self.device_failed.emit(err)
            if on_error is not None:
                on_error(err)

        return self.services.run(owner=self, fn=work, name=self.tr("Opening input"), queue="audio", on_done=done,
                                 on_error=failed, track=False)

    @property
    def device(self) -> DeviceInfo | None:
        return self.recorder.device

    @property
    def is_open(self) -> bool:
        return self.recorder.is_open

    def close_device(self) -> TaskHandle:
        """Let the input device go (queued behind an open still running, so it cannot stay open)."""
        return self.services.run(owner=self, fn=lambda ctx: self.recorder.close(), name=self.tr("Closing input"),
                                 queue="audio", track=False, report_errors=False)

    def read_meter(self) -> MeterSnapshot:
        return self.recorder.read_meter()

    def reset_clip(self) -> None:
        self.recorder.reset_clip()

    # room check
    def begin_room_check(self, seconds: float = 4.0) -> None:
        self.recorder.noise_floor = None  # a new check forgets the last result
        self.recorder.begin_room_tone(seconds)

    def room_check_progress(self) -> float:
        return self.recorder.room_tone_progress()

    def room_tone_file(self, min_seconds: float = 0.0) -> Path | None:
        """The last room check's audio as a WAV file (for a provider's own environment check), or None
        before a room check finished. A provider that only takes recordings of at least `min_seconds`
        gets the few seconds measured repeated to that length: the same room tone, so its verdict on the
        room stands. Seconds of audio: written at once."""
        audio = self.recorder.room_tone()
        if audio is None or not audio.size:
            return None
        import soundfile

        need = int(min_seconds * self.recorder.rate)
        if need > audio.size:
            audio = np.tile(audio, -(-need // audio.size))[:need]

        path = paths.cache_dir() / "room-tone.wav"  # not a take: kept out of the takes folder
        soundfile.write(path, audio, self.recorder.rate, subtype="PCM_16")
        return path

    @property
    def noise_floor(self) -> Any:
        """The last room check's result (a NoiseFloor), or None before one finished."""
        return self.recorder.noise_floor

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
            self.services.library_changed.emit(Change.TAKES)

        return self.services.run(owner=self, fn=work, name=self.tr("Finishing the take"), queue="audio", on_done=done)

    def _on_recorder_event(self, event: RecorderEvent) -> None:
        # Called on the recorder's worker thread: cross to the GUI thread by signal only.
        self.recorder_event.emit(event)
        if event.kind == EventKind.TAKE_ENDED and event.take is not None and event.take.ended_by != "limit":
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
        self.services.library_changed.emit(Change.TAKES)  # the Validate pane lists takes by name

    def trash(self, take: Take, trashed: bool = True) -> None:
        take.trashed = trashed
        self.update_take(take)

    def empty_trash(self) -> TaskHandle:
        store = self.services.workspace.store
        def done(_n: Any) -> None:
            self.takes_changed.emit()
            self.services.library_changed.emit(Change.TAKES)

        return self.services.run(owner=self, fn=lambda ctx: takes_flow.empty_trash(store, ctx.cancel),
                                 name=self.tr("Emptying the trash"), on_done=done)

    def import_files(self, files: list[Path]) -> TaskHandle:
        """Copy audio files into the takes folder as takes (the originals are left alone)."""
        store = self.services.workspace.store

        def work(ctx: TaskContext) -> list[Take]:
            return takes_flow.import_files(store, files, cancel=ctx.cancel, progress=ctx.progress)

        def done(takes: Any) -> None:
            self.takes_changed.emit()
            self.services.library_changed.emit(Change.TAKES)
            self.imported.emit(list(takes))

        return self.services.run(owner=self, fn=work, name=self.tr("Importing audio"), on_done=done)

    def recover(self) -> TaskHandle:
        """Register takes left unfinished by a crash (at start-up)."""
        store = self.services.workspace.store

        def done(takes: Any) -> None:
            if takes:
                self.takes_changed.emit()

        return self.services.run(owner=self, fn=lambda ctx: takes_flow.recover(store),
                                 name=self.tr("Recovering unfinished takes"), on_done=done, track=False)

    def load_envelope(self, take: Take, on_done: Callable[[Any], None], bins: int = 2000) -> TaskHandle:
        """Min/max envelope of a take for a waveform, read in blocks off the GUI thread."""
        path = self.take_path(take)

        def work(ctx: TaskContext) -> tuple[np.ndarray, np.ndarray, float, int | None]:
            lo, hi, per_bin = peak_envelope(path, bins, ctx.cancel)
            return lo, hi, per_bin, take.id

        return self.services.run(owner=self, fn=work, name=self.tr("Reading the waveform"), on_done=on_done,
                                 report_errors=False, track=False)

    # playback
    def play(self, take: Take, start_s: float = 0.0, end_s: float | None = None) -> None:
        # Known before playback starts: the "playing" signal that follows must already name this take.
        self.playing = take
        try:
            self.playback.play_file(self.take_path(take), OWNER, start_s, end_s)
        except StudioError:
            self.playing = None
            raise
        except Exception as exc:  # a vanished or unreadable file: say so, keep the take record
            self.playing = None
            raise InvalidInputError(f"{take.name}: cannot play ({exc}).", detail_zh=f"{take.name}：无法播放。") from exc

    @property
    def is_playing(self) -> bool:
        """A take is playing now (the one output plays takes, samples and auditions, one at a time)."""
        return self.playback.playing_for(OWNER)

    def stop_playback(self) -> None:
        self.playback.stop(OWNER)
        self.playing = None

    def _playback_changed(self, owner: str, playing: bool) -> None:
        if owner == OWNER:
            if not playing and not self.playback.playing_for(OWNER):
                self.playing = None
            self.playback_changed.emit(self.playback.playing_for(OWNER))

    def position_s(self) -> float:
        return self.playback.position_s

    def close(self) -> None:
        try:
            if self.recorder.is_recording:
                info = self.recorder.stop_take(timeout=10)
                if info.frames:
                    self.services.workspace.store.add(info.to_take(self.services.workspace.home))
        except StudioError:
            log.exception("could not finish the take at exit; it will be recovered at the next start")
        self.playback.stop(OWNER)
        self.recorder.close()

