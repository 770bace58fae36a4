"""How each provider counts, limits and bills synthesis text (plain data, cheap to import).

The Playground counts as the user types, so this must not build providers. Sources:
- CosyVoice: a Chinese character counts 2, anything else 1; ≤ 20,000 per continue-task, ≤ 200,000 per
  task (dashscope-protocol.md §2, [CVWS]); price ¥2 per 10,000 characters (DashScope price list for
  cosyvoice-v2 — check your account's current price).
- Sambert: one per character, ≤ 10,000 per request ([SBWS]); ¥1 per 10,000 characters (Sambert seed
  document, 计费说明).
- Tencent MML generate: `sourceData` ≤ 512 characters per job (Tencent seed document); no published price.
- Offline engine: 5,000 characters per request; free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def count_dashscope(text: str) -> int:
    """DashScope's billing count: a Chinese character is 2, every other character 1, SSML tags 0."""
    if text.lstrip().startswith("<speak"):
        text = re.sub(r"<[^>]*>", "", text)
    return sum(2 if is_cjk(ch) else 1 for ch in text)


@dataclass(frozen=True)
class TextRule:
    provider: str
    per_request: int  # the most one request (or job) takes, as `count` counts
    total: int  # the most one synthesis takes before the studio must split it into several
    cjk_double: bool  # a Chinese character counts 2
    yuan_per_10k: float | None  # published price, None when not published
    source: str

    def count(self, text: str) -> int:
        return count_dashscope(text) if self.cjk_double else len(text)

    def cost(self, text: str) -> float | None:
        if self.yuan_per_10k is None:
            return None
        return round(self.count(text) / 10_000 * self.yuan_per_10k, 4)


RULES: dict[str, TextRule] = {
    "cosyvoice": TextRule("cosyvoice", 20_000, 200_000, True, 2.0, "DashScope CosyVoice WebSocket API; price list"),
    "sambert": TextRule("sambert", 10_000, 10_000, False, 1.0, "Sambert WebSocket API; Sambert cloning document"),
    "tencent": TextRule("tencent", 512, 512, False, None, "Tencent MML voice cloning document (sourceData)"),
    "local": TextRule("local", 5_000, 5_000, False, 0.0, "Voice Studio offline engine"),
}

_SENTENCE_END = re.compile(r"(?<=[。！？!?；;…\n])|(?<=[.])(?=\s)")


def split_sentences(text: str) -> list[str]:
    return [s for s in (p.strip() for p in _SENTENCE_END.split(text)) if s]


def split_for(provider: str, text: str) -> list[str]:
    """Pieces within the provider's per-synthesis limit, cut at sentence ends (hard-cut if a single
    sentence is too long). Joined in order they give back the text's sentences."""
    rule = RULES[provider]
    limit = rule.total
    pieces: list[str] = []
    current = ""
    joiner = ""
    for sentence in split_sentences(text):
        while rule.count(sentence) > limit:
            cut = len(sentence)
            while rule.count(sentence[:cut]) > limit:
                cut = max(1, cut * limit // max(1, rule.count(sentence[:cut])))
            if current:
                pieces.append(current)
                current = ""
            pieces.append(sentence[:cut])
            sentence = sentence[cut:]
        joiner = "" if (current and is_cjk(current[-1])) or not current else " "
        if current and rule.count(current + joiner + sentence) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = current + joiner + sentence
    if current:
        pieces.append(current)
    return pieces
