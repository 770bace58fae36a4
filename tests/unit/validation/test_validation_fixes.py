"""Fixes write new files that, analysed again, pass; the source take is never touched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from scipy import signal

from studio.errors import InvalidInputError
from studio.validation import fixes
from studio.validation.findings import FAIL, evaluate, verdict
from studio.validation.measure import analyze, analyze_detailed
from studio.validation.render import OutputSpec, render
from studio.validation.resample import WINDOW, StreamResampler
from tests.unit.validation.factory import EN, Factory


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _codes(report: object, provider: str) -> dict[str, str]:
    return {f.code: f.severity for f in evaluate(report, provider)}  # type: ignore[arg-type]


def test_convert_float_stereo_96k_for_cosyvoice(factory: Factory, tmp_path: Path) -> None:
    x = factory.good(rate=96000)
    src = factory.write("conv_src.wav", np.stack([x, x * 0.9], 1) + 0.02, 96000, subtype="FLOAT")
    before = _digest(src)
    assert "unsupported_format" in _codes(analyze(src), "cosyvoice")
    res = fixes.convert(src, tmp_path / "out.wav", provider="cosyvoice")
    assert _digest(src) == before
    r = res.report
    assert r is not None
    assert (r.file.format_id, r.file.channels, r.file.sample_rate) == ("wav/pcm16", 1, 48000)
    assert abs(r.levels.dc_offset[0]) < 0.002  # the DC high-pass took the 0.02 offset out
    assert verdict(evaluate(r, "cosyvoice")) != FAIL
    assert r.duration_s == pytest.approx(analyze(src).duration_s, abs=0.01)


def test_convert_to_mp3_and_channel_pick(factory: Factory, tmp_path: Path) -> None:
    x = factory.good(rate=44100)
    src = factory.write("conv_lr.wav", np.stack([np.zeros_like(x), x], 1), 44100)
    assert "silent" in _codes(analyze(src), "cosyvoice")
    res = fixes.convert(src, tmp_path / "right.mp3", provider="cosyvoice", channels=1, container="mp3")
    r = res.report
    assert r is not None and r.file.container == "MP3" and r.file.channels == 1
    assert r.speech.effective_s > 10
    assert verdict(evaluate(r, "cosyvoice")) != FAIL


def test_convert_upsamples_8k_to_the_provider_minimum(factory: Factory, tmp_path: Path) -> None:
    src = factory.write("conv8k.wav", factory.good(rate=8000), 8000)
    r = fixes.convert(src, tmp_path / "up.wav", provider="cosyvoice").report
    assert r is not None and r.file.sample_rate == 16000
    codes = _codes(r, "cosyvoice")
    assert "sample_rate_low" not in codes or codes["sample_rate_low"] == "info"
    assert "low_bandwidth" in codes  # the header is fixed, the sound is not: the finding stays honest


def test_trim_edges(factory: Factory, tmp_path: Path) -> None:
    src = factory.write("trim_src.wav", factory.good(lead_s=3.0, tail_s=2.5), 48000)
    before = _digest(src)
    res = fixes.trim_edges(src, tmp_path / "trim.wav")
    r = res.report
    assert r is not None and _digest(src) == before
    assert r.speech.leading_silence_s == pytest.approx(0.15, abs=0.06)
    assert r.speech.trailing_silence_s == pytest.approx(0.15, abs=0.08)
    assert "edge_silence_long" not in _codes(r, "cosyvoice")
    assert r.speech.effective_s == pytest.approx(analyze(src).speech.effective_s, abs=0.1)


def test_normalize_quiet_take(factory: Factory, tmp_path: Path) -> None:
    src = factory.write("norm_src.wav", factory.good(peak_dbfs=-30.0, noise_dbfs=-95.0), 48000)
    assert "too_quiet" in _codes(analyze(src), "cosyvoice")
    res = fixes.normalize_loudness(src, tmp_path / "norm.wav")
    r = res.report
    assert r is not None
    assert r.levels.true_peak_dbtp <= -3.0 + 0.05
    if not res.params["peak_limited"]:
        assert r.levels.integrated_lufs == pytest.approx(-20.0, abs=0.2)
    assert "too_quiet" not in _codes(r, "cosyvoice")
    assert verdict(evaluate(r, "cosyvoice")) != FAIL


def test_normalize_is_peak_limited(factory: Factory, tmp_path: Path) -> None:
    x = factory.good()
    x[48000:48010] = 0.5  # one spike 10+ dB above the speech peaks: the ceiling wins over the target
    src = factory.write("spiky.wav", x * 0.25, 48000)
    res = fixes.normalize_loudness(src, tmp_path / "spiky_norm.wav")
    assert res.params["peak_limited"]
    assert res.report is not None and res.report.levels.true_peak_dbtp <= -3.0 + 0.05


def test_best_window_on_a_70s_take(factory: Factory, tmp_path: Path) -> None:
    parts = [factory.speech(t) for t in EN * 3]
    x = factory.take(parts, gap_s=[0.7, 0.7, 3.5, 0.7, 0.7, 0.7, 0.7, 0.7])
    x[48000 * 3: 48000 * 3 + 40] = 1.0  # a clipped burst early on: the window must avoid it
    src = factory.write("seventy_src.wav", x, 48000)
    before = _digest(src)
    an = analyze_detailed(src)
    assert an.report.duration_s > 60
    res = fixes.best_window(src, tmp_path / "window.wav", provider="cosyvoice", analysis=an)
    r = res.report
    assert r is not None and _digest(src) == before
    assert 10.0 <= r.duration_s <= 20.0 + 0.02
    assert not res.params["clipped"] and r.clipping.runs == 0
    assert r.speech.longest_pause_s <= 2.0
    assert r.speech.longest_continuous_s > 5.0
    found = evaluate(r, "cosyvoice")
    assert verdict(found) != FAIL, [(f.code, f.severity, f.measured) for f in found]
    assert res.params["start_s"] > 3.0  # after the clipped burst


def test_best_window_needs_enough_speech(factory: Factory, tmp_path: Path) -> None:
    src = factory.write("short_src.wav", factory.take([factory.speech(EN[0])[:22050 * 4]]), 48000)
    with pytest.raises(InvalidInputError) as info:
        fixes.best_window(src, tmp_path / "w.wav", provider="cosyvoice")
    assert info.value.code == "too_short_for_window"


def test_fixes_never_overwrite(good_take: Path, tmp_path: Path) -> None:
    before = _digest(good_take)
    with pytest.raises(InvalidInputError) as info:
        render(good_take, good_take)
    assert info.value.code == "same_file"
    assert _digest(good_take) == before
    copy = tmp_path / "take.wav"
    copy.write_bytes(good_take.read_bytes())
    a = fixes.convert(copy, verify=False).output
    b = fixes.convert(copy, verify=False).output
    assert a != b and a.exists() and b.exists() and a.parent == copy.parent
    assert not list(tmp_path.glob(".*.part"))


def test_cancelled_render_leaves_nothing(good_take: Path, tmp_path: Path) -> None:
    from studio.cancel import CancelToken
    from studio.errors import CancelledError

    token = CancelToken()
    token.cancel()
    out_dir = tmp_path / "out"
    with pytest.raises(CancelledError):
        render(good_take, out_dir / "x.wav", cancel=token)
    assert list(out_dir.iterdir()) == []


def test_stream_resampler_equals_resample_poly() -> None:
    rng = np.random.default_rng(0)
    x = rng.standard_normal((30011, 2))
    for rin, rout in ((44100, 16000), (48000, 24000), (22050, 48000), (8000, 16000)):
        r = StreamResampler(rin, rout, 2)
        parts, i = [], 0
        for n in (1000, 7, 12345, 99999):
            parts.append(r.feed(x[i:i + n]))
            i += n
        parts.append(r.finish())
        ref = signal.resample_poly(x, r.up, r.down, axis=0, window=WINDOW)
        np.testing.assert_allclose(np.concatenate(parts), ref, atol=1e-9)


def test_render_cut_and_gain(tmp_path: Path) -> None:
    rate = 16000
    x = 0.1 * np.sin(2 * np.pi * 300 * np.arange(rate * 4) / rate)
    src = tmp_path / "tone.wav"
    sf.write(src, x, rate)
    out = render(src, tmp_path / "cut.wav", start_s=1.0, end_s=2.5, gain_db=6.0, spec=OutputSpec(rate=8000))
    y, r = sf.read(out)
    assert r == 8000 and len(y) == pytest.approx(1.5 * 8000, abs=2)
    assert np.abs(y[400:-400]).max() == pytest.approx(0.1 * 10 ** (6 / 20), rel=0.02)
    assert abs(y[0]) < 1e-3  # faded in
