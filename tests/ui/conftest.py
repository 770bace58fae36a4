"""GUI test fixtures: services with an inline task runner and a fake audio stream factory."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtWidgets import QApplication

from studio.i18n import translations_dir
from studio.services.hub import Services
from studio.ui.translations import Translations
from studio.workspace import Workspace
from tests.fakes.audio_stream import FakeStreamFactory


@pytest.fixture
def fake_audio() -> FakeStreamFactory:
    return FakeStreamFactory()


@pytest.fixture
def services(fake_audio: FakeStreamFactory) -> Iterator[Services]:
    s = Services.for_tests(Workspace(), stream_factory=fake_audio)
    yield s
    s.shutdown()  # stops the library's poller too: no timer of this test fires in the next one


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest, services: Services) -> Iterator[str]:
    """The test runs in English and in Chinese (the studio's translator installed, the setting saved)."""
    if request.param != "en" and not (translations_dir() / "studio_zh_CN.qm").exists():
        pytest.skip("translations not built (python -m studio.i18n build)")
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.install(request.param)
    services.workspace.settings.set("general.language", request.param)
    yield request.param
    translations.install("en")


@pytest.fixture(scope="session")
def english_take(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """15 s of English read by espeak-ng, peaks at half scale."""
    folder = tmp_path_factory.mktemp("english-take")
    raw = folder / "raw.wav"
    subprocess.run(["espeak-ng", "-w", str(raw), "-v", "en", "-s", "135",
                    "The quick brown fox jumps over the lazy dog while the morning sun climbs above the quiet "
                    "river and a small boat drifts slowly towards the old stone bridge near the market."], check=True)
    x, rate = soundfile.read(raw, dtype="float32")
    out = folder / "take.wav"
    soundfile.write(out, np.tile(0.5 * x / np.max(np.abs(x)), 2)[: int(15 * rate)], rate, subtype="PCM_16")
    return out
