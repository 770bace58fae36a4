from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio import __version__, logsetup
from studio.audio import DeviceInfo
from studio.errors import DeviceError
from studio.providers.spec import FieldKind
from studio.services.hub import Services
from studio.ui.dialogs.about import AboutDialog, diagnostics_text, show_about
from studio.workspace import Workspace
from tests.fakes.audio_stream import FakeStreamFactory

SENTINELS = {
    "dashscope.api_key": "sk-" "SENTINELdashscope0123456789",
    "tencent.secret_key": "SENTINEL-tencent-secret-key-42",
}
ENV_SENTINEL = "sk-" "SENTINELfromenvironment9876543"
URL_SENTINEL = "SENTINEL-url-password"


class BrokenFactory(FakeStreamFactory):
    def devices(self, output: bool = False) -> list[DeviceInfo]:
        raise DeviceError("PortAudio is not available: libportaudio.so.2 missing")


@pytest.fixture
def services(monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    services = Services.for_tests(Workspace(), stream_factory=FakeStreamFactory())
    for name, value in SENTINELS.items():
        services.workspace.secrets.set(name, value)
    services.workspace.settings.set("dashscope.http_base_url", f"https://studio:{URL_SENTINEL}@gw.example/api")
    services.workspace.settings.set("general.default_provider", "cosyvoice")
    monkeypatch.setenv("DASHSCOPE_API_KEY", ENV_SENTINEL)
    yield services
    services.shutdown()


def assert_no_secret(text: str) -> None:
    for value in (*SENTINELS.values(), ENV_SENTINEL, URL_SENTINEL):
        assert value not in text
    assert "SENTINEL" not in text


def test_diagnostics_carry_versions_devices_and_settings_but_no_secret(services: Services) -> None:
    text = diagnostics_text(services)
    for name in ("Python:", "Qt:", "PySide6:", "numpy:", "sounddevice:", "PortAudio:", "libsndfile:"):
        assert name in text
    assert f"Voice Studio: {__version__}" in text
    assert "[0] Fake USB Microphone (FAKE), 1 ch, 48000 Hz (default)" in text
    assert "general.default_provider: cosyvoice" in text
    assert "audio.sample_rate: 48000" in text
    assert "dashscope.http_base_url: https://studio:" not in text  # user info in a URL is masked
    assert "gw.example/api" in text
    assert "dashscope.api_key — set" in text
    assert "tencent.secret_key — set" in text
    assert "tencent.secret_id — not set" in text
    assert "DASHSCOPE_API_KEY — set" in text
    assert f"data: {services.workspace.home}" in text
    assert f"log: {logsetup.log_path()}" in text
    assert_no_secret(text)


def test_diagnostics_list_every_providers_environment_variables_from_their_fields(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """A provider added to the catalogue brings its variables with it; secret ones say only "set"."""
    envs = {f.env: f for f in services.fields() if f.env}
    assert len(envs) >= 10
    secret = next(name for name, f in envs.items() if f.kind == FieldKind.SECRET and name != "DASHSCOPE_API_KEY")
    url = next(name for name, f in envs.items() if f.kind == FieldKind.URL)
    monkeypatch.setenv(secret, "SENTINEL-env-secret-1234567890")
    monkeypatch.setenv(url, "http://127.0.0.1:9/base")
    text = diagnostics_text(services)
    assert f"{secret} — set" in text
    assert f"{url}: http://127.0.0.1:9/base" in text
    assert_no_secret(text)


def test_diagnostics_are_written_when_devices_cannot_be_listed(services: Services) -> None:
    services._stream_factory = BrokenFactory()
    text = diagnostics_text(services)
    assert "unavailable: PortAudio is not available" in text
    assert "Settings:" in text  # the rest of the report is still there
    assert "none found" in diagnostics_text(services, devices=[])


def test_about_shows_version_and_locations(qtbot: QtBot, services: Services) -> None:
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.version.text()
    assert dialog.data_path.text() == str(services.workspace.home)
    assert dialog.log_path.text() == logsetup.log_path()
    assert "PySide6" in dialog.runtime.text()


def test_copy_diagnostics_puts_the_report_on_the_clipboard(qtbot: QtBot, services: Services) -> None:
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.diagnostics_copied, timeout=5000) as copied:
        dialog.copy_button.click()
    text = copied.args[0]
    assert QApplication.clipboard().text() == text
    assert "Fake USB Microphone" in text and "PySide6:" in text
    assert_no_secret(text)
    assert "copied to the clipboard" in dialog.status.text()
    assert dialog.copy_button.isEnabled()


def test_show_about_opens_without_blocking(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = show_about(window, services)
    assert dialog.isVisible() and dialog.parent() is window
    dialog.close()


def test_about_retranslates_on_language_change(qtbot: QtBot, services: Services) -> None:
    class Marked(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            return f"⟦{source}⟧" if context == "AboutDialog" and source else ""

        def isEmpty(self) -> bool:
            return False

    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    app = QApplication.instance()
    marked = Marked(app)
    app.installTranslator(marked)
    try:
        qtbot.waitUntil(lambda: dialog.copy_button.text() == "⟦Copy diagnostics⟧", timeout=3000)
        assert dialog.windowTitle() == "⟦About Voice Studio⟧"
    finally:
        app.removeTranslator(marked)
