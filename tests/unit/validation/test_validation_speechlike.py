"""A person talking, or a sound that only passes the VAD: the speech-likeness measure and its rule.

The corpus is generated: espeak-ng English and Mandarin from 80 to 350 words a minute, whispered, in a
quiet room and in pink noise down to 5 dB SNR; and what is not speech: a sine, a clipped sine, a sweep,
a held chord, a tune over a bass line, humming with vibrato, beeps.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from studio import catalog
from studio.validation.findings import FAIL, evaluate, preflight, verdict
from studio.validation.measure import analyze
from tests.unit.validation import factory as F
from tests.unit.validation.factory import EN, ZH, Factory

RATE = 48000
Build = Callable[[Factory], np.ndarray]

SPEECH: dict[str, Build] = {
    "english, slow reader": lambda f: f.take([f.speech(EN[0], "en", 80), f.speech(EN[1], "en", 80)]),
    "english": lambda f: f.take([f.speech(EN[0]), f.speech(EN[1])]),
    "english, fast": lambda f: f.take([f.speech(EN[0], "en", 350), f.speech(EN[2], "en", 350)]),
    "mandarin, slow": lambda f: f.take([f.speech(ZH[0], "cmn", 80)]),
    "mandarin": lambda f: f.take([f.speech(ZH[0], "cmn"), f.speech(ZH[0], "cmn", 130)]),
    "mandarin, fast": lambda f: f.take([f.speech(ZH[0], "cmn", 350)] * 2),
    "whispered english": lambda f: f.take([f.speech(EN[0], "en+whisper"), f.speech(EN[2], "en+whisper")]),
    "whispered mandarin": lambda f: f.take([f.speech(ZH[0], "cmn+whisper")]),
    "noisy room, 20 dB": lambda f: F.add_noise(f.good(), 20),
    "noisy room, 10 dB": lambda f: F.add_noise(f.good(), 10, seed=1),
    "very noisy room, 5 dB": lambda f: F.add_noise(f.good(), 5, seed=2),
    "hiss at -32 dBFS": lambda f: f.good(noise_dbfs=-32.0, seed=3),
}
NOT_SPEECH: dict[str, Build] = {
    "sine": lambda f: F.sine(12.0),
    "clipped sine": lambda f: np.clip(F.sine(12.0, amp=1.6), -1.0, 1.0),
    "sweep": lambda f: F.sweep(12.0),
    "chord": lambda f: F.chord(12.0),
    "tune": lambda f: F.melody(12.0),
    "tune in a noisy room": lambda f: F.add_noise(F.melody(12.0, seed=2), 20),
    "humming": lambda f: F.hum(12.0),
    "humming in a noisy room": lambda f: F.add_noise(F.hum(12.0, seed=1), 15),
    "beeps": lambda f: F.sine(12.0) * (np.sin(2 * np.pi * 2 * np.arange(12 * RATE) / RATE) > 0),
}


def _file(factory: Factory, name: str, build: Build) -> Path:
    p = factory.path(f"like-{abs(hash(name))}.wav")
    if not p.exists():
        x = build(factory)
        factory.write(p.name, x / max(1.0, float(np.abs(x).max())), RATE)
    return p


@pytest.mark.parametrize("name", sorted(SPEECH))
def test_speech_is_speech_like(factory: Factory, name: str) -> None:
    s = analyze(_file(factory, name, SPEECH[name])).speech
    assert s.effective_s > 0
    assert s.speech_like, (name, s.speech_likeness, s.syllabic_modulation_db, s.articulation_rate)
    assert s.speech_likeness >= 0.5


@pytest.mark.parametrize("name", sorted(NOT_SPEECH))
def test_other_sounds_are_not(factory: Factory, name: str) -> None:
    s = analyze(_file(factory, name, NOT_SPEECH[name])).speech
    assert s.effective_s > 0  # the VAD alone takes them for speech: that is the point
    assert not s.speech_like, (name, s.speech_likeness, s.syllabic_modulation_db, s.articulation_rate)
    assert s.speech_likeness < 0.5


def test_a_steady_tone_fails_every_provider_with_no_speech_alone(factory: Factory) -> None:
    """12 s of tone: "no speech found" for every provider, and no speech-length finding beside it."""
    report = analyze(_file(factory, "sine", NOT_SPEECH["sine"]))
    speech_codes = {"silent", "too_short", "speech_too_short", "no_continuous_speech", "pause_too_long",
                    "edge_silence_long", "needs_dataset", "snr_low", "noise_floor_high", "too_quiet",
                    "level_swings", "low_bandwidth"}
    matrix = preflight(report)
    assert set(matrix) == set(catalog.rule_tables())
    for key, col in matrix.items():
        codes = {f.code for f in col.findings}
        assert col.verdict == FAIL, key
        assert "no_speech" in codes, key
        assert not codes & speech_codes, (key, codes & speech_codes)
        f = next(f for f in col.findings if f.code == "no_speech")
        assert f.severity == "error" and f.message_zh and f.source.startswith("Microsoft")
    cosy = next(f for f in matrix["cosyvoice"].findings if f.code == "no_speech")
    assert cosy.vendor_code == "Audio.AudioSilentError"  # the vendor table maps the finding to its code


def test_a_short_tone_is_not_reported_as_a_short_take(factory: Factory) -> None:
    report = analyze(factory.write("tone5.wav", F.sine(5.0), RATE))
    codes = {f.code for f in evaluate(report, "cosyvoice")}
    assert "no_speech" in codes and "too_short" not in codes


def test_speech_keeps_its_speech_findings(factory: Factory) -> None:
    """The gate changes nothing for speech: a short spoken take is still "too short", not "no speech"."""
    x = factory.take([factory.speech("Hello there, this is short.")])
    found = evaluate(analyze(factory.write("short_speech.wav", x, RATE)), "cosyvoice")
    codes = {f.code for f in found}
    assert "too_short" in codes and "no_speech" not in codes
    assert verdict(found) == FAIL


def test_old_reports_without_the_measure_still_load(good_take: Path) -> None:
    from studio.validation.report import Report

    d = analyze(good_take).to_dict()
    for key in ("speech_like", "speech_likeness", "syllabic_modulation_db", "articulation_rate", "unvoiced_ratio"):
        del d["speech"][key]
    del d["clipping"]["spans"]
    back = Report.from_dict(d)
    assert back.speech.speech_like and evaluate(back, "cosyvoice") == evaluate(analyze(good_take), "cosyvoice")
