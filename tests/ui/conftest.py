"""GUI test fixtures: services with an inline task runner and a fake audio stream factory."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from studio.services.hub import Services
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
