"""Designing a voice from a written description: the provider, a name, the description and a preview line,
with the provider's limits shown as the user types; the design runs in the background and can be cancelled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.library.models import Voice
from studio.providers.spec import ProviderSpec
from studio.services.tasks import TaskHandle
from studio.services.voice_design import VoiceDesignService
from studio.ui import format as fmt
from studio.ui.names import language, provider_title
from studio.ui.theme import colours
from studio.ui.widgets.option_form import OptionForm


class DesignVoiceDialog(QDialog):
    preview_requested = Signal(object)  # Voice just designed: play its preview

    def __init__(self, design: VoiceDesignService, providers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("designVoiceDialog")
        self.design = design
        self.handle: TaskHandle | None = None
        self.voice: Voice | None = None
        self.setWindowTitle(self.tr("Design a voice"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Describe the voice in words. The provider makes it and reads your preview line "
                               "with it; the voice then appears in the Library with its preview."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.provider = QComboBox()
        self.provider.setObjectName("designProvider")
        for name in providers:
            self.provider.addItem(provider_title(name), name)
        self.provider.setEnabled(len(providers) > 1)
        form.addRow(self.tr("Provider"), self.provider)
        self.name = QLineEdit()
        self.name.setObjectName("designName")
        self.name_hint = QLabel()
        self.name_hint.setWordWrap(True)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.name_hint)
        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName("designPrompt")
        self.prompt.setPlaceholderText(self.tr("For example: a calm middle-aged male announcer, deep and warm, "
                                               "speaking at an even pace"))
        self.prompt.setFixedHeight(96)
        self.prompt_count = QLabel()
        form.addRow(self.tr("Description"), self.prompt)
        form.addRow("", self.prompt_count)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("designPreview")
        self.preview.setPlaceholderText(self.tr("A line for the new voice to read as its preview"))
        self.preview.setFixedHeight(60)
        self.preview_count = QLabel()
        form.addRow(self.tr("Preview text"), self.preview)
        form.addRow("", self.preview_count)
        layout.addLayout(form)
        self.options_box = QVBoxLayout()
        layout.addLayout(self.options_box)
        self.options: OptionForm | None = None
        self.problems = QLabel()
        self.problems.setObjectName("designProblems")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("designStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.play_button = self.buttons.addButton(self.tr("Play preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.play_button.setObjectName("designPlay")
        self.play_button.setVisible(False)
        self.play_button.clicked.connect(lambda: self.voice and self.preview_requested.emit(self.voice))
        self.start_button = self.buttons.addButton(self.tr("Design voice"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("startDesign")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("closeDesign")
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.provider.currentIndexChanged.connect(lambda _i: self._provider_changed())
        for edit in (self.name, self.prompt, self.preview):
            edit.textChanged.connect(self._check)
        self._provider_changed()

    @property
    def spec(self) -> ProviderSpec:
        return self.design.services.spec(str(self.provider.currentData()))

    def _provider_changed(self) -> None:
        spec, lang = self.spec, language()
        self.name.setPlaceholderText(spec.name_rule.hint(lang))
        self.name.setMaxLength(spec.name_rule.max_length + 20)  # long enough to show the rule, not unlimited
        self.name_hint.setText(spec.name_rule.hint(lang))
        self.name_hint.setVisible(bool(spec.name_rule.hint(lang)))
        if self.options is not None:
            self.options_box.removeWidget(self.options)
            self.options.deleteLater()
            self.options = None
        if spec.design is not None and spec.design.options:
            self.options = OptionForm(spec.design.options, parent=self)
            for widget in self.options.inputs.values():  # long model titles must not widen the dialog
                if isinstance(widget, QComboBox):
                    widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                    widget.setMinimumContentsLength(24)
            self.options_box.addWidget(self.options)
        self._check()

    def _text(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.prompt.toPlainText().strip(), self.preview.toPlainText().strip()

    def _check(self) -> bool:
        """The provider's rules against what is typed: counters, and the broken rules in plain words for what
        has been filled in (an empty field only keeps the button off)."""
        rules, lang, (name, prompt, preview) = self.spec.design, language(), self._text()
        if rules is None:
            return False
        for label, text, limit in ((self.prompt_count, prompt, rules.prompt_max),
                                   (self.preview_count, preview, rules.preview_max)):
            label.setText(self.tr("%1 of at most %2 characters").replace("%1", fmt.count(len(text)))
                          .replace("%2", fmt.count(limit)))
            label.setStyleSheet(f"color: {colours().bad if len(text) > limit else colours().muted};")
        problems = rules.problems(self.spec.name_rule, name, prompt, preview)
        filled = {"name": name, "prompt": prompt, "preview_text": preview}
        shown = [p(lang) for key, p in problems.items() if filled[key]]
        self.problems.setText("\n".join(shown))
        self.problems.setStyleSheet(f"color: {colours().bad};")
        self.problems.setVisible(bool(shown))
        busy = self.handle is not None and not self.handle.done
        self.start_button.setEnabled(not problems and not busy)
        self.start_button.setToolTip("\n".join(p(lang) for p in problems.values()))
        return not problems

    def start(self) -> None:
        if not self._check():
            return
        name, prompt, preview = self._text()
        options: dict[str, Any] = self.options.values() if self.options is not None else {}
        self.voice = None
        self.play_button.setVisible(False)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Designing “%1” at %2… This takes up to a minute.").replace("%1", name)
                            .replace("%2", provider_title(self.spec.name)))
        self.handle = self.design.design(self.spec.name, name, prompt, preview, options, on_done=self._done,
                                         on_error=self._failed)
        self.handle.cancelled.connect(self._cancelled)
        if not self.handle.done:
            for w in (self.provider, self.name, self.prompt, self.preview, self.start_button):
                w.setEnabled(False)

    def _settled(self) -> None:
        self.progress.setVisible(False)
        for w in (self.name, self.prompt, self.preview):
            w.setEnabled(True)
        self.provider.setEnabled(self.provider.count() > 1)
        self._check()

    def _done(self, voice: Voice) -> None:
        self.voice = voice
        self._settled()
        has_preview = bool(voice.extra.get("preview_path"))
        self.status.setText(self.tr("Designed “%1”: it is in the Library, selected.").replace("%1", voice.name)
                            + (" " + self.tr("Play its preview here or from the voice's details.") if has_preview
                               else " " + self.tr("The provider sent no preview; audition the voice to hear it.")))
        self.play_button.setVisible(has_preview)
        self.close_button.setText(self.tr("Done"))

    def _failed(self, err: StudioError) -> None:
        self._settled()
        lang = language()
        detail = err.detail_zh if lang.startswith("zh") and err.detail_zh else err.detail
        said = " ".join(x for x in (err.headline(lang), detail) if x)
        if err.request_id:  # what the provider's support asks for
            said += " " + self.tr("(request id %1)").replace("%1", err.request_id)
        self.status.setText(self.tr("Nothing was designed: %1").replace("%1", said))

    def _cancelled(self) -> None:
        self._settled()
        self.status.setText(self.tr("Cancelled. If the provider had already made the voice, the next sync lists it."))

    def reject(self) -> None:
        if self.handle is not None and not self.handle.done:
            self.handle.cancel()
            return  # the dialog stays to say what became of it
        super().reject()
