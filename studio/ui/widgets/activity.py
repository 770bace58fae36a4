"""Status-bar widget: background tasks with progress, and a menu to cancel them."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QProgressBar, QToolButton, QWidget

from studio.services.tasks import TaskHandle, TaskRunner


class ActivityWidget(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.button = QToolButton()
        self.button.setObjectName("activityButton")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill_menu)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        runner.task_started.connect(self._on_task)
        runner.task_finished.connect(lambda _h: self.refresh())
        self.refresh()

    def _on_task(self, handle: TaskHandle) -> None:
        handle.progress.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        active = self.runner.active()
        if not active:
            self.button.setText(self.tr("No background tasks"))
            self.bar.setVisible(False)
            return
        n = len(active)
        self.button.setText(self.tr("1 background task") if n == 1
                            else self.tr("%1 background tasks").replace("%1", str(n)))
        self.button.setToolTip(self.tr("Click to see or cancel them"))
        self.bar.setVisible(True)
        first = active[0]
        if first.progress_value < 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(first.progress_value * 1000))

    def _fill_menu(self) -> None:
        self.menu.clear()
        active = self.runner.active()
        if not active:
            self.menu.addAction(self.tr("Nothing is running")).setEnabled(False)
        for handle in active:
            detail = f" — {handle.progress_text}" if handle.progress_text else ""
            action = self.menu.addAction(self.tr("Cancel: %1").replace("%1", handle.name + detail))
            action.triggered.connect(handle.cancel)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
