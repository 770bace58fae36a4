"""The studio's CosyVoice client against the same DashScope emulator the official SDK passes."""

from __future__ import annotations

import io
import itertools
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from studio.cancel import CancelToken
from studio.errors import (
    AuthError,
    CancelledError,
    ErrorKind,
    InvalidInputError,
    NotFoundError,
    QuotaError,
    TransientNetworkError,
)
from studio.providers.base import EnrollRequest, SynthesisRequest, VoiceStatus
from studio.providers.dashscope.account import Endpoints
from studio.providers.dashscope.cosyvoice import CosyVoiceProvider
from studio.providers.dashscope.cosyvoice import billed_chars as count_chars
from studio.providers.dashscope.limits import limiters_for
from studio.providers.dashscope.ws import TaskSpec
from studio.providers.http import RetryPolicy
from tests.emulators.dashscope import DashScopeEmulator, Fault
from tests.emulators.dashscope.fixtures import Samples, emulator, samples
from tests.emulators.dashscope.state import account_of

__all__ = ["emulator", "samples"]
FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.05, max_delay=0.2, max_retry_after=2.0)
TEXT = "Hello from the studio. It streams real speech."


def provider(emu: DashScopeEmulator, key: str | None = None, **kw: Any) -> CosyVoiceProvider:
    endpoints = Endpoints(http_base=emu.http_base, ws_base=emu.ws_base, region="custom")
    kw.setdefault("retry", FAST_RETRY)
    kw.setdefault("poll_initial", 0.02)
    return CosyVoiceProvider(key or emu.api_key, endpoints, **kw)


@pytest.fixture
def cosy(emulator: DashScopeEmulator) -> Any:
    p = provider(emulator)
    yield p
    p.close()


def bodies(emu: DashScopeEmulator, action: str) -> list[dict[str, Any]]:
    return [r["body"] for r in emu.state.requests if (r["body"] or {}).get("input", {}).get("action") == action]


# --- enrollment ---------------------------------------------------------------------------------
def test_enroll_local_sample_through_temporary_storage(emulator: DashScopeEmulator, cosy: CosyVoiceProvider,
                                                       samples: Samples) -> None:
    emulator.state.deploy_delay = 0.15
    seen: list[str] = []
    voice = cosy.enroll(EnrollRequest(name="studio", audio_path=samples.good),
                        progress=lambda f, text: seen.append(text))
    assert voice.status == VoiceStatus.READY and voice.status_raw == "OK"
    assert voice.remote_id.startswith("cosyvoice-v3.5-plus-studio-") and voice.name == "studio"  # the default
    assert voice.extra["sample_source"] == "temporary_upload"
    assert voice.extra["sample_url"].startswith("oss://dashscope-instant/")
    assert "48 h" in voice.extra["note"] and "48 小时" in voice.extra["note_zh"]
    assert any("reviewing" in text for text in seen)  # it did poll while DEPLOYING
    create = next(r for r in emulator.state.requests if r["body"]["input"]["action"] == "create_voice")
    assert create["headers"]["X-DashScope-OssResourceResolve"] == "enable"
    assert create["headers"]["Content-Type"] == "application/json; charset=utf-8"
    assert create["headers"]["User-Agent"].startswith("voice-studio/")
    assert list(create["body"]) == ["model", "parameters", "input"]
    assert create["body"]["parameters"] == {} and create["body"]["model"] == "voice-enrollment"
    upload = emulator.state.get_upload(voice.extra["sample_url"][len("oss://"):])
    # "上传本地文件获取临时URL": bound to the model of the call that reads it — voice-enrollment, not the
    # target model (the emulator refuses a file bound to another model, so the old binding fails here).
    assert upload is not None and upload.model == "voice-enrollment"
    assert upload.data == samples.good.read_bytes()


def test_enroll_public_url_and_v3_options(emulator: DashScopeEmulator, cosy: CosyVoiceProvider,
                                          samples: Samples) -> None:
    url = emulator.publish("voice.mp3", samples.good_mp3.read_bytes())
    voice = cosy.enroll(EnrollRequest(name="pub", url=url, target_model="cosyvoice-v3-flash",
                                      options={"language_hints": ["en"], "max_prompt_audio_length": 12.0}))
    assert voice.extra["sample_source"] == "public_url" and voice.target_model == "cosyvoice-v3-flash"
    create = bodies(emulator, "create_voice")[0]
    assert create["input"] == {"action": "create_voice", "target_model": "cosyvoice-v3-flash", "prefix": "pub",
                               "url": url, "language_hints": ["en"], "max_prompt_audio_length": 12.0}
    assert emulator.state.uploads == {}


def test_crud_list_all_pages_and_quota(emulator: DashScopeEmulator, cosy: CosyVoiceProvider,
                                       samples: Samples) -> None:
    account = account_of(emulator.api_key)
    for i in range(104):
        emulator.state.add_voice(account, f"bulk{i % 3}", "cosyvoice-v2", "http://x/a.wav", "OK")
    url = emulator.publish("good.wav", samples.good.read_bytes())
    voice = cosy.enroll(EnrollRequest(name="mine", url=url))
    listed = cosy.list_voices()
    assert len(listed) == 105 and len({v.remote_id for v in listed}) == 105
    assert [b["input"]["page_index"] for b in bodies(emulator, "list_voice")][-2:] == [0, 1]
    assert cosy.quota().used == 105 and cosy.quota().limit == 1000
    assert [v.remote_id for v in cosy.list_by_prefix("mine")] == [voice.remote_id]

    got = cosy.get_voice(voice.remote_id)
    assert got.extra["resource_link"] == url and got.target_model == "cosyvoice-v3.5-plus"
    # the service prints Beijing time without a zone; the library keeps UTC, so "made just now" stays true
    made = datetime.fromisoformat(got.created)
    assert made.tzinfo is not None and abs((made - datetime.now(UTC)).total_seconds()) < 120
    url2 = emulator.publish("good.mp3", samples.good_mp3.read_bytes())
    updated = cosy.update_voice(voice.remote_id, EnrollRequest(name="mine", url=url2))
    assert updated.status == VoiceStatus.READY and cosy.get_voice(voice.remote_id).extra["resource_link"] == url2
    cosy.delete_voice(voice.remote_id)
    with pytest.raises(NotFoundError) as info:
        cosy.get_voice(voice.remote_id)
    assert info.value.code == "BadRequest.ResourceNotExist" and info.value.request_id
    cosy.delete_voice(voice.remote_id)  # already gone: nothing to do, no error


def test_prefix_checked_before_sending(emulator: DashScopeEmulator, cosy: CosyVoiceProvider,
                                       samples: Samples) -> None:
    url = emulator.publish("good.wav", samples.good.read_bytes())
    for bad in ("", "elevenchars", "has-dash", "中文", "my_voice"):  # "仅允许数字和英文字母，不超过10个字符"
        with pytest.raises(InvalidInputError) as info:
            cosy.enroll(EnrollRequest(name=bad, url=url))
        assert info.value.detail_zh and "Source:" in info.value.detail and "依据" in info.value.detail_zh
    assert emulator.state.requests == []
    voice = cosy.enroll(EnrollRequest(name="MyVoice", url=url))  # capitals: legal, but the SDK notes disagree
    assert voice.extra["warnings"] and voice.status == VoiceStatus.READY


def test_local_sample_checked_before_upload(cosy: CosyVoiceProvider, emulator: DashScopeEmulator,
                                            tmp_path: Path, samples: Samples) -> None:
    flac = tmp_path / "sample.flac"
    flac.write_bytes(b"fLaC")
    for path in (flac, samples.huge, tmp_path / "missing.wav"):
        with pytest.raises(InvalidInputError):
            cosy.enroll(EnrollRequest(name="x", audio_path=path))
    assert emulator.state.requests == [] and emulator.state.uploads == {}


@pytest.mark.parametrize(
    ("sample", "code"),
    [("garbage", "Audio.DecoderError"), ("low_rate", "Audio.AudioRateError"), ("silent", "Audio.AudioSilentError")],
)
def test_server_sample_checks_map_to_invalid_input(cosy: CosyVoiceProvider, samples: Samples, sample: str,
                                                   code: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        cosy.enroll(EnrollRequest(name="bad", audio_path=getattr(samples, sample)))
    err = info.value
    assert err.code == code and err.status == 430 and err.request_id
    assert err.detail and err.detail_zh and err.detail_zh != err.detail
    assert code in err.user_message("zh") and err.request_id in err.user_message("en")


def test_rejected_review_is_failed(cosy: CosyVoiceProvider, samples: Samples) -> None:
    voice = cosy.enroll(EnrollRequest(name="choppy", audio_path=samples.choppy))
    assert voice.status == VoiceStatus.FAILED and voice.status_raw == "UNDEPLOYED"


def test_no_wait_returns_pending_then_settles(emulator: DashScopeEmulator, cosy: CosyVoiceProvider,
                                             samples: Samples) -> None:
    emulator.state.deploy_delay = 0.3
    voice = cosy.enroll(EnrollRequest(name="later", audio_path=samples.good, options={"wait": False}))
    assert voice.status == VoiceStatus.PENDING
    assert cosy.wait_until_settled(voice.remote_id).status == VoiceStatus.READY


def test_waiting_can_be_cancelled(emulator: DashScopeEmulator, cosy: CosyVoiceProvider,
                                  samples: Samples) -> None:
    emulator.state.deploy_delay = 60
    cancel = CancelToken()
    voice = cosy.enroll(EnrollRequest(name="slow", audio_path=samples.good, options={"wait": False}))
    with pytest.raises(CancelledError):
        cosy.wait_until_settled(voice.remote_id, cancel, progress=lambda f, t: cancel.cancel())


def test_quota_exhausted(emulator: DashScopeEmulator, cosy: CosyVoiceProvider, samples: Samples) -> None:
    emulator.state.voice_quota = 0
    with pytest.raises(QuotaError) as info:
        cosy.enroll(EnrollRequest(name="full", url=emulator.publish("g.wav", samples.good.read_bytes())))
    assert info.value.code == "Throttling.AllocationQuota"


# --- retries and the unknown outcome ------------------------------------------------------------
def test_429_with_and_without_retry_after_and_503_are_retried(emulator: DashScopeEmulator,
                                                              cosy: CosyVoiceProvider) -> None:
    throttled = {"code": "Throttling.RateQuota", "message": "Requests rate limit exceeded", "request_id": "r"}
    emulator.faults.add(Fault(status=429, body=throttled, headers={"Retry-After": "0.3"},
                              path_prefix="/api/v1/services"))
    started = time.monotonic()
    assert cosy.list_voices() == []
    assert time.monotonic() - started >= 0.3  # Retry-After honoured (a lower bound, not a speed claim)
    emulator.faults.add(Fault(status=429, body=throttled, path_prefix="/api/v1/services"), times=2)
    emulator.faults.add(Fault(status=503, body="upstream unavailable", path_prefix="/api/v1/services"))
    assert cosy.list_voices() == []
    assert len([p for _, p in emulator.faults.seen if p.endswith("customization")]) == 2 + 3 + 1


def test_retries_are_capped(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    emulator.faults.add(Fault(status=503, body="down", path_prefix="/api/v1/services"), times=10)
    with pytest.raises(TransientNetworkError) as info:
        cosy.list_voices()
    assert info.value.status == 503
    assert len(emulator.faults.seen) == FAST_RETRY.attempts


def test_ambiguous_create_adopts_instead_of_duplicating(emulator: DashScopeEmulator, cosy: CosyVoiceProvider,
                                                        samples: Samples) -> None:
    emulator.state.drop_after_create = 1  # created on the server, the socket dropped before the answer
    url = emulator.publish("good.wav", samples.good.read_bytes())
    voice = cosy.enroll(EnrollRequest(name="once", url=url))
    assert len(emulator.state.voices) == 1 and voice.remote_id in emulator.state.voices
    assert voice.extra["adopted_after_unknown_outcome"] is True
    assert len(bodies(emulator, "create_voice")) == 1  # never re-sent


def test_create_resent_only_after_checking(emulator: DashScopeEmulator, cosy: CosyVoiceProvider,
                                          samples: Samples) -> None:
    # A 503 and then a dropped socket, both before the server made anything: each time the client
    # lists the prefix first, finds nothing new, and only then sends the create again.
    emulator.state.create_faults = [503, 0]
    url = emulator.publish("good.wav", samples.good.read_bytes())
    voice = cosy.enroll(EnrollRequest(name="retry", url=url))
    assert list(emulator.state.voices) == [voice.remote_id]
    assert "adopted_after_unknown_outcome" not in voice.extra
    actions = [r["body"]["input"]["action"] for r in emulator.state.requests]
    creates = [i for i, a in enumerate(actions) if a == "create_voice"]
    assert len(creates) == 3
    for before, after in itertools.pairwise(creates):
        assert "list_voice" in actions[before + 1:after]


def test_bad_key_is_auth_error(emulator: DashScopeEmulator) -> None:
    p = provider(emulator, key="sk-wrong")
    with pytest.raises(AuthError) as info:
        p.test_connection()
    assert info.value.code == "InvalidApiKey" and info.value.status == 401
    with pytest.raises(AuthError):
        p.synthesize(SynthesisRequest(text=TEXT, voice="longxiaochun_v2"))
    assert "sk-wrong" not in info.value.user_message("en")


def test_connection_and_stock_voices(cosy: CosyVoiceProvider) -> None:
    assert "API key works" in cosy.test_connection()
    stock = {v.remote_id: v for v in cosy.stock_voices()}
    assert stock["longxiaochun_v2"].target_model == "cosyvoice-v2" and stock["longxiaochun_v2"].stock


# --- synthesis ----------------------------------------------------------------------------------
def _decode(data: bytes) -> tuple[int, float]:
    with av.open(io.BytesIO(data)) as box:
        frames = list(box.decode(audio=0))
        return frames[0].sample_rate, sum(f.samples for f in frames) / frames[0].sample_rate


@pytest.mark.parametrize(("fmt", "rate"), [("wav", 24000), ("mp3", 16000), ("pcm", 8000), ("opus", 24000)])
def test_synthesis_formats(cosy: CosyVoiceProvider, fmt: str, rate: int) -> None:
    chunks: list[bytes] = []
    result = cosy.synthesize(SynthesisRequest(text=TEXT, voice="longxiaochun_v2", format=fmt, sample_rate=rate),
                             on_audio=chunks.append)
    assert b"".join(chunks) == result.audio and len(chunks) > 1
    assert (result.format, result.sample_rate) == (fmt, rate)
    if fmt == "pcm":
        seconds = len(result.audio) / 2 / rate
    else:
        got_rate, seconds = _decode(result.audio)
        assert got_rate == (48000 if fmt == "opus" else rate)
    assert 1.0 < seconds < 10.0
    assert result.characters == count_chars(TEXT)
    assert result.first_audio_s is not None and 0 < result.first_audio_s <= result.total_s
    assert result.request_id


def test_synthesis_parameters_as_sent(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    cosy.synthesize(SynthesisRequest(text="你好。", voice="longanyang", model="cosyvoice-v3-flash", format="mp3",
                                     sample_rate=22050, volume=80, rate=1.2, pitch=0.9, seed=42,
                                     instruction="你说话的情感是happy。", language_hints=["zh"], timestamps=True))
    task = emulator.state.tasks[-1]
    assert task["model"] == "cosyvoice-v3-flash"
    assert task["parameters"] == {"voice": "longanyang", "volume": 80, "text_type": "PlainText",
                                  "sample_rate": 22050, "rate": 1.2, "format": "mp3", "pitch": 0.9, "seed": 42,
                                  "type": 0, "word_timestamp_enabled": True, "instruction": "你说话的情感是happy。",
                                  "language_hints": ["zh"]}
    with pytest.raises(InvalidInputError, match="instruction"):  # the voice list: no Instruct for this voice
        cosy.synthesize(SynthesisRequest(text="x", voice="longxiaochun_v2", instruction="Speak warmly."))
    with pytest.raises(InvalidInputError):
        cosy.synthesize(SynthesisRequest(text="x", voice="longxiaochun_v2", format="opus", sample_rate=22050))
    with pytest.raises(InvalidInputError):
        cosy.synthesize(SynthesisRequest(text="x", voice="longxiaochun_v2", rate=3.0))


def test_long_text_is_split_into_continue_tasks(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    text = "这是一个很长的句子，用来测试分段。" * 100  # 1,700 characters, billed 3,200
    result = cosy.synthesize(SynthesisRequest(text=text, voice="longxiaochun_v2", format="pcm", sample_rate=8000))
    sent = [m["payload"]["input"]["text"] for m in emulator.state.ws_messages
            if m["header"]["action"] == "continue-task"]
    assert len(sent) == 2 and all(count_chars(s) <= 2000 for s in sent)
    assert "".join(sent) == text
    assert result.characters == count_chars(text) == 3200


def test_cancel_mid_stream(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    emulator.state.frame_interval = 0.05
    emulator.state.frame_ms = 100
    cancel = CancelToken()
    got: list[bytes] = []

    def on_audio(data: bytes) -> None:
        got.append(data)
        if len(got) == 2:
            threading.Thread(target=cancel.cancel).start()

    with pytest.raises(CancelledError):
        cosy.synthesize(SynthesisRequest(text="A long text to be cut short. " * 20, voice="longxiaochun_v2",
                                         format="pcm", sample_rate=16000), on_audio=on_audio, cancel=cancel)
    assert 2 <= len(got) < 20
    finish = [m for m in emulator.state.ws_messages if m["header"]["action"] == "finish-task"]
    assert finish[-1]["payload"]["input"] == {"directive": "cancel"}


def test_task_failed_maps_to_taxonomy(emulator: DashScopeEmulator, cosy: CosyVoiceProvider,
                                      samples: Samples) -> None:
    with pytest.raises(InvalidInputError) as info:
        cosy.synthesize(SynthesisRequest(text=TEXT, voice="nobody_v2", model="cosyvoice-v2"))
    assert info.value.code == "InvalidParameter" and info.value.request_id == emulator.state.tasks[-1]["task_id"]
    with pytest.raises(InvalidInputError) as info:  # no model, not listed, not ours: never guessed
        cosy.synthesize(SynthesisRequest(text=TEXT, voice="nobody_v2"))
    assert info.value.code == "unknown_voice"
    voice = cosy.enroll(EnrollRequest(name="v2only", audio_path=samples.good, target_model="cosyvoice-v2"))
    tasks = len(emulator.state.tasks)
    with pytest.raises(InvalidInputError) as info:  # the clone page: synthesis must use the voice's model
        cosy.synthesize(SynthesisRequest(text=TEXT, voice=voice.remote_id, model="cosyvoice-v1"))
    assert info.value.code == "wrong_model" and len(emulator.state.tasks) == tasks
    emulator.state.voices[voice.remote_id].target_model = "cosyvoice-v2"
    with pytest.raises(InvalidInputError, match="418"):  # the emulator still answers what the vendor does
        WsTaskClientFor(emulator).run(TaskSpec(model="cosyvoice-v1", parameters={
            "voice": voice.remote_id, "format": "pcm", "sample_rate": 16000}, texts=[TEXT]))
    result = cosy.synthesize(SynthesisRequest(text=TEXT, voice=voice.remote_id, format="pcm", sample_rate=16000))
    assert np.abs(np.frombuffer(result.audio, "<i2")).max() > 3000


def test_dropped_stream(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    request = SynthesisRequest(text=TEXT, voice="longxiaochun_v2", format="pcm", sample_rate=16000)
    full = cosy.synthesize(request).audio
    # A consumer that already played audio gets an error, not a duplicated beginning.
    emulator.faults.add(Fault(ws_close_after_frames=5, path_prefix="/api-ws"))
    with pytest.raises(TransientNetworkError) as info:
        cosy.synthesize(request, on_audio=lambda data: None)
    assert "closed after audio" in info.value.detail
    # A buffered call restarts the task and returns the whole audio once.
    emulator.faults.add(Fault(ws_close_after_frames=5, path_prefix="/api-ws"))
    assert cosy.synthesize(request).audio == full
    # Throttled at the handshake: retried before any audio.
    emulator.faults.add(Fault(status=429, body={"code": "Throttling", "message": "slow down"},
                              path_prefix="/api-ws"))
    assert cosy.synthesize(request).audio == full


def test_tts_throttling_is_retried(emulator: DashScopeEmulator, cosy: CosyVoiceProvider) -> None:
    emulator.state.tts_rps = 1
    emulator.state.rate_window = 0.5
    request = SynthesisRequest(text="Short.", voice="longxiaochun_v2", format="pcm", sample_rate=8000)
    for _ in range(3):
        assert cosy.synthesize(request).audio
    assert len(emulator.state.tasks) > 3  # some run-tasks were refused and then retried


@pytest.mark.slow
def test_rate_limiters_hold_the_vendor_limits(emulator: DashScopeEmulator) -> None:
    # The emulator enforces the documented limits (sliding 1 s window, a little slack for scheduling);
    # the client must never trip them and its achieved rate must stay at or under them.
    emulator.state.enroll_rps = 10
    emulator.state.tts_rps = 3
    emulator.state.rate_window = 0.92  # 80 ms of slack for scheduling jitter on a busy machine
    a, b = provider(emulator), provider(emulator)  # two objects, one account: shared limiters
    assert limiters_for(emulator.http_base, emulator.api_key) is limiters_for(emulator.http_base,
                                                                            emulator.api_key)
    threads = [threading.Thread(target=p.list_voices) for p in (a, b) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    request = SynthesisRequest(text="Hi.", voice="longxiaochun_v2", format="pcm", sample_rate=8000)
    for p in (a, b, a, b):
        p.synthesize(request)
    hits = [r["at"] for r in emulator.state.requests]
    assert len(hits) == 12  # no 429 → no retries
    assert (len(hits) - 1) / (hits[-1] - hits[0]) <= 10.5
    starts = [t["at"] for t in emulator.state.tasks]
    assert len(starts) == 4
    assert (len(starts) - 1) / (starts[-1] - starts[0]) <= 3.2
    a.close()
    b.close()


def test_error_kind_of_every_listed_code() -> None:
    from studio.providers.dashscope.errors import VENDOR_CODES, vendor_error

    spec_codes = {
        "InvalidParameter": ErrorKind.INVALID_INPUT, "BadRequest.ResourceNotExist": ErrorKind.NOT_FOUND,
        "Throttling.AllocationQuota": ErrorKind.QUOTA, "Audio.AudioShortError": ErrorKind.INVALID_INPUT,
        "Audio.DecoderError": ErrorKind.INVALID_INPUT, "Audio.AudioRateError": ErrorKind.INVALID_INPUT,
        "BadRequest.UnsupportedFileFormat": ErrorKind.INVALID_INPUT,
        "BadRequest.InputDownloadFailed": ErrorKind.INVALID_INPUT, "Audio.FileSizeExceed": ErrorKind.INVALID_INPUT,
        "Audio.AudioSilentError": ErrorKind.INVALID_INPUT, "InvalidApiKey": ErrorKind.AUTH,
        "AccessDenied": ErrorKind.AUTH, "AccessDenied.Unpurchased": ErrorKind.VENDOR_REJECTED,
        "Model.AccessDenied": ErrorKind.VENDOR_REJECTED, "Throttling": ErrorKind.RATE_LIMITED,
        "Throttling.RateQuota": ErrorKind.RATE_LIMITED, "Throttling.BurstRate": ErrorKind.RATE_LIMITED,
        "InternalError": ErrorKind.TRANSIENT_NETWORK, "CommodityNotPurchased": ErrorKind.VENDOR_REJECTED,
        "AllocationQuota.FreeTierOnly": ErrorKind.QUOTA, "CLIENT_ERROR": ErrorKind.TRANSIENT_NETWORK,
        "SERVER_ERROR": ErrorKind.TRANSIENT_NETWORK,
    }
    assert set(spec_codes) <= set(VENDOR_CODES)
    for code, kind in spec_codes.items():
        err = vendor_error("cosyvoice", status=400, code=code, message="m", request_id="rid-1")
        assert err.kind == kind, code
        assert err.detail and err.detail_zh and err.request_id == "rid-1" and err.code == code
    rejected = vendor_error("cosyvoice", status=500, code="InternalError", message="audio preprocess server error")
    assert rejected.kind == ErrorKind.VENDOR_REJECTED
    assert vendor_error("cosyvoice", status=429, code="Throttling.Whatever", message="").kind == ErrorKind.RATE_LIMITED
    assert vendor_error("cosyvoice", status=404, code=None, message="x").kind == ErrorKind.NOT_FOUND


# --- configuration ------------------------------------------------------------------------------
class DictStore(dict):  # type: ignore[type-arg]
    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        return super().get(key, default)

    def set(self, key: str, value: Any) -> None:
        self[key] = value

    def delete(self, key: str) -> None:
        self.pop(key, None)


def test_endpoints_per_region_and_env() -> None:
    from studio.providers.dashscope.account import resolve_endpoints

    def ep(env: dict[str, str] | None = None, **settings: str) -> Endpoints:
        return resolve_endpoints(DictStore({f"dashscope.{k}": v for k, v in settings.items()}), env or {})

    assert ep().http_base == "https://dashscope.aliyuncs.com/api/v1"
    assert ep().ws_base == "wss://dashscope.aliyuncs.com/api-ws/v1/inference"
    assert ep(region="singapore").http_base == "https://dashscope-intl.aliyuncs.com/api/v1"
    ws = ep(region="beijing", workspace_id="ws-123")
    assert ws.http_base == "https://ws-123.cn-beijing.maas.aliyuncs.com/api/v1"
    assert ws.ws_base == "wss://ws-123.cn-beijing.maas.aliyuncs.com/api-ws/v1/inference"
    assert ep(region="singapore", workspace_id="w1").host == "w1.ap-southeast-1.maas.aliyuncs.com"
    custom = ep(region="custom", http_base_url="http://127.0.0.1:9/api/v1/")
    assert (custom.http_base, custom.ws_base) == ("http://127.0.0.1:9/api/v1", "ws://127.0.0.1:9/api-ws/v1/inference")
    env = {"DASHSCOPE_HTTP_BASE_URL": "http://10.0.0.1:8/api/v1", "DASHSCOPE_WEBSOCKET_BASE_URL": "ws://10.0.0.1:8/x"}
    over = ep(env, region="singapore")
    assert (over.http_base, over.ws_base, over.source) == ("http://10.0.0.1:8/api/v1", "ws://10.0.0.1:8/x", "env")
    assert ep({"DASHSCOPE_HTTP_BASE_URL": "https://h.example/api/v1"}).ws_base == "wss://h.example/api-ws/v1/inference"
    env_http = {"DASHSCOPE_HTTP_BASE_URL": "http://10.0.0.2/api/v1"}
    assert ep(env_http, region="custom", http_base_url="http://a/api/v1").ws_base == "ws://10.0.0.2/api-ws/v1/inference"
    assert ep(env_http, region="custom", http_base_url="http://a/api/v1", ws_base_url="ws://b/w").ws_base == "ws://b/w"
    for bad in ({"region": "mars"}, {"region": "custom"}, {"region": "custom", "http_base_url": "ftp://x"},
                {"workspace_id": "bad id!"}):
        with pytest.raises(InvalidInputError):
            ep(**bad)


def test_create_from_context_env_key_wins(emulator: DashScopeEmulator, monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    from studio.providers import registry

    settings = DictStore({"dashscope.region": "custom", "dashscope.http_base_url": emulator.http_base,
                          "dashscope.ws_base_url": emulator.ws_base, "cosyvoice.target_model": "cosyvoice-v2"})
    secrets = DictStore({"dashscope.api_key": "sk-stale"})
    ctx = registry.ProviderContext(settings=settings, secrets=secrets, home=tmp_path)
    with pytest.raises(AuthError):
        registry.create("cosyvoice", ctx).test_connection()
    monkeypatch.setenv("DASHSCOPE_API_KEY", emulator.api_key)
    p = registry.create("cosyvoice", ctx)
    assert isinstance(p, CosyVoiceProvider) and p.is_configured()
    assert p.title == "DashScope CosyVoice" and p.name == "cosyvoice"
    assert "works" in p.test_connection()
    monkeypatch.delenv("DASHSCOPE_API_KEY")
    secrets.delete("dashscope.api_key")
    bare = registry.create("cosyvoice", ctx)
    assert not bare.is_configured()
    with pytest.raises(InvalidInputError, match="API key"):
        bare.list_voices()
    settings["dashscope.region"] = "nowhere"
    broken = registry.create("cosyvoice", ctx)
    assert not broken.is_configured()


def test_text_counting_and_splitting() -> None:
    from studio.providers.dashscope.cosyvoice import billed_chars
    from studio.providers.text import split

    # Tags are free only when the text goes as SSML; otherwise they are read, and billed, as text.
    assert billed_chars("你好ab") == 6 and billed_chars("<speak>你好</speak>", ssml=True) == 4
    assert billed_chars("<speak>你好</speak>") == 19
    text = "First sentence. 第二句话。" * 40 + "x" * 50
    chunks = split(text, 100, billed_chars)
    assert "".join("".join(chunks).split()) == "".join(text.split())
    assert all(billed_chars(c) <= 100 for c in chunks)
    assert all(c.endswith(("。", ".")) for c in chunks[:-1])
    assert split("y" * 250, 100, billed_chars) == ["y" * 100, "y" * 100, "y" * 50]


def test_workspace_header(emulator: DashScopeEmulator) -> None:
    endpoints = Endpoints(http_base=emulator.http_base, ws_base=emulator.ws_base, region="custom",
                          workspace_id="ws-9")
    p = CosyVoiceProvider(emulator.api_key, endpoints, retry=FAST_RETRY)
    p.list_voices()
    assert emulator.state.requests[-1]["headers"]["X-DashScope-WorkSpace"] == "ws-9"
    p.close()


# --- the WebSocket client on its own (also what Sambert will use) -------------------------------
def WsTaskClientFor(emu: DashScopeEmulator) -> Any:
    from studio.providers.dashscope.account import ws_headers
    from studio.providers.dashscope.ws import WsTaskClient

    return WsTaskClient(emu.ws_base, ws_headers(emu.api_key), provider="cosyvoice", retry=FAST_RETRY)


def test_frames_iterator_order(emulator: DashScopeEmulator) -> None:
    from studio.providers.dashscope.account import ws_headers
    from studio.providers.dashscope.ws import TaskResult, TaskSpec, WsTaskClient

    client = WsTaskClient(emulator.ws_base, ws_headers(emulator.api_key), provider="cosyvoice")
    result = TaskResult(task_id="t-1")
    spec = TaskSpec(model="cosyvoice-v2", parameters={"voice": "longxiaochun_v2", "format": "pcm",
                                                     "sample_rate": 8000}, texts=["One. ", "Two."])
    events = [f.event for f in client.frames(spec, result=result)]
    assert events[0] == "task-started" and events[-1] == "task-finished"
    assert events.count("audio") == result.frames > 0
    assert result.characters == len("One. Two.") and len(result.sentences) == 2
    with pytest.raises(InvalidInputError) as info:  # no handler for this model: ModelNotFound
        list(client.frames(TaskSpec(model="nonesuch-v1", parameters={}, streaming="out")))
    assert info.value.code == "ModelNotFound"


def test_streaming_out_task_through_a_plugged_handler(emulator: DashScopeEmulator) -> None:
    """The emulator's handler registry and the client's `streaming="out"` mode, as Sambert will use them."""
    from studio.providers.dashscope.account import ws_headers
    from studio.providers.dashscope.ws import TaskSpec, WsTaskClient
    from tests.emulators.dashscope import tts_ws
    from tests.emulators.dashscope.audio import make_encoder, synthesize_speech

    class OutTask(tts_ws.TaskHandler):
        async def start(self) -> None:
            text = self.run_msg["payload"]["input"]["text"]
            await self.session.event(self.task_id, "task-started", {})
            pcm = synthesize_speech(text, voice="x", sample_rate=16000)
            out = {"sentence": {"begin_time": 0, "end_time": 500, "words": []}}
            await self.session.event(self.task_id, "result-generated", {"output": out})
            await self.session.send_bytes(make_encoder("pcm", 16000).encode(pcm))
            self.session.task = None
            await self.session.event(self.task_id, "task-finished",
                                     {"output": None, "usage": {"characters": len(text)}})

    tts_ws.register_task_handler("out-test", lambda msg: tts_ws.streaming_of(msg) == "out", OutTask)
    try:
        client = WsTaskClient(emulator.ws_base, ws_headers(emulator.api_key), provider="sambert")
        audio: list[bytes] = []
        result = client.run(TaskSpec(model="sambert-zhichu-v1", parameters={"format": "pcm"},
                                     run_input={"text": "Hello out."}, streaming="out"), on_audio=audio.append)
    finally:
        tts_ws.unregister_task_handler("out-test")
    assert result.characters == len("Hello out.") and audio and len(result.sentences) == 1
    assert [m["header"]["action"] for m in emulator.state.ws_messages] == ["run-task"]
