"""One non-modal error dialog for failures nobody else handled, guarded against floods."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.errors import StudioError
from studio.redact import scrub


class ErrorPresenter(QObject):
    def __init__(self, parent_window: QWidget, language: object) -> None:
        super().__init__(parent_window)
        self._window = parent_window
        self._language = language  # callable → "en" | "zh_CN"
        self._box: QMessageBox | None = None
        self._extra = 0
        self.shown: list[str] = []  # what was shown, for tests and diagnostics

    def show_error(self, err: object) -> None:
        if not isinstance(err, StudioError):
            err = StudioError(str(err))
        lang = self._language() if callable(self._language) else "en"
        text = scrub(err.user_message(lang))
        self.shown.append(text)
        if self._box is not None and self._box.isVisible():
            self._extra += 1
            self._box.setInformativeText(self.tr("%n more error(s) since; see the log.", "", self._extra))
            return
        self._extra = 0
        box = QMessageBox(self._window)
        box.setObjectName("errorDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Voice Studio"))
        box.setText(text)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget)
        self._box = box
        box.show()

    def _forget(self) -> None:
        self._box = None
