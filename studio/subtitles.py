"""Subtitles from word timings: SubRip (.srt) and WebVTT (.vtt), written beside an audition's audio.

Providers give timings word by word (each Chinese character is a word); a subtitle line groups them
into cues that read well: a cue ends at a pause, after a sentence mark, or before it grows past a
line's length or a few seconds. Chinese characters join without spaces, other words with one.
Formats: SubRip as commonly read by players (index, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, text, blank
line); WebVTT per the W3C recommendation (`WEBVTT` header, `HH:MM:SS.mmm`, `&`, `<` and `>` escaped).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.errors import InvalidInputError
from studio.fsutil import atomic_write_text
from studio.providers.base import TimedText
from studio.providers.text import is_han

FORMATS = ("srt", "vtt")
MAX_CHARS = 42  # a comfortable subtitle line
MAX_SECONDS = 6.0
PAUSE_S = 0.6  # a silence this long between words starts a new cue
_SENTENCE_END = ("。", "！", "？", "!", "?", ".", "；", ";", "…")


@dataclass(frozen=True)
class Cue:
    begin_s: float
    end_s: float
    text: str


def spans_from(data: Iterable[TimedText | Mapping[str, Any]]) -> list[TimedText]:
    """Spans from TimedText or the dicts an audition keeps (`{"text", "begin_s", "end_s"}`)."""
    out = []
    for item in data:
        if isinstance(item, TimedText):
            out.append(item)
        else:
            out.append(TimedText(str(item.get("text", "")), float(item["begin_s"]), float(item["end_s"])))
    return out


def _join(line: str, word: str) -> str:
    if not line:
        return word
    if is_han(line[-1]) or is_han(word[:1]) or not word[:1].isalnum():
        return line + word
    return f"{line} {word}"


def cues(spans: Iterable[TimedText], max_chars: int = MAX_CHARS, max_s: float = MAX_SECONDS,
         pause_s: float = PAUSE_S) -> list[Cue]:
    out: list[Cue] = []
    text, begin, end = "", 0.0, 0.0
    for span in sorted((s for s in spans if s.text.strip()), key=lambda s: s.begin_s):
        word = span.text.strip()
        if text:
            joined = _join(text, word)
            if (span.begin_s - end > pause_s or len(joined) > max_chars or span.end_s - begin > max_s
                    or text.endswith(_SENTENCE_END)):
                out.append(Cue(begin, end, text))
                text = ""
            else:
                text, end = joined, max(end, span.end_s)
                continue
        text, begin, end = word, span.begin_s, span.end_s
    if text:
        out.append(Cue(begin, end, text))
    return out


def _clock(seconds: float, sep: str) -> str:
    ms = max(0, round(seconds * 1000))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{sep}{ms:03d}"


def to_srt(spans: Iterable[TimedText]) -> str:
    blocks = [f"{i}\n{_clock(c.begin_s, ',')} --> {_clock(c.end_s, ',')}\n{c.text}\n"
              for i, c in enumerate(cues(spans), 1)]
    return "\n".join(blocks)


def _vtt_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(spans: Iterable[TimedText]) -> str:
    blocks = [f"{_clock(c.begin_s, '.')} --> {_clock(c.end_s, '.')}\n{_vtt_text(c.text)}\n" for c in cues(spans)]
    return "WEBVTT\n\n" + "\n".join(blocks)


def write(target: Path, spans: Iterable[TimedText | Mapping[str, Any]], fmt: str | None = None) -> Path:
    """Write subtitles to `target` (.srt or .vtt, or as `fmt` says); refuses when there are no timings."""
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise InvalidInputError(f"Subtitles can be saved as .srt or .vtt, not {fmt or target.name!r}.",
                                detail_zh=f"字幕可保存为 .srt 或 .vtt，不支持 {fmt or target.name!r}。", code="format")
    timed = spans_from(spans)
    if not timed:
        raise InvalidInputError("There are no word timings to make subtitles from: this voice or provider gives "
                                "none for this audition.",
                                detail_zh="没有可用于生成字幕的字级时间：该音色或服务商未为这次试听提供时间戳。", code="no_timings")
    atomic_write_text(target, to_srt(timed) if fmt == "srt" else to_vtt(timed))
    return target


def beside(audio_path: Path, fmt: str = "srt") -> Path:
    """Where an audition's subtitles go: beside its audio, same name."""
    return audio_path.with_suffix("." + fmt)


__all__ = ["FORMATS", "Cue", "beside", "cues", "spans_from", "to_srt", "to_vtt", "write"]
