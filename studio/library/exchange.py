"""Export and import of the library: a folder with `manifest.json` and the audio of the takes and of
the samples (trimmed, converted, selected …) voices were cloned from.

Secrets never travel: records carry no keys, and every string in the manifest is passed through
`redact.scrub` as a last guard. Import is additive and idempotent: voices are matched by
(provider, remote id), takes by name and duration, samples by name and duration; what was already
there is counted as skipped, so importing a folder twice says so.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any, TypeVar

from studio import paths
from studio.errors import InvalidInputError
from studio.library.models import Job, Sample, Take, Voice
from studio.library.store import Store
from studio.redact import scrub

T = TypeVar("T")
FORMAT = "voice-studio-library"
VERSION = 1


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def take_path(take: Take | Sample) -> Path:
    p = Path(take.path)
    return p if p.is_absolute() else paths.home() / p


def _copy_audio(record: dict[str, Any], src: Path, dest: Path, folder: Path) -> None:
    if src.exists():
        shutil.copy2(src, dest)
        record["path"] = dest.relative_to(folder).as_posix()
    else:
        record["path"] = ""


def export_library(store: Store, folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    audio_dir = folder / "audio"
    audio_dir.mkdir(exist_ok=True)
    takes = []
    for take in store.takes():
        record = dataclasses.asdict(take)
        src = take_path(take)
        _copy_audio(record, src, audio_dir / f"{take.id}-{src.name}", folder)
        takes.append(record)
    samples = []
    for sample in store.all(Sample):
        record = dataclasses.asdict(sample)
        src = take_path(sample)
        _copy_audio(record, src, audio_dir / f"sample-{sample.id}-{src.name}", folder)
        samples.append(record)
    voices = [dataclasses.asdict(v) for v in store.all(Voice)]
    jobs = [dataclasses.asdict(j) for j in store.all(Job)]
    manifest = {"format": FORMAT, "version": VERSION, "voices": voices, "jobs": jobs, "takes": takes,
                "samples": samples}
    (folder / "manifest.json").write_text(json.dumps(_clean(manifest), ensure_ascii=False, indent=2),
                                          encoding="utf-8")
    return {"voices": len(voices), "jobs": len(jobs), "takes": len(takes), "samples": len(samples)}


def _inside(folder: Path, relative: str) -> Path | None:
    """The file a manifest names, only if it is inside the export folder (a manifest cannot point out)."""
    if not relative:
        return None
    src = (folder / relative).resolve()
    return src if folder.resolve() in src.parents and src.exists() else None


def _free(dest_dir: Path, name: str) -> Path:
    dest = dest_dir / name
    n = 1
    while dest.exists():
        dest = dest_dir / f"{Path(name).stem}-{n}{Path(name).suffix}"
        n += 1
    return dest


def import_library(store: Store, folder: Path) -> dict[str, int]:
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidInputError(f"{folder} is not an exported Voice Studio library ({exc}).",
                                detail_zh=f"{folder} 不是导出的语音工作室音色库。") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InvalidInputError(f"{folder}/manifest.json is not a Voice Studio library manifest.",
                                detail_zh="manifest.json 不是语音工作室音色库清单。")
    counts = {"voices": 0, "jobs": 0, "takes": 0, "samples": 0, "skipped": 0}
    take_ids: dict[int, int] = {}
    existing = {(t.name, round(t.duration_s, 2)): t.id for t in store.takes(include_trashed=True)}
    for record in _records(manifest, "takes"):
        old_id = record.pop("id", None)
        take = _build(Take, record)
        if take is None:
            continue
        known = existing.get((take.name, round(take.duration_s, 2)))
        if known is not None:
            if old_id is not None:
                take_ids[int(old_id)] = known
            counts["skipped"] += 1
            continue
        src = _inside(folder, str(record.get("path") or ""))
        if src is None:
            continue
        dest = _free(paths.takes_dir(), src.name)
        shutil.copy2(src, dest)
        take.path = str(dest.relative_to(paths.home()))
        take = store.add(take)
        if old_id is not None and take.id is not None:
            take_ids[int(old_id)] = take.id
        counts["takes"] += 1
    sample_ids: dict[int, int] = {}
    known_samples = {(s.name, round(s.duration_s, 2)): s.id for s in store.all(Sample)}
    for record in _records(manifest, "samples"):
        old_id = record.pop("id", None)
        sample = _build(Sample, record)
        if sample is None:
            continue
        known = known_samples.get((sample.name, round(sample.duration_s, 2)))
        if known is not None:
            if old_id is not None:
                sample_ids[int(old_id)] = known
            counts["skipped"] += 1
            continue
        src = _inside(folder, str(record.get("path") or ""))
        if src is None:
            continue
        dest = _free(paths.samples_dir(), src.name)
        shutil.copy2(src, dest)
        sample.path = str(dest.relative_to(paths.home()))
        sample.take_id = take_ids.get(sample.take_id) if sample.take_id is not None else None
        sample = store.add(sample)
        if old_id is not None and sample.id is not None:
            sample_ids[int(old_id)] = sample.id
        counts["samples"] += 1
    for record in _records(manifest, "voices"):
        record.pop("id", None)
        voice = _build(Voice, record)
        if voice is None:
            continue
        voice.take_id = take_ids.get(voice.take_id) if voice.take_id is not None else None
        voice.sample_id = sample_ids.get(voice.sample_id) if voice.sample_id is not None else None
        if store.voice_by_remote(voice.provider, voice.remote_id) is None:
            store.add(voice)
            counts["voices"] += 1
        else:
            counts["skipped"] += 1
    for record in _records(manifest, "jobs"):
        record.pop("id", None)
        job = _build(Job, record)
        if job is None:
            continue
        job.voice_id = None
        if store.job_by_remote(job.provider, job.remote_id) is None:
            store.add(job)
            counts["jobs"] += 1
        else:
            counts["skipped"] += 1
    return counts


def _build(cls: type[T], record: dict[str, Any]) -> T | None:
    """A record from a manifest, or None for one that does not describe a `cls` (skipped, not fatal)."""
    try:
        return cls(**{k: v for k, v in record.items() if k in cls.__dataclass_fields__})  # type: ignore[attr-defined]
    except TypeError:
        return None


def _records(manifest: dict[str, Any], key: str) -> list[dict[str, Any]]:
    rows = manifest.get(key, [])
    return [dict(r) for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
