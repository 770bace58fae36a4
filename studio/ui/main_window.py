"""The main window: five panes in a sidebar, menus, and a status bar with provider and activity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from studio import logsetup
from studio.i18n import LANGUAGES
from studio.services.hub import Services
from studio.ui.dialogs.error_dialog import ErrorPresenter
from studio.ui.dialogs.settings_dialog import SettingsDialog
from studio.ui.names import job_status_title, provider_title
from studio.ui.pages.base import Page
from studio.ui.pages.library import LibraryPage
from studio.ui.pages.playground import PlaygroundPage
from studio.ui.pages.providers import ProvidersPage
from studio.ui.pages.record import RecordPage
from studio.ui.pages.validate import ValidatePage
from studio.ui.widgets.activity import ActivityWidget

PAGE_CLASSES: tuple[type[Page], ...] = (RecordPage, ValidatePage, ProvidersPage, LibraryPage, PlaygroundPage)


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setObjectName("mainWindow")
        self.resize(1180, 760)
        self.setMinimumSize(QSize(900, 600))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pages: dict[str, Page] = {}
        for cls in PAGE_CLASSES:
            page = cls(services, self.stack)
            self.pages[cls.page_id] = page
            self.stack.addWidget(page)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, cls.page_id)
            item.setSizeHint(QSize(140, 36))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.provider_button = QPushButton()
        self.provider_button.setObjectName("activeProvider")
        self.provider_button.setFlat(True)
        self.provider_button.clicked.connect(lambda: self.show_page("providers"))
        self.activity = ActivityWidget(services.runner)
        self.statusBar().addWidget(self.provider_button)
        self.statusBar().addPermanentWidget(self.activity)

        self.errors = ErrorPresenter(self, lambda: services.language)
        services.error_reported.connect(self.errors.show_error)
        services.active_provider_changed.connect(lambda _n: self.retranslate())

        self._tray: QSystemTrayIcon | None = None
        self._wire_pages()
        self._build_menus()
        self.retranslate()

    def _wire_pages(self) -> None:
        library = self.pages["library"]
        playground = self.pages["playground"]
        if isinstance(library, LibraryPage) and isinstance(playground, PlaygroundPage):
            library.audition_requested.connect(self.audition_voice)
            library.library.job_settled.connect(self.notify_job)
            library.clone_requested.connect(self.clone_on)
            library.sample_requested.connect(lambda voice: self.clone_on(voice, ""))
        record, validate = self.pages["record"], self.pages["validate"]
        if isinstance(record, RecordPage) and isinstance(validate, ValidatePage):
            record.validate_requested.connect(self.validate_take)
            validate.voice_created.connect(self.show_voice)
            validate.train_requested.connect(self.train)

    def train(self, provider: str, subject: Any) -> None:
        from studio.ui.dialogs.train_dialog import TrainDialog

        library = self.pages["library"]
        assert isinstance(library, LibraryPage)
        preselect = {subject.take_id} if subject is not None and subject.take_id else None
        dialog = TrainDialog(library.training, provider, preselect, self)
        dialog.exec()
        if dialog.job is not None:
            self.show_page("library")
            library.tabs.setCurrentWidget(library.jobs)

    def validate_take(self, take: Any) -> None:
        validate = self.show_page("validate")
        assert isinstance(validate, ValidatePage)
        validate.validate_take(take)

    def show_voice(self, voice: Any) -> None:
        library = self.pages["library"]
        assert isinstance(library, LibraryPage)
        library.library.reload(library.model.snapshot())

    def clone_on(self, voice: Any, provider: str) -> None:
        """Reuse a voice's reference sample with another provider's flow."""
        validate = self.show_page("validate")
        assert isinstance(validate, ValidatePage)
        validate.refresh_sources()
        subject = next((s for s in validate._subjects
                        if (voice.sample_id and s.sample_id == voice.sample_id)
                        or (voice.take_id and s.take_id == voice.take_id and s.sample_id is None)), None)
        if subject is None:
            self.statusBar().showMessage(self.tr("This voice has no reference sample recorded here: open one in "
                                                 "Validate."), 10000)
            return
        validate.analyze(subject)
        if provider:
            self.statusBar().showMessage(self.tr("Check the sample, then use the %1 button.")
                                         .replace("%1", provider_title(provider)), 10000)

    def notify_job(self, job: Any) -> None:
        """A training job settled: a desktop notification where the desktop has a tray, and the status bar."""
        text = self.tr("%1 job %2: %3").replace("%1", provider_title(job.provider)).replace("%2", job.remote_id) \
            .replace("%3", job_status_title(job.status))
        self.statusBar().showMessage(text, 15000)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.windowIcon(), self)
                self._tray.show()
            self._tray.showMessage(self.tr("Voice Studio"), text)

    def audition_voice(self, voice: Any) -> None:
        playground = self.pages["playground"]
        assert isinstance(playground, PlaygroundPage)
        playground.select_voice(voice.provider, voice.remote_id)
        self.show_page("playground")

    # navigation
    def show_page(self, page_id: str) -> Page:
        ids = list(self.pages)
        self.nav.setCurrentRow(ids.index(page_id))
        return self.pages[page_id]

    def current_page_id(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    # menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in LANGUAGES.items():
            action = QAction(label, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.services.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.data_action = QAction(self)
        self.data_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.workspace.home))))
        self.log_action = QAction(self)
        self.log_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(logsetup.log_path())))
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.first_run_action = QAction(self)
        self.first_run_action.triggered.connect(self.open_first_run)
        for action in (self.first_run_action, self.data_action, self.log_action, self.about_action):
            self.help_menu.addAction(action)

    def open_settings(self) -> None:
        SettingsDialog(self.services, self).exec()

    def show_about(self) -> None:
        from studio.ui.dialogs.about import show_about

        show_about(self, self.services)

    def open_first_run(self) -> None:
        from studio.ui.dialogs.first_run import open_first_run

        open_first_run(self, self.services)

    # language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Voice Studio"))
        for row, page in enumerate(self.pages.values()):
            item = self.nav.item(row)
            if item is not None:
                item.setText(page.title())
        self.file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.data_action.setText(self.tr("Open data folder"))
        self.log_action.setText(self.tr("Open log"))
        self.about_action.setText(self.tr("About Voice Studio"))
        self.first_run_action.setText(self.tr("First-run setup…"))
        current = self.services.language
        for code, action in self.language_actions.items():
            action.setChecked(code == current)
        name = self.services.active_provider
        self.provider_button.setText(self.tr("Provider: %1").replace("%1", provider_title(name)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            page.close()
        super().closeEvent(event)
