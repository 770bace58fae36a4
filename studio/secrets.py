"""Secrets (API keys, SecretId/SecretKey) behind one `SecretStore`.

Backends: the system keyring; a 0600 JSON file (visible warning: anyone with the user's account can
read it); or session-only memory. When the keyring has no usable backend (headless Linux) the store
falls back to session-only and says so in `notice`, and the UI lets the user choose. Every value
that passes through a store is registered with `studio.redact`, so logging masks it everywhere.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

from studio import paths, redact
from studio.fsutil import atomic_write_text

log = logging.getLogger(__name__)

SERVICE = "voice-studio"


def secret_names() -> tuple[str, ...]:
    """Every secret a provider's spec declares (API keys, SecretId/SecretKey pairs)."""
    from studio import catalog
    from studio.providers.spec import FieldKind

    return tuple(f.key for f in catalog.fields() if f.kind == FieldKind.SECRET)


class SecretStore:
    backend = "memory"
    persistent = False
    notice = ""  # shown to the user when the store is not what they asked for

    def get(self, name: str) -> str | None:
        raise NotImplementedError

    def set(self, name: str, value: str) -> None:
        raise NotImplementedError

    def delete(self, name: str) -> None:
        raise NotImplementedError

    def names(self) -> list[str]:
        return [n for n in secret_names() if self.get(n)]


class MemoryStore(SecretStore):
    """Session-only: forgotten when the studio quits. Used by tests and as the visible fallback."""

    backend = "session"

    def __init__(self) -> None:
        self._values: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        redact.register(value)
        with self._lock:
            self._values[name] = value

    def delete(self, name: str) -> None:
        with self._lock:
            self._values.pop(name, None)


class FileStore(SecretStore):
    """A JSON file readable only by the user (0600). Plain text on disk: the UI warns about it."""

    backend = "file"
    persistent = True

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.home() / "secrets.json"
        self._lock = threading.Lock()

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("secrets file unreadable; treating it as empty")
            return {}
        values = {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}
        for v in values.values():
            redact.register(v)
        return values

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._read().get(name)

    def set(self, name: str, value: str) -> None:
        redact.register(value)
        with self._lock:
            data = self._read()
            data[name] = value
            atomic_write_text(self.path, json.dumps(data), mode=0o600)

    def delete(self, name: str) -> None:
        with self._lock:
            data = self._read()
            if data.pop(name, None) is not None:
                atomic_write_text(self.path, json.dumps(data), mode=0o600)


class KeyringStore(SecretStore):
    backend = "keyring"
    persistent = True

    def get(self, name: str) -> str | None:
        import keyring

        value = keyring.get_password(SERVICE, name)
        if value:
            redact.register(value)
        return value

    def set(self, name: str, value: str) -> None:
        import keyring

        redact.register(value)
        keyring.set_password(SERVICE, name, value)

    def delete(self, name: str) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            pass


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0
    except Exception:  # a broken keyring install must not stop the studio
        return False


def open_store(choice: str | None = None) -> SecretStore:
    """The store the user chose (setting `secrets.backend`), or env `VOICE_STUDIO_SECRETS`."""
    choice = os.environ.get("VOICE_STUDIO_SECRETS") or choice or "keyring"
    if choice in ("memory", "session"):
        return MemoryStore()
    if choice == "file":
        return FileStore()
    if keyring_available():
        return KeyringStore()
    store = MemoryStore()
    store.notice = (
        "No system keyring is available, so keys are kept for this session only. "
        "Choose 'file' in Settings to keep them in a private file instead."
    )
    log.warning("no keyring backend; secrets are session-only until the user chooses")
    return store
