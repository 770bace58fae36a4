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
    """How much of one request `text` uses, in Chinese characters: a wide character is 1 and a letter
    0.3, so 150 Chinese characters and 500 letters are both exactly the limit and mixed text is held to
    both in proportion (counted in tenths, rounded up: never under the vendor's count)."""
    tenths = sum(10 if is_wide(ch) else 3 for ch in text)
    return -(-tenths // 10)
