"""Training jobs for the GUI: start one from chosen takes (dataset built, checked and uploaded by the
provider), then follow, cancel or delete it. Jobs are recorded in the library at once, so a restart
never loses one; the library poller takes them to their end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.errors import StudioError
from studio.flows.enrol import train
from studio.library.models import Job, Take
from studio.library.sync import refresh_job
from studio.providers.spec import parse_options
from studio.services.hub import Change, Services
from studio.services.tasks import TaskContext, TaskHandle


class TrainingService(QObject):
    started = Signal(object)  # Job
    jobs_changed = Signal()

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.store = services.workspace.store
        services.library_changed.connect(self._library_changed)

    def _library_changed(self, what: str) -> None:
        if what == Change.JOBS:
            self.jobs_changed.emit()

    def minutes_needed(self, provider: str) -> float:
        """Effective speech the provider's training needs (its spec's recording target)."""
        return self.services.spec(provider).recording.minutes_needed

    def takes(self) -> list[Take]:
        return self.store.takes()

    def take_path(self, take: Take) -> Path:
        p = Path(take.path)
        return p if p.is_absolute() else self.services.workspace.home / p

    def start(self, provider: str, name: str, takes: list[Take], options: dict[str, Any] | None = None, *,
              on_done: Callable[[Job], None] | None = None, on_error: Callable[[StudioError], None] | None = None,
              on_progress: Callable[[float, str], None] | None = None) -> TaskHandle:
        ws = self.services.workspace
        inputs = [self.take_path(t) for t in takes]

        spec = self.services.spec(provider)
        parse_options(spec.train_options, {k: v for k, v in (options or {}).items() if v is not None})  # fail now

        def work(ctx: TaskContext) -> Job:
            return train(self.store, ws.provider(provider), name, inputs, options=options, cancel=ctx.cancel,
                         progress=ctx.progress)

        def done(job: Any) -> None:
            self.services.library_changed.emit(Change.JOBS)
            self.started.emit(job)
            if on_done is not None:
                on_done(job)

        return self.services.run(owner=self, fn=work, name=self.tr("Starting training on %1")
                                 .replace("%1", spec.title(self.services.language)),
                                 queue=self.services.queue_for(provider), on_done=done, on_error=on_error,
                                 on_progress=on_progress, report_errors=on_error is None)

    def jobs(self) -> list[Job]:
        return self.store.all(Job, order="created DESC, id DESC")

    def refresh(self, job: Job) -> TaskHandle:
        ws = self.services.workspace
        return self.services.run(owner=self, fn=lambda ctx: refresh_job(self.store, ws.provider(job.provider), job, ctx.cancel),
                                 name=self.tr("Refreshing %1").replace("%1", job.remote_id),
                                 queue=self.services.queue_for(job.provider),
                                 on_done=lambda _j: self.services.library_changed.emit(Change.JOBS))

    def cancel(self, job: Job) -> TaskHandle:
        ws = self.services.workspace

        def work(ctx: TaskContext) -> Job:
            provider = ws.provider(job.provider)
            provider.cancel_job(job.remote_id, ctx.cancel)
            return refresh_job(self.store, provider, job, ctx.cancel)

        return self.services.run(owner=self, fn=work, name=self.tr("Cancelling %1").replace("%1", job.remote_id),
                                 queue=self.services.queue_for(job.provider),
                                 on_done=lambda _j: self.services.library_changed.emit(Change.JOBS))

    def delete(self, job: Job) -> TaskHandle:
        ws = self.services.workspace

        def work(ctx: TaskContext) -> None:
            ws.provider(job.provider).delete_job(job.remote_id, ctx.cancel)
            assert job.id is not None
            self.store.delete(Job, job.id)

        return self.services.run(owner=self, fn=work, name=self.tr("Deleting %1").replace("%1", job.remote_id),
                                 queue=self.services.queue_for(job.provider),
                                 on_done=lambda _r: self.services.library_changed.emit(Change.JOBS))
