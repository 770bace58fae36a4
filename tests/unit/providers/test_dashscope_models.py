"""CosyVoice per model and per region: which model speaks a voice, where a model may clone, what each
model takes — refused before anything is sent, with the rule and its source, and enforced by the emulator
(so the studio's old readings fail here)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from studio.errors import InvalidInputError
from studio.library.models import Voice
from studio.library.store import Store
from studio.library.sync import sync_voices
from studio.providers.base import EnrollRequest, SynthesisRequest
from studio.providers.dashscope.account import Endpoints
from studio.providers.dashscope.cosyvoice import CosyVoiceProvider
from studio.providers.dashscope.cosyvoice_rules import is_designed, parse_voice_id
from studio.providers.dashscope.models import MODELS
from studio.providers.dashscope.samples import cosyvoice_table, cosyvoice_tables
from studio.providers.http import RetryPolicy
from tests.emulators.dashscope import DashScopeEmulator
from tests.emulators.dashscope.fixtures import Samples
from tests.emulators.dashscope.state import account_of

FAST = RetryPolicy(attempts=3, base_delay=0.02, max_delay=0.1, max_retry_after=1.0)
TEXT = "A short line to speak."


def provider(emu: DashScopeEmulator, region: str = "custom", **kw: Any) -> CosyVoiceProvider:
    endpoints = Endpoints(http_base=emu.http_base, ws_base=emu.ws_base, region=region)
    return CosyVoiceProvider(emu.api_key, endpoints, retry=FAST, poll_initial=0.02, **kw)


def actions(emu: DashScopeEmulator) -> list[str]:
    return [r["body"]["input"]["action"] for r in emu.state.requests]


def refused(exc: pytest.ExceptionInfo[InvalidInputError]) -> InvalidInputError:
    err = exc.value
    assert "Source:" in err.detail and "依据" in (err.detail_zh or ""), err.detail
    return err


# --- which model speaks a voice (point 2) ---------------------------------------------------------
def test_voice_ids_in_the_documented_format() -> None:
    assert parse_voice_id("cosyvoice-v3.5-plus-myvoice-abc123") == ("cosyvoice-v3.5-plus", "myvoice")
    assert parse_voice_id("cosyvoice-v3-flash-flash-abc") == ("cosyvoice-v3-flash", "flash")
    assert parse_voice_id("cosyvoice-v2-vd-abc") == ("cosyvoice-v2", "vd")  # a clone whose prefix is "vd"
    assert parse_voice_id("cosyvoice-v3-plus-vd-announcer-1f2e") == ("cosyvoice-v3-plus", "announcer")
    assert is_designed("cosyvoice-v3-plus-vd-announcer-1f2e") and not is_designed("cosyvoice-v2-vd-abc")
    # v1 ids do not name their model — even when the prefix looks like a model's name
    hex32 = "0123456789abcdef0123456789abcdef"
    for v1 in (f"cosyvoice-legacy-{hex32}", f"cosyvoice-v2-{hex32}", f"cosyvoice-v3-{hex32}"):
        assert parse_voice_id(v1) == ("", "")
    assert parse_voice_id("longxiaochun_v2") == ("", "")


def test_a_v1_voice_speaks_with_its_own_model(emulator: DashScopeEmulator, tmp_path: Path) -> None:
    """The old client took the configured default for an id it could not read and failed with 418; the
    model now comes from query_voice, once, and sync records it so the library voice speaks right."""
    account = account_of(emulator.api_key)
    old = emulator.state.add_voice(account, "legacy", "cosyvoice-v1", "http://x/a.wav", "OK")
    new = emulator.state.add_voice(account, "fresh", "cosyvoice-v3-flash", "http://x/b.wav", "OK")
    assert old.voice_id.startswith("cosyvoice-legacy-") and len(old.voice_id.rsplit("-", 1)[1]) == 32
    cosy = provider(emulator, target_model="cosyvoice-v3.5-plus")
    store = Store(tmp_path / "library.db")
    report = sync_voices(store, cosy)
    assert sorted(report.adopted) == sorted([old.voice_id, new.voice_id])
    adopted = {v.remote_id: v for v in store.all(Voice)}
    assert adopted[old.voice_id].target_model == "cosyvoice-v1"
    assert adopted[new.voice_id].target_model == "cosyvoice-v3-flash"
    assert adopted[old.voice_id].extra["ssml"] is False and adopted[new.voice_id].extra["timestamps"] is True
    queries = [r for r in emulator.state.requests if r["body"]["input"]["action"] == "query_voice"]
    assert [q["body"]["input"]["voice_id"] for q in queries] == [old.voice_id]  # only the id that needs it
    cosy.synthesize(SynthesisRequest(text=TEXT, voice=old.voice_id, format="pcm", sample_rate=16000))
    assert emulator.state.tasks[-1]["model"] == "cosyvoice-v1"
    assert actions(emulator).count("query_voice") == 1  # remembered
    # a fresh provider object (as after a restart) learns it again rather than guessing
    again = provider(emulator)
    again.synthesize(SynthesisRequest(text=TEXT, voice=old.voice_id, format="pcm", sample_rate=16000))
    assert emulator.state.tasks[-1]["model"] == "cosyvoice-v1"
    store.close()


def test_the_emulator_mints_each_models_format(emulator: DashScopeEmulator, samples: Samples) -> None:
    url = emulator.publish("good.wav", samples.good.read_bytes())
    cosy = provider(emulator)
    v1 = cosy.enroll(EnrollRequest(name="old", url=url, target_model="cosyvoice-v1", options={"wait": False}))
    v35 = cosy.enroll(EnrollRequest(name="new", url=url, target_model="cosyvoice-v3.5-flash", options={"wait": False}))
    assert parse_voice_id(v1.remote_id) == ("", "") and v1.target_model == "cosyvoice-v1"
    assert parse_voice_id(v35.remote_id) == ("cosyvoice-v3.5-flash", "new")


# --- per model and region (point 6) ---------------------------------------------------------------
def test_no_cloning_where_the_docs_say_none(emulator: DashScopeEmulator, samples: Samples) -> None:
    emulator.state.region = "singapore"
    url = emulator.publish("good.wav", samples.good.read_bytes())
    cosy = provider(emulator, region="singapore")
    for model in ("cosyvoice-v3-plus", "cosyvoice-v3-flash", "cosyvoice-v3.5-plus", "cosyvoice-v2"):
        with pytest.raises(InvalidInputError) as info:
            cosy.enroll(EnrollRequest(name="sg", url=url, target_model=model))
        assert refused(info).code == "region" and "Singapore" in info.value.detail
    assert emulator.state.requests == []
    # synthesis: Singapore serves v3-plus and v3-flash only
    with pytest.raises(InvalidInputError) as info:
        cosy.synthesize(SynthesisRequest(text=TEXT, voice="longxiaochun_v2"))
    assert refused(info).code == "region" and emulator.state.tasks == []
    assert {v.target_model for v in cosy.stock_voices()} == {"cosyvoice-v3-flash", "cosyvoice-v3-plus"}
    assert "loongabby_v3" not in {v.remote_id for v in cosy.stock_voices()}  # "仅支持北京地域"
    assert cosy.synthesize(SynthesisRequest(text=TEXT, voice="longanyang", format="pcm", sample_rate=16000)).audio


def test_unknown_models_formats_and_options_are_refused(emulator: DashScopeEmulator, samples: Samples) -> None:
    url = emulator.publish("good.wav", samples.good.read_bytes())
    cosy = provider(emulator, region="beijing")
    cases: list[tuple[EnrollRequest, str]] = [
        (EnrollRequest(name="x", url=url, target_model="cosyvoice-v9"), "unknown_model"),
        (EnrollRequest(name="x", url=url, target_model="cosyvoice-v2", options={"language_hints": ["zh"]}),
         "bad_option"),
        (EnrollRequest(name="x", url=url, target_model="cosyvoice-v3-plus", options={"enable_preprocess": True}),
         "bad_option"),
        (EnrollRequest(name="x", url=url, target_model="cosyvoice-v3-flash", options={"language_hints": ["es"]}),
         "language"),
        (EnrollRequest(name="x", url=url, target_model="cosyvoice-v3-flash",
                       options={"max_prompt_audio_length": 45.0}), "bad_option"),
    ]
    for request, code in cases:
        with pytest.raises(InvalidInputError) as info:
            cosy.enroll(request)
        assert refused(info).code == code, request
    with pytest.raises(InvalidInputError) as info:  # "cosyvoice-v1不支持opus格式"
        cosy.synthesize(SynthesisRequest(text=TEXT, voice="longxiaochun", format="opus", sample_rate=24000))
    assert refused(info).code == "format"
    with pytest.raises(InvalidInputError) as info:  # a system voice speaks with its own models only
        cosy.synthesize(SynthesisRequest(text=TEXT, voice="longanyang", model="cosyvoice-v2"))
    assert refused(info).code == "wrong_model"
    assert emulator.state.requests == [] and emulator.state.tasks == []
    voice = cosy.enroll(EnrollRequest(name="v3", url=url, target_model="cosyvoice-v3-flash",
                                      options={"language_hints": ["en", "zh"], "max_prompt_audio_length": 12.0,
                                               "enable_preprocess": True}))
    sent = [r["body"]["input"] for r in emulator.state.requests if r["body"]["input"]["action"] == "create_voice"]
    assert sent[-1]["language_hints"] == ["en", "zh"] and sent[-1]["enable_preprocess"] is True
    assert any("first language hint" in w for w in voice.extra["warnings"])


def test_the_emulator_refuses_what_the_docs_refuse(emulator: DashScopeEmulator) -> None:
    """Sent straight past the studio's checks: opus to v1, SSML to a voice without it."""
    from studio.providers.dashscope.account import ws_headers
    from studio.providers.dashscope.ws import TaskSpec, WsTaskClient

    client = WsTaskClient(emulator.ws_base, ws_headers(emulator.api_key), provider="cosyvoice", retry=FAST)
    with pytest.raises(InvalidInputError, match="opus"):
        client.run(TaskSpec(model="cosyvoice-v1", parameters={"voice": "longxiaochun", "format": "opus",
                                                             "sample_rate": 24000}, texts=[TEXT]))
    with pytest.raises(InvalidInputError, match="SSML"):
        client.run(TaskSpec(model="cosyvoice-v3-flash", parameters={
            "voice": "loongabby_v3", "format": "pcm", "sample_rate": 16000, "enable_ssml": True},
            texts=["<speak>Hello.</speak>"]))


# --- target models and typed options (point 7) ----------------------------------------------------
def test_cli_create_takes_typed_options(dashscope_env: DashScopeEmulator, samples: Samples,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from studio.cli import main

    base = ["voices", "create", "--provider", "cosyvoice", "--audio", str(samples.good)]
    assert main([*base, "--name", "old", "--target-model", "cosyvoice-v2", "--language-hint", "zh"]) == 1
    err = capsys.readouterr().err
    assert "language_hints" in err and "cosyvoice-v2" in err and "Source:" in err
    assert dashscope_env.state.requests == []  # refused before anything was sent, nothing recorded
    assert main(["--json", *base, "--name", "tuned", "--target-model", "cosyvoice-v3-flash", "--language-hint", "zh",
                 "--max-prompt-audio-length", "12", "--enable-preprocess", "--no-wait"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["target_model"] == "cosyvoice-v3-flash" and shown["remote_id"].startswith("cosyvoice-v3-flash-tuned-")
    create = next(r["body"]["input"] for r in dashscope_env.state.requests
                  if r["body"]["input"]["action"] == "create_voice")
    assert create["language_hints"] == ["zh"] and create["max_prompt_audio_length"] == 12.0
    assert create["enable_preprocess"] is True and create["url"].startswith("oss://")


def test_every_target_model_is_offered_with_its_purpose() -> None:
    from studio.providers.dashscope.spec import COSYVOICE

    field = next(f for f in COSYVOICE.fields if f.key == "cosyvoice.target_model")
    assert field.default == "cosyvoice-v3.5-plus"
    assert [c.value for c in field.choices] == list(MODELS)
    assert all("—" in c.title.en and "—" in c.title.zh for c in field.choices)
    option = next(o for o in COSYVOICE.enrol_options if o.key == "target_model")
    assert {c.value for c in option.choices} == set(MODELS)


def test_the_validation_column_follows_the_chosen_model() -> None:
    from studio.settings import Settings

    assert "Mandarin" in cosyvoice_table("cosyvoice-v2").notes_en
    assert "French" not in cosyvoice_table("cosyvoice-v2").notes_en
    assert "French" in cosyvoice_table("cosyvoice-v3-flash").notes_en and "法语" in cosyvoice_table(
        "cosyvoice-v3-flash").notes_zh
    Settings().set("cosyvoice.target_model", "cosyvoice-v2")
    (table,) = cosyvoice_tables()
    assert table.key == "cosyvoice" and "cosyvoice-v2" in table.notes_en and "French" not in table.notes_en


def test_create_help_says_what_each_model_is_for(capsys: pytest.CaptureFixture[str]) -> None:
    from studio.cli import main

    with pytest.raises(SystemExit) as done:
        main(["voices", "create", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "cosyvoice-v3-plus — best sound and expression" in out and "ja: Japanese" in out
    assert "--max-prompt-audio-length" in out and "--enable-preprocess" in out
