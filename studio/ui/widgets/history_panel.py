"""Audition history: search, replay, A/B with matched loudness, export, delete.

Each row is two lines — the text, then who spoke it and how it went — drawn by a delegate that sizes
the row from the font actually used, so a Chinese line (drawn with a taller CJK font) never pushes the
detail line out of its row.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from studio.library.models import Audition
from studio.services.audition import AuditionService
from studio.services.hub import NoticeKind
from studio.ui import format as fmt
from studio.ui.names import provider_title

DetailRole = Qt.ItemDataRole.UserRole + 1
PAD = 4


class TwoLineDelegate(QStyledItemDelegate):
    """The text on the first line, a muted detail line under it; both elided, never cut off."""

    @staticmethod
    def _line_height(fm: QFontMetrics) -> int:
        # The tallest of Latin and CJK glyphs in this font (and its fallbacks), not only the primary font's.
        return max(fm.lineSpacing(), fm.boundingRect("Ág汉字").height() + 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = self._line_height(option.fontMetrics)
        return QSize(option.rect.width() or 200, line * 2 + PAD * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        fm = option.fontMetrics
        line = self._line_height(fm)
        rect = option.rect.adjusted(PAD + 2, PAD, -PAD, -PAD)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        muted = palette.highlightedText().color() if selected else palette.placeholderText().color()
        painter.save()
        painter.setPen(text_colour)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setPen(muted)
        detail = str(index.data(DetailRole) or "")
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class HistoryPanel(QWidget):
    audition_selected = Signal(object)  # Audition | None

    def __init__(self, audition: AuditionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = audition
        self.ab: tuple[Audition, Audition] | None = None
        self.ab_gain = 1.0
        self.ab_current = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("historyList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.itemSelectionChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _i: self.play_selected())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.play_button = QPushButton()
        self.play_button.setObjectName("historyPlay")
        self.play_button.clicked.connect(self.play_selected)
        self.ab_button = QPushButton()
        self.ab_button.setObjectName("abButton")
        self.ab_button.clicked.connect(self.start_ab)
        self.export_button = QPushButton()
        self.export_button.setObjectName("historyExport")
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("historyDelete")
        self.delete_button.clicked.connect(self.delete_selected)
        for w in (self.play_button, self.ab_button, self.export_button, self.delete_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.ab_label = QLabel()
        self.ab_label.setObjectName("abLabel")
        self.ab_label.setWordWrap(True)
        layout.addWidget(self.ab_label)
        # Tab switches A and B only while a comparison runs; otherwise it moves the focus as usual.
        self.switch = QShortcut(QKeySequence(Qt.Key.Key_Tab), self)
        self.switch.setEnabled(False)
        self.switch.activated.connect(self.switch_ab)
        audition.history_changed.connect(self.refresh)
        audition.exported.connect(self._exported)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("History"))
        self.search.setPlaceholderText(self.tr("Search text, voice, provider…"))
        self.play_button.setText(self.tr("Play"))
        self.ab_button.setText(self.tr("A/B"))
        self.export_button.setText(self.tr("Export…"))
        self.delete_button.setText(self.tr("Delete"))
        self.refresh()
        self._show_ab()

    def detail_line(self, a: Audition) -> str:
        parts = [provider_title(a.provider), self.service.voice_label(a), fmt.duration(a.duration_s)]
        if a.first_audio_s is not None:
            parts.append(self.tr("first audio %1").replace("%1", fmt.latency(a.first_audio_s)))
        parts.append(fmt.when(a.created))
        return " · ".join(parts)

    def refresh(self) -> None:
        chosen = {a.id for a in self.selected()}
        self.list.blockSignals(True)
        self.list.clear()
        for a in self.service.history(self.search.text()):
            item = QListWidgetItem(" ".join(a.text.split()))
            detail = self.detail_line(a)
            item.setData(DetailRole, detail)
            item.setToolTip(f"{a.text}\n{detail}")
            item.setData(Qt.ItemDataRole.UserRole, a)
            self.list.addItem(item)
            if a.id in chosen:
                item.setSelected(True)
        self.list.blockSignals(False)
        self._selected()

    def rows(self) -> list[tuple[str, str]]:
        """What each row shows (its two lines), for tests and diagnostics."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None:
                out.append((item.text(), str(item.data(DetailRole))))
        return out

    def select_audition(self, audition_id: int | None) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None and item.data(Qt.ItemDataRole.UserRole).id == audition_id:
                self.list.setCurrentItem(item)
                return

    def selected(self) -> list[Audition]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]

    def _selected(self) -> None:
        chosen = self.selected()
        if self.ab is not None and {a.id for a in chosen} != {a.id for a in self.ab}:
            self.stop_ab()
        self.audition_selected.emit(chosen[0] if len(chosen) == 1 else None)
        one = len(chosen) >= 1
        for button in (self.play_button, self.export_button, self.delete_button):
            button.setEnabled(one)
            button.setToolTip("" if one else self.tr("Select an audition first"))
        self.ab_button.setEnabled(len(chosen) == 2)
        self.ab_button.setToolTip(self.tr("Compare the two selected auditions at matched loudness; Tab switches")
                                  if len(chosen) == 2 else
                                  self.tr("Select two auditions (Ctrl+click) to compare them"))

    def play_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.service.play(chosen[0])

    def start_ab(self) -> None:
        chosen = self.selected()
        if len(chosen) != 2:
            return
        a, b = chosen
        self.ab = (a, b)
        self.ab_current = 0

        def ready(gain: Any) -> None:
            self.ab_gain = float(gain)
            self._show_ab()
            self.service.play(a)

        self.service.loudness_gain(a, b).succeeded.connect(ready)

    def switch_ab(self) -> None:
        if self.ab is None:
            return
        position = self.service.position_s if self.service.is_playing else 0.0
        self.ab_current = 1 - self.ab_current
        target = self.ab[self.ab_current]
        self.service.play(target, position, gain=self.ab_gain if self.ab_current == 1 else 1.0)
        self._show_ab()

    def stop_ab(self) -> None:
        self.ab = None
        self._show_ab()

    def _show_ab(self) -> None:
        self.switch.setEnabled(self.ab is not None)
        if self.ab is None:
            self.ab_label.setText("")
            return
        now = "A" if self.ab_current == 0 else "B"
        self.ab_label.setText(self.tr("Playing %1 (loudness matched: B %2). Press Tab to switch.")
                              .replace("%1", now).replace("%2", fmt.gain(20 * math.log10(max(self.ab_gain, 1e-6)))))

    def export_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        a = chosen[0]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audition"), f"{self.file_stem(a)}.wav",
                                              self.tr("WAV (*.wav);;MP3 (*.mp3)"))
        if path:
            self.service.export(a, Path(path))

    def file_stem(self, a: Audition) -> str:
        """A file name for an audition's exports: its voice's name and its number in the history."""
        stem = "".join(c if c.isalnum() or c in "-_ " else "_" for c in self.service.voice_label(a))[:40].strip()
        return f"{stem or 'audition'}-{a.id}"

    def _exported(self, target: Path) -> None:
        self.service.services.notify(self.tr("Exported “%1”.").replace("%1", target.name), NoticeKind.SUCCESS,
                                     action_text=self.tr("Open folder"),
                                     action=lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent))))

    def delete_selected(self) -> None:
        chosen = self.selected()
        for audition in chosen:
            self.service.delete(audition)
        if chosen:
            self.service.services.notify(self.tr("Deleted %1 from the history.").replace(
                "%1", self.tr("1 audition") if len(chosen) == 1 else self.tr("%1 auditions")
                .replace("%1", fmt.count(len(chosen)))))
