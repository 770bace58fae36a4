"""How each provider is built from settings and secrets (the catalogue says which exist)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from studio import catalog
from studio.providers.base import JobJournal, MemoryJournal, Provider
from studio.providers.spec import ProviderSpec

log = logging.getLogger(__name__)


class SettingsLike(Protocol):
    def get(self, key: str) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


class SecretsLike(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


def _memory_journal(provider: str) -> JobJournal:
    return MemoryJournal()


@dataclass
class ProviderContext:
    settings: SettingsLike
    secrets: SecretsLike
    home: Path
    journal: Any = field(default=_memory_journal)  # provider name -> JobJournal

    def journal_for(self, provider: str) -> JobJournal:
        journal: JobJournal = self.journal(provider)
        return journal


class UnavailableProvider(Provider):
    """Stands in for a provider whose module failed to import, and says why when used."""

    def __init__(self, spec: ProviderSpec, reason: str) -> None:
        self.spec = spec
        self.name = spec.name
        self.title = spec.title.en
        self.reason = reason

    def is_configured(self) -> bool:
        return False


def create(name: str, ctx: ProviderContext) -> Provider:
    spec = catalog.spec(name)
    try:
        return spec.build(ctx)
    except ImportError as exc:
        log.warning("provider %s unavailable: %s", name, exc)
        return UnavailableProvider(spec, str(exc))
