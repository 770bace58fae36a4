"""The official SDK (`tencentcloud-sdk-python-tts`) speaks with an emulated one-sentence clone: TextToVoice
with VoiceType 200000000 and the clone's FastVoiceType, every codec, subtitles, and the documented refusals."""

from __future__ import annotations

import base64
import io
import time

import pytest
import soundfile as sf
from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.tts.v20190823 import models, tts_client

from tests.emulators.tencent_cloud import CloudEmulator
from tests.emulators.tencent_cloud.fixtures import CloudStack

pytestmark = pytest.mark.conformance


def sdk(emu: CloudEmulator, key: str | None = None) -> tts_client.TtsClient:
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=emu.tts_url.removeprefix("http://"), protocol="http"))
    return tts_client.TtsClient(credential.Credential(emu.secret_id, key or emu.secret_key), "ap-guangzhou", profile)


def _clone(emu: CloudEmulator) -> str:
    task = emu.vrs.add_task(emu.secret_id, "sdk voice", created=time.time() - 10)
    return task.fast_voice_type


def _request(text: str, voice: str, **fields: object) -> models.TextToVoiceRequest:
    req = models.TextToVoiceRequest()
    req.Text, req.SessionId, req.VoiceType, req.FastVoiceType = text, "sdk-tts-1", 200000000, voice
    for key, value in fields.items():
        setattr(req, key, value)
    return req


@pytest.mark.parametrize(("codec", "rate"), [("wav", 16000), ("mp3", 24000), ("pcm", 8000)])
def test_text_to_voice_with_a_clone(tencent_cloud: CloudStack, codec: str, rate: int) -> None:
    voice = _clone(tencent_cloud.emu)
    answer = sdk(tencent_cloud.emu).TextToVoice(_request("你好，世界。", voice, Codec=codec, SampleRate=rate,
                                                         Volume=2.0, Speed=1.0, PrimaryLanguage=1,
                                                         EnableSubtitle=True))
    audio = base64.b64decode(answer.Audio)
    assert answer.SessionId == "sdk-tts-1" and answer.RequestId
    if codec == "pcm":
        assert len(audio) % 2 == 0 and len(audio) / 2 / rate > 0.3
    else:
        data, got_rate = sf.read(io.BytesIO(audio))
        assert got_rate == rate and data.size / rate > 0.3 and abs(data).max() > 0.05
    words = [(s.Text, s.BeginIndex) for s in answer.Subtitles]
    assert words == [("你", 0), ("好", 1), ("世", 3), ("界", 4)]
    assert all(s.EndTime > s.BeginTime for s in answer.Subtitles)


def test_the_documented_limits(tencent_cloud: CloudStack) -> None:
    emu = tencent_cloud.emu
    voice, client = _clone(emu), sdk(emu)
    client.TextToVoice(_request("字" * 150, voice))  # "中文最大支持150个汉字"
    client.TextToVoice(_request("a" * 500, voice))  # "英文最大支持500个字母"
    cases = [(_request("字" * 151, voice), "InvalidParameterValue.TextTooLong"),
             (_request("a" * 501, voice), "InvalidParameterValue.TextTooLong"),
             (_request("你好", voice, SampleRate=48000), "InvalidParameterValue.SampleRate"),
             (_request("你好", voice, Codec="flac"), "InvalidParameterValue.Codec"),
             (_request("你好", voice, Volume=11.0), "InvalidParameterValue.Volume"),
             (_request("你好", voice, Speed=-3.0), "InvalidParameterValue.Speed"),
             (_request("你好", "WCHN-nobody"), "InvalidParameterValue.VoiceType")]
    for req, code in cases:
        with pytest.raises(TencentCloudSDKException) as exc:
            client.TextToVoice(req)
        assert exc.value.code == code, req.to_json_string()
    with pytest.raises(TencentCloudSDKException) as exc:
        sdk(emu, key="wrong").TextToVoice(_request("你好", voice))
    assert exc.value.code == "AuthFailure.SignatureFailure"


def test_an_expired_clone_no_longer_speaks(tencent_cloud: CloudStack) -> None:
    emu = tencent_cloud.emu
    task = emu.vrs.add_task(emu.secret_id, "old", created=time.time() - 10)
    task.expires = time.time() - 1
    with pytest.raises(TencentCloudSDKException) as exc:
        sdk(emu).TextToVoice(_request("你好", task.fast_voice_type))
    assert exc.value.code == "InvalidParameterValue.VoiceType"
