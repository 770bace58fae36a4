"""Fixtures for the validation tests: one session-wide factory of generated audio."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.validation.factory import Factory, have_espeak


@pytest.fixture(scope="session")
def factory(tmp_path_factory: pytest.TempPathFactory) -> Factory:
    if not have_espeak():
        pytest.skip("espeak-ng is not installed")
    return Factory(tmp_path_factory.mktemp("validation-audio"))


@pytest.fixture(scope="session")
def good_take(factory: Factory) -> Path:
    """A clean 48 kHz mono 16-bit take of ~16.6 s that CosyVoice should accept."""
    p = factory.path("good.wav")
    if not p.exists():
        factory.write("good.wav", factory.good(), 48000)
    return p
