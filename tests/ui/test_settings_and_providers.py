"""Settings and the Providers pane tell the same story: where keys really are kept, what each engine does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studio.secrets import MemoryStore
from studio.services.hub import Services
from studio.ui.dialogs.settings_dialog import SettingsDialog
from studio.ui.pages.providers import ProvidersPage
from studio.workspace import Workspace
from tests.fakes.audio_stream import FakeStreamFactory


@pytest.fixture
def no_keyring() -> Iterator[Services]:
    """A studio asked to use the keyring on a computer that has none: it fell back to session-only."""
    store = MemoryStore()
    store.notice = "No system keyring is available, so keys are kept for this session only."
    services = Services.for_tests(Workspace(secrets=store), stream_factory=FakeStreamFactory())
    services.workspace.settings.set("secrets.backend", "keyring")
    yield services
    services.shutdown()


def test_settings_shows_where_keys_really_are_kept(qtbot: QtBot, no_keyring: Services) -> None:
    """Item 7: not "System keyring" while the Providers pane and the wizard say there is none."""
    dialog = SettingsDialog(no_keyring)
    qtbot.addWidget(dialog)
    assert dialog.secrets.currentData() == "session"
    keyring_item = dialog.secrets.model().item(0)  # type: ignore[attr-defined]
    assert not keyring_item.isEnabled() and "not available" in keyring_item.text()
    assert "session only" in dialog.secrets_note.text()
    dialog.accept()
    assert no_keyring.workspace.settings.get("secrets.backend") == "keyring"  # nothing chosen: nothing changed
    page = ProvidersPage(no_keyring)
    qtbot.addWidget(page)
    assert "session only" in page.notice.text() and "no system keyring" in page.notice.text()


def test_the_offline_engine_is_described_as_it_works(qtbot: QtBot, no_keyring: Services) -> None:
    """Item 6: the Providers pane does not say the offline voice copies a timbre."""
    page = ProvidersPage(no_keyring)
    qtbot.addWidget(page)
    page.show()
    text = " ".join(label.text() for label in page.findChildren(QLabel)).lower()
    assert "the timbre is not copied" in text
    assert "copies your timbre" not in text and "copy your timbre" not in text
    assert page.findChild(type(page.boxes[0].rows[0].test_button), "test_local").text() == "Check the engine"
