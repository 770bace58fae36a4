"""The room check's online mode: the few seconds of room tone the local check measured, sent to each
provider that checks recordings itself (`ONLINE_CHECK`) for its environment verdict, shown beside the
local one. Shown only for providers whose account is set up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from studio.errors import StudioError
from studio.services.clone_service import CheckResult
from studio.services.hub import Services
from studio.ui import format as fmt
from studio.ui.theme import colours
from studio.ui.widgets.online_check import check_words


class RoomOnlineCheck(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomOnline")
        self.services = services
        self.cloning = services.cloning
        self.capture = services.capture
        self.ready = False  # a local room check has finished: there is room tone to send
        self.providers = [s.name for s in services.specs() if s.feature("ONLINE_CHECK")]
        self.configured: set[str] = set()
        self.busy: set[str] = set()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.verdicts: dict[str, QLabel] = {}
        for name in self.providers:
            button = QPushButton()
            button.setObjectName(f"roomOnline_{name}")
            button.clicked.connect(lambda _c=False, n=name: self.check(n))
            verdict = QLabel()
            verdict.setObjectName(f"roomVerdict_{name}")
            verdict.setWordWrap(True)
            verdict.setTextFormat(Qt.TextFormat.PlainText)
            verdict.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.buttons[name], self.verdicts[name] = button, verdict
            layout.addWidget(button)
            layout.addWidget(verdict, 1)
        self.cloning.checked.connect(self._on_checked)
        self.cloning.check_failed.connect(self._on_failed)
        services.accounts.saved.connect(lambda _a: self.ask_configured())
        self.retranslate()
        self.ask_configured()

    def ask_configured(self) -> None:
        for name in self.providers:
            self.cloning.configured(name, lambda ok, n=name: self._configured(n, ok), owner=self)

    def _configured(self, provider: str, ok: bool) -> None:
        if ok:
            self.configured.add(provider)
        else:
            self.configured.discard(provider)
        self._refresh()

    def retranslate(self) -> None:
        lang = self.services.language
        for name, button in self.buttons.items():
            button.setText(fmt.cjk_spacing(self.tr("Ask %1 too").replace("%1", self.services.spec(name).title(lang))))
        self._refresh()

    def set_ready(self, ready: bool) -> None:
        """A local room check finished (True) or began again (False: the earlier verdicts are cleared)."""
        self.ready = ready
        if not ready:
            for label in self.verdicts.values():
                label.setText("")
        self._refresh()

    def check(self, provider: str) -> None:
        wanted = self.services.spec(provider).recording.sample_s
        path = self.capture.room_tone_file(wanted[0] + 1.0 if wanted else 0.0)  # inside the length it takes
        if path is None:
            return
        self.busy.add(provider)
        self.verdicts[provider].setStyleSheet("")
        self.verdicts[provider].setText(self.tr("Checking…"))
        self._refresh()
        self.cloning.check_room(provider, path)

    def _on_checked(self, result: CheckResult) -> None:
        if not result.environment or result.provider not in self.verdicts:
            return
        self.busy.discard(result.provider)
        label = self.verdicts[result.provider]
        passed = result.check.passed
        label.setStyleSheet(f"color: {colours().good if passed else colours().bad};")
        label.setText(("✓ " if passed else "✗ ") + (check_words(result.check, self.services.language) or (
            self.tr("Quiet enough") if passed else self.tr("Too noisy"))))
        self._refresh()

    def _on_failed(self, provider: str, _err: StudioError) -> None:
        if provider in self.busy:
            self.busy.discard(provider)
            self.verdicts[provider].setText(self.tr("The check could not be made; see the message above."))
            self._refresh()

    def _refresh(self) -> None:
        shown = [n for n in self.providers if n in self.configured]
        self.setVisible(bool(shown))
        for name, button in self.buttons.items():
            button.setVisible(name in shown)
            self.verdicts[name].setVisible(name in shown)
            button.setEnabled(self.ready and name not in self.busy)
            button.setToolTip(self.tr("Send the room tone of the last room check to the provider for its own "
                                      "environment check") if self.ready else
                              self.tr("Run the room check first: the provider judges the same seconds of room tone"))
