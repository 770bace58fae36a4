"""Composition root: logging, hooks, QApplication, translators, services → MainWindow."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from studio import __version__, logsetup
from studio.errors import as_studio_error
from studio.paths import resource_dir
from studio.services.hub import Services
from studio.workspace import Workspace

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow

log = logging.getLogger("studio")
READY_LINE = "voice-studio: ready"


def _qt_message(mode: QtMsgType, context: object, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def build(argv: list[str] | None = None, *, defer_pages: bool = False) -> tuple[QApplication, Services, MainWindow]:
    """Create the application objects without entering the event loop (used by main and tools).

    `defer_pages`: build only the first pane now and the others once the event loop runs (start-up).
    """
    from studio.ui.main_window import MainWindow
    from studio.ui.theme import SchemeFollower
    from studio.ui.translations import Translations

    logsetup.configure()
    logsetup.install_thread_excepthook()
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Voice Studio")
    app.setOrganizationName("VoiceStudio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("voice-studio")
    icon = resource_dir() / "icons" / "voice-studio.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    app._studio_scheme = SchemeFollower(app)  # type: ignore[attr-defined]  # light or dark, as the desktop is
    services = Services(Workspace())
    services.build_all()  # one of each shared service (one audio output, one capture engine)
    translations = Translations(app)
    translations.install(services.language)
    services.language_changed.connect(translations.install)
    window = MainWindow(services, defer_pages=defer_pages)
    # The meter and the analysers need scipy.signal (about a second to import): load it off the GUI
    # thread once the window is on screen (an import holds the interpreter lock), so the first meter
    # block or analysis does not pay for it.
    window.when_painted(lambda: services.run(lambda ctx: importlib.import_module("scipy.signal"), name="warm-up",
                                             track=False, report_errors=False))

    def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if not isinstance(exc, KeyboardInterrupt):
            services.error_reported.emit(as_studio_error(exc))

    sys.excepthook = excepthook
    logged_thread_hook = threading.excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        logged_thread_hook(args)  # logs it
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            services.error_reported.emit(as_studio_error(args.exc_value))  # queued to the GUI thread

    threading.excepthook = thread_hook
    app.aboutToQuit.connect(services.shutdown)
    app._studio_translations = translations  # type: ignore[attr-defined]  # keep alive
    return app, services, window


def main() -> int:
    started = time.perf_counter()
    app, _services, window = build(defer_pages=True)
    window.show()

    def ready() -> None:
        elapsed = time.perf_counter() - started
        log.info("main window shown in %.3f s", elapsed)
        print(f"{READY_LINE} ({elapsed:.3f} s)", flush=True)
        if os.environ.get("VOICE_STUDIO_EXIT_WHEN_READY"):  # smoke tests and startup benchmarks
            QTimer.singleShot(0, app.quit)
            return
        from studio.ui.dialogs.first_run import maybe_show_first_run

        window.build_remaining_pages()  # the other panes arrive behind the window, one per event-loop turn
        QTimer.singleShot(0, lambda: maybe_show_first_run(window, _services))

    window.when_painted(ready)  # "ready" is the first frame on screen, not the show() call
    return int(app.exec())
