"""ITU-R BS.1770-4 loudness and true peak, streamed block by block.

Loudness: K-weighting (pre-filter shelf + RLB high-pass) as two biquads in float64, each block filtered
from rest with the end of the previous block as its warm-up (kernels.kweight: the filter forgets its
start long before the warm-up ends, so the blocks measure as one continuous pass), mean squares kept
per 100 ms sub-block (the hop of the 400 ms / 75 % overlap gating blocks), then the −70 LUFS absolute
and −10 LU relative gates. Only the sub-block sums are kept: 12 000 floats for 20 minutes. Loudness
range follows EBU Tech 3342 on the same sums.

True peak: 4× polyphase FIR oversampling (BS.1770-4 Annex 2). Oversampling everything costs seconds per
20 minutes, so it is pruned exactly: an interpolated sample is bounded by L1(phase) × the largest input
sample in its support, so 10 ms frames whose bound (with their neighbours') cannot beat the best peak so
far are skipped, and the frames that may are visited loudest first so that the best peak rises early and
rules out the rest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from studio.validation import kernels
from studio.validation.stats import percentile

FLOOR_DB = -120.0  # explicit floor: silence is reported as −120, never −inf
ABS_GATE_LUFS = -70.0
REL_GATE_LU = -10.0
LRA_REL_GATE_LU = -20.0
_OFFSET = -0.691


def db(power: float, floor: float = FLOOR_DB) -> float:
    """10·log10 of a power with an explicit floor."""
    return max(floor, 10.0 * math.log10(power)) if power > 0 else floor


@lru_cache(maxsize=16)
def k_weighting_stages(rate: int) -> np.ndarray:
    """The K-weighting filter at `rate` as two biquads, b0 b1 b2 a1 a2 of the shelf then of the high-pass,
    derived from the analogue prototype of BS.1770.

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
    return np.concatenate((pb, pa[1:], rb, ra[1:]))


def k_weighting(rate: int) -> tuple[np.ndarray, np.ndarray]:
    """(b, a) of the K-weighting filter at `rate` as one order-4 section (the two stages convolved)."""
    c = k_weighting_stages(rate)
    return np.convolve(c[0:3], c[5:8]), np.convolve(np.r_[1.0, c[3:5]], np.r_[1.0, c[8:10]])


def channel_weights(channels: int) -> np.ndarray:
    """BS.1770 weights: 1.0 for L, R, C; 1.41 for the surrounds; LFE and beyond are not counted."""
    g = np.zeros(channels)
    g[: min(channels, 3)] = 1.0
    g[3:5] = 1.41
    return g


@dataclass
class LoudnessBlock:
    """One block between `LoudnessMeter.begin` and `end`: per channel the samples before it and its own
    (None for a channel that does not count), the 100 ms segment ends inside it, Σ y² per channel and
    segment."""

    inputs: list[tuple[np.ndarray, np.ndarray] | None]
    scale: float
    ends: np.ndarray
    sums: np.ndarray
    on_boundary: bool

    @property
    def segments(self) -> int:
        return len(self.ends)


class LoudnessMeter:
    """Feed blocks `(frames, channels)` in order (int16 PCM with `scale` 1/32768, or float); read
    `integrated()` and `loudness_range()`."""

    def __init__(self, rate: int, channels: int) -> None:
        self.rate = rate
        self.channels = channels
        self._coef = k_weighting_stages(rate).copy()
        self._warm = kernels.settling(self._coef)
        self._tails: list[np.ndarray | None] = [None] * channels  # the last `_warm` samples of each channel
        self._g = channel_weights(channels)
        self._pos = 0  # samples seen
        self._k = 1  # index of the next 100 ms boundary
        self._pending = 0.0
        self._sums: list[np.ndarray] = []  # weighted sums of squares per completed 100 ms sub-block

    def feed(self, block: np.ndarray, scale: float = 1.0) -> None:
        job = self.begin(block, scale)
        if job is not None:
            self.measure(job, 0, job.segments)
            self.end(job)

    def begin(self, block: np.ndarray, scale: float = 1.0) -> LoudnessBlock | None:
        """The next block's filter input, to be measured in parts (`measure`, which two threads may run
        on different segments at once) and then `end`ed, blocks in order."""
        n = len(block)
        if n == 0:
            return None
        end = self._pos + n
        ks = np.arange(self._k, (end * 10) // self.rate + 1)
        local = (ks * self.rate) // 10 - self._pos  # 100 ms boundaries inside this block, 1..n
        ends = np.append(local[local < n], n).astype(np.int64)
        inputs: list[tuple[np.ndarray, np.ndarray] | None] = []
        for c in range(self.channels):
            if self._g[c] == 0.0:
                inputs.append(None)
                continue
            tail = self._tails[c]
            if tail is None:  # before the first sample: rest, as the filter starts
                tail = np.zeros(self._warm, dtype=block.dtype)
            x = np.ascontiguousarray(block[:, c])  # a view for mono
            inputs.append((tail, x))
            self._tails[c] = x[n - self._warm:] if n >= self._warm else np.concatenate((tail, x))[-self._warm:]
        self._pos = end
        if len(ks):
            self._k = int(ks[-1]) + 1
        return LoudnessBlock(inputs, scale, ends, np.zeros((self.channels, len(ends))),
                             bool(len(local)) and int(local[-1]) == n)

    def measure(self, job: LoudnessBlock, first: int, last: int) -> None:
        """Σ y² of the segments [first, last) of the block (each part filtered after its own warm-up)."""
        if last <= first:
            return
        start = int(job.ends[first - 1]) if first else 0
        ends = job.ends[first:last] - start
        for c, pair in enumerate(job.inputs):
            if pair is not None:
                kernels.kweight(pair[0], pair[1], job.scale, self._coef, start, int(ends[-1]), ends,
                                job.sums[c, first:last])

    def end(self, job: LoudnessBlock) -> None:
        sums = self._g @ job.sums
        sums[0] += self._pending
        if job.on_boundary:  # the block ends exactly on a boundary
            sums = np.append(sums, 0.0)
        self._pending = float(sums[-1])
        if len(sums) > 1:
            self._sums.append(sums[:-1])

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
        lo, hi = percentile(lk, 10), percentile(lk, 95)
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


def _firwin_kaiser(numtaps: int, cutoff: float, beta: float) -> np.ndarray:
    """A windowed-sinc low-pass with unit gain at DC (what scipy's `firwin(numtaps, cutoff,
    window=("kaiser", beta))` designs; numpy has the window, and the check path has no scipy)."""
    m = np.arange(numtaps) - (numtaps - 1) / 2.0
    h = cutoff * np.sinc(cutoff * m) * np.kaiser(numtaps, beta)
    return h / h.sum()


@lru_cache(maxsize=4)
def _true_peak_filter(factor: int = 4, taps_per_phase: int = 12) -> np.ndarray:
    # 12 taps per phase like the Annex 2 example, plus one so that the length is odd: the delay is then
    # a whole number of input samples and the original samples are reproduced exactly (a Nyquist filter).
    return _firwin_kaiser(factor * taps_per_phase + 1, 1.0 / factor, 8.0) * factor


class TruePeakMeter:
    """Streaming 4× true-peak meter with exact pruning (see module docstring).

    The interpolated value between x[n] and x[n+1] at phase p/4 is Σ_j x[n−j]·h[4j+p+D]. Each block is
    handled per channel with the `half` samples on either side of a point as its support: the points of
    the first `half` samples of a block need the last samples of the previous one (`_carry`), and the
    points of its last `half` samples wait for the next block (or for `finish()`, which pads with zeros).
    """

    def __init__(self, channels: int, factor: int = 4) -> None:
        self.factor = factor
        self.h = _true_peak_filter(factor)
        self.half, self.taps = _phases(factor)
        self.l1 = float(np.abs(self.taps).sum(axis=0).max())
        self._rows = np.ascontiguousarray(self.taps[::-1])  # row j weighs x[n − half + j]
        self.channels = channels
        self._carry: list[np.ndarray | None] = [None] * channels  # zeros before the first block
        self._carry_peak = [0.0] * channels
        self._scale = 1.0
        self.best = 0.0  # best (true or sample) peak so far, linear
        self.oversampled = 0  # interpolation points visited, one per input sample (for the benchmark)

    def feed(self, block: np.ndarray, scale: float = 1.0, frame_peaks: list[np.ndarray] | None = None,
             frame_len: int = 0) -> None:
        """`block` is `(frames, channels)`, int16 PCM with `scale` 1/32768 or float. `frame_peaks` may give,
        per channel, max |x| (scaled) of each `frame_len` samples (the last frame may be partial), which
        lets quiet frames be skipped without reading them again."""
        n = len(block)
        if n == 0:
            return
        if frame_peaks is None or frame_len < self.half:
            frame_len = max(self.half, 480)
            frame_peaks = [_frame_peaks(block[:, c], scale, frame_len) for c in range(self.channels)]
        self._scale = scale
        self.best = max(self.best, max(float(fp.max()) for fp in frame_peaks))
        for c in range(self.channels):
            self._feed_channel(c, np.ascontiguousarray(block[:, c]), frame_peaks[c], frame_len)

    def _feed_channel(self, c: int, x: np.ndarray, fp: np.ndarray, flen: int) -> None:
        h, n = self.half, len(x)
        carry = self._carry[c]
        if carry is None:
            carry = np.zeros(2 * h, dtype=x.dtype)
        # bound of the points of each frame: the frame and its neighbours (the support reaches over the edge)
        nb = fp.astype(np.float64)
        nb[1:] = np.maximum(nb[1:], fp[:-1])
        nb[:-1] = np.maximum(nb[:-1], fp[1:])
        seam = max(self._carry_peak[c], float(fp[0]))
        nb[0] = max(nb[0], seam)
        limit = self.best / self.l1
        if seam > limit or bool((nb > limit).any()):
            frames = np.flatnonzero(nb > limit)
            # the seam's points, then each candidate frame, as ranges of xw = carry + x (xw[j] is the
            # sample at block start − 2·half + j)
            bounds = np.concatenate(([seam], nb[frames]))
            los = np.concatenate(([h], 2 * h + frames * flen))
            his = np.minimum(np.concatenate(([min(2 * h, n + h)], 2 * h + (frames + 1) * flen)), n + h)
            # points whose support reaches before the block are read from a short copy of its head with
            # the carry in front; the rest from the block itself (no copy of it)
            near = los < 3 * h
            head = np.concatenate((carry, x[: flen + 2 * h]))
            for xs, lo, hi, bound in ((head, los[near], his[near], bounds[near]),
                                      (x, los[~near] - 2 * h, his[~near] - 2 * h, bounds[~near])):
                if len(lo):  # loudest first: the best peak rises at once and rules the quieter ones out
                    order = np.argsort(-bound, kind="stable")
                    self.best, done = kernels.true_peak(xs, self._scale, self._rows, lo[order], hi[order],
                                                        bound[order], h, self.best, self.l1)
                    self.oversampled += done
        self._carry[c] = x[-2 * h:].copy() if n >= 2 * h else np.concatenate((carry, x))[-2 * h:]
        kept = self._carry[c]
        assert kept is not None
        self._carry_peak[c] = float(np.abs(kept.astype(np.float64)).max(initial=0.0)) * self._scale

    def finish(self) -> float:
        h = self.half
        for c, carry in enumerate(self._carry):
            if carry is None or self._carry_peak[c] * self.l1 <= self.best:
                continue
            xw = np.concatenate((carry, np.zeros(h, dtype=carry.dtype)))
            self.best, done = kernels.true_peak(xw, self._scale, self._rows, np.array([h]), np.array([2 * h]),
                                                np.array([np.inf]), h, self.best, self.l1)
            self.oversampled += done
        return self.best


@lru_cache(maxsize=4)
def _phases(factor: int) -> tuple[int, np.ndarray]:
    """(half, taps): column p holds the weights of x[n+half], …, x[n−half] for the point n + p/factor."""
    h = _true_peak_filter(factor)
    delay = (len(h) - 1) // 2  # a multiple of factor (odd length, 12 taps per phase)
    half = delay // factor  # input samples each side of the interpolated point
    width = 2 * half + 1
    taps = np.zeros((width, factor - 1))
    for p in range(1, factor):
        for jj in range(width):
            idx = factor * (half - jj) + p + delay
            if 0 <= idx < len(h):
                taps[jj, p - 1] = h[idx]
    taps.flags.writeable = False
    return half, taps


def _frame_peaks(x: np.ndarray, scale: float, flen: int) -> np.ndarray:
    """max |x| (scaled) of each `flen` samples, the last frame partial."""
    nf = -(-len(x) // flen)
    pad = nf * flen - len(x)
    a = np.abs(x.astype(np.float64))
    if pad:
        a = np.concatenate((a, np.zeros(pad)))
    return a.reshape(nf, flen).max(axis=1) * scale
