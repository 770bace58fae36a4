"""Shared fixtures for the Tencent emulators (registered for every test in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.emulators.tencent import Stack, stack


@pytest.fixture
def tencent_stack(tmp_path: Path) -> Iterator[Stack]:
    """The Multimedia Lab gateway and COS emulators, and a provider configured for them."""
    with stack(tmp_path) as s:
        yield s
