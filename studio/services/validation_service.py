"""Validation for the GUI: analyse a take once in the background, judge it for every provider,
apply fixes (each writes a new sample linked to its source take), and hand a sample to a
provider's clone flow (enroll now, or train through a dataset)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from studio import paths
from studio.audio import Player
from studio.errors import StudioError
from studio.library.models import Sample, Voice
from studio.library.sync import record_voice
from studio.providers.base import EnrollRequest
from studio.services.hub import Services
from studio.services.tasks import TaskContext, TaskHandle

if TYPE_CHECKING:  # the measuring modules import scipy (about a second): only the workers load them
    from studio.validation import Report
    from studio.validation.findings import ProviderVerdict

FIXES = ("convert", "trim", "normalize", "best_window")


@dataclass
class Subject:
    """What is being validated: a take, a derived sample, or a file from outside."""

    path: Path
    label: str
    take_id: int | None = None
    sample_id: int | None = None


@dataclass
class Outcome:
    subject: Subject
    report: Report | None
    verdicts: dict[str, ProviderVerdict]
    error: StudioError | None = None


class ValidationService(QObject):
    analyzed = Signal(object)  # Outcome
    fixed = Signal(object)  # Subject (the new sample)
    enrolled = Signal(object)  # Voice

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.store = services.workspace.store
        self.current: TaskHandle | None = None
        self.player = Player(services.stream_factory())

    def play(self, subject: Subject) -> None:
        """Listen to what is being judged (a take, a fixed sample, or an outside file)."""
        if self.player.is_playing:
            self.player.stop()
            return
        try:
            self.player.play_file(subject.path)
        except StudioError as err:
            self.services.error_reported.emit(err)

    def analyze(self, subject: Subject) -> TaskHandle:
        if self.current is not None and not self.current.done:
            self.current.cancel()  # a newer choice replaces a running analysis

        def work(ctx: TaskContext) -> Outcome:
            from studio.validation import analyze, preflight, preflight_error

            try:
                report = analyze(subject.path, ctx.cancel, ctx.progress)
            except StudioError as err:
                if err.kind.value == "cancelled":
                    raise
                return Outcome(subject, None, preflight_error(err), err)
            return Outcome(subject, report, preflight(report))

        self.current = self.services.run(owner=self, fn=work, name=self.tr("Analysing %1").replace("%1", subject.label),
                                         on_done=self.analyzed.emit)
        return self.current

    def apply_fix(self, kind: str, subject: Subject, report: Report | None, provider: str | None) -> TaskHandle:
        store = self.store
        home = self.services.workspace.home

        def work(ctx: TaskContext) -> Subject:
            from studio.validation import fixes

            out_dir = paths.samples_dir()
            stem = subject.path.stem
            rule_provider = "cosyvoice" if provider in (None, "tencent") else provider
            if kind == "convert":
                result = fixes.convert(subject.path, out_dir / f"{stem}-converted.wav", provider=rule_provider,
                                       cancel=ctx.cancel, progress=ctx.progress)
            elif kind == "trim":
                result = fixes.trim_edges(subject.path, out_dir / f"{stem}-trimmed.wav", report=report,
                                          provider=rule_provider, cancel=ctx.cancel, progress=ctx.progress)
            elif kind == "normalize":
                result = fixes.normalize_loudness(subject.path, out_dir / f"{stem}-normalized.wav", report=report,
                                                  provider=rule_provider, cancel=ctx.cancel, progress=ctx.progress)
            else:
                result = fixes.best_window(subject.path, out_dir / f"{stem}-window.wav", provider=rule_provider,
                                           cancel=ctx.cancel, progress=ctx.progress)
            out = Path(result.output)
            relative = str(out.relative_to(home)) if out.is_relative_to(home) else str(out)
            sample = store.add(Sample(
                take_id=subject.take_id, path=relative, kind=kind, params=dict(result.params),
                duration_s=result.report.duration_s if result.report else 0.0,
                report=result.report.to_dict() if result.report else {}))
            return Subject(out, f"{subject.label} · {kind}", subject.take_id, sample.id)

        def done(new: Any) -> None:
            self.services.library_changed.emit("samples")
            self.fixed.emit(new)

        return self.services.run(owner=self, fn=work, name=self.tr("Fixing %1").replace("%1", subject.label), on_done=done)

    def enroll(self, provider_name: str, subject: Subject, name: str, options: dict[str, Any] | None = None) -> TaskHandle:
        """Clone a voice from a sample now (zero-shot providers); it lands in the library with its status."""
        ws = self.services.workspace

        def work(ctx: TaskContext) -> Voice:
            provider = ws.provider(provider_name)
            # Do not hold the provider's queue through a review: the voice lands as pending and the
            # Library's poller follows it to ready (or rejected).
            remote = provider.enroll(EnrollRequest(name=name, audio_path=subject.path,
                                                   options={"wait": False, **(options or {})}),
                                     ctx.cancel, ctx.progress)
            return record_voice(self.store, remote, take_id=subject.take_id, sample_id=subject.sample_id, name=name)

        def done(voice: Any) -> None:
            self.services.library_changed.emit("voices")
            self.enrolled.emit(voice)

        return self.services.run(owner=self, fn=work, name=self.tr("Cloning on %1").replace("%1", provider_name),
                                 queue=self.services.queue_for(provider_name), on_done=done)

    def subjects(self) -> list[Subject]:
        """Takes and derived samples, newest first, for the source chooser."""
        home = self.services.workspace.home
        out: list[Subject] = []
        for take in self.store.takes():
            p = Path(take.path)
            out.append(Subject(p if p.is_absolute() else home / p, take.name, take.id, None))
        for sample in self.store.all(Sample, order="id DESC"):
            p = Path(sample.path)
            out.append(Subject(p if p.is_absolute() else home / p, f"{Path(sample.path).stem}", sample.take_id,
                               sample.id))
        return out
