"""The Cloud API 3.0 client: TC3 signatures equal to the official SDK's, the emulator's check of them, the
error envelope in the studio's taxonomy (bilingual, with the RequestId), retries only where safe, and
endpoint overrides."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from tencentcloud.common import abstract_client, credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.vrs.v20200824 import vrs_client

from studio.errors import ErrorKind, InvalidInputError, StudioError
from studio.providers.http import RetryPolicy
from studio.providers.tencent import cloud_api, vrs
from studio.providers.tencent.cloud_api import CloudClient, CloudCredentials, base_url_for, sign_headers
from studio.providers.tencent.cloud_errors import cloud_error, lookup
from tests.emulators.tencent_cloud import CloudEmulator
from tests.emulators.tencent_cloud.fixtures import CloudStack
from tests.emulators.tencent_cloud.signing import SignatureError, verify

RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.02)


@pytest.mark.parametrize("params", [{"TaskType": 5}, {}, {"VoiceName": "小娥", "AudioIdList": ["a", "b"]},
                                    {"Text": "Hello, \"world\" \\ ✓", "Volume": 1.5, "EnableSubtitle": True}])
def test_the_signature_is_the_sdks(params: dict[str, object], monkeypatch: pytest.MonkeyPatch) -> None:
    ts = 1_700_000_123
    monkeypatch.setattr(abstract_client, "time", SimpleNamespace(time=lambda: float(ts)))
    profile = ClientProfile(httpProfile=HttpProfile(endpoint="vrs.tencentcloudapi.com"))
    sdk = vrs_client.VrsClient(credential.Credential("AKIDexample", "key-example"), "ap-shanghai", profile)
    req = RequestInternal("vrs.tencentcloudapi.com", "POST", "/", header={})
    sdk._build_req_inter("CreateVRSTask", params, req)
    ours = sign_headers(CloudCredentials("AKIDexample", "key-example"), vrs.SERVICE, "vrs.tencentcloudapi.com",
                        "CreateVRSTask", cloud_api.body_of(params), ts, "ap-shanghai")
    assert cloud_api.body_of(params) == req.data.encode()
    for header in ("Authorization", "Content-Type", "Host", "X-TC-Action", "X-TC-Version", "X-TC-Timestamp",
                   "X-TC-Region", "X-TC-Language"):
        assert ours[header] == req.header[header], header


def test_the_emulator_accepts_our_signature_and_nothing_else() -> None:
    body = cloud_api.body_of({"TaskType": 5})
    headers = sign_headers(CloudCredentials("AKIDx", "secret"), vrs.SERVICE, "127.0.0.1:9", "GetVRSVoiceTypes",
                           body, 1_700_000_000)
    keys = {"AKIDx": "secret"}
    assert verify(headers, body, "vrs", keys, now=1_700_000_010) == "AKIDx"
    cases = [(headers, body.replace(b"5", b"0"), "vrs", keys, "AuthFailure.SignatureFailure"),
             (headers, body, "vrs", {"AKIDx": "other"}, "AuthFailure.SignatureFailure"),
             (headers, body, "tts", keys, "AuthFailure.SignatureFailure"),
             (headers, body, "vrs", {"AKIDy": "secret"}, "AuthFailure.SecretIdNotFound"),
             ({**headers, "Host": "127.0.0.1:10"}, body, "vrs", keys, "AuthFailure.SignatureFailure"),
             ({**headers, "Authorization": "Bearer x"}, body, "vrs", keys, "AuthFailure.InvalidAuthorization")]
    for hdrs, data, service, known, code in cases:
        with pytest.raises(SignatureError) as info:
            verify(hdrs, data, service, known, now=1_700_000_010)
        assert info.value.code == code
    with pytest.raises(SignatureError) as info:
        verify(headers, body, "vrs", keys, now=1_700_000_000 + 301)
    assert info.value.code == "AuthFailure.SignatureExpire"


def test_endpoint_overrides() -> None:
    assert base_url_for(vrs.SERVICE) == "https://vrs.tencentcloudapi.com"
    assert base_url_for(vrs.SERVICE, "http://127.0.0.1:8123/") == "http://127.0.0.1:8123"
    assert base_url_for(vrs.SERVICE, "http://localhost:9") == "http://localhost:9"
    assert base_url_for(vrs.SERVICE, "https://vrs.internal.example") == "https://vrs.internal.example"
    for bad in ("http://vrs.example.com", "ftp://127.0.0.1", "https://vrs.example.com/api", "not a url"):
        with pytest.raises(InvalidInputError) as info:
            base_url_for(vrs.SERVICE, bad)
        assert info.value.code == "bad_endpoint" and info.value.detail_zh


@pytest.mark.parametrize(("code", "kind"), [
    ("AuthFailure.SignatureFailure", ErrorKind.AUTH), ("AuthFailure.SecretIdNotFound", ErrorKind.AUTH),
    ("UnauthorizedOperation", ErrorKind.AUTH), ("RequestLimitExceeded", ErrorKind.RATE_LIMITED),
    ("RequestLimitExceeded.UinLimitExceeded", ErrorKind.RATE_LIMITED), ("LimitExceeded.AccessLimit", ErrorKind.RATE_LIMITED),
    ("ResourceInsufficient", ErrorKind.QUOTA), ("LimitExceeded", ErrorKind.QUOTA),
    ("UnsupportedOperation.VRSQuotaExhausted", ErrorKind.QUOTA), ("UnsupportedOperation.PkgExhausted", ErrorKind.QUOTA),
    ("InvalidParameter", ErrorKind.INVALID_INPUT), ("InvalidParameterValue.SampleRate", ErrorKind.INVALID_INPUT),
    ("MissingParameter", ErrorKind.INVALID_INPUT), ("FailedOperation", ErrorKind.VENDOR_REJECTED),
    ("FailedOperation.VoiceNotQualified", ErrorKind.VENDOR_REJECTED), ("FailedOperation.NoSuchTask", ErrorKind.NOT_FOUND),
    ("InternalError", ErrorKind.TRANSIENT_NETWORK), ("InternalError.FailAccessDatabase", ErrorKind.TRANSIENT_NETWORK),
    ("SomethingNew.Entirely", ErrorKind.VENDOR_REJECTED)])
def test_codes_in_the_taxonomy(code: str, kind: ErrorKind) -> None:
    err = cloud_error("tencent-vrs", code, "said by Tencent", "rid-1")
    assert err.kind == kind and err.code == code and err.request_id == "rid-1"
    assert "said by Tencent" in err.detail and "腾讯云返回" in (err.detail_zh or "")
    assert lookup("AuthFailure.SignatureExpire") != lookup("AuthFailure")  # the specific entry wins


def _client(emu: CloudEmulator, **kw: object) -> CloudClient:
    return CloudClient("tencent-vrs", vrs.SERVICE, CloudCredentials(emu.secret_id, emu.secret_key),
                       region="ap-guangzhou", base_url=emu.vrs_url, retry=RETRY, **kw)  # type: ignore[arg-type]


def test_errors_carry_the_request_id_in_both_languages(tencent_cloud: CloudStack) -> None:
    emu = tencent_cloud.emu
    emu.inject("GetVRSVoiceTypes", "UnsupportedOperation.VRSQuotaExhausted", "无声音复刻任务配额")
    with pytest.raises(StudioError) as info:
        _client(emu).call("GetVRSVoiceTypes", {"TaskType": 5})
    err = info.value
    assert err.kind == ErrorKind.QUOTA and err.request_id and err.request_id in err.user_message("en")
    assert "无声音复刻任务配额" in err.user_message("zh") and "配额" in err.headline("zh")
    sent = emu.of("GetVRSVoiceTypes")
    assert len(sent) == 1 and json.loads(sent[0].body) == {"TaskType": 5}


def test_rate_refusals_are_retried_even_for_creates_transient_ones_only_for_queries(tencent_cloud: CloudStack) -> None:
    emu = tencent_cloud.emu
    client = _client(emu)
    emu.inject("GetVRSVoiceTypes", "RequestLimitExceeded", times=2)
    assert client.call("GetVRSVoiceTypes", {"TaskType": 5}).request_id
    assert len(emu.of("GetVRSVoiceTypes")) == 3
    emu.inject("DescribeVRSTaskStatus", "InternalError", times=5)
    with pytest.raises(StudioError) as info:
        client.call("DescribeVRSTaskStatus", {"TaskId": "x"})
    assert info.value.kind == ErrorKind.TRANSIENT_NETWORK and len(emu.of("DescribeVRSTaskStatus")) == 3
    emu.inject("CreateVRSTask", "InternalError")
    with pytest.raises(StudioError):
        client.call("CreateVRSTask", {"SessionId": "s"}, idempotent=False)
    assert len(emu.of("CreateVRSTask")) == 1  # the create may have been carried out: never sent again here
    emu.inject("CreateVRSTask", "RequestLimitExceeded")
    with pytest.raises(StudioError) as info:
        client.call("CreateVRSTask", {"SessionId": "s"}, idempotent=False)
    assert info.value.kind == ErrorKind.INVALID_INPUT  # refused for rate, sent again, then judged on its fields
    assert len(emu.of("CreateVRSTask")) == 3


def test_the_documented_rates_are_kept_client_side(tencent_cloud: CloudStack) -> None:
    emu = tencent_cloud.emu
    emu.enforce_rates = True  # the emulator refuses a second GetVRSVoiceTypes within a second
    client = _client(emu, limits=vrs.limiters())
    for _ in range(2):  # the second waits for the client's own limiter instead of being refused
        client.call("GetVRSVoiceTypes", {"TaskType": 5})
    unlimited = _client(emu)
    with pytest.raises(StudioError) as info:  # without the client's limiter the emulator refuses
        for _ in range(5):
            unlimited.call("GetVRSVoiceTypes", {"TaskType": 5})
    assert info.value.kind == ErrorKind.RATE_LIMITED
    assert vrs.RATES["GetVRSVoiceTypes"] == 1.0 and vrs.RATES["CreateVRSTask"] == 20.0


def test_page_times_keep_their_offset_and_a_bare_one_is_read_as_china_time() -> None:
    """The pages give times with +08:00; one without an offset is China time, whatever the machine's zone."""
    assert vrs.iso_time("2025-05-25T15:54:10+08:00") == "2025-05-25T15:54:10+08:00"
    assert vrs.iso_time("2025-05-25 15:54:10") == "2025-05-25T15:54:10+08:00"
    assert vrs.iso_time("2025-05-25T07:54:10Z") == "2025-05-25T07:54:10+00:00"
    assert vrs.iso_time("soon") == "" and vrs.iso_time(None) == ""
