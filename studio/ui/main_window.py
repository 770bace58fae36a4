"""The main window: five panes in a sidebar, menus, a notice bar, and a status bar with provider and activity.

Only the first pane is built before the window is shown; the others are built one per turn of the event
loop right after (or at once when asked for), so the window appears first and the rest arrives behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from studio import logsetup
from studio.i18n import LANGUAGES
from studio.services.hub import Services
from studio.ui.dialogs.error_dialog import ErrorPresenter
from studio.ui.names import job_status_title, provider_title
from studio.ui.pages.base import Page
from studio.ui.pages.registry import PAGE_IDS, Pages, page_class, page_title
from studio.ui.widgets.activity import ActivityWidget
from studio.ui.widgets.notice_bar import NoticeBar


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, after the window's first frame is on screen

    def __init__(self, services: Services, *, defer_pages: bool = False) -> None:
        super().__init__()
        self.services = services
        self.painted = False
        self.setObjectName("mainWindow")
        self.resize(1180, 760)
        self.setMinimumSize(QSize(960, 600))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.notices = NoticeBar()
        outer.addWidget(self.notices)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        outer.addLayout(body, 1)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pages = Pages(self)
        for page_id in PAGE_IDS:
            placeholder = QWidget()
            placeholder.setObjectName(f"pending_{page_id}")
            self.stack.addWidget(placeholder)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            item.setSizeHint(QSize(140, 36))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav)

        self.provider_button = QPushButton()
        self.provider_button.setObjectName("activeProvider")
        self.provider_button.setFlat(True)
        self.provider_button.clicked.connect(lambda: self.show_page("providers"))
        self.activity = ActivityWidget(services.runner)
        self.statusBar().addWidget(self.provider_button)
        self.statusBar().addPermanentWidget(self.activity)

        self.errors = ErrorPresenter(self.notices, lambda: services.language)
        services.error_reported.connect(self.errors.show_error)
        services.notice.connect(self.notices.show_notice)
        services.active_provider_changed.connect(lambda _n: self.retranslate())
        services.library.job_settled.connect(self.notify_job)

        self._tray: QSystemTrayIcon | None = None
        self._build_menus()
        self._build_shortcuts()
        self.retranslate()
        self.nav.setCurrentRow(0)
        if not defer_pages:
            self.build_remaining_pages(at_once=True)

    # panes
    def _build_page(self, page_id: str) -> Page:
        page = page_class(page_id)(self.services, self.stack)
        index = PAGE_IDS.index(page_id)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self._wire(page_id, page)
        return page

    def build_remaining_pages(self, at_once: bool = False) -> None:
        """Build the panes not built yet: all now, or one per turn of the event loop (after start-up)."""
        pending = [p for p in PAGE_IDS if not self.pages.is_built(p)]
        if not pending:
            return
        if at_once:
            for page_id in pending:
                self.pages[page_id]
            return
        self.pages[pending[0]]
        if len(pending) > 1:
            QTimer.singleShot(0, self.build_remaining_pages)

    def _wire(self, page_id: str, page: Any) -> None:
        if page_id == "record":
            page.validate_requested.connect(self.validate_take)
            page.sample_check_requested.connect(self.check_sample)
        elif page_id == "validate":
            page.voice_created.connect(self.show_voice)
            page.train_requested.connect(self.train)
        elif page_id == "library":
            page.audition_requested.connect(self.audition_voice)
            page.clone_requested.connect(self.clone_on)
            page.sample_requested.connect(lambda voice: self.clone_on(voice, ""))

    def _on_nav(self, row: int) -> None:
        if 0 <= row < len(PAGE_IDS):
            self.pages[PAGE_IDS[row]]  # built on first visit
            self.stack.setCurrentIndex(row)

    def train(self, provider: str, subject: Any) -> None:
        from studio.ui.dialogs.train_dialog import TrainDialog

        preselect = {subject.take_id} if subject is not None and subject.take_id else None
        dialog = TrainDialog(self.services.training, provider, preselect, self)
        dialog.exec()
        if dialog.job is not None:
            library: Any = self.show_page("library")
            library.tabs.setCurrentWidget(library.jobs)

    def validate_take(self, take: Any) -> None:
        validate: Any = self.show_page("validate")
        validate.validate_take(take)

    def check_sample(self, subject: Any) -> None:
        validate: Any = self.show_page("validate")
        validate.analyze(subject)

    def show_voice(self, voice: Any) -> None:
        if self.pages.is_built("library"):
            library: Any = self.pages["library"]
            library.library.reload(library.model.snapshot())

    def clone_on(self, voice: Any, provider: str) -> None:
        """Reuse a voice's reference sample with another provider's flow."""
        validate: Any = self.show_page("validate")
        if not validate.open_reference(voice):
            self.services.notify(self.tr("This voice has no reference sample recorded here: open one in "
                                         "Validate."))
            return
        if provider:
            self.services.notify(self.tr("Check the sample, then use the %1 button.")
                                 .replace("%1", provider_title(provider)))

    def notify_job(self, job: Any) -> None:
        """A training job settled: a desktop notification where the desktop has a tray, and the notice bar."""
        name = job.model_name or job.remote_id
        text = self.tr("%1 training “%2”: %3").replace("%1", provider_title(job.provider)).replace("%2", name) \
            .replace("%3", job_status_title(job.status))
        self.services.notify(text, key=f"job:{job.id}")
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.windowIcon(), self)
                self._tray.show()
            self._tray.showMessage(self.tr("Voice Studio"), text)

    def audition_voice(self, voice: Any) -> None:
        playground: Any = self.show_page("playground")
        playground.select_voice(voice.provider, voice.remote_id)

    # navigation
    def show_page(self, page_id: str) -> Page:
        page = self.pages[page_id]
        self.nav.setCurrentRow(PAGE_IDS.index(page_id))
        return page

    def current_page_id(self) -> str:
        return PAGE_IDS[self.stack.currentIndex()]

    def current_page(self) -> Page | None:
        page_id = self.current_page_id()
        return self.pages[page_id] if self.pages.is_built(page_id) else None

    # keyboard
    def _build_shortcuts(self) -> None:
        """Keys that act on the pane in front: each pane says what they do there (`Page.on_key`)."""
        self.shortcuts: list[QShortcut] = []
        for keys, what in ((("Space",), "play"), (("R",), "record"), (("Ctrl+Return", "Ctrl+Enter"), "synthesize"),
                           (("Delete",), "delete")):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setObjectName(f"key_{what}")
                shortcut.activated.connect(lambda w=what: self._key(w))
                self.shortcuts.append(shortcut)

    def _key(self, what: str) -> None:
        page = self.current_page()
        if page is not None:
            page.on_key(what)

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
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("showShortcuts")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
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
        for action in (self.first_run_action, self.shortcuts_action, self.data_action, self.log_action,
                       self.about_action):
            self.help_menu.addAction(action)

    def open_settings(self) -> None:
        from studio.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.services, self).exec()

    def show_shortcuts(self) -> None:
        from studio.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_about(self) -> None:
        from studio.ui.dialogs.about import show_about

        show_about(self, self.services)

    def open_first_run(self) -> None:
        from studio.ui.dialogs.first_run import open_first_run

        open_first_run(self, self.services)

    # language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Voice Studio"))
        for row, page_id in enumerate(PAGE_IDS):
            item = self.nav.item(row)
            if item is not None:
                item.setText(page_title(page_id))
        self.file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.data_action.setText(self.tr("Open data folder"))
        self.log_action.setText(self.tr("Open log"))
        self.about_action.setText(self.tr("About Voice Studio"))
        self.first_run_action.setText(self.tr("First-run setup…"))
        self.notices.retranslate()
        current = self.services.language
        for code, action in self.language_actions.items():
            action.setChecked(code == current)
        name = self.services.active_provider
        self.provider_button.setText(self.tr("Provider: %1").replace("%1", provider_title(name)))
        self.provider_button.setToolTip(self.tr("Choose the provider on the Providers pane"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this frame is flushed

    def when_painted(self, fn: Callable[[], Any]) -> None:
        """Run `fn` once the first frame is on screen (at once if it already is): slow work waits for it."""
        if self.painted:
            fn()
        else:
            self.first_painted.connect(fn, Qt.ConnectionType.SingleShotConnection)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.built():
            page.close()
        super().closeEvent(event)
