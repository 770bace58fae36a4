"""Sentinel keys through the main flows, then every file the studio wrote is searched for them."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from studio import logsetup
from studio.cli import main
from tests.emulators.dashscope import DashScopeEmulator
from tests.emulators.dashscope.fixtures import make_samples

SENTINEL = "sk-" "SENTINEL0x5ecret0key0001"
WRONG = "sk-" "SENTINEL0wrong0key00002"


@pytest.fixture
def cosy(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    emu = DashScopeEmulator()
    emu.state.deploy_delay = 0.05
    emu.state.api_keys.add(SENTINEL)
    with emu:
        monkeypatch.setenv("DASHSCOPE_API_KEY", SENTINEL)
        monkeypatch.setenv("DASHSCOPE_HTTP_BASE_URL", emu.http_base)
        monkeypatch.setenv("DASHSCOPE_WEBSOCKET_BASE_URL", emu.ws_base)
        yield emu


def _all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.mark.slow
def test_sentinel_key_appears_nowhere(cosy: DashScopeEmulator, studio_home: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    logsetup._configured = False
    logging.getLogger().setLevel(logging.DEBUG)
    samples = make_samples(tmp_path / "samples")
    outputs: list[str] = []

    assert main(["voices", "create", "--provider", "cosyvoice", "--name", "desk", "--audio", str(samples.good)]) == 0
    assert main(["--json", "voices", "list", "--sync"]) == 0
    assert main(["synth", "--provider", "cosyvoice", "--voice", "longxiaochun_v2", "--text", "你好，世界。",
                 "-o", str(tmp_path / "out.wav")]) == 0
    assert main(["voices", "create", "--provider", "cosyvoice", "--name", "bad!", "--audio",
                 str(samples.good)]) == 1  # a refusal: its message goes to stderr
    export_dir = tmp_path / "export"
    from studio.library import exchange
    from studio.workspace import Workspace

    ws = Workspace()
    ws.secrets.set("dashscope.api_key", SENTINEL)
    exchange.export_library(ws.store, export_dir)
    ws.close()
    monkeypatch.setenv("DASHSCOPE_API_KEY", WRONG)  # an auth failure: the error text must not echo the key
    assert main(["voices", "list", "--sync", "--provider", "cosyvoice"]) == 1
    captured = capsys.readouterr()
    outputs += [captured.out, captured.err]

    hits = []
    for root in (studio_home, export_dir):
        for path in _all_files(root):
            blob = path.read_bytes()
            for secret in (SENTINEL, WRONG):
                if secret.encode() in blob:
                    hits.append(f"{path.relative_to(root)} contains {secret[:12]}…")
    for text in outputs:
        for secret in (SENTINEL, WRONG):
            if secret in text:
                hits.append(f"console output contains {secret[:12]}…")
    assert os.listdir(studio_home / "logs"), "the flows should have logged something"
    assert hits == []
