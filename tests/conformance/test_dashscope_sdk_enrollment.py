"""The official SDK's VoiceEnrollmentService (dashscope 2.0.2) against the DashScope emulator."""

from __future__ import annotations

import time

import pytest
from dashscope.audio.tts_v2 import VoiceEnrollmentService
from dashscope.audio.tts_v2.enrollment import VoiceEnrollmentException

from tests.emulators.dashscope import DashScopeEmulator, Fault
from tests.emulators.dashscope.fixtures import Samples, emulator, samples, sdk_pointed_at

pytestmark = pytest.mark.conformance
__all__ = ["emulator", "samples"]


def _wait_status(svc: VoiceEnrollmentService, voice_id: str, timeout: float = 5.0) -> str:
    end = time.monotonic() + timeout
    while True:
        status = svc.query_voice(voice_id)["status"]
        if status != "DEPLOYING" or time.monotonic() > end:
            return str(status)
        time.sleep(0.02)


def test_create_list_query_update_delete(emulator: DashScopeEmulator, samples: Samples) -> None:
    emulator.state.deploy_delay = 0.3
    url = emulator.publish("good.wav", samples.good.read_bytes())
    with sdk_pointed_at(emulator):
        svc = VoiceEnrollmentService()
        voice_id = svc.create_voice(target_model="cosyvoice-v2", prefix="sdkvoice", url=url)
        assert voice_id.startswith("cosyvoice-v2-sdkvoice-")
        assert svc.get_last_request_id()

        listed = svc.list_voices()
        assert [v["voice_id"] for v in listed] == [voice_id]
        assert listed[0]["status"] == "DEPLOYING"
        assert set(listed[0]) == {"voice_id", "gmt_create", "gmt_modified", "status"}

        info = svc.query_voice(voice_id)
        assert info["target_model"] == "cosyvoice-v2"
        assert info["resource_link"] == url
        assert _wait_status(svc, voice_id) == "OK"

        url2 = emulator.publish("good.mp3", samples.good_mp3.read_bytes())
        assert svc.update_voice(voice_id, url2) is None
        assert svc.query_voice(voice_id)["resource_link"] == url2
        assert _wait_status(svc, voice_id) == "OK"

        assert svc.delete_voice(voice_id) is None
        assert svc.list_voices() == []

    body = emulator.state.requests[0]["body"]
    assert list(body) == ["model", "parameters", "input"]  # the SDK's field order
    assert body["model"] == "voice-enrollment" and body["parameters"] == {}
    assert body["input"] == {"action": "create_voice", "target_model": "cosyvoice-v2", "prefix": "sdkvoice",
                             "url": url}
    assert "prefix" not in emulator.state.requests[1]["body"]["input"]  # list without prefix omits it


def test_list_pages_and_prefix(emulator: DashScopeEmulator, samples: Samples) -> None:
    url = emulator.publish("good.wav", samples.good.read_bytes())
    with sdk_pointed_at(emulator):
        svc = VoiceEnrollmentService()
        alpha = {svc.create_voice("cosyvoice-v2", "alpha", url) for _ in range(3)}
        beta = {svc.create_voice("cosyvoice-v2", "beta", url) for _ in range(2)}
        assert {v["voice_id"] for v in svc.list_voices(prefix="alpha")} == alpha
        page0 = svc.list_voices(page_index=0, page_size=2)
        page1 = svc.list_voices(page_index=1, page_size=2)
        page2 = svc.list_voices(page_index=2, page_size=2)
        assert (len(page0), len(page1), len(page2)) == (2, 2, 1)
        assert {v["voice_id"] for v in page0 + page1 + page2} == alpha | beta
        assert svc.list_voices(page_index=3, page_size=2) == []


def test_voices_are_private_to_the_account(emulator: DashScopeEmulator, samples: Samples) -> None:
    emulator.state.api_keys.add("sk-other")
    url = emulator.publish("good.wav", samples.good.read_bytes())
    with sdk_pointed_at(emulator):
        voice_id = VoiceEnrollmentService().create_voice("cosyvoice-v2", "mine", url)
    with sdk_pointed_at(emulator, api_key="sk-other"):
        svc = VoiceEnrollmentService()
        assert svc.list_voices() == []
        with pytest.raises(VoiceEnrollmentException, match=r"BadRequest\.ResourceNotExist"):
            svc.query_voice(voice_id)


def test_unknown_voice_and_bad_key(emulator: DashScopeEmulator) -> None:
    with sdk_pointed_at(emulator):
        svc = VoiceEnrollmentService()
        with pytest.raises(VoiceEnrollmentException) as info:
            svc.delete_voice("cosyvoice-v2-nobody-000")
        assert "Status Code: 400" in str(info.value) and "BadRequest.ResourceNotExist" in str(info.value)
    with sdk_pointed_at(emulator, api_key="sk-wrong"):
        with pytest.raises(VoiceEnrollmentException) as info:
            VoiceEnrollmentService().list_voices()
        assert "Status Code: 401" in str(info.value) and "InvalidApiKey" in str(info.value)


@pytest.mark.parametrize(
    ("sample", "status", "code"),
    [
        ("garbage", 430, "Audio.DecoderError"),
        ("huge", 430, "Audio.FileSizeExceed"),
        ("low_rate", 430, "Audio.AudioRateError"),
        ("silent", 430, "Audio.AudioSilentError"),
        ("short", 430, "Audio.AudioSilentError"),
    ],
)
def test_sample_checks(emulator: DashScopeEmulator, samples: Samples, sample: str, status: int, code: str) -> None:
    url = emulator.publish(f"{sample}.wav", getattr(samples, sample).read_bytes())
    with sdk_pointed_at(emulator), pytest.raises(VoiceEnrollmentException) as info:
        VoiceEnrollmentService().create_voice("cosyvoice-v2", "bad", url)
    assert f"Status Code: {status}" in str(info.value) and code in str(info.value)
    assert emulator.state.voices == {}


def test_unusable_sample_ends_undeployed(emulator: DashScopeEmulator, samples: Samples) -> None:
    url = emulator.publish("choppy.wav", samples.choppy.read_bytes())
    with sdk_pointed_at(emulator):
        svc = VoiceEnrollmentService()
        voice_id = svc.create_voice("cosyvoice-v2", "choppy", url)
        assert _wait_status(svc, voice_id) == "UNDEPLOYED"


def test_invalid_parameters(emulator: DashScopeEmulator, samples: Samples) -> None:
    url = emulator.publish("good.wav", samples.good.read_bytes())
    with sdk_pointed_at(emulator):
        svc = VoiceEnrollmentService()
        # "仅允许数字和英文字母，不超过10个字符" (voice cloning Python SDK reference): no underscore either
        for model, prefix, link in (("cosyvoice-v9", "ok", url), ("cosyvoice-v2", "waytoolongprefix", url),
                                    ("cosyvoice-v2", "bad-dash", url), ("cosyvoice-v2", "my_voice", url),
                                    ("cosyvoice-v2", "ok", "ftp://x/a.wav")):
            with pytest.raises(VoiceEnrollmentException, match="InvalidParameter"):
                svc.create_voice(model, prefix, link)
        with pytest.raises(VoiceEnrollmentException, match="InputDownloadFailed"):
            svc.create_voice("cosyvoice-v2", "ok", url.replace("good.wav", "missing.wav"))
        # The optional fields only for the models the cloning/design page names for them.
        for model, kwargs in (("cosyvoice-v2", {"language_hints": ["en"]}),
                              ("cosyvoice-v3-plus", {"max_prompt_audio_length": 12.0}),
                              ("cosyvoice-v3-plus", {"enable_preprocess": True}),
                              ("cosyvoice-v3-flash", {"max_prompt_audio_length": 40.0}),
                              ("cosyvoice-v3-flash", {"language_hints": ["es"]})):
            with pytest.raises(VoiceEnrollmentException, match="InvalidParameter"):
                svc.create_voice(model, "opts", url, **kwargs)  # type: ignore[arg-type]
        # v3 options and extra kwargs travel inside `input` and are accepted
        voice_id = svc.create_voice("cosyvoice-v3-flash", "v3", url, language_hints=["en"],
                                    max_prompt_audio_length=12.0, enable_preprocess=True)
        plus_id = svc.create_voice("cosyvoice-v3-plus", "v3", url, language_hints=["en"])
    assert voice_id.startswith("cosyvoice-v3-flash-v3-") and plus_id.startswith("cosyvoice-v3-plus-v3-")
    assert emulator.state.requests[-2]["body"]["input"]["language_hints"] == ["en"]
    assert set(emulator.state.voices) == {voice_id, plus_id}


def test_ids_follow_each_models_format_and_v1_is_looked_up(emulator: DashScopeEmulator, samples: Samples) -> None:
    """"生成的音色名格式：{target_model}-{prefix}-{唯一标识}"; a v1 id does not carry its model, so only
    query_voice tells it."""
    url = emulator.publish("good.wav", samples.good.read_bytes())
    with sdk_pointed_at(emulator):
        svc = VoiceEnrollmentService()
        old = svc.create_voice("cosyvoice-v1", "legacy", url)
        new = svc.create_voice("cosyvoice-v3.5-plus", "fresh", url)
        assert svc.query_voice(old)["target_model"] == "cosyvoice-v1"
    assert old.startswith("cosyvoice-legacy-") and len(old.rsplit("-", 1)[1]) == 32
    assert new.startswith("cosyvoice-v3.5-plus-fresh-")


def test_no_cloning_where_the_region_has_none(emulator: DashScopeEmulator, samples: Samples) -> None:
    """"国际部署模式（新加坡地域）下，cosyvoice-v3-plus和cosyvoice-v3-flash不支持声音复刻功能"."""
    emulator.state.region = "singapore"
    url = emulator.publish("good.wav", samples.good.read_bytes())
    with sdk_pointed_at(emulator):
        for model in ("cosyvoice-v3-plus", "cosyvoice-v3-flash", "cosyvoice-v3.5-plus"):
            with pytest.raises(VoiceEnrollmentException, match="InvalidParameter"):
                VoiceEnrollmentService().create_voice(model, "sg", url)
    assert emulator.state.voices == {}


def test_quota_and_throttling(emulator: DashScopeEmulator, samples: Samples) -> None:
    emulator.state.voice_quota = 2
    url = emulator.publish("good.wav", samples.good.read_bytes())
    with sdk_pointed_at(emulator):
        svc = VoiceEnrollmentService()
        svc.create_voice("cosyvoice-v2", "q", url)
        svc.create_voice("cosyvoice-v2", "q", url)
        with pytest.raises(VoiceEnrollmentException) as info:
            svc.create_voice("cosyvoice-v2", "q", url)
        assert "Status Code: 400" in str(info.value) and "Throttling.AllocationQuota" in str(info.value)

        emulator.faults.add(Fault(status=429, body={"code": "Throttling.RateQuota", "request_id": "r-1",
                                                    "message": "Requests rate limit exceeded"},
                                  path_prefix="/api/v1/services"))
        with pytest.raises(VoiceEnrollmentException) as info:
            svc.list_voices()
        assert "Status Code: 429" in str(info.value) and "r-1" in str(info.value)
        emulator.faults.add(Fault(status=502, body="<html>bad gateway</html>", path_prefix="/api/v1/services"))
        with pytest.raises(VoiceEnrollmentException) as info:
            svc.list_voices()
        assert "Status Code: 502" in str(info.value) and "Code: Unknown" in str(info.value)


def test_docs_style_requests_are_tolerated(emulator: DashScopeEmulator, samples: Samples) -> None:
    """Spec §8.2–8.3: lowercase `bearer`, no `parameters`, plain `application/json`, as the docs' samples send."""
    import httpx

    url = emulator.publish("good.wav", samples.good.read_bytes())
    headers = {"Authorization": f"bearer {emulator.api_key}", "Content-Type": "application/json"}
    body = {"model": "voice-enrollment", "input": {"action": "create_voice", "target_model": "cosyvoice-v2",
                                                   "prefix": "docs", "url": url}}
    endpoint = emulator.http_base + "/services/audio/tts/customization"
    created = httpx.post(endpoint, json=body, headers=headers)
    assert created.status_code == 200 and created.json()["output"]["voice_id"].startswith("cosyvoice-v2-docs-")
    assert created.json()["usage"] == {"count": 1} and created.json()["request_id"]
    listed = httpx.post(endpoint, json={"model": "voice-enrollment", "input": {"action": "list_voice"}},
                        headers=headers)
    assert len(listed.json()["output"]["voice_list"]) == 1
    refused = httpx.post(endpoint, json=body, headers={"Authorization": "Basic abc"})
    assert refused.status_code == 401 and refused.json()["code"] == "InvalidApiKey"


def test_design_answers_in_the_envelope_the_sdk_reads(emulator: DashScopeEmulator) -> None:
    """The SDK has no design method; its create_voice carries extra fields in `input`, so a design request
    made through it gets the documented answer: a `vd` voice id the SDK returns, queryable like any voice."""
    with sdk_pointed_at(emulator):
        svc = VoiceEnrollmentService()
        voice_id = svc.create_voice("cosyvoice-v3-flash", "sdkvd", None,  # type: ignore[arg-type]
                                    voice_prompt="温柔知性的女性，语调平和", preview_text="你好，欢迎收听。")
        assert voice_id.startswith("cosyvoice-v3-flash-vd-sdkvd-")
        assert svc.query_voice(voice_id)["target_model"] == "cosyvoice-v3-flash"
        with pytest.raises(VoiceEnrollmentException, match="InvalidParameter"):  # v2 designs nothing
            svc.create_voice("cosyvoice-v2", "sdkvd", None,  # type: ignore[arg-type]
                             voice_prompt="温柔的女性", preview_text="你好。")
