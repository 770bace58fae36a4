"""Keeping the library in step with the providers: sync (one provider, or all of them with each one's
outcome), and refreshing what is still pending (voices under review, jobs under way).

The Library pane's poller, its Sync buttons and `voice-studio voices list --sync` / `jobs list --refresh`
run these same functions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from studio.cancel import NEVER, CancelToken
from studio.errors import StudioError, as_studio_error
from studio.flows.clone import land_voice
from studio.library.models import Job, Voice
from studio.library.store import Store
from studio.library.sync import SyncReport, pending_jobs, record_job, record_voice, sync_voices
from studio.providers.base import Capability, JobStatus, Provider, VoiceStatus

log = logging.getLogger(__name__)

ProviderFor = Callable[[str], Provider]


@dataclass
class SyncOutcome:
    """One provider's sync: its report, or why it failed (the others go on), or skipped (no account)."""

    provider: str
    report: SyncReport | None = None
    error: StudioError | None = None

    @property
    def skipped(self) -> bool:
        return self.report is None and self.error is None


def sync(store: Store, provider: Provider, cancel: CancelToken = NEVER) -> SyncReport | None:
    """Voices and jobs of one provider; None when it has no account set up."""
    if not provider.is_configured():
        return None
    report = sync_voices(store, provider, cancel)
    for remote in provider.list_jobs(cancel):  # training and generate jobs, for the Jobs tab
        record_job(store, remote)
    return report


def sync_all(store: Store, names: Iterable[str], provider_for: ProviderFor,
             cancel: CancelToken = NEVER) -> list[SyncOutcome]:
    """Sync every provider; one failing does not stop the others, and each says how it went."""
    out = []
    for name in names:
        cancel.raise_if_cancelled()
        try:
            out.append(SyncOutcome(name, report=sync(store, provider_for(name), cancel)))
        except StudioError as err:
            if err.kind.value == "cancelled":
                raise
            out.append(SyncOutcome(name, error=err))
        except Exception as exc:  # a provider's bug must not hide the other providers' results
            log.exception("sync of %s failed", name)
            out.append(SyncOutcome(name, error=as_studio_error(exc)))
    return out


@dataclass
class Refresh:
    changed: bool = False
    settled: list[Job] = field(default_factory=list)  # jobs that reached a final state just now
    still_pending: bool = False  # something is still under review or under way


def refresh_pending(store: Store, provider_for: ProviderFor, cancel: CancelToken = NEVER) -> Refresh:
    """Ask each provider about its voices under review and its jobs under way; record what changed.
    A provider that cannot answer now is skipped (asked again next time)."""
    out = Refresh()
    for voice in store.all(Voice, "status = ?", (VoiceStatus.PENDING.value,)):
        provider = provider_for(voice.provider)
        if cancel.cancelled or not provider.is_configured():
            continue
        try:
            remote = provider.get_voice(voice.remote_id, cancel)
        except StudioError as exc:
            log.info("status of %s not refreshed: %s", voice.remote_id, exc.kind.value)
            continue
        if remote.status_raw != voice.status_raw or remote.status.value != voice.status:
            record_voice(store, remote)
            out.changed = True
    for job in pending_jobs(store):
        provider = provider_for(job.provider)
        if cancel.cancelled or not provider.is_configured():
            continue
        try:
            remote_job = provider.get_job(job.remote_id, cancel)
        except StudioError as exc:
            log.info("job %s not refreshed: %s", job.remote_id, exc.kind.value)
            continue
        if remote_job.status_raw != job.status_raw:
            updated = record_job(store, remote_job)
            out.changed = True
            if JobStatus(updated.status).settled:
                out.settled.append(updated)
                if provider.can(Capability.SAMPLE_JOB):  # a clone's voice lands with its name and expiry
                    land_voice(store, provider, updated, cancel)
    out.still_pending = bool(pending_jobs(store)) or store.count(Voice, "status = ?", (VoiceStatus.PENDING.value,)) > 0
    return out
