"""Playback of takes and of streamed synthesis, through the same StreamFactory seam as capture.

A feeder thread (decoding a file, or taking PCM chunks pushed by a caller) fills a ring; the output
callback only copies from the ring, counts underruns and reports position — the mirror image of
the recorder. Audio is played mono (channels are averaged). Position is the number of frames the
device has been handed, so a GUI cursor follows what is audible to within one device buffer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from studio.audio.ringbuffer import RingBuffer
from studio.audio.stream import StreamFactory, StreamHandle
from studio.errors import CancelledError, DeviceError, InvalidInputError

FEED_FRAMES = 4096


class PcmSink:
    """Where a streaming source (e.g. synthesis over a WebSocket) writes its audio as it arrives."""

    def __init__(self, player: Player) -> None:
        self._player = player

    def write(self, chunk: bytes | np.ndarray, timeout: float = 30.0) -> None:
        """Queue PCM: bytes are little-endian int16; arrays are float32 in [-1, 1]. Blocks while the ring is full."""
        if isinstance(chunk, (bytes, bytearray, memoryview)):
            data = np.frombuffer(bytes(chunk)[: len(chunk) // 2 * 2], "<i2").astype(np.float32) / 32768.0
        else:
            data = np.asarray(chunk, np.float32)
            if data.ndim == 2:
                data = data.mean(axis=1)
        self._player._feed(data, timeout)

    def end(self) -> None:
        """No more audio: playback finishes once the ring has drained."""
        self._player._eof = True


class Player:
    def __init__(self, factory: StreamFactory | None = None, *, device: int | None = None, blocksize: int = 0,
                 buffer_seconds: float = 2.0, on_finished: Callable[[], None] | None = None) -> None:
        if factory is None:
            from studio.audio.stream import SoundDeviceFactory

            factory = SoundDeviceFactory()
        self.factory = factory
        self.device = device
        self.blocksize = blocksize
        self.buffer_seconds = buffer_seconds
        self.on_finished = on_finished
        self.rate = 0
        self.duration_s: float | None = None
        self.underruns = 0
        self._ring = RingBuffer(1)
        self._stream: StreamHandle | None = None
        self._played = 0
        self._start_frame = 0
        self._eof = False
        self._stopping = threading.Event()
        self._done = threading.Event()
        self._done.set()
        self._feeder: threading.Thread | None = None
        self.error: Exception | None = None
        self.first_output_at: float | None = None  # perf_counter when audio first reached the device

    # -- public -----------------------------------------------------------------------------------
    @property
    def is_playing(self) -> bool:
        return not self._done.is_set()

    @property
    def position_s(self) -> float:
        return (self._start_frame + self._played) / self.rate if self.rate else 0.0

    def play_file(self, path: Path | str, start_s: float = 0.0, end_s: float | None = None) -> None:
        """Play a file from `start_s`, to its end or to `end_s` (a selection)."""
        import soundfile as sf

        try:
            f = sf.SoundFile(str(path))
        except Exception as exc:
            raise InvalidInputError(f"Cannot play {Path(path).name}: {exc}",
                                    detail_zh=f"无法播放 {Path(path).name}：{exc}") from exc
        start = min(max(0, int(start_s * f.samplerate)), max(0, f.frames))
        stop = f.frames if end_s is None else min(f.frames, max(start, int(end_s * f.samplerate)))
        if start:
            f.seek(start)
        self._begin(int(f.samplerate), f.frames / f.samplerate, start)

        def feed() -> None:
            left = stop - start
            with f:
                while left > 0 and not self._stopping.is_set():
                    block = f.read(min(FEED_FRAMES, left), dtype="float32", always_2d=True)
                    if not len(block):
                        break
                    left -= len(block)
                    self._feed(block.mean(axis=1), None)
            self._eof = True

        self._spawn(feed)

    def play_array(self, samples: np.ndarray, rate: int) -> None:
        x = np.asarray(samples, np.float32)
        if x.ndim == 2:
            x = x.mean(axis=1)
        self._begin(rate, x.shape[0] / rate, 0)

        def feed() -> None:
            for i in range(0, x.shape[0], FEED_FRAMES):
                if self._stopping.is_set():
                    break
                self._feed(x[i:i + FEED_FRAMES], None)
            self._eof = True

        self._spawn(feed)

    def open_stream(self, rate: int) -> PcmSink:
        """Start playing audio that is still arriving; write it to the returned sink, then `end()` it."""
        self._begin(rate, None, 0)
        return PcmSink(self)

    def stop(self) -> None:
        self._stopping.set()
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except DeviceError:
                pass
        if self._feeder is not None and self._feeder is not threading.current_thread():
            self._feeder.join(5)
        self._finish()

    def wait(self, timeout: float | None = None) -> bool:
        """True once playback has finished (or was stopped)."""
        return self._done.wait(timeout)

    # -- internals --------------------------------------------------------------------------------
    def _begin(self, rate: int, duration: float | None, start_frame: int) -> None:
        self.stop()
        self.rate, self.duration_s = rate, duration
        self._ring = RingBuffer(max(FEED_FRAMES * 2, int(self.buffer_seconds * rate)))
        self._played, self._start_frame, self._eof = 0, start_frame, False
        self.underruns, self.error = 0, None
        self.first_output_at = None
        self._stopping.clear()
        self._done.clear()
        try:
            self._stream = self.factory.open_output(self.device, rate, 1, self.blocksize, self._callback,
                                                    self._finish)
            self._stream.start()
        except DeviceError:
            self._stream = None
            self._done.set()
            raise

    def _spawn(self, target: Callable[[], None]) -> None:
        def run() -> None:
            try:
                target()
            except CancelledError:
                self._eof = True
            except Exception as exc:  # a decode error ends playback; the caller reads .error
                self.error = exc
                self._eof = True

        self._feeder = threading.Thread(target=run, name="player-feeder", daemon=True)
        self._feeder.start()

    def _feed(self, data: np.ndarray, timeout: float | None) -> None:
        i = 0
        waited = 0.0
        while i < data.shape[0]:
            if self._stopping.is_set():
                raise CancelledError("Playback was stopped.", detail_zh="播放已停止。")
            space = self._ring.capacity - self._ring.available
            if space <= 0:
                self._stopping.wait(0.01)
                waited += 0.01
                if timeout is not None and waited > timeout:
                    raise DeviceError("The output device is not consuming audio.", detail_zh="输出设备没有在播放。")
                continue
            n = min(space, data.shape[0] - i)
            self._ring.write(data[i:i + n])
            i += n

    def _callback(self, out: np.ndarray, underflowed: bool) -> bool:
        frames = out.shape[0]
        n = self._ring.read_into(out[:, 0])
        if n and self.first_output_at is None:
            self.first_output_at = time.perf_counter()  # a clock read: cheap enough for the callback
        if n < frames:
            out[n:] = 0.0
            if not self._eof:
                self.underruns += 1
        if out.shape[1] > 1:
            out[:n, 1:] = out[:n, :1]
        self._played += n
        return not (self._eof and self._ring.available == 0)

    def _finish(self) -> None:
        if not self._done.is_set():
            self._done.set()
            if self.on_finished is not None:
                self.on_finished()
