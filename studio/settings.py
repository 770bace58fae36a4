"""Typed settings, each declared once with its type, default and a translatable title.

Preferences live in `settings.json` under the data home; window geometry and other UI state live
apart (`ui-state.json`, owned by the UI). Secrets are never settings: see `studio.secrets`.
Writes are atomic (temp file + rename) so a crash never leaves a half-written file.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio import paths
from studio.fsutil import atomic_write_text

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    title: str  # English; the UI translates it
    choices: tuple[Any, ...] = ()


# The studio's own options; each provider's fields (regions, URLs, models) come from its spec.
GENERAL: tuple[Option, ...] = (
    Option("general.language", str, "", "Language", ("", "en", "zh_CN")),
    Option("general.default_provider", str, "", "Default provider"),
    Option("general.first_run_done", bool, False, "First-run wizard completed"),
    Option("audio.input_device", str, "", "Input device"),
    Option("audio.output_device", str, "", "Output device"),
    Option("audio.sample_rate", int, 48000, "Recording sample rate", (16000, 24000, 44100, 48000)),
    Option("audio.bit_depth", int, 16, "Recording bit depth", (16, 24)),
    Option("meter.target_low", float, -18.0, "Meter target band, low (dBFS)"),
    Option("meter.target_high", float, -6.0, "Meter target band, high (dBFS)"),
    Option("secrets.backend", str, "keyring", "Where keys are kept", ("keyring", "file", "session")),
)


def _provider_options() -> tuple[Option, ...]:
    from studio import catalog
    from studio.providers.spec import FieldKind

    out = []
    for f in catalog.fields():
        if f.kind == FieldKind.SECRET:
            continue
        choices = tuple(c.value for c in f.choices)
        out.append(Option(f.key, f.value_type, f.default, f.title.en, choices))
    return tuple(out)


OPTIONS: tuple[Option, ...] = GENERAL + _provider_options()
OPTIONS_BY_KEY = {o.key: o for o in OPTIONS}


def catalog_names() -> tuple[str, ...]:
    from studio import catalog

    return catalog.names()


def default_provider() -> str:
    from studio import catalog

    return catalog.default_provider()


def _coerce(option: Option, value: Any) -> Any:
    if option.type is bool:
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)
    try:
        value = option.type(value)
    except (TypeError, ValueError):
        raise ValueError(f"{option.key}: {value!r} is not a {option.type.__name__}") from None
    if option.key == "general.default_provider" and value not in catalog_names():
        raise ValueError(f"{option.key}: {value!r} is not one of {catalog_names()}")
    if option.choices and value not in option.choices:
        raise ValueError(f"{option.key}: {value!r} is not one of {option.choices}")
    return value


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings file up to SETTINGS_VERSION (one step per version)."""
    version = int(data.get("_version", 0))
    if version < 1:
        data = {k: v for k, v in data.items() if not k.startswith("_")}
        version = 1
    data["_version"] = version
    return data


class Settings:
    """Thread-safe access to declared options; unknown keys are refused."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_path()
        self._lock = threading.Lock()
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not an object")
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as exc:
            log.warning("settings file unreadable (%s); using defaults and keeping a copy", exc)
            try:
                self.path.replace(self.path.with_suffix(".json.bad"))
            except OSError:
                pass
            raw = {}
        raw = migrate(raw)
        for key, value in raw.items():
            option = OPTIONS_BY_KEY.get(key)
            if option is None:
                continue
            try:
                self._values[key] = _coerce(option, value)
            except ValueError as exc:
                log.warning("ignoring setting: %s", exc)

    def get(self, key: str) -> Any:
        option = OPTIONS_BY_KEY[key]
        with self._lock:
            value = self._values.get(key, option.default)
        if key == "general.default_provider" and value not in catalog_names():
            return default_provider()
        return value

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS_BY_KEY[key]
        value = _coerce(option, value)
        with self._lock:
            self._values[key] = value
            self._save()

    def is_default(self, key: str) -> bool:
        with self._lock:
            return key not in self._values

    def as_dict(self) -> dict[str, Any]:
        with self._lock:
            return {o.key: self._values.get(o.key, o.default) for o in OPTIONS}

    def _save(self) -> None:
        data = {"_version": SETTINGS_VERSION, **self._values}
        atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False))
