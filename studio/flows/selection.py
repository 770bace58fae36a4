"""Keeping a hand-picked stretch of a take as a sample: the manual twin of the "best 10–20 s" fix.

The take is never touched: the stretch is written to a new file (short fades at the cuts, the source's
rate and channels kept) and recorded as a sample linked to its take, named after it ("Desk reading 1 —
2.0–14.5 s"). The Validate pane's waveform selection uses this.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio import paths
from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError
from studio.library.models import Sample
from studio.library.store import Store

MIN_SELECTION_S = 0.5
KIND = "selection"


@dataclass
class Kept:
    sample: Sample
    path: Path
    name: str


def selection_name(label: str, start_s: float, end_s: float) -> str:
    return f"{label} — {start_s:.1f}–{end_s:.1f} s"


def keep_selection(store: Store, source: Path, start_s: float, end_s: float, *, label: str,
                   take_id: int | None = None, cancel: CancelToken = NEVER,
                   progress: ProgressFn = no_progress) -> Kept:
    from studio.validation.render import render, unique_path

    start_s, end_s = sorted((max(0.0, start_s), max(0.0, end_s)))
    if end_s - start_s < MIN_SELECTION_S:
        raise InvalidInputError(f"Select at least {MIN_SELECTION_S:g} s.",
                                detail_zh=f"请至少选择 {MIN_SELECTION_S:g} 秒。", code="selection_too_short")
    target = unique_path(paths.samples_dir() / f"{source.stem}-{int(start_s * 10):04d}-{int(end_s * 10):04d}.wav")
    out = render(source, target, start_s=start_s, end_s=end_s, cancel=cancel, progress=progress)
    import soundfile

    info = soundfile.info(str(out))
    end_s = start_s + info.frames / info.samplerate  # a selection dragged past the end stops at the end
    home = paths.home()
    relative = str(out.relative_to(home)) if out.is_relative_to(home) else str(out)
    name = selection_name(label, start_s, end_s)
    sample = store.add(Sample(take_id=take_id, path=relative, kind=KIND,
                              params={"start_s": round(start_s, 3), "end_s": round(end_s, 3)},
                              duration_s=end_s - start_s, name=name))
    return Kept(sample, out, name)
