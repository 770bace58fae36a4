"""Library pane: every voice across providers, with status, jobs, lifecycle, sync and quotas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from studio.services.hub import Services
from studio.ui.models.voices_model import COL_NAME, VoiceFilterProxy, VoiceRole, VoicesModel
from studio.ui.names import provider_title, voice_status_title
from studio.ui.pages.base import Page
from studio.ui.widgets.empty_state import EmptyState
from studio.ui.widgets.jobs_panel import JobsPanel
from studio.ui.widgets.voice_detail import VoiceDetail

STATUSES = ("ready", "pending", "failed", "gone")


class DeleteVoiceDialog(QDialog):
    """Says exactly what is deleted where; local takes are always kept."""

    def __init__(self, voice: Voice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete voice"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Delete “%1” (%2)?\n\nThe voice is removed from this library. Your takes and "
                              "samples stay on this computer.").replace("%1", voice.name or voice.remote_id)
                      .replace("%2", provider_title(voice.provider)))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.remote = QCheckBox(self.tr("Also delete it at %1 (cannot be undone; frees quota)")
                                .replace("%1", provider_title(voice.provider)))
        self.remote.setObjectName("deleteRemote")
        self.remote.setChecked(voice.status != "gone")
        self.remote.setEnabled(voice.status != "gone")
        layout.addWidget(self.remote)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


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
        self.proxy = VoiceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.modelAboutToBeReset.connect(self._remember_view)
        self.proxy.modelReset.connect(self._restore_view)
        self._kept: tuple[int | None, int] = (None, 0)

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
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
        self.export_button.clicked.connect(self._export)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import)
        bar.addWidget(self.search, 2)
        for w in (self.provider_filter, self.status_filter, self.sync_button, self.export_button,
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
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.detail = VoiceDetail()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 400])
        self.stack.addWidget(splitter)

        self.detail.save_requested.connect(self.library.save_local)
        self.detail.delete_requested.connect(self.confirm_delete)
        self.detail.audition_requested.connect(self.audition_requested)
        self.detail.clone_requested.connect(self.clone_requested)
        self.detail.sample_requested.connect(self.sample_requested)
        self.detail.update_requested.connect(self._update_from_sample)
        self.library.voices_loaded.connect(self._on_loaded)
        self.library.quota_loaded.connect(self._on_quota)
        self._quotas: dict[str, str] = {}
        self.retranslate()
        self.library.reload()
        # The first load goes first; status polling starts once the list is on screen.
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
        self._show_quota()

    # data
    def _on_loaded(self, delta: VoicesDelta) -> None:
        selected = self.detail.voice.id if self.detail.voice else None
        first = self.model.rowCount() == 0
        self.model.apply(delta)
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        if first and self.model.rowCount():
            self.table.resizeColumnsToContents()  # sized from the visible rows only (precision set below)
        if selected is not None and any(v.id == selected for v in delta.changed):
            row = self.model.row_of(selected)
            if row is not None:
                voice = self.model.voice_at(row)
                self.detail.show_voice(voice, self.library.jobs_for(voice))
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
        self.detail.show_voice(voice, self.library.jobs_for(voice) if voice else [])

    def select_voice(self, voice_id: int) -> bool:
        row = self.model.row_of(voice_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def _on_quota(self, provider: str, quota: Any) -> None:
        if quota is None:
            self._quotas.pop(provider, None)
        else:
            self._quotas[provider] = f"{provider_title(provider)}: {quota.used} / {quota.limit} {quota.what}"
        self._show_quota()

    def _show_quota(self) -> None:
        text = "   ·   ".join(self._quotas[k] for k in sorted(self._quotas))
        self.quota.setText(self.tr("Quotas — %1").replace("%1", text) if text else "")
        self.quota.setVisible(bool(text))

    # actions
    def confirm_delete(self, voice: Voice) -> None:
        dialog = DeleteVoiceDialog(voice, self)
        dialog.setObjectName("deleteVoiceDialog")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.library.delete(voice, remote=dialog.remote.isChecked(),
                                on_done=lambda _v: self.detail.show_voice(None, []))

    def _update_from_sample(self, voice: Voice) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a new reference sample"), "",
                                              self.tr("Audio (*.wav *.mp3 *.m4a *.flac *.ogg)"))
        if not path:
            return
        self.library.update_from_sample(voice, Path(path))

    def _export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the library to a folder"))
        if folder:
            self.library.export_to(Path(folder))

    def _import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a library folder"))
        if folder:
            self.library.import_from(Path(folder))

    def closeEvent(self, event: Any) -> None:
        self.library.stop_polling()
        super().closeEvent(event)
