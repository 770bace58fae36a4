"""Batch synthesis: one line of a text file becomes one audio file in a folder.

Each line is an ordinary audition (cached, split, joined, kept in the history), exported as a WAV named
by its line number; files already in the folder are kept, so a stopped batch resumes where it ended.
An `index.txt` maps file names to lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.cancel import NEVER, CancelToken
from studio.flows.audition import audition, export, request_from
from studio.library.store import Store
from studio.providers.base import Provider


@dataclass
class BatchResult:
    done: int
    skipped: int
    total: int
    folder: Path


def batch(store: Store, provider: Provider, voice: str, lines: list[str], folder: Path, params: dict[str, Any],
          *, model: str | None = None, voice_id: int | None = None, cancel: CancelToken = NEVER,
          progress: Callable[[float, str], None] | None = None) -> BatchResult:
    texts = [line.strip() for line in lines if line.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    done = skipped = 0
    for i, text in enumerate(texts):
        cancel.raise_if_cancelled()
        target = folder / f"{i + 1:04d}.wav"
        if progress is not None:
            progress(i / len(texts), f"{i + 1}/{len(texts)}")
        if target.exists():
            skipped += 1
            continue
        outcome = audition(store, provider, request_from(voice, text, params, model=model), voice_id=voice_id,
                           cancel=cancel)
        export(outcome.audition, target, "wav")
        done += 1
    (folder / "index.txt").write_text("\n".join(f"{i + 1:04d}.wav\t{t}" for i, t in enumerate(texts)) + "\n",
                                      encoding="utf-8")
    return BatchResult(done, skipped, len(texts), folder)
