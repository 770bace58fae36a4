"""The inner loops of the analysis pass, compiled when the extension was built and in numpy otherwise.

`_kernel.pyx` (Cython, built by `pip install`; optional) runs each loop once over a block in C with the
GIL released, so the VAD and part of the K-weighting of one block run on a second core while the main
thread does the rest. It is built twice: `_kernel_avx2`, taken where numpy reports AVX2, and `_kernel`
for any other CPU. The numpy functions here compute the same values (the tests hold each build to them);
they are what runs when no compiler was at hand (a 20-minute take in about 2 s instead of 0.2 s), and
the K-weighting fallback needs scipy's `lfilter`, imported only then.

Samples arrive as one channel of a decoded block: int16 PCM with `scale` = 1/32768, or float32 with
`scale` = 1.0.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np


def _has_avx2() -> bool:
    try:
        from numpy._core._multiarray_umath import __cpu_features__  # numpy's own run-time CPU check
    except ImportError:
        return False
    return bool(__cpu_features__.get("AVX2"))


def _load() -> Any:
    import importlib

    for name in (["_kernel_avx2"] if _has_avx2() else []) + ["_kernel"]:
        try:
            return importlib.import_module(f"studio.validation.{name}")
        except ImportError:  # not built here (no compiler when installed, or another platform)
            continue
    return None  # numpy it is


_compiled: Any = _load()
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

def _np_kweight(tail: np.ndarray, x: np.ndarray, scale: float, coef: np.ndarray, start: int, n: int,
                ends: np.ndarray, out: np.ndarray) -> None:
    from scipy.signal import lfilter  # the compiled kernel spares the check path scipy's import

    w = len(tail)
    y = np.concatenate((tail, x))[start: w + start + n].astype(np.float64) * scale
    for stage in (0, 1):
        y = lfilter(coef[5 * stage: 5 * stage + 3], np.r_[1.0, coef[5 * stage + 3: 5 * stage + 5]], y)
    y = y[w:]
    np.square(y, out=y)
    bounds = np.minimum(ends, n)
    starts = np.concatenate(([0], bounds[:-1]))
    cs = np.concatenate(([0.0], np.cumsum(y)))
    out[: len(ends)] = cs[bounds] - cs[starts]


def kweight(tail: np.ndarray, x: np.ndarray, scale: float, coef: np.ndarray, start: int, n: int, ends: np.ndarray,
            out: np.ndarray, *, compiled: bool | None = None) -> None:
    """Two biquads (`coef` = b0 b1 b2 a1 a2 of each) run from rest over the len(tail) samples before
    block position `start` (`tail` holds the end of the previous block for positions before 0) and on;
    out[j] = Σ y² over positions [start + ends[j−1], start + ends[j]). The filter's start is forgotten
    within len(tail) = `settling` samples, so consecutive blocks (or parts of one), each with what came
    before as its warm-up, measure as one pass over the whole take."""
    if _use(compiled):
        _compiled.kweight(_native(tail), _native(x), scale, coef, start, n, ends, out)
    else:
        _np_kweight(tail, x, scale, coef, start, n, ends, out)


def settling(coef: np.ndarray, tolerance: float = 1e-15) -> int:
    """Samples after which the filter's memory of any earlier input is below `tolerance` of it: the
    impulse response of the slowest stage (a double pole at radius r decays as n·rⁿ) times the input."""
    r = max(math.sqrt(abs(coef[4])), math.sqrt(abs(coef[9])))
    n = 64
    while n * r ** n > tolerance:
        n += 64
    return n


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


# ---- WebRTC VAD over a block --------------------------------------------------------------------

def _vad_entry() -> int:
    """The address of `WebRtcVad_Process` in webrtcvad's extension (0 if it cannot be found)."""
    global _VAD_PROCESS
    if _VAD_PROCESS is None:
        try:
            import ctypes

            import _webrtcvad

            lib = ctypes.CDLL(_webrtcvad.__file__, mode=getattr(ctypes, "RTLD_NOLOAD", 0) | ctypes.RTLD_LOCAL)
            _VAD_PROCESS = ctypes.cast(lib.WebRtcVad_Process, ctypes.c_void_p).value or 0
        except (OSError, AttributeError, ImportError):  # an extension without the symbol: call it per frame
            _VAD_PROCESS = 0
    return _VAD_PROCESS


_VAD_PROCESS: int | None = None


def vad_frames(handle: Any, pcm: np.ndarray, frame: int, rate: int, *, compiled: bool | None = None) -> bytes:
    """One WebRTC VAD decision (0/1) per whole `frame`-sample frame of 16-bit `pcm` at `rate`, in order,
    from the VAD instance `handle` (its state carries on from frame to frame, as in webrtcvad)."""
    import _webrtcvad

    n = len(pcm) // frame
    if n == 0:
        return b""
    if _use(compiled) and _vad_entry():
        out = np.empty(n, np.uint8)
        if _compiled.vad_frames(_vad_entry(), handle, np.ascontiguousarray(pcm[: n * frame]), frame, rate, out) < 0:
            raise ValueError("the VAD refused a frame")
        return out.tobytes()
    raw = memoryview(pcm[: n * frame].tobytes())
    step, process = frame * 2, _webrtcvad.process
    return bytes([process(handle, rate, raw[i:i + step], frame) for i in range(0, len(raw), step)])


# ---- true peak ------------------------------------------------------------------------------------

def true_peak(x: np.ndarray, scale: float, taps: np.ndarray, los: np.ndarray, his: np.ndarray, bounds: np.ndarray,
              half: int, best: float, l1: float, *, compiled: bool | None = None) -> tuple[float, int]:
    """(max(best, |interpolated samples| of the points after n, n in each range [los[r], his[r])), points
    computed); taps[j, p] weighs x[n − half + j]. Ranges come loudest first (bounds[r]: the largest
    |sample| in the support of range r), and the first that cannot beat the best ends the search; groups
    of 32 points whose support peaks below best / l1 are skipped (l1: the largest Σ|taps| of a phase).
    Both prunings are exact: none of the points left out can beat best."""
    if _use(compiled):
        peak, done = _compiled.true_peak(_native(x), scale, taps, los.astype(np.int64), his.astype(np.int64),
                                         bounds.astype(np.float64), half, best, l1)
        return float(peak), int(done)
    done = 0
    for lo, hi, bound in zip(los.tolist(), his.tolist(), bounds.tolist(), strict=True):
        if bound * l1 <= best:
            break
        if hi <= lo:
            continue
        xs = np.abs(_as_float(x[lo - half: hi + half], scale).astype(np.float64))
        windows = np.lib.stride_tricks.sliding_window_view(_as_float(x[lo - half: hi + half], scale)
                                                           .astype(np.float64), taps.shape[0])
        for g in range(0, hi - lo, 32):  # in order, as the compiled loop: the bound tightens as best rises
            g_end = min(g + 32, hi - lo)
            if float(xs[g: g_end + 2 * half].max()) * l1 <= best:
                continue
            y = windows[g:g_end] @ taps
            best = max(best, float(np.abs(y).max()))
            done += g_end - g
    return best, done
