"""Library pane: every voice across providers, with status, jobs, lifecycle, sync and quotas."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.library.models import Voice
from studio.library.sync import VoicesDelta
from studio.services.hub import NoticeKind, Services
from studio.ui import format as fmt
from studio.ui.dialogs.delete_voice import DeleteVoiceDialog  # noqa: F401  (tests find it here)
from studio.ui.models.voice_filter import VoiceFilterProxy
from studio.ui.models.voices_model import (
    COL_MODIFIED,
    COL_NAME,
    COL_REMOTE_ID,
    COL_STATUS,
    COLUMN_COUNT,
    VoiceRole,
    VoicesModel,
)
from studio.ui.names import provider_title, voice_status_title
from studio.ui.pages.base import Page
from studio.ui.pages.library_actions import LibraryActions
from studio.ui.widgets.empty_state import EmptyState
from studio.ui.widgets.jobs_panel import JobsPanel
from studio.ui.widgets.voice_detail import VoiceDetail

STATUSES = ("ready", "pending", "failed", "gone")


class LibraryPage(Page):
    page_id = "library"
    audition_requested = Signal(object)  # Voice
    clone_requested = Signal(object, str)  # Voice, provider
    sample_requested = Signal(object)  # Voice

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = VoicesModel(self)
        self.library = services.library
        self.library.set_known(self.model.snapshot)
        self.lifecycle = LibraryActions(self)
        self.proxy = VoiceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.modelAboutToBeReset.connect(self._remember_view)
        self.proxy.modelReset.connect(self._restore_view)
        self._kept: tuple[int | None, int] = (None, 0)
        self._select_later: int | None = None
        self.model.expiry_of = self.library.expiry_of
        self.model.warning_days = self.library.warning_days

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(480)
        self.search.textChanged.connect(self.proxy.set_search)
        self.provider_filter = QComboBox()
        self.provider_filter.setObjectName("providerFilter")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.provider_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_provider(self.provider_filter.currentData() or ""))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_filter.currentData() or ""))
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncAll")
        self.sync_button.clicked.connect(self.library.sync_all)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.lifecycle.export)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.lifecycle.import_folder)
        bar.addWidget(self.search, 2)
        for w in (self.provider_filter, self.status_filter, self.lifecycle.design_button, self.sync_button, self.export_button,
                  self.import_button):
            bar.addWidget(w)
        outer.addLayout(bar)
        self.quota = QLabel()
        self.quota.setObjectName("quota")
        outer.addWidget(self.quota)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("libraryTabs")
        outer.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.tabs.addTab(self.stack, "")
        self.training = services.training
        self.jobs = JobsPanel(self.training)
        self.tabs.addTab(self.jobs, "")
        self.empty = EmptyState()
        self.empty.action_clicked.connect(self.library.sync_all)
        self.stack.addWidget(self.empty)
        splitter = QSplitter()
        self.table = QTableView()
        self.table.setObjectName("voicesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        for col in (COL_REMOTE_ID, COL_MODIFIED):  # shown in the detail panel; the header menu brings them back
            self.table.setColumnHidden(col, True)
        self.table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.detail = VoiceDetail()
        self.detail.expiry_of = self.library.expiry_of
        self.detail.preview_requested.connect(self.lifecycle.play_preview)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 400])
        self.stack.addWidget(splitter)

        self.detail.save_requested.connect(self.library.save_local)
        self.library.saved.connect(self._saved)
        self.library.sync_all_finished.connect(self._synced_all)
        self.detail.delete_requested.connect(self.confirm_delete)
        self.detail.audition_requested.connect(self.audition_requested)
        self.detail.clone_requested.connect(self.clone_requested)
        self.detail.sample_requested.connect(self.sample_requested)
        self.detail.update_requested.connect(self.lifecycle.update_from_sample)
        self.library.voices_loaded.connect(self._on_loaded)
        self.library.quota_loaded.connect(self._on_quota)
        self._quotas: dict[str, str] = {}
        self.retranslate()
        self._lifecycle_started = False
        self.library.reload()
        # The first load goes first (the design check after it: building providers would slow it down);
        # status polling starts once the list is on screen.
        QTimer.singleShot(1500, self.library, self.library.start_polling)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names, ids, tags, notes…"))
        for combo, items in ((self.provider_filter, [(n, provider_title(n)) for n in (s.name for s in self.services.specs())]),
                             (self.status_filter, [(s, voice_status_title(s)) for s in STATUSES])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All providers") if combo is self.provider_filter else self.tr("Any status"), "")
            for key, label in items:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Voices"))
        self.tabs.setTabText(1, self.tr("Jobs"))
        self.jobs.retranslate()
        self.sync_button.setText(self.tr("Sync all"))
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import…"))
        self.empty.set_text(
            self.tr("No voices yet"),
            self.tr("Voices you clone, and voices already on your provider accounts, appear here "
                    "with their status. Clone one from the Validate pane, or sync an account."),
            self.tr("Sync all accounts"),
        )
        self.detail.retranslate()
        self.lifecycle.retranslate()
        self._show_quota()

    # data
    def _on_loaded(self, delta: VoicesDelta) -> None:
        selected = self.detail.voice.id if self.detail.voice else None
        first = self.model.rowCount() == 0
        self.model.set_source_names(*self.library.source_names())
        self.model.apply(delta)
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        if not self._lifecycle_started:
            self._lifecycle_started = True
            QTimer.singleShot(1000, self, self.lifecycle.start)  # once the list is painted
        if first and self.model.rowCount():
            self.table.resizeColumnsToContents()  # sized from the visible rows only (precision set below)
            self.library.check_expiring()  # said once on opening the Library, and again after a sync
            QTimer.singleShot(300, self, self.model.prepare_search)  # after the first paint, before typing
        elif delta.added:  # new rows may say more than the first ones did ("ready · expires in 3 days")
            self.table.resizeColumnToContents(COL_STATUS)
        if self._select_later is not None and self.select_voice(self._select_later):
            self._select_later = None
        if selected is not None and any(v.id == selected for v in delta.changed):
            row = self.model.row_of(selected)
            if row is not None:
                voice = self.model.voice_at(row)
                self.detail.show_voice(voice, self.library.jobs_for(voice), self.model.source_name(voice))
        providers = {v.provider for v in (*delta.added, *delta.changed)}
        if providers:  # after this update is painted: building a provider may import heavy modules
            QTimer.singleShot(200, self, lambda: [self.library.refresh_quota(name) for name in sorted(providers)])

    def _remember_view(self) -> None:
        selected = self.detail.voice.id if self.detail.voice else None
        self._kept = (selected, self.table.verticalScrollBar().value())

    def _restore_view(self) -> None:
        selected, scroll = self._kept
        if selected is not None:
            row = self.model.row_of(selected)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
            if index is not None and index.isValid():
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(index.row())
                self.table.selectionModel().blockSignals(False)
        self.table.verticalScrollBar().setValue(scroll)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        voice: Voice | None = self.proxy.data(rows[0], VoiceRole) if rows else None
        self.detail.show_voice(voice, self.library.jobs_for(voice) if voice else [],
                               self.model.source_name(voice) if voice else "")

    def select_voice(self, voice_id: int) -> bool:
        row = self.model.row_of(voice_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def select_when_loaded(self, voice_id: int | None) -> None:
        """Select a voice now, or once the list has it (a voice just made arrives with the next reload)."""
        if voice_id is not None and not self.select_voice(voice_id):
            self._select_later = voice_id

    def _on_quota(self, provider: str, quota: Any) -> None:
        if quota is None:
            self._quotas.pop(provider, None)
        else:
            self._quotas[provider] = fmt.quota(provider, quota.used, quota.limit, quota.what)
        self._show_quota()

    def _show_quota(self) -> None:
        text = "   ·   ".join(self._quotas[k] for k in sorted(self._quotas))
        self.quota.setText(text)
        self.quota.setVisible(bool(text))

    def _column_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for col in range(COLUMN_COUNT):
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.setEnabled(col != COL_NAME)
            action.toggled.connect(lambda on, c=col: self.table.setColumnHidden(c, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    # results of actions, said once
    def _saved(self, voice: Voice) -> None:
        self.services.notify(self.tr("Saved “%1”.").replace("%1", voice.name or voice.remote_id), NoticeKind.SUCCESS)

    def _synced_all(self, outcomes: list[Any]) -> None:
        synced = [o for o in outcomes if o.report is not None]
        failed = [o for o in outcomes if o.error is not None and o.error.kind.value != "cancelled"]
        lang = self.services.language
        parts = []
        if synced:
            found = sum(len(o.report.adopted) for o in synced)
            parts.append(self.tr("Synced %1.").replace("%1", ", ".join(provider_title(o.provider) for o in synced))
                         + (" " + self.tr("%1 new voices found.").replace("%1", fmt.count(found)) if found else ""))
        by_reason: dict[str, list[str]] = {}
        for o in failed:
            assert o.error is not None
            detail = o.error.detail_zh if lang.startswith("zh") and o.error.detail_zh else o.error.detail
            reason = o.error.headline(lang) + (f" {detail}" if detail else "")
            by_reason.setdefault(reason, []).append(provider_title(o.provider))
        for reason, names in by_reason.items():
            parts.append(self.tr("Could not sync %1: %2").replace("%1", ", ".join(names)).replace("%2", reason))
        if not synced and not failed:
            parts.append(self.tr("No provider account is set up yet: add one on the Providers pane."))
        details = "\n\n".join(o.error.user_message(lang) for o in failed if o.error is not None)
        self.services.notify(" ".join(parts), NoticeKind.ERROR if failed else NoticeKind.SUCCESS, key="sync-all",
                             details=details)
        self.library.check_expiring()

    # actions
    def on_key(self, what: str) -> None:
        if what == "delete" and self.detail.voice is not None and self.table.hasFocus():
            self.confirm_delete(self.detail.voice)

    def confirm_delete(self, voice: Voice) -> None:
        self.lifecycle.confirm_delete(voice)

    def closeEvent(self, event: Any) -> None:
        self.library.stop_polling()
        super().closeEvent(event)
