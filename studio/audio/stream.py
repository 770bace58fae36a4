"""The seam between the studio and the sound system.

`StreamFactory` is all the recorder and the player know about audio hardware. The real one wraps
sounddevice (PortAudio), imported only when a stream is actually opened or devices are listed,
so importing the studio (or collecting tests) never loads PortAudio. Tests pass a fake factory
(tests/fakes/audio_stream.py) that delivers synthetic blocks.

Callbacks are simplified on purpose: the input callback gets `(block, overflowed)` where `block` is a
float32 array of shape (frames, channels) valid only during the call; the output callback fills
`out` and returns False once playback is over. PortAudio's time info and flag objects stay here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

from studio.audio.devices import DeviceInfo
from studio.errors import DeviceError

InputCallback = Callable[[np.ndarray, bool], None]
"""(block float32 (frames, channels), input_overflowed) — runs on the audio thread: copy and return."""

OutputCallback = Callable[[np.ndarray, bool], bool]
"""(out float32 (frames, channels) to fill, output_underflowed) → keep going?"""

FinishedCallback = Callable[[], None]
"""Called once when a stream ends, whether stopped by the studio or by the host (device lost)."""


class StreamHandle(Protocol):
    @property
    def active(self) -> bool: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


class StreamFactory(Protocol):
    def devices(self, output: bool = False) -> list[DeviceInfo]: ...

    def refresh(self) -> None: ...

    def open_input(self, device: int | None, rate: int, channels: int, blocksize: int,
                   callback: InputCallback, finished: FinishedCallback) -> StreamHandle: ...

    def open_output(self, device: int | None, rate: int, channels: int, blocksize: int,
                    callback: OutputCallback, finished: FinishedCallback) -> StreamHandle: ...


class SoundDeviceFactory:
    """PortAudio through sounddevice. Streams are created stopped; the caller starts them."""

    def _sd(self) -> Any:
        try:
            import sounddevice
        except OSError as exc:  # the PortAudio library itself is missing
            raise DeviceError(f"PortAudio is not available: {exc}",
                              detail_zh=f"PortAudio 不可用：{exc}") from exc
        return sounddevice

    def devices(self, output: bool = False) -> list[DeviceInfo]:
        sd = self._sd()
        hostapis = sd.query_hostapis()
        default_in, default_out = sd.default.device
        default = default_out if output else default_in
        result = []
        for index, raw in enumerate(sd.query_devices()):
            result.append(DeviceInfo(
                index=index,
                name=str(raw["name"]),
                hostapi=str(hostapis[raw["hostapi"]]["name"]),
                max_input_channels=int(raw["max_input_channels"]),
                max_output_channels=int(raw["max_output_channels"]),
                default_samplerate=float(raw["default_samplerate"]),
                is_default=index == default,
            ))
        return result

    def refresh(self) -> None:
        # PortAudio reads the device list once at initialisation; re-initialising is the only way to see
        # hot-plugged devices (sounddevice has no public call for it).
        sd = self._sd()
        sd._terminate()
        sd._initialize()

    def open_input(self, device: int | None, rate: int, channels: int, blocksize: int,
                   callback: InputCallback, finished: FinishedCallback) -> StreamHandle:
        sd = self._sd()

        def _callback(indata: np.ndarray, frames: int, time: Any, status: Any) -> None:
            callback(indata, bool(status.input_overflow))

        try:
            stream = sd.InputStream(device=device, samplerate=rate, channels=channels, dtype="float32",
                                    blocksize=blocksize, latency="low", callback=_callback,
                                    finished_callback=finished)
        except Exception as exc:  # PortAudioError, ValueError for bad settings
            raise _device_error("open", device, rate, exc) from exc
        return _Guarded(stream, device, rate)

    def open_output(self, device: int | None, rate: int, channels: int, blocksize: int,
                    callback: OutputCallback, finished: FinishedCallback) -> StreamHandle:
        sd = self._sd()

        def _callback(outdata: np.ndarray, frames: int, time: Any, status: Any) -> None:
            if not callback(outdata, bool(status.output_underflow)):
                raise sd.CallbackStop

        try:
            stream = sd.OutputStream(device=device, samplerate=rate, channels=channels, dtype="float32",
                                     blocksize=blocksize, callback=_callback, finished_callback=finished)
        except Exception as exc:
            raise _device_error("open", device, rate, exc) from exc
        return _Guarded(stream, device, rate)


class _Guarded:
    """A sounddevice stream whose failures come out as DeviceError."""

    def __init__(self, stream: Any, device: int | None, rate: int) -> None:
        self._stream = stream
        self._device = device
        self._rate = rate

    @property
    def active(self) -> bool:
        return bool(self._stream.active)

    def start(self) -> None:
        try:
            self._stream.start()
        except Exception as exc:
            raise _device_error("start", self._device, self._rate, exc) from exc

    def stop(self) -> None:
        try:
            self._stream.stop()
        except Exception as exc:
            raise _device_error("stop", self._device, self._rate, exc) from exc

    def close(self) -> None:
        try:
            self._stream.close()
        except Exception as exc:
            raise _device_error("close", self._device, self._rate, exc) from exc


def _device_error(action: str, device: int | None, rate: int, exc: BaseException) -> DeviceError:
    which = "the default device" if device is None else f"device {device}"
    zh_which = "默认设备" if device is None else f"设备 {device}"
    zh_action = {"open": "打开", "start": "启动", "stop": "停止", "close": "关闭"}.get(action, action)
    return DeviceError(f"Could not {action} {which} at {rate} Hz: {exc}",
                       detail_zh=f"无法以 {rate} Hz {zh_action}{zh_which}：{exc}")
