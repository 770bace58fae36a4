"""Prompt scripts for the script booth: one sentence to read per line.

The shipped scripts live in resources/scripts/<id>.txt (zh-CN and en). A user may load their own
UTF-8 text file in the same form; blank lines and lines starting with `#` are skipped. Reading time
is estimated at ~4 Chinese characters per second and ~2.5 English words per second (typical read
speech), which is how "enough for 25 minutes" is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from studio.errors import InvalidInputError
from studio.paths import resource_dir

ZH_CHARS_PER_S = 4.0
EN_WORDS_PER_S = 2.5
BUILTIN: dict[str, str] = {"zh-CN": "简体中文朗读稿", "en": "English reading script"}

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")


def scripts_dir() -> Path:
    return resource_dir() / "scripts"


def language_of(text: str) -> str:
    """"zh" when Chinese characters dominate, else "en"."""
    cjk = len(_CJK.findall(text))
    words = len(_WORD.findall(text))
    return "zh" if cjk >= words else "en"


def reading_seconds(text: str, language: str | None = None) -> float:
    lang = language or language_of(text)
    if lang.startswith("zh"):
        return len(_CJK.findall(text)) / ZH_CHARS_PER_S
    return len(_WORD.findall(text)) / EN_WORDS_PER_S


@dataclass(frozen=True)
class Script:
    id: str
    title: str
    language: str  # "zh" | "en"
    lines: tuple[str, ...]
    path: str = ""

    def __len__(self) -> int:
        return len(self.lines)

    def line_seconds(self, index: int) -> float:
        return reading_seconds(self.lines[index], self.language)

    @property
    def estimated_seconds(self) -> float:
        return sum(reading_seconds(line, self.language) for line in self.lines)

    @property
    def estimated_minutes(self) -> float:
        return self.estimated_seconds / 60.0


def parse_lines(text: str) -> tuple[str, ...]:
    lines = (raw.strip() for raw in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def available_scripts() -> list[str]:
    """Ids of the shipped scripts that are present."""
    return [sid for sid in BUILTIN if (scripts_dir() / f"{sid}.txt").is_file()]


def load_script(id_or_path: str | Path) -> Script:
    """A shipped script by id ("zh-CN", "en") or a user's text file by path."""
    key = str(id_or_path)
    if key in BUILTIN:
        path = scripts_dir() / f"{key}.txt"
        title = BUILTIN[key]
        sid = key
    else:
        path = Path(id_or_path)
        title = path.stem
        sid = path.stem
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"Cannot read the script {path.name}: {exc}",
                                detail_zh=f"无法读取朗读稿 {path.name}：{exc}") from exc
    lines = parse_lines(text)
    if not lines:
        raise InvalidInputError(f"The script {path.name} has no lines to read.",
                                detail_zh=f"朗读稿 {path.name} 中没有可朗读的句子。")
    return Script(sid, title, language_of("".join(lines[:50])), lines, str(path))
