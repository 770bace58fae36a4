"""About Voice Studio: version, where data and the log are, and "Copy diagnostics" for bug reports.

The diagnostics carry versions, input devices and settings, and never a secret: only which secret
names are set, and the whole text goes through `studio.redact.scrub` (which masks every key the
secret store has seen) before it reaches the clipboard. Listing devices and asking the keyring can
block, so the text is put together in a worker (`services.run`).
"""

from __future__ import annotations

import importlib
import os
import platform
import re
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from studio import __version__, logsetup, paths
from studio.audio import DeviceInfo, list_input_devices
from studio.errors import StudioError
from studio.providers.spec import FieldKind
from studio.redact import MASK, scrub
from studio.secrets import secret_names
from studio.services.hub import Services

# Environment variables worth knowing about in a bug report; values of the secret ones are never shown.
# The providers' own variables (keys, regions, endpoints) come from their account fields.
ENV_VARS = ("VOICE_STUDIO_HOME", "VOICE_STUDIO_SECRETS", "VOICE_STUDIO_NO_WIZARD", "QT_QPA_PLATFORM",
            "LANG", "LC_ALL")
_SECRET_ENV = re.compile(r"API_KEY|SECRET_ID|SECRET_KEY|TOKEN|PASSWORD", re.IGNORECASE)
_URL_USERINFO = re.compile(r"(://)[^/@\s]+@")


def _module_version(name: str, attr: str = "__version__") -> str:
    # By name, at call time: a diagnostics report only reads version strings, and must still be
    # written when a library (PortAudio, libsndfile) is missing or fails to load.
    try:
        module = importlib.import_module(name)
    except Exception as exc:
        return f"not available ({type(exc).__name__})"
    return str(getattr(module, attr, "unknown"))


def versions() -> dict[str, str]:
    """Versions of the studio and what it stands on. Imports sounddevice (PortAudio): call off the GUI thread."""
    import PySide6

    result = {
        "Voice Studio": __version__ + (" (bundle)" if getattr(sys, "frozen", False) else ""),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "System": f"{platform.system()} {platform.release()} {platform.machine()}",
        "Qt": qVersion(),
        "PySide6": str(PySide6.__version__),
        "numpy": _module_version("numpy"),
        "scipy": _module_version("scipy"),
        "soundfile": _module_version("soundfile"),
        "libsndfile": _module_version("soundfile", "__libsndfile_version__"),
        "sounddevice": _module_version("sounddevice"),
    }
    try:
        result["PortAudio"] = str(importlib.import_module("sounddevice").get_portaudio_version()[1])
    except Exception as exc:
        result["PortAudio"] = f"not available ({type(exc).__name__})"
    return result


def _devices_lines(services: Services, devices: Sequence[DeviceInfo] | str | None) -> list[str]:
    if devices is None:
        try:
            devices = list_input_devices(services.stream_factory())
        except StudioError as exc:
            devices = exc.detail or str(exc)
        except Exception as exc:
            devices = f"{type(exc).__name__}: {exc}"
    if isinstance(devices, str):
        return [f"  unavailable: {devices}"]
    if not devices:
        return ["  none found"]
    return [f"  [{d.index}] {d.label}, {d.max_input_channels} ch, {d.default_samplerate:g} Hz"
            + (" (default)" if d.is_default else "") for d in devices]


def _setting_text(value: Any) -> str:
    return _URL_USERINFO.sub(lambda m: m.group(1) + MASK + "@", str(value)) if isinstance(value, str) else repr(value)


def diagnostics_text(services: Services, devices: Sequence[DeviceInfo] | str | None = None) -> str:
    """A plain-text report for bug reports: versions, paths, input devices, settings, which keys are set.

    `devices=None` lists the input devices here (blocking: PortAudio); a string says why they are unknown.
    """
    workspace = services.workspace
    lines = ["Voice Studio diagnostics", "", "Versions:"]
    lines += [f"  {name}: {value}" for name, value in versions().items()]
    lines += ["", "Locations:", f"  data: {workspace.home}", f"  log: {logsetup.log_path()}",
              f"  settings: {workspace.settings.path}", f"  resources: {paths.resource_dir()}"]
    lines += ["", "Input devices:", *_devices_lines(services, devices)]
    secrets = workspace.secrets
    lines += ["", f"Secrets (values never shown; store: {secrets.backend}):"]
    for name in secret_names():
        try:
            state = "set" if secrets.get(name) else "not set"
        except Exception as exc:  # a locked or missing keyring: say so rather than fail the report
            state = f"unknown ({type(exc).__name__})"
        # "name — state", not "name: state": the redaction patterns treat `secret_id: x` as a value to mask.
        lines.append(f"  {name} — {state}")
    if secrets.notice:
        lines.append(f"  note: {secrets.notice}")
    lines += ["", "Environment:"]
    secret_env = {f.env for f in services.fields() if f.env and f.kind == FieldKind.SECRET}
    for var in (*ENV_VARS, *dict.fromkeys(f.env for f in services.fields() if f.env)):
        value = os.environ.get(var)
        if value is not None:
            if var in secret_env or _SECRET_ENV.search(var):
                lines.append(f"  {var} — set")  # not "VAR: set", which the redaction would mask
            else:
                lines.append(f"  {var}: {_setting_text(value)}")
    lines += ["", "Settings:"]
    lines += [f"  {key}: {_setting_text(value)}" for key, value in sorted(workspace.settings.as_dict().items())]
    lines += ["", f"Language: {services.language}", f"Active provider: {services.active_provider}"]
    return scrub("\n".join(lines) + "\n")


class AboutDialog(QDialog):
    diagnostics_copied = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.services = services
        self._collecting = False
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        self.logo = QLabel()
        icon = paths.resource_dir() / "icons" / "voice-studio.svg"
        if icon.exists():
            self.logo.setPixmap(QIcon(str(icon)).pixmap(64, 64))
        head.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.version = QLabel()
        self.version.setObjectName("aboutVersion")
        self.blurb = QLabel()
        self.blurb.setWordWrap(True)
        for w in (self.name, self.version, self.blurb):
            titles.addWidget(w)
        head.addLayout(titles, 1)
        layout.addLayout(head)
        layout.addSpacing(10)

        form = QFormLayout()
        self.data_label, self.log_label, self.runtime_label = QLabel(), QLabel(), QLabel()
        self.data_path = self._path_row(form, self.data_label, str(services.workspace.home))
        self.log_path = self._path_row(form, self.log_label, logsetup.log_path())
        self.runtime = QLabel(f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {_pyside_version()}")
        self.runtime.setObjectName("aboutRuntime")
        form.addRow(self.runtime_label, self.runtime)
        layout.addLayout(form)
        layout.addSpacing(6)

        self.status = QLabel()
        self.status.setObjectName("diagnosticsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copyDiagnostics")
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()
        self.setMinimumWidth(580)

    def _path_row(self, form: QFormLayout, label: QLabel, path: str) -> QLabel:
        value = QLabel(path)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label, value)
        return value

    def copy_diagnostics(self) -> None:
        if self._collecting:
            return
        self._collecting = True
        self.copy_button.setEnabled(False)
        self._set_status(self.tr("Collecting diagnostics…"))
        services = self.services
        self.services.run(lambda _ctx: diagnostics_text(services), name=self.tr("Collecting diagnostics"),
                          on_done=self._on_text, on_error=self._on_error)

    def _on_text(self, text: object) -> None:
        self._collecting = False
        self.copy_button.setEnabled(True)
        QGuiApplication.clipboard().setText(str(text))
        self._set_status(self.tr("Diagnostics copied to the clipboard. They list which keys are set, never "
                                 "the keys themselves."))
        self.diagnostics_copied.emit(str(text))

    def _on_error(self, err: StudioError) -> None:
        self._collecting = False
        self.copy_button.setEnabled(True)
        self._set_status(scrub(err.user_message(self.services.language)))

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.adjustSize()  # a wrapped label that grows does not enlarge a dialog that is already shown

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Voice Studio"))
        self.name.setText(self.tr("Voice Studio"))
        self.version.setText(self.tr("Version %1").replace("%1", __version__))
        self.blurb.setText(self.tr("Record, validate, clone and audition voices with cloud and offline engines."))
        self.data_label.setText(self.tr("Data folder"))
        self.log_label.setText(self.tr("Log file"))
        self.runtime_label.setText(self.tr("Runtime"))
        self.copy_button.setText(self.tr("Copy diagnostics"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _pyside_version() -> str:
    import PySide6

    return str(PySide6.__version__)


def show_about(window: QWidget, services: Services) -> AboutDialog:
    """Open the About dialog over `window` without blocking (Help ▸ About Voice Studio)."""
    dialog = AboutDialog(services, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

