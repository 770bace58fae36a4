"""Applying a fix to a sample: a new file beside the others, recorded as a sample linked to its take and
named after it ("Desk reading 1 — trimmed"). The source is never touched. The Validate pane and
`voice-studio fix` share this.

A fix that would change nothing (a convert of a take that is already mono 16-bit WAV at a rate the
provider takes, a best window of a take already inside 10–20 s …) writes no file and records nothing:
`Fixed.changed` is False and `Fixed.reason` says why, in both languages, for the caller to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio import paths
from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.i18n import Text
from studio.library.models import Sample
from studio.library.store import Store
from studio.validation.findings import FixKind
from studio.validation.report import Report

# What a fix makes of a sample's name, in both languages.
SUFFIX: dict[FixKind, Text] = {
    FixKind.CONVERT: Text("converted", "已转换"),
    FixKind.TRIM: Text("trimmed", "已裁剪"),
    FixKind.NORMALIZE: Text("normalised", "已标准化响度"),
    FixKind.BEST_WINDOW: Text("best 10–20 s", "最佳 10～20 秒"),
}
_FILE_SUFFIX = {FixKind.CONVERT: "converted", FixKind.TRIM: "trimmed", FixKind.NORMALIZE: "normalized",
                FixKind.BEST_WINDOW: "window"}


@dataclass
class Fixed:
    sample: Sample  # not in the library (id None) when nothing changed
    path: Path  # the new file, or the source when nothing changed
    name: str
    report: Report | None
    changed: bool = True
    reason: Text | None = None  # why nothing changed


def fixed_name(label: str, kind: FixKind, lang: str = "en") -> str:
    return f"{label} — {SUFFIX[kind](lang)}"


def apply(store: Store, kind: FixKind, source: Path, *, label: str, rule_key: str, take_id: int | None = None,
          report: Report | None = None, lang: str = "en", target: Path | None = None,
          cancel: CancelToken = NEVER, progress: ProgressFn = no_progress) -> Fixed:
    """Write the fixed sample (to `target`, or a new file in the samples folder), record it in the
    library, and return it with its own analysis."""
    from studio.validation import fixes

    kind = FixKind(kind)
    target = target or fixes.unique_path(paths.samples_dir() / f"{source.stem}-{_FILE_SUFFIX[kind]}.wav")
    if kind == FixKind.CONVERT:
        result = fixes.convert(source, target, provider=rule_key, cancel=cancel, progress=progress)
    elif kind == FixKind.TRIM:
        result = fixes.trim_edges(source, target, report=report, provider=rule_key, cancel=cancel, progress=progress)
    elif kind == FixKind.NORMALIZE:
        result = fixes.normalize_loudness(source, target, report=report, provider=rule_key, cancel=cancel,
                                          progress=progress)
    elif kind == FixKind.BEST_WINDOW:
        result = fixes.best_window(source, target, provider=rule_key, cancel=cancel, progress=progress)
    else:
        raise ValueError(f"{kind} is not a fix of one sample")
    out = Path(result.output)
    home = paths.home()
    relative = str(out.relative_to(home)) if out.is_relative_to(home) else str(out)
    if not result.changed:
        unsaved = Sample(take_id=take_id, path=relative, kind=kind.value, params=dict(result.params),
                         duration_s=result.report.duration_s if result.report else 0.0, name=label)
        return Fixed(unsaved, out, label, result.report, changed=False, reason=result.reason)
    name = fixed_name(label, kind, lang)
    sample = store.add(Sample(take_id=take_id, path=relative, kind=kind.value, params=dict(result.params),
                              duration_s=result.report.duration_s if result.report else 0.0,
                              report=result.report.to_dict() if result.report else {}, name=name))
    return Fixed(sample, out, name, result.report)
