"""Preferences: language, default provider, audio, meter band, where keys and data are kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
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

        self.band_low = QDoubleSpinBox()
        self.band_high = QDoubleSpinBox()
        for spin, key in ((self.band_low, "meter.target_low"), (self.band_high, "meter.target_high")):
            spin.setRange(-60.0, 0.0)
            spin.setSuffix(" dBFS")
            spin.setValue(float(settings.get(key)))
        form.addRow(self.tr("Meter target band, low"), self.band_low)
        form.addRow(self.tr("Meter target band, high"), self.band_high)

        self.secrets = QComboBox()
        self.secrets.addItem(self.tr("System keyring"), "keyring")
        self.secrets.addItem(self.tr("Private file (not encrypted)"), "file")
        self.secrets.addItem(self.tr("This session only"), "session")
        self.secrets.setCurrentIndex(max(0, self.secrets.findData(settings.get("secrets.backend"))))
        form.addRow(self.tr("Keep keys in"), self.secrets)

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

    def accept(self) -> None:
        settings = self.services.workspace.settings
        settings.set("audio.sample_rate", self.rate.currentData())
        settings.set("audio.bit_depth", self.bits.currentData())
        low, high = sorted((self.band_low.value(), self.band_high.value()))
        settings.set("meter.target_low", low)
        settings.set("meter.target_high", high)
        settings.set("secrets.backend", self.secrets.currentData())
        self.services.set_active_provider(self.provider.currentData())
        if self.language.currentData() != self.services.language:
            self.services.set_language(self.language.currentData())
        super().accept()
