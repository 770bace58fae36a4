"""Speaking with a one-sentence clone: the TextToVoice page's counting and limits, speed and volume as the
page maps them, every codec, long text cut and joined with its word timings in place, and no more than
ten requests at once."""

from __future__ import annotations

import io
import threading
import time

import numpy as np
import pytest
import soundfile as sf

from studio import catalog
from studio.errors import ErrorKind, InvalidInputError, StudioError
from studio.providers.base import SynthesisRequest
from studio.providers.tencent import tts
from studio.providers.tencent.counting import count_tts
from tests.emulators.tencent_cloud.fixtures import CloudStack


def _voice(stack: CloudStack) -> str:
    return stack.emu.vrs.add_task(stack.emu.secret_id, "clone", created=time.time() - 10).fast_voice_type


def test_counting_as_the_page_limits() -> None:
    assert count_tts("字" * 150) == 150 and count_tts("a" * 500) == 150  # both published limits, exactly
    assert count_tts("字" * 151) == 151 and count_tts("a" * 501) == 151
    assert count_tts("，。！") == 3  # full-width punctuation counts as a Chinese character
    assert count_tts("我用iPhone拍照。") == 11  # with Chinese in it every character counts as one
    rules = catalog.spec("tencent-vrs").text
    long_zh = "今天的天气非常好，我们一起去公园散步吧。" * 30
    pieces = rules.split(long_zh)
    assert "".join(pieces) == long_zh and all(count_tts(p) <= 150 for p in pieces)
    assert len(pieces) == 5  # seven 20-character sentences (140) a piece
    assert all(p.endswith("。") for p in pieces)  # cut at sentence ends
    long_en = "The quick brown fox jumps over the lazy dog. " * 30
    assert all(len(p) <= 500 for p in rules.split(long_en))


def test_speed_and_volume_as_the_page_maps_them() -> None:
    assert [tts.speed_for(x) for x in (0.6, 0.8, 1.0, 1.2, 1.5, 2.5)] == [-2.0, -1.0, 0.0, 1.0, 2.0, 6.0]
    assert tts.speed_for(1.1) == 0.5 and tts.speed_for(2.0) == 4.0
    assert (tts.volume_for(0), tts.volume_for(50), tts.volume_for(100)) == (-10.0, 0.0, 10.0)
    for bad in (0.5, 2.6):
        with pytest.raises(InvalidInputError):
            tts.speed_for(bad)
    with pytest.raises(InvalidInputError):
        tts.volume_for(101)
    assert tts.primary_language("Hello there.") == 2 and tts.primary_language("你好 there") == 1
    assert tts.primary_language("Hello", ["zh"]) == 1


@pytest.mark.parametrize(("fmt", "rate"), [("wav", 16000), ("mp3", 24000), ("pcm", 8000)])
def test_every_codec(tencent_cloud: CloudStack, fmt: str, rate: int) -> None:
    result = tencent_cloud.provider().synthesize(SynthesisRequest(text="你好，世界。", voice=_voice(tencent_cloud),
                                                                   format=fmt, sample_rate=rate, timestamps=True))
    assert (result.format, result.sample_rate) == (fmt, rate) and result.request_id
    if fmt == "pcm":
        samples = np.frombuffer(result.audio, "<i2")
        assert samples.size / rate > 0.3 and np.abs(samples).max() > 1000
    else:
        data, got = sf.read(io.BytesIO(result.audio))
        assert got == rate and data.size / rate > 0.3
    assert [s.text for s in result.spans] == ["你", "好", "世", "界"]
    sent = tencent_cloud.emu.of("TextToVoice")[-1].json()
    assert (sent["VoiceType"], sent["Codec"], sent["SampleRate"], sent["EnableSubtitle"]) == (200000000, fmt, rate, True)


def test_a_long_text_is_cut_and_joined_with_its_timings(tencent_cloud: CloudStack) -> None:
    text = "春天来了，河边的柳树发出了嫩绿的新芽。" * 12  # 228 characters: two requests
    result = tencent_cloud.provider().synthesize(SynthesisRequest(text=text, voice=_voice(tencent_cloud),
                                                                   sample_rate=16000, timestamps=True))
    sent = tencent_cloud.emu.of("TextToVoice")
    assert len(sent) == 2 and all(r.json()["Codec"] == "pcm" for r in sent)  # joined here, written as asked
    assert "".join(r.json()["Text"] for r in sent) == text
    data, rate = sf.read(io.BytesIO(result.audio))
    assert rate == 16000 and result.format == "wav"
    begins = [s.begin_s for s in result.spans]
    assert begins == sorted(begins) and result.spans[-1].end_s == pytest.approx(data.size / rate, abs=0.05)
    assert len(result.spans) == sum(ch.isalnum() for ch in text)


def test_no_more_than_ten_at_once(tencent_cloud: CloudStack) -> None:
    tencent_cloud.emu.tts.delay_s = 0.15
    provider, voice = tencent_cloud.provider(), _voice(tencent_cloud)
    errors: list[BaseException] = []

    def speak() -> None:
        try:
            provider.synthesize(SynthesisRequest(text="好", voice=voice, sample_rate=8000))
        except BaseException as exc:  # collected, asserted below
            errors.append(exc)

    threads = [threading.Thread(target=speak) for _ in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == [] and len(tencent_cloud.emu.of("TextToVoice")) == 24
    assert tencent_cloud.emu.tts.peak_in_flight == tts.CONCURRENCY  # held to the limit, and using it


def test_what_the_studio_refuses_and_what_tencent_refuses(tencent_cloud: CloudStack) -> None:
    provider = tencent_cloud.provider()
    with pytest.raises(InvalidInputError):
        provider.synthesize(SynthesisRequest(text="你好", voice=_voice(tencent_cloud), sample_rate=48000))
    with pytest.raises(InvalidInputError):
        provider.synthesize(SynthesisRequest(text="  ", voice=_voice(tencent_cloud)))
    with pytest.raises(InvalidInputError):
        provider.synthesize(SynthesisRequest(text="你好", voice=_voice(tencent_cloud), format="opus"))
    assert tencent_cloud.emu.of("TextToVoice") == []
    with pytest.raises(StudioError) as info:
        provider.synthesize(SynthesisRequest(text="你好", voice="WCHN-gone", sample_rate=16000))
    assert info.value.kind == ErrorKind.INVALID_INPUT and info.value.code == "InvalidParameterValue.VoiceType"
    assert "expired" in info.value.detail and "过期" in (info.value.detail_zh or "")
