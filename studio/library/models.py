"""Library records. Plain dataclasses; `store` maps them to SQLite rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from studio.providers.base import JobStatus, VoiceStatus


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class Take:
    name: str
    path: str  # relative to the data home, or absolute for files left where they were
    duration_s: float = 0.0
    sample_rate: int = 0
    channels: int = 1
    peak_db: float | None = None
    rms_db: float | None = None
    clip_count: int = 0
    overflows: int = 0
    warnings: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    source: str = "recorded"  # recorded | imported | recovered
    trashed: bool = False
    script: str = ""  # script id when recorded in the script booth
    line_index: int | None = None
    created: str = field(default_factory=now_iso)
    id: int | None = None


@dataclass
class Sample:
    """Audio derived from a take by a fix (trim, convert, normalise, best window, dataset)."""

    take_id: int | None
    path: str
    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    duration_s: float = 0.0
    report: dict[str, Any] = field(default_factory=dict)
    created: str = field(default_factory=now_iso)
    id: int | None = None
    name: str = ""  # e.g. "Desk reading 1 — trimmed"


@dataclass
class Voice:
    provider: str
    remote_id: str
    name: str = ""
    target_model: str = ""
    status_raw: str = ""
    status: VoiceStatus = VoiceStatus.UNKNOWN
    take_id: int | None = None
    sample_id: int | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)
    synced: str = ""
    last_audition: str = ""
    id: int | None = None


@dataclass
class Job:
    provider: str
    remote_id: str  # "" while a create is on its way (see client_ref)
    kind: str = "train"
    status_raw: str = ""
    status: JobStatus = JobStatus.QUEUED
    model_name: str = ""
    message: str = ""
    voice_id: int | None = None
    history: list[dict[str, Any]] = field(default_factory=list)  # [{"at", "status_raw", "status"}]
    extra: dict[str, Any] = field(default_factory=dict)
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    id: int | None = None
    client_ref: str = ""  # what the studio sent with the create (a customId), to find the job again


@dataclass
class Audition:
    provider: str
    voice: str  # remote id or stock voice name
    text: str
    audio_path: str
    params: dict[str, Any] = field(default_factory=dict)
    format: str = "wav"
    sample_rate: int = 0
    duration_s: float = 0.0
    first_audio_s: float | None = None
    total_s: float = 0.0
    characters: int = 0
    cost: float = 0.0
    cache_key: str = ""
    voice_id: int | None = None
    created: str = field(default_factory=now_iso)
    id: int | None = None
    spans: list[dict[str, Any]] = field(default_factory=list)  # [{"text", "begin_s", "end_s"}]
