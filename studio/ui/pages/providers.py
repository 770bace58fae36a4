"""Providers pane: one box per account (its keys, region, hosts), the providers that use it, connection
tests and quotas, and which provider is active — all read from the providers' specs.

Keys are written to the SecretStore only and never shown again: a stored key appears as a
placeholder. Connection tests and quota look-ups run in the background.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.providers.spec import AccountSpec, ProviderSpec
from studio.services.accounts import AccountsService
from studio.services.hub import Services
from studio.ui import format as fmt
from studio.ui.names import language
from studio.ui.pages.base import Page
from studio.ui.widgets.field_form import FieldForm


class ProviderRow(QFrame):
    """One provider of an account: what it does, its own settings, test, status, make it active."""

    def __init__(self, services: Services, accounts: AccountsService, spec: ProviderSpec,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.accounts, self.spec = services, accounts, spec
        self.setObjectName(f"provider_{spec.name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        self.form = FieldForm(accounts, spec.fields, self)
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        self.test_button = QPushButton()
        self.test_button.setObjectName(f"test_{spec.name}")
        self.test_button.clicked.connect(self.test_connection)
        self.activate_button = QPushButton()
        self.activate_button.setObjectName(f"use_{spec.name}")
        self.activate_button.clicked.connect(lambda: services.set_active_provider(spec.name))
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.activate_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName(f"status_{spec.name}")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self._status_text = ""
        self._configured: bool | None = None
        services.active_provider_changed.connect(lambda _n: self.retranslate())
        self.check_configured()

    def retranslate(self) -> None:
        lang = language()
        active = self.services.active_provider == self.spec.name
        self.heading.setText(self.spec.title(lang) + ("  ·  " + self.tr("active") if active else ""))
        self.description.setText(self.spec.description(lang))
        self.form.retranslate()
        self.test_button.setText(self.tr("Test connection") if self.spec.needs_account else self.tr("Check the engine"))
        self.activate_button.setText(self.tr("Use this provider"))
        self.activate_button.setEnabled(not active)
        self.activate_button.setToolTip(self.tr("Already the active provider") if active else "")
        self.status.setText(self._status_text or self._configured_text())

    def _configured_text(self) -> str:
        if not self.spec.needs_account:
            return self.tr("Ready — no account needed.")
        if self._configured is None:
            return self.tr("Checking…")
        return self.tr("Ready to use.") if self._configured else self.tr("Not set up yet: fill in the account above.")

    def check_configured(self) -> None:
        def done(ok: bool) -> None:
            self._configured = ok
            self.status.setText(self._status_text or self._configured_text())

        self.accounts.check_configured(self.spec.name, done, owner=self)

    def saved(self) -> None:
        self._status_text = ""
        self.check_configured()

    def test_connection(self) -> None:
        self._set_status(self.tr("Testing…"))
        self.test_button.setEnabled(False)

        def done(text: str, quota: Any) -> None:
            self.test_button.setEnabled(True)
            # The provider's own answer is English; in Chinese it is kept for the tooltip.
            if self.services.language.startswith("zh"):
                line = self.tr("It works.") if not self.spec.needs_account else self.tr("Connected: it works.")
                self.status.setToolTip(text)
            else:
                line = text if not self.spec.needs_account else self.tr("Connected: %1").replace("%1", text)
            if quota is not None:
                line += "\n" + fmt.quota(self.spec.name, quota.used, quota.limit, quota.what)
            self._set_status(line)

        def failed(err: StudioError) -> None:
            self.test_button.setEnabled(True)
            self._set_status(err.user_message(self.services.language))

        self.accounts.test_connection(self.spec.name, done, failed, owner=self)

    def _set_status(self, text: str) -> None:
        self._status_text = text
        self.status.setText(text)


class AccountBox(QGroupBox):
    def __init__(self, services: Services, accounts: AccountsService, account: AccountSpec,
                 providers: list[ProviderSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.accounts = accounts
        self.setObjectName(f"account_{account.key}")
        layout = QVBoxLayout(self)
        self.form = FieldForm(accounts, account.fields, self)
        layout.addWidget(self.form)
        self.rows = [ProviderRow(services, accounts, spec, self) for spec in providers]
        editable = list(account.fields) + [f for spec in providers for f in spec.fields]
        self.save_button = QPushButton()
        self.save_button.setObjectName(f"save_{account.key}")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        for i, provider_row in enumerate(self.rows):
            if i or account.fields:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                layout.addWidget(line)
            layout.addWidget(provider_row)
        if editable:  # one Save for the account and its providers' settings, after all of them
            layout.addLayout(row)

    def retranslate(self) -> None:
        self.setTitle(self.account.title(language()))
        self.form.retranslate()
        self.save_button.setText(self.tr("Save"))
        for row in self.rows:
            row.retranslate()

    def save(self) -> None:
        values = self.form.values()
        for row in self.rows:
            values.update(row.form.values())
        self.accounts.save(self.account.key, values)
        self.form.clear_secrets()
        self.saved_label.setText(self.tr("Saved."))
        self.form.retranslate()
        for row in self.rows:
            row.saved()


class ProvidersPage(Page):
    page_id = "providers"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.accounts = services.accounts
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        inner.setMaximumWidth(920)  # forms keep a readable width on a wide screen
        row.addWidget(inner, 1)
        row.addStretch(0)
        scroll.setWidget(holder)
        layout = QVBoxLayout(inner)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("secretsNotice")
        layout.addWidget(self.notice)
        by_account: dict[str, list[ProviderSpec]] = {}
        account_specs: dict[str, AccountSpec] = {}
        for spec in services.specs():
            by_account.setdefault(spec.account.key, []).append(spec)
            account_specs.setdefault(spec.account.key, spec.account)
        self.boxes = [AccountBox(services, self.accounts, account_specs[key], specs, inner)
                      for key, specs in by_account.items()]
        for box in self.boxes:
            layout.addWidget(box)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        if self.accounts.keyring_notice:
            self.notice.setText(self.tr("Keys are kept for this session only: no system keyring is "
                                        "available. Choose a private file in Settings to keep them."))
        elif self.accounts.secrets_backend == "file":
            self.notice.setText(self.tr("Keys are kept in a private file (readable by your account only, "
                                        "not encrypted)."))
        else:
            self.notice.setText("")
        self.notice.setVisible(bool(self.notice.text()))
        for box in self.boxes:
            box.retranslate()
