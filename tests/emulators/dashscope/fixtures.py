"""Test helpers around the DashScope emulator: sample audio made on the fly, and the official SDK
pointed at the emulator (module attributes saved and restored).

Import the fixtures into a test module (`from tests.emulators.dashscope.fixtures import emulator, samples`)
or call the plain functions.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from . import DashScopeEmulator
from .audio import resample

_SCRIPT_EN = ("The quick brown fox jumps over the lazy dog while the morning sun climbs above the quiet "
              "river and a small boat drifts slowly towards the old stone bridge near the village market")


def speech(seconds: float = 15.0, rate: int = 22050) -> np.ndarray:
    """Float mono speech of roughly `seconds` (espeak-ng if present, else a voiced tone)."""
    espeak = shutil.which("espeak-ng")
    if espeak:
        out = subprocess.run([espeak, "--stdout", "-v", "en", "-s", "150", _SCRIPT_EN],
                             capture_output=True, check=True).stdout
        import io

        x, sr = sf.read(io.BytesIO(out), dtype="float32")
        x = resample(x, sr, rate)
    else:
        t = np.arange(int(rate * seconds)) / rate
        x = 0.3 * np.sin(2 * np.pi * 140 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))
    reps = int(np.ceil(seconds * rate / max(1, len(x))))
    return np.tile(x, reps)[: int(seconds * rate)].astype(np.float32)


@dataclass
class Samples:
    """Files exercising each server-side check."""

    good: Path  # 15 s of speech, 22.05 kHz WAV
    good_mp3: Path
    low_rate: Path  # 8 kHz
    silent: Path
    short: Path  # 6 s of speech then silence
    choppy: Path  # plenty of speech but never 5 s continuous → review ends UNDEPLOYED
    garbage: Path  # not audio
    huge: Path  # > 10 MB


def make_samples(root: Path) -> Samples:
    root.mkdir(parents=True, exist_ok=True)
    x = speech(15.0, 22050)
    good = root / "good.wav"
    sf.write(good, x, 22050, subtype="PCM_16")
    import lameenc

    enc = lameenc.Encoder()
    enc.set_in_sample_rate(22050)
    enc.set_channels(1)
    enc.set_bit_rate(64)
    mp3 = bytes(enc.encode((x * 32767).astype("<i2").tobytes())) + bytes(enc.flush())
    good_mp3 = root / "good.mp3"
    good_mp3.write_bytes(mp3)
    low = root / "low.wav"
    sf.write(low, resample(x, 22050, 8000), 8000, subtype="PCM_16")
    silent = root / "silent.wav"
    sf.write(silent, np.zeros(22050 * 15, dtype=np.float32), 22050, subtype="PCM_16")
    short = root / "short.wav"
    sf.write(short, np.concatenate([x[: 22050 * 6], np.zeros(22050 * 9, dtype=np.float32)]), 22050)
    t = np.arange(int(22050 * 3.0)) / 22050
    burst = (0.3 * np.sin(2 * np.pi * 180 * t)).astype(np.float32)
    gap = np.zeros(int(22050 * 1.2), dtype=np.float32)
    choppy = root / "choppy.wav"
    sf.write(choppy, np.concatenate([burst, gap] * 5), 22050, subtype="PCM_16")
    garbage = root / "garbage.wav"
    garbage.write_bytes(b"RIFF\x00\x00\x00\x00this is not audio at all" * 100)
    huge = root / "huge.wav"
    rng = np.random.default_rng(1)
    sf.write(huge, (0.2 * rng.standard_normal((48000 * 60, 2))).astype(np.float32), 48000, subtype="PCM_16")
    return Samples(good, good_mp3, low, silent, short, choppy, garbage, huge)


@contextlib.contextmanager
def sdk_pointed_at(emu: DashScopeEmulator, api_key: str | None = None) -> Iterator[None]:
    """Point the official SDK's module attributes at `emu`, and put back what was there."""
    import dashscope

    saved = (dashscope.base_http_api_url, dashscope.base_websocket_api_url, dashscope.api_key)
    dashscope.base_http_api_url = emu.http_base
    dashscope.base_websocket_api_url = emu.ws_base
    dashscope.api_key = api_key or emu.api_key
    try:
        yield
    finally:
        dashscope.base_http_api_url, dashscope.base_websocket_api_url, dashscope.api_key = saved


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Samples:
    return make_samples(tmp_path_factory.mktemp("dashscope-samples"))


@pytest.fixture
def emulator() -> Iterator[DashScopeEmulator]:
    emu = DashScopeEmulator()
    emu.state.deploy_delay = 0.05
    with emu:
        yield emu


@pytest.fixture
def dashscope_emu() -> Iterator[DashScopeEmulator]:
    """The emulator with fine-tunes that settle in a fraction of a second."""
    with DashScopeEmulator() as emu:
        t = emu.state.training
        t.pending_s, t.running_s, t.review_s, t.cancel_s = 0.02, 0.15, 0.15, 0.02
        yield emu


@pytest.fixture
def dashscope_env(dashscope_emu: DashScopeEmulator, monkeypatch: pytest.MonkeyPatch) -> DashScopeEmulator:
    """The same, and the studio pointed at it the way the official SDK is: by environment variables."""
    monkeypatch.setenv("DASHSCOPE_API_KEY", dashscope_emu.api_key)
    monkeypatch.setenv("DASHSCOPE_HTTP_BASE_URL", dashscope_emu.http_base)
    monkeypatch.setenv("DASHSCOPE_WEBSOCKET_BASE_URL", dashscope_emu.ws_base)
    return dashscope_emu


@pytest.fixture(scope="session")
def sambert_takes(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """21 takes × 63 s of Mandarin-like speech (about 21.6 min effective), made once per session."""
    from .finetunes import speech_takes

    return speech_takes(tmp_path_factory.mktemp("sambert-takes"), count=21)
