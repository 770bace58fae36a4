"""Translations: Qt .ts sources under resources/translations, compiled to .qm at set-up.

`python -m studio.i18n build` compiles every .ts; `python -m studio.i18n update` refreshes the .ts
files from the sources (keeping existing translations). Neither needs a display.
"""

from __future__ import annotations

import locale
import os
import sys
from pathlib import Path
from typing import NamedTuple

from studio.paths import resource_dir

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


class Text(NamedTuple):
    """A string in both studio languages, for Qt-free code (vendor specs, findings, errors).

    Widgets translate their own strings with Qt's tr(); what the domain declares carries both
    languages itself and is picked with `text(lang)` (`lang` is "en", "zh_CN", or any "zh…").
    """

    en: str
    zh: str

    def __call__(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") and self.zh else self.en
TS_DIR_NAME = "translations"


def translations_dir() -> Path:
    return resource_dir() / TS_DIR_NAME


def system_language() -> str:
    """The studio language that best matches the system locale (zh_* → zh_CN, else en)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    loc = locale.getlocale()[0] or ""
    return "zh_CN" if loc.lower().startswith("zh") else "en"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    if exe.exists():
        return str(exe)
    import shutil  # the translation tools only: not on the path of every command

    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def build() -> int:
    import subprocess

    out = 0
    for ts in sorted(translations_dir().glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        res = subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=False)
        out |= res.returncode
    return out


def update() -> int:
    import subprocess

    root = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in root.rglob("*.py")
                     if "ui" in p.parts or "services" in p.parts or p.name in {"app.py"})
    out = 0
    for lang in LANGUAGES:
        ts = translations_dir() / f"studio_{lang}.ts"
        res = subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=False
        )
        out |= res.returncode
    return out


if __name__ == "__main__":
    verb = sys.argv[1] if len(sys.argv) > 1 else "build"
    sys.exit({"build": build, "update": update}[verb]())
