"""TencentApi against the loopback emulator: pagination, safe creates, retries, errors, gateway signing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from studio.errors import AuthError, NotFoundError, RateLimitedError, VendorRejectedError
from studio.providers.http import RetryPolicy
from studio.providers.tencent.mml_api import GatewaySigning, TencentApi
from studio.providers.tencent.mml_wire import Credentials, create_job_body, text_input
from tests.emulators.harness import Fault
from tests.emulators.tencent import Stack, stack


@pytest.fixture
def st(tmp_path: Path) -> Iterator[Stack]:
    with stack(tmp_path) as s:
        yield s


def _api(st: Stack, **kwargs: Any) -> TencentApi:
    creds = kwargs.pop("creds", Credentials(st.emu.secret_id, st.emu.secret_key))
    return TencentApi(st.server.base_url, creds, rate=500.0,
                      retry=RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.02), **kwargs)


def _generate_body(st: Stack, text: str = "hello", **descriptor: Any) -> dict[str, Any]:
    cloning = {"type": 1, "modelName": "default", **descriptor.pop("cloning", {})}
    return {"action": "CreateJob", "secretId": st.emu.secret_id, "secretKey": st.emu.secret_key,
            "createJobRequest": {
                "customId": str(uuid.uuid4()), "inputs": [{"sourceData": text}],
                "outputs": [{"contentId": "content-emu", "destination": "/o", "inputSelectors": [0],
                             "smartContentDescriptor": {**descriptor, "voiceCloning": cloning}}]}}


def _actions(st: Stack) -> list[str]:
    return [b["action"] for b in st.emu.bodies]


def test_list_models_reads_every_page(st: Stack) -> None:
    for i in range(230):
        st.emu.add_model(f"m_{i:03d}", created_ms=1_600_000_000_000 + i)
    models = _api(st).list_models()
    assert [m.name for m in models] == [f"m_{i:03d}" for i in range(230)]
    pages = [b["listModelsRequest"] for b in st.emu.bodies]
    assert pages == [{"offset": 0, "limit": 100}, {"offset": 100, "limit": 100}, {"offset": 200, "limit": 100}]
    assert all(set(b) == {"action", "secretId", "secretKey", "listModelsRequest"} for b in st.emu.bodies)


def test_list_models_small_pages_and_empty_account(st: Stack) -> None:
    api = _api(st)
    assert api.list_models() == []
    for i in range(7):
        st.emu.add_model(f"m{i}", created_ms=1_600_000_000_000 + i)
    assert len(api.list_models(page=3)) == 7
    assert [b["listModelsRequest"]["offset"] for b in st.emu.bodies[1:]] == [0, 3, 6]


def test_ambiguous_create_is_resolved_by_custom_id_not_repeated(st: Stack) -> None:
    """The server creates the job, then the connection drops before the answer."""
    st.emu.drop_after_create = 1
    body = _generate_body(st)
    _, job = _api(st).create_job(body)
    assert job.custom_id == body["createJobRequest"]["customId"]
    assert len(st.emu.jobs) == 1 and job.id in st.emu.jobs
    assert _actions(st) == ["CreateJob", "ListJobs"]
    assert st.emu.bodies[1]["listJobsRequest"] == {"customId": job.custom_id}


def test_create_lost_before_the_server_is_sent_again_once(st: Stack) -> None:
    st.server.faults.add(Fault(drop=True, path_prefix="/release/job"))
    _, job = _api(st).create_job(_generate_body(st))
    assert list(st.emu.jobs) == [job.id]
    assert _actions(st) == ["ListJobs", "CreateJob"]  # the first create never reached the handler


def test_create_answered_500_is_checked_then_created_once(st: Stack) -> None:
    st.server.faults.add(Fault(status=500, body={"message": "internal"}, path_prefix="/release/job"))
    _api(st).create_job(_generate_body(st))
    assert len(st.emu.jobs) == 1
    assert _actions(st) == ["ListJobs", "CreateJob"]


def test_create_refused_with_429_is_retried(st: Stack) -> None:
    st.server.faults.add(Fault(status=429, body={"message": "slow down"}, path_prefix="/release/job"))
    _api(st).create_job(_generate_body(st))
    assert len(st.emu.jobs) == 1 and _actions(st) == ["CreateJob"]


def test_queries_are_retried_on_5xx_but_rate_limit_surfaces_after_attempts(st: Stack) -> None:
    api = _api(st)
    _, job = api.create_job(_generate_body(st))
    st.server.faults.add(Fault(status=503, body={"message": "busy"}, path_prefix="/release/job"), times=2)
    assert api.get_job(job.id)[1].id == job.id
    st.server.faults.add(Fault(status=429, body={"message": "slow"}, headers={"Retry-After": "0"},
                               path_prefix="/release/music_model"), times=3)
    with pytest.raises(RateLimitedError):
        api.list_models()


def test_unknown_job_is_not_found(st: Stack) -> None:
    with pytest.raises(NotFoundError) as info:
        _api(st).get_job("no-such-job")
    assert info.value.request_id and "does not exist" in info.value.detail


def test_bad_secret_is_auth_error_with_request_id(st: Stack) -> None:
    api = _api(st, creds=Credentials(st.emu.secret_id, "wrong"))
    with pytest.raises(AuthError) as info:
        api.list_models()
    assert info.value.code == "AuthFailure" and info.value.request_id
    assert "wrong" not in str(info.value)


@pytest.mark.parametrize("mutate,fragment", [
    (lambda b: b["createJobRequest"]["inputs"][0].update(sourceData="字" * 513), "512"),
    (lambda b: b["createJobRequest"]["outputs"][0]["smartContentDescriptor"].update(outputPrefix="p" * 20),
     "outputPrefix"),
    (lambda b: b["createJobRequest"]["outputs"][0]["smartContentDescriptor"]["voiceCloning"].update(
        modelName="nobody"), "does not exist"),
    (lambda b: b["createJobRequest"]["outputs"][0]["smartContentDescriptor"]["voiceCloning"].pop("modelName"),
     "modelName"),
    (lambda b: b["createJobRequest"]["outputs"][0].pop("contentId"), "contentId"),
    (lambda b: b["createJobRequest"]["outputs"][0]["smartContentDescriptor"]["voiceCloning"].update(
        type=2, modelName="bad-name"), "modelName"),
    (lambda b: b["createJobRequest"]["outputs"][0]["smartContentDescriptor"]["voiceCloning"].update(
        type=2, modelName="ok_name", totalEpoch=51), "totalEpoch"),
    (lambda b: b["createJobRequest"].update(customId="c" * 64), "customId"),
])
def test_service_rejections_keep_its_message(st: Stack, mutate: Any, fragment: str) -> None:
    body = _generate_body(st)
    mutate(body)
    with pytest.raises(VendorRejectedError) as info:
        _api(st).create_job(body)
    assert fragment in info.value.detail
    assert info.value.code == "InvalidParameter" and info.value.request_id and info.value.status == 400
    assert st.emu.jobs == {}


def test_duplicate_model_name_rejected_by_service(st: Stack) -> None:
    st.emu.add_model("taken")
    body = _generate_body(st)
    body["createJobRequest"]["inputs"] = [{"url": "http://127.0.0.1:9/x.wav"}]
    body["createJobRequest"]["outputs"][0]["smartContentDescriptor"]["voiceCloning"] = {
        "type": 2, "modelName": "taken"}
    with pytest.raises(VendorRejectedError, match="already exists"):
        _api(st).create_job(body)


def test_gateway_signing(tmp_path: Path) -> None:
    with stack(tmp_path, gateway_keys=("gw-id", "gw-secret")) as st:
        signed = _api(st, signing=GatewaySigning("gw-id", "gw-secret", "studio"))
        assert signed.list_models() == []
        with pytest.raises(AuthError) as info:
            _api(st, signing=GatewaySigning("gw-id", "not-it", "studio")).list_models()
        assert "HMAC" in info.value.detail and info.value.request_id  # from the X-Api-RequestId header
        with pytest.raises(AuthError):
            _api(st).list_models()
        body = create_job_body(signed.creds, [text_input("hi")], [{
            "contentId": "content-emu", "destination": "/", "inputSelectors": [0],
            "smartContentDescriptor": {"voiceCloning": {"type": 1, "modelName": "default"}}}], custom_id="c1")
        assert signed.create_job(body)[1].custom_id == "c1"
