"""Preferences: language, default provider, audio, meter band, where keys and data are kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from studio.i18n import LANGUAGES
from studio.services.hub import Services
from studio.ui.names import provider_title


class SettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.services = services
        settings = services.workspace.settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(services.language)))
        form.addRow(self.tr("Language"), self.language)

        self.provider = QComboBox()
        for spec in services.specs():
            self.provider.addItem(provider_title(spec.name), spec.name)
        self.provider.setCurrentIndex(max(0, self.provider.findData(services.active_provider)))
        form.addRow(self.tr("Default provider"), self.provider)

        self.rate = QComboBox()
        for rate in (16000, 24000, 44100, 48000):
            self.rate.addItem(f"{rate / 1000:g} kHz", rate)
        self.rate.setCurrentIndex(max(0, self.rate.findData(settings.get("audio.sample_rate"))))
        form.addRow(self.tr("Recording sample rate"), self.rate)

        self.bits = QComboBox()
        self.bits.addItem(self.tr("16-bit"), 16)
        self.bits.addItem(self.tr("24-bit"), 24)
        self.bits.setCurrentIndex(max(0, self.bits.findData(settings.get("audio.bit_depth"))))
        form.addRow(self.tr("Recording bit depth"), self.bits)

        band = QLabel(self.tr("The meter's green band is where the active provider wants the peaks (on the "
                              "Record pane); above −1 dBFS is too loud."))
        band.setWordWrap(True)
        form.addRow(self.tr("Recording level"), band)

        # What the store really is, not only what was asked for: without a keyring the studio keeps keys for
        # the session, and says so here as the Providers pane and the first-run wizard do.
        secrets = services.workspace.secrets
        keyring_missing = bool(secrets.notice)
        self.secrets = QComboBox()
        self.secrets.setObjectName("secretsBackend")
        self.secrets.addItem(self.tr("System keyring (not available on this computer)") if keyring_missing
                             else self.tr("System keyring"), "keyring")
        self.secrets.addItem(self.tr("Private file (not encrypted)"), "file")
        self.secrets.addItem(self.tr("This session only"), "session")
        if keyring_missing:
            model = self.secrets.model()
            item = model.item(0) if hasattr(model, "item") else None
            if item is not None:
                item.setEnabled(False)
        actual = {"keyring": "keyring", "file": "file"}.get(secrets.backend, "session")
        self._secrets_before = actual
        self.secrets.setCurrentIndex(max(0, self.secrets.findData(actual)))
        form.addRow(self.tr("Keep keys in"), self.secrets)
        self.secrets_note = QLabel()
        self.secrets_note.setObjectName("secretsNote")
        self.secrets_note.setWordWrap(True)
        form.addRow("", self.secrets_note)
        self.secrets.currentIndexChanged.connect(lambda _i: self._secrets_note(keyring_missing))
        self._secrets_note(keyring_missing)

        self.setMinimumWidth(520)
        data = QLabel(str(services.workspace.home))
        data.setObjectName("dataFolder")
        data.setWordWrap(True)
        form.addRow(self.tr("Data folder"), data)
        hint = QLabel(self.tr("Set VOICE_STUDIO_HOME to keep the data somewhere else."))
        hint.setWordWrap(True)
        form.addRow("", hint)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _secrets_note(self, keyring_missing: bool) -> None:
        notes = []
        if keyring_missing:
            notes.append(self.tr("No system keyring is available, so keys are kept for this session only unless "
                                 "you choose a private file."))
        if self.secrets.currentData() != self._secrets_before:
            notes.append(self.tr("Takes effect the next time the studio starts."))
        self.secrets_note.setText(" ".join(notes))
        self.secrets_note.setVisible(bool(notes))

    def accept(self) -> None:
        settings = self.services.workspace.settings
        settings.set("audio.sample_rate", self.rate.currentData())
        settings.set("audio.bit_depth", self.bits.currentData())
        if self.secrets.currentData() != self._secrets_before:
            settings.set("secrets.backend", self.secrets.currentData())
        self.services.set_active_provider(self.provider.currentData())
        if self.language.currentData() != self.services.language:
            self.services.set_language(self.language.currentData())
        super().accept()
