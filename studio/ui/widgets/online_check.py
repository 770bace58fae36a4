"""The provider's own check of a take, beside the local findings (providers with `ONLINE_CHECK`): one row
per such provider — "<provider> online check", a "Check online" button, and its verdict in plain words.
A passed check is kept for the clone, so the provider need not check the take again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from studio.errors import StudioError
from studio.providers.spec import ProviderSpec
from studio.services.clone_service import CheckResult, SampleCheck
from studio.services.hub import Services
from studio.ui import format as fmt
from studio.ui.names import language
from studio.ui.theme import colours


def check_words(check: SampleCheck, lang: str) -> str:
    """A provider's verdict in plain words, in `lang`."""
    zh = lang.startswith("zh")
    return (check.message_zh if zh and check.message_zh else check.message) or ""


def word_notes(check: SampleCheck, lang: str) -> list[str]:
    """The per-word notes the provider gave (only the words with something to look at)."""
    key = "tip_zh" if lang.startswith("zh") else "tip"
    return [str(w.get(key) or w.get("tip") or "") for w in check.words if w.get("problem")]


class OnlineCheckRow(QWidget):
    def __init__(self, services: Services, spec: ProviderSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"onlineCheck_{spec.name}")
        self.services = services
        self.cloning = services.cloning
        self.spec = spec
        self.configured: bool | None = None  # not known yet
        self.path: Path | None = None
        self.text_id = ""
        self.result: SampleCheck | None = None
        self._busy = False
        self._readable = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("onlineCheckTitle")
        self.button = QPushButton()
        self.button.setObjectName("checkOnline")
        self.button.clicked.connect(self.check)
        self.verdict = QLabel()
        self.verdict.setObjectName("onlineVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.title)
        layout.addWidget(self.button)
        layout.addWidget(self.verdict, 1)
        self.cloning.checked.connect(self._on_checked)
        self.cloning.check_failed.connect(self._on_failed)
        services.accounts.saved.connect(lambda _a: self.ask_configured())
        self.ask_configured()
        self.retranslate()

    def ask_configured(self) -> None:
        self.cloning.configured(self.spec.name, self._on_configured, owner=self)

    def _on_configured(self, ok: bool) -> None:
        self.configured = ok
        self._refresh()

    def retranslate(self) -> None:
        title = self.spec.title(language())
        self.title.setText(fmt.cjk_spacing(self.tr("%1 online check").replace("%1", title)))
        self.button.setText(self.tr("Check online"))
        self._refresh()

    def set_subject(self, path: Path | None, take_id: int | None, readable: bool) -> None:
        """The sample on screen: its line's id (when it was read from this provider's lines) and whether
        it could be read at all."""
        if path != self.path:
            self.result = None
            self._busy = False
        self.path = path
        self._readable = readable
        line = self.cloning.line_of_take(take_id)
        self.text_id = line.text_id if line is not None and line.provider == self.spec.name else ""
        self._refresh()

    def passed_check(self) -> SampleCheck | None:
        return self.result if self.result is not None and self.result.passed else None

    def check(self) -> None:
        if self.path is None or not self.text_id:
            return
        self._busy = True
        self.result = None
        self._refresh()
        self.cloning.check(self.spec.name, self.path, self.text_id)

    def _on_checked(self, result: CheckResult) -> None:
        if result.provider != self.spec.name or result.environment or result.path != self.path:
            return
        self._busy = False
        self.result = result.check
        self._refresh()

    def _on_failed(self, provider: str, _err: StudioError) -> None:
        if provider == self.spec.name and self._busy:
            self._busy = False
            self._refresh()
            self.verdict.setText(self.tr("The check could not be made; see the message above."))

    def why_not(self) -> str:
        """Why the button is disabled ("" when it is not)."""
        title = self.spec.title(language())
        if self.path is None or not self._readable:
            return self.tr("Choose a sample that can be read first")
        if self.configured is False:
            return fmt.cjk_spacing(self.tr("Add your %1 account in Providers first").replace("%1", title))
        if not self.text_id:
            return fmt.cjk_spacing(self.tr("%1 checks a reading of one of its own lines: record one in the Record "
                                           "pane's script booth (“Lines from %1”) and check that take")
                                   .replace("%1", title))
        return ""

    def _refresh(self) -> None:
        why = self.why_not()
        self.button.setEnabled(not why and not self._busy and self.configured is not None)
        self.button.setToolTip(why or self.tr("Send the take to the provider for its own check; nothing is cloned"))
        lang = self.services.language
        result = self.result
        if self._busy:
            self.verdict.setStyleSheet("")
            self.verdict.setText(self.tr("Checking…"))
            self.verdict.setToolTip("")
        elif result is not None:
            mark = "✓ " if result.passed else "✗ "
            self.verdict.setStyleSheet(f"color: {colours().good if result.passed else colours().bad};")
            self.verdict.setText(mark + (check_words(result, lang) or (
                self.tr("Passed") if result.passed else self.tr("Did not pass"))))
            notes = word_notes(result, lang)
            self.verdict.setToolTip("\n".join(notes))
        else:
            self.verdict.setStyleSheet(f"color: {colours().muted};")
            self.verdict.setText(self.tr("Not checked yet") if not why else "")
            self.verdict.setToolTip("")

    def summary(self) -> str:
        """A sentence for the clone dialog on what the provider said of this take."""
        result = self.passed_check()
        if result is None:
            return ""
        return fmt.cjk_spacing(self.tr("%1 checked this take online and it passed; it will not be checked again.")
                               .replace("%1", self.spec.title(language())))

    def extra_state(self) -> dict[str, Any]:
        return {"text_id": self.text_id} if self.text_id else {}
