"""Real audio for the Tencent Cloud emulator: speech out (espeak-ng, or a voiced tone without it), and a
plain judge of a take in (is it speech, is it drowned in noise) standing in for Tencent's check.

The judge is deliberately simple and says what it measures: a take whose level never moves (a steady
tone, a hum) reads nothing (DetectionCode −2: every word left out); a spectrum as flat as noise is too
noisy (−3); silence reads nothing. The environment check (TypeId 1) looks at the room
alone: the level of the take's quietest moments. It cannot tell a misread word: tests force that with the
emulator's `detections` hook.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from math import gcd
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

_CJK = ("\u3400", "\u9fff")


def pitch_for(voice: str) -> int:
    """espeak-ng pitch 0–99, stable per voice id (a clone sounds like itself, and unlike the others)."""
    return 20 + zlib.crc32(voice.encode()) % 60


def _tone(seconds: float, f0: float, rate: int) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    voiced = sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, 6))
    return np.asarray(voiced * (0.55 + 0.45 * np.sin(2 * np.pi * 4.0 * t) ** 2), dtype=np.float64)


def resample(x: np.ndarray, src: int, dst: int) -> np.ndarray:
    if src == dst:
        return x
    g = gcd(src, dst)
    return np.asarray(resample_poly(x, dst // g, src // g))


def speak(text: str, voice: str, rate: int, speed: float = 1.0, gain_db: float = 0.0) -> np.ndarray:
    """Mono float speech of `text` at `rate`, `speed` times normal pace, `gain_db` louder."""
    pitch = pitch_for(voice)
    exe = shutil.which("espeak-ng")
    samples: np.ndarray | None = None
    if exe:
        lang = "cmn" if any(_CJK[0] <= ch <= _CJK[1] for ch in text) else "en"
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out.wav"
            done = subprocess.run([exe, "-v", lang, "-p", str(pitch), "-s", str(int(170 * speed)), "-w", str(out),
                                   "--stdin"], input=text.encode(), capture_output=True, timeout=30, check=False)
            if done.returncode == 0 and out.exists() and out.stat().st_size > 44:
                data, src = sf.read(out, dtype="float64")
                if data.size and np.max(np.abs(data)) > 0:
                    samples = resample(data, src, rate)
    if samples is None:
        samples = _tone(max(0.5, 0.08 * len(text) / speed), 80.0 + pitch * 1.6, rate)
    peak = float(np.max(np.abs(samples))) or 1.0
    return np.asarray(samples / peak * 0.5 * 10 ** (gain_db / 20.0), dtype=np.float64)


def encode(samples: np.ndarray, rate: int, codec: str) -> bytes:
    clipped = np.clip(samples, -1.0, 1.0)
    if codec == "pcm":
        return (clipped * 32767).astype("<i2").tobytes()
    if codec == "mp3":
        import lameenc

        enc = lameenc.Encoder()
        enc.set_bit_rate(64)
        enc.set_in_sample_rate(rate)
        enc.set_channels(1)
        enc.set_quality(7)
        pcm = (clipped * 32767).astype("<i2").tobytes()
        return bytes(enc.encode(pcm) + enc.flush())
    buf = io.BytesIO()
    sf.write(buf, clipped.astype(np.float32), rate, format="WAV", subtype="PCM_16")
    return buf.getvalue()


@dataclass(frozen=True)
class Judgement:
    code: int  # DetectionCode: 0 speech, −2 nothing read, −3 too noisy
    level_cv: float  # how much the 25 ms level moves (std / mean)
    flatness: float  # spectral flatness of the whole take (1 = white noise, 0 = pure tones)


def judge(samples: np.ndarray, rate: int) -> Judgement:
    x = np.asarray(samples, dtype=np.float64)
    hop = max(1, int(0.025 * rate))
    frames = x[: x.size // hop * hop].reshape(-1, hop) if x.size >= hop else x.reshape(1, -1)
    rms = np.sqrt(np.mean(frames ** 2, axis=1))
    if rms.size == 0 or float(np.max(rms)) < 10 ** (-50 / 20):  # below −50 dBFS: silence
        return Judgement(-2, 0.0, 0.0)
    cv = float(np.std(rms) / (np.mean(rms) or 1.0))
    power = np.abs(np.fft.rfft(x * np.hanning(x.size))) ** 2 + 1e-20
    flatness = float(np.exp(np.mean(np.log(power))) / np.mean(power))
    if flatness > 0.25:
        return Judgement(-3, cv, flatness)
    if cv < 0.1:
        return Judgement(-2, cv, flatness)
    return Judgement(0, cv, flatness)


def judge_room(samples: np.ndarray, rate: int) -> int:
    """The environment check (TypeId 1): only the room's own level matters. The quietest tenth of the
    25 ms frames (the pauses, or the whole of a room-tone take) above −45 dBFS is too noisy (−3)."""
    x = np.asarray(samples, dtype=np.float64)
    hop = max(1, int(0.025 * rate))
    frames = x[: x.size // hop * hop].reshape(-1, hop)
    rms = np.sqrt(np.mean(frames ** 2, axis=1)) if frames.size else np.zeros(1)
    floor_db = 20 * np.log10(max(float(np.percentile(rms, 10)), 1e-9))
    return -3 if floor_db > -45.0 else 0
