"""The generic CLI verbs drive the Tencent provider end to end (settings file + environment keys)."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.cli import main
from studio.settings import Settings
from tests.emulators.tencent import Stack


@pytest.fixture
def st(tencent_stack: Stack, monkeypatch: pytest.MonkeyPatch) -> Stack:
    """The shared Tencent emulators, and the studio configured for them through its settings."""
    s = tencent_stack
    settings = Settings()  # the per-test VOICE_STUDIO_HOME
    settings.set("tencent.base_url", s.server.base_url)
    settings.set("tencent.content_id", "content-emu")
    settings.set("tencent.cos_bucket", s.cos.default_bucket)
    settings.set("tencent.cos_endpoint", s.cos_server.base_url)
    monkeypatch.setenv("TENCENT_MML_SECRET_ID", s.emu.secret_id)
    monkeypatch.setenv("TENCENT_MML_SECRET_KEY", s.emu.secret_key)
    monkeypatch.setenv("TENCENT_COS_SECRET_ID", s.cos.secret_id)
    monkeypatch.setenv("TENCENT_COS_SECRET_KEY", s.cos.secret_key)
    return s


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> object:
    capsys.readouterr()
    assert main(["--json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_train_jobs_voices_synth_through_the_cli(st: Stack, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    take = tmp_path / "take.wav"
    sf.write(take, 0.3 * np.sin(2 * np.pi * 150 * np.arange(48000) / 24000), 24000)
    job = _json(capsys, ["train", "--provider", "tencent", "--name", "cli_voice", "--epochs", "5", str(take)])
    assert isinstance(job, dict) and job["provider"] == "tencent" and job["kind"] == "train"
    assert st.emu.bodies[-1]["createJobRequest"]["outputs"][0]["smartContentDescriptor"]["voiceCloning"][
        "totalEpoch"] == 5
    pause = threading.Event()
    for _ in range(200):
        shown = _json(capsys, ["jobs", "show", job["remote_id"]])
        assert isinstance(shown, dict)
        if shown["status"] == "succeeded":
            break
        pause.wait(0.05)
    assert shown["status"] == "succeeded" and shown["model_name"] == "cli_voice"

    voices = _json(capsys, ["voices", "list", "--provider", "tencent", "--sync"])
    assert isinstance(voices, list) and "cli_voice" in {v["remote_id"] for v in voices}

    out = tmp_path / "out.wav"
    assert main(["synth", "--provider", "tencent", "--voice", "cli_voice", "--text", "From the CLI.",
                 "-o", str(out)]) == 0
    audio, rate = sf.read(io.BytesIO(out.read_bytes()))
    assert len(audio) / rate > 0.3 and float(np.abs(audio).max()) > 0.05
    converted = tmp_path / "converted.wav"
    assert main(["synth", "--provider", "tencent", "--voice", "cli_voice", "--audio", str(take),
                 "-o", str(converted)]) == 0
    assert sf.info(converted).duration == pytest.approx(2.0, abs=0.01)

    listed = _json(capsys, ["jobs", "list", "--refresh", "--provider", "tencent"])
    assert isinstance(listed, list) and len(listed) == 3  # one train, two generate jobs

    capsys.readouterr()
    assert main(["jobs", "cancel", job["remote_id"]]) == 1
    assert "CancelJob" in capsys.readouterr().err
