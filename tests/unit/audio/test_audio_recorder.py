"""Recorder through the fake stream factory: devices, monitoring, exact takes, failures, warnings."""

from __future__ import annotations

import errno
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

import studio.audio.writer as writer_module
from studio.audio.recorder import Recorder, RecorderEvent
from studio.audio.roomcheck import Rating
from studio.audio.warnings import WarningCode
from studio.errors import DeviceError
from tests.fakes.audio_stream import FakeStreamFactory, sine_source

RATE = 48000


def tone(seconds: float, amplitude: float = 0.5, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


class Events:
    def __init__(self) -> None:
        self.items: list[RecorderEvent] = []
        self.changed = threading.Condition()

    def __call__(self, event: RecorderEvent) -> None:
        with self.changed:
            self.items.append(event)
            self.changed.notify_all()

    def wait_for(self, kind: str, timeout: float = 10.0) -> RecorderEvent:
        with self.changed:
            ok = self.changed.wait_for(lambda: any(e.kind == kind for e in self.items), timeout)
        assert ok, f"no {kind} event; got {[e.kind for e in self.items]}"
        return next(e for e in self.items if e.kind == kind)

    def kinds(self) -> list[str]:
        return [e.kind for e in self.items]


@pytest.fixture
def factory() -> FakeStreamFactory:
    return FakeStreamFactory(source=sine_source(440.0, 0.5))


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def recorder(factory: FakeStreamFactory, events: Events) -> Iterator[Recorder]:
    # A long ring: tests push audio far faster than real time.
    rec = Recorder(factory, ring_seconds=60.0, stall_timeout_s=None, fsync=False, on_event=events)
    yield rec
    rec.close()


def test_devices_default_first_and_refresh(recorder: Recorder, factory: FakeStreamFactory) -> None:
    devices = recorder.list_devices(refresh=True)
    assert [d.name for d in devices] == ["Fake USB Microphone", "Fake Line In"]  # outputs left out
    assert devices[0].is_default and factory.refreshes == 1


def test_monitoring_runs_the_meter_without_recording(recorder: Recorder, factory: FakeStreamFactory,
                                                     tmp_path: Path) -> None:
    info = recorder.open_device()
    assert info.name == "Fake USB Microphone" and recorder.is_open
    assert recorder.read_meter().peak_db == -60.0
    factory.input.push(tone(0.5))
    recorder.start_take(tmp_path / "sync.wav")  # a take boundary waits for the worker: a sync point
    recorder.stop_take()
    snap = recorder.read_meter()
    assert snap.monitoring and not snap.recording
    assert snap.peak_db == pytest.approx(-6.02, abs=0.05) and snap.rms_db == pytest.approx(-9.03, abs=0.1)
    assert snap.frames == int(0.5 * RATE) and not (tmp_path / "sync.wav.journal").exists()


def test_a_take_holds_exactly_the_audio_between_start_and_stop(recorder: Recorder, factory: FakeStreamFactory,
                                                              tmp_path: Path) -> None:
    recorder.open_device(0, RATE)
    factory.input.push(np.zeros(12_345, np.float32))
    recorder.start_take(tmp_path / "exact.wav", 24, meta={"script": "zh-CN", "line_index": 2})
    signal = tone(1.0)
    factory.input.push(signal)
    take = recorder.stop_take()
    factory.input.push(np.ones(1000, np.float32) * 0.9)  # after the take: not in it
    assert take.frames == RATE and take.duration_s == 1.0 and take.bits == 24 and take.error is None
    y, _ = sf.read(take.path, dtype="float32")
    assert np.allclose(y, signal, atol=1e-6)
    assert take.peak_db == pytest.approx(-6.02, abs=0.01) and take.rms_db == pytest.approx(-9.03, abs=0.01)
    assert take.overflows == 0 and take.clip_count == 0 and take.name == "exact"
    lib = take.to_take(tmp_path)
    assert lib.path == "exact.wav" and lib.sample_rate == RATE and lib.duration_s == 1.0
    assert lib.script == "zh-CN" and lib.line_index == 2 and lib.source == "recorded"


def test_max_seconds_ends_the_take_exactly(recorder: Recorder, factory: FakeStreamFactory, events: Events,
                                           tmp_path: Path) -> None:
    recorder.open_device()
    recorder.start_take(tmp_path / "limit.wav", max_seconds=0.25)
    factory.input.push(tone(1.0))
    ended = events.wait_for("take_ended")
    assert ended.take is not None and ended.take.ended_by == "limit"
    take = recorder.stop_take()
    assert take.frames == RATE // 4 and not recorder.is_recording
    assert sf.info(take.path).frames == RATE // 4


def test_opening_a_bad_device_keeps_the_previous_one(recorder: Recorder, factory: FakeStreamFactory) -> None:
    recorder.open_device(0)
    factory.fail_open[1] = "Invalid sample rate"
    with pytest.raises(DeviceError) as err:
        recorder.open_device("Line In", 44100)
    assert "Invalid sample rate" in err.value.detail and "Still using Fake USB Microphone" in err.value.detail
    assert err.value.detail_zh and "仍在使用" in err.value.detail_zh
    assert recorder.is_open and recorder.device is not None and recorder.device.index == 0
    assert recorder.rate == RATE
    with pytest.raises(DeviceError, match="No input device named"):
        recorder.open_device("Nonexistent")
    with pytest.raises(DeviceError, match="Unsupported sample rate"):
        recorder.open_device(0, 11025)
    assert recorder.is_open and recorder.device.index == 0


def test_switching_devices_is_refused_during_a_take(recorder: Recorder, tmp_path: Path) -> None:
    recorder.open_device()
    recorder.start_take(tmp_path / "t.wav")
    with pytest.raises(DeviceError, match="Stop the take"):
        recorder.open_device(1)
    with pytest.raises(DeviceError, match="already"):
        recorder.start_take(tmp_path / "u.wav")
    recorder.stop_take()
    with pytest.raises(DeviceError, match="No take"):
        recorder.stop_take()


def test_recording_needs_an_open_device(tmp_path: Path) -> None:
    rec = Recorder(FakeStreamFactory(), stall_timeout_s=None)
    with pytest.raises(DeviceError, match="Open an input device"):
        rec.start_take(tmp_path / "x.wav")
    rec_no_devices = Recorder(FakeStreamFactory(devices=[]), stall_timeout_s=None)
    with pytest.raises(DeviceError, match="No input device was found"):
        rec_no_devices.open_device()


def test_unplugged_device_ends_the_take_and_keeps_the_audio(recorder: Recorder, factory: FakeStreamFactory,
                                                           events: Events, tmp_path: Path) -> None:
    recorder.open_device()
    recorder.start_take(tmp_path / "unplug.wav")
    factory.input.push(tone(0.7))
    factory.input.unplug()
    lost = events.wait_for("device_lost")
    assert lost.error is not None and "Fake USB Microphone" in lost.error.detail
    ended = events.wait_for("take_ended")
    assert ended.take is not None and ended.take.ended_by == "device"
    take = recorder.stop_take()
    assert take.frames == int(0.7 * RATE) and isinstance(take.error, DeviceError)
    assert sf.info(take.path).frames == int(0.7 * RATE)
    assert not recorder.is_open and "Fake USB Microphone" in recorder.read_meter().error


def test_a_silent_stream_is_detected_as_lost(factory: FakeStreamFactory, events: Events) -> None:
    rec = Recorder(factory, stall_timeout_s=0.2, fsync=False, on_event=events)
    try:
        rec.open_device()
        event = events.wait_for("device_lost")
        assert event.error is not None and "stopped delivering audio" in event.error.detail
    finally:
        rec.close()


class _FullDisk(io.RawIOBase):
    def __init__(self, path: Path, capacity: int) -> None:
        self._f = open(path, "wb", buffering=0)  # noqa: SIM115 - closed in close()
        self.capacity = capacity

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self._f.tell() + len(data) > self.capacity and self._f.tell() >= 44:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._f.write(data) or 0

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._f.seek(offset, whence)

    def tell(self) -> int:
        return self._f.tell()

    def close(self) -> None:
        self._f.close()
        super().close()


def test_disk_full_ends_the_take_and_keeps_what_was_written(recorder: Recorder, factory: FakeStreamFactory,
                                                           events: Events, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer_module, "_open_unbuffered", lambda p: _FullDisk(p, 44 + 2 * RATE))
    recorder.open_device()
    recorder.start_take(tmp_path / "full.wav")
    for _ in range(30):
        factory.input.push(tone(0.1))
    ended = events.wait_for("take_ended")
    assert ended.take is not None and ended.take.ended_by == "disk"
    take = recorder.stop_take()
    assert take.error is not None and "disk is full" in take.error.detail
    assert 0 < take.frames <= RATE
    assert sf.info(take.path).frames == take.frames
    assert recorder.is_open  # monitoring goes on


def test_overflows_are_counted_and_warned(recorder: Recorder, factory: FakeStreamFactory, tmp_path: Path) -> None:
    recorder.open_device()
    factory.input.push(tone(0.1), overflow=True)  # before the take: not the take's
    recorder.start_take(tmp_path / "o.wav")
    factory.input.push(tone(0.1), overflow=True)
    factory.input.push(tone(0.1), overflow=True)
    take = recorder.stop_take()
    assert take.overflows == 2 and recorder.overflows == 3
    assert "overflow" in take.warning_codes
    [w] = [w for w in take.warnings if w.code == WarningCode.OVERFLOW]
    assert w.count == 2


def test_ring_overruns_count_as_overflows_and_dropped_frames(factory: FakeStreamFactory, tmp_path: Path) -> None:
    rec = Recorder(factory, ring_seconds=0.05, blocksize=RATE, stall_timeout_s=None, fsync=False)
    try:
        rec.open_device()
        rec.start_take(tmp_path / "r.wav")
        factory.input.push(tone(1.0))  # one block 20× the ring
        take = rec.stop_take()
        assert take.overflows >= 1 and take.dropped_frames >= RATE - int(0.05 * RATE)
        assert take.frames + take.dropped_frames == RATE
    finally:
        rec.close()


def test_live_warnings(recorder: Recorder, factory: FakeStreamFactory, events: Events, tmp_path: Path) -> None:
    recorder.open_device()
    recorder.start_take(tmp_path / "w.wav")
    factory.input.push(tone(4.0, amplitude=0.02))  # speech-level signal far below target: too quiet
    factory.input.push(np.zeros(6 * RATE, np.float32))  # long silence
    burst = tone(0.2, amplitude=0.95)  # peaks above −1 dBFS: too loud
    burst[1000:1010] = 1.0  # ten samples at full scale: a clip
    factory.input.push(burst)
    take = recorder.stop_take()
    codes = set(take.warning_codes)
    assert {"too_quiet", "long_silence", "too_loud", "clipping"} <= codes
    assert take.clip_count == 1 and "overflow" not in codes
    assert any(e.kind == "warning" and e.warning and e.warning.code == "too_quiet" for e in events.items)
    assert 4.0 <= take.speech_s <= 4.6
    snap = recorder.read_meter()
    assert snap.clip
    recorder.reset_clip()
    assert not recorder.read_meter().clip


def test_room_check_then_snr_of_a_take(recorder: Recorder, factory: FakeStreamFactory, events: Events,
                                       tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    noise_rms = 10 ** (-65 / 20)
    recorder.open_device()
    recorder.begin_room_tone(3.0)
    factory.input.push((noise_rms * rng.standard_normal(int(3.2 * RATE))).astype(np.float32))
    done = events.wait_for("room_tone_done")
    assert done.noise_floor is not None
    assert done.noise_floor.db == pytest.approx(-65.0, abs=1.0) and done.noise_floor.rating == Rating.GOOD
    recorder.start_take(tmp_path / "snr.wav")
    speechy = tone(2.0, amplitude=0.1 * np.sqrt(2))  # −20 dBFS RMS while "speaking"
    factory.input.push(speechy + (noise_rms * rng.standard_normal(speechy.shape[0])).astype(np.float32))
    factory.input.push((noise_rms * rng.standard_normal(RATE)).astype(np.float32))
    take = recorder.stop_take()
    assert take.noise_floor_db == pytest.approx(-65.0, abs=1.0)
    assert take.snr is not None and take.snr.snr_db == pytest.approx(45.0, abs=1.5)
    assert take.snr.rating == Rating.GOOD and take.snr.speech_s == pytest.approx(2.0, abs=0.1)


def test_take_envelope_for_the_live_waveform(recorder: Recorder, factory: FakeStreamFactory,
                                             tmp_path: Path) -> None:
    recorder.open_device()
    recorder.start_take(tmp_path / "e.wav")
    factory.input.push(tone(1.0))
    recorder.begin_room_tone(3.0)  # harmless; here only to make a round trip through the worker
    mins, maxs = recorder.take_envelope()
    while mins.shape[0] < 50:
        mins, maxs = recorder.take_envelope()
    more_min, _ = recorder.take_envelope(since=40)
    assert mins.shape[0] == 50 and more_min.shape[0] == 10
    assert np.all(maxs > 0.49) and np.all(mins < -0.49)
    recorder.stop_take()
    assert recorder.take_envelope()[0].shape[0] == 0


def test_a_failing_event_listener_does_not_stop_capture(factory: FakeStreamFactory, tmp_path: Path) -> None:
    def broken(event: RecorderEvent) -> None:
        raise RuntimeError("listener bug")

    rec = Recorder(factory, stall_timeout_s=None, fsync=False, on_event=broken)
    try:
        rec.open_device()
        rec.start_take(tmp_path / "b.wav", max_seconds=0.1)
        factory.input.push(tone(0.5))
        take = rec.stop_take()
        assert take.frames == int(0.1 * RATE)
        assert "listener bug" in rec.read_meter().error
    finally:
        rec.close()


def test_closing_during_a_take_keeps_it(factory: FakeStreamFactory, tmp_path: Path) -> None:
    rec = Recorder(factory, stall_timeout_s=None, fsync=False)
    rec.open_device()
    rec.start_take(tmp_path / "c.wav")
    factory.input.push(tone(0.3))
    rec.close()
    assert not rec.is_open and not rec.is_recording
    assert sf.info(tmp_path / "c.wav").frames == int(0.3 * RATE)
    assert not (tmp_path / "c.wav.journal").exists()


def test_refresh_while_monitoring_reopens_the_same_device_by_name(recorder: Recorder,
                                                                  factory: FakeStreamFactory) -> None:
    from studio.audio.devices import DeviceInfo

    recorder.open_device("Line In", 44100)
    # A headset is plugged in: PortAudio renumbers the devices.
    factory.set_devices([DeviceInfo(0, "USB Headset", "FAKE", 1, 2, 48000.0, True),
                         DeviceInfo(1, "Fake USB Microphone", "FAKE", 1, 0, 48000.0, False),
                         DeviceInfo(2, "Fake Line In", "FAKE", 2, 0, 44100.0, False)])
    devices = recorder.list_devices(refresh=True)
    assert devices[0].name == "USB Headset" and factory.refreshes == 1
    assert recorder.is_open and recorder.device is not None and recorder.device.index == 2
    assert recorder.rate == 44100 and factory.inputs[-1].device == 2
    factory.set_devices([DeviceInfo(0, "USB Headset", "FAKE", 1, 2, 48000.0, True)])  # line-in unplugged
    recorder.list_devices(refresh=True)
    assert not recorder.is_open and "no longer available" in recorder.read_meter().error


def test_importing_the_audio_package_does_not_load_portaudio() -> None:
    import subprocess
    import sys

    code = ("import sys, studio.audio, studio.audio.session, studio.audio.recovery, studio.commands.record; "
            "assert 'sounddevice' not in sys.modules, 'sounddevice imported'; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=str(Path(__file__).resolve().parents[3]))
    assert result.returncode == 0, result.stderr
