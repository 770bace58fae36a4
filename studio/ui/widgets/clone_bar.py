"""The way on from a checked sample to a voice, under the Validate pane: "Clone on X" for every provider
that makes a voice from one sample (at once, or through a job it runs), "Train on X…" for those that
train; the clone dialog asks the name and the provider's options, and the provider's own online check
(`OnlineChecks`, beside the findings) is handed on to the clone when it passed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.library.models import Job, Voice
from studio.services.hub import NoticeKind, Services
from studio.services.validation_service import Outcome, Subject
from studio.ui import format as fmt
from studio.ui.dialogs.clone_dialog import CloneDialog
from studio.ui.names import job_status_title, language, provider_title, voice_status_title
from studio.ui.widgets.online_check import OnlineCheckRow


class OnlineChecks(QWidget):
    """One `OnlineCheckRow` per provider that checks takes itself."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, OnlineCheckRow] = {}
        for spec in services.specs():
            if spec.feature("ONLINE_CHECK"):
                self.rows[spec.name] = OnlineCheckRow(services, spec, self)
                layout.addWidget(self.rows[spec.name])
        self.setVisible(bool(self.rows))

    def set_subject(self, subject: Subject | None, readable: bool) -> None:
        for row in self.rows.values():
            row.set_subject(subject.path if subject else None, subject.take_id if subject else None, readable)

    def retranslate(self) -> None:
        for row in self.rows.values():
            row.retranslate()


class CloneBar(QWidget):
    train_requested = Signal(str, object)  # provider, Subject
    voice_created = Signal(object)  # Voice
    status = Signal(str)  # a sentence for the pane's status line

    def __init__(self, services: Services, checks: OnlineChecks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.checks = checks
        self.subject: Subject | None = None
        self._sent_name = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.buttons: dict[str, QPushButton] = {}
        # one-sample clones first (the quick way), then trainings; each in the catalogue's order
        ordered = sorted(services.specs(), key=lambda s: not s.clones)
        for spec in (s for s in ordered if s.clones or s.trains):
            button = QPushButton()
            button.setObjectName(f"clone_{spec.name}")
            button.clicked.connect(lambda _c=False, p=spec.name: self.clone(p))
            self.buttons[spec.name] = button
            layout.addWidget(button)
        layout.addStretch(1)
        services.validation.enrolled.connect(self._on_made)
        services.cloning.cloned.connect(self._on_made)
        services.validation.enrol_failed.connect(lambda _e: self.status.emit(""))
        services.cloning.clone_failed.connect(lambda _e: self.status.emit(""))

    def retranslate(self) -> None:
        self.label.setText(self.tr("Clone:"))
        for name, button in self.buttons.items():
            spec = self.services.spec(name)
            title = spec.short_title(language())
            button.setText(fmt.cjk_spacing(self.tr("Clone on %1…").replace("%1", title) if spec.clones
                                           else self.tr("Train on %1…").replace("%1", title)))

    def set_state(self, subject: Subject | None, outcome: Outcome | None, busy: bool, why: str) -> None:
        """Enable each provider's button for a readable sample its main rule table does not refuse."""
        self.subject = subject
        readable = outcome is not None and outcome.report is not None
        for provider, button in self.buttons.items():
            spec = self.services.spec(provider)
            keys = spec.rule_keys()[:1]  # the provider's main table decides
            failing = readable and outcome is not None and any(
                outcome.verdicts.get(k) is not None and outcome.verdicts[k].verdict == "fail" for k in keys)
            button.setEnabled(readable and not failing and not busy)
            if failing:
                button.setToolTip(self.tr("%1 would refuse this sample: fix the errors in its column first")
                                  .replace("%1", spec.title(language())))
            else:
                button.setToolTip(why)

    def dialog_for(self, provider: str) -> CloneDialog | None:
        """The clone dialog for the sample on screen, filled with what is known: the user's default options,
        the line the take read, the provider's passed check."""
        if self.subject is None:
            return None
        spec = self.services.spec(provider)
        defaults: dict[str, Any] = self.services.cloning.option_defaults(provider)
        line = self.services.cloning.line_of_take(self.subject.take_id)
        read = ""
        if line is not None and line.provider == provider and any(o.key == "text_id" for o in spec.enrol_options):
            defaults["text_id"], read = line.text_id, line.text
        row = self.checks.rows.get(provider)
        return CloneDialog(spec, self.subject.label, defaults=defaults, checked=row.summary() if row else "",
                           line=read, parent=self)

    def clone(self, provider: str) -> None:
        spec = self.services.spec(provider)
        if not spec.clones:
            if self.subject is not None:
                self.train_requested.emit(provider, self.subject)
            return
        dialog = self.dialog_for(provider)
        if dialog is None or dialog.exec() != CloneDialog.DialogCode.Accepted:
            return
        self.send(provider, dialog.voice_name(), dialog.options())

    def send(self, provider: str, name: str, options: dict[str, Any]) -> None:
        if self.subject is None:
            return
        spec = self.services.spec(provider)
        self._sent_name = name
        self.status.emit(fmt.cjk_spacing(self.tr("Cloning “%1” on %2…").replace("%1", name)
                                         .replace("%2", spec.title(language()))))
        if spec.clones_at_once:
            self.services.validation.enroll(provider, self.subject, name, options)
        else:
            row = self.checks.rows.get(provider)
            self.services.cloning.clone(provider, self.subject, name, options,
                                        checked=row.passed_check() if row else None)

    def _on_made(self, made: Voice | Job) -> None:
        title = provider_title(made.provider)
        if isinstance(made, Job):
            name = str(made.extra.get("voice_name") or self._sent_name)
            text = self.tr("%1 is making the voice “%2” (%3); it appears in the Library when it is ready.") \
                .replace("%1", title).replace("%2", name).replace("%3", job_status_title(made.status))
            self.status.emit(fmt.cjk_spacing(text))
            self.services.notify(fmt.cjk_spacing(self.tr("Cloning started on %1.").replace("%1", title)),
                                 NoticeKind.SUCCESS)
            return
        voice = made
        text = self.tr("Voice “%1” is in the Library (%2).").replace("%1", voice.name or voice.remote_id) \
            .replace("%2", voice_status_title(str(voice.status)))
        note = voice.extra.get("note_zh" if self.services.language.startswith("zh") else "note")
        self.status.emit(f"{text} {note}" if note else text)  # e.g. which sample URL was used, and for how long
        self.services.notify(fmt.cjk_spacing(self.tr("Cloned “%1” on %2.").replace("%1", voice.name or voice.remote_id)
                                             .replace("%2", title)), NoticeKind.SUCCESS)
        self.voice_created.emit(voice)
