from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from studio.i18n import translations_dir
from studio.services.hub import Services
from studio.ui.dialogs.first_run import NO_WIZARD_ENV, FirstRunWizard, maybe_show_first_run, open_first_run
from studio.workspace import Workspace
from tests.fakes.audio_stream import FakeStreamFactory

RATE = 48000


class PseudoTranslator(QTranslator):
    """Wraps every studio string in ⟦…⟧: shows which texts are re-read on a language switch."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧" if source else ""

    def isEmpty(self) -> bool:
        return False  # an "empty" translator is installed without a LanguageChange event


def noise(seconds: float, dbfs: float, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(int(seconds * RATE)) * 10 ** (dbfs / 20)).astype(np.float32)


@pytest.fixture
def factory() -> FakeStreamFactory:
    return FakeStreamFactory()


@pytest.fixture
def services(factory: FakeStreamFactory) -> Iterator[Services]:
    services = Services.for_tests(Workspace(), stream_factory=factory)
    yield services
    services.shutdown()


@pytest.fixture
def wizard(qtbot: QtBot, services: Services) -> Iterator[FirstRunWizard]:
    w = FirstRunWizard(services)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.audio_page.stop()


def skip_button(w: FirstRunWizard) -> QPushButton:
    button = w.button(QWizard.WizardButton.CustomButton1)
    assert isinstance(button, QPushButton)
    return button


def test_four_pages_in_order_each_with_a_title(wizard: FirstRunWizard) -> None:
    pages = [wizard.page(i) for i in wizard.pageIds()]
    assert [p.objectName() for p in pages] == ["firstRunLanguage", "firstRunAudio", "firstRunAccounts",
                                               "firstRunData"]
    assert all(p.title() and p.subTitle() for p in pages)
    assert wizard.currentPage() is wizard.language_page


def test_every_step_skips_without_keeping_its_choices(wizard: FirstRunWizard, services: Services) -> None:
    settings = services.workspace.settings
    skip_button(wizard).click()  # language
    assert wizard.currentPage() is wizard.audio_page
    wizard.audio_page.device_combo.setCurrentIndex(1)
    skip_button(wizard).click()
    assert wizard.currentPage() is wizard.accounts_page
    wizard.accounts_page.field("dashscope.api_key").setText("sk-typed-but-skipped-000000")
    wizard.accounts_page.default_provider.setCurrentIndex(wizard.accounts_page.default_provider.findData("cosyvoice"))
    skip_button(wizard).click()
    assert wizard.currentPage() is wizard.data_page
    assert not skip_button(wizard).isVisible()  # Finish is the way on from the last page
    assert settings.get("audio.input_device") == ""
    assert services.workspace.secrets.get("dashscope.api_key") is None
    assert services.active_provider == "local"
    assert settings.get("general.first_run_done") is False
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted.value
    assert settings.get("general.first_run_done") is True


def test_closing_the_wizard_counts_as_seen(wizard: FirstRunWizard, services: Services) -> None:
    wizard.reject()
    assert services.workspace.settings.get("general.first_run_done") is True


def test_next_keeps_device_keys_region_and_default_provider(wizard: FirstRunWizard, services: Services) -> None:
    wizard.next()
    audio = wizard.audio_page
    assert audio.state == "ready"
    assert [audio.device_combo.itemText(i) for i in range(audio.device_combo.count())] == [
        "Fake USB Microphone (default)", "Fake Line In"]
    audio.device_combo.setCurrentIndex(1)
    wizard.next()
    assert services.workspace.settings.get("audio.input_device") == "Fake Line In"

    accounts = wizard.accounts_page
    key, tencent_id, tencent_key = (accounts.field(k) for k in ("dashscope.api_key", "tencent.secret_id",
                                                                  "tencent.secret_key"))
    region = accounts.field("dashscope.region")
    assert region.findData("custom") < 0  # custom hosts need the advanced fields: Providers pane only
    key.setText("  sk-first-run-0123456789abcdef ")
    tencent_id.setText("AKID" "firstrun0123456789")
    region.setCurrentIndex(region.findData("singapore"))
    accounts.default_provider.setCurrentIndex(accounts.default_provider.findData("cosyvoice"))
    wizard.next()
    secrets = services.workspace.secrets
    assert secrets.get("dashscope.api_key") == "sk-first-run-0123456789abcdef"
    assert secrets.get("tencent.secret_id") == "AKID" "firstrun0123456789"
    assert secrets.get("tencent.secret_key") is None  # left empty: not written
    assert services.workspace.settings.get("dashscope.region") == "singapore"
    assert services.active_provider == "cosyvoice"
    # The keys do not linger in the widgets; going back shows them as stored.
    assert key.text() == "" and tencent_id.text() == ""
    wizard.back()
    assert "already set" in key.placeholderText()
    assert tencent_key.placeholderText() == "not set"


def test_the_meter_answers_to_a_voice_before_any_check(wizard: FirstRunWizard, factory: FakeStreamFactory,
                                                         qtbot: QtBot) -> None:
    """Item 5: the wizard's own meter moves while someone speaks, not only during the room check."""
    wizard.next()
    audio = wizard.audio_page
    qtbot.waitUntil(lambda: audio.state == "monitoring", timeout=3000)
    assert audio.timer.isActive() and factory.input.active
    factory.input.push(noise(0.5, -20.0))
    qtbot.waitUntil(lambda: audio.meter.snapshot.peak_db > -25.0, timeout=3000)
    assert "green band" in audio.speak_hint.text()
    wizard.next()  # leaving the page lets go of a device the studio was not using
    assert not audio.capture.is_open and not audio.timer.isActive()


def test_room_check_meters_live_and_rates_the_noise_floor(wizard: FirstRunWizard, factory: FakeStreamFactory,
                                                          qtbot: QtBot) -> None:
    wizard.next()
    audio = wizard.audio_page
    qtbot.waitUntil(lambda: audio.state == "monitoring", timeout=3000)
    audio.check_button.click()
    assert audio.state == "checking" and audio.timer.isActive()
    assert factory.input.device == 0 and factory.input.active
    factory.input.push(noise(1.0, -40.0))  # someone talks for the first second: the meter moves
    qtbot.waitUntil(lambda: audio.meter.snapshot.peak_db > -45.0, timeout=3000)
    assert 0 < audio.progress.value() < 100
    factory.input.push(noise(4.5, -75.0, seed=2))
    qtbot.waitUntil(lambda: audio.state == "done", timeout=5000)
    assert audio.noise_floor is not None
    # The median 50 ms window ignores the loud first second: the quiet room is what gets rated.
    assert audio.noise_floor.db == pytest.approx(-75.0, abs=1.5)
    assert "booth" in audio.result.text() and "−75" in audio.result.text()
    assert audio.check_button.text() == "Check again"
    assert audio.timer.isActive()  # the meter keeps following the microphone after the check
    wizard.back()
    assert not audio.capture.is_open and not audio.timer.isActive()


def test_digital_silence_is_a_dead_input_not_a_booth(wizard: FirstRunWizard, factory: FakeStreamFactory,
                                                     qtbot: QtBot) -> None:
    """Item 5: a muted or dead input (exact zeros) is said to be one, never "as quiet as a booth"."""
    from studio.audio.roomcheck import noise_floor

    assert noise_floor(np.zeros(RATE * 4, np.float32), RATE).silent
    assert not noise_floor(noise(4.0, -75.0), RATE).silent
    wizard.next()
    audio = wizard.audio_page
    audio.start_check()
    factory.input.push(np.zeros(int(5.2 * RATE), np.float32))
    qtbot.waitUntil(lambda: audio.state == "done", timeout=5000)
    text = audio.result.text()
    assert "booth" not in text and "excellent" not in text
    assert "muted" in text and "No sound at all" in text


def test_a_noisy_room_is_called_too_noisy(wizard: FirstRunWizard, factory: FakeStreamFactory,
                                          qtbot: QtBot) -> None:
    wizard.next()
    wizard.audio_page.start_check()
    factory.input.push(noise(5.2, -38.0))
    qtbot.waitUntil(lambda: wizard.audio_page.state == "done", timeout=5000)
    assert "too noisy" in wizard.audio_page.result.text()


def test_a_device_that_will_not_open_is_explained(wizard: FirstRunWizard, factory: FakeStreamFactory) -> None:
    factory.fail_open[0] = "Device unavailable [PaErrorCode -9985]"
    wizard.next()
    wizard.audio_page.start_check()
    assert wizard.audio_page.state == "failed"
    assert "-9985" in wizard.audio_page.result.text()
    assert wizard.audio_page.check_button.isEnabled()  # try again, or skip


def test_no_input_device_says_so_and_can_be_skipped(qtbot: QtBot) -> None:
    services = Services.for_tests(Workspace(), stream_factory=FakeStreamFactory(devices=[]))
    w = FirstRunWizard(services)
    qtbot.addWidget(w)
    w.show()
    w.next()
    audio = w.audio_page
    assert audio.state == "none"
    assert "No input device was found" in audio.status.text()
    assert not audio.check_button.isEnabled() and not audio.check_button.isVisible()
    skip_button(w).click()
    assert w.currentPage() is w.accounts_page
    assert services.workspace.settings.get("audio.input_device") == ""
    services.shutdown()


def test_language_choice_retranslates_the_wizard_live(wizard: FirstRunWizard, services: Services,
                                                     qtbot: QtBot) -> None:
    app = QApplication.instance()
    pseudo = PseudoTranslator(app)

    def install(lang: str) -> None:
        if lang == "zh_CN":
            app.installTranslator(pseudo)
        else:
            app.removeTranslator(pseudo)

    services.language_changed.connect(install)
    try:
        assert wizard.language_page.title() == "Welcome to Voice Studio"
        wizard.language_page.buttons["zh_CN"].click()
        assert services.language == "zh_CN"
        assert services.workspace.settings.get("general.language") == "zh_CN"
        # LanguageChange (posted) reaches every page, shown or not, and the wizard's own buttons.
        qtbot.waitUntil(lambda: wizard.language_page.title() == "⟦Welcome to Voice Studio⟧", timeout=3000)
        assert wizard.accounts_page.title() == "⟦Provider accounts⟧"
        assert wizard.audio_page.refresh_button.text() == "⟦Refresh⟧"
        assert wizard.windowTitle() == "⟦Set up Voice Studio⟧"
        assert skip_button(wizard).text() == "⟦Skip this step⟧"
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "⟦&Next >⟧"
        assert wizard.language_page.buttons["zh_CN"].text() == "简体中文"  # language names stay native
        wizard.language_page.buttons["en"].click()
        qtbot.waitUntil(lambda: wizard.language_page.title() == "Welcome to Voice Studio", timeout=3000)
        assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Close"
    finally:
        app.removeTranslator(pseudo)


def test_chinese_catalogue_covers_the_wizard(wizard: FirstRunWizard, services: Services, qtbot: QtBot) -> None:
    qm = translations_dir() / "studio_zh_CN.qm"
    catalogue = QTranslator()
    if not catalogue.load(str(qm)) or not catalogue.translate("LanguagePage", "Welcome to Voice Studio"):
        pytest.skip("the zh_CN catalogue does not carry the first-run strings yet")
    app = QApplication.instance()
    app.installTranslator(catalogue)
    try:
        services.set_language("zh_CN")
        qtbot.waitUntil(lambda: wizard.language_page.title() != "Welcome to Voice Studio", timeout=3000)
        assert wizard.buttonText(QWizard.WizardButton.CustomButton1) != "Skip this step"
    finally:
        app.removeTranslator(catalogue)


def test_data_page_shows_the_home_and_how_to_move_it(wizard: FirstRunWizard, services: Services) -> None:
    page = wizard.data_page
    assert page.home.text() == str(services.workspace.home)
    assert "VOICE_STUDIO_HOME" in page.override.text()  # the tests set it, so it says it was chosen so
    assert "voice-studio.log" in page.logs.text()


def test_shown_at_start_only_until_done_and_not_when_disabled(qtbot: QtBot, services: Services,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setenv(NO_WIZARD_ENV, "1")
    maybe_show_first_run(window, services)
    assert window.findChildren(FirstRunWizard) == []

    monkeypatch.delenv(NO_WIZARD_ENV)
    maybe_show_first_run(window, services)
    shown = window.findChildren(FirstRunWizard)
    assert len(shown) == 1 and shown[0].isVisible()
    assert open_first_run(window, services) is shown[0]  # the menu entry raises the open one
    shown[0].button(QWizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not window.findChildren(FirstRunWizard), timeout=3000)  # deleted on close

    maybe_show_first_run(window, services)  # done now: not again by itself
    assert window.findChildren(FirstRunWizard) == []
    again = open_first_run(window, services)  # but always from the menu
    assert again.isVisible()
    again.reject()


def test_leaving_while_the_microphone_opens_still_closes_it(qtbot: QtBot, factory: FakeStreamFactory) -> None:
    from studio.services.tasks import TaskRunner

    services = Services(Workspace(), TaskRunner(max_workers=2), factory)
    w = FirstRunWizard(services)
    qtbot.addWidget(w)
    w.show()
    w.next()
    qtbot.waitUntil(lambda: w.audio_page.state in ("opening", "monitoring"), timeout=5000)  # monitoring at once
    w.reject()  # closed before the open task reports back
    qtbot.waitUntil(lambda: bool(factory.inputs) and factory.input.closed, timeout=5000)
    assert services.workspace.settings.get("general.first_run_done") is True
    services.shutdown()
