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


def _select(name: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    if name == "numpy":
        return False
    if name == "_kernel_avx2" and not kernels._has_avx2():
        pytest.skip("this CPU has no AVX2")
    module = pytest.importorskip(f"studio.validation.{name}")
    monkeypatch.setattr(kernels, "_compiled", module)
    return True


@pytest.fixture(params=["numpy", "_kernel", "_kernel_avx2"])
def build(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Each way the loops can run here: numpy, the portable build, the AVX2 build (where the CPU has it)."""
    return _select(request.param, monkeypatch)


@pytest.fixture(params=["_kernel", "_kernel_avx2"])
def compiled_build(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Each compiled build this machine can run (the numpy twins are what they are held to)."""
    return _select(request.param, monkeypatch)


def _kweighted(x: np.ndarray, scale: float, rate: int, block: int, ends_every: int, compiled: bool) -> np.ndarray:
    """Σ y² per `ends_every` samples, block by block as the loudness meter feeds it."""
    coef = k_weighting_stages(rate)
    warm = kernels.settling(coef)
    tail = np.zeros(warm, x.dtype)
    got: list[np.ndarray] = []
    for s in range(0, len(x), block):
        blk = x[s:s + block]
        ends = np.append(np.arange(ends_every, len(blk), ends_every), len(blk)).astype(np.int64)
        out = np.empty(len(ends))
        # in two parts, as the analysis splits a block between two threads: the second part's warm-up is
        # the end of the first
        cut = len(ends) // 2
        start = int(ends[cut - 1]) if cut else 0
        kernels.kweight(tail, blk, scale, coef, 0, start, ends[:cut], out[:cut], compiled=compiled)
        kernels.kweight(tail, blk, scale, coef, start, len(blk) - start, ends[cut:] - start, out[cut:],
                        compiled=compiled)
        tail = np.concatenate((tail, blk))[-warm:]
        got.append(out)
    return np.concatenate(got)


@pytest.mark.parametrize("dtype", [np.int16, np.float32, np.float64])
def test_kweight_is_the_bs1770_filter(dtype: type, build: bool) -> None:
    """Block by block, each filtered from rest after the previous block's end, equals one order-4
    lfilter pass over the whole signal (scipy, from rest at the first sample)."""
    x, scale = _signal(48000 * 3 + 17, dtype)
    b, a = k_weighting(48000)
    ref = signal.lfilter(b, a, x.astype(np.float64) * scale) ** 2
    got = _kweighted(x, scale, 48000, 7001, 1000, build)
    want = np.concatenate([[ref[s + i: s + min(i + 1000, 7001)].sum() for i in range(0, len(ref[s:s + 7001]), 1000)]
                           for s in range(0, len(x), 7001)])
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("rate", [8000, 11025, 44100, 96000])
def test_kweight_at_other_rates_and_ragged_blocks(rate: int, build: bool) -> None:
    """Rates whose 100 ms is not a whole number of samples, and blocks shorter than the warm-up."""
    x, scale = _signal(rate * 2 + 5, np.int16, seed=rate)
    b, a = k_weighting(rate)
    ref = signal.lfilter(b, a, x.astype(np.float64) * scale) ** 2
    for block in (rate // 10 + 3, 997):
        got = _kweighted(x, scale, rate, block, 333, build)
        want = np.concatenate([[ref[s + i: s + min(i + 333, block)].sum() for i in range(0, len(x[s:s + block]), 333)]
                               for s in range(0, len(x), block)])
        np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-12)


def test_kweight_through_digital_silence(build: bool) -> None:
    """Speech then a minute of exact zeros (a take with silent gaps; the filter's guard keeps its state
    out of subnormal numbers, which would make it a hundred times slower): nothing measurable added."""
    x, scale = _signal(48000, np.int16)
    x = np.concatenate([x, np.zeros(48000 * 60, np.int16)])
    b, a = k_weighting(48000)
    ref = signal.lfilter(b, a, x.astype(np.float64) * scale) ** 2
    got = _kweighted(x, scale, 48000, 480000, 48000, build)
    want = ref.reshape(-1, 48000).sum(axis=1)
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-20)


def test_vad_decisions_are_webrtcvads_own(build: bool) -> None:
    """The block loop over webrtcvad's C function gives the decisions its Python `process()` gives."""
    import _webrtcvad

    pcm, _ = _signal(16000 * 3 + 100, np.int16)
    pcm[16000:24000] = 0
    got = []
    for compiled in (False, build):
        handle = _webrtcvad.create()
        _webrtcvad.init(handle)
        _webrtcvad.set_mode(handle, 2)
        got.append(kernels.vad_frames(handle, pcm[:20000], 480, 16000, compiled=compiled)
                   + kernels.vad_frames(handle, pcm[20000:], 480, 16000, compiled=compiled))
    assert got[0] == got[1] and len(got[0]) == 20000 // 480 + (len(pcm) - 20000) // 480
    assert 0 < sum(got[0]) < len(got[0])  # both speech and silence were seen


@needs_compiled
@pytest.mark.parametrize("dtype", [np.int16, np.float32])
@pytest.mark.parametrize(("flen", "k"), [(480, 3), (480, 0), (160, 1), (960, 6), (441, 0)])
def test_scan_compiled_equals_numpy(dtype: type, flen: int, k: int, compiled_build: bool) -> None:
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
def test_band_energy_and_true_peak_compiled_equal_numpy(compiled_build: bool) -> None:
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
    whole = (np.array([12]), np.array([len(x) - 12]), np.array([np.inf]))
    for best in (0.0, 0.5, 2.0):
        a = kernels.true_peak(x, scale, taps, *whole, 12, best, l1, compiled=False)
        b = kernels.true_peak(x, scale, taps, *whole, 12, best, l1, compiled=True)
        assert a[0] == pytest.approx(b[0], rel=1e-9) and a[1] == b[1]
    # ranges loudest first: the search ends at the first whose bound cannot beat the best so far
    los, his = np.array([2000, 12, 4000]), np.array([2100, 500, 4900])
    bounds = np.array([np.abs(x[lo - 12: hi + 12]).max() * scale for lo, hi in zip(los, his, strict=True)])
    order = np.argsort(-bounds, kind="stable")
    a = kernels.true_peak(x, scale, taps, los[order], his[order], bounds[order], 12, 0.0, l1, compiled=False)
    b = kernels.true_peak(x, scale, taps, los[order], his[order], bounds[order], 12, 0.0, l1, compiled=True)
    assert a[0] == pytest.approx(b[0], rel=1e-9) and a[1] == b[1]
    ceiling = float(bounds.max()) * l1  # what no interpolated point can exceed
    assert kernels.true_peak(x, scale, taps, los[order], his[order], bounds[order], 12, ceiling, l1) \
        == (ceiling, 0)  # so with that as the best so far, not one point is computed


@needs_compiled
def test_analysis_is_the_same_with_or_without_the_compiled_kernels(good_take: Path, compiled_build: bool,
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
