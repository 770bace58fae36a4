"""Is it a person talking? A cheap test of what the VAD calls speech.

WebRTC's VAD answers "is there voice-band energy shaped like speech in this 30 ms": a steady tone, a hum
or a tune passes it frame after frame. Talking has two properties none of those has, both measured on
numbers the analysis pass already keeps (the 16 kHz copy's energy and first-difference energy per 10 ms):

- syllabic modulation: the level rises and falls with the syllables, 2–8 Hz (Houtgast & Steeneken's
  speech modulation spectrum peaks near 4 Hz). We take the level envelope in dB across the speech, clamp
  it 45 dB under its loud part, keep its 2–8 Hz band and report that band's RMS in dB. A tone or a drone
  has next to none; a slow reader still has plenty, for the pauses between words are part of it.
- articulation: consonants change the spectrum abruptly, within 20 ms, between voiced (energy low in
  frequency) and noise-like (energy high up: s, f, sh, t, k, and all of whisper). Per 10 ms frame the ratio
  of first-difference energy to energy gives the "equivalent frequency" of the spectrum (for one sinusoid
  of frequency f it is exactly 2 − 2·cos(2πf/16000)); we count the jumps of more than an octave across
  20 ms among frames well above the noise, per second of speech. Notes of a tune, vibrato, a sweep and
  a chord move it by semitones, or slowly; speech makes several octave jumps a second, in any language,
  at any pace, and whispering even more.

This is the Scheirer & Slaney (ICASSP 1997) family of speech/music features (4 Hz modulation energy,
spectral flux, share of unvoiced frames), reduced to what costs nothing on a 20-minute take. A take is
speech-like when both are clearly present; the score is 0…1, 0.5 at the thresholds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

FRAME_S = 0.01  # one energy pair per 10 ms of the 16 kHz copy
PCM_FULL_SCALE = 32768.0 ** 2 * 160  # Σ p² of a 10 ms frame at full scale (0 dBFS)
MOD_BAND_HZ = (2.0, 8.0)
CLAMP_DB = 45.0
ACTIVE_ABOVE_NOISE_DB = 10.0
JUMP_OCTAVES = 1.0
JUMP_LAG_FRAMES = 2
UNVOICED_HZ = 2500.0
MODULATION_MIN_DB = 3.0
ARTICULATION_MIN = 1.0  # jumps per second of speech
MIN_SPEECH_S = 0.5


@dataclass(frozen=True)
class Likeness:
    speech_like: bool
    score: float
    modulation_db: float
    articulation_rate: float
    unvoiced_ratio: float


NOT_SPEECH = Likeness(False, 0.0, 0.0, 0.0, 0.0)


def equivalent_hz(energy: np.ndarray, diff_energy: np.ndarray) -> np.ndarray:
    """The frequency of the sinusoid with the same first-difference to signal energy ratio."""
    ratio = np.clip(diff_energy / np.maximum(energy, 1e-9), 0.0, 4.0)
    return np.arccos(1.0 - ratio / 2.0) * (16000.0 / (2.0 * math.pi))


def measure(energy: np.ndarray, diff_energy: np.ndarray, segments: list[tuple[float, float]],
            noise_floor_dbfs: float) -> Likeness:
    """`energy`, `diff_energy`: per 10 ms of the 16 kHz copy; `segments`: the VAD's speech (seconds)."""
    n = len(energy)
    if n == 0 or not segments:
        return NOT_SPEECH
    speech = np.zeros(n, dtype=bool)
    for s, e in segments:
        speech[int(s / FRAME_S): math.ceil(e / FRAME_S)] = True
    speech_s = float(speech.sum()) * FRAME_S
    if speech_s < MIN_SPEECH_S:
        return Likeness(False, 0.0, 0.0, 0.0, 0.0)
    level = 10.0 * np.log10(energy.astype(np.float64) / PCM_FULL_SCALE + 1e-13)

    # syllabic modulation over the stretch from the first speech to the last, pauses included
    first, last = int(np.argmax(speech)), n - int(np.argmax(speech[::-1]))
    env = level[first:last]
    loud = float(np.percentile(env, 95))
    env = np.maximum(env, max(loud - CLAMP_DB, noise_floor_dbfs))
    modulation = _band_rms(env - env.mean(), *MOD_BAND_HZ)

    # articulation: octave jumps of the equivalent frequency between active frames 20 ms apart
    active = speech & (level > max(noise_floor_dbfs + ACTIVE_ABOVE_NOISE_DB, loud - CLAMP_DB))
    octaves = np.log2(np.maximum(equivalent_hz(energy.astype(np.float64), diff_energy.astype(np.float64)), 1.0))
    lag = JUMP_LAG_FRAMES
    both = active[lag:] & active[:-lag]
    jumps = both & (np.abs(octaves[lag:] - octaves[:-lag]) > JUMP_OCTAVES)
    onsets = int(np.count_nonzero(jumps[1:] & ~jumps[:-1])) + int(jumps[:1].sum())  # one per event
    articulation = onsets / speech_s
    unvoiced = float(np.count_nonzero(active & (octaves > math.log2(UNVOICED_HZ)))) / max(1, int(active.sum()))

    score = _score(modulation, articulation)
    return Likeness(score >= 0.5, score, modulation, articulation, unvoiced)


def _band_rms(x: np.ndarray, lo_hz: float, hi_hz: float) -> float:
    """RMS of the `lo_hz`–`hi_hz` part of a 100 Hz envelope (an FFT mask: it is one short array)."""
    if len(x) < 4:
        return 0.0
    spec = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(len(x), FRAME_S)
    spec[(freqs < lo_hz) | (freqs > hi_hz)] = 0.0
    y = np.fft.irfft(spec, len(x))
    return float(np.sqrt(np.mean(y * y)))


def _score(modulation: float, articulation: float) -> float:
    """0…1: each measure against its threshold (0.5 there, saturating at twice it); the weaker one rules."""
    a = min(1.0, modulation / (2.0 * MODULATION_MIN_DB))
    b = min(1.0, articulation / (2.0 * ARTICULATION_MIN))
    return min(a, b)
