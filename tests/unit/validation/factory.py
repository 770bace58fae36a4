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


def espeak(text: str, voice: str, workdir: Path, wpm: int = 175) -> np.ndarray:
    """Speech at ESPEAK_RATE, trimmed of silence, peak 1.0 (`wpm`: words per minute, espeak's -s)."""
    out = workdir / f"espeak-{abs(hash((text, voice, wpm)))}.wav"
    if not out.exists():
        subprocess.run(["espeak-ng", "-w", str(out), "-v", voice, "-s", str(wpm), text], check=True,
                       capture_output=True)
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

    def speech(self, text: str, voice: str = "en", wpm: int = 175) -> np.ndarray:
        key = (text, voice) if wpm == 175 else (text, f"{voice}@{wpm}")
        if key not in self._speech:
            self._speech[key] = espeak(text, voice, self.root, wpm)
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


# ---- sounds that are not speech, and rooms that are not quiet (the speech-likeness corpus) -------------

def pink_noise(n: int, seed: int = 0) -> np.ndarray:
    """1/f noise with a little rumble: a room, a fan, a street far off (unit RMS)."""
    rng = np.random.default_rng(seed)
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.arange(len(spec), dtype=np.float64)
    spec /= np.sqrt(np.maximum(f, 1.0))
    y = np.fft.irfft(spec, n)
    y += 0.3 * np.sin(2 * np.pi * 50.0 * np.arange(n) / 48000.0) * np.std(y)  # mains hum
    return y / np.std(y)


def add_noise(x: np.ndarray, snr_db: float, seed: int = 0) -> np.ndarray:
    """`x` with pink noise at `snr_db` under the level of its loud part (the top quarter of 50 ms RMS)."""
    frames = x[: len(x) // 2400 * 2400].reshape(-1, 2400)
    rms = np.sqrt((frames ** 2).mean(axis=1))
    loud = float(np.sqrt(np.mean(np.sort(rms)[-max(1, len(rms) // 4):] ** 2)))
    return x + pink_noise(len(x), seed) * loud * 10 ** (-snr_db / 20)


def sine(seconds: float, freq: float = 440.0, amp: float = 0.5, rate: int = 48000) -> np.ndarray:
    return amp * np.sin(2 * np.pi * freq * np.arange(int(seconds * rate)) / rate)


def sweep(seconds: float, f0: float = 100.0, f1: float = 8000.0, amp: float = 0.5, rate: int = 48000) -> np.ndarray:
    """A logarithmic sine sweep."""
    t = np.arange(int(seconds * rate)) / rate
    k = np.log(f1 / f0) / seconds
    return amp * np.sin(2 * np.pi * f0 * (np.exp(k * t) - 1) / k)


def _note(freq: float, seconds: float, rate: int, partials: int = 8, vibrato: float = 0.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    f = freq * 2 ** (vibrato / 12 * np.sin(2 * np.pi * 5.5 * t))  # vibrato: ± `vibrato` semitones at 5.5 Hz
    phase = 2 * np.pi * np.cumsum(f) / rate
    return sum(np.sin(k * phase) / k ** 1.5 for k in range(1, partials + 1) if k * freq < rate / 2.2)


def chord(seconds: float, amp: float = 0.5, rate: int = 48000) -> np.ndarray:
    """A held C major triad of harmonic tones (an organ or a synth pad)."""
    x = sum(_note(f, seconds, rate) for f in (261.63, 329.63, 392.0))
    return amp * x / np.abs(x).max()


def melody(seconds: float, amp: float = 0.5, rate: int = 48000, seed: int = 0) -> np.ndarray:
    """A tune: plucked harmonic notes of 0.2–0.5 s over a bass line and a soft pad (music-like)."""
    rng = np.random.default_rng(seed)
    scale = [261.63, 293.66, 329.63, 392.0, 440.0, 523.25, 587.33]
    n = int(seconds * rate)
    out = np.zeros(n)
    pos = 0
    while pos < n:
        dur = float(rng.choice([0.2, 0.25, 0.5]))
        m = min(int(dur * rate), n - pos)
        env = np.exp(-np.arange(m) / (0.25 * rate)) * np.minimum(1.0, np.arange(m) / (0.005 * rate))
        out[pos:pos + m] += _note(float(rng.choice(scale)), m / rate, rate)[:m] * env
        pos += m
    bass = np.zeros(n)
    for i, b in enumerate(range(0, n, rate)):
        m = min(rate, n - b)
        bass[b:b + m] = _note([65.41, 98.0, 87.31, 73.42][i % 4], m / rate, rate, 4)[:m] * np.exp(-np.arange(m) / rate)
    x = out + 0.6 * bass + 0.25 * chord(seconds, 1.0, rate)[:n]
    return amp * x / np.abs(x).max()


def hum(seconds: float, amp: float = 0.5, rate: int = 48000, seed: int = 0) -> np.ndarray:
    """Humming: a voiced tone with vibrato and slow swells through a nasal (low) resonance, in phrases of
    3–5 s with a breath between."""
    rng = np.random.default_rng(seed)
    n = int(seconds * rate)
    out = np.zeros(n)
    pos = 0
    while pos < n:
        m = min(int(rng.uniform(3.0, 5.0) * rate), n - pos)
        f0 = float(rng.uniform(110, 220))
        x = _note(f0, m / rate, rate, partials=12, vibrato=0.5)[:m]
        t = np.arange(m) / rate
        swell = (0.75 + 0.25 * np.sin(2 * np.pi * 0.4 * t)) * np.minimum(1.0, t / 0.08) * np.minimum(1.0, (t[-1] - t) / 0.1)
        out[pos:pos + m] = x * swell
        pos += m + int(0.4 * rate)  # a breath
    spec = np.fft.rfft(out)
    f = np.fft.rfftfreq(n, 1 / rate)
    spec *= 1.0 / (1.0 + (f / 700.0) ** 4)  # closed mouth: the nasal murmur keeps the low partials
    y = np.fft.irfft(spec, n)
    return amp * y / np.abs(y).max()
