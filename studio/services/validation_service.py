"""Validation for the GUI: analyse a take once in the background, judge it for every provider,
apply fixes (each writes a new sample linked to its source take), and hand a sample to a
provider's clone flow (enroll now, or train through a dataset)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from studio.errors import StudioError
from studio.flows import fixes as fixes_flow
from studio.flows.enrol import enrol
from studio.library.models import Sample, Voice
from studio.services.hub import Change, Services
from studio.services.tasks import TaskContext, TaskHandle
from studio.validation.findings import FixKind

if TYPE_CHECKING:  # the measuring modules import scipy (about a second): only the workers load them
    from studio.validation import Report
    from studio.validation.findings import ProviderVerdict

OWNER = "validate"  # this service's name on the shared audio output
FIXES = (FixKind.CONVERT, FixKind.TRIM, FixKind.NORMALIZE, FixKind.BEST_WINDOW)


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


@dataclass
class Unchanged:
    """A fix that found nothing to change: no file was written; `reason` says why (in the studio language)."""

    kind: str
    subject: Subject
    reason: str


def reason_text(reason: Any, lang: str) -> str:
    """A fix's "nothing to change" reason in `lang`, whatever shape it comes in (Text, (en, zh), str)."""
    if reason is None:
        return ""
    if callable(reason):
        return str(reason(lang))
    if isinstance(reason, tuple | list) and len(reason) == 2:
        return str(reason[1] if lang.startswith("zh") and reason[1] else reason[0])
    if isinstance(reason, dict):
        return str(reason.get("zh" if lang.startswith("zh") else "en") or reason.get("en") or "")
    for en, zh in (("en", "zh"), ("message_en", "message_zh"), ("reason_en", "reason_zh")):
        if hasattr(reason, en):
            chinese = str(getattr(reason, zh, "") or "")
            return chinese if lang.startswith("zh") and chinese else str(getattr(reason, en))
    return str(reason)


class ValidationService(QObject):
    analyzed = Signal(object)  # Outcome
    fixed = Signal(object)  # Subject (the new sample)
    fix_unchanged = Signal(object)  # Unchanged: the fix had nothing to do and wrote nothing
    fix_failed = Signal(object)  # StudioError
    enrolled = Signal(object)  # Voice
    enrol_failed = Signal(object)  # StudioError
    playback_changed = Signal(bool)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.store = services.workspace.store
        self.current: TaskHandle | None = None
        self.playback = services.playback
        self.playback.changed.connect(self._playback_changed)

    def _playback_changed(self, owner: str, playing: bool) -> None:
        if owner == OWNER:
            self.playback_changed.emit(playing)

    @property
    def is_playing(self) -> bool:
        return self.playback.playing_for(OWNER)

    @property
    def position_s(self) -> float:
        return self.playback.position_s

    def play(self, subject: Subject, start_s: float = 0.0, end_s: float | None = None) -> None:
        """Listen to what is being judged (a take, a fixed sample, or an outside file), or a stretch of it;
        the same call again stops it."""
        if self.playback.playing_for(OWNER):
            self.playback.stop(OWNER)
            return
        try:
            self.playback.play_file(subject.path, OWNER, start_s, end_s)
        except StudioError as err:
            self.services.error_reported.emit(err)

    def stop(self) -> None:
        self.playback.stop(OWNER)

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
        rule_key = self.rule_table_for(provider)
        lang = self.services.language

        def work(ctx: TaskContext) -> Subject | Unchanged:
            fixed = fixes_flow.apply(store, FixKind(kind), subject.path, label=subject.label, rule_key=rule_key,
                                     take_id=subject.take_id, report=report, lang=lang, cancel=ctx.cancel,
                                     progress=ctx.progress)
            # A fix that finds nothing to change writes nothing and says why.
            if not getattr(fixed, "changed", True):
                return Unchanged(kind, subject, reason_text(getattr(fixed, "reason", None), lang))
            return Subject(fixed.path, fixed.name, subject.take_id, fixed.sample.id)

        def done(new: Any) -> None:
            if isinstance(new, Unchanged):
                self.fix_unchanged.emit(new)
                return
            self.services.library_changed.emit(Change.SAMPLES)
            self.fixed.emit(new)

        return self.services.run(owner=self, fn=work, name=self.tr("Fixing “%1”").replace("%1", subject.label),
                                 on_done=done, on_error=self._fix_failed)

    def keep_selection(self, subject: Subject, start_s: float, end_s: float) -> TaskHandle:
        """Write the chosen stretch of a sample as a new sample (the hand-made "best window")."""
        store = self.store

        def work(ctx: TaskContext) -> Subject:
            from studio.flows.selection import keep_selection

            kept = keep_selection(store, subject.path, start_s, end_s, label=subject.label,
                                  take_id=subject.take_id, cancel=ctx.cancel, progress=ctx.progress)
            return Subject(kept.path, kept.name, subject.take_id, kept.sample.id)

        def done(new: Any) -> None:
            self.services.library_changed.emit(Change.SAMPLES)
            self.fixed.emit(new)

        return self.services.run(owner=self, fn=work, name=self.tr("Keeping a selection of “%1”")
                                 .replace("%1", subject.label), on_done=done, on_error=self._fix_failed)

    def rule_table_for(self, provider: str | None) -> str:
        """The rule table a fix aims at: the provider's main one, else the first one-sample clone's."""
        spec = self.services.spec(provider) if provider else None
        if spec is None or not spec.rule_keys():
            spec = next(s for s in self.services.specs() if s.clones and s.rule_keys())
        return spec.rule_keys()[0]

    def enroll(self, provider_name: str, subject: Subject, name: str, options: dict[str, Any] | None = None) -> TaskHandle:
        """Clone a voice from a sample now (zero-shot providers); it lands in the library with its status."""
        ws = self.services.workspace

        def work(ctx: TaskContext) -> Voice:
            # Do not hold the provider's queue through a review: the voice lands as pending and the
            # Library's poller follows it to ready (or rejected).
            return enrol(self.store, ws.provider(provider_name), name, audio=subject.path, options=options,
                         take_id=subject.take_id, sample_id=subject.sample_id, wait=False, cancel=ctx.cancel,
                         progress=ctx.progress)

        def done(voice: Any) -> None:
            self.services.library_changed.emit(Change.VOICES)
            self.enrolled.emit(voice)

        title = self.services.spec(provider_name).title(self.services.language)
        return self.services.run(owner=self, fn=work, name=self.tr("Cloning on %1").replace("%1", title),
                                 queue=self.services.queue_for(provider_name), on_done=done,
                                 on_error=self._enrol_failed)

    def _fix_failed(self, err: StudioError) -> None:
        self.fix_failed.emit(err)
        self.services.error_reported.emit(err)

    def _enrol_failed(self, err: StudioError) -> None:
        self.enrol_failed.emit(err)
        self.services.error_reported.emit(err)

    def subject_for_voice(self, voice: Voice) -> Subject | None:
        """The sample (or take) a voice was cloned from, if it is in this library."""
        for s in self.subjects():
            if (voice.sample_id and s.sample_id == voice.sample_id) or (
                    not voice.sample_id and voice.take_id and s.take_id == voice.take_id and s.sample_id is None):
                return s
        return None

    def subjects(self) -> list[Subject]:
        """Takes and derived samples, newest first, for the source chooser."""
        home = self.services.workspace.home
        out: list[Subject] = []
        for take in self.store.takes():
            p = Path(take.path)
            out.append(Subject(p if p.is_absolute() else home / p, take.name, take.id, None))
        for sample in self.store.all(Sample, order="id DESC"):
            p = Path(sample.path)
            out.append(Subject(p if p.is_absolute() else home / p, sample.name or Path(sample.path).stem,
                               sample.take_id, sample.id))
        return out
