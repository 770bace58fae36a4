"""Providers pane: accounts, regions, connection tests, quotas; which provider is active.

Keys are written to the SecretStore only and never shown again: a stored key appears as a
placeholder. Connection tests and quota look-ups run through the services' task runner.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.catalog import PROVIDERS
from studio.errors import StudioError
from studio.services.hub import Services
from studio.ui.names import provider_title, region_title
from studio.ui.pages.base import Page

CTX = "ProvidersPage"
# (kind, key): kind "secret" → a SecretStore name; "setting" → a settings key; "choice" → a settings key
FIELDS: dict[str, list[tuple[str, str]]] = {
    "local": [],
    "cosyvoice": [("secret", "dashscope.api_key"), ("choice", "dashscope.region"),
                  ("setting", "dashscope.workspace_id"), ("setting", "dashscope.http_base_url"),
                  ("setting", "dashscope.ws_base_url"), ("setting", "cosyvoice.target_model")],
    "sambert": [],
    "tencent": [("setting", "tencent.base_url"), ("secret", "tencent.secret_id"),
                ("secret", "tencent.secret_key"), ("setting", "tencent.content_id"),
                ("setting", "tencent.cos_bucket"), ("setting", "tencent.cos_region"),
                ("secret", "tencent.cos_secret_id"), ("secret", "tencent.cos_secret_key"),
                ("setting", "tencent.callback_url")],
}


def field_label(key: str) -> str:
    return {
        "dashscope.api_key": QCoreApplication.translate("ProvidersPage", "API key"),
        "dashscope.region": QCoreApplication.translate("ProvidersPage", "Region"),
        "dashscope.workspace_id": QCoreApplication.translate("ProvidersPage", "Workspace id (optional)"),
        "dashscope.http_base_url": QCoreApplication.translate("ProvidersPage", "Custom HTTP base URL"),
        "dashscope.ws_base_url": QCoreApplication.translate("ProvidersPage", "Custom WebSocket base URL"),
        "cosyvoice.target_model": QCoreApplication.translate("ProvidersPage", "Target model"),
        "tencent.base_url": QCoreApplication.translate("ProvidersPage", "Gateway base URL"),
        "tencent.secret_id": QCoreApplication.translate("ProvidersPage", "SecretId"),
        "tencent.secret_key": QCoreApplication.translate("ProvidersPage", "SecretKey"),
        "tencent.content_id": QCoreApplication.translate("ProvidersPage", "Content repository id"),
        "tencent.cos_bucket": QCoreApplication.translate("ProvidersPage", "COS bucket"),
        "tencent.cos_region": QCoreApplication.translate("ProvidersPage", "COS region"),
        "tencent.cos_secret_id": QCoreApplication.translate("ProvidersPage", "COS SecretId"),
        "tencent.cos_secret_key": QCoreApplication.translate("ProvidersPage", "COS SecretKey"),
        "tencent.callback_url": QCoreApplication.translate("ProvidersPage", "Callback URL (optional)"),
    }.get(key, key)


def description(name: str) -> str:
    return {
        "local": QCoreApplication.translate("ProvidersPage", "Works offline with no account: an offline preview voice built from "
                                    "your sample's pitch, timbre and pace."),
        "cosyvoice": QCoreApplication.translate("ProvidersPage", "Zero-shot cloning from a 10–20 s sample; streaming synthesis. "
                                        "Needs a DashScope API key."),
        "sambert": QCoreApplication.translate("ProvidersPage", "Lightweight cloning by training on at least 20 minutes of Mandarin "
                                      "recordings, with a manual review. Uses the DashScope key above; "
                                      "the service needs enterprise approval."),
        "tencent": QCoreApplication.translate("ProvidersPage", "Tencent Multimedia Lab voice cloning: training and generate jobs "
                                      "through a content repository bound to your COS bucket."),
    }[name]


ENV_KEYS = {"dashscope.api_key": "DASHSCOPE_API_KEY", "tencent.secret_id": "TENCENT_MML_SECRET_ID",
            "tencent.secret_key": "TENCENT_MML_SECRET_KEY"}


class ProviderBox(QGroupBox):
    def __init__(self, services: Services, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.name = name
        self.setObjectName(f"provider_{name}")
        layout = QVBoxLayout(self)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.labels: list[tuple[QLabel, str]] = []  # (label, field key)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        settings = services.workspace.settings
        for kind, key in FIELDS[name]:
            lab = QLabel()
            self.labels.append((lab, key))
            widget: QLineEdit | QComboBox
            if kind == "choice":
                widget = QComboBox()
                from studio.settings import OPTIONS_BY_KEY

                for choice in OPTIONS_BY_KEY[key].choices:
                    widget.addItem(region_title(str(choice)), choice)
                widget.setCurrentIndex(max(0, widget.findData(settings.get(key))))
            else:
                widget = QLineEdit()
                if kind == "secret":
                    widget.setEchoMode(QLineEdit.EchoMode.Password)
                else:
                    widget.setText(str(settings.get(key) or ""))
            widget.setObjectName(f"field_{key}")
            widget.setProperty("field_kind", kind)
            self.inputs[key] = widget
            self.form.addRow(lab, widget)
        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.activate_button = QPushButton()
        self.activate_button.clicked.connect(lambda: services.set_active_provider(name))
        if FIELDS[name]:
            buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.activate_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName(f"status_{name}")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self._status_text = ""
        self._configured: bool | None = None
        services.active_provider_changed.connect(lambda _n: self.retranslate())
        self.retranslate()
        self.check_configured()

    def retranslate(self) -> None:
        active = self.services.active_provider == self.name
        title = provider_title(self.name)
        self.setTitle(title + ("  — " + self.tr("active") if active else ""))
        self.description.setText(description(self.name))
        for lab, key in self.labels:
            lab.setText(field_label(key))
        secrets = self.services.workspace.secrets
        for key, widget in self.inputs.items():
            if isinstance(widget, QLineEdit) and widget.property("field_kind") == "secret":
                env = ENV_KEYS.get(key)
                if env and os.environ.get(env):
                    widget.setPlaceholderText(self.tr("from the environment (%1)").replace("%1", env))
                elif secrets.get(key):
                    widget.setPlaceholderText(self.tr("stored — type to replace"))
                else:
                    widget.setPlaceholderText(self.tr("not set"))
        for widget in self.inputs.values():
            if isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    widget.setItemText(i, region_title(str(widget.itemData(i))))
        self.save_button.setText(self.tr("Save"))
        self.test_button.setText(self.tr("Test connection"))
        self.activate_button.setText(self.tr("Use this provider"))
        self.activate_button.setEnabled(not active)
        self.status.setText(self._status_text or self._configured_text())

    def _configured_text(self) -> str:
        if self.name == "local":
            return self.tr("Ready — no account needed.")
        if self._configured is None:
            return self.tr("Checking…")
        return self.tr("Configured.") if self._configured else self.tr("Not configured.")

    def check_configured(self) -> None:
        """Ask in the background: building a provider may import heavy modules."""
        ws = self.services.workspace
        name = self.name

        def done(ok: object) -> None:
            self._configured = bool(ok)
            self.status.setText(self._status_text or self._configured_text())

        self.services.run(owner=self, fn=lambda ctx: ws.provider(name).is_configured(), name=self.tr("Checking accounts"),
                          on_done=done, report_errors=False, track=False)

    def save(self) -> None:
        ws = self.services.workspace
        for key, widget in self.inputs.items():
            kind = widget.property("field_kind")
            if kind == "secret":
                assert isinstance(widget, QLineEdit)
                if widget.text().strip():
                    ws.secrets.set(key, widget.text().strip())
                    widget.clear()
            elif isinstance(widget, QComboBox):
                ws.settings.set(key, widget.currentData())
            else:
                ws.settings.set(key, widget.text().strip())
        for name in FIELDS:
            ws.reset_provider(name)
        self._status_text = self.tr("Saved.")
        self.retranslate()
        self.check_configured()

    def test_connection(self) -> None:
        self._set_status(self.tr("Testing…"))
        self.test_button.setEnabled(False)
        ws = self.services.workspace
        name = self.name

        def work(ctx: object) -> str:
            return ws.provider(name).test_connection(ctx.cancel)  # type: ignore[attr-defined]

        def done(text: object) -> None:
            self.test_button.setEnabled(True)
            self._set_status(self.tr("Connected: %1").replace("%1", str(text)))
            self.services.run(owner=self, fn=lambda ctx: ws.provider(name).quota(ctx.cancel), name=self.tr("Checking quota"),
                              queue=self.services.queue_for(name), on_done=show_quota, report_errors=False,
                              track=False)

        def show_quota(quota: Any) -> None:
            if quota is not None:
                self._set_status(self._status_text + "\n" + self.tr("Quota: %1 of %2 %3 used")
                                 .replace("%1", str(quota.used)).replace("%2", str(quota.limit))
                                 .replace("%3", quota.what))

        def failed(err: StudioError) -> None:
            self.test_button.setEnabled(True)
            self._set_status(err.user_message(self.services.language))

        self.services.run(owner=self, fn=work, name=self.tr("Testing %1").replace("%1", provider_title(name)),
                          queue=self.services.queue_for(name), on_done=done, on_error=failed)

    def _set_status(self, text: str) -> None:
        self._status_text = text
        self.status.setText(text)


class ProvidersPage(Page):
    page_id = "providers"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("secretsNotice")
        layout.addWidget(self.notice)
        self.boxes = [ProviderBox(services, entry.name, inner) for entry in PROVIDERS]
        for box in self.boxes:
            layout.addWidget(box)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Providers")

    def retranslate(self) -> None:
        store = self.services.workspace.secrets
        if store.notice:
            self.notice.setText(self.tr("Keys are kept for this session only: no system keyring is "
                                        "available. Choose a private file in Settings to keep them."))
        elif store.backend == "file":
            self.notice.setText(self.tr("Keys are kept in a private file (readable by your account only, "
                                        "not encrypted)."))
        else:
            self.notice.setText("")
        self.notice.setVisible(bool(self.notice.text()))
        for box in self.boxes:
            box.retranslate()
