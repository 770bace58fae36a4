"""Sentinel keys through the main flows, then every file the studio wrote is searched for them."""

from __future__ import annotations

import logging
import time
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
    # everything the flows log, down to DEBUG, goes to the file (the commands' own configure then keeps it)
    logsetup.configure(level=logging.DEBUG, stderr_level=logging.ERROR)
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
    logs = [p for p in _all_files(studio_home / "logs") if p.stat().st_size]
    assert logs, "the flows should have logged something"
    assert hits == []


CLOUD_ID = "SENTINEL-cloud-secret-id-0001"  # not shaped like a real SecretId: only registration can mask it
CLOUD_KEY = "SENTINEL-cloud-secret-key-0002"
CLOUD_WRONG = "SENTINEL-cloud-wrong-key-0003"


@pytest.mark.slow
def test_tencent_cloud_keys_appear_nowhere(studio_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.emulators.tencent_cloud import CloudEmulator
    from tests.emulators.tencent_cloud.fixtures import Takes

    logsetup._configured = False
    # everything the flows log, down to DEBUG, goes to the file (the commands' own configure then keeps it)
    logsetup.configure(level=logging.DEBUG, stderr_level=logging.ERROR)
    outputs: list[str] = []
    with CloudEmulator(keys={CLOUD_ID: CLOUD_KEY}, enforce_rates=False, queue_s=0.02, work_s=0.05) as emu:
        monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", CLOUD_ID)
        monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", CLOUD_KEY)
        monkeypatch.setenv("TENCENTCLOUD_VRS_URL", emu.vrs_url)
        monkeypatch.setenv("TENCENTCLOUD_TTS_URL", emu.tts_url)
        assert main(["voices", "texts", "--provider", "tencent-vrs"]) == 0
        line = next(iter(emu.vrs.lines.values()))
        take = Takes(tmp_path / "takes").line(line.text)
        assert main(["voices", "check", "--provider", "tencent-vrs", "--audio", str(take), "--text-id",
                     line.text_id]) == 0
        assert main(["voices", "create", "--provider", "tencent-vrs", "--name", "desk", "--audio", str(take),
                     "--text-id", line.text_id, "--gender", "male", "--no-wait"]) == 0
        time.sleep(emu.vrs.queue_s + emu.vrs.work_s + 0.1)  # the emulated clone is made meanwhile
        assert main(["--json", "voices", "list", "--sync"]) == 0
        voice = next(iter(emu.vrs.tasks.values())).fast_voice_type
        assert main(["synth", "--provider", "tencent-vrs", "--voice", voice, "--text", "你好，世界。",
                     "--sample-rate", "16000", "-o", str(tmp_path / "out.wav")]) == 0
        export_dir = tmp_path / "export"
        from studio.library import exchange
        from studio.workspace import Workspace

        ws = Workspace()
        ws.secrets.set("tencentcloud.secret_key", CLOUD_KEY)
        exchange.export_library(ws.store, export_dir)
        ws.close()
        monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", CLOUD_WRONG)  # refused: the message must not echo it
        assert main(["voices", "list", "--sync", "--provider", "tencent-vrs"]) == 1
        captured = capsys.readouterr()
        outputs += [captured.out, captured.err]
    assert "SignatureFailure" in captured.err
    hits = []
    for root in (studio_home, export_dir):
        for path in _all_files(root):
            blob = path.read_bytes()
            hits += [f"{path.relative_to(root)} contains {s[:16]}…" for s in (CLOUD_ID, CLOUD_KEY, CLOUD_WRONG)
                     if s.encode() in blob]
    hits += [f"console output contains {s[:16]}…" for text in outputs for s in (CLOUD_ID, CLOUD_KEY, CLOUD_WRONG)
             if s in text]
    logs = [p for p in _all_files(studio_home / "logs") if p.stat().st_size]
    assert logs, "the flows should have logged something"
    assert hits == []
