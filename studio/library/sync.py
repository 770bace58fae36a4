"""Keeping the library in step with each provider, and recording what providers return.

Sync adopts voices created elsewhere, refreshes known ones, and marks voices the provider no longer
lists as gone (never silently dropped: the user decides). Every write is its own transaction, so a
vendor error midway leaves the library consistent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.cancel import NEVER, CancelToken
from studio.library.models import Job, Voice, now_iso
from studio.library.store import Store
from studio.providers.base import JobStatus, Provider, RemoteJob, RemoteVoice, VoiceStatus


@dataclass
class SyncReport:
    provider: str
    adopted: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    total_remote: int = 0


def voice_from_remote(remote: RemoteVoice, existing: Voice | None = None) -> Voice:
    voice = existing or Voice(provider=remote.provider, remote_id=remote.remote_id)
    voice.name = voice.name or remote.name or remote.remote_id
    voice.target_model = remote.target_model or voice.target_model
    voice.status_raw = remote.status_raw
    voice.status = remote.status
    voice.extra = {**voice.extra, **remote.extra}
    if remote.created and not existing:
        voice.created = remote.created
    voice.synced = now_iso()
    return voice


def record_voice(store: Store, remote: RemoteVoice, *, take_id: int | None = None,
                 sample_id: int | None = None, name: str = "") -> Voice:
    existing = store.voice_by_remote(remote.provider, remote.remote_id)
    voice = voice_from_remote(remote, existing)
    if name:
        voice.name = name
    if take_id is not None:
        voice.take_id = take_id
    if sample_id is not None:
        voice.sample_id = sample_id
    return store.upsert_voice(voice)


def sync_voices(store: Store, provider: Provider, cancel: CancelToken = NEVER) -> SyncReport:
    remote = provider.list_voices(cancel)
    report = SyncReport(provider.name, total_remote=len(remote))
    seen: set[str] = set()
    # one transaction: a thousand voices are one commit, and a sync cancelled half-way changes nothing
    with store.transaction():
        for item in remote:
            cancel.raise_if_cancelled()
            seen.add(item.remote_id)
            existing = store.voice_by_remote(provider.name, item.remote_id)
            (report.updated if existing else report.adopted).append(item.remote_id)
            store.upsert_voice(voice_from_remote(item, existing))
        for voice in store.all(Voice, "provider = ? AND status != ?", (provider.name, VoiceStatus.GONE.value)):
            if voice.remote_id not in seen:
                voice.status = VoiceStatus.GONE
                voice.synced = now_iso()
                store.update(voice)
                report.gone.append(voice.remote_id)
    return report


def record_job(store: Store, remote: RemoteJob) -> Job:
    """Insert or update a job, appending to its history when the vendor status changed."""
    job = store.job_by_remote(remote.provider, remote.remote_id)
    if job is None:
        job = Job(provider=remote.provider, remote_id=remote.remote_id, kind=remote.kind)
    changed = job.status_raw != remote.status_raw or not job.history
    job.status_raw = remote.status_raw
    job.status = remote.status
    job.model_name = remote.model_name or job.model_name
    job.message = remote.message
    job.extra = {**job.extra, **remote.extra}
    if changed:
        job.history = [*job.history, {"at": now_iso(), "status_raw": remote.status_raw,
                                      "status": remote.status.value, "message": remote.message}]
    job = store.add(job) if job.id is None else store.update(job)
    if remote.status == JobStatus.SUCCEEDED and remote.model_name and remote.kind == "train":
        voice = store.voice_by_remote(remote.provider, remote.model_name) or Voice(
            provider=remote.provider, remote_id=remote.model_name, name=remote.model_name)
        voice.status = VoiceStatus.READY
        voice.status_raw = remote.status_raw
        voice.target_model = voice.target_model or remote.model_name
        voice.extra = {**voice.extra, "job": remote.remote_id}
        voice = store.upsert_voice(voice)
        if job.voice_id != voice.id:
            job.voice_id = voice.id
            store.update(job)
    return job


def refresh_job(store: Store, provider: Provider, job: Job, cancel: CancelToken = NEVER) -> Job:
    return record_job(store, provider.get_job(job.remote_id, cancel))


def pending_jobs(store: Store) -> list[Job]:
    settled = tuple(s.value for s in JobStatus if s.settled)
    marks = ",".join("?" for _ in settled)
    # a create still on its way has no remote id yet: its provider resolves it (by client reference)
    return store.all(Job, f"status NOT IN ({marks}) AND remote_id IS NOT NULL", settled)


@dataclass
class VoicesDelta:
    """What changed between two snapshots of the voices table (computed off the GUI thread)."""

    removed: set[int] = field(default_factory=set)
    changed: list[Voice] = field(default_factory=list)
    added: list[Voice] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.removed or self.changed or self.added)


def diff_voices(known: dict[int, Voice], fresh: list[Voice]) -> VoicesDelta:
    delta = VoicesDelta()
    seen: set[int] = set()
    for voice in fresh:
        assert voice.id is not None
        seen.add(voice.id)
        old = known.get(voice.id)
        if old is None:
            delta.added.append(voice)
        elif old != voice:
            delta.changed.append(voice)
    delta.removed = set(known) - seen
    return delta
