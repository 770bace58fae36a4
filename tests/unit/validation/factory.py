"""Generated test audio: espeak-ng speech assembled into realistic takes, and deliberately bad files.

Nothing is committed: every file is built into a session temp folder on first use. Speech comes from
the espeak-ng command (22.05 kHz), is trimmed, peak-normalised and laid out with silences and a faint
room noise so that the VAD, noise floor and loudness behave as on a real take.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from math import gcd
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

ESPEAK_RATE = 22050
EN = (
    "The old lighthouse keeper climbed the winding stairs every evening, polished the great lamp, "
    "and watched the ships pass safely along the rocky coast.",
    "Fresh bread from the village bakery fills the narrow streets with a warm smell long before "
    "the first shops open their doors in the morning.",
    "When the autumn rain finally arrives, the farmers gather in the square to share stories, "
    "trade seeds, and plan the work of the coming year.",
)
ZH = ("清晨的阳光洒在安静的街道上，老人们在公园里打太极拳，孩子们背着书包走向学校。",)
SHORT = ("Good morning, everyone.", "Please take a seat.", "We begin at nine.", "Thank you all.",
         "See you soon.", "Have a nice day.")


def have_espeak() -> bool:
    return shutil.which("espeak-ng") is not None


def espeak(text: str, voice: str, workdir: Path) -> np.ndarray:
    """Speech at ESPEAK_RATE, trimmed of silence, peak 1.0."""
    out = workdir / f"espeak-{abs(hash((text, voice)))}.wav"
    if not out.exists():
        subprocess.run(["espeak-ng", "-w", str(out), "-v", voice, text], check=True, capture_output=True)
    x, rate = sf.read(str(out), dtype="float64")
    assert rate == ESPEAK_RATE
    nz = np.flatnonzero(np.abs(x) > 1e-3)
    x = x[nz[0]: nz[-1] + 1]
    return x / np.abs(x).max()


def resample(x: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    if rate_in == rate_out:
        return x
    g = gcd(rate_in, rate_out)
    return resample_poly(x, rate_out // g, rate_in // g, axis=0)


class Factory:
    """Builds named test files on demand (cached per session)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self._speech: dict[tuple[str, str], np.ndarray] = {}
        self.rng = np.random.default_rng(1234)

    def speech(self, text: str, voice: str = "en") -> np.ndarray:
        key = (text, voice)
        if key not in self._speech:
            self._speech[key] = espeak(text, voice, self.root)
        return self._speech[key]

    def take(self, parts: list[np.ndarray], *, rate: int = 48000, gap_s: float | list[float] = 0.6,
             lead_s: float = 0.3, tail_s: float = 0.3, peak_dbfs: float = -6.0, noise_dbfs: float | None = -70.0,
             seed: int = 0) -> np.ndarray:
        """Speech parts (at ESPEAK_RATE) with silences between, resampled to `rate`, peak at `peak_dbfs`."""
        gaps = gap_s if isinstance(gap_s, list) else [gap_s] * (len(parts) - 1)
        pieces = [np.zeros(int(lead_s * ESPEAK_RATE))]
        for i, p in enumerate(parts):
            pieces.append(p)
            if i < len(parts) - 1:
                pieces.append(np.zeros(int(gaps[i] * ESPEAK_RATE)))
        pieces.append(np.zeros(int(tail_s * ESPEAK_RATE)))
        x = resample(np.concatenate(pieces), ESPEAK_RATE, rate)
        x *= 10 ** (peak_dbfs / 20) / np.abs(x).max()
        if noise_dbfs is not None:
            x += np.random.default_rng(seed).standard_normal(len(x)) * 10 ** (noise_dbfs / 20)
        return x

    def good(self, rate: int = 48000, **kw: object) -> np.ndarray:
        """A take every zero-shot provider should accept: ~16.6 s, two continuous sentences."""
        return self.take([self.speech(EN[0]), self.speech(EN[1])], rate=rate, **kw)  # type: ignore[arg-type]

    def path(self, name: str) -> Path:
        return self.root / name

    def write(self, name: str, data: np.ndarray, rate: int, subtype: str = "PCM_16", fmt: str | None = None) -> Path:
        p = self.path(name)
        sf.write(str(p), data, rate, subtype=subtype, format=fmt)
        return p

    def ffmpeg(self, src: Path, name: str, *args: str) -> Path:
        out = self.path(name)
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(src), *args, str(out)], check=True)
        return out

    def build(self, name: str, builder: Callable[[Factory], Path]) -> Path:
        p = self.path(name)
        return p if p.exists() else builder(self)
