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
    assert r.levels.true_peak_dbtp <= analyze(src).levels.true_peak_dbtp + 0.01


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
    x, rate = sf.read(good_take, dtype="float32")
    sf.write(copy, x, rate, subtype="FLOAT")  # a float WAV: converting it changes something
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


# ---- a fix that changes nothing says so and writes nothing -------------------------------------------

def test_convert_of_a_take_that_needs_nothing_writes_nothing(good_take: Path, tmp_path: Path) -> None:
    out = tmp_path / "converted.wav"
    res = fixes.convert(good_take, out, provider="cosyvoice")
    assert not res.changed and res.output == good_take and not out.exists()
    assert res.reason is not None and "nothing to convert" in res.reason.en and "无需转换" in res.reason.zh
    assert res.report is not None and res.report.file.format_id == "wav/pcm16"
    assert [p.name for p in tmp_path.iterdir()] == ["studio-home"]  # the test's data home, nothing else


def test_convert_removes_dc_without_raising_the_true_peak(factory: Factory, tmp_path: Path) -> None:
    """The old 20 Hz high-pass reshaped the waveform and raised the true peak by ~0.4 dB; the offset is
    now subtracted as the constant it is, and the output never peaks above the source."""
    x = factory.good(peak_dbfs=-1.5) + 0.012  # −38 dBFS of DC on a hot take
    src = factory.write("dc_hot.wav", x, 48000)
    before = analyze(src)
    res = fixes.convert(src, tmp_path / "dc_free.wav", provider="cosyvoice")
    r = res.report
    assert res.changed and res.params["dc_removed"] and r is not None
    assert abs(r.levels.dc_offset[0]) < 1e-4
    assert r.levels.true_peak_dbtp <= before.levels.true_peak_dbtp + 0.01
    assert r.levels.integrated_lufs == pytest.approx(before.levels.integrated_lufs, abs=0.3)


def test_convert_resampling_never_raises_the_true_peak(factory: Factory, tmp_path: Path) -> None:
    x = factory.good(rate=96000, peak_dbfs=-0.5)
    src = factory.write("hot96.wav", x, 96000, subtype="FLOAT")
    res = fixes.convert(src, tmp_path / "hot48.wav", provider="cosyvoice")
    assert res.report is not None and res.report.file.sample_rate == 48000
    assert res.report.levels.true_peak_dbtp <= analyze(src).levels.true_peak_dbtp + 0.01


def test_best_window_of_a_take_already_inside_the_window_writes_nothing(good_take: Path, tmp_path: Path) -> None:
    out = tmp_path / "window.wav"
    res = fixes.best_window(good_take, out, provider="cosyvoice")
    assert 10.0 <= analyze(good_take).duration_s <= 20.0
    assert not res.changed and not out.exists() and res.output == good_take
    assert res.reason is not None and "nothing to cut" in res.reason.en and res.reason.zh


def test_trim_and_normalize_that_change_nothing(factory: Factory, tmp_path: Path) -> None:
    tight = factory.write("tight.wav", factory.good(lead_s=0.1, tail_s=0.1), 48000)
    res = fixes.trim_edges(tight, tmp_path / "t.wav")
    assert not res.changed and not (tmp_path / "t.wav").exists() and res.reason is not None
    normalized = fixes.normalize_loudness(factory.write("quiet_n.wav", factory.good(peak_dbfs=-30.0), 48000),
                                          tmp_path / "n.wav")
    assert normalized.changed and normalized.report is not None
    again = fixes.normalize_loudness(normalized.output, tmp_path / "n2.wav")
    assert not again.changed and not (tmp_path / "n2.wav").exists() and again.reason is not None


def test_the_flow_records_nothing_when_nothing_changed(good_take: Path, tmp_path: Path) -> None:
    from studio import paths
    from studio.flows import fixes as flow
    from studio.library.models import Sample
    from studio.library.store import Store
    from studio.validation.findings import FixKind

    store = Store(tmp_path / "lib.sqlite3")
    for kind in (FixKind.CONVERT, FixKind.BEST_WINDOW):
        fixed = flow.apply(store, kind, good_take, label="Desk reading", rule_key="cosyvoice")
        assert not fixed.changed and fixed.sample.id is None and fixed.path == good_take
        assert fixed.reason is not None and fixed.reason("zh_CN") and fixed.reason("en")
    assert store.all(Sample) == []
    assert not paths.samples_dir().exists() or not list(paths.samples_dir().iterdir())
    x, rate = sf.read(good_take, dtype="float32")
    stereo = tmp_path / "stereo.wav"
    sf.write(stereo, np.stack([x, x], 1), rate)
    fixed = flow.apply(store, FixKind.CONVERT, stereo, label="Desk reading", rule_key="cosyvoice")
    assert fixed.changed and fixed.sample.id is not None and fixed.path.exists()
    assert [s.id for s in store.all(Sample)] == [fixed.sample.id]
