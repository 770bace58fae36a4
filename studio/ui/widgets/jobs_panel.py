"""The Library's jobs tab: every training and generate job with its live status, and actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.library.models import Job
from studio.services.training_service import TrainingService
from studio.ui import format as fmt
from studio.ui.names import job_status_title, provider_title
from studio.ui.theme import colours


class JobsPanel(QWidget):
    def __init__(self, training: TrainingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training = training
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget()
        self.table.setObjectName("jobsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(lambda: self._act(self.training.refresh))
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelJob")
        self.cancel_button.clicked.connect(self.confirm_cancel)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteJob")
        self.delete_button.clicked.connect(self.confirm_delete)
        for w in (self.refresh_button, self.cancel_button, self.delete_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        training.jobs_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh status"))
        self.cancel_button.setText(self.tr("Cancel job"))
        self.delete_button.setText(self.tr("Delete job"))
        self.refresh()

    def refresh(self) -> None:
        jobs = self.training.jobs()
        headers = [self.tr("Model"), self.tr("Provider"), self.tr("Kind"), self.tr("Status"), self.tr("Updated"),
                   self.tr("Message")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(jobs))
        bad = QColor(colours().bad)
        for r, job in enumerate(jobs):
            values = [job.model_name or self.tr("(not named yet)"), provider_title(job.provider),
                      self.tr("training") if job.kind == "train" else self.tr("voice from a sample"),
                      job_status_title(job.status), fmt.when(job.updated), job.message]
            tip = self.tr("Job id at the provider: %1").replace("%1", job.remote_id or "—")
            if job.status_raw:
                tip += "\n" + self.tr("The provider's own word: %1").replace("%1", job.status_raw)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, job)
                item.setToolTip(tip if c != 5 or not job.message else job.message)
                if c == 3 and job.status == "failed":
                    item.setForeground(bad)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._selection()

    def _confirm(self, job: Job, question: str, verb: str, keep: str) -> bool:
        box = QMessageBox(self)
        box.setObjectName("confirmJob")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Training job"))
        box.setText(question)
        act = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is act

    def confirm_cancel(self) -> None:
        job = self.current()
        if job is None:
            return
        name, title = job.model_name or self.tr("this job"), provider_title(job.provider)
        question = self.tr("Stop training “%1” at %2? The provider ends the job; the training done so far is "
                           "lost. Your takes stay on this computer.").replace("%1", name).replace("%2", title)
        if self._confirm(job, question, self.tr("Cancel training"), self.tr("Keep training")):
            self.training.cancel(job)

    def confirm_delete(self) -> None:
        job = self.current()
        if job is None:
            return
        name, title = job.model_name or self.tr("this job"), provider_title(job.provider)
        question = self.tr("Delete training job “%1” at %2? It is deleted at the provider and here, and cannot be "
                           "undone. Your takes stay on this computer.").replace("%1", name).replace("%2", title)
        if self._confirm(job, question, self.tr("Delete job"), self.tr("Keep it")):
            self.training.delete(job)

    def _act(self, action: Callable[[Job], object]) -> None:
        job = self.current()
        if job is not None:
            action(job)

    def current(self) -> Job | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selection(self) -> None:
        job = self.current()
        self.refresh_button.setEnabled(job is not None)
        self.cancel_button.setEnabled(job is not None and job.status in ("queued", "running"))
        self.delete_button.setEnabled(job is not None)
        none = self.tr("Select a job first")
        self.refresh_button.setToolTip("" if job is not None else none)
        self.delete_button.setToolTip("" if job is not None else none)
        self.cancel_button.setToolTip(none if job is None else "" if self.cancel_button.isEnabled()
                                      else self.tr("Only a job that is waiting or training can be cancelled"))
