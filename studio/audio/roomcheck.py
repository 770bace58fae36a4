"""Room check: noise floor from 3–5 s of room tone, and a take's SNR rated against the targets.

Targets (shared/specs/providers-and-samples.md §3): noise floor ≤ −60 dBFS (a booth ≤ −70; ACX, Azure);
SNR > 35 dB good, < 20 dB reject (Azure). Between the two the studio says "acceptable"; a noise floor
between −60 and −50 dBFS is "acceptable" too (the studio's own margin, not a vendor rule).

Digital silence is not a quiet room: a live microphone always hisses a little (even a good interface in a
booth measures above −100 dBFS), so room tone that is exactly zero or below −100 dBFS means the input is
muted, switched off or not the microphone at all. It is reported as `silent` and rated poor, never "booth".

Levels are measured on 50 ms windows: the noise floor is the median window power of the room tone
(a single click or chair creak does not move it), and the speech level is the mean power of the
windows clearly above the noise. Memory is flat: a take is summarised by a fixed histogram.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

NOISE_GOOD_DB = -60.0
NOISE_BOOTH_DB = -70.0
NOISE_ACCEPTABLE_DB = -50.0
NO_SIGNAL_DB = -100.0  # quieter than any live microphone: a muted or dead input
SNR_GOOD_DB = 35.0
SNR_POOR_DB = 20.0
WINDOW_S = 0.05
SPEECH_MARGIN_DB = 10.0  # a window this far above the noise floor counts as speech
SPEECH_GATE_DB = -50.0  # ... and never below this, so hiss is not called speech
HIST_FLOOR_DB = -120.0
HIST_STEP_DB = 0.5
ROOM_TONE_MIN_S = 3.0
ROOM_TONE_MAX_S = 5.0


class Rating(StrEnum):
    GOOD = "good"
    ACCEPTABLE = "acceptable"
    POOR = "poor"


def rate_noise_floor(noise_db: float) -> Rating:
    if noise_db <= NOISE_GOOD_DB:
        return Rating.GOOD
    return Rating.ACCEPTABLE if noise_db <= NOISE_ACCEPTABLE_DB else Rating.POOR


def rate_snr(snr_db: float) -> Rating:
    if snr_db > SNR_GOOD_DB:
        return Rating.GOOD
    return Rating.POOR if snr_db < SNR_POOR_DB else Rating.ACCEPTABLE


@dataclass(frozen=True)
class NoiseFloor:
    db: float
    rating: Rating
    seconds: float
    booth: bool  # ≤ −70 dBFS (and a live input)
    silent: bool = False  # digital silence: the input delivers no sound at all (muted, off, wrong input)


@dataclass(frozen=True)
class SnrResult:
    snr_db: float
    speech_db: float
    noise_db: float
    rating: Rating
    speech_s: float


def _window_powers(samples: np.ndarray, rate: int) -> np.ndarray:
    size = max(1, int(WINDOW_S * rate))
    n = (samples.shape[0] // size) * size
    if n == 0:
        return np.array([float(np.mean(np.square(samples, dtype=np.float64)))]) if samples.size else np.zeros(1)
    return np.mean(np.square(samples[:n].reshape(-1, size), dtype=np.float64), axis=1)


def _to_db(power: float) -> float:
    return max(HIST_FLOOR_DB, 10.0 * math.log10(power)) if power > 0 else HIST_FLOOR_DB


def noise_floor(samples: np.ndarray, rate: int) -> NoiseFloor:
    """The noise floor (dBFS RMS) of a stretch of room tone."""
    x = np.asarray(samples, dtype=np.float32).reshape(-1)
    level = _to_db(float(np.median(_window_powers(x, rate))))
    silent = not x.size or not np.any(x) or level <= NO_SIGNAL_DB
    if silent:
        return NoiseFloor(level, Rating.POOR, x.shape[0] / rate, False, True)
    return NoiseFloor(level, rate_noise_floor(level), x.shape[0] / rate, level <= NOISE_BOOTH_DB)


class LevelHistogram:
    """Fixed-size summary of a take's 50 ms window levels (counts and power per 0.5 dB bin)."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.window = max(1, int(WINDOW_S * rate))
        n_bins = int(-HIST_FLOOR_DB / HIST_STEP_DB) + 1
        self.counts = np.zeros(n_bins, np.int64)
        self.powers = np.zeros(n_bins, np.float64)
        self._acc = 0.0
        self._acc_n = 0

    def push(self, x: np.ndarray) -> None:
        sq = np.square(np.asarray(x, np.float32).reshape(-1), dtype=np.float64)
        i = 0
        if self._acc_n:
            i = min(sq.shape[0], self.window - self._acc_n)
            self._acc += float(sq[:i].sum())
            self._acc_n += i
            if self._acc_n == self.window:
                self._add(np.array([self._acc / self.window]))
                self._acc, self._acc_n = 0.0, 0
        rest = sq[i:]
        full = (rest.shape[0] // self.window) * self.window
        if full:
            self._add(rest[:full].reshape(-1, self.window).mean(axis=1))
        if rest.shape[0] > full:
            self._acc = float(rest[full:].sum())
            self._acc_n = rest.shape[0] - full

    def _add(self, powers: np.ndarray) -> None:
        with np.errstate(divide="ignore"):
            levels = np.maximum(HIST_FLOOR_DB, 10.0 * np.log10(np.maximum(powers, 1e-30)))
        idx = np.clip(((levels - HIST_FLOOR_DB) / HIST_STEP_DB).astype(np.int64), 0, self.counts.shape[0] - 1)
        np.add.at(self.counts, idx, 1)
        np.add.at(self.powers, idx, powers)

    def _level_of_bin(self, i: int) -> float:
        return HIST_FLOOR_DB + i * HIST_STEP_DB

    def percentile_db(self, q: float) -> float:
        total = int(self.counts.sum())
        if total == 0:
            return HIST_FLOOR_DB
        target = q / 100.0 * total
        i = int(np.searchsorted(np.cumsum(self.counts), max(1.0, target)))
        return self._level_of_bin(min(i, self.counts.shape[0] - 1))

    def speech_gate_db(self, noise_db: float) -> float:
        return max(SPEECH_GATE_DB, noise_db + SPEECH_MARGIN_DB)

    def snr(self, noise_db: float | None = None) -> SnrResult:
        """SNR of the take: speech windows' mean power over the room noise (or the take's own quiet 10 %)."""
        noise = self.percentile_db(10) if noise_db is None else noise_db
        first = max(0, math.ceil((self.speech_gate_db(noise) - HIST_FLOOR_DB) / HIST_STEP_DB))
        count = int(self.counts[first:].sum())
        if count == 0:
            return SnrResult(0.0, noise, noise, Rating.POOR, 0.0)
        speech = _to_db(float(self.powers[first:].sum()) / count)
        snr = speech - noise
        return SnrResult(snr, speech, noise, rate_snr(snr), count * self.window / self.rate)


class RoomToneCollector:
    """Collects a fixed stretch of room tone into a preallocated array (fed by the recorder's worker)."""

    def __init__(self, rate: int, seconds: float = 4.0) -> None:
        seconds = min(ROOM_TONE_MAX_S, max(ROOM_TONE_MIN_S, seconds))
        self.rate = rate
        self._buf = np.zeros(int(seconds * rate), np.float32)
        self._n = 0

    @property
    def done(self) -> bool:
        return self._n >= self._buf.shape[0]

    @property
    def fraction(self) -> float:
        return self._n / self._buf.shape[0]

    def push(self, x: np.ndarray) -> None:
        take = min(x.shape[0], self._buf.shape[0] - self._n)
        if take > 0:
            self._buf[self._n:self._n + take] = x[:take]
            self._n += take

    def result(self) -> NoiseFloor:
        return noise_floor(self._buf[:self._n], self.rate)

    def samples(self) -> np.ndarray:
        """What was collected so far (a copy), e.g. to let a provider judge the room too."""
        return self._buf[:self._n].copy()
