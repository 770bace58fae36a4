"""Every CLI example in the README, run as written: real audio through a PulseAudio null sink, the
offline engine, and the DashScope emulator standing in for the cloud."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.e2e.pulse import RATE, PulseServer, serve
from tests.emulators.dashscope import DashScopeEmulator
from tests.emulators.dashscope.finetunes import speech_takes

pytestmark = [pytest.mark.audio, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).parent / "voice-studio"


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- cli-examples:start -->", 1)[1].split("<!-- cli-examples:end -->", 1)[0]
    return [line[2:].strip() for line in block.splitlines() if line.startswith("$ voice-studio")]


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    yield from serve(tmp_path_factory)


@pytest.fixture
def emulator() -> Iterator[DashScopeEmulator]:
    with DashScopeEmulator() as emu:
        emu.state.deploy_delay = 0.05
        t = emu.state.training
        t.pending_s, t.running_s, t.review_s = 0.02, 0.1, 0.1
        yield emu


def _speech(path: Path, seconds: float = 16.0) -> Path:
    raw = path.with_suffix(".raw.wav")
    text = ("The quick brown fox jumps over the lazy dog while the morning sun climbs above the quiet river, "
            "and a small boat drifts slowly towards the old stone bridge near the village market.")
    subprocess.run(["espeak-ng", "-w", str(raw), "-v", "en", "-s", "130", text], check=True)
    x, rate = sf.read(raw, dtype="float32")
    from scipy.signal import resample_poly

    x = resample_poly(x, RATE, rate).astype(np.float32)
    x = 0.5 * x / np.max(np.abs(x))
    reps = int(np.ceil(seconds * RATE / x.size))
    sf.write(path, np.tile(x, reps)[: int(seconds * RATE)], RATE, subtype="PCM_16")
    return path


def test_readme_examples_run_as_written(pulse: PulseServer, emulator: DashScopeEmulator, tmp_path: Path,
                                        studio_home: Path) -> None:
    examples = readme_examples()
    assert len(examples) >= 10 and examples[0].startswith("voice-studio record")
    work = tmp_path / "work"
    work.mkdir()
    speech_takes(work / "takes", count=21)  # the script session the train example points at
    env = {**os.environ, **pulse.env, "VOICE_STUDIO_HOME": str(studio_home), "VOICE_STUDIO_SECRETS": "memory",
           "DASHSCOPE_API_KEY": emulator.api_key, "DASHSCOPE_HTTP_BASE_URL": emulator.http_base,
           "DASHSCOPE_WEBSOCKET_BASE_URL": emulator.ws_base, "PYTHONPATH": str(ROOT)}
    speech = _speech(tmp_path / "speech.wav")
    for example in examples:
        args = shlex.split(example)[1:]
        player = None
        if args[0] == "record":  # someone reads into the microphone while the take runs
            player = subprocess.Popen(["paplay", "--rate", str(RATE), str(speech)], env=env)
        try:
            result = subprocess.run([str(EXE), *args], cwd=work, env=env, capture_output=True, text=True,
                                    timeout=300)
        finally:
            if player is not None:
                player.terminate()
                player.wait(10)
        ok = (0, 1) if args[-1:] == ["take.wav"] and "check" in args else (0,)
        assert result.returncode in ok, f"{example}\n{result.stdout}\n{result.stderr}"
        if "--json" in args:
            assert json.loads(result.stdout)["schema"].startswith("voice-studio.check/")
    take = sf.info(work / "take.wav")
    assert take.samplerate == 48000 and abs(take.duration - 12.0) < 0.01
    assert (work / "hello.wav").stat().st_size > 10_000 and (work / "hi.mp3").stat().st_size > 1_000
    listing = subprocess.run([str(EXE), "--json", "voices", "list"], cwd=work, env=env, capture_output=True,
                             text=True, check=True)
    voices = {(v["provider"], v["name"]) for v in json.loads(listing.stdout)}
    assert ("cosyvoice", "desk") in voices and ("local", "Desk voice") not in voices  # deleted by the last line
    jobs = subprocess.run([str(EXE), "--json", "jobs", "list"], cwd=work, env=env, capture_output=True, text=True,
                          check=True)
    assert any(j["provider"] == "sambert" and re.match(r"ft-", j["remote_id"]) for j in json.loads(jobs.stdout))
