"""The official SDK (`tencentcloud-sdk-python-common` + `-vrs`) against the Tencent Cloud emulator: every VRS
action the studio uses passes, and the emulator refuses what the signing page says it must."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator

import pytest
import requests
from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.vrs.v20200824 import models, vrs_client

from tests.emulators.tencent_cloud import CloudEmulator
from tests.emulators.tencent_cloud.fixtures import CloudStack, Takes

pytestmark = pytest.mark.conformance


def sdk_client(emu: CloudEmulator, key: str | None = None, region: str = "ap-guangzhou") -> vrs_client.VrsClient:
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=emu.vrs_url.removeprefix("http://"), protocol="http"))
    return vrs_client.VrsClient(credential.Credential(emu.secret_id, key or emu.secret_key), region, profile)


@pytest.fixture
def sdk(tencent_cloud: CloudStack) -> Iterator[vrs_client.VrsClient]:
    yield sdk_client(tencent_cloud.emu)


def _texts(sdk: vrs_client.VrsClient) -> list[models.TrainingText]:
    req = models.GetTrainingTextRequest()
    req.TaskType, req.Domain, req.TextLanguage = 5, 2, 1
    return list(sdk.GetTrainingText(req).Data.TrainingTextList)


def _detect(sdk: vrs_client.VrsClient, text_id: str, audio: bytes, type_id: int = 2) -> models.DetectionEnvAndSoundQualityRespData:
    req = models.DetectEnvAndSoundQualityRequest()
    req.TextId, req.AudioData, req.TypeId = text_id, base64.b64encode(audio).decode(), type_id
    req.Codec, req.SampleRate, req.TaskType = "wav", 48000, 5
    return sdk.DetectEnvAndSoundQuality(req).Data


def test_one_sentence_clone_through_the_sdk(sdk: vrs_client.VrsClient, tencent_cloud: CloudStack, takes: Takes) -> None:
    lines = _texts(sdk)
    assert len(lines) == 2 and all(line.TextId and line.Text for line in lines)

    environment = _detect(sdk, lines[0].TextId, takes.line(lines[0].Text).read_bytes(), type_id=1)
    assert environment.DetectionCode == 0 and not environment.AudioId  # "环境检测该值为空"
    detected = _detect(sdk, lines[0].TextId, takes.line(lines[0].Text).read_bytes())
    assert detected.DetectionCode == 0 and detected.AudioId
    assert [w.Word for w in detected.DetectionTip] == list(lines[0].Text)
    assert all(w.Tag == 0 and w.PronAccuracy >= 75 for w in detected.DetectionTip)

    create = models.CreateVRSTaskRequest()
    create.SessionId, create.VoiceName, create.VoiceGender, create.VoiceLanguage = "sdk-session-1", "小娥", 2, 1
    create.AudioIdList, create.SampleRate, create.Codec, create.TaskType = [detected.AudioId], 48000, "wav", 5
    create.EnableVoiceEnhance = 1
    task_id = sdk.CreateVRSTask(create).Data.TaskId
    assert task_id

    status_req = models.DescribeVRSTaskStatusRequest()
    status_req.TaskId = task_id
    seen = []
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        status = sdk.DescribeVRSTaskStatus(status_req).Data
        seen.append(status.StatusStr)
        if status.Status in (2, 3):
            break
        time.sleep(0.01)
    assert status.Status == 2 and status.VoiceType == 200000000 and status.FastVoiceType and status.ExpireTime
    assert seen[0] in ("waiting", "doing") and seen[-1] == "success"

    voices_req = models.GetVRSVoiceTypesRequest()
    voices_req.TaskType = 5
    listed = sdk.GetVRSVoiceTypes(voices_req).Data.VoiceTypeList
    assert [(v.VoiceName, v.FastVoiceType, v.IsDeployed, v.TaskID) for v in listed] == [
        ("小娥", status.FastVoiceType, True, task_id)]

    info_req = models.GetVRSVoiceTypeInfoRequest()
    info_req.VoiceType, info_req.TaskType, info_req.FastVoiceType = 200000000, 5, status.FastVoiceType
    info = sdk.GetVRSVoiceTypeInfo(info_req).Data
    assert (info.VoiceName, info.VoiceGender, info.ExpireTime) == ("小娥", 2, status.ExpireTime)

    spent = lines[0].TextId  # "在成功创建一次复刻任务后失效"
    with pytest.raises(TencentCloudSDKException) as info_exc:
        _detect(sdk, spent, takes.line().read_bytes())
    assert info_exc.value.code == "InvalidParameterValue"


def test_documented_refusals_reach_the_sdk_as_its_exceptions(sdk: vrs_client.VrsClient, tencent_cloud: CloudStack,
                                                             takes: Takes) -> None:
    line = _texts(sdk)[0]
    long_take = takes.line(line.Text, seconds=16.0, name="long.wav").read_bytes()
    with pytest.raises(TencentCloudSDKException) as exc:
        _detect(sdk, line.TextId, long_take)
    assert exc.value.code == "InvalidParameterValue.AudioDurationExceedsLimit" and exc.value.requestId

    stereo = takes.line(line.Text, channels=2, name="stereo.wav").read_bytes()
    with pytest.raises(TencentCloudSDKException) as exc:
        _detect(sdk, line.TextId, stereo)
    assert exc.value.code == "InvalidParameterValue.AudioData"

    status_req = models.DescribeVRSTaskStatusRequest()
    status_req.TaskId = "no-such-task"
    with pytest.raises(TencentCloudSDKException) as exc:
        sdk.DescribeVRSTaskStatus(status_req)
    assert exc.value.code == "FailedOperation.NoSuchTask"

    tencent_cloud.emu.vrs.quota = 0
    detected = _detect(sdk, line.TextId, takes.line(line.Text).read_bytes())
    create = models.CreateVRSTaskRequest()
    create.SessionId, create.VoiceName, create.VoiceGender, create.VoiceLanguage = "s", "v", 3, 1
    create.AudioIdList, create.TaskType = [detected.AudioId], 5
    with pytest.raises(TencentCloudSDKException) as exc:
        sdk.CreateVRSTask(create)
    assert exc.value.code == "InvalidParameterValue.VoiceGender"
    create.VoiceGender = 1
    with pytest.raises(TencentCloudSDKException) as exc:
        sdk.CreateVRSTask(create)
    assert exc.value.code == "UnsupportedOperation.VRSQuotaExhausted"

    tencent_cloud.emu.inject("GetVRSVoiceTypes", "RequestLimitExceeded")
    with pytest.raises(TencentCloudSDKException) as exc:
        sdk.GetVRSVoiceTypes(models.GetVRSVoiceTypesRequest())
    assert exc.value.code == "RequestLimitExceeded"


def test_a_wrong_key_and_an_unknown_id_are_refused(tencent_cloud: CloudStack) -> None:
    emu = tencent_cloud.emu
    with pytest.raises(TencentCloudSDKException) as exc:
        sdk_client(emu, key="not-the-key").GetVRSVoiceTypes(models.GetVRSVoiceTypesRequest())
    assert exc.value.code == "AuthFailure.SignatureFailure"
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=emu.vrs_url.removeprefix("http://"), protocol="http"))
    stranger = vrs_client.VrsClient(credential.Credential("AKID-nobody-00000000", "k"), "ap-guangzhou", profile)
    with pytest.raises(TencentCloudSDKException) as exc:
        stranger.GetVRSVoiceTypes(models.GetVRSVoiceTypesRequest())
    assert exc.value.code == "AuthFailure.SecretIdNotFound"
    with pytest.raises(TencentCloudSDKException) as exc:
        sdk_client(emu, region="mars-1").GetVRSVoiceTypes(models.GetVRSVoiceTypesRequest())
    assert exc.value.code == "UnsupportedRegion"


def _signed_by_sdk(emu: CloudEmulator, action: str, params: dict[str, object]) -> RequestInternal:
    client = sdk_client(emu)
    req = RequestInternal(client._get_endpoint(), "POST", "/", header={})
    client._build_req_inter(action, params, req)
    return req


def test_a_body_changed_after_signing_fails_the_signature(tencent_cloud: CloudStack) -> None:
    emu = tencent_cloud.emu
    req = _signed_by_sdk(emu, "GetTrainingText", {"TaskType": 5})
    untouched = requests.post(emu.vrs_url + "/", data=req.data, headers=req.header, timeout=10).json()
    assert "Error" not in untouched["Response"]
    changed = requests.post(emu.vrs_url + "/", data=req.data.replace("5", "0"), headers=req.header, timeout=10).json()
    assert changed["Response"]["Error"]["Code"] == "AuthFailure.SignatureFailure"
    late = dict(req.header, **{"X-TC-Timestamp": str(int(req.header["X-TC-Timestamp"]) - 600)})
    expired = requests.post(emu.vrs_url + "/", data=req.data, headers=late, timeout=10).json()
    assert expired["Response"]["Error"]["Code"] == "AuthFailure.SignatureExpire"
    versioned = dict(req.header, **{"X-TC-Version": "2019-01-01"})
    assert requests.post(emu.vrs_url + "/", data=req.data, headers=versioned,
                         timeout=10).json()["Response"]["Error"]["Code"] == "NoSuchVersion"
