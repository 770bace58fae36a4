"""The compiled inner loops against their numpy twins, and the whole analysis run either way."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy import signal

from studio.validation import kernels
from studio.validation.loudness import k_weighting, k_weighting_stages
from studio.validation.measure import analyze

needs_compiled = pytest.mark.skipif(not kernels.COMPILED, reason="the compiled kernels were not built")


def _signal(n: int, dtype: type, seed: int = 3) -> tuple[np.ndarray, float]:
    rng = np.random.default_rng(seed)
    x = np.sin(np.arange(n) * 0.031) * 0.4 + rng.standard_normal(n) * 0.1
    x[n // 3: n // 3 + 50] = 1.2  # clipped: full scale either way
    if dtype is np.int16:
        return np.clip(np.round(x * 32768), -32768, 32767).astype(np.int16), 1.0 / 32768
    return x.astype(dtype), 1.0


@pytest.mark.parametrize("dtype", [np.int16, np.float32, np.float64])
def test_kweight_is_the_bs1770_filter(dtype: type) -> None:
    """Two direct-form biquads, block by block with state carried, equal one order-4 lfilter pass."""
    x, scale = _signal(48000 * 3 + 17, dtype)
    coef = k_weighting_stages(48000)
    b, a = k_weighting(48000)
    ref = signal.lfilter(b, a, x.astype(np.float64) * scale) ** 2
    for compiled in ([False, True] if kernels.COMPILED else [False]):
        state = np.zeros(8)
        got: list[float] = []
        for s in range(0, len(x), 7001):
            blk = x[s:s + 7001]
            ends = np.array([1000, 4000, len(blk)], dtype=np.int64)
            out = np.empty(3)
            kernels.kweight(blk, scale, coef, state, ends, out, compiled=compiled)
            got += [out[0], out[1], out[2]]
            want = [ref[s:s + 1000].sum(), ref[s + 1000:s + 4000].sum(), ref[s + 4000:s + len(blk)].sum()]
            np.testing.assert_allclose(got[-3:], want, rtol=1e-7, atol=1e-12)


@needs_compiled
def test_kweight_state_never_goes_subnormal_in_digital_silence() -> None:
    """Speech then minutes of exact zeros (a take with silent gaps): a biquad's state decaying into
    subnormal numbers would slow the filter a hundredfold; it settles at a tiny normal value instead,
    with nothing measurable added to the loudness."""
    x, scale = _signal(48000, np.int16)
    x = np.concatenate([x, np.zeros(48000 * 60, np.int16)])
    coef, state, out = k_weighting_stages(48000), np.zeros(8), np.empty(2)
    kernels.kweight(x, scale, coef, state, np.array([48000, len(x)], dtype=np.int64), out, compiled=True)
    tiny = np.finfo(np.float64).tiny
    assert np.all((state == 0) | (np.abs(state) >= tiny)), state  # no subnormal left in the state
    b, a = k_weighting(48000)
    ref = signal.lfilter(b, a, x.astype(np.float64) * scale) ** 2
    np.testing.assert_allclose(out, [ref[:48000].sum(), ref[48000:].sum()], rtol=1e-7, atol=1e-20)


@needs_compiled
@pytest.mark.parametrize("dtype", [np.int16, np.float32])
@pytest.mark.parametrize(("flen", "k"), [(480, 3), (480, 0), (160, 1), (960, 6), (441, 0)])
def test_scan_compiled_equals_numpy(dtype: type, flen: int, k: int) -> None:
    x, scale = _signal(flen * 37 + 5, dtype)
    nf = len(x) // flen
    outs = {}
    for compiled in (False, True):
        bufs = [np.empty(nf, np.float32) for _ in range(4)]
        pcm = np.empty(nf * flen // k if k else 0, np.int16)
        e, de = np.empty(nf if k else 0), np.empty(nf if k else 0)
        tot = kernels.scan(x, scale, flen, k, *bufs, pcm, e, de, 17.0, compiled=compiled)
        outs[compiled] = (bufs, pcm, e, de, tot)
    (b0, p0, e0, d0, t0), (b1, p1, e1, d1, t1) = outs[False], outs[True]
    np.testing.assert_array_equal(b0[0], b1[0])  # min
    np.testing.assert_array_equal(b0[1], b1[1])  # max
    np.testing.assert_allclose(b0[2], b1[2], rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(b0[3], b1[3], rtol=1e-6)
    np.testing.assert_array_equal(p0, p1)  # the VAD sees the very same samples
    np.testing.assert_allclose(e0, e1, rtol=1e-12)
    np.testing.assert_allclose(d0, d1, rtol=1e-12)
    np.testing.assert_allclose(t0, t1, rtol=1e-9)


@needs_compiled
def test_band_energy_and_true_peak_compiled_equal_numpy() -> None:
    pcm, _ = _signal(16000, np.int16)
    r = []
    for compiled in (False, True):
        e, de = np.empty(100), np.empty(100)
        last = kernels.band_energy(pcm, 160, -5.0, e, de, compiled=compiled)
        r.append((e, de, last))
    np.testing.assert_allclose(r[0][0], r[1][0])
    np.testing.assert_allclose(r[0][1], r[1][1])
    assert r[0][2] == r[1][2]
    taps = np.random.default_rng(1).standard_normal((25, 3)) * 0.2
    l1 = float(np.abs(taps).sum(axis=0).max())
    x, scale = _signal(5000, np.int16)
    for best in (0.0, 0.5, 2.0):
        a = kernels.true_peak(x, scale, taps, 12, len(x) - 12, 12, best, l1, compiled=False)
        b = kernels.true_peak(x, scale, taps, 12, len(x) - 12, 12, best, l1, compiled=True)
        assert a[0] == pytest.approx(b[0], rel=1e-9) and a[1] == b[1]


@needs_compiled
def test_analysis_is_the_same_with_or_without_the_compiled_kernels(good_take: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    fast = analyze(good_take).to_dict()
    monkeypatch.setattr(kernels, "COMPILED", False)
    slow = analyze(good_take).to_dict()
    assert fast["analysis"]["compiled_kernels"] and not slow["analysis"]["compiled_kernels"]
    for section in ("levels", "noise", "speech", "clipping", "envelope", "bandwidth"):
        assert _flat(fast[section]) == pytest.approx(_flat(slow[section]), abs=1e-3), section


def _flat(value: object) -> list[float]:
    if isinstance(value, dict):
        return [v for key in sorted(value) for v in _flat(value[key])]
    if isinstance(value, list | tuple):
        return [v for item in value for v in _flat(item)]
    if isinstance(value, bool | int | float):
        return [float(value)]
    return []
