"""The lines a provider gives to read (`Capability.TRAINING_TEXT`) kept as a script the booth reads from,
and which line a take read.

The lines land as a plain script file (one line each) beside a small record of the provider and each
line's text id, named by a digest of the ids: a new batch of lines (Tencent's ids last 7 days) is a new
script, so a take filed under an earlier batch keeps pointing at the line it read. A take recorded in
the booth carries its script id and line index, and that is enough to find its text id again for the
provider's check and the clone.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from studio import paths
from studio.providers.base import TrainingText

FOLDER = "provider-lines"


@dataclass(frozen=True)
class LineRef:
    """The line a take read: which provider gave it, and its id there."""

    provider: str
    text_id: str
    text: str


def lines_dir() -> Path:
    folder = paths.takes_dir() / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_lines(provider: str, lines: list[TrainingText]) -> Path:
    """Keep `lines` as a script file for the booth; the path to open (the same batch gives the same file)."""
    digest = hashlib.sha1("\n".join(f"{t.text_id}\t{t.text}" for t in lines).encode("utf-8")).hexdigest()[:10]
    folder = lines_dir()
    script = folder / f"{provider}-{digest}.txt"
    record = script.with_suffix(".json")
    if not script.exists() or not record.exists():
        texts = [" ".join(t.text.split()) for t in lines]
        data = {"provider": provider, "ids": [t.text_id for t in lines], "texts": texts}
        for path, body in ((record, json.dumps(data, ensure_ascii=False, indent=1)), (script, "\n".join(texts) + "\n")):
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(body, encoding="utf-8")
            os.replace(tmp, path)
    return script


def provider_of_script(script: str | Path) -> str | None:
    """The provider whose lines a script (its id or path) is, or None for any other script."""
    record = lines_dir() / f"{Path(str(script)).stem}.json"
    try:
        return str(json.loads(record.read_text(encoding="utf-8"))["provider"])
    except (OSError, ValueError, KeyError):
        return None


def line_of(script: str, line_index: int | None) -> LineRef | None:
    """The provider's line a booth take read (`script`: the take's script id), or None."""
    if not script or line_index is None:
        return None
    try:
        data = json.loads((lines_dir() / f"{Path(script).stem}.json").read_text(encoding="utf-8"))
        return LineRef(str(data["provider"]), str(data["ids"][line_index]), str(data["texts"][line_index]))
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return None
