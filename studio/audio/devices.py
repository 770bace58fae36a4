"""Input devices as the GUI and the CLI see them: default first, chosen by name or index.

Enumeration goes through a `StreamFactory` (see `stream.py`) so that tests list fake devices and
the real PortAudio list is only read when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from studio.errors import DeviceError

if TYPE_CHECKING:
    from studio.audio.stream import StreamFactory

SUPPORTED_RATES: tuple[int, ...] = (16000, 24000, 44100, 48000)
DEFAULT_RATE = 48000
DEFAULT_BITS = 16


@dataclass(frozen=True)
class DeviceInfo:
    index: int
    name: str
    hostapi: str = ""
    max_input_channels: int = 1
    max_output_channels: int = 0
    default_samplerate: float = 48000.0
    is_default: bool = False

    @property
    def label(self) -> str:
        """What a device picker shows; the host API tells apart twins such as ALSA and JACK."""
        suffix = f" ({self.hostapi})" if self.hostapi else ""
        return f"{self.name}{suffix}"


def list_input_devices(factory: StreamFactory | None = None, *, refresh: bool = False) -> list[DeviceInfo]:
    """Devices that can record, the system default first, then in the host's order.

    `refresh=True` re-reads the host's list (PortAudio caches it at start-up, so a device plugged in
    later is only seen after a refresh); do it only while no stream is open.
    """
    if factory is None:
        from studio.audio.stream import SoundDeviceFactory

        factory = SoundDeviceFactory()
    if refresh:
        factory.refresh()
    devices = [d for d in factory.devices() if d.max_input_channels > 0]
    return sorted(devices, key=lambda d: (not d.is_default, d.index))


def list_output_devices(factory: StreamFactory | None = None, *, refresh: bool = False) -> list[DeviceInfo]:
    if factory is None:
        from studio.audio.stream import SoundDeviceFactory

        factory = SoundDeviceFactory()
    if refresh:
        factory.refresh()
    devices = [d for d in factory.devices(output=True) if d.max_output_channels > 0]
    return sorted(devices, key=lambda d: (not d.is_default, d.index))


def resolve_device(spec: int | str | None, devices: list[DeviceInfo]) -> DeviceInfo | None:
    """The device for a CLI/setting value: None or "" → the default; an index; or a name.

    Names match exactly first, then case-insensitively as a substring, so `--device pulse` works;
    an ambiguous substring is an error rather than a guess.
    """
    if spec is None or spec == "":
        return next((d for d in devices if d.is_default), devices[0] if devices else None)
    if isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit()):
        index = int(spec)
        for d in devices:
            if d.index == index:
                return d
        raise DeviceError(f"No input device with index {index}.", detail_zh=f"没有编号为 {index} 的输入设备。")
    for d in devices:
        if d.name == spec or d.label == spec:
            return d
    needle = spec.lower()
    matches = [d for d in devices if needle in d.label.lower()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise DeviceError(f"No input device named {spec!r}.", detail_zh=f"没有名为 {spec!r} 的输入设备。")
    names = ", ".join(d.label for d in matches)
    raise DeviceError(f"{spec!r} matches several devices: {names}.",
                      detail_zh=f"{spec!r} 匹配到多个设备：{names}。")


def check_rate(rate: int) -> int:
    if rate not in SUPPORTED_RATES:
        rates = ", ".join(str(r) for r in SUPPORTED_RATES)
        raise DeviceError(f"Unsupported sample rate {rate} Hz; choose one of {rates}.",
                          detail_zh=f"不支持 {rate} Hz 采样率；可选：{rates}。")
    return rate
