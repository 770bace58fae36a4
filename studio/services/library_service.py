"""Library operations for the GUI: load, sync, lifecycle, quotas, and a background poller that
refreshes pending voices and jobs with backoff until they settle."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from studio import catalog
from studio.errors import StudioError
from studio.flows import clone as flows_clone
from studio.flows import enrol as flows_enrol
from studio.flows import library as flows_library
from studio.flows.library import SyncOutcome
from studio.library import exchange
from studio.library.models import Job, Sample, Voice
from studio.library.sync import (
    SyncReport,
    VoicesDelta,
    diff_voices,
    pending_jobs,
)
from studio.services.hub import Change, Services
from studio.services.tasks import TaskContext, TaskHandle
from studio.services.voice_design import VoiceDesignService

log = logging.getLogger(__name__)

POLL_MIN_MS = 5_000
POLL_MAX_MS = 60_000
EXPIRY_WARNING_DAYS = 7.0  # voices that expire this soon are marked in the list and announced


class LibraryService(QObject):
    voices_loaded = Signal(object)  # VoicesDelta against the snapshot given to reload()
    sync_finished = Signal(str, object)  # provider, SyncReport
    sync_all_finished = Signal(list)  # list[SyncOutcome]: every provider's result of one "Sync all", at once
    quota_loaded = Signal(str, object)  # provider, Quota | None
    job_settled = Signal(object)  # Job that reached a final state
    saved = Signal(object)  # Voice whose local fields were saved
    exported = Signal(object, object)  # folder, counts
    imported = Signal(object, object)  # folder, counts
    expiring_found = Signal(list)  # list[flows.clone.Expiry]: voices expiring within the warning window, soonest first

    def __init__(self, services: Services, parent: QObject | None = None,
                 known_voices: Callable[[], dict[int, Voice]] | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._known = known_voices or dict
        self.store = services.workspace.store
        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.timeout.connect(self.poll_pending)
        self._interval = POLL_MIN_MS
        self._polling: TaskHandle | None = None
        self._closed = False
        self._source_names: tuple[dict[int, str], dict[int, str]] = ({}, {})
        # Several changes announced together (voices and jobs after a sync) cause one reload, not two.
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(lambda: self.reload(self.known_voices()))
        services.library_changed.connect(self._on_library_changed)
        self.design = VoiceDesignService(services, self)

    # reading
    def reload(self, known: dict[int, Voice] | None = None) -> TaskHandle:
        """Read the voices in the background and emit what changed against `known` (the caller's
        current snapshot), so the GUI thread only applies a small delta."""
        snapshot = dict(known or self.known_voices())

        def work(ctx: TaskContext) -> tuple[VoicesDelta, tuple[dict[int, str], dict[int, str]]]:
            return diff_voices(snapshot, self.store.all(Voice)), self._read_source_names()

        def done(result: Any) -> None:
            delta, self._source_names = result
            self.voices_loaded.emit(delta)

        return self.services.run(owner=self, fn=work, name=self.tr("Loading library"), on_done=done, track=False)

    def set_known(self, known_voices: Callable[[], dict[int, Voice]]) -> None:
        """What the view shows now, so reloads send it only the difference."""
        self._known = known_voices

    def known_voices(self) -> dict[int, Voice]:
        """What the view shows now (given by the page), so reloads send only the difference."""
        return self._known()

    def jobs_for(self, voice: Voice) -> list[Job]:
        rows = self.store.all(Job, "voice_id = ? OR model_name = ?", (voice.id, voice.remote_id),
                              order="created DESC")
        job_id = voice.extra.get("job")
        if job_id and not any(j.remote_id == job_id for j in rows):
            rows.extend(self.store.all(Job, "remote_id = ?", (job_id,)))
        return rows

    # expiry (providers whose voices stop working after a vendor-set time)
    warning_days = EXPIRY_WARNING_DAYS

    @staticmethod
    def expiry_of(voice: Voice) -> datetime | None:
        return flows_clone.expiry_of(voice)

    def check_expiring(self) -> TaskHandle:
        store = self.store
        return self.services.run(lambda ctx: flows_clone.expiring(store, self.warning_days), name="expiry",
                                 owner=self, on_done=self.expiring_found.emit, report_errors=False, track=False)

    # sync
    # Building a provider may import heavy modules, so even `is_configured()` runs in the worker.
    def sync(self, provider: str, *, report_errors: bool = True) -> TaskHandle:
        ws = self.services.workspace

        def work(ctx: TaskContext) -> SyncReport | None:
            return flows_library.sync(self.store, ws.provider(provider), ctx.cancel)

        def done(report: Any) -> None:
            if report is not None:
                self.sync_finished.emit(provider, report)
                self.services.library_changed.emit(Change.VOICES)
                self.services.library_changed.emit(Change.JOBS)

        title = self.services.spec(provider).title(self.services.language)
        return self.services.run(owner=self, fn=work, name=self.tr("Syncing %1").replace("%1", title),
                                 queue=self.services.queue_for(provider), on_done=done,
                                 report_errors=report_errors)

    def sync_all(self) -> list[TaskHandle]:
        """Sync every provider (in parallel across accounts); the results come back together in one
        `sync_all_finished`, so one failing account is reported once, not once per provider."""
        names = list(catalog.names())
        outcomes: dict[str, SyncOutcome] = {}

        def settle(name: str, handle: TaskHandle) -> None:
            if handle.error is not None:
                outcomes[name] = SyncOutcome(name, error=handle.error)
            else:
                outcomes[name] = SyncOutcome(name, report=handle.result)
            if len(outcomes) == len(names):
                self.sync_all_finished.emit([outcomes[n] for n in names])

        handles = []
        for name in names:
            handle = self.sync(name, report_errors=False)
            handle.finished.connect(lambda n=name, h=handle: settle(n, h))
            if handle.done:  # an inline runner has finished it already
                settle(name, handle)
            handles.append(handle)
        return handles

    def refresh_quota(self, provider: str) -> TaskHandle:
        ws = self.services.workspace

        def work(ctx: TaskContext) -> Any:
            engine = ws.provider(provider)
            return engine.quota(ctx.cancel) if engine.is_configured() else None

        return self.services.run(owner=self, fn=work, name=self.tr("Checking quota"), queue=self.services.queue_for(provider),
                                 on_done=lambda q: self.quota_loaded.emit(provider, q), report_errors=False,
                                 track=False)

    # lifecycle
    def save_local(self, voice: Voice) -> None:
        """Rename, tags, notes: local fields only, one small transaction. The list and its search are
        updated from the store right after (the view is handed a copy, never the object it shows)."""
        self.store.update(voice)
        self.services.library_changed.emit(Change.VOICES)
        self.saved.emit(voice)

    def source_names(self) -> tuple[dict[int, str], dict[int, str]]:
        """Names of the samples and takes voices were cloned from, by id (for the list's Source column), as
        read with the voices by the last reload (in the worker, not on the GUI thread)."""
        return self._source_names

    def _read_source_names(self) -> tuple[dict[int, str], dict[int, str]]:
        samples = {s.id: s.name or Path(s.path).stem for s in self.store.all(Sample) if s.id is not None}
        takes = {t.id: t.name for t in self.store.takes(include_trashed=True) if t.id is not None}
        return samples, takes

    def delete(self, voice: Voice, *, remote: bool, on_done: Any = None,
               on_error: Any = None) -> TaskHandle:
        ws = self.services.workspace

        def work(ctx: TaskContext) -> Voice:
            if remote and voice.status != "gone":
                ws.provider(voice.provider).delete_voice(voice.remote_id, ctx.cancel)
            assert voice.id is not None
            self.store.delete(Voice, voice.id)
            return voice

        def done(v: Any) -> None:
            self.services.library_changed.emit(Change.VOICES)
            if on_done:
                on_done(v)

        return self.services.run(owner=self, fn=work, name=self.tr("Deleting %1").replace("%1", voice.name or voice.remote_id),
                                 queue=self.services.queue_for(voice.provider), on_done=done, on_error=on_error)

    def update_from_sample(self, voice: Voice, sample: Path) -> TaskHandle:
        """Re-enroll the same voice id from another sample (providers that support it)."""
        ws = self.services.workspace

        def work(ctx: TaskContext) -> Voice:
            return flows_enrol.update(self.store, ws.provider(voice.provider), voice, audio=sample,
                                      cancel=ctx.cancel, progress=ctx.progress)

        return self.services.run(owner=self, fn=work, name=self.tr("Updating %1").replace("%1", voice.name or voice.remote_id),
                                 queue=self.services.queue_for(voice.provider),
                                 on_done=lambda _v: self.services.library_changed.emit(Change.VOICES))

    def export_to(self, folder: Path) -> TaskHandle:
        return self.services.run(owner=self, fn=lambda ctx: exchange.export_library(self.store, folder),
                                 name=self.tr("Exporting the library"),
                                 on_done=lambda counts: self.exported.emit(folder, counts))

    def import_from(self, folder: Path) -> TaskHandle:
        def done(counts: Any) -> None:
            for change in (Change.VOICES, Change.JOBS, Change.TAKES, Change.SAMPLES):
                self.services.library_changed.emit(change)
            self.imported.emit(folder, counts)

        return self.services.run(owner=self, fn=lambda ctx: exchange.import_library(self.store, folder),
                                 name=self.tr("Importing a library"), on_done=done)

    # background refresh of what is still pending
    def start_polling(self) -> None:
        if self._closed:
            return
        self._interval = POLL_MIN_MS
        self._poll.start(0)

    def close(self) -> None:
        """No more polling: the studio is closing (its store with it)."""
        self._closed = True
        self._poll.stop()
        self._reload_soon.stop()

    def stop_polling(self) -> None:
        self._poll.stop()

    def _on_library_changed(self, what: str) -> None:
        if self._closed:
            return
        if what in (Change.VOICES, Change.JOBS):
            self._reload_soon.start()
            if what == Change.JOBS or self._interval > POLL_MIN_MS:
                self._interval = POLL_MIN_MS
                if not self._poll.isActive() and self._polling is None:
                    self._poll.start(POLL_MIN_MS)

    def poll_pending(self) -> None:
        if self._closed:
            return
        ws = self.services.workspace

        def work(ctx: TaskContext) -> flows_library.Refresh:
            return flows_library.refresh_pending(self.store, ws.provider, ctx.cancel)

        def done(result: Any) -> None:
            self._polling = None
            for job in result.settled:
                self.job_settled.emit(job)
            if result.changed:
                self.services.library_changed.emit(Change.JOBS)
                self._interval = POLL_MIN_MS
            else:
                self._interval = min(POLL_MAX_MS, self._interval * 2)
            if result.still_pending:
                self._poll.start(self._interval)

        def failed(err: StudioError) -> None:
            self._polling = None
            self._interval = min(POLL_MAX_MS, self._interval * 2)
            self._poll.start(self._interval)

        self._polling = self.services.run(owner=self, fn=work, name=self.tr("Refreshing pending voices and jobs"),
                                          on_done=done, on_error=failed, track=False)

    def _still_pending(self) -> bool:
        return bool(pending_jobs(self.store)) or self.store.count(Voice, "status = ?", ("pending",)) > 0
