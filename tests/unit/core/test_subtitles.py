"""Subtitles from word timings: cue grouping, SubRip and WebVTT text, writing beside an audition."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio import subtitles
from studio.errors import InvalidInputError
from studio.providers.base import TimedText


def words(*items: tuple[str, float, float]) -> list[TimedText]:
    return [TimedText(t, b, e) for t, b, e in items]


def test_chinese_joins_without_spaces_and_english_with_them() -> None:
    spans = words(("今", 0.0, 0.2), ("天", 0.2, 0.4), ("Hello", 0.4, 0.8), ("world", 0.8, 1.2))
    (cue,) = subtitles.cues(spans)
    assert cue == subtitles.Cue(0.0, 1.2, "今天Hello world")


def test_cues_break_at_pauses_sentence_ends_length_and_duration() -> None:
    paused = words(("one", 0.0, 0.3), ("two", 0.3, 0.6), ("three", 2.0, 2.4))
    assert [c.text for c in subtitles.cues(paused)] == ["one two", "three"]
    sentence = words(("晴。", 0.0, 0.3), ("雨", 0.3, 0.6))
    assert [c.text for c in subtitles.cues(sentence)] == ["晴。", "雨"]
    many = [TimedText("字", i * 0.2, i * 0.2 + 0.2) for i in range(60)]
    long_cues = subtitles.cues(many)
    assert all(len(c.text) <= subtitles.MAX_CHARS for c in long_cues)
    assert all(c.end_s - c.begin_s <= subtitles.MAX_SECONDS + 1e-9 for c in long_cues)
    assert "".join(c.text for c in long_cues) == "字" * 60


def test_srt_and_vtt_text() -> None:
    spans = words(("a&b", 0.0, 1.5), ("<c>", 3725.25, 3726.0))
    srt = subtitles.to_srt(spans)
    assert srt == "1\n00:00:00,000 --> 00:00:01,500\na&b\n\n2\n01:02:05,250 --> 01:02:06,000\n<c>\n"
    vtt = subtitles.to_vtt(spans)
    assert vtt.startswith("WEBVTT\n\n00:00:00.000 --> 00:00:01.500\na&amp;b\n")
    assert "01:02:05.250 --> 01:02:06.000\n&lt;c&gt;" in vtt


def test_write_beside_the_audio_from_an_auditions_spans(tmp_path: Path) -> None:
    audio = tmp_path / "audition.wav"
    kept = [{"text": "你", "begin_s": 0.0, "end_s": 0.25}, {"text": "好", "begin_s": 0.25, "end_s": 0.5}]
    target = subtitles.write(subtitles.beside(audio, "vtt"), kept)
    assert target == tmp_path / "audition.vtt" and "你好" in target.read_text(encoding="utf-8")
    with pytest.raises(InvalidInputError) as info:
        subtitles.write(tmp_path / "x.txt", kept)
    assert info.value.detail_zh
    with pytest.raises(InvalidInputError) as info:
        subtitles.write(tmp_path / "x.srt", [])
    assert info.value.code == "no_timings" and not (tmp_path / "x.srt").exists()
