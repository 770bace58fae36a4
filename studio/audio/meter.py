"""Level meter ballistics: a pure class, fed blocks of samples, read as a snapshot.

Constants follow the Audacity meter and the Qt audiolevelmeter example (see
shared/specs/providers-and-samples.md §3): a −60 dBFS floor, instant attack, a peak hold of 2 s then
a 20 dB/s release that eases in (so the marker glides off instead of jumping), RMS over 400 ms,
momentary loudness over 400 ms of K-weighted signal (ITU-R BS.1770), and a clip light latched
after 3 consecutive samples at or above −0.1 dBFS until reset.

Time is counted in samples, not wall-clock, so the ballistics are exact and testable; the GUI
simply reads the latest snapshot on its 16–30 ms timer. Every dB value has an explicit floor and is
never −inf or NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

FLOOR_DB = -60.0
CLIP_THRESHOLD_DB = -0.1
CLIP_RUN = 3
HOLD_S = 2.0
RELEASE_DB_PER_S = 20.0
RELEASE_EASE_S = 0.25
WINDOW_S = 0.4
TARGET_LOW_DB = -18.0
TARGET_HIGH_DB = -6.0
WAVE_BINS_PER_S = 100
WAVE_SECONDS = 4.0

_CLIP_LINEAR = 10 ** (CLIP_THRESHOLD_DB / 20)


def db(linear: float, floor: float = FLOOR_DB) -> float:
    """Amplitude ratio → dBFS, clamped to `floor` (silence and denormals give the floor, not −inf)."""
    if not linear > 0.0 or not math.isfinite(linear):
        return floor
    return max(floor, 20.0 * math.log10(linear))


def power_db(mean_square: float, floor: float = FLOOR_DB, offset: float = 0.0) -> float:
    if not mean_square > 0.0 or not math.isfinite(mean_square):
        return floor
    return max(floor, offset + 10.0 * math.log10(mean_square))


def k_weighting_sos(rate: int) -> np.ndarray:
    """BS.1770 K-weighting (high shelf + RLB high-pass) as second-order sections for any rate.

    Designed from the analog prototypes (shelf +4 dB at 1.5 kHz, high-pass at 38 Hz), which matches the
    published 48 kHz coefficients to well under 0.1 dB and works at 16/24/44.1 kHz too.
    """
    def biquad(kind: str, gain_db: float, q: float, fc: float) -> list[float]:
        a_ = 10 ** (gain_db / 40.0)
        w0 = 2.0 * math.pi * fc / rate
        alpha = math.sin(w0) / (2.0 * q)
        cw = math.cos(w0)
        if kind == "shelf":
            sa = 2.0 * math.sqrt(a_) * alpha
            b = [a_ * ((a_ + 1) + (a_ - 1) * cw + sa), -2 * a_ * ((a_ - 1) + (a_ + 1) * cw),
                 a_ * ((a_ + 1) + (a_ - 1) * cw - sa)]
            a = [(a_ + 1) - (a_ - 1) * cw + sa, 2 * ((a_ - 1) - (a_ + 1) * cw), (a_ + 1) - (a_ - 1) * cw - sa]
        else:
            b = [(1 + cw) / 2, -(1 + cw), (1 + cw) / 2]
            a = [1 + alpha, -2 * cw, 1 - alpha]
        return [b[0] / a[0], b[1] / a[0], b[2] / a[0], 1.0, a[1] / a[0], a[2] / a[0]]

    return np.array([biquad("shelf", 4.0, 1 / math.sqrt(2), 1500.0), biquad("hp", 0.0, 0.5, 38.0)])


@dataclass(frozen=True)
class BlockStats:
    """What one block contributed, for take statistics and warnings."""

    frames: int
    peak: float  # linear
    sum_squares: float
    clip_events: int  # runs of ≥ 3 hot samples that reached 3 in this block


@dataclass(frozen=True)
class MeterSnapshot:
    """Everything a meter widget paints; cheap to take, immutable, never −inf."""

    peak_db: float = FLOOR_DB  # the bar: instant attack, eased 20 dB/s release
    hold_db: float = FLOOR_DB  # the peak-hold marker: 2 s, then eased release
    rms_db: float = FLOOR_DB  # 400 ms
    momentary_lufs: float = FLOOR_DB  # 400 ms K-weighted (LUFS)
    clip: bool = False  # latched until reset_clip()
    clip_events: int = 0  # since the meter was created (or reset)
    in_target: bool = False  # peak bar inside the target band
    target_low_db: float = TARGET_LOW_DB
    target_high_db: float = TARGET_HIGH_DB
    floor_db: float = FLOOR_DB
    rate: int = 0
    frames: int = 0  # samples metered so far
    # The last few seconds as min/max per 10 ms bin, oldest first (a live waveform strip).
    wave_min: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32), repr=False)
    wave_max: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32), repr=False)
    # Filled in by the recorder:
    monitoring: bool = False
    recording: bool = False
    take_seconds: float = 0.0
    overflows: int = 0
    warnings: tuple[str, ...] = ()
    error: str = ""


class PeakEnvelope:
    """Min/max per bin of `bin_frames` samples (peak downsampling for waveforms), across block edges."""

    def __init__(self, bin_frames: int) -> None:
        self.bin_frames = int(bin_frames)
        self._pending = np.zeros(self.bin_frames, np.float32)
        self._n = 0

    def push(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """New complete bins (mins, maxs) produced by block `x`."""
        size = self.bin_frames
        head_min: list[float] = []
        head_max: list[float] = []
        i = 0
        if self._n:
            i = min(x.shape[0], size - self._n)
            self._pending[self._n:self._n + i] = x[:i]
            self._n += i
            if self._n == size:
                head_min.append(float(self._pending.min()))
                head_max.append(float(self._pending.max()))
                self._n = 0
        rest = x[i:]
        full = (rest.shape[0] // size) * size
        grid = rest[:full].reshape(-1, size)
        mins = np.concatenate((np.asarray(head_min, np.float32), grid.min(axis=1) if full else grid[:, 0]))
        maxs = np.concatenate((np.asarray(head_max, np.float32), grid.max(axis=1) if full else grid[:, 0]))
        left = rest.shape[0] - full
        if left:
            self._pending[:left] = rest[full:]
            self._n = left
        return mins.astype(np.float32, copy=False), maxs.astype(np.float32, copy=False)


def _ease(t: float) -> float:
    """0 → 1 over RELEASE_EASE_S (smoothstep), the release speed factor."""
    x = min(1.0, max(0.0, t / RELEASE_EASE_S))
    return x * x * (3.0 - 2.0 * x)


class Meter:
    def __init__(self, rate: int, *, floor_db: float = FLOOR_DB, target_low_db: float = TARGET_LOW_DB,
                 target_high_db: float = TARGET_HIGH_DB) -> None:
        self.rate = int(rate)
        self.floor_db = floor_db
        self.target_low_db = target_low_db
        self.target_high_db = target_high_db
        window = max(1, round(WINDOW_S * self.rate))
        self._sq = np.zeros(window, np.float64)  # squares, last 400 ms (ring)
        self._ksq = np.zeros(window, np.float64)  # K-weighted squares, last 400 ms (ring)
        self._pos = 0
        self._filled = 0
        self._sos = k_weighting_sos(self.rate)
        self._zi = np.zeros((self._sos.shape[0], 2))
        self._envelope = PeakEnvelope(max(1, self.rate // WAVE_BINS_PER_S))
        n_bins = int(WAVE_SECONDS * WAVE_BINS_PER_S)
        self._wmin = np.zeros(n_bins, np.float32)
        self._wmax = np.zeros(n_bins, np.float32)
        self._wpos = 0
        self.frames = 0
        self.peak_db = floor_db
        self.hold_db = floor_db
        self._since_peak = 0.0
        self._since_hold = 0.0
        self.clip = False
        self.clip_events = 0
        self._hot_run = 0

    def process(self, block: np.ndarray) -> BlockStats:
        x = np.asarray(block, dtype=np.float32).reshape(-1)
        n = x.shape[0]
        if n == 0:
            return BlockStats(0, 0.0, 0.0, 0)
        dt = n / self.rate
        abs_x = np.abs(x)
        peak = float(abs_x.max())
        sq = np.square(x, dtype=np.float64)
        sum_sq = float(sq.sum())
        self._ballistics(db(peak, self.floor_db), dt)
        events = self._clips(abs_x)
        self._windows(sq, _sosfilt()(self._sos, x, zi=self._zi))
        mins, maxs = self._envelope.push(x)
        self._wave(mins, maxs)
        self.frames += n
        return BlockStats(n, peak, sum_sq, events)

    def _ballistics(self, block_db: float, dt: float) -> None:
        if block_db >= self.peak_db:
            self.peak_db, self._since_peak = block_db, 0.0
        else:
            self._since_peak += dt
            self.peak_db = max(block_db, self.peak_db - RELEASE_DB_PER_S * _ease(self._since_peak) * dt)
        if block_db >= self.hold_db:
            self.hold_db, self._since_hold = block_db, 0.0
        else:
            self._since_hold += dt
            released = self._since_hold - HOLD_S
            if released > 0:
                step = RELEASE_DB_PER_S * _ease(released) * min(dt, released)
                self.hold_db = max(self.peak_db, self.hold_db - step)

    def _clips(self, abs_x: np.ndarray) -> int:
        hot = abs_x >= _CLIP_LINEAR
        if not hot.any():
            self._hot_run = 0
            return 0
        edges = np.diff(np.concatenate(([0], hot.view(np.int8), [0])))
        starts = np.flatnonzero(edges == 1)
        lengths = np.flatnonzero(edges == -1) - starts
        carried = np.zeros_like(lengths)
        if starts[0] == 0:
            carried[0] = self._hot_run  # the run that ended the previous block goes on
        totals = lengths + carried
        events = int(np.count_nonzero((totals >= CLIP_RUN) & (carried < CLIP_RUN)))
        self._hot_run = int(totals[-1]) if starts[-1] + lengths[-1] == abs_x.shape[0] else 0
        if events:
            self.clip = True
            self.clip_events += events
        return events

    def _windows(self, sq: np.ndarray, weighted: tuple[np.ndarray, np.ndarray]) -> None:
        y, self._zi = weighted
        ksq = np.square(y)
        size = self._sq.shape[0]
        if sq.shape[0] >= size:
            self._sq[:] = sq[-size:]
            self._ksq[:] = ksq[-size:]
            self._pos, self._filled = 0, size
            return
        n = sq.shape[0]
        first = min(n, size - self._pos)
        self._sq[self._pos:self._pos + first] = sq[:first]
        self._ksq[self._pos:self._pos + first] = ksq[:first]
        if first < n:
            self._sq[:n - first] = sq[first:]
            self._ksq[:n - first] = ksq[first:]
        self._pos = (self._pos + n) % size
        self._filled = min(size, self._filled + n)

    def _wave(self, mins: np.ndarray, maxs: np.ndarray) -> None:
        size = self._wmin.shape[0]
        mins, maxs = mins[-size:], maxs[-size:]
        idx = (self._wpos + np.arange(mins.shape[0])) % size
        self._wmin[idx] = mins
        self._wmax[idx] = maxs
        self._wpos = (self._wpos + mins.shape[0]) % size

    @property
    def rms_db(self) -> float:
        return power_db(float(self._sq.sum()) / max(1, self._filled), self.floor_db)

    @property
    def momentary_lufs(self) -> float:
        return power_db(float(self._ksq.sum()) / max(1, self._filled), self.floor_db, offset=-0.691)

    def reset_clip(self) -> None:
        self.clip = False

    def snapshot(self) -> MeterSnapshot:
        order = np.r_[self._wpos:self._wmin.shape[0], 0:self._wpos]
        return MeterSnapshot(
            peak_db=self.peak_db, hold_db=self.hold_db, rms_db=self.rms_db,
            momentary_lufs=self.momentary_lufs, clip=self.clip, clip_events=self.clip_events,
            in_target=self.target_low_db <= self.peak_db <= self.target_high_db,
            target_low_db=self.target_low_db, target_high_db=self.target_high_db, floor_db=self.floor_db,
            rate=self.rate, frames=self.frames, wave_min=self._wmin[order], wave_max=self._wmax[order],
        )


def _sosfilt() -> Any:
    """scipy.signal.sosfilt, imported on first use: importing scipy.signal costs about a second, which
    the studio's start-up should not pay before anything is metered (the app warms it in the background)."""
    from scipy.signal import sosfilt

    return sosfilt
