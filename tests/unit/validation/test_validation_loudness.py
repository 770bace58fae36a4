"""Loudness and peak accuracy against reference tools on generated speech.

pyloudnorm and FFmpeg's ebur128 filter are the references. FFmpeg resamples to 48 kHz and uses the
BS.1770 coefficients, as we do at every rate: we agree within 0.01 LU. pyloudnorm designs its
K-weighting shelf from its own analogue parameters, which drift from BS.1770 as the rate falls (0.04 LU
at 48 kHz, 0.12 at 16 kHz), so it is held to ±0.1 LU at the rates where that design is faithful.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
import soundfile as sf

from studio.validation.loudness import LoudnessMeter, k_weighting
from studio.validation.measure import analyze
from tests.unit.validation.factory import EN, ZH, Factory, resample

needs_ffmpeg = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg not installed")
needs_sox = pytest.mark.skipif(shutil.which("sox") is None, reason="sox not installed")


def _speech(factory: Factory, rate: int, stereo: bool) -> np.ndarray:
    x = factory.take([factory.speech(EN[2]), factory.speech(ZH[0], "cmn")], rate=rate, peak_dbfs=-4, gap_s=0.8)
    if stereo:  # a different right channel so the channel sum is exercised
        return np.stack([x, 0.5 * np.roll(x, rate // 7)], axis=1)
    return x


def _ffmpeg(path: Path, *extra: str) -> str:
    out = subprocess.run(["ffmpeg", "-nostats", "-hide_banner", "-i", str(path), "-af", ",".join(extra),
                          "-f", "null", "-"], capture_output=True, text=True, check=True)
    return out.stdout + out.stderr


def test_k_weighting_matches_bs1770_table_at_48k() -> None:
    b, a = k_weighting(48000)
    # BS.1770-4 Table 1 and 2 coefficients, cascaded
    pb, pa = [1.53512485958697, -2.69169618940638, 1.19839281085285], [1.0, -1.69065929318241, 0.73248077421585]
    rb, ra = [1.0, -2.0, 1.0], [1.0, -1.99004745483398, 0.99007225036621]
    np.testing.assert_allclose(b, np.convolve(pb, rb), atol=1e-9)
    np.testing.assert_allclose(a, np.convolve(pa, ra), atol=1e-9)


@pytest.mark.parametrize(("rate", "stereo"), [(48000, False), (48000, True), (44100, True), (96000, False)])
def test_integrated_loudness_vs_pyloudnorm(factory: Factory, tmp_path: Path, rate: int, stereo: bool) -> None:
    x = _speech(factory, rate, stereo)
    p = tmp_path / "speech.wav"
    sf.write(p, x, rate, subtype="FLOAT")
    ours = analyze(p).levels.integrated_lufs
    ref = pyloudnorm.Meter(rate).integrated_loudness(x)
    assert ours == pytest.approx(ref, abs=0.1)


@needs_ffmpeg
@pytest.mark.parametrize(("rate", "stereo", "subtype"), [(48000, False, "FLOAT"), (48000, False, "PCM_16"),
                                                         (44100, True, "FLOAT"), (22050, False, "FLOAT"),
                                                         (16000, True, "PCM_16")])
def test_integrated_loudness_vs_ffmpeg_ebur128(factory: Factory, tmp_path: Path, rate: int, stereo: bool,
                                               subtype: str) -> None:
    x = _speech(factory, rate, stereo)
    p = tmp_path / "speech.wav"
    sf.write(p, x, rate, subtype=subtype)
    ours = analyze(p).levels.integrated_lufs
    text = _ffmpeg(p, "ebur128=metadata=1", "ametadata=print:key=lavfi.r128.I:file=-")
    ref = float(re.findall(r"lavfi\.r128\.I=(-?[\d.]+)", text)[-1])  # 3 decimals, unlike the summary
    assert ours == pytest.approx(ref, abs=0.05)


@needs_ffmpeg
@pytest.mark.parametrize("subtype", ["FLOAT", "PCM_16"])  # the 16-bit path reads int16 samples
def test_true_peak_vs_ffmpeg(factory: Factory, tmp_path: Path, subtype: str) -> None:
    x = _speech(factory, 48000, False)
    x *= 10 ** (-0.5 / 20) / np.abs(x).max()
    p = tmp_path / "tp.wav"
    sf.write(p, x, 48000, subtype=subtype)
    r = analyze(p)
    text = _ffmpeg(p, "ebur128=peak=true")
    ref = float(re.search(r"True peak:\s+Peak:\s+(-?[\d.]+)", text, re.S).group(1))  # type: ignore[union-attr]
    assert r.levels.true_peak_dbtp >= r.levels.sample_peak_dbfs
    assert r.levels.true_peak_dbtp == pytest.approx(ref, abs=0.1)


@needs_sox
def test_peak_and_rms_vs_sox_stats(factory: Factory) -> None:
    p = factory.write("sox.wav", _speech(factory, 48000, False), 48000)
    out = subprocess.run(["sox", str(p), "-n", "stats"], capture_output=True, text=True, check=True).stderr
    pk = float(re.search(r"Pk lev dB\s+(-?[\d.]+)", out).group(1))  # type: ignore[union-attr]
    rms = float(re.search(r"RMS lev dB\s+(-?[\d.]+)", out).group(1))  # type: ignore[union-attr]
    r = analyze(p)
    assert r.levels.sample_peak_dbfs == pytest.approx(pk, abs=0.01)
    assert r.levels.rms_dbfs == pytest.approx(rms, abs=0.01)


def test_gates_ignore_silence_and_quiet_noise() -> None:
    rate = 48000
    t = np.arange(rate * 10) / rate
    tone = 0.1 * np.sin(2 * np.pi * 1000 * t)
    m1, m2 = LoudnessMeter(rate, 1), LoudnessMeter(rate, 1)
    m1.feed(tone[:, None])
    m2.feed(np.concatenate([tone, np.zeros(rate * 30), 1e-5 * np.ones(rate * 5)])[:, None])
    # 30 s of silence would pull an ungated mean down by 6 LU; the gates leave only the tone's edge blocks
    assert m2.integrated() == pytest.approx(m1.integrated(), abs=0.1)
    silent = LoudnessMeter(rate, 1)
    silent.feed(np.zeros((rate, 1)))
    assert silent.integrated() == -120.0


def test_resampled_rates_agree(factory: Factory, tmp_path: Path) -> None:
    x = _speech(factory, 48000, False)
    ref = None
    for rate in (48000, 44100, 32000):
        p = tmp_path / f"r{rate}.wav"
        sf.write(p, resample(x, 48000, rate), rate, subtype="FLOAT")
        v = analyze(p).levels.integrated_lufs
        ref = v if ref is None else ref
        assert v == pytest.approx(ref, abs=0.05)


@pytest.mark.parametrize("compiled", [False, True])
@pytest.mark.parametrize("use_frame_peaks", [False, True])
def test_pruned_true_peak_equals_full_oversampling(use_frame_peaks: bool, compiled: bool,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Skipping provably quiet stretches never changes the answer (vs oversampling every sample)."""
    from scipy import signal

    from studio.validation import kernels
    from studio.validation.loudness import TruePeakMeter

    if compiled and not kernels.COMPILED:
        pytest.skip("the compiled kernels were not built")
    monkeypatch.setattr(kernels, "COMPILED", compiled)
    rng = np.random.default_rng(11)
    for _ in range(4):
        x = (rng.standard_normal(60000) * 0.05).astype(np.float32)
        x[rng.integers(0, 60000, 5)] = 0.7
        i = int(rng.integers(100, 59000))
        x[i:i + 9] = 0.6 * np.sign(np.sin(np.arange(9) * 2.7))  # a square burst: real inter-sample overs
        tp, fl = TruePeakMeter(1), 480
        for s in range(0, len(x), 4801):  # blocks that are not whole frames, to cross frame edges too
            b = x[s:s + 4801]
            if use_frame_peaks:
                peaks = np.array([np.abs(b[j:j + fl]).max() for j in range(0, len(b), fl)])
                tp.feed(b[:, None], 1.0, [peaks], fl)
            else:
                tp.feed(b[:, None])
        full = np.abs(signal.upfirdn(tp.h, np.concatenate([x, np.zeros(64)]).astype(np.float64), 4)).max()
        assert tp.finish() == pytest.approx(full, abs=1e-6)
        assert tp.oversampled < len(x) / 4


def test_true_peak_filter_is_scipys_firwin() -> None:
    """The numpy design of the interpolation filter is the one scipy's firwin gives."""
    from scipy import signal

    from studio.validation.loudness import _firwin_kaiser

    np.testing.assert_allclose(_firwin_kaiser(49, 0.25, 8.0), signal.firwin(49, 0.25, window=("kaiser", 8.0)),
                               atol=1e-12)


@pytest.mark.parametrize("n", [1, 2, 7, 100, 1001])
def test_percentile_and_median_are_numpys(n: int) -> None:
    from studio.validation.stats import median, percentile

    v = np.random.default_rng(n).standard_normal(n) * 30 - 50
    for q in (0, 5, 10, 25, 50, 90, 95, 99.5, 100):
        assert percentile(v, q) == float(np.percentile(v, q))
    assert median(v) == float(np.median(v))
