"""Meter ballistics: floor, attack, hold, release, RMS, BS.1770 momentary loudness, clip light."""

from __future__ import annotations

import math

import numpy as np
import pyloudnorm
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.audio.meter import FLOOR_DB, Meter, PeakEnvelope, db, power_db

RATE = 48000


def sine(seconds: float, amplitude: float, freq: float = 1000.0, rate: int = RATE) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def feed(meter: Meter, x: np.ndarray, block: int = 480) -> None:
    for i in range(0, x.shape[0], block):
        meter.process(x[i:i + block])


def test_db_has_a_floor_and_never_returns_minus_infinity() -> None:
    assert db(0.0) == FLOOR_DB
    assert db(-1.0) == FLOOR_DB
    assert db(float("nan")) == FLOOR_DB
    assert db(1e-30) == FLOOR_DB
    assert db(1.0) == 0.0
    assert power_db(0.0) == FLOOR_DB
    snap = Meter(RATE).snapshot()
    assert snap.peak_db == snap.hold_db == snap.rms_db == snap.momentary_lufs == FLOOR_DB
    m = Meter(RATE)
    feed(m, np.zeros(RATE, np.float32))
    s = m.snapshot()
    assert all(math.isfinite(v) and v == FLOOR_DB for v in (s.peak_db, s.hold_db, s.rms_db, s.momentary_lufs))


def test_attack_is_instant() -> None:
    m = Meter(RATE)
    m.process(np.r_[np.zeros(479, np.float32), np.float32(0.5)])
    assert m.snapshot().peak_db == pytest.approx(-6.02, abs=0.01)
    assert m.snapshot().hold_db == pytest.approx(-6.02, abs=0.01)


def test_hold_lasts_two_seconds_then_releases_at_about_20_db_per_second() -> None:
    m = Meter(RATE)
    m.process(np.full(480, 0.5, np.float32))  # −6 dBFS
    quiet = np.full(480, 0.001, np.float32)  # −60 dBFS
    feed(m, np.tile(quiet, 195))  # 1.95 s later: still held
    assert m.hold_db == pytest.approx(-6.02, abs=0.01)
    feed(m, np.tile(quiet, 55))  # 2.5 s: released for 0.5 s, the first 0.25 s easing in
    released_half = -6.02 - m.hold_db
    assert 5.0 < released_half < 10.0  # linear 20 dB/s would be 10 dB; the ease makes it a little less
    before = m.hold_db
    feed(m, np.tile(quiet, 50))  # one more half second at full speed
    assert before - m.hold_db == pytest.approx(10.0, abs=0.2)
    assert m.hold_db >= m.peak_db  # the marker never sinks below the bar


def test_peak_bar_releases_smoothly_from_the_start() -> None:
    m = Meter(RATE)
    m.process(np.full(480, 0.5, np.float32))
    drops = []
    last = m.peak_db
    for _ in range(60):
        m.process(np.zeros(480, np.float32))
        drops.append(last - m.peak_db)
        last = m.peak_db
    assert drops[0] < drops[10] < drops[40] + 1e-9  # eased in: speeds up, no jump
    assert drops[-1] == pytest.approx(20.0 * 0.01, abs=1e-6)  # then 20 dB/s


def test_rms_is_over_400_ms() -> None:
    m = Meter(RATE)
    feed(m, sine(1.0, 0.5))
    assert m.rms_db == pytest.approx(-9.03, abs=0.05)
    feed(m, np.zeros(int(0.3 * RATE), np.float32))  # 100 ms of tone left in the window: −6 dB power
    assert m.rms_db == pytest.approx(-9.03 - 6.02, abs=0.1)
    feed(m, np.zeros(int(0.11 * RATE), np.float32))
    assert m.rms_db == FLOOR_DB


@pytest.mark.parametrize("rate", [16000, 24000, 44100, 48000])
@pytest.mark.parametrize("freq", [100.0, 997.0, 5000.0])
def test_momentary_loudness_matches_bs1770(rate: int, freq: float) -> None:
    x = sine(2.0, 0.1, freq, rate)
    m = Meter(rate)
    feed(m, x, block=rate // 100)
    window = x[-int(0.4 * rate):].astype(np.float64)
    reference = pyloudnorm.Meter(rate, block_size=0.4).integrated_loudness(window)
    assert m.momentary_lufs == pytest.approx(reference, abs=0.1)
    if freq == 997.0:
        assert m.momentary_lufs == pytest.approx(-23.0, abs=0.1)  # −20 dBFS sine at 1 kHz → −23 LUFS


def _hot(n: int) -> np.ndarray:
    return np.full(n, 0.999, np.float32)


def test_clip_light_needs_three_consecutive_hot_samples() -> None:
    m = Meter(RATE)
    m.process(np.r_[np.zeros(10, np.float32), _hot(2), np.zeros(10, np.float32), _hot(2)])
    assert not m.clip and m.clip_events == 0
    m.process(np.r_[np.zeros(10, np.float32), _hot(3), np.zeros(10, np.float32)])
    assert m.clip and m.clip_events == 1
    m.process(np.zeros(RATE, np.float32))
    assert m.snapshot().clip  # latched
    m.reset_clip()
    assert not m.snapshot().clip
    assert m.clip_events == 1


def test_clip_run_across_a_block_boundary_counts_once() -> None:
    m = Meter(RATE)
    m.process(np.r_[np.zeros(5, np.float32), _hot(2)])
    assert not m.clip
    m.process(np.r_[_hot(1), np.zeros(5, np.float32)])
    assert m.clip and m.clip_events == 1
    m = Meter(RATE)
    m.process(np.r_[np.zeros(5, np.float32), _hot(4)])
    m.process(_hot(100))
    m.process(np.r_[_hot(3), np.zeros(3, np.float32), -_hot(3)])
    assert m.clip_events == 2  # one long run, then a second (negative) one


def test_target_band() -> None:
    m = Meter(RATE)
    m.process(np.full(480, 10 ** (-12 / 20), np.float32))
    assert m.snapshot().in_target
    m = Meter(RATE)
    m.process(np.full(480, 10 ** (-30 / 20), np.float32))
    assert not m.snapshot().in_target


def test_waveform_is_min_max_per_10_ms_oldest_first() -> None:
    m = Meter(RATE)
    feed(m, np.zeros(RATE * 4, np.float32))
    feed(m, sine(0.5, 0.5, 230.0), block=333)  # odd block size: bins straddle blocks
    snap = m.snapshot()
    assert snap.wave_min.shape == snap.wave_max.shape == (400,)
    assert np.all(snap.wave_max[:350] == 0.0)
    assert np.all(snap.wave_max[350:] > 0.0)
    assert snap.wave_max[350:].max() == pytest.approx(0.5, abs=1e-3)
    assert snap.wave_min[350:].min() == pytest.approx(-0.5, abs=1e-3)


def test_peak_envelope_is_independent_of_block_size() -> None:
    x = np.random.default_rng(1).uniform(-1, 1, 10_000).astype(np.float32)
    whole = PeakEnvelope(100).push(x)
    env = PeakEnvelope(100)
    parts = [env.push(x[i:i + 77]) for i in range(0, x.shape[0], 77)]
    mins = np.concatenate([p[0] for p in parts])
    maxs = np.concatenate([p[1] for p in parts])
    assert np.array_equal(mins, whole[0]) and np.array_equal(maxs, whole[1])
    assert np.array_equal(whole[1], x.reshape(100, 100).max(axis=1))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2000), st.floats(0.0, 2.0), st.integers(0, 3)), min_size=1, max_size=20))
def test_any_input_gives_finite_values_at_or_above_the_floor(blocks: list[tuple[int, float, int]]) -> None:
    m = Meter(RATE)
    rng = np.random.default_rng(0)
    for n, amp, kind in blocks:
        if kind == 0:
            x = np.zeros(n, np.float32)
        elif kind == 1:
            x = np.full(n, amp, np.float32)
        else:
            x = (amp * rng.standard_normal(n)).astype(np.float32)
        m.process(x)
    s = m.snapshot()
    for v in (s.peak_db, s.hold_db, s.rms_db, s.momentary_lufs):
        assert math.isfinite(v) and v >= FLOOR_DB
    assert s.hold_db >= s.peak_db - 1e-9
