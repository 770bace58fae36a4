"""Table model of library voices (the proxy that filters and sorts them is `voice_filter.VoiceFilterProxy`).

Updates are incremental: `set_voices` diffs by id, inserts and removes rows with begin/end*Rows
and narrows dataChanged to the rows that changed, so a sync of 1,000 voices does not reset the view.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from studio.library.models import Voice
from studio.library.sync import VoicesDelta, diff_voices
from studio.ui import format as fmt
from studio.ui.names import model_title, provider_title, voice_status_title
from studio.ui.theme import colours

COL_NAME, COL_PROVIDER, COL_REMOTE_ID, COL_MODEL, COL_STATUS, COL_CREATED, COL_MODIFIED, COL_SOURCE, \
    COL_LAST_AUDITION, COL_TAGS = range(10)
COLUMN_COUNT = 10

VoiceRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
ProviderRole = Qt.ItemDataRole.UserRole + 3
SearchRole = Qt.ItemDataRole.UserRole + 4



def _status_colour(status: str) -> str:
    c = colours()
    return {"ready": c.good, "pending": c.warn, "failed": c.bad}.get(status, c.muted)


Index = QModelIndex | QPersistentModelIndex


class VoicesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._voices: list[Voice] = []
        self._row_of: dict[int, int] = {}
        # lower-cased haystack per row, kept with the rows; made at the first search (None until then)
        self._search: list[str | None] = []
        self.generation = 0  # bumped on every change, so filters know their cache is stale
        self._order: list[int] = []
        self._order_key: tuple[int, int] = (-1, -1)
        # names of the samples and takes voices were cloned from, by id (given by the page)
        self.sample_names: dict[int, str] = {}
        self.take_names: dict[int, str] = {}
        # when a voice expires (given by the page from the library service) and how soon is worth a mark
        self.expiry_of: Callable[[Voice], datetime | None] = lambda _v: None
        self.warning_days = 7.0

    def expiry(self, voice: Voice) -> tuple[datetime, bool] | None:
        """(when, worth a warning) for a voice that expires; None for one that lasts."""
        when = self.expiry_of(voice)
        if when is None:
            return None
        return when, (when - datetime.now(UTC)).total_seconds() <= self.warning_days * 86400

    def set_source_names(self, samples: dict[int, str], takes: dict[int, str]) -> None:
        if (samples, takes) != (self.sample_names, self.take_names):
            self.sample_names, self.take_names = samples, takes
            if self._voices:
                self.dataChanged.emit(self.index(0, COL_SOURCE), self.index(len(self._voices) - 1, COL_SOURCE))

    def source_name(self, voice: Voice) -> str:
        if voice.sample_id:
            return self.sample_names.get(voice.sample_id, "")
        if voice.take_id:
            return self.take_names.get(voice.take_id, "")
        return ""

    # Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._voices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Provider"), self.tr("Remote id"), self.tr("Model"), self.tr("Status"),
                self.tr("Created"), self.tr("Modified"), self.tr("Cloned from"), self.tr("Last audition"),
                self.tr("Tags")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, row: int, col: int, role: int) -> Any:
        """data() without a QModelIndex: the proxy calls this directly (one Python call per cell)."""
        voice = self._voices[row]
        if role == VoiceRole:
            return voice
        if role == StatusRole:
            return voice.status
        if role == ProviderRole:
            return voice.provider
        if role == SearchRole:
            return self._hay(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(voice, col)
        if col != COL_STATUS or role not in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                                             Qt.ItemDataRole.DecorationRole):
            return None
        expiry = self.expiry(voice)
        if role == Qt.ItemDataRole.ToolTipRole:
            words = [fmt.expiry(expiry[0])] if expiry else []
            if voice.status_raw:
                words.append(self.tr("The provider's own word: %1").replace("%1", voice.status_raw))
            return "\n".join(words) or None
        colour = QColor(_status_colour(voice.status))
        if expiry and expiry[1]:
            colour = QColor(colours().bad if expiry[0] <= datetime.now(UTC) else colours().warn)
        return QBrush(colour) if role == Qt.ItemDataRole.ForegroundRole else colour

    def _display(self, voice: Voice, col: int) -> str:
        if col == COL_NAME:
            return voice.name or voice.remote_id
        if col == COL_PROVIDER:
            return provider_title(voice.provider)
        if col == COL_REMOTE_ID:
            return voice.remote_id
        if col == COL_MODEL:
            return model_title(voice)
        if col == COL_STATUS:
            expiry = self.expiry(voice)
            if expiry and expiry[1]:  # marked within the warning window: "ready · expires in 3 days", "expired"
                short = fmt.expiry(expiry[0], short=True)
                return short if expiry[0] <= datetime.now(UTC) else f"{voice_status_title(voice.status)} · {short}"
            return voice_status_title(voice.status)
        if col == COL_CREATED:
            return fmt.when(voice.created)
        if col == COL_MODIFIED:
            return fmt.when(voice.modified)
        if col == COL_SOURCE:
            return self.source_name(voice)
        if col == COL_LAST_AUDITION:
            return fmt.when(voice.last_audition) if voice.last_audition else ""
        if col == COL_TAGS:
            return ", ".join(voice.tags)
        return ""

    # updates
    def voice_at(self, row: int) -> Voice:
        return self._voices[row]

    def row_of(self, voice_id: int) -> int | None:
        return self._row_of.get(voice_id)

    def snapshot(self) -> dict[int, Voice]:
        """The voices shown now, by id (a shallow copy another thread may diff against)."""
        return {v.id: v for v in self._voices if v.id is not None}

    def set_voices(self, voices: list[Voice]) -> None:
        self.apply(diff_voices(self.snapshot(), voices))

    def apply(self, delta: VoicesDelta) -> None:
        """Apply a delta with the fewest signals: one removal per run, one change range, one insert."""
        if delta.removed:
            rows = sorted((self._row_of[i] for i in delta.removed if i in self._row_of), reverse=True)
            self.generation += 1
            while rows:  # remove contiguous runs from the bottom up
                last = first = rows.pop(0)
                while rows and rows[0] == first - 1:
                    first = rows.pop(0)
                self.beginRemoveRows(QModelIndex(), first, last)
                del self._voices[first:last + 1]
                del self._search[first:last + 1]
                self.endRemoveRows()
            self._row_of = {v.id: i for i, v in enumerate(self._voices) if v.id is not None}
        if delta.changed:
            self.generation += 1
            touched = []
            for voice in delta.changed:
                row = self._row_of.get(voice.id)  # type: ignore[arg-type]
                if row is not None:
                    self._voices[row] = voice
                    self._search[row] = None
                    touched.append(row)
            if touched:
                self.dataChanged.emit(self.index(min(touched), 0), self.index(max(touched), COLUMN_COUNT - 1))
        fresh = [v for v in delta.added if v.id not in self._row_of]
        if fresh:
            first = len(self._voices)
            self.generation += 1
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._voices.extend(fresh)
            self._search.extend([None] * len(fresh))
            self._row_of.update({v.id: first + i for i, v in enumerate(fresh) if v.id is not None})
            self.endInsertRows()

    def sorted_rows(self, column: int) -> list[int]:
        """Source rows in ascending order of `column`, cached until the data changes (a keystroke only
        filters this order, it never sorts again)."""
        key = (self.generation, column)
        if self._order_key != key:
            keys = self.sort_keys(column)
            self._order = sorted(range(len(keys)), key=keys.__getitem__)
            self._order_key = key
        return self._order

    def sort_keys(self, column: int) -> list[str]:
        """A comparable key per source row for `column` (what the column shows, case-folded)."""
        if column == COL_STATUS:
            return [v.status + v.status_raw for v in self._voices]
        if column == COL_PROVIDER:
            return [v.provider for v in self._voices]
        if column == COL_NAME:  # the default order: what _display shows, without its dispatch per row
            return [(v.name or v.remote_id).casefold() for v in self._voices]
        return [self._display(v, column).casefold() for v in self._voices]

    def _hay(self, row: int) -> str:
        hay = self._search[row]
        if hay is None:
            hay = self._search[row] = _haystack(self._voices[row])
        return hay

    def prepare_search(self) -> None:
        """Make every row's search text now (the page calls this once the list is shown, so that the first
        keystroke only filters)."""
        if None in self._search:
            self._search = [hay if hay is not None else _haystack(v) for v, hay in zip(self._voices, self._search,
                                                                                      strict=True)]

    def rows_matching(self, provider: str, status: str, needle: str) -> list[bool]:
        """One pass over plain lists: the proxy asks this once per filter change, not per row."""
        if needle:
            self.prepare_search()
        return [(not provider or v.provider == provider) and (not status or v.status == status)
                and (not needle or needle in (hay or "")) for v, hay in zip(self._voices, self._search, strict=True)]


def _haystack(voice: Voice) -> str:
    return " ".join([voice.name, voice.remote_id, voice.target_model, voice.notes, *voice.tags]).lower()
