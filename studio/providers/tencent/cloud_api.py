"""Tencent Cloud API 3.0 over the studio's HTTP plumbing: TC3-HMAC-SHA256 signing, the answer envelope,
retries and client-side rate limits.

Sources:
- "签名方法 v3" https://cloud.tencent.com/document/api/382/52072 and "公共参数"
  https://cloud.tencent.com/document/api/270/35296 (common parameters as X-TC-* headers; the canonical
  request over POST, "/", an empty query, the `content-type` and `host` headers and the SHA-256 of the
  body; the HMAC chain "TC3"+SecretKey → date → service → "tc3_request"; Timestamp within five minutes);
- the official SDK `tencentcloud-sdk-python-common` 3.1.x, `abstract_client.py`
  (`_build_req_with_tc3_signature`, `_get_tc3_signature`) and `sign.py` (`sign_tc3`), which this module
  matches byte for byte: the body is `json.dumps(params)` of the request model's fields in their
  declared order, `Content-Type: application/json`, and the Host the request is sent to
  (tests/conformance/test_tencent_sdk_wire.py compares the two on the wire).

Business errors arrive as HTTP 200 with `Response.Error` (see cloud_errors.py); a refusal for rate
(`RequestLimitExceeded`) is retried for every action, a transient one (`InternalError`) only for
actions that are safe to repeat. A create is never sent twice here: its caller resolves an unknown
outcome.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from studio import redact
from studio.cancel import NEVER, CancelToken
from studio.errors import (
    ErrorKind,
    InvalidInputError,
    StudioError,
    TransientNetworkError,
    VendorRejectedError,
    error_for,
)
from studio.providers.http import (
    HttpClient,
    RateLimiter,
    RetryPolicy,
    kind_for_status,
    parse_retry_after,
    plain_text,
)
from studio.providers.tencent.cloud_errors import cloud_error

log = logging.getLogger(__name__)

ALGORITHM = "TC3-HMAC-SHA256"
CONTENT_TYPE = "application/json"  # what the SDK sends for a POST (abstract_client._json_content)
REQUEST_CLIENT = "VoiceStudio/0.1"
LANGUAGE = "zh-CN"  # 公共参数 Language (X-TC-Language): zh-CN or en-US; the SDK's default, kept


@dataclass(frozen=True)
class CloudCredentials:
    secret_id: str
    secret_key: str

    def __repr__(self) -> str:  # never in a traceback or a debugger's dump
        return "CloudCredentials(secret_id=•••, secret_key=•••)"


@dataclass(frozen=True)
class Service:
    """One Cloud API product: its signing name, API version and default host."""

    name: str  # "vrs", "tts": the credential scope's service (the host's first label)
    version: str
    host: str


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def signature(secret_key: str, date: str, service: str, string_to_sign: str) -> str:
    """The TC3 signature: HMAC-SHA256 chain over the date, the service and "tc3_request" (签名方法 v3, 步骤三)."""
    k_date = _hmac(("TC3" + secret_key).encode("utf-8"), date)
    k_service = _hmac(k_date, service)
    k_signing = _hmac(k_service, "tc3_request")
    return hmac.new(k_signing, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


def sign_headers(creds: CloudCredentials, service: Service, host: str, action: str, payload: bytes,
                 timestamp: int, region: str = "") -> dict[str, str]:
    """The headers of one signed POST (the 公共参数 of 签名方法 v3), in the SDK's order."""
    date = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    canonical = "\n".join(("POST", "/", "", f"content-type:{CONTENT_TYPE}\nhost:{host}\n", "content-type;host",
                           hashlib.sha256(payload).hexdigest()))
    scope = f"{date}/{service.name}/tc3_request"
    to_sign = "\n".join((ALGORITHM, str(timestamp), scope, hashlib.sha256(canonical.encode("utf-8")).hexdigest()))
    headers = {"Content-Type": CONTENT_TYPE, "Host": host, "X-TC-Action": action,
               "X-TC-RequestClient": REQUEST_CLIENT, "X-TC-Timestamp": str(timestamp),
               "X-TC-Version": service.version}
    if region:
        headers["X-TC-Region"] = region
    headers["X-TC-Language"] = LANGUAGE
    headers["Authorization"] = (f"{ALGORITHM} Credential={creds.secret_id}/{scope}, SignedHeaders=content-type;host, "
                                f"Signature={signature(creds.secret_key, date, service.name, to_sign)}")
    return headers


def body_of(params: dict[str, Any]) -> bytes:
    """The request body exactly as the SDK writes it: `json.dumps` with its defaults (ASCII escapes)."""
    return json.dumps(params).encode("utf-8")


def base_url_for(service: Service, override: str = "") -> str:
    """The base URL to send to: https://<service host>, or an override (http only for loopback)."""
    if not override:
        return f"https://{service.host}"
    url = httpx.URL(override.strip())
    loopback = url.host in ("localhost",) or _is_loopback(url.host)
    if url.scheme not in ("http", "https") or not url.host or (url.scheme == "http" and not loopback):
        raise InvalidInputError(
            f"{override!r} cannot be used as a Tencent Cloud address: use https:// (plain http only on this "
            "computer's loopback address).",
            detail_zh=f"{override!r} 不能用作腾讯云地址：请使用 https://（仅本机回环地址可用 http）。",
            code="bad_endpoint")
    if url.path not in ("", "/") or url.query:
        raise InvalidInputError(f"{override!r}: give the base address only, without a path.",
                                detail_zh=f"{override!r}：请只填写基础地址，不要带路径。", code="bad_endpoint")
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class Answer:
    """A successful answer: `Response` without its RequestId, and the RequestId."""

    response: dict[str, Any]
    request_id: str

    @property
    def data(self) -> dict[str, Any]:
        value = self.response.get("Data")
        return value if isinstance(value, dict) else {}


class CloudClient:
    """Signed Cloud API 3.0 calls to one service, through `HttpClient` (timeouts, caps, retries)."""

    def __init__(self, provider: str, service: Service, creds: CloudCredentials, *, region: str = "",
                 base_url: str = "", limits: dict[str, RateLimiter] | None = None,
                 retry: RetryPolicy | None = None, transport: httpx.BaseTransport | None = None) -> None:
        self.provider = provider
        self.service = service
        self.creds = creds
        self.region = region
        self.limits = limits or {}
        for value in (creds.secret_id, creds.secret_key):
            redact.register(value)  # masked in every log record and error text from now on
        url = base_url_for(service, base_url)
        self.host = httpx.URL(url).netloc.decode("ascii")
        self.http = HttpClient(provider, base_url=url, retry=retry, transport=transport,
                               error_mapper=self._error_from_status)
        self.retry = self.http.retry

    def close(self) -> None:
        self.http.close()

    def call(self, action: str, params: dict[str, Any], *, idempotent: bool = True,
             cancel: CancelToken = NEVER) -> Answer:
        payload = body_of(params)
        attempt = 0
        while True:
            cancel.raise_if_cancelled()
            headers = sign_headers(self.creds, self.service, self.host, action, payload, int(time.time()),
                                   self.region)
            log.debug("%s %s (%d bytes)", self.service.name, action, len(payload))  # never the body: audio, names
            response, answer = self.http.request("POST", "/", content=payload, headers=headers,
                                                 idempotent=idempotent, cancel=cancel,
                                                 limiter=self.limits.get(action), ok_statuses=(200,))
            inner = answer.get("Response") if isinstance(answer, dict) else None
            if not isinstance(inner, dict):
                raise self._no_envelope(response, idempotent)
            rid = str(inner.get("RequestId") or "")
            error = inner.get("Error")
            if not error:
                return Answer({k: v for k, v in inner.items() if k != "RequestId"}, rid)
            err = self._error_in(error, rid, 200)
            retry = err.kind == ErrorKind.RATE_LIMITED or (idempotent and err.retryable)
            if not retry or attempt + 1 >= self.retry.attempts:
                raise err
            log.info("%s %s → %s, retrying", self.service.name, action, err.code)
            if cancel.wait(self.retry.delay(attempt, None)):
                cancel.raise_if_cancelled()
            attempt += 1

    def _error_in(self, error: Any, request_id: str, status: int) -> StudioError:
        code = str(error.get("Code") or "") if isinstance(error, dict) else ""
        message = str(error.get("Message") or "") if isinstance(error, dict) else str(error)
        return cloud_error(self.provider, code, message, request_id, status=status)

    def _error_from_status(self, response: httpx.Response, body: Any) -> StudioError:
        """A non-200 answer (a proxy's page, a gateway's error, or the envelope with an odd status)."""
        inner = body.get("Response") if isinstance(body, dict) else None
        if isinstance(inner, dict) and inner.get("Error"):
            err = self._error_in(inner["Error"], str(inner.get("RequestId") or ""), response.status_code)
            if response.status_code >= 500 and err.kind in (ErrorKind.VENDOR_REJECTED, ErrorKind.NOT_FOUND):
                err.kind = ErrorKind.TRANSIENT_NETWORK
            err.retry_after = parse_retry_after(response.headers.get("Retry-After"))
            return err
        said = plain_text(response.text) or f"HTTP {response.status_code}"
        return error_for(kind_for_status(response.status_code), f"Tencent Cloud answered HTTP {response.status_code}: "
                         f"{said}", detail_zh=f"腾讯云返回 HTTP {response.status_code}：{said}", provider=self.provider,
                         status=response.status_code,
                         retry_after=parse_retry_after(response.headers.get("Retry-After")))

    def _no_envelope(self, response: httpx.Response, idempotent: bool) -> StudioError:
        en, zh = "Tencent Cloud's answer has no Response in it.", "腾讯云的应答中没有 Response。"
        if idempotent:
            return VendorRejectedError(en, detail_zh=zh, provider=self.provider, status=response.status_code)
        return TransientNetworkError(f"{en} Whether the request was carried out is not known yet.",
                                     detail_zh=f"{zh}尚不清楚请求是否已执行。", provider=self.provider,
                                     status=response.status_code)
