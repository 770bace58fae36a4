"""The takes list: play with a cursor, rename, tag, delete to the trash (and restore), import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.library.models import Take
from studio.services.capture import IMPORT_SUFFIXES, CaptureService
from studio.ui.models.takes_model import COL_NAME, TakeRole, TakesModel
from studio.ui.widgets.empty_state import EmptyState
from studio.ui.widgets.waveform import WaveformView


class TakesPanel(QWidget):
    take_selected = Signal(object)  # Take | None
    validate_requested = Signal(object)  # Take

    def __init__(self, capture: CaptureService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capture = capture
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.play_button = QPushButton()
        self.play_button.setObjectName("playTake")
        self.play_button.clicked.connect(self.toggle_play)
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self.rename)
        self.tag_button = QPushButton()
        self.tag_button.clicked.connect(self.edit_tags)
        self.validate_button = QPushButton()
        self.validate_button.setObjectName("validateTake")
        self.validate_button.clicked.connect(self._validate)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteTake")
        self.delete_button.clicked.connect(self.delete_or_restore)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_import)
        self.trash_toggle = QCheckBox()
        self.trash_toggle.setObjectName("showTrash")
        self.trash_toggle.toggled.connect(lambda _c: self.refresh())
        self.empty_trash_button = QPushButton()
        self.empty_trash_button.clicked.connect(capture.empty_trash)
        for w in (self.play_button, self.rename_button, self.tag_button, self.validate_button, self.delete_button,
                  self.import_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.trash_toggle)
        bar.addWidget(self.empty_trash_button)
        layout.addLayout(bar)
        self.model = TakesModel(self)
        self.table = QTableView()
        self.table.setObjectName("takesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.toggle_play())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.empty = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 2)
        self.waveform = WaveformView()
        self.waveform.setMaximumHeight(150)
        layout.addWidget(self.waveform, 1)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setInterval(40)
        self._cursor_timer.timeout.connect(self._move_cursor)
        capture.takes_changed.connect(self.refresh)
        capture.playback_changed.connect(self._playback_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.play_button.setText(self.tr("Stop") if self.capture.playing else self.tr("Play"))
        self.rename_button.setText(self.tr("Rename…"))
        self.tag_button.setText(self.tr("Tags…"))
        self.validate_button.setText(self.tr("Validate"))
        self.delete_button.setText(self.tr("Restore") if self.trash_toggle.isChecked() else self.tr("Delete"))
        self.import_button.setText(self.tr("Import…"))
        self.trash_toggle.setText(self.tr("Show trash"))
        self.empty_trash_button.setText(self.tr("Empty trash"))
        self.table.setToolTip(self.tr("Drop audio files here to import them as takes."))
        if self.trash_toggle.isChecked():
            self.empty.set_text(self.tr("The trash is empty"), self.tr("Deleted takes wait here until you "
                                                                      "empty the trash."))
        else:
            self.empty.set_text(self.tr("No takes yet"),
                                self.tr("Connect a microphone and press Record, or drop audio files here. "
                                        "A 10–20 s take is enough for zero-shot cloning; training needs a "
                                        "20-minute script session (Script booth tab)."))

    def refresh(self) -> None:
        selected = self.current()
        self.model.set_takes(self.capture.takes(trashed=self.trash_toggle.isChecked()))
        self.empty_trash_button.setVisible(self.trash_toggle.isChecked())
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        self.waveform.setVisible(self.model.rowCount() > 0)
        self.retranslate()
        if selected is not None and selected.id is not None and (row := self.model.row_of(selected.id)) is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def current(self) -> Take | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], TakeRole) if rows else None

    def select_take(self, take_id: int) -> None:
        row = self.model.row_of(take_id)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        take = self.current()
        for w in (self.play_button, self.rename_button, self.tag_button, self.validate_button, self.delete_button):
            w.setEnabled(take is not None)
        self.take_selected.emit(take)
        if take is None:
            self.waveform.clear()
            return
        self.waveform.clear()
        self.capture.load_envelope(take, self._show_envelope)

    def _show_envelope(self, result: Any) -> None:
        lo, hi, seconds_per_bin, take_id = result
        current = self.current()
        if current is not None and current.id == take_id:
            self.waveform.set_envelope(lo, hi, seconds_per_bin)

    def _validate(self) -> None:
        take = self.current()
        if take is not None:
            self.validate_requested.emit(take)

    # actions
    def toggle_play(self) -> None:
        take = self.current()
        if self.capture.playing is not None:
            self.capture.stop_playback()
            return
        if take is None:
            return
        try:
            self.capture.play(take)
        except StudioError as err:
            self.capture.services.error_reported.emit(err)

    def _playback_changed(self, playing: bool) -> None:
        self.retranslate()
        if playing:
            self._cursor_timer.start()
        else:
            self._cursor_timer.stop()
            self.waveform.set_cursor(None)

    def _move_cursor(self) -> None:
        self.waveform.set_cursor(self.capture.position_s())
        if self.capture.playing is None:
            self._cursor_timer.stop()
            self.waveform.set_cursor(None)

    def rename(self) -> None:
        take = self.current()
        if take is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename take"), self.tr("Name"), text=take.name)
        if ok and name.strip():
            take.name = name.strip()
            self.capture.update_take(take)

    def edit_tags(self) -> None:
        take = self.current()
        if take is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Tags"), self.tr("Tags (comma-separated)"),
                                        text=", ".join(take.tags))
        if ok:
            take.tags = [t.strip() for t in text.split(",") if t.strip()]
            self.capture.update_take(take)

    def delete_or_restore(self) -> None:
        take = self.current()
        if take is not None:
            self.capture.trash(take, trashed=not self.trash_toggle.isChecked())

    def choose_import(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(IMPORT_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import audio as takes"), "",
                                                self.tr("Audio (%1)").replace("%1", patterns))
        if files:
            self.capture.import_files([Path(f) for f in files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.capture.import_files(files)
            event.acceptProposedAction()

