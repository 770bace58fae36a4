"""Percentiles and medians as numpy computes them (its default, linear method), without
`np.percentile` / `np.median`: those import `numpy.ma` on first use, a tenth of a short `check`'s
start-up."""

from __future__ import annotations

import math

import numpy as np


def percentile(a: np.ndarray, q: float) -> float:
    """The q-th percentile (0–100) of the values of `a`, equal to `float(np.percentile(a, q))`."""
    v = np.asarray(a, dtype=np.float64).ravel()
    if len(v) == 0:
        raise ValueError("percentile of no values")
    index = q / 100.0 * (len(v) - 1)
    lo = math.floor(index)
    hi = min(lo + 1, len(v) - 1)
    part = np.partition(v, [lo, hi]) if hi != lo else np.partition(v, lo)
    x0, x1 = float(part[lo]), float(part[hi])
    t = index - lo
    # numpy's lerp: from the nearer end, so that t = 1 gives x1 exactly
    return x1 - (x1 - x0) * (1.0 - t) if t >= 0.5 else x0 + (x1 - x0) * t


def median(a: np.ndarray) -> float:
    """The median of the values of `a` as float64, equal to `float(np.median(a))` for float64 values (which
    also imports `numpy.ma`)."""
    v = np.asarray(a, dtype=np.float64).ravel()
    n = len(v)
    if n == 0:
        raise ValueError("median of no values")
    if n % 2:
        return float(np.partition(v, n // 2)[n // 2])
    part = np.partition(v, [n // 2 - 1, n // 2])
    return float((part[n // 2 - 1] + part[n // 2]) / 2.0)
