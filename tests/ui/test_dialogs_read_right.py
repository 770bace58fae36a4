"""Every dialog, read as a person reads it, in English and in Chinese: nothing internal, nothing untranslated."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio.library.models import Take, Voice
from studio.services.hub import Services
from studio.ui.dialogs.about import AboutDialog
from studio.ui.dialogs.delete_voice import DeleteVoiceDialog
from studio.ui.dialogs.first_run import FirstRunWizard
from studio.ui.dialogs.settings_dialog import SettingsDialog
from studio.ui.dialogs.shortcuts import ShortcutsDialog
from studio.ui.dialogs.train_dialog import TrainDialog
from tests.ui.screen_text import internal, screen


def _read(qtbot: QtBot, dialog: QWidget, lang: str, allow: tuple[str, ...] = ()) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    problems = internal(screen(dialog), lang, allow=allow)
    assert not problems, f"{type(dialog).__name__} ({lang}):\n" + "\n".join(problems)


def test_settings_shortcuts_and_delete_dialogs(qtbot: QtBot, services: Services, lang: str) -> None:
    _read(qtbot, SettingsDialog(services), lang, allow=(str(services.workspace.home),))
    _read(qtbot, ShortcutsDialog(), lang)
    _read(qtbot, DeleteVoiceDialog(Voice("local", "lv-1", name="Desk voice", status="ready")), lang,
          allow=("Desk voice",))
    _read(qtbot, DeleteVoiceDialog(Voice("cosyvoice", "cv-1", name="Desk", status="ready")), lang, allow=("Desk",))


def test_training_dialog(qtbot: QtBot, services: Services, lang: str) -> None:
    services.workspace.store.add(Take(name="Desk reading 1", path="takes/a.wav", duration_s=75.0))
    for provider in (s.name for s in services.specs() if s.trains):
        _read(qtbot, TrainDialog(services.training, provider), lang, allow=("Desk reading 1",))


def test_first_run_wizard_every_page(qtbot: QtBot, services: Services, lang: str) -> None:
    wizard = FirstRunWizard(services)
    _read(qtbot, wizard, lang, allow=(str(services.workspace.home),))
    while wizard.nextId() != -1:
        wizard.next()
        qtbot.wait(20)
        from studio import logsetup

        _read(qtbot, wizard, lang, allow=(str(services.workspace.home), logsetup.log_path(), "VOICE_STUDIO_HOME"))
    wizard.audio_page.stop()


def test_about_dialog(qtbot: QtBot, services: Services, lang: str) -> None:
    from studio import logsetup

    _read(qtbot, AboutDialog(services), lang, allow=(str(services.workspace.home), logsetup.log_path()))
