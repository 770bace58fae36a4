"""Is it a person talking? A cheap test of what the VAD calls speech.

WebRTC's VAD answers "is there voice-band energy shaped like speech in this 30 ms": a steady tone, a hum
or a tune passes it frame after frame. Talking has two properties none of those has, both measured on
numbers the analysis pass already keeps (the 16 kHz copy's energy and first-difference energy per 10 ms):

- syllabic modulation: the level rises and falls with the syllables, 2–8 Hz (Houtgast & Steeneken's
  speech modulation spectrum peaks near 4 Hz). We take the level envelope in dB across the speech, clamp
  it at the room's level (or 45 dB under its loud part), keep its 2–8 Hz band and report that band's RMS
  in dB. A tone, a chord or a hum has next to none; a slow reader still has plenty, for the pauses
  between words are part of it; a noisy room lowers it, but speech 5 dB over pink noise still has 2.4.
- articulation: consonants change the spectrum abruptly, within 20 ms, between voiced (energy low in
  frequency) and noise-like (energy high up: s, f, sh, t, k). Per 10 ms frame the ratio of
  first-difference energy to energy gives the "equivalent frequency" of the spectrum (for one sinusoid
  of frequency f it is exactly 2 − 2·cos(2πf/16000)); with the room's energies taken out of both, we
  count the jumps of more than an octave across 20 ms among frames well above the room, per second of
  speech. Notes of a tune, vibrato, a sweep and a chord move it by semitones, or slowly, and beeps not at
  all; speech makes two to seventeen such jumps a second (whisper to a fast reader, English or Mandarin).

This is the Scheirer & Slaney (ICASSP 1997) family of speech/music features (4 Hz modulation energy,
spectral flux, share of unvoiced frames), reduced to what costs nothing on a 20-minute take. A take is
speech-like when both are present (≥ 2 dB and ≥ 1 jump/s, 0.4 in a loud room); the score is 0…1, 0.5
at the thresholds.
Figures on the test corpus (tests/unit/validation/test_validation_speechlike.py): speech 2.4–9.7 dB and
2.3–17 jumps/s in a quiet room (whisper to a fast reader), 0.5–1.3 at 4–10 dB SNR; tone, sweep, chord
≈ 0 dB; hum ≤ 0.8 dB; a tune 1.6 dB and ≤ 0.25 jumps/s; beeps 20 dB but 0 jumps/s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from studio.validation.stats import median, percentile

FRAME_S = 0.01  # one energy pair per 10 ms of the 16 kHz copy
PCM_FULL_SCALE = 32768.0 ** 2 * 160  # Σ p² of a 10 ms frame at full scale (0 dBFS)
MOD_BAND_HZ = (2.0, 8.0)
CLAMP_DB = 45.0
QUIET_PERCENTILE = 10  # the room: the quietest tenth of the frames between the first and last speech
ACTIVE_OVER_ROOM = 2.0  # a frame counts when its energy, the room's taken out, is twice the room's
JUMP_OCTAVES = 1.0
JUMP_LAG_FRAMES = 2
UNVOICED_HZ = 2500.0
MODULATION_MIN_DB = 2.0
ARTICULATION_MIN = 1.0  # jumps per second of speech
# In a loud room (its quiet frames within 20 dB of the loud ones) the weak consonants drown: fewer jumps
# can be seen, so fewer are asked for (speech 5 dB over pink noise shows 0.6/s, a tune in that noise 0.25)
LOUD_ROOM_RANGE_DB = 20.0
ARTICULATION_MIN_LOUD_ROOM = 0.4
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


def measure(energy: np.ndarray, diff_energy: np.ndarray, segments: list[tuple[float, float]]) -> Likeness:
    """`energy`, `diff_energy`: per 10 ms of the 16 kHz copy; `segments`: the VAD's speech (seconds)."""
    n = len(energy)
    if n == 0 or not segments:
        return NOT_SPEECH
    speech = np.zeros(n, dtype=bool)
    for s, e in segments:
        speech[int(s / FRAME_S): math.ceil(e / FRAME_S)] = True
    speech_s = float(speech.sum()) * FRAME_S
    if speech_s < MIN_SPEECH_S:
        return NOT_SPEECH
    e64, d64 = energy.astype(np.float64), diff_energy.astype(np.float64)
    level = 10.0 * np.log10(e64 / PCM_FULL_SCALE + 1e-13)
    first, last = int(np.argmax(speech)), n - int(np.argmax(speech[::-1]))
    span = slice(first, last)

    # the room (noise, hum, or digital silence) as heard in the quietest frames of the stretch
    quiet_level = percentile(level[span], QUIET_PERCENTILE)
    quiet = np.flatnonzero(level[span] <= quiet_level) + first
    room_e, room_d = median(e64[quiet]), median(d64[quiet])
    loud = percentile(level[span], 95)

    # syllabic modulation over the stretch from the first speech to the last, pauses included
    env = np.maximum(level[span], max(quiet_level, loud - CLAMP_DB))
    modulation = _band_rms(env - env.mean(), *MOD_BAND_HZ)

    # articulation: octave jumps of the equivalent frequency of what is above the room, 20 ms apart.
    # Taking the room out keeps noisy speech speech-like; flooring the high band at half the room's keeps
    # a dark sound (a hum) from jumping on the noise's fluctuations.
    e_sig = e64 - room_e
    d_sig = np.maximum(d64 - room_d, 0.5 * room_d)
    active = speech & (e_sig > ACTIVE_OVER_ROOM * room_e) & (level > loud - CLAMP_DB)
    octaves = np.log2(np.maximum(equivalent_hz(np.maximum(e_sig, 1e-9), d_sig), 1.0))
    lag = JUMP_LAG_FRAMES
    both = active[lag:] & active[:-lag]
    jumps = both & (np.abs(octaves[lag:] - octaves[:-lag]) > JUMP_OCTAVES)
    onsets = int(np.count_nonzero(jumps[1:] & ~jumps[:-1])) + int(jumps[:1].sum())  # one per event
    articulation = onsets / speech_s
    unvoiced = float(np.count_nonzero(active & (octaves > math.log2(UNVOICED_HZ)))) / max(1, int(active.sum()))

    needed = ARTICULATION_MIN_LOUD_ROOM if loud - quiet_level < LOUD_ROOM_RANGE_DB else ARTICULATION_MIN
    score = _score(modulation, articulation, needed)
    return Likeness(score >= 0.5, score, modulation, articulation, unvoiced)
def _band_rms(x: np.ndarray, lo_hz: float, hi_hz: float) -> float:
    """RMS of the `lo_hz`–`hi_hz` part of a 100 Hz envelope (an FFT mask: it is one short array, zero-padded
    to a power of two, for an FFT of an arbitrary length can cost ten times more)."""
    n = len(x)
    if n < 4:
        return 0.0
    size = 1 << (n - 1).bit_length()
    spec = np.fft.rfft(x, size)
    freqs = np.fft.rfftfreq(size, FRAME_S)
    spec[(freqs < lo_hz) | (freqs > hi_hz)] = 0.0
    y = np.fft.irfft(spec, size)[:n]
    return float(np.sqrt(np.mean(y * y)))


def _score(modulation: float, articulation: float, articulation_min: float) -> float:
    """0…1: each measure against its threshold (0.5 there, saturating at twice it); the weaker one rules."""
    a = min(1.0, modulation / (2.0 * MODULATION_MIN_DB))
    b = min(1.0, articulation / (2.0 * articulation_min))
    return min(a, b)
