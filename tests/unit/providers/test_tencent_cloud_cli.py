"""Tencent Cloud 声音复刻 through the generic verbs and flows: keys and addresses from the SDK's environment
variables, the lines to read, Tencent's check, a clone waited for or followed by the Library's poller
across a restart, its voice landing with its name, take and expiry, the expiry warning, and synthesis."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import soundfile as sf

from studio.cli import main
from studio.flows import clone as clone_flow
from studio.flows import library as library_flow
from studio.library.models import Job, Take, Voice
from studio.workspace import Workspace
from tests.emulators.tencent_cloud.fixtures import CloudStack, Takes

FAST = clone_flow.JobPoll(initial=0.03, factor=1.5, max_interval=0.1, max_wait=10.0)


@pytest.fixture
def cloud(tencent_cloud: CloudStack, monkeypatch: pytest.MonkeyPatch) -> CloudStack:
    tencent_cloud.env(monkeypatch)
    monkeypatch.setattr(clone_flow, "JobPoll", lambda: FAST)  # the CLI waits the way it always does, faster
    return tencent_cloud


def _json(capsys: pytest.CaptureFixture[str], argv: list[str], code: int = 0) -> object:
    capsys.readouterr()
    assert main(["--json", *argv]) == code
    return json.loads(capsys.readouterr().out)


def test_texts_check_create_list_synth(cloud: CloudStack, takes: Takes, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    lines = _json(capsys, ["voices", "texts", "--provider", "tencent-vrs"])
    assert isinstance(lines, list) and len(lines) == 2
    text_id, text = lines[0]["text_id"], lines[0]["text"]
    take = takes.line(text)

    verdict = _json(capsys, ["voices", "check", "--provider", "tencent-vrs", "--audio", str(take), "--text-id", text_id])
    assert isinstance(verdict, dict) and verdict["passed"] and verdict["audio_id"]
    capsys.readouterr()
    assert main(["voices", "check", "--provider", "tencent-vrs", "--audio", str(takes.tone()), "--text-id", text_id]) == 1
    assert "Record the line again" in capsys.readouterr().out

    cloud.emu.vrs.lifetime_s = 3 * 86400.0  # a clone that expires in three days: the list warns
    voice = _json(capsys, ["voices", "create", "--provider", "tencent-vrs", "--name", "小娥", "--audio", str(take),
                           "--text-id", text_id, "--gender", "female", "--voice-enhance"])
    assert isinstance(voice, dict) and voice["name"] == "小娥" and voice["status"] == "ready"
    assert voice["remote_id"].startswith("WCHN-") and voice["extra"]["expires"]
    assert cloud.emu.of("CreateVRSTask")[-1].json()["EnableVoiceEnhance"] == 1

    capsys.readouterr()
    assert main(["voices", "list", "--provider", "tencent-vrs", "--sync"]) == 0
    out = capsys.readouterr()
    assert "小娥" in out.out and "expires in 3 day(s)" in out.err

    wav = tmp_path / "out.wav"
    assert main(["synth", "--provider", "tencent-vrs", "--voice", "小娥", "--text", "你好，世界。", "--sample-rate",
                 "16000", "-o", str(wav)]) == 0
    assert sf.info(str(wav)).samplerate == 16000 and sf.info(str(wav)).duration > 0.3
    assert cloud.emu.of("TextToVoice")[-1].json()["FastVoiceType"] == voice["remote_id"]


def test_a_clone_not_waited_for_lands_through_the_poller(cloud: CloudStack, takes: Takes,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    ws = Workspace()
    provider = ws.provider("tencent-vrs")
    line = clone_flow.training_texts(provider)[0]
    take_path = takes.line(line.text)
    take = ws.store.add(Take(name="take 1", path=str(take_path), duration_s=8.0, sample_rate=48000))
    check = clone_flow.check_take(provider, take_path, text_id=line.text_id)
    assert check.passed
    made = clone_flow.clone(ws.store, provider, "booth voice", take_path, checked=check, take_id=take.id,
                            wait=False, options={"text_id": line.text_id, "gender": "male"})
    assert isinstance(made, Job) and made.status in ("queued", "running")
    assert len(cloud.emu.of("DetectEnvAndSoundQuality")) == 1  # the Validate pane's check is not repeated
    assert cloud.emu.of("CreateVRSTask")[-1].json()["AudioIdList"] == [check.audio_id]
    ws.close()

    time.sleep(cloud.emu.vrs.queue_s + cloud.emu.vrs.work_s + 0.05)
    ws = Workspace()  # after a restart: the poller follows the job from the library alone
    refresh = library_flow.refresh_pending(ws.store, ws.provider)
    assert [j.status for j in refresh.settled] == ["succeeded"]
    voices = ws.store.all(Voice)
    assert [(v.name, v.take_id, bool(v.extra.get("expires"))) for v in voices] == [("booth voice", take.id, True)]
    assert clone_flow.expiring(ws.store) == []  # a year away
    soon = clone_flow.expiring(ws.store, within_days=400)
    assert [e.voice.name for e in soon] == ["booth voice"] and not soon[0].expired
    ws.close()


def test_what_a_job_clone_needs_is_said_plainly(cloud: CloudStack, takes: Takes,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["voices", "create", "--provider", "tencent-vrs", "--name", "v", "--audio", str(takes.line()),
                 "--gender", "male"]) == 1
    assert "which line the take reads" in capsys.readouterr().err
    assert main(["voices", "create", "--provider", "tencent-vrs", "--name", "v", "--url", "https://x/a.wav"]) == 1
    assert "--audio" in capsys.readouterr().err
    assert main(["voices", "texts", "--provider", "cosyvoice"]) == 1  # a provider that gives no lines
    assert "gives no lines" in capsys.readouterr().err
    assert cloud.emu.of("CreateVRSTask") == []
