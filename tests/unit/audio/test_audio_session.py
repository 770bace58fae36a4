"""Prompt scripts and the script booth session."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from studio.audio.scripts import available_scripts, language_of, load_script, reading_seconds
from studio.audio.session import ScriptSession, quick_check
from studio.audio.take import TakeInfo
from studio.audio.warnings import TakeWarning, WarningCode
from studio.errors import InvalidInputError


def test_shipped_scripts_are_long_enough_and_well_formed() -> None:
    assert available_scripts() == ["zh-CN", "en"]
    zh, en = load_script("zh-CN"), load_script("en")
    assert zh.language == "zh" and en.language == "en"
    assert zh.estimated_minutes >= 25 and en.estimated_minutes >= 25
    assert len(zh) >= 400 and len(en) >= 350
    assert all(12 <= len(line) <= 30 for line in zh.lines)
    assert all(5 <= len(line.split()) <= 20 for line in en.lines)
    for script in (zh, en):
        assert len(set(script.lines)) == len(script.lines)  # no line twice
        assert not any(line.startswith("#") for line in script.lines)
    # Phonetically varied: every English letter and most common Chinese finals/initials appear.
    text = " ".join(en.lines).lower()
    assert set("abcdefghijklmnopqrstuvwxyz") <= set(text)
    assert sum(1 for line in zh.lines if line.endswith(("？", "?"))) >= 15


def test_reading_time_estimates() -> None:
    assert reading_seconds("今天天气很好") == pytest.approx(6 / 4.0)
    assert reading_seconds("one two three four five") == pytest.approx(2.0)
    assert language_of("你好，world") == "zh" and language_of("Hello there, 你") == "en"


def test_user_scripts_skip_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text("# my lines\n\nFirst line to read aloud.\n  Second line here.  \n", encoding="utf-8")
    script = load_script(path)
    assert script.lines == ("First line to read aloud.", "Second line here.") and script.id == "mine"
    (tmp_path / "empty.txt").write_text("# nothing\n")
    with pytest.raises(InvalidInputError):
        load_script(tmp_path / "empty.txt")
    with pytest.raises(InvalidInputError):
        load_script(tmp_path / "missing.txt")


def info(path: Path, **kw: object) -> TakeInfo:
    base: dict[str, object] = dict(path=path, name=path.stem, rate=48000, bits=16, frames=48000 * 4,
                                   peak_db=-6.0, rms_db=-24.0, speech_s=3.5)
    base.update(kw)
    return TakeInfo(**base)  # type: ignore[arg-type]


def test_quick_check_flags_level_clipping_and_silence(tmp_path: Path) -> None:
    p = tmp_path / "x.wav"
    assert quick_check(info(p), expected_s=4.0).ok
    assert quick_check(info(p, clip_count=2)).problems == ("clipping",)
    assert quick_check(info(p, peak_db=-0.5)).problems == ("too_loud",)
    assert quick_check(info(p, peak_db=-26.0)).problems == ("too_quiet",)
    assert quick_check(info(p, speech_s=0.1)).problems == ("no_speech",)
    assert quick_check(info(p, speech_s=1.0), expected_s=6.0).problems == ("cut_short",)
    long_pause = info(p, warnings=[TakeWarning(WarningCode.LONG_SILENCE, 1.0)])
    assert "long_silence" in quick_check(long_pause).problems
    assert "overflow" in quick_check(info(p, overflows=1)).problems
    check = quick_check(info(p, clip_count=1, overflows=1))
    assert check.messages("zh")[0].startswith("有削波") and check.messages()[0].startswith("Clipped")


def _record(session: ScriptSession, speech_s: float, **kw: object) -> Path:
    path = session.recording_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"RIFF-fake")
    session.record_result(info(path, speech_s=speech_s, **kw))
    return session.final_path(session.current)


def test_session_navigation_one_take_per_line_and_progress(tmp_path: Path) -> None:
    session = ScriptSession(load_script("zh-CN"), tmp_path / "s1", target_minutes=20)
    assert session.current == 0 and session.current_line == session.script.lines[0]
    first = _record(session, 3.0)
    assert first.exists() and not session.recording_path(0).exists()
    assert session.next() == 1 and session.previous() == 0 and session.previous() == 0
    assert session.goto(10_000) == len(session.script) - 1
    session.goto(0)
    _record(session, 4.5, clip_count=1)  # re-record line 0: replaces the take
    assert len(session.takes) == 1 and session.takes[0].speech_s == 4.5
    assert session.lines_needing_redo == [0]
    assert session.speech_minutes == pytest.approx(4.5 / 60)
    assert session.progress == pytest.approx(4.5 / 60 / 20)
    assert session.next_unrecorded() == 1
    meta = session.recorder_meta()
    assert meta == {"script": "zh-CN", "line_index": 0, "session": "s1"}


def test_session_resumes_from_disk(tmp_path: Path) -> None:
    session = ScriptSession(load_script("en"), tmp_path / "s2", target_minutes=10)
    session.goto(3)
    _record(session, 2.5)
    session.next()
    session.save()
    again = ScriptSession.load(tmp_path / "s2")
    assert again.current == 4 and again.target_minutes == 10 and again.script.id == "en"
    assert list(again.takes) == [3] and again.takes[3].speech_s == 2.5
    again.discard(3)
    assert ScriptSession.load(tmp_path / "s2").takes == {}
    assert not again.final_path(3).exists()


def test_record_result_moves_audio_and_returns_a_library_ready_take(tmp_path: Path) -> None:
    session = ScriptSession(load_script("en"), tmp_path / "s3")
    session.goto(5)
    path = session.recording_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(np.zeros(10, np.int16).tobytes())
    line, kept = session.record_result(info(path))
    assert kept.path == session.final_path(5) and kept.meta["line_index"] == 5
    take = kept.to_take(tmp_path)
    assert take.line_index == 5 and take.script == "en" and take.path == "s3/line-0006.wav"
    assert line.file == "line-0006.wav" and line.check.ok
