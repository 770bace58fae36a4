"""Tencent MML wire format, checked field by field against the vendor document (no network)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime

import httpx
import pytest

from studio.errors import (
    AuthError,
    InvalidInputError,
    NotFoundError,
    TransientNetworkError,
    VendorRejectedError,
)
from studio.providers.base import JobStatus
from studio.providers.tencent import mml_api as api
from studio.providers.tencent import mml_wire as wire

CREDS = wire.Credentials("AKIDsentinelid0001", "sentinel-key-0001")


# ---- request bodies: the document's 请求示例, one by one ----------------------------------------

def test_create_generate_body_matches_document_example() -> None:
    body = wire.create_job_body(
        CREDS, [wire.url_input("https://x.example/in.wav")],
        [wire.generate_output("default", "content-1", "/output", "pre")],
        custom_id="cid-1", callback="https://cb.example/hook")
    assert body == {
        "action": "CreateJob",
        "secretId": "AKIDsentinelid0001",
        "secretKey": "sentinel-key-0001",
        "createJobRequest": {
            "customId": "cid-1",
            "callback": "https://cb.example/hook",
            "inputs": [{"url": "https://x.example/in.wav"}],
            "outputs": [{
                "contentId": "content-1",
                "destination": "/output",
                "inputSelectors": [0],
                "smartContentDescriptor": {
                    "outputPrefix": "pre",
                    "voiceCloning": {"type": 1, "modelName": "default"},
                },
            }],
        },
    }


def test_create_train_body_matches_document_example() -> None:
    body = wire.create_job_body(CREDS, [wire.url_input("https://x.example/in.wav")], [wire.train_output("demo")],
                               custom_id="cid-2")
    assert body == {
        "action": "CreateJob", "secretId": CREDS.secret_id, "secretKey": CREDS.secret_key,
        "createJobRequest": {
            "customId": "cid-2",
            "inputs": [{"url": "https://x.example/in.wav"}],
            "outputs": [{"inputSelectors": [0],
                         "smartContentDescriptor": {"voiceCloning": {"type": 2, "modelName": "demo"}}}],
        },
    }
    assert "callback" not in body["createJobRequest"]  # optional: left out, not sent empty
    assert "timeout" not in body["createJobRequest"]


def test_train_output_epoch_selectors_and_repository_source() -> None:
    out = wire.train_output("voice_A1", total_epoch=50, inputs=3)
    assert out["inputSelectors"] == [0, 1, 2]
    assert out["smartContentDescriptor"]["voiceCloning"] == {"type": 2, "modelName": "voice_A1", "totalEpoch": 50}
    assert wire.repository_input("content-1", "/a/b.wav") == {"source": {"contentId": "content-1", "path": "/a/b.wav"}}
    assert wire.text_input("你好") == {"sourceData": "你好"}
    body = wire.create_job_body(CREDS, [wire.text_input("hi")], [wire.generate_output("m1", "c", "/o")],
                               custom_id="x", timeout=600)
    assert body["createJobRequest"]["timeout"] == 600
    # no outputPrefix given: the field is left out (document default: empty)
    assert "outputPrefix" not in body["createJobRequest"]["outputs"][0]["smartContentDescriptor"]


def test_query_bodies_match_document() -> None:
    assert wire.get_job_body(CREDS, "job-1") == {
        "action": "GetJob", "secretId": CREDS.secret_id, "secretKey": CREDS.secret_key,
        "getJobRequest": {"id": "job-1"}}
    assert wire.list_jobs_body(CREDS, "cid") == {
        "action": "ListJobs", "secretId": CREDS.secret_id, "secretKey": CREDS.secret_key,
        "listJobsRequest": {"customId": "cid"}}
    assert wire.list_models_body(CREDS, 0, 10) == {
        "action": "ListModels", "secretId": CREDS.secret_id, "secretKey": CREDS.secret_key,
        "listModelsRequest": {"offset": 0, "limit": 10}}
    with pytest.raises(InvalidInputError):
        wire.list_models_body(CREDS, 0, 101)
    with pytest.raises(InvalidInputError):
        wire.list_models_body(CREDS, -1, 10)


# ---- local validation ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["demo", "A_b_9", "x" * 63, "_"])
def test_model_name_accepted(name: str) -> None:
    wire.validate_model_name(name)


@pytest.mark.parametrize("name", ["", "x" * 64, "has space", "dash-name", "点", "a.b", "a/b"])
def test_model_name_rejected(name: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        wire.validate_model_name(name)
    assert info.value.detail_zh  # bilingual


@pytest.mark.parametrize("epoch,ok", [(1, True), (30, True), (50, True), (51, False), (0, False),
                                      (True, False), ("30", False)])
def test_total_epoch_limit(epoch: object, ok: bool) -> None:
    if ok:
        wire.validate_epoch(epoch)  # type: ignore[arg-type]
    else:
        with pytest.raises(InvalidInputError):
            wire.validate_epoch(epoch)  # type: ignore[arg-type]


def test_output_prefix_and_source_data_limits() -> None:
    wire.validate_output_prefix("p" * 19)
    with pytest.raises(InvalidInputError):
        wire.validate_output_prefix("p" * 20)
    with pytest.raises(InvalidInputError):
        wire.generate_output("default", "c", "/", "p" * 20)
    wire.validate_source_data("字" * 512)
    with pytest.raises(InvalidInputError):
        wire.validate_source_data("字" * 513)
    with pytest.raises(InvalidInputError):
        wire.text_input("   ")
    with pytest.raises(InvalidInputError):  # contentId is required for generate outputs
        wire.generate_output("default", "", "/")
    with pytest.raises(InvalidInputError):
        wire.create_job_body(CREDS, [wire.text_input("a")], [wire.generate_output("default", "c")], custom_id="x" * 64)
    with pytest.raises(InvalidInputError):
        wire.url_input("ftp://nope")


# ---- responses: the document's 返回示例 -----------------------------------------------------------

DOC_GENERATE_JOB = {
    "id": "a95e9d74-6602-4405-a3fc-6408a76bcc98", "state": 3, "customId": "{customId}", "callback": "{callback}",
    "timing": {"createdAt": "1610513575000", "startedAt": "1610513575000", "completedAt": "1610513618000"},
    "inputs": [{"url": "{url}"}],
    "outputs": [{"contentId": "{contentId}", "destination": "{destination}", "inputSelectors": [0],
                 "smartContentDescriptor": {"outputPrefix": "{outputPrefix}",
                                            "voiceCloning": {"type": 1, "modelName": "default"}},
                 "smartContentResult": {"voiceCloning": {"voiceName": "out.wav"}}}],
}
DOC_TRAIN_JOB = {
    "id": "a95e9d74-6602-4405-a3fc-6408a76bcc98", "state": 3, "customId": "{customId}",
    "timing": {"createdAt": "1610513575000", "startedAt": "1610513575000", "completedAt": "1610513618000"},
    "inputs": [{"url": "{url}"}],
    "outputs": [{"inputSelectors": [0],
                 "smartContentDescriptor": {"voiceCloning": {"type": 2, "modelName": "demo"}},
                 "smartContentResult": {"voiceCloning": {"modelName": "demo"}}}],
}


def test_parse_document_jobs() -> None:
    gen = wire.parse_job(DOC_GENERATE_JOB)
    assert (gen.kind, gen.status, gen.voice_name, gen.destination, gen.content_id, gen.model_name) == (
        "generate", JobStatus.SUCCEEDED, "out.wav", "{destination}", "{contentId}", "default")
    assert gen.created_at == "2021-01-13T04:52:55+00:00"
    train = wire.parse_job(DOC_TRAIN_JOB)
    assert (train.kind, train.model_name, train.voice_name) == ("train", "demo", "")
    submitted = wire.parse_job({**DOC_TRAIN_JOB, "state": 1, "timing": {"createdAt": "1603432763000",
                                                                       "startedAt": "0", "completedAt": "0"}})
    assert submitted.started_at == "" and submitted.status == JobStatus.QUEUED
    with pytest.raises(VendorRejectedError):
        wire.parse_job({})


@pytest.mark.parametrize("state,status", [(1, JobStatus.QUEUED), (2, JobStatus.RUNNING), (3, JobStatus.SUCCEEDED),
                                          (4, JobStatus.FAILED), (5, JobStatus.CANCELLED), (9, JobStatus.QUEUED)])
def test_states_map_to_studio_status(state: int, status: JobStatus) -> None:
    assert wire.parse_job({"id": "j", "state": state}).status == status


def test_parse_models_document_example() -> None:
    models = wire.parse_models([{"name": "demo", "createdAt": "1610513575000"}, {"bad": 1}])
    assert [(m.name, m.created_at, m.state) for m in models] == [("demo", "2021-01-13T04:52:55+00:00", None)]


# ---- errors: no published table; message and request id as they are -----------------------------

def _answer(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("POST", "https://gw.example/release/job")
    if isinstance(body, (dict, list)):
        return httpx.Response(status, json=body, headers=headers, request=request)
    return httpx.Response(status, text=str(body), headers=headers, request=request)


@pytest.mark.parametrize("status,body,kind,code", [
    (400, {"requestId": "r1", "error": {"code": "InvalidParameter", "message": "bad modelName"}},
     VendorRejectedError, "InvalidParameter"),
    (401, {"message": "HMAC signature cannot be verified"}, AuthError, None),
    (200, {"requestId": "r1", "code": "AuthFailure.SecretIdNotFound", "message": "no such key"}, AuthError,
     "AuthFailure.SecretIdNotFound"),
    (400, {"Response": {"Error": {"Code": "InvalidParameter", "Message": "m"}, "RequestId": "r1"}},
     VendorRejectedError, "InvalidParameter"),
    (404, {"requestId": "r1", "error": {"code": "JobNotFound", "message": "gone"}}, NotFoundError, "JobNotFound"),
    (502, "<html>bad gateway</html>", TransientNetworkError, None),
])
def test_error_framing(status: int, body: object, kind: type, code: str | None) -> None:
    err = api.error_from_answer(_answer(status, body, {"X-Api-RequestId": "hdr-rid"}), body
                                if isinstance(body, dict) else None, CREDS.values())
    assert isinstance(err, kind)
    assert err.code == code
    assert err.request_id in ("r1", "hdr-rid")
    assert err.provider == "tencent"
    assert str(err)  # the vendor's words or the status, never empty


def test_error_text_never_echoes_keys() -> None:
    body = {"requestId": "r9", "error": {"code": "InvalidParameter",
                                         "message": f"bad body secretId={CREDS.secret_id} key {CREDS.secret_key}"}}
    err = api.error_from_answer(_answer(400, body), body, CREDS.values())
    for text in (str(err), repr(err), err.user_message("zh"), err.detail):
        assert CREDS.secret_id not in text and CREDS.secret_key not in text
    assert "bad body" in err.detail and err.request_id == "r9"
    assert CREDS.secret_id not in repr(CREDS) and CREDS.secret_key not in repr(CREDS)


def test_gateway_signature_is_hmac_sha1_over_date_and_source() -> None:
    now = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    headers = api.gateway_headers("gw-id", "gw-secret", "studio", now)
    assert headers["Date"] == "Tue, 02 Jan 2024 03:04:05 GMT"
    assert headers["Source"] == "studio"
    expected = base64.b64encode(hmac.new(b"gw-secret", b"date: Tue, 02 Jan 2024 03:04:05 GMT\nsource: studio",
                                         hashlib.sha1).digest()).decode()
    assert headers["Authorization"] == (f'hmac id="gw-id", algorithm="hmac-sha1", headers="date source", '
                                        f'signature="{expected}"')


