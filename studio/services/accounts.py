"""Provider accounts for the GUI: what each account field holds, saving them, connection tests, quotas.

Fields come from the providers' specs. Secrets go to the SecretStore and are never read back into a
widget: a field only learns whether its secret is set, and where from (stored or the environment).
Building a provider may import heavy modules, so every question that needs one runs in a worker.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio import catalog
from studio.errors import StudioError
from studio.providers.spec import Field, FieldKind
from studio.services.hub import Services
from studio.services.tasks import TaskContext, TaskHandle


class SecretState(StrEnum):
    UNSET = "unset"
    STORED = "stored"
    ENVIRONMENT = "environment"


class AccountsService(QObject):
    saved = Signal(str)  # account key

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.workspace = services.workspace

    # what the fields hold
    def value(self, field: Field) -> Any:
        return self.workspace.settings.get(field.key)

    def from_environment(self, field: Field) -> bool:
        return bool(field.env and os.environ.get(field.env, "").strip())

    def secret_state(self, field: Field) -> SecretState:
        if self.from_environment(field):
            return SecretState.ENVIRONMENT
        return SecretState.STORED if self.workspace.secrets.get(field.key) else SecretState.UNSET

    @property
    def keyring_notice(self) -> str:
        return self.workspace.secrets.notice

    @property
    def secrets_backend(self) -> str:
        return self.workspace.secrets.backend

    # saving
    def save(self, account: str, values: Mapping[str, Any]) -> None:
        """Store the values the user entered for one account (a secret left empty keeps the stored one)."""
        fields = {f.key: f for f in catalog.fields()}
        for key, value in values.items():
            field = fields[key]
            if field.kind == FieldKind.SECRET:
                text = str(value or "").strip()
                if text:
                    self.workspace.secrets.set(key, text)
            elif field.kind == FieldKind.FLAG:
                self.workspace.settings.set(key, bool(value))
            else:
                self.workspace.settings.set(key, value.strip() if isinstance(value, str) else value)
        self.reset(account)
        catalog.rule_tables.cache_clear()  # tables read settings (the languages of the chosen target model)
        self.saved.emit(account)

    def reset(self, account: str) -> None:
        """Forget the built providers of an account, so the next use reads the new settings and keys."""
        for spec in catalog.specs():
            if spec.account.key == account:
                self.workspace.reset_provider(spec.name)

    # questions a provider answers (in a worker)
    def check_configured(self, name: str, on_done: Callable[[bool], None], owner: QObject | None = None) -> TaskHandle:
        ws = self.workspace
        return self.services.run(lambda ctx: ws.provider(name).is_configured(), name="accounts",
                                 owner=owner or self, on_done=lambda ok: on_done(bool(ok)),
                                 report_errors=False, track=False)

    def test_connection(self, name: str, on_done: Callable[[str, Any], None],
                        on_error: Callable[[StudioError], None], owner: QObject | None = None) -> TaskHandle:
        """Ask the provider to prove the account works; the answer comes with its quota, if it has one."""
        ws = self.workspace

        def work(ctx: TaskContext) -> tuple[str, Any]:
            provider = ws.provider(name)
            text = provider.test_connection(ctx.cancel)
            try:
                quota = provider.quota(ctx.cancel)
            except StudioError:
                quota = None  # the connection works; a quota look-up may not be allowed for this key
            return text, quota

        return self.services.run(work, name=self.tr("Testing %1").replace("%1", catalog.spec(name).title(self.services.language)),
                                 queue=self.services.queue_for(name), owner=owner or self,
                                 on_done=lambda result: on_done(*result), on_error=on_error)
