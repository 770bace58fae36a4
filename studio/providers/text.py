"""Text as vendors count and take it: one counter per billing rule, one splitter for every provider.

A provider's spec names its counter (`count_plain`, `count_han_double`) and its limits; the
splitter cuts text into pieces within a limit *as that counter counts*, at the best break it can
find: a sentence end, then a clause mark, then white space, and only then anywhere. Pieces keep
their order and their own words; white space at a cut is dropped. The Playground, the CLI and the
providers' own chunking all call `split`, so a text is cut the same way wherever it is sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Counter = Callable[[str], int]

_HAN_RANGES = (("\u4e00", "\u9fff"), ("\u3400", "\u4dbf"), ("\uf900", "\ufaff"))
_TAG = re.compile(r"<[^>]*>")
# Where a cut may fall, best first: after a sentence end, after a clause mark, at white space.
_SENTENCE_END = re.compile(r"[。！？!?；;…\n]+[\"'”’」』)）]*|[.](?=\s)")
_CLAUSE_END = re.compile(r"[，、：,:]+")
_SPACE = re.compile(r"\s+")


def is_han(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extension A, compatibility ideographs)."""
    return any(lo <= ch <= hi for lo, hi in _HAN_RANGES)


def count_plain(text: str) -> int:
    """One per character, Chinese included."""
    return len(text)


def count_han_double(text: str) -> int:
    """DashScope's billing count: a Chinese character is 2, every other character 1."""
    return sum(2 if is_han(ch) else 1 for ch in text)


def strip_markup(text: str) -> str:
    """The spoken text of an SSML document (tags removed), for counting what is billed."""
    return _TAG.sub("", text)


_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.I)


def ssml_problem(text: str) -> tuple[str, str] | None:
    """What is wrong with an SSML document, in English and Chinese, or None when it can be sent: a
    well-formed XML document with one <speak> root (W3C SSML 1.1 §2.1, https://www.w3.org/TR/speech-synthesis11/;
    the vendors' SSML pages say the same), and no DOCTYPE or entities, which are never expanded here."""
    import xml.etree.ElementTree as ET  # only where SSML is written: not on every command's path

    if _DTD.search(text):
        return "SSML may not declare a DOCTYPE or entities.", "SSML 中不能声明 DOCTYPE 或实体。"
    try:
        root = ET.fromstring(text.strip())
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        return (f"The SSML is not well-formed XML (line {line}, column {column + 1}).",
                f"SSML 不是格式正确的 XML（第 {line} 行，第 {column + 1} 列）。")
    if root.tag != "speak":
        return (f"An SSML document is one <speak> element, not <{root.tag}>.",
                f"SSML 文档须为一个 <speak> 元素，而不是 <{root.tag}>。")
    return None


def _fit(text: str, limit: int, count: Counter) -> int:
    """The longest prefix length whose count is within `limit` (counters are monotonic in length)."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if count(text[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _last_break(window: str, pattern: re.Pattern[str], *, at_start: bool = False) -> int:
    """Where the last match of `pattern` in `window` ends (or starts), if that leaves text before it."""
    best = 0
    for match in pattern.finditer(window):
        position = match.start() if at_start else match.end()
        if position > 0:
            best = position
    return best


def split(text: str, limit: int, count: Counter = count_plain, *, pack: bool = True) -> list[str]:
    """Pieces of `text`, each within `limit` as `count` counts it.

    With `pack` (the default) as much text as fits goes into each piece, cut at the best break;
    without it every sentence is a piece of its own (cut further only when it is over the limit),
    which gives a streaming engine its first audio sooner.
    """
    if limit <= 0:
        raise ValueError("limit must be positive")
    rest = text.strip()
    pieces: list[str] = []
    while rest:
        if pack and count(rest) <= limit:
            pieces.append(rest)
            break
        room = _fit(rest, limit, count)
        if room == 0:  # a single character over the limit cannot be cut: send it alone
            room = 1
        window = rest[:room] if room < len(rest) else rest
        cut = 0
        if not pack:
            first = _SENTENCE_END.search(rest)
            if first is not None and first.end() <= room:
                cut = first.end()
        if not cut and room < len(rest):
            cut = (_last_break(window, _SENTENCE_END) or _last_break(window, _CLAUSE_END)
                   or _last_break(window, _SPACE, at_start=True))
        if not cut:
            cut = room
        piece = rest[:cut].strip()
        if piece:
            pieces.append(piece)
        rest = rest[cut:].strip()
    return pieces


__all__ = ["Counter", "count_han_double", "count_plain", "is_han", "split", "strip_markup"]
