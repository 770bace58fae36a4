"""The inner loops of the analysis pass, compiled when the extension was built and in numpy otherwise.

`_kernel.pyx` (Cython, built by `pip install`; optional) runs each loop once over a block in C with the
GIL released, so the K-weighting filter of one block runs on a second core while the main thread does the
rest. The numpy functions here compute the same values (the tests hold the two to each other); they are
what runs when no compiler was at hand, at about a third of the speed, and the K-weighting fallback needs
scipy's `lfilter`, imported only then.

Samples arrive as one channel of a decoded block: int16 PCM with `scale` = 1/32768, or float32 with
`scale` = 1.0.
"""

from __future__ import annotations

from typing import Any

import numpy as np

_compiled: Any
try:
    from studio.validation import _kernel as _compiled
except ImportError:  # no compiler when the studio was installed: numpy it is
    _compiled = None

COMPILED = _compiled is not None  # tests set it to False to run the numpy twins


def _use(compiled: bool | None) -> bool:
    return _compiled is not None and (COMPILED if compiled is None else compiled)


def _native(x: np.ndarray) -> np.ndarray:
    """A contiguous int16/float32/float64 view or copy, what the compiled loops take."""
    if x.dtype not in (np.int16, np.float32, np.float64):
        x = x.astype(np.float64)
    return np.ascontiguousarray(x)


def _as_float(x: np.ndarray, scale: float) -> np.ndarray:
    if x.dtype == np.float32 and scale == 1.0:
        return x
    y = x.astype(np.float32)
    y *= np.float32(scale)
    return y


# ---- K-weighting: Σ y² per segment ---------------------------------------------------------------

def _np_kweight(x: np.ndarray, scale: float, coef: np.ndarray, state: np.ndarray, ends: np.ndarray,
                out: np.ndarray) -> None:
    from scipy.signal import lfilter, lfiltic  # the compiled kernel spares the check path scipy's import

    y = x.astype(np.float64) * scale
    for stage in (0, 1):  # state per stage: the last two inputs and outputs (direct form I), newest first
        b, a = coef[5 * stage: 5 * stage + 3], np.r_[1.0, coef[5 * stage + 3: 5 * stage + 5]]
        hist = state[4 * stage: 4 * stage + 4]
        v = y
        y, _ = lfilter(b, a, v, zi=lfiltic(b, a, hist[2:4], hist[0:2]))
        xs, ys = np.concatenate((hist[1::-1], v)), np.concatenate((hist[3:1:-1], y))
        hist[:] = (xs[-1], xs[-2], ys[-1], ys[-2])
    np.square(y, out=y)
    bounds = np.minimum(ends, len(y))
    starts = np.concatenate(([0], bounds[:-1]))
    cs = np.concatenate(([0.0], np.cumsum(y)))
    out[:] = cs[bounds] - cs[starts]


def kweight(x: np.ndarray, scale: float, coef: np.ndarray, state: np.ndarray, ends: np.ndarray,
            out: np.ndarray, *, compiled: bool | None = None) -> None:
    """Two biquads (`coef` = b0 b1 b2 a1 a2 of each; `state` = x[n−1] x[n−2] y[n−1] y[n−2] of each,
    8 values, carried over); out[j] = Σ y² over [ends[j−1], ends[j]) of this block."""
    if _use(compiled):
        _compiled.kweight(_native(x), scale, coef, state, ends, out)
    else:
        _np_kweight(x, scale, coef, state, ends, out)


# ---- per-frame levels, and the VAD's input ------------------------------------------------------

def scan(x: np.ndarray, scale: float, flen: int, k: int, fmin: np.ndarray, fmax: np.ndarray, fmean: np.ndarray,
         fpow: np.ndarray, pcm: np.ndarray, energy: np.ndarray, diff_energy: np.ndarray, prev: float, *,
         compiled: bool | None = None) -> tuple[float, float, float]:
    """Min, max, mean and mean square of each whole `flen`-sample frame (float32 outputs). With k > 0
    (`flen` a multiple of k): the 16-bit PCM mean of each run of k samples into `pcm` (flen/k per frame)
    and, per frame, Σ p² and Σ (p[n] − p[n−1])² of it. Returns (Σ x, Σ x², last PCM sample)."""
    if _use(compiled):
        total, total_sq, last = _compiled.scan(_native(x), scale, flen, k, fmin, fmax, fmean, fpow, pcm, energy,
                                               diff_energy, prev)
        return float(total), float(total_sq), float(last)
    nf = len(x) // flen
    f = _as_float(x[: nf * flen], scale).reshape(nf, flen)
    fmin[:nf] = f.min(axis=1)
    fmax[:nf] = f.max(axis=1)
    sums = f.sum(axis=1, dtype=np.float64)
    sq = np.einsum("ij,ij->i", f, f, dtype=np.float64)
    fmean[:nf] = sums / flen
    fpow[:nf] = sq / flen
    last = prev
    if k > 0 and nf:
        m = nf * flen // k
        flat = f.ravel()
        acc = flat[0::k].copy()
        for i in range(1, k):  # strided sums in order: the same float32 rounding as the compiled loop
            acc += flat[i::k]
        acc *= np.float32(1.0 / k)
        pcm[:m] = np.clip(acc * np.float32(32768.0), -32768, 32767).astype(np.int16)
        last = band_energy(pcm[:m], flen // k, prev, energy, diff_energy, compiled=False)
    return float(sums.sum()), float(sq.sum()), last


def band_energy(pcm: np.ndarray, flen: int, prev: float, energy: np.ndarray, diff_energy: np.ndarray, *,
                compiled: bool | None = None) -> float:
    """Per `flen`-sample frame of 16-bit PCM: Σ x² and Σ (x[n] − x[n−1])²; returns the last sample."""
    nf = len(pcm) // flen
    if nf == 0:
        return prev
    if _use(compiled):
        return float(_compiled.band_energy(pcm, flen, prev, energy, diff_energy))
    v = pcm[: nf * flen].astype(np.float64)
    d = np.diff(v, prepend=prev)
    energy[:nf] = np.einsum("ij,ij->i", v.reshape(nf, flen), v.reshape(nf, flen))
    diff_energy[:nf] = np.einsum("ij,ij->i", d.reshape(nf, flen), d.reshape(nf, flen))
    return float(v[-1])


# ---- true peak ------------------------------------------------------------------------------------

def true_peak(x: np.ndarray, scale: float, taps: np.ndarray, lo: int, hi: int, half: int, best: float,
              l1: float, *, compiled: bool | None = None) -> tuple[float, int]:
    """(max(best, |interpolated samples| of the points after n, n in [lo, hi)), points computed);
    taps[j, p] weighs x[n − half + j]. Groups of 32 points whose support peaks below best / l1 are
    skipped (l1: the largest Σ|taps| of a phase), which is exact: none of their points can beat best."""
    if hi <= lo:
        return best, 0
    if _use(compiled):
        peak, done = _compiled.true_peak(_native(x), scale, taps, lo, hi, half, best, l1)
        return float(peak), int(done)
    xs = np.abs(_as_float(x[lo - half: hi + half], scale).astype(np.float64))
    windows = np.lib.stride_tricks.sliding_window_view(_as_float(x[lo - half: hi + half], scale)
                                                       .astype(np.float64), taps.shape[0])
    done = 0
    for g in range(0, hi - lo, 32):  # in order, as the compiled loop: the bound tightens as best rises
        g_end = min(g + 32, hi - lo)
        if float(xs[g: g_end + 2 * half].max()) * l1 <= best:
            continue
        y = windows[g:g_end] @ taps
        best = max(best, float(np.abs(y).max()))
        done += g_end - g
    return best, done

