"""The capture engine: one input stream, a meter that runs while the pane is open, and takes on disk.

Three concurrent activities, none of which may block another (python-sounddevice rec_gui, Friture):
1. the PortAudio callback copies each block into a preallocated ring and counts overflows — no I/O,
   no logging, no locks, no allocation;
2. one worker thread drains the ring, runs the meter, the warnings and the room check, and hands take
   audio to the writer;
3. the writer thread (writer.py) streams the take to disk.
The GUI calls `read_meter()` on its 16–30 ms timer: a short lock around copying the meter state.

Take boundaries are exact: `start_take`/`stop_take` note the ring's frame counter at the moment of
the call and the worker splits its blocks there, so a take holds precisely the audio in between.
If the device disappears, the disk fills up or the stream dies mid-take, the take is ended with the
audio so far kept, an event is sent, and the next `stop_take()` returns it with its error.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np

from studio.audio.devices import DEFAULT_RATE, DeviceInfo, check_rate, list_input_devices, resolve_device
from studio.audio.meter import FLOOR_DB, TARGET_HIGH_DB, TARGET_LOW_DB, Meter, MeterSnapshot
from studio.audio.ringbuffer import RingBuffer
from studio.audio.roomcheck import NoiseFloor, RoomToneCollector
from studio.audio.stream import StreamFactory, StreamHandle
from studio.audio.take import TakeInfo, TakeStats
from studio.audio.warnings import TakeWarning, Thresholds
from studio.audio.writer import TakeWriter
from studio.errors import DeviceError, StudioError, as_studio_error
from studio.library.models import now_iso


class EventKind(StrEnum):
    WARNING = "warning"
    TAKE_ENDED = "take_ended"
    DEVICE_LOST = "device_lost"
    ROOM_TONE_DONE = "room_tone_done"


@dataclass(frozen=True)
class RecorderEvent:
    """Sent from the worker thread; the GUI's capture service turns these into signals."""

    kind: EventKind
    warning: TakeWarning | None = None
    take: TakeInfo | None = None
    error: StudioError | None = None
    noise_floor: NoiseFloor | None = None


@dataclass
class _Command:
    kind: str  # start | stop | limit
    frame: int
    take_id: int = 0
    overflows: int = 0  # counters when the caller started the take (the worker applies it later)
    dropped: int = 0
    writer: TakeWriter | None = None
    info: dict[str, Any] | None = None
    done: threading.Event | None = None
    result: TakeInfo | None = None


@dataclass
class _Take:
    writer: TakeWriter
    stats: TakeStats
    info: dict[str, Any]
    overflows_at_start: int
    dropped_at_start: int
    take_id: int = 0


class Recorder:
    def __init__(self, factory: StreamFactory | None = None, *, blocksize: int = 0, ring_seconds: float = 10.0,
                 thresholds: Thresholds | None = None, target_low_db: float = TARGET_LOW_DB,
                 target_high_db: float = TARGET_HIGH_DB, stall_timeout_s: float | None = 2.0,
                 sync_interval_s: float = 1.0, fsync: bool = True,
                 on_event: Callable[[RecorderEvent], None] | None = None) -> None:
        if factory is None:
            from studio.audio.stream import SoundDeviceFactory

            factory = SoundDeviceFactory()
        self.factory = factory
        self.blocksize = blocksize
        self.ring_seconds = ring_seconds
        self.thresholds = thresholds or Thresholds()
        self.target = (target_low_db, target_high_db)
        self.stall_timeout_s = stall_timeout_s
        self.sync_interval_s, self.fsync = sync_interval_s, fsync
        self.on_event = on_event
        self.device: DeviceInfo | None = None
        self.rate = DEFAULT_RATE
        self.noise_floor: NoiseFloor | None = None
        self._stream: StreamHandle | None = None
        self._ring = RingBuffer(1)
        self._meter = Meter(self.rate, target_low_db=target_low_db, target_high_db=target_high_db)
        self._meter_lock = threading.Lock()
        self._cmd_lock = threading.Lock()
        self._commands: list[_Command] = []
        self._worker: threading.Thread | None = None
        self._quit = threading.Event()
        self._pa_overflows = 0  # written by the audio callback only
        self._stream_ended = False  # set by the stream's finished callback
        self._closing = False
        self._take: _Take | None = None  # worker-owned
        self._recording = False  # caller-side view: a take was started and not yet collected
        self._ended: TakeInfo | None = None  # a take the worker had to end on its own
        self._room: RoomToneCollector | None = None
        self._room_done = threading.Event()
        self._error = ""
        self._take_ids = 0

    # -- devices ----------------------------------------------------------------------------------
    def list_devices(self, refresh: bool = False) -> list[DeviceInfo]:
        """Input devices, default first. `refresh` re-reads the system's list (hot-plugged devices).

        PortAudio can only re-read it with no stream open, so while monitoring the stream is closed,
        the list refreshed and the same device (found again by name: indices may shift) reopened; if it
        is gone, monitoring stays off and `read_meter().error` says so. During a take nothing is
        refreshed."""
        if not refresh or self._stream is None:
            return list_input_devices(self.factory, refresh=refresh)
        if self._recording:
            return list_input_devices(self.factory)
        current, rate = self.device, self.rate
        self.close_device()
        devices = list_input_devices(self.factory, refresh=True)
        match = next((d for d in devices if current is not None and d.name == current.name
                      and d.hostapi == current.hostapi), None)
        if match is None:
            self._error = f"{current.label if current else 'The input device'} is no longer available."
            return devices
        try:
            self.open_device(match, rate)
        except StudioError as exc:
            self._error = exc.detail
        return devices

    @property
    def is_open(self) -> bool:
        return self._stream is not None and self._worker is not None and self._worker.is_alive()

    @property
    def is_recording(self) -> bool:
        return self._recording

    @property
    def overflows(self) -> int:
        return self._pa_overflows + self._ring.overruns

    def open_device(self, device: int | str | DeviceInfo | None = None, rate: int = DEFAULT_RATE) -> DeviceInfo:
        """Open (or switch to) an input device and start monitoring. On failure the previous device
        stays open and a DeviceError says why."""
        if self._recording:
            raise DeviceError("Stop the take before changing the input device.",
                              detail_zh="请先停止录音，再切换输入设备。")
        check_rate(rate)
        previous = (self.device, self.rate) if self._stream is not None else None
        try:
            info = device if isinstance(device, DeviceInfo) else resolve_device(device, self.list_devices())
        except StudioError:
            raise
        except Exception as exc:
            raise DeviceError(f"Could not list input devices: {exc}", detail_zh=f"无法列出输入设备：{exc}") from exc
        if info is None:
            raise DeviceError("No input device was found. Connect a microphone and refresh.",
                              detail_zh="没有找到输入设备。请连接麦克风后刷新。")
        self.close_device()
        try:
            self._start_stream(info, rate)
        except StudioError as exc:
            kept: DeviceInfo | None = None
            if previous is not None and previous[0] is not None:
                try:
                    self._start_stream(previous[0], previous[1])
                    kept = previous[0]
                except StudioError:
                    kept = None
            en = f"Could not open {info.label} at {rate} Hz: {exc.detail}"
            zh = f"无法以 {rate} Hz 打开 {info.label}：{exc.detail_zh or exc.detail}"
            if kept is not None:
                en += f" Still using {kept.label}."
                zh += f"。仍在使用 {kept.label}。"
            raise DeviceError(en, detail_zh=zh) from exc
        return info

    def _start_stream(self, info: DeviceInfo, rate: int) -> None:
        self._ring = RingBuffer(int(self.ring_seconds * rate))
        self._pa_overflows = 0
        self._stream_ended = False
        self._error = ""
        with self._meter_lock:
            self._meter = Meter(rate, target_low_db=self.target[0], target_high_db=self.target[1])
        stream = self.factory.open_input(info.index, rate, 1, self.blocksize, self._callback, self._finished)
        try:
            stream.start()
        except StudioError:
            try:
                stream.close()
            except StudioError:
                pass
            raise
        self._stream, self.device, self.rate = stream, info, rate
        self._quit.clear()
        self._worker = threading.Thread(target=self._run, name="capture-worker", daemon=True)
        self._worker.start()

    def close_device(self) -> None:
        """Stop monitoring (ends a take in progress first, keeping it)."""
        if self._recording:
            self.stop_take()
        stream, self._stream = self._stream, None
        self._closing = True
        try:
            if stream is not None:
                try:
                    stream.stop()
                    stream.close()
                except StudioError:
                    pass
            self._quit.set()
            if self._worker is not None:
                self._worker.join(10)
                self._worker = None
        finally:
            self._closing = False

    # -- audio thread -----------------------------------------------------------------------------
    def _callback(self, block: np.ndarray, overflowed: bool) -> None:
        if overflowed:
            self._pa_overflows += 1
        self._ring.write(block)

    def _finished(self) -> None:
        self._stream_ended = True

    # -- takes ------------------------------------------------------------------------------------
    def start_take(self, path: Path | str, bits: int = 16, *, name: str | None = None,
                   meta: dict[str, Any] | None = None, max_seconds: float | None = None) -> None:
        """Start writing the input to `path` from this moment on.

        With `max_seconds` the take ends by itself after exactly that much audio (a `take_ended` event
        is sent; `stop_take()` then returns it)."""
        if not self.is_open:
            raise DeviceError("Open an input device before recording.", detail_zh="请先打开输入设备再录音。")
        if self._recording:
            raise DeviceError("A take is already being recorded.", detail_zh="已经在录音中。")
        path = Path(path)
        meta = dict(meta or {})
        name = name or path.stem
        writer = TakeWriter(path, self.rate, bits, name=name, meta=meta, sync_interval_s=self.sync_interval_s,
                            fsync=self.fsync)
        info = {"name": name, "bits": bits, "meta": meta, "started": now_iso()}
        self._recording = True
        self._ended = None
        self._take_ids += 1
        start = self._ring.written
        with self._cmd_lock:
            self._commands.append(_Command("start", start, self._take_ids, self.overflows, self._ring.dropped,
                                           writer=writer, info=info))
            if max_seconds is not None:
                self._commands.append(_Command("limit", start + round(max_seconds * self.rate), self._take_ids))

    def stop_take(self, timeout: float = 30.0) -> TakeInfo:
        """End the take and return it (or the take the recorder already had to end on its own)."""
        if not self._recording:
            raise DeviceError("No take is being recorded.", detail_zh="当前没有在录音。")
        done = threading.Event()
        cmd = _Command("stop", self._ring.written, done=done)
        with self._cmd_lock:
            self._commands.append(cmd)
        deadline = time.monotonic() + timeout
        while not done.wait(0.02):
            worker = self._worker
            if worker is None or not worker.is_alive():
                self._apply_due(None)  # no worker left (device lost): finish here
            elif time.monotonic() > deadline:
                break
        if not done.is_set():
            raise DeviceError("The take did not finish in time; it will be recovered on the next start.",
                              detail_zh="录音未能及时结束；下次启动时会自动恢复。")
        self._recording = False
        assert cmd.result is not None
        return cmd.result

    def take_envelope(self, since: int = 0) -> tuple[np.ndarray, np.ndarray]:
        take = self._take
        if take is None:
            return np.zeros(0, np.float32), np.zeros(0, np.float32)
        with self._meter_lock:
            return take.stats.envelope(since)

    # -- meter and room check ---------------------------------------------------------------------
    def read_meter(self) -> MeterSnapshot:
        take = self._take
        with self._meter_lock:
            snap = self._meter.snapshot()
            extra: dict[str, Any] = {"monitoring": self.is_open, "recording": take is not None,
                                     "overflows": self.overflows, "error": self._error}
            if take is not None:
                extra["take_seconds"] = take.stats.frames / self.rate
                extra["warnings"] = take.stats.live.codes
        return replace(snap, **extra)

    def reset_clip(self) -> None:
        with self._meter_lock:
            self._meter.reset_clip()

    def begin_room_tone(self, seconds: float = 4.0) -> None:
        """Start measuring the noise floor from the next `seconds` (3–5) of input; see room_tone_result."""
        if not self.is_open:
            raise DeviceError("Open an input device first.", detail_zh="请先打开输入设备。")
        self._room_done.clear()
        self._room = RoomToneCollector(self.rate, seconds)

    def room_tone(self) -> np.ndarray | None:
        """The last finished room check's audio (mono float32 at `rate`), or None."""
        room = self._room
        return room.samples() if room is not None and room.done else None

    def room_tone_progress(self) -> float:
        room = self._room
        return 1.0 if room is None else room.fraction

    def measure_room_tone(self, seconds: float = 4.0, timeout: float = 15.0) -> NoiseFloor:
        """Blocking form of begin_room_tone (for the CLI and worker threads)."""
        self.begin_room_tone(seconds)
        if not self._room_done.wait(timeout) or self.noise_floor is None:
            raise DeviceError("The input delivered no audio for the room check.",
                              detail_zh="环境噪声检测期间输入设备没有送来音频。")
        return self.noise_floor

    def close(self) -> None:
        self.close_device()

    # -- worker -----------------------------------------------------------------------------------
    def _run(self) -> None:
        ring = self._ring
        buf = np.empty(max(256, self.rate // 10), np.float32)
        last_data = time.monotonic()
        while True:
            pos = ring.read_pos
            n = ring.read_into(buf)
            if n:
                self._process(buf[:n], pos)
                last_data = time.monotonic()
                continue
            self._apply_due(ring.read_pos)
            take = self._take
            if take is not None and take.writer.failed:  # the disk failed after the last block arrived
                self._end_take("disk", take.writer.error)
            if self._quit.is_set():
                break
            stalled = self.stall_timeout_s is not None and time.monotonic() - last_data > self.stall_timeout_s
            if (self._stream_ended or stalled) and not self._closing and not self._quit.is_set():
                self._device_lost(stalled)
                break
            self._quit.wait(0.005)

    def _process(self, x: np.ndarray, pos: int) -> None:
        i = 0
        end = pos + x.shape[0]
        while (cmd := self._pop_command(end)) is not None:
            cut = min(x.shape[0], max(i, cmd.frame - pos))
            if cut > i:
                self._segment(x[i:cut])
                i = cut
            self._apply(cmd)
        if i < x.shape[0]:
            self._segment(x[i:])

    def _pop_command(self, before: int) -> _Command | None:
        with self._cmd_lock:
            if self._commands and self._commands[0].frame < before:
                return self._commands.pop(0)
        return None

    def _apply_due(self, pos: int | None) -> None:
        """Apply commands whose frame has been reached (all of them when the stream is gone)."""
        limit = (1 << 62) if pos is None else pos + 1
        while (cmd := self._pop_command(limit)) is not None:
            self._apply(cmd)

    def _segment(self, x: np.ndarray) -> None:
        take = self._take
        with self._meter_lock:
            stats = self._meter.process(x)
            raised: list[TakeWarning] = []
            if take is not None:
                overflows = self.overflows - take.overflows_at_start
                raised = take.stats.add(x, stats, self._meter.rms_db, overflows)
        room = self._room
        if room is not None and not room.done:
            room.push(x)
            if room.done:
                self.noise_floor = room.result()
                self._room_done.set()
                self._emit(RecorderEvent(EventKind.ROOM_TONE_DONE, noise_floor=self.noise_floor))
        if take is None:
            return
        for w in raised:
            self._emit(RecorderEvent(EventKind.WARNING, warning=w))
        take.writer.submit(x)
        if take.writer.failed:
            self._end_take("disk", take.writer.error)

    def _apply(self, cmd: _Command) -> None:
        if cmd.kind == "start":
            assert cmd.writer is not None and cmd.info is not None
            noise = self.noise_floor.db if self.noise_floor else None
            self._take = _Take(cmd.writer, TakeStats(self.rate, self.thresholds, noise), cmd.info,
                               cmd.overflows, cmd.dropped, cmd.take_id)
            return
        if cmd.kind == "limit":
            if self._take is not None and self._take.take_id == cmd.take_id:
                self._end_take("limit", None)
            return
        if self._take is not None:
            cmd.result = self._finish_take("user", None)
        else:
            cmd.result, self._ended = self._ended, None
            if cmd.result is None:  # nothing was ever recorded (start and stop with no audio between)
                cmd.result = self._empty_result()
        if cmd.done is not None:
            cmd.done.set()

    def _empty_result(self) -> TakeInfo:
        return TakeInfo(Path(""), "", self.rate, 16, 0, FLOOR_DB, FLOOR_DB, ended_by="error",
                        error=DeviceError("No audio was recorded.", detail_zh="没有录到音频。"))

    def _finish_take(self, ended_by: str, error: StudioError | None) -> TakeInfo:
        take, self._take = self._take, None
        assert take is not None
        result = take.writer.close()
        err = error or result.error
        stats = take.stats
        noise = self.noise_floor.db if self.noise_floor else None
        return TakeInfo(
            path=result.path, name=take.info["name"], rate=self.rate, bits=result.bits, frames=result.frames,
            peak_db=stats.peak_db, rms_db=stats.rms_db, clip_count=stats.clips,
            overflows=self.overflows - take.overflows_at_start,
            dropped_frames=result.dropped + self._ring.dropped - take.dropped_at_start,
            warnings=stats.live.as_list(), speech_s=stats.live.speech_s, snr=stats.histogram.snr(noise),
            noise_floor_db=noise, started=take.info["started"],
            ended_by=ended_by if err is None or ended_by != "user" else "error", error=err,
            meta=take.info["meta"],
        )

    def _end_take(self, ended_by: str, error: StudioError | None) -> None:
        if self._take is None:
            return
        info = self._finish_take(ended_by, error)
        self._ended = info
        self._emit(RecorderEvent(EventKind.TAKE_ENDED, take=info, error=info.error))

    def _device_lost(self, stalled: bool) -> None:
        label = self.device.label if self.device else "the input device"
        why = "stopped delivering audio" if stalled else "was closed by the system (unplugged?)"
        error = DeviceError(f"{label} {why}; the take so far was kept.",
                            detail_zh=f"{label} 已停止工作（可能被拔出）；已录部分已保留。")
        self._error = error.detail
        self._apply_due(None)
        self._end_take("device", error)
        self._apply_due(None)
        self._emit(RecorderEvent(EventKind.DEVICE_LOST, error=error))

    def _emit(self, event: RecorderEvent) -> None:
        if self.on_event is None:
            return
        try:
            self.on_event(event)
        except Exception as exc:  # a listener's bug must not kill capture
            self._error = as_studio_error(exc).detail
