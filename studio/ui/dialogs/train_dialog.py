"""The guided training flow: choose takes, see minutes recorded against the minutes needed, name the
model, then watch the dataset being built, checked and uploaded and the job being created."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.library.models import Job, Take
from studio.services.tasks import TaskHandle
from studio.services.training_service import TrainingService
from studio.ui import format as fmt
from studio.ui.names import job_status_title, language, provider_title
from studio.ui.theme import colours
from studio.ui.widgets.option_form import OptionForm


class TrainDialog(QDialog):
    def __init__(self, training: TrainingService, provider: str, preselect: set[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainDialog")
        self.training = training
        self.provider = provider
        self.handle: TaskHandle | None = None
        self.job: Job | None = None
        self.spec = training.services.spec(provider)
        self.setWindowTitle(self.tr("Train a voice on %1").replace("%1", provider_title(provider)))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("modelName")
        self.name.setPlaceholderText(self.spec.name_rule.hint(language()))
        form.addRow(self.tr("Model name"), self.name)
        layout.addLayout(form)
        self.options = OptionForm(self.spec.train_options, parent=self)
        layout.addWidget(self.options)
        self.takes_label = QLabel(self.tr("Takes to train on"))
        layout.addWidget(self.takes_label)
        self.list = QListWidget()
        self.list.setObjectName("trainTakes")
        self.list.itemChanged.connect(lambda _i: self._update_minutes())
        layout.addWidget(self.list, 1)
        self.select_all = QPushButton(self.tr("Select all"))
        self.select_all.clicked.connect(lambda: self._check_all(True))
        layout.addWidget(self.select_all, 0, Qt.AlignmentFlag.AlignLeft)
        self.minutes = QLabel()
        self.minutes.setObjectName("trainMinutes")
        self.minutes.setWordWrap(True)
        layout.addWidget(self.minutes)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("trainStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("Build, upload and train"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("startTraining")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        for take in training.takes():
            item = QListWidgetItem(f"{take.name}  ·  {fmt.duration(take.duration_s)}")
            item.setData(Qt.ItemDataRole.UserRole, take)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = take.id in (preselect or set()) or (bool(take.script) and not preselect)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._update_minutes()

    def _intro(self) -> str:
        return self.spec.description(language()) + " " + self.tr(
            "The takes are checked before anything is uploaded; the script booth is the easy way to record them.")

    def chosen(self) -> list[Take]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _check_all(self, on: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_minutes(self) -> None:
        minutes = sum(t.duration_s for t in self.chosen()) / 60.0
        target = self.training.minutes_needed(self.provider)
        text = self.tr("%1 min recorded in %2 takes; %3 min of speech needed. Speech is measured when the dataset "
                       "is built, so pauses do not count.").replace("%1", fmt.number(minutes, 1)) \
            .replace("%2", fmt.count(len(self.chosen()))).replace("%3", f"{target:g}")
        self.minutes.setText(text)
        self.minutes.setStyleSheet(f"color: {colours().bad if minutes < target else colours().good};")

    def start(self) -> None:
        takes = self.chosen()
        name = self.name.text().strip()
        if not name or not takes:
            self.status.setText(self.tr("Give the model a name and choose at least one take."))
            return
        options: dict[str, Any] = self.options.values()
        self.start_button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Starting…"))
        self.handle = self.training.start(self.provider, name, takes, options, on_done=self._started,
                                          on_error=self._failed, on_progress=self._progress)
        self.handle.cancelled.connect(self._cancelled)

    def _progress(self, fraction: float, text: str) -> None:
        if fraction < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))
        self.status.setText(text)

    def _started(self, job: Job) -> None:
        self.job = job
        self.progress.setRange(0, 1000)
        self.progress.setValue(1000)
        self.status.setText(self.tr("Training “%1” started: %2. Follow it in the Library; you will be told when it "
                                    "settles.").replace("%1", job.model_name or self.name.text().strip())
                            .replace("%2", job_status_title(job.status)))
        self.close_button.setText(self.tr("Done"))

    def _failed(self, err: StudioError) -> None:
        self.start_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(err.user_message(self.training.services.language))

    def _cancelled(self) -> None:
        self.start_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(self.tr("Cancelled. Nothing was created; your takes are untouched."))

    def reject(self) -> None:
        if self.handle is not None and not self.handle.done:
            self.handle.cancel()
        super().reject()
