"""The Multimedia Lab gateway, when its API Gateway host appears retired, says so plainly and points to
Tencent Cloud 声音复刻 (or a gateway URL from the account manager); its own answers stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from studio.errors import ErrorKind, StudioError
from studio.providers.http import RetryPolicy
from studio.providers.tencent.mml_api import TencentApi
from studio.providers.tencent.mml_wire import DEFAULT_GATEWAY, Credentials

Handler = Callable[[httpx.Request], httpx.Response]


def _api(handler: Handler, base: str = DEFAULT_GATEWAY) -> TencentApi:
    return TencentApi(base, Credentials("gw-id", "gw-key"), rate=1000.0,
                      retry=RetryPolicy(attempts=2, base_delay=0.0, max_delay=0.0),
                      transport=httpx.MockTransport(handler))


def _unresolved(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)


def _page(status: int) -> Handler:
    return lambda request: httpx.Response(status, text="<html><head><title>Welcome</title></head><body>hi</body></html>",
                                          headers={"Content-Type": "text/html"})


@pytest.mark.parametrize(("handler", "kind", "what"), [
    (_unresolved, ErrorKind.TRANSIENT_NETWORK, "does not resolve"),
    (_page(200), ErrorKind.VENDOR_REJECTED, "web page"),
    (_page(404), ErrorKind.VENDOR_REJECTED, "web page"),
    (lambda request: httpx.Response(404, text=""), ErrorKind.VENDOR_REJECTED, "not found"),
    (_page(502), ErrorKind.TRANSIENT_NETWORK, "web page"),
], ids=["unresolved", "html-200", "html-404", "bare-404", "html-502"])
def test_a_retired_gateway_is_said_plainly(handler: Handler, kind: ErrorKind, what: str) -> None:
    with pytest.raises(StudioError) as info:
        _api(handler).list_models()
    err = info.value
    assert err.code == "gateway_retired" and err.kind == kind and what in err.detail
    assert "appears retired" in err.detail and "2475" in err.detail and "Tencent Cloud 声音复刻" in err.detail
    assert "似乎已下线" in (err.detail_zh or "") and "腾讯云声音复刻" in (err.detail_zh or "")
    assert "service-mqk0mc83-1257411467.bj.apigw.tencentcs.com" in err.detail
    assert "gw-key" not in err.user_message("en") + err.user_message("zh")


def test_the_services_own_answers_and_other_hosts_are_left_alone() -> None:
    job_missing = lambda request: httpx.Response(  # noqa: E731
        404, json={"requestId": "r-1", "error": {"code": "JobNotFound", "message": "job 'x' does not exist"}})
    with pytest.raises(StudioError) as info:
        _api(job_missing).get_job("x")
    assert info.value.code == "JobNotFound" and info.value.request_id == "r-1"
    with pytest.raises(StudioError) as info:
        _api(_page(404), base="https://voice.example.com").list_models()  # not an API Gateway host
    assert info.value.code != "gateway_retired" and "retired" not in info.value.detail
