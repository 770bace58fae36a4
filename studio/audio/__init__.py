"""Audio capture and playback (no Qt): devices, meter, warnings, room check, takes, scripts.

The GUI's capture service uses:
    Recorder(factory).open_device(device, rate) / start_take(path, bits) / stop_take() -> TakeInfo
    Recorder.read_meter() -> MeterSnapshot (cheap; call it from a 16–30 ms timer) / reset_clip() / close()
    list_input_devices(refresh=...) -> list[DeviceInfo]
    recover_takes(takes_dir) -> list[TakeInfo]   (at start-up; TakeInfo.to_take(home) -> library Take)
    Player(factory).play_file(path) / open_stream(rate) -> PcmSink / position_s / stop()
sounddevice is imported only when a real stream is opened or devices are listed.
"""

from __future__ import annotations

from studio.audio.devices import DEFAULT_RATE, SUPPORTED_RATES, DeviceInfo, list_input_devices
from studio.audio.meter import Meter, MeterSnapshot
from studio.audio.player import PcmSink, Player
from studio.audio.recorder import EventKind, Recorder, RecorderEvent
from studio.audio.recovery import recover_takes
from studio.audio.roomcheck import NoiseFloor, Rating, SnrResult
from studio.audio.stream import SoundDeviceFactory, StreamFactory
from studio.audio.take import TakeInfo
from studio.audio.warnings import TakeWarning, WarningCode

__all__ = [
    "DEFAULT_RATE",
    "SUPPORTED_RATES",
    "DeviceInfo",
    "EventKind",
    "Meter",
    "MeterSnapshot",
    "NoiseFloor",
    "PcmSink",
    "Player",
    "Rating",
    "Recorder",
    "RecorderEvent",
    "SnrResult",
    "SoundDeviceFactory",
    "StreamFactory",
    "TakeInfo",
    "TakeWarning",
    "WarningCode",
    "list_input_devices",
    "recover_takes",
]
