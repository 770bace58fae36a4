"""How TextToVoice counts text (cheap to import: the spec names this counter).

Source: "基础语音合成" https://cloud.tencent.com/document/product/441/8217, Text: "中文最大支持150个汉字（全角标点
符号算一个汉字）；英文最大支持500个字母（半角标点符号算一个字母）".
"""

from __future__ import annotations

import unicodedata

PER_REQUEST = 150  # Chinese characters per request, as `count_tts` counts


def is_wide(ch: str) -> bool:
    """A character the page counts as a Chinese character: ideographs and full-width punctuation
    (East Asian Wide or Fullwidth); everything else counts as a letter (half-width punctuation included)."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def count_tts(text: str) -> int:
    """How much of one request `text` uses, in Chinese characters.

    The page gives two limits and no rule for text that mixes them, so the count holds to the strictest
    reading: text with any Chinese (wide) character in it counts every character as one, against 150;
    text without counts a letter as 0.3 (500 letters make 150), rounded up. Adding characters never
    lowers the count, as the splitter needs.
    """
    if any(is_wide(ch) for ch in text):
        return len(text)
    return -(-len(text) * 3 // 10)
