"""Tencent Multimedia Lab voice cloning: the wire format, exactly as the vendor document gives it.

Source: "声音克隆" of Tencent Multimedia Lab's Smart Music API
(https://multimedia.tencent.com/zh/docs/smart-music/api/voice-cloning); the bodies are built in
`mml_wire`. Every request is a JSON POST with the
public parameters `action`, `secretId`, `secretKey` in the body, to `/release/job` (CreateJob, GetJob,
ListJobs) or `/release/music_model` (ListModels). Because the keys travel in the body, request
bodies are never logged and every text that leaves this module is scrubbed of them.

The service publishes no error table, so errors keep its message and request id as they are and are
framed by HTTP status; only unambiguous signs (401/403, an `AuthFailure…` code) become AuthError.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from studio import redact
from studio.cancel import NEVER, CancelToken
from studio.errors import ErrorKind, StudioError, TransientNetworkError, error_for
from studio.providers.http import (
    HttpClient,
    RateLimiter,
    RetryPolicy,
    kind_for_status,
    parse_retry_after,
    plain_text,
)
from studio.providers.tencent.gateway import retired
from studio.providers.tencent.mml_wire import (
    DEFAULT_GATEWAY,
    JOB_PATH,
    MAX_LIST_LIMIT,
    MODEL_PATH,
    PROVIDER,
    Credentials,
    Job,
    Model,
    get_job_body,
    list_jobs_body,
    list_models_body,
    parse_job,
    parse_models,
    request_id_of,
)

log = logging.getLogger(__name__)

# ---- errors -----------------------------------------------------------------------------------

def scrub(text: str, secrets: tuple[str, ...]) -> str:
    for value in sorted(secrets, key=len, reverse=True):
        if value and value in text:
            text = text.replace(value, "•••")
    return text


def _code_and_message(body: Any) -> tuple[str | None, str | None]:
    if not isinstance(body, dict):
        return None, None
    inner: dict[str, Any] = body["Response"] if isinstance(body.get("Response"), dict) else body
    err = inner.get("error") or inner.get("Error")
    if isinstance(err, dict):
        code, message = err.get("code") or err.get("Code"), err.get("message") or err.get("Message")
    else:
        code = inner.get("code") or inner.get("errorCode") or inner.get("Code")
        message = (inner.get("message") or inner.get("msg") or inner.get("errorMessage")
                   or inner.get("Message") or (err if isinstance(err, str) else None))
    return (str(code) if code not in (None, "", 0) else None), (str(message) if message else None)


def is_auth_code(code: str | None) -> bool:
    return bool(code) and str(code).lower().startswith(("authfailure", "unauthorized", "invalidsecret"))


# Tencent Cloud's common error codes (API 3.0, 公共错误码), which its gateways answer with: a used-up
# quota must not read as a bad key, a frequency limit must be retried like a 429.
_QUOTA_CODES = ("limitexceeded", "resourceinsufficient")
_RATE_CODES = ("requestlimitexceeded",)


def error_from_answer(response: httpx.Response, body: Any, secrets: tuple[str, ...]) -> StudioError:
    """Frame the service's own words in the taxonomy, without ever echoing a key."""
    code, message = _code_and_message(body)
    status = response.status_code
    if message is None:
        text = plain_text(response.text) if not isinstance(body, dict) else ""
        message = f"HTTP {status}" + (f": {text}" if text else "")
    lowered = (code or "").lower()
    if lowered.startswith(_RATE_CODES):
        kind = ErrorKind.RATE_LIMITED
    elif lowered.startswith(_QUOTA_CODES):
        kind = ErrorKind.QUOTA
    elif is_auth_code(code) or status in (401, 403):
        kind = ErrorKind.AUTH
    elif 200 <= status < 300:
        kind = ErrorKind.VENDOR_REJECTED  # an error inside a 200 answer: the request was refused
    else:
        kind = kind_for_status(status)
    said = scrub(message, secrets)
    return error_for(kind, said, detail_zh=f"腾讯返回：{said}", provider=PROVIDER,
                     code=scrub(code, secrets) if code else None,
                     request_id=request_id_of(body, response), status=status,
                     retry_after=parse_retry_after(response.headers.get("Retry-After")))


# ---- optional API-gateway signing --------------------------------------------------------------

def gateway_headers(key_id: str, key_secret: str, source: str, now: datetime | None = None) -> dict[str, str]:
    """The newer gateway's key-pair signing: HMAC-SHA1 over the Date and Source headers."""
    date = (now or datetime.now(UTC)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    signing = f"date: {date}\nsource: {source}"
    digest = hmac.new(key_secret.encode(), signing.encode(), hashlib.sha1).digest()
    signature = base64.b64encode(digest).decode()
    return {
        "Date": date,
        "Source": source,
        "Authorization": f'hmac id="{key_id}", algorithm="hmac-sha1", headers="date source", '
                         f'signature="{signature}"',
    }


# ---- text splitting ---------------------------------------------------------------------------

# ---- the client -------------------------------------------------------------------------------

@dataclass
class GatewaySigning:
    key_id: str
    key_secret: str
    source: str = "voice-studio"

    def __repr__(self) -> str:
        return f"GatewaySigning(key_id=•••, key_secret=•••, source={self.source!r})"


class TencentApi:
    """The four documented actions over `HttpClient` (timeouts, rate limit, safe retries).

    Queries are retried; CreateJob never is blindly: after an unknown outcome the job is looked up
    by its `customId` first, and only created again once the service confirms it has no such job.
    """

    def __init__(self, base_url: str, creds: Credentials, *, signing: GatewaySigning | None = None,
                 rate: float = 2.0, retry: RetryPolicy | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.creds = creds
        self.signing = signing
        self._secrets = creds.values() + ((signing.key_id, signing.key_secret) if signing else ())
        redact_register(self._secrets)
        self.http = HttpClient(
            PROVIDER, base_url=(base_url or DEFAULT_GATEWAY).rstrip("/"),
            headers={"Content-Type": "application/json"}, rate_limiter=RateLimiter(rate, burst=2),
            retry=retry, transport=transport,
            error_mapper=self._framed,
        )
        self.base_url = str(self.http._client.base_url)

    def _framed(self, response: httpx.Response, body: Any) -> StudioError:
        html = "html" in response.headers.get("content-type", "").lower()
        return retired(error_from_answer(response, body, self._secrets), self.base_url, PROVIDER, html=html)

    def close(self) -> None:
        self.http.close()

    def scrub(self, text: str) -> str:
        return scrub(text, self._secrets)

    def _call(self, path: str, body: dict[str, Any], answer_key: str, *, idempotent: bool,
              cancel: CancelToken) -> tuple[str, dict[str, Any]]:
        headers = gateway_headers(self.signing.key_id, self.signing.key_secret, self.signing.source) \
            if self.signing else {}
        log.debug("tencent %s %s", body.get("action"), path)  # the body holds the keys: never logged
        try:
            response, answer = self.http.request("POST", path, json=body, headers=headers,
                                                 idempotent=idempotent, cancel=cancel)
        except StudioError as err:
            framed = retired(err, self.base_url, PROVIDER)  # a gateway that appears retired, said plainly
            if framed is err:
                raise
            raise framed from err
        inner = answer.get(answer_key) if isinstance(answer, dict) else None
        if not isinstance(inner, dict):
            raise error_from_answer(response, answer, self._secrets)
        return request_id_of(answer, response) or "", inner

    def create_job(self, body: dict[str, Any], cancel: CancelToken = NEVER) -> tuple[str, Job]:
        custom_id = body["createJobRequest"]["customId"]
        for attempt in range(3):
            try:
                rid, inner = self._call(JOB_PATH, body, "createJobResponse", idempotent=False, cancel=cancel)
                return rid, parse_job(inner.get("job"))
            except TransientNetworkError:
                # The create may or may not have reached the service: ask before trying again.
                found = self.list_jobs(custom_id, cancel)
                if found:
                    log.info("tencent CreateJob outcome was unknown; found job by customId")
                    return "", max(found, key=lambda j: j.created_at)
                if attempt == 2:
                    raise
                log.info("tencent CreateJob did not arrive; creating it again")
        raise AssertionError("unreachable")

    def get_job(self, job_id: str, cancel: CancelToken = NEVER) -> tuple[str, Job]:
        rid, inner = self._call(JOB_PATH, get_job_body(self.creds, job_id), "getJobResponse",
                                idempotent=True, cancel=cancel)
        return rid, parse_job(inner.get("job"))

    def list_jobs(self, custom_id: str, cancel: CancelToken = NEVER) -> list[Job]:
        _, inner = self._call(JOB_PATH, list_jobs_body(self.creds, custom_id), "listJobsResponse",
                              idempotent=True, cancel=cancel)
        return [parse_job(j) for j in inner.get("jobs") or []]

    def list_models(self, cancel: CancelToken = NEVER, page: int = MAX_LIST_LIMIT) -> list[Model]:
        """Every model, page by page (`offset`, `limit` ≤ 100) until `total` is reached."""
        models: list[Model] = []
        offset = 0
        for _ in range(10_000):
            _, inner = self._call(MODEL_PATH, list_models_body(self.creds, offset, page),
                                  "listModelsResponse", idempotent=True, cancel=cancel)
            items = inner.get("models") or []
            models.extend(parse_models(items))
            offset += len(items)
            total = int(inner.get("total") or 0)
            if not items or offset >= total:
                break
        return models


def redact_register(values: tuple[str, ...]) -> None:
    """Also mask these keys in every log record the studio writes (studio.redact's filter)."""
    for value in values:
        redact.register(value)
