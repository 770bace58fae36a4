"""The takes list: play with a cursor, rename, tag, delete to the trash (and restore), import; and on the
take's waveform, a stretch dragged out, played, zoomed into and kept as a sample (the take is never cut)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
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
from studio.services.hub import NoticeKind
from studio.services.validation_service import Subject
from studio.ui import format as fmt
from studio.ui.models.takes_model import COL_NAME, TakeRole, TakesModel
from studio.ui.widgets.empty_state import EmptyState
from studio.ui.widgets.selection_bar import SelectionBar
from studio.ui.widgets.waveform import WaveformView


class TakesPanel(QWidget):
    take_selected = Signal(object)  # Take | None
    validate_requested = Signal(object)  # Take
    sample_kept = Signal(object)  # Subject: a selection kept as a sample, to check in Validate

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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.toggle_play())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.empty = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 2)
        self.waveform = WaveformView(selectable=True)
        self.waveform.setMaximumHeight(150)
        layout.addWidget(self.waveform, 1)
        self.tools = SelectionBar(self.waveform, self, hint=True, name="Take")
        self.tools.play_requested.connect(self.play_selection)
        self.tools.keep_requested.connect(self.keep_selection)
        layout.addWidget(self.tools)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setInterval(40)
        self._cursor_timer.timeout.connect(self._move_cursor)
        capture.takes_changed.connect(self.refresh)
        capture.playback_changed.connect(self._playback_changed)
        capture.imported.connect(self._imported)
        validation = capture.services.validation
        validation.fixed.connect(self._kept)
        self._keeping: tuple[int | None, str] | None = None
        self._opened = False
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.play_button.setText(self.tr("■ Stop") if self.capture.is_playing else self.tr("▶ Play"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._selection_tools()
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
        self.tools.setVisible(self.model.rowCount() > 0)
        self.retranslate()
        if selected is not None and selected.id is not None and (row := self.model.row_of(selected.id)) is not None:
            self.table.selectRow(row)
        elif selected is None and self.model.rowCount() and not self._opened:
            self.table.selectRow(0)  # the newest take, with its waveform, when the list first appears
        self._opened = True
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
        why = "" if take is not None else self.tr("Select a take first")
        for w in (self.play_button, self.rename_button, self.tag_button, self.validate_button, self.delete_button):
            w.setEnabled(take is not None)
            w.setToolTip(why)
        self.take_selected.emit(take)
        shown = getattr(self, "_shown_take", None)
        if take is None or take.id != shown:
            self.waveform.clear()
        self._shown_take = take.id if take is not None else None
        self._selection_tools()
        if take is not None and take.id != shown:
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
    def toggle_play(self, start_s: float = 0.0, end_s: float | None = None) -> None:
        take = self.current()
        if self.capture.is_playing:
            self.capture.stop_playback()
            return
        if take is None:
            return
        try:
            self.capture.play(take, start_s, end_s)
        except StudioError as err:
            self.capture.services.error_reported.emit(err)

    def play_or_stop(self) -> None:
        """Space: the selection if there is one, else the whole take; stop if playing."""
        chosen = self.waveform.selection()
        if chosen is not None and not self.capture.is_playing:
            self.toggle_play(*chosen)
        else:
            self.toggle_play()

    def play_selection(self, start_s: float, end_s: float) -> None:
        if self.capture.is_playing:
            self.capture.stop_playback()
        self.toggle_play(start_s, end_s)

    def _playback_changed(self, playing: bool) -> None:
        self.retranslate()
        if playing:
            self._cursor_timer.start()
        else:
            self._cursor_timer.stop()
            self.waveform.set_cursor(None)

    def _move_cursor(self) -> None:
        if not self.capture.is_playing:
            self._cursor_timer.stop()
            self.waveform.set_cursor(None)
            return
        self.waveform.set_cursor(self.capture.position_s())

    # a stretch of the take kept as a sample
    def _selection_tools(self) -> None:
        self.tools.refresh(self.current() is not None, busy=self._keeping is not None)

    def keep_selection(self, start_s: float, end_s: float) -> None:
        take = self.current()
        if take is None:
            return
        subject = Subject(self.capture.take_path(take), take.name, take.id, None)
        self._keeping = (take.id, take.name)
        self._selection_tools()
        handle = self.capture.services.validation.keep_selection(subject, start_s, end_s)
        handle.finished.connect(self._keep_finished)

    def _keep_finished(self) -> None:
        self._keeping = None
        self._selection_tools()

    def _kept(self, subject: Subject) -> None:
        if self._keeping is None or subject.take_id != self._keeping[0]:
            return  # a fix made in the Validate pane
        services = self.capture.services
        def check() -> None:
            self.sample_kept.emit(subject)

        services.notify(self.tr("Saved a new sample: “%1”.").replace("%1", subject.label), NoticeKind.SUCCESS,
                        action_text=self.tr("Check it"), action=check)

    def _imported(self, takes: list[Take]) -> None:
        services = self.capture.services
        if len(takes) == 1:
            text = self.tr("Imported “%1” as a take.").replace("%1", takes[0].name)
        else:
            text = self.tr("Imported %1 files as takes.").replace("%1", fmt.count(len(takes)))
        services.notify(text, NoticeKind.SUCCESS)
        if takes and takes[-1].id is not None:
            self.select_take(takes[-1].id)

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
        if take is None:
            return
        to_trash = not self.trash_toggle.isChecked()
        if self.capture.playing is not None and self.capture.playing.id == take.id:
            self.capture.stop_playback()
        self.capture.trash(take, trashed=to_trash)
        if to_trash:
            def undo() -> None:
                self.capture.trash(take, trashed=False)

            self.capture.services.notify(self.tr("Moved “%1” to the trash.").replace("%1", take.name),
                                         action_text=self.tr("Undo"), action=undo)
        else:
            self.capture.services.notify(self.tr("Restored “%1”.").replace("%1", take.name))

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

