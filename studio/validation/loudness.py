"""ITU-R BS.1770-4 loudness and true peak, streamed block by block.

Loudness: K-weighting (pre-filter shelf + RLB high-pass) as one order-4 IIR run with `lfilter` state
carried across blocks, mean squares kept per 100 ms sub-block (the hop of the 400 ms / 75 % overlap
gating blocks), then the −70 LUFS absolute and −10 LU relative gates. Only the sub-block sums are
kept: 12 000 floats for 20 minutes. Loudness range follows EBU Tech 3342 on the same sums.

True peak: 4× polyphase FIR oversampling (BS.1770-4 Annex 2). Oversampling everything costs ~5 s per
20 minutes, so it is pruned exactly: an interpolated sample is bounded by L1(phase) × the largest input
sample in its support, so stretches whose bound cannot beat the best peak so far are skipped.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import signal

FLOOR_DB = -120.0  # explicit floor: silence is reported as −120, never −inf
ABS_GATE_LUFS = -70.0
REL_GATE_LU = -10.0
LRA_REL_GATE_LU = -20.0
_OFFSET = -0.691


def db(power: float, floor: float = FLOOR_DB) -> float:
    """10·log10 of a power with an explicit floor."""
    return max(floor, 10.0 * math.log10(power)) if power > 0 else floor


def k_weighting(rate: int) -> tuple[np.ndarray, np.ndarray]:
    """(b, a) of the K-weighting filter at `rate`, derived from the analogue prototype of BS.1770.

    The parametrisation is the one libebur128 uses: at 48 kHz it reproduces the coefficient tables
    of BS.1770-4 exactly, and it stays correct at other rates (16, 22.05, 44.1 kHz …).
    """
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10.0 ** (gain_db / 20.0)
    vb = vh ** 0.4996667741545416
    a0 = 1.0 + k / q + k * k
    pb = np.array([(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0])
    pa = np.array([1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0])
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    rb = np.array([1.0, -2.0, 1.0])
    den = 1.0 + k / q + k * k
    ra = np.array([1.0, 2.0 * (k * k - 1.0) / den, (1.0 - k / q + k * k) / den])
    return np.convolve(pb, rb), np.convolve(pa, ra)


def channel_weights(channels: int) -> np.ndarray:
    """BS.1770 weights: 1.0 for L, R, C; 1.41 for the surrounds; LFE and beyond are not counted."""
    g = np.zeros(channels)
    g[: min(channels, 3)] = 1.0
    g[3:5] = 1.41
    return g


class LoudnessMeter:
    """Feed float blocks `(frames, channels)` in order; read `integrated()` and `loudness_range()`."""

    def __init__(self, rate: int, channels: int) -> None:
        self.rate = rate
        self.channels = channels
        self._b, self._a = k_weighting(rate)
        self._zi = np.zeros((channels, len(self._a) - 1))
        self._g = channel_weights(channels)
        self._pos = 0  # samples seen
        self._k = 1  # index of the next 100 ms boundary
        self._pending = 0.0
        self._sums: list[np.ndarray] = []  # weighted sums of squares per completed 100 ms sub-block

    def feed(self, block: np.ndarray) -> None:
        n = len(block)
        if n == 0:
            return
        power: np.ndarray | None = None
        for c in range(self.channels):
            if self._g[c] == 0.0:
                continue
            # one order-4 section in float64: per block, faster than two biquads (in float32 or 64)
            x = np.ascontiguousarray(block[:, c], dtype=np.float64)
            y, self._zi[c] = signal.lfilter(self._b, self._a, x, zi=self._zi[c])
            np.square(y, out=y)
            if self._g[c] != 1.0:
                y *= self._g[c]
            if power is None:
                power = y
            else:
                power += y
        if power is None:
            power = np.zeros(n)
        end = self._pos + n
        ks = np.arange(self._k, (end * 10) // self.rate + 1)
        local = (ks * self.rate) // 10 - self._pos  # 100 ms boundaries inside this block, 1..n
        if len(local) == 0:
            self._pending += float(power.sum())
        else:
            starts = np.concatenate(([0], local[local < n]))
            sums = np.add.reduceat(power, starts)
            if local[-1] == n:  # the block ends exactly on a boundary
                sums = np.append(sums, 0.0)
            sums[0] += self._pending
            self._pending = float(sums[-1])
            self._sums.append(sums[:-1])
            self._k = int(ks[-1]) + 1
        self._pos = end

    def _sub_blocks(self) -> np.ndarray:
        """Mean square per 100 ms sub-block (weighted channel sum)."""
        if not self._sums:
            return np.zeros(0)
        sums = np.concatenate(self._sums)
        k = np.arange(1, len(sums) + 1)
        lengths = (k * self.rate) // 10 - ((k - 1) * self.rate) // 10
        return sums / lengths

    def _windows(self, width: int) -> np.ndarray:
        """Mean square of every complete window of `width` sub-blocks, hop one sub-block."""
        sub = self._sub_blocks()
        if len(sub) < width:
            return np.zeros(0)
        cs = np.concatenate(([0.0], np.cumsum(sub)))
        return (cs[width:] - cs[:-width]) / width

    def integrated(self) -> float:
        """Gated integrated loudness in LUFS (FLOOR_DB when nothing passes the gates)."""
        z = self._windows(4)
        return _gated_mean(z, REL_GATE_LU)

    def momentary_max(self) -> float:
        z = self._windows(4)
        return _OFFSET + db(float(z.max())) if len(z) else FLOOR_DB

    def loudness_range(self) -> float:
        """EBU Tech 3342 LRA: spread (10th–95th percentile) of gated 3 s short-term loudness, in LU."""
        z = self._windows(30)
        if len(z) == 0:
            return 0.0
        with np.errstate(divide="ignore"):
            lk = _OFFSET + 10.0 * np.log10(z)
        z = z[lk > ABS_GATE_LUFS]
        if len(z) == 0:
            return 0.0
        gate = _OFFSET + 10.0 * math.log10(float(z.mean())) + LRA_REL_GATE_LU
        lk = _OFFSET + 10.0 * np.log10(z)
        lk = lk[lk > gate]
        if len(lk) < 2:
            return 0.0
        lo, hi = np.percentile(lk, [10, 95])
        return float(hi - lo)


def _gated_mean(z: np.ndarray, rel_gate: float) -> float:
    if len(z) == 0:
        return FLOOR_DB
    with np.errstate(divide="ignore"):
        lk = _OFFSET + 10.0 * np.log10(z)
    z = z[lk > ABS_GATE_LUFS]
    if len(z) == 0:
        return FLOOR_DB
    gate = _OFFSET + 10.0 * math.log10(float(z.mean())) + rel_gate
    lk = _OFFSET + 10.0 * np.log10(z)
    z = z[lk > gate]
    return _OFFSET + db(float(z.mean())) if len(z) else FLOOR_DB


def _true_peak_filter(factor: int = 4, taps_per_phase: int = 12) -> np.ndarray:
    # 12 taps per phase like the Annex 2 example, plus one so that the length is odd: the delay is then
    # a whole number of input samples and the original samples are reproduced exactly (a Nyquist filter).
    h = signal.firwin(factor * taps_per_phase + 1, 1.0 / factor, window=("kaiser", 8.0))
    return h * factor


class TruePeakMeter:
    """Streaming 4× true-peak meter with exact pruning (see module docstring).

    The interpolated value between x[n] and x[n+1] at phase p/4 is Σ_j x[n−j]·h[4j+p+D]; for the
    candidate samples it is computed as one (candidates × taps) @ (taps × phases) product.
    """

    SEG = 32  # pruning granularity in input samples; must be ≥ the filter half-support
    BATCH = 16384  # candidates interpolated at once (an 0.85 MB gather)

    def __init__(self, channels: int, factor: int = 4) -> None:
        self.factor = factor
        self.h = _true_peak_filter(factor)
        delay = (len(self.h) - 1) // 2  # a multiple of factor (odd length, 12 taps per phase)
        self.half = delay // factor  # input samples each side of the interpolated point
        width = 2 * self.half + 1
        # column p: weights of x[n+half], …, x[n−half] for the point n + p/factor
        self.taps = np.zeros((width, factor - 1))
        for p in range(1, factor):
            for jj in range(width):
                idx = factor * (self.half - jj) + p + delay
                if 0 <= idx < len(self.h):
                    self.taps[jj, p - 1] = self.h[idx]
        self.l1 = float(np.abs(self.taps).sum(axis=0).max())
        self._taps32 = np.ascontiguousarray(self.taps[::-1], dtype=np.float32)  # float32 is ample for a peak
        self.k = self.half + 1
        self.channels = channels
        self._tail = np.zeros((2 * self.k, channels), dtype=np.float32)
        self._tail_peak = 0.0
        self.best = 0.0  # best (true or sample) peak so far, linear
        self.oversampled = 0  # input samples that had to be interpolated (for the benchmark)

    def feed(self, block: np.ndarray, block_peak: float | None = None, frame_peaks: np.ndarray | None = None,
             frame_len: int = 0) -> None:
        """`block_peak` (max |x| over all channels) may be passed when already known; so may, for a mono
        block, `frame_peaks`: max |x| per `frame_len` samples, which lets quiet frames be skipped
        without reading them again."""
        if len(block) == 0:
            return
        peak = float(np.abs(block).max()) if block_peak is None else block_peak
        self.best = max(self.best, peak)
        xw = np.concatenate((self._tail, block))
        k = self.k
        # most blocks of a take are quieter than its loudest one: nothing in them can beat the best
        if max(peak, self._tail_peak) * self.l1 > self.best:
            if frame_peaks is None or self.channels != 1 or frame_len < k:
                self._scan(xw, k, len(xw) - k)
            else:
                self._scan(xw, k, 2 * k)  # the last samples of the previous block
                nb = frame_peaks.astype(np.float64)
                nb[1:] = np.maximum(nb[1:], frame_peaks[:-1])
                nb[:-1] = np.maximum(nb[:-1], frame_peaks[1:])
                nb[0] = max(nb[0], self._tail_peak)
                for s, e in _runs(nb * self.l1 > self.best):
                    self._scan(xw, 2 * k + s * frame_len, min(len(xw) - k, 2 * k + e * frame_len))
        self._tail = xw[-2 * k:].copy()
        self._tail_peak = float(np.abs(self._tail).max())

    def finish(self) -> float:
        xw = np.concatenate((self._tail, np.zeros((self.k, self.channels), dtype=np.float32)))
        self._scan(xw, self.k, len(xw) - self.k)
        return self.best

    def _scan(self, xw: np.ndarray, lo: int, hi: int) -> None:
        seg, half = self.SEG, self.half
        n = hi - lo
        if n <= 0:
            return
        nseg = -(-n // seg)
        pad = nseg * seg - n
        for c in range(self.channels):
            x = xw[:, c]
            a = np.abs(x[lo:hi])
            if pad:
                a = np.concatenate((a, np.zeros(pad, dtype=a.dtype)))
            smax = a.reshape(nseg, seg).max(axis=1)
            # neighbours cover the filter support reaching over a segment edge
            nb = smax.copy()
            nb[1:] = np.maximum(nb[1:], smax[:-1])
            nb[:-1] = np.maximum(nb[:-1], smax[1:])
            nb[0] = max(nb[0], float(np.abs(x[max(0, lo - self.k):lo]).max(initial=0.0)))
            nb[-1] = max(nb[-1], float(np.abs(x[hi:hi + self.k]).max(initial=0.0)))
            cand = np.flatnonzero(nb * self.l1 > self.best)
            if len(cand) == 0:
                continue
            pos = (lo + cand[:, None] * seg + np.arange(seg)[None, :]).ravel()
            pos = pos[pos < hi]
            windows = np.lib.stride_tricks.sliding_window_view(x, 2 * half + 1)
            taps = self._taps32  # windows[n − half] holds x[n−half … n+half]: the taps are reversed
            self.oversampled += len(pos)
            for i in range(0, len(pos), self.BATCH):  # bounded gather: loud, dense audio is all candidates
                y = windows[pos[i:i + self.BATCH] - half] @ taps
                self.best = max(self.best, float(np.abs(y).max()))


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))
