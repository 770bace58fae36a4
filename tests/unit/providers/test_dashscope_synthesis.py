"""CosyVoice synthesis as the WebSocket pages describe it: SSML sent whole under `enable_ssml`, text
limits in billed characters, word timings as spans (and subtitles from them), v3 system voices."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from studio.errors import InvalidInputError
from studio.providers.base import SynthesisRequest
from studio.providers.dashscope.account import Endpoints
from studio.providers.dashscope.cosyvoice import CosyVoiceProvider
from studio.providers.dashscope.synthesis import billed_chars
from studio.providers.http import RetryPolicy
from tests.emulators.dashscope import DashScopeEmulator

FAST = RetryPolicy(attempts=3, base_delay=0.02, max_delay=0.1, max_retry_after=1.0)
SSML = '<speak rate="1.1">今天<break time="300ms"/>天气很好。<say-as interpret-as="digits">110</say-as></speak>'


@pytest.fixture
def cosy(emulator: DashScopeEmulator) -> Any:
    p = CosyVoiceProvider(emulator.api_key, Endpoints(http_base=emulator.http_base, ws_base=emulator.ws_base,
                                                      region="beijing"), retry=FAST)
    yield p
    p.close()


def continues(emu: DashScopeEmulator) -> list[str]:
    return [m["payload"]["input"].get("text", "") for m in emu.state.ws_messages
            if m["header"]["action"] == "continue-task"]


# --- SSML (point 5) --------------------------------------------------------------------------------
def test_ssml_goes_whole_with_enable_ssml(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    long_ssml = "<speak>" + "今天天气很好，我们去公园散步。" * 80 + "</speak>"  # billed well over a 2,000 piece
    result = cosy.synthesize(SynthesisRequest(text=long_ssml, voice="longanyang", format="pcm", sample_rate=16000,
                                              ssml=True))
    assert emulator.state.tasks[-1]["parameters"]["enable_ssml"] is True
    assert continues(emulator) == [long_ssml]  # one continue-task, as enable_ssml requires
    assert result.characters == billed_chars(long_ssml, ssml=True) == billed_chars(long_ssml) - len("<speak></speak>")
    assert result.audio


def test_without_the_switch_markup_is_text(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    result = cosy.synthesize(SynthesisRequest(text=SSML, voice="longanyang", format="pcm", sample_rate=16000))
    assert "enable_ssml" not in emulator.state.tasks[-1]["parameters"]
    assert result.characters == billed_chars(SSML)  # the tags read and billed as text


def test_bad_ssml_is_refused_before_sending(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    for text, voice in (("<speak>今天<break></speak", "longanyang"),  # not well-formed
                        ("<p>今天</p>", "longanyang"),  # not <speak>
                        ('<!DOCTYPE x [<!ENTITY a "b">]><speak>&a;</speak>', "longanyang"),
                        (SSML, "longxiaochun"),  # v1: no SSML
                        (SSML, "loongabby_v3")):  # a system voice the list does not mark for SSML
        with pytest.raises(InvalidInputError) as info:
            cosy.synthesize(SynthesisRequest(text=text, voice=voice, ssml=True))
        assert "Source:" in info.value.detail and info.value.detail_zh, text
    assert emulator.state.tasks == []


def test_the_emulator_takes_one_text_under_enable_ssml(emulator: DashScopeEmulator) -> None:
    from studio.providers.dashscope.account import ws_headers
    from studio.providers.dashscope.ws import TaskSpec, WsTaskClient

    client = WsTaskClient(emulator.ws_base, ws_headers(emulator.api_key), provider="cosyvoice", retry=FAST)
    params = {"voice": "longanyang", "format": "pcm", "sample_rate": 16000, "enable_ssml": True}
    with pytest.raises(InvalidInputError, match="once"):  # the old client split SSML into pieces
        client.run(TaskSpec(model="cosyvoice-v3-flash", parameters=params, texts=["<speak>一。</speak>", "二。"]))
    with pytest.raises(InvalidInputError, match="well-formed"):
        client.run(TaskSpec(model="cosyvoice-v3-flash", parameters=params, texts=["<speak>一。"]))


def test_the_task_limit_is_counted_as_billed(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    text = "汉" * 100_001  # 100,001 characters by len(), 200,002 billed
    with pytest.raises(InvalidInputError) as info:
        cosy.synthesize(SynthesisRequest(text=text, voice="longanyang"))
    assert info.value.code == "too_long" and "200,002" in info.value.detail and "200,000" in info.value.detail
    assert emulator.state.tasks == []
    with pytest.raises(InvalidInputError):  # SSML goes in one message: 20,000 billed at most
        cosy.synthesize(SynthesisRequest(text="<speak>" + "汉" * 10_001 + "</speak>", voice="longanyang", ssml=True))
    assert emulator.state.tasks == []


# --- word timings (point 9) ------------------------------------------------------------------------
@pytest.mark.parametrize("per_sentence", [False, True])
def test_word_timings_become_spans(emulator: DashScopeEmulator, cosy: CosyVoiceProvider, per_sentence: bool) -> None:
    emulator.state.word_times_per_sentence = per_sentence  # the pages do not say which; both read right
    text = "今天天气很好。Tomorrow it may rain. 我们出门。"
    result = cosy.synthesize(SynthesisRequest(text=text, voice="longanyang", format="pcm", sample_rate=16000,
                                              timestamps=True))
    assert emulator.state.tasks[-1]["parameters"]["word_timestamp_enabled"] is True
    words = [s.text for s in result.spans]
    assert words[:2] == ["今", "天"] and "Tomorrow" in words and words[-1] == "门"
    duration = len(result.audio) / 2 / 16000
    assert all(a.end_s <= b.begin_s + 1e-6 for a, b in zip(result.spans, result.spans[1:], strict=False))
    assert result.spans[0].begin_s >= 0 and result.spans[-1].end_s <= duration + 0.05
    tomorrow = next(s for s in result.spans if s.text == "Tomorrow")
    assert tomorrow.begin_s > 0.5  # after the first sentence, in either reading


def test_no_timings_where_the_model_has_none(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    with pytest.raises(InvalidInputError) as info:
        cosy.synthesize(SynthesisRequest(text="你好。", voice="longxiaochun", timestamps=True))
    assert info.value.code == "unsupported" and emulator.state.tasks == []


def test_cli_synth_writes_subtitles_and_ssml(dashscope_env: DashScopeEmulator, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from studio.cli import main

    srt, vtt = tmp_path / "hi.srt", tmp_path / "hi.vtt"
    argv = ["--json", "synth", "--provider", "cosyvoice", "--voice", "longanyang", "--text",
            "今天天气很好。我们去公园散步吧。", "-o", str(tmp_path / "hi.wav")]
    assert main([*argv, "--subtitles", str(srt)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["words"] > 10 and summary["subtitles"] == str(srt)
    first = srt.read_text(encoding="utf-8").split("\n\n")[0].splitlines()
    assert first[0] == "1" and " --> " in first[1] and first[2].startswith("今天")
    assert main([*argv, "--subtitles", str(vtt)]) == 0  # the cached audition kept its timings
    assert json.loads(capsys.readouterr().out)["cached"] is True
    assert vtt.read_text(encoding="utf-8").startswith("WEBVTT\n\n00:00:00.")
    out = tmp_path / "ssml.wav"
    assert main(["synth", "--provider", "cosyvoice", "--voice", "longanyang", "--ssml", "--text", SSML,
                 "-o", str(out)]) == 0
    assert dashscope_env.state.tasks[-1]["parameters"]["enable_ssml"] is True and out.stat().st_size > 1000
    assert main(["synth", "--provider", "cosyvoice", "--voice", "longanyang", "--ssml", "--text", "<speak>坏",
                 "-o", str(tmp_path / "bad.wav")]) == 1
    assert "well-formed" in capsys.readouterr().err and not (tmp_path / "bad.wav").exists()
    capsys.readouterr()
    assert main(["synth", "--provider", "local", "--voice", "x", "--ssml", "--text", SSML,
                 "-o", str(tmp_path / "local.wav")]) == 1
    assert "SSML" in capsys.readouterr().err


# --- system voices (point 10) ----------------------------------------------------------------------
def test_v3_system_voices_with_language_and_gender(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    stock = {(v.remote_id, v.target_model): v for v in cosy.stock_voices()}
    anyang = stock[("longanyang", "cosyvoice-v3-flash")]
    assert ("longanyang", "cosyvoice-v3-plus") in stock
    assert anyang.extra["gender"] == "male" and anyang.extra["languages"] == ["zh", "en"] and anyang.stock
    assert stock[("longjiaxin_v3", "cosyvoice-v3-flash")].extra["languages"] == ["yue", "en"]
    assert stock[("loongriko_v3", "cosyvoice-v3-flash")].extra == {
        "languages": ["ja"], "gender": "female", "age": "18~25", "ssml": False, "timestamps": False,
        "instruct": False}
    assert {v.extra["gender"] for v in stock.values()} == {"male", "female"}
    result = cosy.synthesize(SynthesisRequest(text="Hello there.", voice="loongandy_v3", format="pcm",
                                              sample_rate=16000))
    assert emulator.state.tasks[-1]["model"] == "cosyvoice-v3-flash" and result.audio
