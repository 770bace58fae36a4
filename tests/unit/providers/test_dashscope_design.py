"""CosyVoice voice design (point 8): a voice from a description lands in the library with its preview;
refused before sending where the docs say no; nothing recorded when it fails."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
import soundfile

from studio.errors import InvalidInputError, TransientNetworkError
from studio.flows.enrol import design
from studio.library.models import Audition, Voice
from studio.library.store import Store
from studio.providers.base import DesignRequest, SynthesisRequest, VoiceStatus
from studio.providers.dashscope.account import Endpoints
from studio.providers.dashscope.cosyvoice import CosyVoiceProvider
from studio.providers.http import RetryPolicy
from tests.emulators.dashscope import DashScopeEmulator

FAST = RetryPolicy(attempts=3, base_delay=0.02, max_delay=0.1, max_retry_after=1.0)
PROMPT = "沉稳的中年男性播音员，音色低沉浑厚，语速平稳"
PREVIEW = "各位听众朋友，大家好，欢迎收听晚间新闻。"


@pytest.fixture
def cosy(emulator: DashScopeEmulator) -> Any:
    p = CosyVoiceProvider(emulator.api_key, Endpoints(http_base=emulator.http_base, ws_base=emulator.ws_base,
                                                      region="beijing"), retry=FAST, poll_initial=0.02)
    yield p
    p.close()


def test_a_designed_voice_with_its_preview(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    voice, preview = cosy.design_voice(DesignRequest(name="announcer", prompt=PROMPT, preview_text=PREVIEW,
                                                     options={"language_hints": ["zh"]}))
    assert voice.remote_id.startswith("cosyvoice-v3.5-plus-vd-announcer-")
    assert voice.target_model == "cosyvoice-v3.5-plus" and voice.status == VoiceStatus.READY
    assert voice.extra["designed"] is True and voice.extra["voice_prompt"] == PROMPT
    audio, rate = soundfile.read(io.BytesIO(preview))
    assert rate == 24000 and len(audio) / rate > 1.0
    body = next(r["body"] for r in emulator.state.requests if r["body"]["input"]["action"] == "create_voice")
    assert body["parameters"] == {"sample_rate": 24000, "response_format": "wav"}
    assert body["input"] == {"action": "create_voice", "target_model": "cosyvoice-v3.5-plus", "voice_prompt": PROMPT,
                             "preview_text": PREVIEW, "prefix": "announcer", "language_hints": ["zh"]}
    # the designed voice speaks with its own model, read from its id
    cosy.synthesize(SynthesisRequest(text="晚上好。", voice=voice.remote_id, format="pcm", sample_rate=16000))
    assert emulator.state.tasks[-1]["model"] == "cosyvoice-v3.5-plus"


def test_design_is_refused_where_the_docs_say_no(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    cases = [
        (DesignRequest(name="a", prompt=PROMPT, preview_text=PREVIEW, target_model="cosyvoice-v2"), "no_design"),
        (DesignRequest(name="a", prompt="x" * 501, preview_text=PREVIEW), "too_long"),
        (DesignRequest(name="a", prompt=PROMPT, preview_text="y" * 201), "too_long"),
        (DesignRequest(name="a", prompt=" ", preview_text=PREVIEW), "empty_prompt"),
        (DesignRequest(name="a", prompt=PROMPT, preview_text=PREVIEW, options={"language_hints": ["fr"]}),
         "language"),
        (DesignRequest(name="a_b", prompt=PROMPT, preview_text=PREVIEW), "bad_name"),
    ]
    for request, code in cases:
        with pytest.raises(InvalidInputError) as info:
            cosy.design_voice(request)
        assert info.value.code == code and "Source:" in info.value.detail, request
    singapore = CosyVoiceProvider(emulator.api_key, Endpoints(http_base=emulator.http_base, ws_base=emulator.ws_base,
                                                              region="singapore"), retry=FAST)
    with pytest.raises(InvalidInputError) as info:
        singapore.design_voice(DesignRequest(name="a", prompt=PROMPT, preview_text=PREVIEW,
                                             target_model="cosyvoice-v3-flash"))
    assert info.value.code == "region"
    assert emulator.state.requests == []


def test_the_flow_records_the_voice_and_keeps_the_preview(emulator: DashScopeEmulator, cosy: CosyVoiceProvider,
                                                         tmp_path: Path, studio_home: Path) -> None:
    store = Store(tmp_path / "library.db")
    voice = design(store, cosy, "narrator", PROMPT, PREVIEW, options={"target_model": "cosyvoice-v3-flash"})
    assert voice.id is not None and voice.remote_id.startswith("cosyvoice-v3-flash-vd-narrator-")
    kept = store.get(Audition, voice.extra["preview_audition"])
    assert kept is not None and kept.voice_id == voice.id and kept.text == PREVIEW
    assert Path(kept.audio_path).is_file() and Path(kept.audio_path).is_relative_to(studio_home)
    assert voice.extra["preview_path"] == kept.audio_path
    # refused or failed: nothing changes in the library
    before = (len(store.all(Voice)), len(store.all(Audition)))
    with pytest.raises(InvalidInputError):
        design(store, cosy, "narrator", PROMPT, PREVIEW, options={"target_model": "cosyvoice-v1"})
    emulator.state.create_faults = [500, 500, 500, 500]
    with pytest.raises(TransientNetworkError):
        design(store, cosy, "other", PROMPT, PREVIEW)
    assert (len(store.all(Voice)), len(store.all(Audition))) == before
    store.close()


def test_a_lost_answer_is_adopted_without_a_preview(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    emulator.state.drop_after_create = 1
    voice, preview = cosy.design_voice(DesignRequest(name="lost", prompt=PROMPT, preview_text=PREVIEW))
    assert preview == b"" and voice.extra["adopted_after_unknown_outcome"] is True
    assert "preview was lost" in voice.extra["note"] and len(emulator.state.voices) == 1


def test_cli_voices_design(dashscope_env: DashScopeEmulator, capsys: pytest.CaptureFixture[str]) -> None:
    from studio.cli import main

    assert main(["--json", "voices", "design", "--provider", "cosyvoice", "--name", "host", "--prompt", PROMPT,
                 "--preview-text", PREVIEW, "--model", "cosyvoice-v3-plus", "--language-hint", "zh"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["remote_id"].startswith("cosyvoice-v3-plus-vd-host-") and shown["status"] == "ready"
    assert Path(shown["extra"]["preview_path"]).is_file()
    assert main(["voices", "design", "--provider", "local", "--name", "x", "--prompt", PROMPT,
                 "--preview-text", PREVIEW]) == 1
    assert "cannot design" in capsys.readouterr().err
