"""Where the studio keeps things.

All user data (library database, audio, logs, cache, settings) lives under one home folder:
`VOICE_STUDIO_HOME` when set, else the platform's user data dir. Keeping settings beside the
data makes a test (or a portable install) fully self-contained.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "VoiceStudio"
HOME_ENV = "VOICE_STUDIO_HOME"


def home() -> Path:
    override = os.environ.get(HOME_ENV)
    path = Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _sub(name: str) -> Path:
    path = home() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return home() / "library.sqlite3"


def takes_dir() -> Path:
    return _sub("takes")


def samples_dir() -> Path:
    return _sub("samples")


def auditions_dir() -> Path:
    return _sub("auditions")


def cache_dir() -> Path:
    return _sub("cache")


def log_dir() -> Path:
    return _sub("logs")


def settings_path() -> Path:
    return home() / "settings.json"


def ui_state_path() -> Path:
    return home() / "ui-state.json"


def resource_dir() -> Path:
    """The shipped resources: beside the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
