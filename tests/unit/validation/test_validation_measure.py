"""Measurements on signals with known answers: levels, clipping, DC, stereo, bandwidth, VAD, report shape."""

from __future__ import annotations

import json
import math
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.cancel import CancelToken
from studio.errors import CancelledError, InvalidInputError
from studio.validation.decode import open_audio
from studio.validation.measure import analyze, analyze_detailed
from studio.validation.report import SCHEMA, Report
from studio.validation.vad import To16k
from tests.unit.validation.factory import EN, Factory


def _sine(rate: int, seconds: float, freq: float, amp: float) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return amp * np.sin(2 * np.pi * freq * t)


def test_sine_levels_match_theory(tmp_path: Path) -> None:
    p = tmp_path / "sine.wav"
    sf.write(p, _sine(48000, 5.0, 997.0, 0.5), 48000, subtype="FLOAT")
    r = analyze(p)
    assert r.levels.sample_peak_dbfs == pytest.approx(20 * math.log10(0.5), abs=0.01)
    assert r.levels.rms_dbfs == pytest.approx(20 * math.log10(0.5) - 3.0103, abs=0.01)
    # BS.1770 calibration: a 0 dBFS 997 Hz sine in one channel reads −3.01 LKFS
    assert r.levels.integrated_lufs == pytest.approx(20 * math.log10(0.5) - 3.01, abs=0.05)
    assert r.levels.true_peak_dbtp == pytest.approx(r.levels.sample_peak_dbfs, abs=0.05)
    assert r.clipping.runs == 0
    assert r.duration_s == pytest.approx(5.0)


def test_true_peak_finds_intersample_overs(tmp_path: Path) -> None:
    # fs/4 sine with 45° phase: every sample sits at 0.707 of the real peak (+3 dB between samples)
    n = np.arange(48000)
    x = 0.9 * np.sin(2 * np.pi * n / 4 + np.pi / 4)
    p = tmp_path / "isp.wav"
    sf.write(p, x, 48000, subtype="FLOAT")
    r = analyze(p)
    assert r.levels.sample_peak_dbfs == pytest.approx(20 * math.log10(0.9 * math.sqrt(0.5)), abs=0.01)
    assert r.levels.true_peak_dbtp == pytest.approx(20 * math.log10(0.9), abs=0.2)


def test_clipping_runs_positions_and_block_edges(tmp_path: Path) -> None:
    rate = 16000
    x = _sine(rate, 4.0, 200.0, 0.3)
    x[8000:8005] = 1.0  # a 5-sample flat top at 0.5 s
    x[20000:20002] = -1.0  # 2 samples: below the 3-sample clip definition
    x[31995:32010] = 1.0  # crosses the 2 s block boundary of block_s=2.0
    p = tmp_path / "clip.wav"
    sf.write(p, x, rate, subtype="FLOAT")
    for block_s in (2.0, 0.37, 4.0):
        r = analyze_detailed(p, block_s=block_s).report
        assert r.clipping.runs == 2
        assert r.clipping.longest_run == 15
        assert r.clipping.clipped_samples == 20
        starts = [round(s * rate) for s, _ in r.clipping.positions]
        assert starts == [8000, 31995]


def test_results_do_not_depend_on_block_size(good_take: Path) -> None:
    a = analyze_detailed(good_take, block_s=4.0).report
    b = analyze_detailed(good_take, block_s=0.53).report
    assert a.levels.integrated_lufs == pytest.approx(b.levels.integrated_lufs, abs=1e-6)
    assert a.levels.true_peak_dbtp == pytest.approx(b.levels.true_peak_dbtp, abs=1e-6)
    assert a.speech.segments == b.speech.segments
    assert a.noise.noise_floor_dbfs == pytest.approx(b.noise.noise_floor_dbfs, abs=1e-3)
    assert a.bandwidth.effective_hz == pytest.approx(b.bandwidth.effective_hz, rel=0.05)


def test_dc_offset_is_not_noise(factory: Factory) -> None:
    p = factory.write("dc_measure.wav", factory.good() + 0.03, 48000)
    r = analyze(p)
    assert r.levels.dc_offset[0] == pytest.approx(0.03, abs=0.002)
    assert r.levels.dc_offset_dbfs == pytest.approx(20 * math.log10(0.03), abs=0.5)
    assert r.noise.noise_floor_dbfs == pytest.approx(-70.0, abs=1.5)


def test_noise_floor_and_snr_follow_added_noise(factory: Factory) -> None:
    for noise in (-75.0, -50.0, -35.0):
        p = factory.write(f"snr{int(-noise)}.wav", factory.good(noise_dbfs=noise, seed=9), 48000)
        r = analyze(p)
        assert r.noise.method == "pauses"
        assert r.noise.noise_floor_dbfs == pytest.approx(noise, abs=1.5)
        assert r.noise.snr_db == pytest.approx(r.noise.speech_level_dbfs - noise, abs=1.5)


def test_vad_segments_pauses_and_edges(factory: Factory) -> None:
    a, b = factory.speech(EN[0]), factory.speech(EN[1])
    x = factory.take([a, b], gap_s=1.5, lead_s=1.0, tail_s=2.0, rate=44100)
    p = factory.write("vad.wav", x, 44100)
    r = analyze(p)
    len_a, len_b = len(a) / 22050, len(b) / 22050
    sp = r.speech
    assert sp.leading_silence_s == pytest.approx(1.0, abs=0.1)
    assert sp.trailing_silence_s == pytest.approx(2.0, abs=0.15)
    assert sp.longest_pause_s == pytest.approx(1.5, abs=0.15)
    assert any(abs((e - s) - 1.5) < 0.15 for s, e in sp.pauses)
    assert sp.effective_s == pytest.approx(len_a + len_b, rel=0.08)
    assert sp.longest_continuous_s == pytest.approx(max(len_a, len_b), abs=0.3)
    assert sp.segments[0][0] == pytest.approx(1.0, abs=0.1)


def test_stereo_difference(factory: Factory) -> None:
    x = factory.good()
    same = analyze(factory.write("st_same.wav", np.stack([x, x], 1), 48000)).stereo
    assert same is not None and same.difference_db <= -90 and same.correlation == pytest.approx(1.0, abs=1e-4)
    quiet_right = analyze(factory.write("st_q.wav", np.stack([x, x * 0.1], 1), 48000)).stereo
    assert quiet_right is not None and quiet_right.imbalance_db == pytest.approx(-20.0, abs=0.1)
    assert analyze(factory.write("mono_st.wav", x, 48000)).stereo is None


def test_bandwidth_separates_real_and_upsampled(factory: Factory, tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    p = tmp_path / "white.wav"
    sf.write(p, rng.standard_normal(48000 * 3) * 0.1, 48000)
    assert analyze(p).bandwidth.effective_hz >= 20000
    from tests.unit.validation.factory import resample

    x8 = resample(factory.good(rate=22050, noise_dbfs=None), 22050, 8000)
    p8 = factory.write("bw8.wav", resample(x8, 8000, 48000), 48000)
    assert analyze(p8).bandwidth.effective_hz < 5000
    full = analyze(factory.write("bw_full.wav", factory.good(), 48000)).bandwidth.effective_hz
    assert full > 9000  # espeak speaks at 22.05 kHz: ~11 kHz of real bandwidth


def test_to16k_rates() -> None:
    for rate in (8000, 16000, 22050, 44100, 48000, 96000):
        conv = To16k(rate)
        x = _sine(rate, 2.0, 440.0, 0.5).astype(np.float32)
        y = np.concatenate([conv.feed(x[i:i + 7777]) for i in range(0, len(x), 7777)])
        assert abs(len(y) - 32000) <= 2
        assert float(np.sqrt(np.mean(y[100:-100] ** 2))) == pytest.approx(0.5 / math.sqrt(2), rel=0.05)


def test_report_json_round_trip_and_shape(good_take: Path) -> None:
    r = analyze(good_take)
    d = r.to_dict()
    assert d["schema"] == SCHEMA
    for key in ("file", "duration_s", "frames", "levels", "noise", "clipping", "speech", "stereo", "bandwidth",
                "envelope", "analysis"):
        assert key in d
    text = json.dumps(d)
    back = Report.from_dict(json.loads(text))
    assert back.to_dict() == d
    env = d["envelope"]
    assert 0 < len(env["max"]) <= 2000 and len(env["min"]) == len(env["max"])
    assert env["hop_s"] * len(env["max"]) == pytest.approx(r.duration_s, abs=env["hop_s"] + 0.011)
    assert all(lo <= hi for lo, hi in zip(env["min"], env["max"], strict=True))
    assert d["file"]["format_id"] == "wav/pcm16"


def test_progress_and_cancel(good_take: Path) -> None:
    seen: list[float] = []
    analyze(good_take, progress=lambda f, t: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    token = CancelToken()

    def cancel_midway(fraction: float, text: str) -> None:
        if fraction > 0.2:
            token.cancel()

    with pytest.raises(CancelledError):
        analyze_detailed(good_take, token, cancel_midway, block_s=0.5)


def test_decode_time_is_bounded(good_take: Path) -> None:
    with open_audio(good_take, deadline_s=-1.0) as reader, pytest.raises(InvalidInputError) as info:
        list(reader.blocks(4800))
    assert info.value.code == "decode_timeout"


@pytest.mark.slow
def test_long_take_memory_stays_flat(tmp_path: Path) -> None:
    """Three minutes at 48 kHz: a float64 copy would be 69 MB; the analysis must stay far below."""
    rate, seconds = 48000, 180
    p = tmp_path / "long.wav"
    rng = np.random.default_rng(1)
    with sf.SoundFile(p, "w", rate, 1, subtype="PCM_16") as out:
        for i in range(seconds // 10):
            x = _sine(rate, 10.0, 180.0 + i, 0.3) * (rng.random() > 0.3) + rng.standard_normal(rate * 10) * 1e-3
            out.write(x)
    tracemalloc.start()
    try:
        r = analyze(p)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.duration_s == pytest.approx(seconds)
    assert peak < 20 * 2**20, f"peak traced memory {peak / 2**20:.1f} MB"


def test_clip_spans_cover_the_whole_file(tmp_path: Path) -> None:
    """A clipped 12 s tone: thousands of runs, every one counted, and spans that reach the end."""
    rate = 48000
    x = np.clip(_sine(rate, 12.0, 440.0, 1.6), -1.0, 1.0)
    p = tmp_path / "clipped_tone.wav"
    sf.write(p, x, rate, subtype="PCM_16")
    c = analyze(p).clipping
    assert c.runs == 2 * 440 * 12 == sum(n for _, _, n in c.spans)
    assert c.positions_truncated and 0 < len(c.spans) <= 500 and len(c.positions) == len(c.spans)
    assert c.spans[0][0] < 0.01 and c.spans[-1][1] > 11.99
    assert all(s0 <= e0 <= s1 for (s0, e0, _), (s1, _, _) in zip(c.spans, c.spans[1:], strict=False))
    covered = sum(length for _, length in c.positions) / rate
    assert covered > 11.9  # the overlay marks the whole tone, not its first 0.6 s


def test_to16k_boxcar_is_the_filter_it_replaced() -> None:
    """The numpy moving average gives the VAD what scipy's lfilter boxcar gave it (44.1 kHz, blockwise)."""
    from scipy import signal

    rate = 44100
    x = (np.random.default_rng(5).standard_normal(rate * 2) * 0.2).astype(np.float32)
    conv = To16k(rate)
    got = np.concatenate([conv.feed(x[i:i + 9999]) for i in range(0, len(x), 9999)])
    box = signal.lfilter(np.ones(3) / 3, [1.0], x.astype(np.float64))
    t = np.arange(len(got)) * (rate / 16000)
    want = np.interp(t, np.arange(-1, len(x)), np.concatenate(([0.0], box))).astype(np.float32)
    np.testing.assert_allclose(got, want, atol=1e-6)
