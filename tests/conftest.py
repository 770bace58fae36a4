"""Shared fixtures: headless Qt, a fresh data home per test, in-memory secrets."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Emulator fixtures, one module per vendor, available to every test by name.
pytest_plugins = ["tests.emulators.dashscope.fixtures", "tests.emulators.tencent_fixtures",
                  "tests.emulators.tencent_cloud.fixtures"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The official SDK reads these at import; keep any real ones from leaking into tests.
for _var in ("DASHSCOPE_API_KEY", "DASHSCOPE_HTTP_BASE_URL", "DASHSCOPE_WEBSOCKET_BASE_URL"):
    os.environ.pop(_var, None)


@pytest.fixture(autouse=True)
def studio_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data home (library, audio, logs, settings)."""
    home = tmp_path / "studio-home"
    home.mkdir()
    monkeypatch.setenv("VOICE_STUDIO_HOME", str(home))
    monkeypatch.setenv("VOICE_STUDIO_SECRETS", "memory")
    for var in ("DASHSCOPE_API_KEY", "DASHSCOPE_HTTP_BASE_URL", "DASHSCOPE_WEBSOCKET_BASE_URL",
                "TENCENT_MML_SECRET_ID", "TENCENT_MML_SECRET_KEY", "TENCENT_MML_BASE_URL",
                "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_VRS_URL", "TENCENTCLOUD_TTS_URL"):
        monkeypatch.delenv(var, raising=False)
    yield home
