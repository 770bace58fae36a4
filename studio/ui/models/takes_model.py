"""Table model of takes (small lists: a reset per change is cheap and keeps the code plain)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from studio.library.models import Take
from studio.ui import format as fmt
from studio.ui.theme import colours

COL_NAME, COL_DURATION, COL_DATE, COL_PEAK, COL_CLIPS, COL_WARNINGS, COL_TAGS, COL_SOURCE = range(8)
COLUMN_COUNT = 8
TakeRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def fmt_duration(seconds: float) -> str:
    return fmt.clock(seconds)


class TakesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._takes: list[Take] = []

    def set_takes(self, takes: list[Take]) -> None:
        self.beginResetModel()
        self._takes = list(takes)
        self.endResetModel()

    def take_at(self, row: int) -> Take:
        return self._takes[row]

    def row_of(self, take_id: int) -> int | None:
        return next((i for i, t in enumerate(self._takes) if t.id == take_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._takes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Duration"), self.tr("Date"), self.tr("Peak"), self.tr("Clips"),
                self.tr("Warnings"), self.tr("Tags"), self.tr("Source")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        take = self._takes[index.row()]
        col = index.column()
        if role == TakeRole:
            return take
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return take.name
            if col == COL_DURATION:
                return fmt_duration(take.duration_s)
            if col == COL_DATE:
                return fmt.when(take.created)
            if col == COL_PEAK:
                return "" if take.peak_db is None else fmt.level(take.peak_db)
            if col == COL_CLIPS:
                return fmt.count(take.clip_count)
            if col == COL_WARNINGS:
                return ", ".join(fmt.take_warning(w) for w in take.warnings)
            if col == COL_TAGS:
                return ", ".join(take.tags)
            if col == COL_SOURCE:
                return fmt.take_source(take.source)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_WARNINGS and take.warnings:
            return ", ".join(fmt.take_warning(w) for w in take.warnings)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_CLIPS and take.clip_count:
                return QColor(colours().bad)
            if col == COL_SOURCE and take.source == "recovered":
                return QColor(colours().warn)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_DURATION, COL_PEAK, COL_CLIPS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
