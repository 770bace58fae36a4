"""Shared fixtures for the Tencent Cloud emulator (registered for every test in tests/conftest.py).

`tencent_cloud` is a running emulator with a provider factory aimed at it (fast polling and rates, the
library's job journal in a database of its own), and `takes` makes the audio its checks judge: a spoken
line (espeak-ng reading the line, or a voiced tone with syllables), a steady tone, a take drowned in noise.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from studio.library.journal import StoreJournal
from studio.library.store import Store
from studio.providers.http import RetryPolicy
from studio.providers.tencent.cloud import CloudConfig, TencentVrsProvider

from . import CloudEmulator
from .audio import speak

FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, max_retry_after=1.0)


@dataclass
class CloudStack:
    emu: CloudEmulator
    library: Path

    def config(self, **overrides: Any) -> CloudConfig:
        values: dict[str, Any] = dict(secret_id=self.emu.secret_id, secret_key=self.emu.secret_key,
                                      region="ap-guangzhou", vrs_url=self.emu.vrs_url, tts_url=self.emu.tts_url)
        values.update(overrides)
        return CloudConfig(**values)

    def provider(self, **overrides: Any) -> TencentVrsProvider:
        journal = StoreJournal(Store(self.library), "tencent-vrs")  # a new Store each time: as after a restart
        return TencentVrsProvider(self.config(**overrides), journal=journal, retry=FAST_RETRY, rate_scale=50.0)

    def env(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The studio (CLI, Workspace) configured for the emulator the way a user would: the SDK's variables."""
        monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", self.emu.secret_id)
        monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", self.emu.secret_key)
        monkeypatch.setenv("TENCENTCLOUD_VRS_URL", self.emu.vrs_url)
        monkeypatch.setenv("TENCENTCLOUD_TTS_URL", self.emu.tts_url)


def _write(path: Path, samples: np.ndarray, rate: int, channels: int = 1) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = np.repeat(samples[:, None], channels, axis=1) if channels > 1 else samples
    sf.write(path, data.astype(np.float32), rate, subtype="PCM_16")
    return path


def _fit(samples: np.ndarray, rate: int, seconds: float) -> np.ndarray:
    n = int(seconds * rate)
    reps = int(np.ceil(n / max(1, samples.size)))
    return np.tile(samples, reps)[:n]


@dataclass
class Takes:
    root: Path

    def line(self, text: str = "在很久很久以前鸟群中有一只小鸟", seconds: float = 8.0, rate: int = 48000,
             channels: int = 1, name: str = "line.wav") -> Path:
        """A reading of `text` (with pauses), `seconds` long."""
        spoken = speak(text, "reader", rate)
        gap = np.zeros(int(0.4 * rate))
        return _write(self.root / name, _fit(np.concatenate([spoken, gap]) * 0.8, rate, seconds), rate, channels)

    def tone(self, seconds: float = 8.0, rate: int = 48000, name: str = "tone.wav") -> Path:
        t = np.arange(int(seconds * rate)) / rate
        return _write(self.root / name, 0.3 * np.sin(2 * np.pi * 220 * t), rate)

    def room(self, level: float = 0.001, seconds: float = 6.0, rate: int = 48000, name: str = "room.wav") -> Path:
        """Room tone: nobody speaking, the room's own noise at `level` (RMS, full scale 1)."""
        rng = np.random.default_rng(11)
        return _write(self.root / name, level * rng.standard_normal(int(seconds * rate)), rate)

    def noisy(self, seconds: float = 8.0, rate: int = 48000, name: str = "noisy.wav") -> Path:
        rng = np.random.default_rng(7)
        spoken = _fit(speak("今天的天气非常好", "reader", rate), rate, seconds) * 0.1
        return _write(self.root / name, spoken + 0.3 * rng.standard_normal(spoken.size), rate)


@pytest.fixture
def tencent_cloud(tmp_path: Path) -> Iterator[CloudStack]:
    """The Tencent Cloud (VRS + TTS) emulator and a provider configured for it."""
    with CloudEmulator(enforce_rates=False, queue_s=0.02, work_s=0.08) as emu:
        yield CloudStack(emu, tmp_path / "cloud-library.sqlite3")


@pytest.fixture
def takes(tmp_path: Path) -> Takes:
    return Takes(tmp_path / "takes")


def wav_info(data: bytes) -> tuple[int, int, float]:
    """(sample rate, channels, seconds) of WAV bytes."""
    info = sf.info(io.BytesIO(data))
    return info.samplerate, info.channels, info.duration
