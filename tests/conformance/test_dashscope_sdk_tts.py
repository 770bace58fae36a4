"""The official SDK's tts_v2 SpeechSynthesizer (dashscope 2.0.2) against the DashScope emulator."""

from __future__ import annotations

import io
import itertools
import json
import threading

import av
import numpy as np
import pytest
from dashscope.audio.tts_v2 import AudioFormat, ResultCallback, SpeechSynthesizer, VoiceEnrollmentService
from dashscope.common.error import RequestFailure

from tests.emulators.dashscope import DashScopeEmulator, Fault
from tests.emulators.dashscope.fixtures import Samples, emulator, samples, sdk_pointed_at

pytestmark = pytest.mark.conformance
__all__ = ["emulator", "samples"]

TEXT = "Hello from the emulator. It speaks real words."


def decode(data: bytes) -> tuple[int, float, str]:
    """(decoded sample rate, duration in seconds, container format) of an encoded file."""
    with av.open(io.BytesIO(data)) as box:
        stream = box.streams.audio[0]
        frames = list(box.decode(stream))
        rate = frames[0].sample_rate
        return rate, sum(f.samples for f in frames) / rate, box.format.name


class Collector(ResultCallback):
    def __init__(self) -> None:
        self.data: list[bytes] = []
        self.events: list[dict] = []
        self.errors: list[str] = []
        self.complete = threading.Event()
        self.first = threading.Event()

    def on_data(self, data: bytes) -> None:
        self.data.append(bytes(data))
        self.first.set()

    def on_event(self, message: str) -> None:
        self.events.append(json.loads(message))

    def on_error(self, message) -> None:  # type: ignore[no-untyped-def]
        self.errors.append(str(message))
        self.complete.set()

    def on_complete(self) -> None:
        self.complete.set()


def test_call_default_format_is_mp3_22050(emulator: DashScopeEmulator) -> None:
    with sdk_pointed_at(emulator):
        synth = SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2")
        audio = synth.call(TEXT)
    rate, seconds, codec = decode(audio)
    assert (codec, rate) == ("mp3", 22050)
    assert 1.0 < seconds < 10.0
    assert synth.get_first_package_delay() > 0
    last = synth.get_response()
    assert last["header"]["event"] == "task-finished"
    assert last["payload"]["usage"]["characters"] == len(TEXT)
    run = emulator.state.tasks[0]
    assert run["parameters"]["format"] == "Default" and run["parameters"]["sample_rate"] == 0
    assert run["parameters"]["enable_ssml"] is True


@pytest.mark.parametrize(
    ("fmt", "codec", "rate"),
    [
        (AudioFormat.PCM_16000HZ_MONO_16BIT, "pcm", 16000),
        (AudioFormat.PCM_48000HZ_MONO_16BIT, "pcm", 48000),
        (AudioFormat.WAV_24000HZ_MONO_16BIT, "wav", 24000),
        (AudioFormat.MP3_44100HZ_MONO_256KBPS, "mp3", 44100),
        (AudioFormat.MP3_8000HZ_MONO_128KBPS, "mp3", 8000),
        (AudioFormat.OGG_OPUS_16KHZ_MONO_32KBPS, "ogg", 48000),  # Opus always decodes at 48 kHz
    ],
)
def test_call_formats_decode(emulator: DashScopeEmulator, fmt: AudioFormat, codec: str, rate: int) -> None:
    with sdk_pointed_at(emulator):
        audio = SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2", format=fmt).call(TEXT)
    if codec == "pcm":
        pcm = np.frombuffer(audio, dtype="<i2")
        seconds = len(pcm) / rate
        assert np.abs(pcm).max() > 3000  # real signal, not silence
    else:
        got_rate, seconds, got_codec = decode(audio)
        assert (got_codec, got_rate) == (codec, rate)
    if codec == "wav":
        assert audio[:4] == b"RIFF" and audio[8:12] == b"WAVE"
    assert 1.0 < seconds < 10.0


def test_rate_parameter_changes_duration(emulator: DashScopeEmulator) -> None:
    fmt = AudioFormat.PCM_16000HZ_MONO_16BIT
    with sdk_pointed_at(emulator):
        normal = SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2", format=fmt).call(TEXT)
        fast = SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2", format=fmt,
                                 speech_rate=2.0).call(TEXT)
    assert len(fast) < 0.75 * len(normal)


def test_streaming_call_with_callback(emulator: DashScopeEmulator) -> None:
    cb = Collector()
    with sdk_pointed_at(emulator):
        synth = SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2",
                                  format=AudioFormat.WAV_22050HZ_MONO_16BIT, callback=cb)
        for piece in ("床前明月光，", "疑是地上霜。", "Raise your head. ", "Look at the moon."):
            synth.streaming_call(piece)
        synth.streaming_complete()
    assert cb.complete.is_set() and not cb.errors
    rate, seconds, _ = decode(b"".join(cb.data))
    assert rate == 22050 and seconds > 2.0
    kinds = [e["payload"]["output"]["type"] for e in cb.events]
    assert kinds[0] == "sentence-begin" and "sentence-synthesis" in kinds and kinds[-1] == "sentence-end"
    begins = [e["payload"]["output"]["original_text"] for e in cb.events
              if e["payload"]["output"]["type"] == "sentence-begin"]
    assert begins[0] == "床前明月光，疑是地上霜。"
    assert synth.get_response()["payload"]["usage"]["characters"] == 2 * 10 + 2 + len("Raise your head. Look at the moon.")
    # one sentence-synthesis event per binary frame
    assert kinds.count("sentence-synthesis") == len(cb.data)


def test_streaming_cancel_stops_audio(emulator: DashScopeEmulator) -> None:
    emulator.state.frame_interval = 0.05
    emulator.state.frame_ms = 100
    cb = Collector()
    with sdk_pointed_at(emulator):
        synth = SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2",
                                  format=AudioFormat.PCM_16000HZ_MONO_16BIT, callback=cb)
        synth.streaming_call("This is a long sentence that would take many frames to stream to the end. " * 3)
        synth.async_streaming_complete()
        assert cb.first.wait(5)
        synth.streaming_cancel()
    got = sum(len(d) for d in cb.data)
    assert cb.complete.is_set()
    assert 0 < got < 16000 * 2 * 3  # well short of the many seconds the full text would make
    finishes = [m for m in emulator.state.ws_messages if m["header"]["action"] == "finish-task"]
    assert any(m["payload"]["input"].get("directive") == "cancel" for m in finishes)


def test_cloned_voice_and_model_mismatch(emulator: DashScopeEmulator, samples: Samples) -> None:
    url = emulator.publish("good.wav", samples.good.read_bytes())
    with sdk_pointed_at(emulator):
        voice_id = VoiceEnrollmentService().create_voice("cosyvoice-v2", "clone", url)
        emulator.state.settle_all()
        audio = SpeechSynthesizer(model="cosyvoice-v2", voice=voice_id).call("A cloned voice.")
        assert decode(audio)[1] > 0.5
        with pytest.raises(RequestFailure) as info:
            SpeechSynthesizer(model="cosyvoice-v1", voice=voice_id).call("Wrong model.")
        assert "InvalidParameter" in str(info.value)
        with pytest.raises(RequestFailure, match="InvalidParameter"):
            SpeechSynthesizer(model="cosyvoice-v2", voice="nobody_v2").call("Unknown voice.")


def test_voices_sound_different(emulator: DashScopeEmulator) -> None:
    fmt = AudioFormat.PCM_16000HZ_MONO_16BIT
    with sdk_pointed_at(emulator):
        a = SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2", format=fmt).call(TEXT)
        b = SpeechSynthesizer(model="cosyvoice-v2", voice="longcheng_v2", format=fmt).call(TEXT)
    assert a != b


def test_idle_timeout_fails_the_task(emulator: DashScopeEmulator) -> None:
    emulator.state.idle_timeout = 0.3
    cb = Collector()
    with sdk_pointed_at(emulator):
        synth = SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2", callback=cb)
        synth.streaming_call("Then nothing more is sent.")
        assert cb.complete.wait(5)
    assert cb.errors and "CLIENT_ERROR" in cb.errors[0] and "request timeout after" in cb.errors[0]


def test_trailing_slash_url_and_mid_stream_drop(emulator: DashScopeEmulator) -> None:
    with sdk_pointed_at(emulator):
        audio = SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2", url=emulator.ws_base + "/").call(TEXT)
        assert decode(audio)[1] > 1.0
        emulator.faults.add(Fault(ws_close_after_frames=4, path_prefix="/api-ws"))
        with pytest.raises(TimeoutError):
            SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2").call(TEXT, timeout_millis=1500)


@pytest.mark.slow
def test_bad_key_is_refused_at_handshake(emulator: DashScopeEmulator) -> None:
    # The SDK never surfaces the 401: it waits 5 s for the socket, then gives up (spec §2.1).
    with sdk_pointed_at(emulator, api_key="sk-wrong"), pytest.raises(TimeoutError):
        SpeechSynthesizer(model="cosyvoice-v2", voice="longxiaochun_v2").call(TEXT)
    assert emulator.state.tasks == []


def test_docs_and_old_sdk_style_frames(emulator: DashScopeEmulator) -> None:
    """Spec §8.4: run-task with `input: {"text": ""}`, continue-task without model fields, a flush."""
    from websockets.sync.client import connect

    headers = {"Authorization": f"bearer {emulator.api_key}", "X-DashScope-DataInspection": "enable"}
    task = "8d0c3c0e-1111-2222-3333-444455556666"
    audio = 0
    with connect(emulator.ws_base + "/", additional_headers=headers) as ws:
        ws.send(json.dumps({"header": {"action": "run-task", "task_id": task, "streaming": "duplex"},
                            "payload": {"task_group": "audio", "task": "tts", "function": "SpeechSynthesizer",
                                        "model": "cosyvoice-v2", "input": {"text": ""},
                                        "parameters": {"voice": "longxiaochun_v2", "format": "pcm",
                                                       "sample_rate": 16000, "enable_ssml": False}}}))
        assert json.loads(ws.recv(timeout=5))["header"]["event"] == "task-started"
        ws.send(json.dumps({"header": {"action": "continue-task", "task_id": task, "streaming": "duplex"},
                            "payload": {"input": {"text": "No full stop here"}}}))
        ws.send(json.dumps({"header": {"action": "continue-task", "task_id": task, "streaming": "duplex"},
                            "payload": {"input": {"flush": True}}}))
        ws.send(json.dumps({"header": {"action": "finish-task", "task_id": task, "streaming": "duplex"},
                            "payload": {"input": {}}}))
        while True:
            message = ws.recv(timeout=5)
            if isinstance(message, bytes):
                audio += len(message)
                continue
            event = json.loads(message)
            if event["header"]["event"] == "task-finished":
                break
    assert audio > 16000  # over half a second of 16 kHz s16le
    assert event["payload"]["usage"]["characters"] == len("No full stop here")


def test_ssml_through_call_is_one_text_and_billed_without_tags(emulator: DashScopeEmulator) -> None:
    """The SDK's `call()` always sets enable_ssml and sends the text in one continue-task; an SSML document
    is billed without its tags ("语音合成CosyVoice WebSocket API", 字符计算规则)."""
    ssml = '<speak>今天<break time="200ms"/>天气很好。</speak>'
    with sdk_pointed_at(emulator):
        synth = SpeechSynthesizer(model="cosyvoice-v3-flash", voice="longanyang",
                                  format=AudioFormat.PCM_16000HZ_MONO_16BIT)
        audio = synth.call(ssml)
    assert len(audio) > 16000
    assert emulator.state.tasks[-1]["parameters"]["enable_ssml"] is True
    assert synth.get_response()["payload"]["usage"]["characters"] == 2 * 6 + 1
    with sdk_pointed_at(emulator), pytest.raises(RequestFailure, match="SSML"):
        SpeechSynthesizer(model="cosyvoice-v1", voice="longxiaochun").call(ssml)  # no SSML on v1


def test_enable_ssml_allows_one_continue_task(emulator: DashScopeEmulator) -> None:
    cb = Collector()
    with sdk_pointed_at(emulator):
        synth = SpeechSynthesizer(model="cosyvoice-v3-flash", voice="longanyang", callback=cb,
                                  format=AudioFormat.PCM_16000HZ_MONO_16BIT, additional_params={"enable_ssml": True})
        synth.streaming_call("<speak>第一句。</speak>")
        synth.streaming_call("第二句。")
        assert cb.complete.wait(5)
    assert cb.errors and "once" in cb.errors[0]


def test_word_timestamps_through_the_callback(emulator: DashScopeEmulator) -> None:
    cb = Collector()
    with sdk_pointed_at(emulator):
        synth = SpeechSynthesizer(model="cosyvoice-v3-flash", voice="longanyang", callback=cb,
                                  format=AudioFormat.PCM_16000HZ_MONO_16BIT,
                                  additional_params={"word_timestamp_enabled": True})
        synth.call("今天天气很好。Let us go.")
        assert cb.complete.wait(10)
    ends = [e["payload"]["output"] for e in cb.events if e["payload"]["output"]["type"] == "sentence-end"]
    words = [w for end in ends for w in end["sentence"]["words"]]
    assert [w["text"] for w in words][:2] == ["今", "天"] and words[-1]["text"] == "go"
    assert all({"text", "begin_index", "end_index", "begin_time", "end_time"} <= set(w) for w in words)
    assert all(a["end_time"] <= b["begin_time"] for a, b in itertools.pairwise(words))


def test_opus_is_refused_for_v1(emulator: DashScopeEmulator) -> None:
    """"cosyvoice-v1不支持opus格式" (CosyVoice client events, run-task `format`)."""
    with sdk_pointed_at(emulator), pytest.raises(RequestFailure, match="format"):
        SpeechSynthesizer(model="cosyvoice-v1", voice="longxiaochun",
                          format=AudioFormat.OGG_OPUS_16KHZ_MONO_32KBPS).call(TEXT)
