"""A fake StreamFactory: synthetic input and a sink for output, no PortAudio.

Two ways to drive an input stream:
- manual (default): the test calls `stream.push(samples)`, which runs the recorder's callback on the
  test's thread in `blocksize` pieces — deterministic, no timing;
- paced: `FakeStreamFactory(source=..., realtime=speed)` starts a thread on `start()` that delivers
  `source(n, offset)` blocks at `speed` × real time (for subprocess and SIGKILL tests).

`fail_open` makes opening a device raise a DeviceError; `stream.unplug()` ends a stream as the host
does when a device disappears.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np

from studio.audio.devices import DeviceInfo
from studio.audio.stream import FinishedCallback, InputCallback, OutputCallback
from studio.errors import DeviceError

Source = Callable[[int, int], np.ndarray]  # (frames, offset in frames) → float32 samples


def sine_source(freq: float = 440.0, amplitude: float = 0.5, rate: int = 48000) -> Source:
    def source(n: int, offset: int) -> np.ndarray:
        t = (np.arange(offset, offset + n)) / rate
        return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)

    return source


DEFAULT_DEVICES = [
    DeviceInfo(0, "Fake USB Microphone", "FAKE", 1, 0, 48000.0, True),
    DeviceInfo(1, "Fake Line In", "FAKE", 2, 0, 44100.0, False),
    DeviceInfo(2, "Fake Speakers", "FAKE", 0, 2, 48000.0, False),
]


class FakeInputStream:
    def __init__(self, factory: FakeStreamFactory, device: int | None, rate: int, channels: int,
                 blocksize: int, callback: InputCallback, finished: FinishedCallback) -> None:
        self.factory, self.device, self.rate, self.channels = factory, device, rate, channels
        self.blocksize = blocksize or 480
        self.callback, self.finished = callback, finished
        self.started = self.closed = False
        self.frames = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def active(self) -> bool:
        return self.started and not self.closed

    def start(self) -> None:
        if self.device in self.factory.fail_start:
            raise DeviceError(self.factory.fail_start[self.device])
        self.started = True
        if self.factory.source is not None and self.factory.realtime:
            self._thread = threading.Thread(target=self._pace, daemon=True, name="fake-input")
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(5)
        if self.started:
            self.started = False
            self.finished()

    def close(self) -> None:
        self.stop()
        self.closed = True

    def push(self, samples: np.ndarray, *, overflow: bool = False) -> None:
        """Deliver `samples` through the callback in blocksize pieces (overflow flag on the first)."""
        x = np.asarray(samples, np.float32).reshape(-1)
        for i in range(0, x.shape[0], self.blocksize):
            block = np.repeat(x[i:i + self.blocksize, None], self.channels, axis=1)
            self.callback(block, overflow and i == 0)
            self.frames += block.shape[0]

    def push_source(self, seconds: float) -> None:
        assert self.factory.source is not None
        n = int(seconds * self.rate)
        self.push(self.factory.source(n, self.frames))

    def unplug(self) -> None:
        """The host ends the stream on its own (a USB microphone pulled out)."""
        self._stop.set()
        self.started = False
        self.finished()

    def _pace(self) -> None:
        assert self.factory.source is not None
        period = self.blocksize / self.rate / self.factory.realtime
        next_at = time.monotonic()
        while not self._stop.is_set():
            self.push(self.factory.source(self.blocksize, self.frames))
            next_at += period
            delay = next_at - time.monotonic()
            if delay > 0:
                self._stop.wait(delay)


class FakeOutputStream:
    def __init__(self, factory: FakeStreamFactory, device: int | None, rate: int, channels: int,
                 blocksize: int, callback: OutputCallback, finished: FinishedCallback) -> None:
        self.factory, self.device, self.rate, self.channels = factory, device, rate, channels
        self.blocksize = blocksize or 480
        self.callback, self.finished = callback, finished
        self.started = self.closed = self.done = False
        self.played: list[np.ndarray] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def active(self) -> bool:
        return self.started and not self.done and not self.closed

    def start(self) -> None:
        self.started = True
        if self.factory.realtime:
            self._thread = threading.Thread(target=self._pace, daemon=True, name="fake-output")
            self._thread.start()

    def pull(self, blocks: int = 1) -> bool:
        """Ask the callback for `blocks` blocks, as the host would; False once playback ended."""
        for _ in range(blocks):
            if self.done or not self.started:
                return False
            out = np.zeros((self.blocksize, self.channels), np.float32)
            more = self.callback(out, False)
            self.played.append(out[:, 0].copy())
            if not more:
                self.done = True
                self.finished()
                return False
        return True

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(5)
        if self.started and not self.done:
            self.done = True
            self.finished()

    def close(self) -> None:
        self.stop()
        self.closed = True

    @property
    def audio(self) -> np.ndarray:
        return np.concatenate(self.played) if self.played else np.zeros(0, np.float32)

    def _pace(self) -> None:
        period = self.blocksize / self.rate / self.factory.realtime
        while not self._stop.is_set() and self.pull():
            self._stop.wait(period)


class FakeStreamFactory:
    def __init__(self, devices: list[DeviceInfo] | None = None, *, source: Source | None = None,
                 realtime: float = 0.0) -> None:
        self._devices = list(DEFAULT_DEVICES if devices is None else devices)
        self.source = source
        self.realtime = realtime
        self.fail_open: dict[int | None, str] = {}
        self.fail_start: dict[int | None, str] = {}
        self.inputs: list[FakeInputStream] = []
        self.outputs: list[FakeOutputStream] = []
        self.refreshes = 0

    def devices(self, output: bool = False) -> list[DeviceInfo]:
        if output:
            # One flag marks "default" for both directions in the fake list; outputs use the first speaker.
            outs = [d for d in self._devices if d.max_output_channels > 0]
            return [DeviceInfo(d.index, d.name, d.hostapi, d.max_input_channels, d.max_output_channels,
                               d.default_samplerate, i == 0) for i, d in enumerate(outs)]
        return list(self._devices)

    def set_devices(self, devices: list[DeviceInfo]) -> None:
        self._devices = list(devices)

    def refresh(self) -> None:
        self.refreshes += 1

    def open_input(self, device: int | None, rate: int, channels: int, blocksize: int,
                   callback: InputCallback, finished: FinishedCallback) -> FakeInputStream:
        if device in self.fail_open:
            raise DeviceError(self.fail_open[device])
        stream = FakeInputStream(self, device, rate, channels, blocksize, callback, finished)
        self.inputs.append(stream)
        return stream

    def open_output(self, device: int | None, rate: int, channels: int, blocksize: int,
                    callback: OutputCallback, finished: FinishedCallback) -> FakeOutputStream:
        if device in self.fail_open:
            raise DeviceError(self.fail_open[device])
        stream = FakeOutputStream(self, device, rate, channels, blocksize, callback, finished)
        self.outputs.append(stream)
        return stream

    @property
    def input(self) -> FakeInputStream:
        """The most recently opened input stream."""
        return self.inputs[-1]
