from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from studio.errors import AuthError
from studio.i18n import translations_dir
from studio.services.hub import Services
from studio.ui.main_window import MainWindow
from studio.ui.translations import Translations


@pytest.fixture
def window(qtbot: QtBot, services: Services):  # type: ignore[no-untyped-def]
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_five_panes_in_order(window: MainWindow) -> None:
    assert list(window.pages) == ["record", "validate", "providers", "library", "playground"]
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Record", "Validate", "Providers", "Library", "Playground"]


def test_status_bar_shows_active_provider(window: MainWindow) -> None:
    assert "Offline engine" in window.provider_button.text()
    window.services.set_active_provider("cosyvoice")
    assert "CosyVoice" in window.provider_button.text()
    assert window.services.workspace.settings.get("general.default_provider") == "cosyvoice"


def test_provider_button_opens_providers(window: MainWindow, qtbot: QtBot) -> None:
    window.provider_button.click()
    assert window.current_page_id() == "providers"


def test_repeated_errors_collapse_into_one_non_modal_notice(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    for i in range(5):
        window.services.error_reported.emit(AuthError("bad key", provider="cosyvoice", request_id=f"r{i}"))
    assert len(window.errors.shown) == 5
    assert window.notices.isVisible() and window.notices.repeats == 5
    text = window.notices.text()
    assert "bad key" in text and "×5" in text
    assert "cosyvoice" not in window.notices.current.details  # the provider by its title
    assert "DashScope CosyVoice" in window.notices.current.details
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]  # nothing modal


def test_every_pane_is_built_on_first_visit_when_deferred(qtbot: QtBot, services: Services) -> None:
    w = MainWindow(services, defer_pages=True)
    qtbot.addWidget(w)
    w.show()
    assert [p for p in ("record", "validate", "providers", "library", "playground") if w.pages.is_built(p)] \
        == ["record"]
    w.nav.setCurrentRow(3)
    assert w.pages.is_built("library") and w.current_page_id() == "library"
    w.build_remaining_pages()
    qtbot.waitUntil(lambda: all(w.pages.is_built(p) for p in w.pages), timeout=5000)
    assert w.stack.currentWidget() is w.pages["library"]
    w.close()


def test_shortcuts_are_listed_in_help(window: MainWindow, qtbot: QtBot) -> None:
    from studio.ui.dialogs.shortcuts import ShortcutsDialog

    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert {"Space", "R", "Tab", "Del"} <= set(keys) or {"Space", "R", "Tab", "Delete"} <= set(keys)
    assert any("Ctrl" in k for k in keys)
    dialog.close()


@pytest.mark.skipif(not (translations_dir() / "studio_zh_CN.qm").exists(), reason="translations not built")
def test_switching_to_chinese_retranslates_everything(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    window.services.language_changed.connect(translations.install)
    window.services.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "录音", timeout=2000)
    assert window.windowTitle() == "语音工作室"
    window.services.set_language("en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Record", timeout=2000)


def test_the_studio_follows_a_switch_to_dark_and_back(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from studio.ui.theme import DARK, LIGHT, SchemeFollower, colours, is_dark

    app = QApplication.instance()
    follower = SchemeFollower(app)  # type: ignore[arg-type]
    try:
        follower.apply("dark")
        assert is_dark() and colours() is DARK
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80  # type: ignore[union-attr]
        window.services.notify("Saved “Desk voice”.")
        assert DARK.notice_info in window.notices.styleSheet()
    finally:
        follower.apply("light")
    assert not is_dark() and colours() is LIGHT
