"""The notice bar: one line across the top of the window that says what an action did or why it failed.

Never modal, never stacked: a new notice replaces the one shown, and the same notice again (same key)
only counts up ("×3"), so a failure repeated by retries or by several providers of one account is said
once. Successes fade after a while; errors stay until dismissed, with their full text behind Details.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolButton, QWidget

from studio.redact import scrub
from studio.services.hub import Notice, NoticeKind
from studio.ui.theme import colours

INFO_TIMEOUT_MS = 12_000


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel()
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.setObjectName("noticeAction")
        self.action_button.clicked.connect(self._act)
        self.details_button = QPushButton()
        self.details_button.setObjectName("noticeDetails")
        self.details_button.clicked.connect(self._show_details)
        self.close_button = QToolButton()
        self.close_button.setObjectName("noticeClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.details_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.current: Notice | None = None
        self.repeats = 0
        self.history: list[str] = []  # every text shown, for diagnostics and tests
        self._action: Callable[[], Any] | None = None
        self._details_box: QMessageBox | None = None
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.details_button.setText(self.tr("Details…"))
        self.close_button.setToolTip(self.tr("Dismiss"))

    def show_notice(self, notice: Notice) -> None:
        notice.text = scrub(notice.text)
        notice.details = scrub(notice.details)
        self.history.append(notice.text)
        same = self.current is not None and self.isVisible() and self.current.key == notice.key
        self.repeats = self.repeats + 1 if same else 1
        self.current = notice
        text = notice.text if self.repeats == 1 else f"{notice.text}  (×{self.repeats})"
        self.label.setText(text)
        self._action = notice.action
        self.action_button.setText(notice.action_text)
        self.action_button.setVisible(bool(notice.action_text and notice.action))
        self.details_button.setVisible(bool(notice.details))
        c = colours()
        background = {NoticeKind.ERROR: c.notice_error, NoticeKind.SUCCESS: c.notice_success}.get(
            notice.kind, c.notice_info)
        self.setStyleSheet(f"#noticeBar {{ background: {background}; border-bottom: 1px solid palette(mid); }}")
        self.setVisible(True)
        if notice.kind == NoticeKind.ERROR:
            self._timer.stop()
        else:
            self._timer.start(INFO_TIMEOUT_MS)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        self._timer.stop()
        self.setVisible(False)
        self.current = None
        self.repeats = 0

    def _act(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()

    def _show_details(self) -> None:
        if self.current is None:
            return
        if self._details_box is None:
            box = QMessageBox(self.window())
            box.setObjectName("noticeDetailsBox")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.finished.connect(lambda _r: setattr(self, "_details_box", None))
            self._details_box = box
        self._details_box.setWindowTitle(self.tr("Voice Studio"))
        self._details_box.setText(self.current.details or self.current.text)
        self._details_box.show()
