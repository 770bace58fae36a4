"""The studio's Tencent Cloud requests are the official SDK's, byte for byte where it matters.

For every action the studio sends, the studio performs its operation against the emulator, then the SDK
sends the same operation (the same field values, given to the SDK's own request model) at the same
clock second. Both requests, as the emulator received them, must carry the same X-TC-Action,
X-TC-Version, X-TC-Region, X-TC-Language, X-TC-Timestamp, Content-Type and Host, the same body bytes (so
the same field names, types and order) and therefore the same Authorization header. Only the client's
own identification (X-TC-RequestClient, User-Agent, X-TC-TraceId) may differ.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from tencentcloud.common import abstract_client, credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.tts.v20190823 import models as tts_models
from tencentcloud.tts.v20190823 import tts_client
from tencentcloud.vrs.v20200824 import models as vrs_models
from tencentcloud.vrs.v20200824 import vrs_client

from studio.providers.base import SynthesisRequest, TrainRequest
from studio.providers.tencent import cloud_api
from studio.providers.tencent.cloud import TencentVrsProvider
from tests.emulators.tencent_cloud import CloudEmulator, Recorded
from tests.emulators.tencent_cloud.fixtures import CloudStack, Takes

pytestmark = pytest.mark.conformance
SAME = ("X-TC-Action", "X-TC-Version", "X-TC-Region", "X-TC-Language", "X-TC-Timestamp", "Content-Type", "Host",
        "Authorization")


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> int:
    """One clock second for the studio's signer and the SDK's (the emulator keeps the real clock)."""
    now = int(time.time())
    clock = SimpleNamespace(time=lambda: float(now), sleep=time.sleep, monotonic=time.monotonic)
    monkeypatch.setattr(cloud_api, "time", clock)
    monkeypatch.setattr(abstract_client, "time", clock)
    return now


@pytest.fixture
def rig(tencent_cloud: CloudStack, frozen: int) -> Iterator[tuple[CloudEmulator, TencentVrsProvider]]:
    provider = tencent_cloud.provider()
    yield tencent_cloud.emu, provider
    provider.close()


def _profile(url: str) -> ClientProfile:
    return ClientProfile(httpProfile=HttpProfile(endpoint=url.removeprefix("http://"), protocol="http"))


def _same_as_sdk(emu: CloudEmulator, action: str, studio_call: Callable[[], Any], sdk_call: Callable[[Any], Any],
                 model: Any) -> Recorded:
    before = len(emu.of(action))
    studio_call()
    studio = emu.of(action)[before]
    model.from_json_string(studio.body.decode("utf-8"))  # the same values, in the SDK's own request model
    sdk_call(model)
    sdk = emu.of(action)[-1]
    assert sdk is not studio
    for header in SAME:
        assert studio.headers.get(header) == sdk.headers.get(header), (action, header)
    assert studio.body == sdk.body, action
    return studio


def test_every_action_the_studio_sends_matches_the_sdk(rig: tuple[CloudEmulator, TencentVrsProvider],
                                                       takes: Takes) -> None:
    emu, provider = rig
    cred = credential.Credential(emu.secret_id, emu.secret_key)
    vrs = vrs_client.VrsClient(cred, "ap-guangzhou", _profile(emu.vrs_url))
    tts = tts_client.TtsClient(cred, "ap-guangzhou", _profile(emu.tts_url))

    lines: list[Any] = []
    _same_as_sdk(emu, "GetTrainingText", lambda: lines.extend(provider.training_texts({"domain": "reading"})),
                 vrs.GetTrainingText, vrs_models.GetTrainingTextRequest())
    take = takes.line(lines[0].text, rate=44100, channels=2)  # resampled to 24 kHz mono by the studio
    checked = _same_as_sdk(emu, "DetectEnvAndSoundQuality",
                           lambda: provider.check_sample(take, {"text_id": lines[0].text_id}),
                           vrs.DetectEnvAndSoundQuality, vrs_models.DetectEnvAndSoundQualityRequest())
    assert checked.json()["SampleRate"] == 24000 and checked.json()["TypeId"] == 2
    jobs: list[Any] = []
    created = _same_as_sdk(emu, "CreateVRSTask",
                           lambda: jobs.append(provider.start_training(TrainRequest(
                               name="小娥", inputs=[take], options={"text_id": lines[1].text_id, "gender": "female",
                                                                   "enhance": True}))),
                           vrs.CreateVRSTask, vrs_models.CreateVRSTaskRequest())
    assert list(created.json()) == ["SessionId", "VoiceName", "VoiceGender", "VoiceLanguage", "AudioIdList",
                                    "SampleRate", "Codec", "TaskType", "EnableVoiceEnhance"]
    task_id = jobs[0].remote_id
    _same_as_sdk(emu, "DescribeVRSTaskStatus", lambda: provider.get_job(task_id), vrs.DescribeVRSTaskStatus,
                 vrs_models.DescribeVRSTaskStatusRequest())
    time.sleep(emu.vrs.queue_s + emu.vrs.work_s + 0.05)
    voice = provider.get_job(task_id).model_name
    assert voice
    _same_as_sdk(emu, "GetVRSVoiceTypes", provider.list_voices, vrs.GetVRSVoiceTypes,
                 vrs_models.GetVRSVoiceTypesRequest())
    _same_as_sdk(emu, "GetVRSVoiceTypeInfo", lambda: provider.get_voice(voice), vrs.GetVRSVoiceTypeInfo,
                 vrs_models.GetVRSVoiceTypeInfoRequest())
    spoken = _same_as_sdk(emu, "TextToVoice",
                          lambda: provider.synthesize(SynthesisRequest(text="你好，世界。", voice=voice, sample_rate=16000,
                                                                       volume=60, rate=1.2, timestamps=True)),
                          tts.TextToVoice, tts_models.TextToVoiceRequest())
    sent = spoken.json()
    assert (sent["VoiceType"], sent["FastVoiceType"], sent["Volume"], sent["Speed"]) == (200000000, voice, 2.0, 1.0)
    assert json.loads(spoken.body)["EnableSubtitle"] is True
