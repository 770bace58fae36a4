"""The composition shared by the CLI and the GUI: settings, secrets, library store, providers.

No Qt here. The GUI's services wrap a Workspace and run its blocking calls in worker threads; the
CLI calls it directly. One Workspace per process.
"""

from __future__ import annotations

import threading
from pathlib import Path

from studio import paths
from studio.library.journal import StoreJournal
from studio.library.store import Store
from studio.providers import registry
from studio.providers.base import Provider
from studio.secrets import SecretStore, open_store
from studio.settings import Settings


class Workspace:
    def __init__(
        self,
        *,
        settings: Settings | None = None,
        secrets: SecretStore | None = None,
        store: Store | None = None,
    ) -> None:
        self.home: Path = paths.home()
        self.settings = settings or Settings()
        self.secrets = secrets or open_store(self.settings.get("secrets.backend"))
        self.store = store or Store(paths.database_path())
        self._providers: dict[str, Provider] = {}
        self._lock = threading.Lock()

    def context(self) -> registry.ProviderContext:
        return registry.ProviderContext(settings=self.settings, secrets=self.secrets, home=self.home,
                                        journal=lambda name: StoreJournal(self.store, name))

    def provider(self, name: str) -> Provider:
        with self._lock:
            if name not in self._providers:
                self._providers[name] = registry.create(name, self.context())
            return self._providers[name]

    def reset_provider(self, name: str) -> None:
        """Forget a built provider so the next use picks up changed settings or keys."""
        with self._lock:
            provider = self._providers.pop(name, None)
        if provider is not None:
            provider.close()

    def active_provider_name(self) -> str:
        return str(self.settings.get("general.default_provider"))

    def close(self) -> None:
        with self._lock:
            providers, self._providers = list(self._providers.values()), {}
        for p in providers:
            p.close()
        self.store.close()
