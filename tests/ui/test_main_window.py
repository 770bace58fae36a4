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


def test_error_reports_show_one_dialog(window: MainWindow) -> None:
    for i in range(5):
        window.services.error_reported.emit(AuthError("bad key", provider="cosyvoice", request_id=f"r{i}"))
    assert len(window.errors.shown) == 5
    dialogs = window.findChildren(type(window.errors._box)) if window.errors._box else []
    assert len([d for d in dialogs if d.isVisible()]) == 1


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
