"""Table model of library voices, and the proxy that filters and sorts them.

Updates are incremental: `set_voices` diffs by id, inserts and removes rows with begin/end*Rows
and narrows dataChanged to the rows that changed, so a sync of 1,000 voices does not reset the view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from studio.library.models import Voice
from studio.ui.names import provider_title, voice_status_title

COL_NAME, COL_PROVIDER, COL_REMOTE_ID, COL_MODEL, COL_STATUS, COL_CREATED, COL_MODIFIED, COL_SOURCE, \
    COL_LAST_AUDITION, COL_TAGS = range(10)
COLUMN_COUNT = 10

VoiceRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
ProviderRole = Qt.ItemDataRole.UserRole + 3
SearchRole = Qt.ItemDataRole.UserRole + 4

STATUS_COLOURS = {"ready": "#2e7d32", "pending": "#ef6c00", "failed": "#c62828", "gone": "#757575",
                  "unknown": "#757575"}

Index = QModelIndex | QPersistentModelIndex


class VoicesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._voices: list[Voice] = []
        self._row_of: dict[int, int] = {}
        self._search: list[str] = []  # lower-cased haystack per row, kept with the rows
        self.generation = 0  # bumped on every change, so filters know their cache is stale

    # Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._voices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Provider"), self.tr("Remote id"), self.tr("Model"), self.tr("Status"),
                self.tr("Created"), self.tr("Modified"), self.tr("Source sample"), self.tr("Last audition"),
                self.tr("Tags")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        voice = self._voices[index.row()]
        col = index.column()
        if role == VoiceRole:
            return voice
        if role == StatusRole:
            return voice.status
        if role == ProviderRole:
            return voice.provider
        if role == SearchRole:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(voice, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATUS:
            return self.tr("Vendor status: %1").replace("%1", voice.status_raw or "—")
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return QBrush(QColor(STATUS_COLOURS.get(voice.status, "#757575")))
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            return QColor(STATUS_COLOURS.get(voice.status, "#757575"))
        return None

    def _display(self, voice: Voice, col: int) -> str:
        if col == COL_NAME:
            return voice.name or voice.remote_id
        if col == COL_PROVIDER:
            return provider_title(voice.provider)
        if col == COL_REMOTE_ID:
            return voice.remote_id
        if col == COL_MODEL:
            return voice.target_model
        if col == COL_STATUS:
            raw = f" ({voice.status_raw})" if voice.status_raw else ""
            return voice_status_title(voice.status) + raw
        if col == COL_CREATED:
            return voice.created[:16].replace("T", " ")
        if col == COL_MODIFIED:
            return voice.modified[:16].replace("T", " ")
        if col == COL_SOURCE:
            return f"#{voice.sample_id}" if voice.sample_id else (f"take #{voice.take_id}" if voice.take_id else "")
        if col == COL_LAST_AUDITION:
            return voice.last_audition[:16].replace("T", " ")
        if col == COL_TAGS:
            return ", ".join(voice.tags)
        return ""

    # updates
    def voice_at(self, row: int) -> Voice:
        return self._voices[row]

    def row_of(self, voice_id: int) -> int | None:
        return self._row_of.get(voice_id)

    def set_voices(self, voices: list[Voice]) -> None:
        new_by_id = {v.id: v for v in voices if v.id is not None}
        # removals, from the bottom so row numbers stay valid
        for row in range(len(self._voices) - 1, -1, -1):
            if self._voices[row].id not in new_by_id:
                self.generation += 1
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._voices[row]
                if row < len(self._search):
                    del self._search[row]
                self.endRemoveRows()
        self._reindex()
        # changes
        for row, old in enumerate(self._voices):
            assert old.id is not None
            new = new_by_id[old.id]
            if new != old:
                self._voices[row] = new
                self._search[row] = _haystack(new)
                self.generation += 1
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        # insertions, in one block at the end
        fresh = [v for vid, v in new_by_id.items() if vid not in self._row_of]
        if fresh:
            first = len(self._voices)
            self.generation += 1
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._voices.extend(fresh)
            self._search.extend(_haystack(v) for v in fresh)
            self._row_of.update({v.id: first + i for i, v in enumerate(fresh) if v.id is not None})
            self.endInsertRows()
        self._reindex()

    def _reindex(self) -> None:
        self._row_of = {v.id: i for i, v in enumerate(self._voices) if v.id is not None}
        if len(self._search) != len(self._voices):
            self._search = [_haystack(v) for v in self._voices]

    def rows_matching(self, provider: str, status: str, needle: str) -> list[bool]:
        """One pass over plain lists: the proxy asks this once per filter change, not per row."""
        return [(not provider or v.provider == provider) and (not status or v.status == status)
                and (not needle or needle in hay) for v, hay in zip(self._voices, self._search, strict=True)]


def _haystack(voice: Voice) -> str:
    return " ".join([voice.name, voice.remote_id, voice.target_model, voice.notes, *voice.tags]).lower()


class VoiceFilterProxy(QSortFilterProxyModel):
    """Filters by provider, status and a search string; the match is computed in one pass per change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._provider = ""
        self._status = ""
        self._needle = ""
        self._accept: list[bool] | None = None
        self._accept_generation = -1
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _refilter(self) -> None:
        # Qt ≥ 6.10 brackets filter changes; invalidateRowsFilter() is deprecated there.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._accept = None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._accept = None
            self.invalidateRowsFilter()

    def set_provider(self, provider: str) -> None:
        self._provider = provider
        self._refilter()

    def set_status(self, status: str) -> None:
        self._status = status
        self._refilter()

    def set_search(self, text: str) -> None:
        self._needle = text.strip().lower()
        self._refilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not (self._provider or self._status or self._needle):
            return True
        model = self.sourceModel()
        assert isinstance(model, VoicesModel)
        if self._accept is None or self._accept_generation != model.generation:
            self._accept = model.rows_matching(self._provider, self._status, self._needle)
            self._accept_generation = model.generation
        return self._accept[source_row]
