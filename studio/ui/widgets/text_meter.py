"""Under the Playground's text: the characters as the voice's provider bills them, the SSML switch
(offered only where the voice takes SSML, saying why not elsewhere), and what is wrong with the text,
said here before anything is sent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.errors import InvalidInputError, StudioError
from studio.services.audition import AuditionService, VoiceChoice
from studio.ui import format as fmt
from studio.ui.names import provider_title
from studio.ui.theme import colours


class TextMeter(QWidget):
    ssml_toggled = Signal(bool)

    def __init__(self, audition: AuditionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audition = audition
        self.services = audition.services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("charCounter")
        self.counter.setWordWrap(True)
        self.ssml = QCheckBox()
        self.ssml.setObjectName("ssmlSwitch")
        self.ssml.toggled.connect(self.ssml_toggled.emit)
        row.addWidget(self.counter, 1)
        row.addWidget(self.ssml)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setObjectName("textProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.choice: VoiceChoice | None = None

    def retranslate(self) -> None:
        self.ssml.setText(self.tr("SSML"))
        self.set_choice(self.choice)

    def set_choice(self, choice: VoiceChoice | None) -> None:
        """The SSML switch is on offer where the voice's provider (its model, the voice) takes SSML."""
        self.choice = choice
        allowed = choice is not None and choice.ssml
        self.ssml.setEnabled(allowed)
        if allowed:
            why = self.tr("Send the text as one SSML document (<speak>…</speak>): tags such as <break> shape the "
                          "speech and are not billed")
        elif choice is not None and self.services.spec(choice.provider).feature("SSML"):
            why = self.tr("This voice takes no SSML; its text is read as written")
        elif choice is not None:
            why = self.tr("%1 takes no SSML; the text is read as written").replace("%1", provider_title(choice.provider))
        else:
            why = self.tr("Choose a voice first")
        self.ssml.setToolTip(why)

    @property
    def ssml_on(self) -> bool:
        return self.ssml.isEnabled() and self.ssml.isChecked()

    @property
    def refused(self) -> bool:
        return not self.problem.isHidden()

    def count(self, text: str) -> None:
        """Count `text` as the chosen voice's provider bills it, and check it where SSML is on."""
        choice = self.choice
        if choice is None:
            self.counter.setText("")
            self.say(None)
            return
        rule = self.services.spec(choice.provider).text
        bill = self.audition.bill(choice, text, self.ssml_on)
        how = self.tr(" (a Chinese character counts 2)") if rule.han_counts_double else ""
        if self.ssml_on:
            how += self.tr(", tags not counted")
        line = self.tr("%1 characters%2 · limit %3 per request").replace("%1", fmt.count(bill.characters)) \
            .replace("%2", how).replace("%3", fmt.count(bill.limit))
        if bill.requests > 1:
            line += " · " + self.tr("will be sent as %1 requests").replace("%1", fmt.count(bill.requests))
        if bill.cost:
            line += " · " + fmt.money(bill.cost)
        self.counter.setStyleSheet(f"color: {colours().warn};" if bill.characters > rule.per_request * 0.9 else "")
        self.counter.setText(line)
        problem: InvalidInputError | None = None
        if self.ssml_on and text.strip():
            try:
                self.audition.check(choice, text, True)
            except InvalidInputError as err:
                problem = err
        self.say(problem)

    def say(self, err: StudioError | None) -> None:
        """What is wrong with the text, in the studio's language (None: nothing is)."""
        lang = self.services.language
        detail = ""
        if err is not None:
            detail = (err.detail_zh if lang.startswith("zh") and err.detail_zh else err.detail) or err.user_message(lang)
        self.problem.setText(detail)
        self.problem.setStyleSheet(f"color: {colours().bad};")
        self.problem.setVisible(bool(detail))
