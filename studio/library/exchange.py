"""Export and import of the library: a folder with `manifest.json` and the takes' audio.

Secrets never travel: records carry no keys, and every string in the manifest is passed through
`redact.scrub` as a last guard. Import is additive and idempotent: voices are matched by
(provider, remote id), takes by file name and duration.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

from studio import paths
from studio.errors import InvalidInputError
from studio.library.models import Job, Take, Voice
from studio.library.store import Store
from studio.redact import scrub

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


def take_path(take: Take) -> Path:
    p = Path(take.path)
    return p if p.is_absolute() else paths.home() / p


def export_library(store: Store, folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    audio_dir = folder / "audio"
    audio_dir.mkdir(exist_ok=True)
    takes = []
    for take in store.takes():
        src = take_path(take)
        record = dataclasses.asdict(take)
        if src.exists():
            dest = audio_dir / f"{take.id}-{src.name}"
            shutil.copy2(src, dest)
            record["path"] = f"audio/{dest.name}"
        else:
            record["path"] = ""
        takes.append(record)
    voices = [dataclasses.asdict(v) for v in store.all(Voice)]
    jobs = [dataclasses.asdict(j) for j in store.all(Job)]
    manifest = {"format": FORMAT, "version": VERSION, "voices": voices, "jobs": jobs, "takes": takes}
    (folder / "manifest.json").write_text(json.dumps(_clean(manifest), ensure_ascii=False, indent=2),
                                          encoding="utf-8")
    return {"voices": len(voices), "jobs": len(jobs), "takes": len(takes)}


def import_library(store: Store, folder: Path) -> dict[str, int]:
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidInputError(f"{folder} is not an exported Voice Studio library ({exc}).",
                                detail_zh=f"{folder} 不是导出的语音工作室音色库。") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InvalidInputError(f"{folder}/manifest.json is not a Voice Studio library manifest.",
                                detail_zh="manifest.json 不是语音工作室音色库清单。")
    counts = {"voices": 0, "jobs": 0, "takes": 0}
    take_ids: dict[int, int] = {}
    existing = {(t.name, round(t.duration_s, 2)) for t in store.takes(include_trashed=True)}
    for record in manifest.get("takes", []):
        old_id = record.pop("id", None)
        take = Take(**{k: v for k, v in record.items() if k in Take.__dataclass_fields__})
        if (take.name, round(take.duration_s, 2)) in existing or not record.get("path"):
            continue
        src = (folder / record["path"]).resolve()
        if folder.resolve() not in src.parents or not src.exists():
            continue  # a manifest cannot point outside its own folder
        dest = paths.takes_dir() / src.name
        shutil.copy2(src, dest)
        take.path = str(dest.relative_to(paths.home()))
        take = store.add(take)
        if old_id is not None and take.id is not None:
            take_ids[int(old_id)] = take.id
        counts["takes"] += 1
    for record in manifest.get("voices", []):
        record.pop("id", None)
        voice = Voice(**{k: v for k, v in record.items() if k in Voice.__dataclass_fields__})
        voice.take_id = take_ids.get(voice.take_id) if voice.take_id is not None else None
        voice.sample_id = None
        if store.voice_by_remote(voice.provider, voice.remote_id) is None:
            store.add(voice)
            counts["voices"] += 1
    for record in manifest.get("jobs", []):
        record.pop("id", None)
        job = Job(**{k: v for k, v in record.items() if k in Job.__dataclass_fields__})
        job.voice_id = None
        if store.job_by_remote(job.provider, job.remote_id) is None:
            store.add(job)
            counts["jobs"] += 1
    return counts
