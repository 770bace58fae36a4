"""What leads up to a clone on providers that take part in it, for the GUI: the lines the provider wants
read (kept as a booth script), the provider's own check of a take or of the room, and a clone through the
provider's job — thin over `studio.flows.clone`, the flows `voice-studio voices texts|check|create` run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from studio.errors import StudioError, VendorRejectedError
from studio.flows import clone as clone_flow
from studio.flows import reading_lines
from studio.flows.reading_lines import LineRef
from studio.library.models import Take
from studio.providers.base import SampleCheck
from studio.services.hub import Change, Services
from studio.services.tasks import TaskContext, TaskHandle

if TYPE_CHECKING:
    from studio.services.validation_service import Subject

__all__ = ["CheckResult", "CloneService", "LineRef", "SampleCheck"]


@dataclass
class CheckResult:
    """The provider's verdict on a take (or, `environment`, on the room), and what it judged."""

    provider: str
    path: Path
    text_id: str
    check: SampleCheck
    environment: bool = False


class CloneService(QObject):
    lines_ready = Signal(str, object)  # provider, Path of the script holding its lines
    lines_failed = Signal(str, object)  # provider, StudioError
    checked = Signal(object)  # CheckResult
    check_failed = Signal(str, object)  # provider, StudioError
    cloned = Signal(object)  # Voice (made at once or already done) or Job (the provider is making it)
    clone_failed = Signal(object)  # StudioError

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services

    def _title(self, provider: str) -> str:
        return self.services.spec(provider).title(self.services.language)

    def configured(self, provider: str, on_done: Any, owner: QObject | None = None) -> TaskHandle:
        """Ask (in a worker) whether the provider has what it needs to be called; `on_done(bool)`."""
        return self.services.accounts.check_configured(provider, on_done, owner or self)

    def option_defaults(self, provider: str) -> dict[str, Any]:
        """The enrol options' defaults the user set for this provider (a provider setting named
        `<provider>.<option>`, such as the default target model), else the spec's own."""
        spec = self.services.spec(provider)
        settings = self.services.workspace.settings
        keys = {f.key for f in spec.fields}
        out: dict[str, Any] = {}
        for option in spec.enrol_options:
            key = f"{spec.name}.{option.key}"
            if key in keys:
                value = settings.get(key)
                if value not in (None, ""):
                    out[option.key] = value
        return out

    # the lines to read
    def fetch_lines(self, provider: str) -> TaskHandle:
        ws = self.services.workspace

        def work(ctx: TaskContext) -> Path:
            lines = clone_flow.training_texts(ws.provider(provider), cancel=ctx.cancel)
            return reading_lines.save_lines(provider, lines)

        return self.services.run(owner=self, fn=work, queue=self.services.queue_for(provider),
                                 name=self.tr("Asking %1 for lines to read").replace("%1", self._title(provider)),
                                 on_done=lambda path: self.lines_ready.emit(provider, path),
                                 on_error=lambda err: self._failed(self.lines_failed, provider, err))

    def line_of_take(self, take_id: int | None) -> LineRef | None:
        """The provider's line a take read in the booth, or None (a take of any other script)."""
        if take_id is None:
            return None
        take = self.services.workspace.store.get(Take, take_id)
        return None if take is None else reading_lines.line_of(take.script, take.line_index)

    def lines_provider(self, script: str | Path) -> str | None:
        return reading_lines.provider_of_script(script)

    # the provider's check
    def check(self, provider: str, path: Path, text_id: str) -> TaskHandle:
        ws = self.services.workspace

        def work(ctx: TaskContext) -> CheckResult:
            found = clone_flow.check_take(ws.provider(provider), path, text_id=text_id, cancel=ctx.cancel)
            return CheckResult(provider, path, text_id, found)

        return self._run_check(provider, work, self.tr("%1 is checking the take"))

    def check_room(self, provider: str, path: Path) -> TaskHandle:
        """The provider's environment check of room tone; it judges against a line it gave, so the first
        of a fresh batch is asked for first."""
        ws = self.services.workspace

        def work(ctx: TaskContext) -> CheckResult:
            engine = ws.provider(provider)
            lines = clone_flow.training_texts(engine, cancel=ctx.cancel)
            if not lines:
                raise VendorRejectedError("The provider gave no line to check against.", provider=provider,
                                  detail_zh="服务商没有提供可用于检测的文本。")
            found = clone_flow.check_take(engine, path, text_id=lines[0].text_id, environment=True, cancel=ctx.cancel)
            return CheckResult(provider, path, lines[0].text_id, found, environment=True)

        return self._run_check(provider, work, self.tr("%1 is checking the room"))

    def _run_check(self, provider: str, work: Any, name: str) -> TaskHandle:
        return self.services.run(owner=self, fn=work, queue=self.services.queue_for(provider),
                                 name=name.replace("%1", self._title(provider)), on_done=self.checked.emit,
                                 on_error=lambda err: self._failed(self.check_failed, provider, err))

    # the clone through the provider's job
    def clone(self, provider: str, subject: Subject, name: str, options: dict[str, Any] | None = None,
              checked: SampleCheck | None = None) -> TaskHandle:
        """Start the provider's clone job and hand it to the Library's poller (it lands as a job, then a voice)."""
        ws = self.services.workspace

        def work(ctx: TaskContext) -> Any:
            return clone_flow.clone(ws.store, ws.provider(provider), name, subject.path, options=options,
                                    checked=checked, take_id=subject.take_id, sample_id=subject.sample_id,
                                    wait=False, cancel=ctx.cancel, progress=ctx.progress)

        def done(made: Any) -> None:
            self.services.library_changed.emit(Change.JOBS)  # the Library's poller follows it from here
            self.services.library_changed.emit(Change.VOICES)
            self.cloned.emit(made)

        return self.services.run(owner=self, fn=work, queue=self.services.queue_for(provider),
                                 name=self.tr("Cloning on %1").replace("%1", self._title(provider)),
                                 on_done=done, on_error=lambda err: self._failed(self.clone_failed, None, err))

    def _failed(self, signal: Any, provider: str | None, err: StudioError) -> None:
        if provider is None:
            signal.emit(err)
        else:
            signal.emit(provider, err)
        self.services.error_reported.emit(err)
