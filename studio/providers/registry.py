"""How each provider is built from settings and secrets (the catalog says which exist)."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from studio.catalog import BY_NAME, NAMES, ProviderEntry
from studio.providers.base import Provider

log = logging.getLogger(__name__)


class SettingsLike(Protocol):
    def get(self, key: str) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


class SecretsLike(Protocol):
    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


@dataclass
class ProviderContext:
    settings: SettingsLike
    secrets: SecretsLike
    home: Path


class UnavailableProvider(Provider):
    """Stands in for a provider whose module failed to import, and says why when used."""

    def __init__(self, entry: ProviderEntry, reason: str) -> None:
        self.name = entry.name
        self.title = entry.title
        self.reason = reason

    def is_configured(self) -> bool:
        return False


def create(name: str, ctx: ProviderContext) -> Provider:
    entry = BY_NAME.get(name)
    if entry is None:
        raise KeyError(f"unknown provider {name!r}; choose one of {', '.join(NAMES)}")
    try:
        module = importlib.import_module(entry.module)
    except ImportError as exc:
        log.warning("provider %s unavailable: %s", name, exc)
        return UnavailableProvider(entry, str(exc))
    provider: Provider = module.create(ctx)
    return provider
