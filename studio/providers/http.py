"""HTTP plumbing shared by the cloud providers: timeouts, client-side rate limits, safe retries.

Rules (house style §7): every request has a timeout; 429 and 5xx and transport failures are
retried with capped exponential backoff and jitter, honouring `Retry-After`; a request that is not
idempotent (a create) is never retried once it may have reached the server — the caller checks
the outcome instead (list by prefix / by customId). Vendor error bodies are turned into
`StudioError`s by a provider-supplied `ErrorMapper`.
"""

from __future__ import annotations

import html
import logging
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from studio.cancel import NEVER, CancelToken
from studio.errors import (
    ErrorKind,
    StudioError,
    TransientNetworkError,
    VendorRejectedError,
    error_for,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
MAX_BODY_BYTES = 32 * 1024 * 1024  # refuse absurd answers instead of filling memory
# The read timeout bounds each read, so an answer dripped a byte at a time never trips it: the whole
# answer must also arrive within this (reliability matrix, "slow drip").
BODY_TIMEOUT = 120.0


class RateLimiter:
    """Token bucket: at most `rate` acquisitions per second, bursting to `burst`. Thread-safe."""

    def __init__(self, rate: float, burst: int | None = None) -> None:
        self.rate = float(rate)
        self.capacity = float(burst if burst is not None else max(1, int(rate)))
        self._tokens = self.capacity
        self._stamp = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self, cancel: CancelToken = NEVER) -> None:
        while True:
            with self._lock:
                now = time.monotonic()
                self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
                self._stamp = now
                if self._tokens >= 1.0:
                    self._tokens -= 1.0
                    return
                wait = (1.0 - self._tokens) / self.rate
            if cancel.wait(wait):
                cancel.raise_if_cancelled()


@dataclass
class RetryPolicy:
    attempts: int = 4  # total tries for idempotent requests
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 30.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        backoff = min(self.max_delay, self.base_delay * (2 ** attempt))
        return backoff * (0.5 + random.random() / 2)  # jitter: 50–100 %


ErrorMapper = Callable[[httpx.Response, Any], StudioError]
"""(response, parsed JSON body or None) → the StudioError for a non-success answer."""


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def plain_text(text: str, limit: int = 300) -> str:
    """An error body as a person can read it: an HTML page (a proxy's or gateway's) becomes its
    title, or its text without markup, instead of being shown as raw tags in a dialog."""
    text = text.strip()
    if not text.startswith("<"):
        return text[:limit]
    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.S | re.I)
    words = title.group(1) if title else re.sub(r"<[^>]*>", " ", text)
    return " ".join(html.unescape(words).split())[:limit]


def default_error_mapper(provider: str) -> ErrorMapper:
    def mapper(response: httpx.Response, body: Any) -> StudioError:
        code = body.get("code") if isinstance(body, dict) else None
        message = (body.get("message") if isinstance(body, dict) else None) or plain_text(response.text)
        rid = body.get("request_id") if isinstance(body, dict) else None
        kind = kind_for_status(response.status_code)
        return error_for(kind, str(message), provider=provider, code=str(code) if code else None,
                         request_id=rid, status=response.status_code,
                         retry_after=parse_retry_after(response.headers.get("Retry-After")))

    return mapper


def kind_for_status(status: int) -> ErrorKind:
    if status in (401, 403):
        return ErrorKind.AUTH
    if status == 429:
        return ErrorKind.RATE_LIMITED
    if status == 404:
        return ErrorKind.NOT_FOUND
    if status >= 500:
        return ErrorKind.TRANSIENT_NETWORK
    return ErrorKind.VENDOR_REJECTED


class HttpClient:
    """A small wrapper over `httpx.Client` adding the studio's retry, rate and error rules."""

    def __init__(
        self,
        provider: str,
        *,
        base_url: str = "",
        headers: dict[str, str] | None = None,
        rate_limiter: RateLimiter | None = None,
        retry: RetryPolicy | None = None,
        error_mapper: ErrorMapper | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        body_timeout: float = BODY_TIMEOUT,
    ) -> None:
        self.provider = provider
        self.body_timeout = body_timeout
        self.rate_limiter = rate_limiter
        self.retry = retry or RetryPolicy()
        self.error_mapper = error_mapper or default_error_mapper(provider)
        self._client = httpx.Client(
            base_url=base_url, headers=headers or {}, timeout=timeout, transport=transport,
            follow_redirects=False,
        )

    def close(self) -> None:
        self._client.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        idempotent: bool | None = None,
        cancel: CancelToken = NEVER,
        limiter: RateLimiter | None = None,
        ok_statuses: tuple[int, ...] = (200, 201, 204),
        **kwargs: Any,
    ) -> tuple[httpx.Response, Any]:
        """Send with retries; return (response, parsed JSON or None). Raises StudioError."""
        if idempotent is None:
            idempotent = method.upper() in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
        attempt = 0
        while True:
            cancel.raise_if_cancelled()
            (limiter or self.rate_limiter or _NO_LIMIT).acquire(cancel)
            last_try = attempt + 1 >= self.retry.attempts
            try:
                began = time.monotonic()
                response, body = self._send(method, url, kwargs)
                # no query string: a presigned URL carries its signature there
                log.debug("%s %s %s%s → %s in %.0f ms", self.provider, method.upper(), response.request.url.host,
                          response.request.url.path, response.status_code, (time.monotonic() - began) * 1000)
            except httpx.HTTPError as exc:
                err = _transport_error(self.provider, exc)
                # A create that may have reached the server is never repeated blindly.
                never_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))
                if last_try or not (idempotent or never_sent):
                    raise err from exc
                self._sleep(attempt, None, cancel)
                attempt += 1
                continue
            if response.status_code in ok_statuses:
                if body is _BAD_JSON or body is _TOO_LARGE:
                    raise self._unusable(response, body is _TOO_LARGE, idempotent)
                return response, body
            err = self.error_mapper(response, body if isinstance(body, (dict, list)) else None)
            # 429 means the request was refused before any work: safe to repeat even for creates.
            retryable = err.kind == ErrorKind.RATE_LIMITED or (idempotent and err.retryable)
            if last_try or not retryable:
                raise err
            log.info("%s %s → %s, retrying", self.provider, url, response.status_code)
            self._sleep(attempt, err.retry_after, cancel)
            attempt += 1

    def _send(self, method: str, url: str, kwargs: dict[str, Any]) -> tuple[httpx.Response, Any]:
        """Send, then read the answer under a size cap and a deadline for the whole body.

        Streamed, so an oversized answer is refused before it fills memory and a dripped one is
        abandoned (as a read timeout) instead of holding the worker for as long as the server likes.
        The returned response carries the body read here (decoded), for error mappers to use.
        """
        request = self._client.build_request(method, url, **kwargs)
        response = self._client.send(request, stream=True)
        try:
            if int(response.headers.get("content-length") or 0) > MAX_BODY_BYTES:
                return response, _TOO_LARGE
            deadline = time.monotonic() + self.body_timeout
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    return response, _TOO_LARGE
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout(f"the answer took longer than {self.body_timeout:g} s",
                                            request=request)
                chunks.append(chunk)
        finally:
            response.close()
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
        read = httpx.Response(response.status_code, headers=headers, content=b"".join(chunks), request=request)
        return read, _parse_body(read)

    def _unusable(self, response: httpx.Response, too_large: bool, idempotent: bool) -> StudioError:
        ctype = response.headers.get("content-type", "no content type")
        en = ("The provider's answer is too large to be genuine." if too_large
              else f"The provider answered with something that is not JSON ({ctype}).")
        zh = "服务商的应答过大，不像是正常应答。" if too_large else f"服务商的应答不是 JSON（{ctype}）。"
        if idempotent:
            return VendorRejectedError(en, detail_zh=zh, provider=self.provider, status=response.status_code)
        # A create answered with something unreadable may still have been carried out: the outcome
        # is unknown, exactly as after a lost answer, so the caller checks before sending it again.
        return TransientNetworkError(f"{en} Whether the request was carried out is not known yet.",
                                     detail_zh=f"{zh}尚不清楚请求是否已执行。", provider=self.provider,
                                     status=response.status_code)

    def _sleep(self, attempt: int, retry_after: float | None, cancel: CancelToken) -> None:
        if cancel.wait(self.retry.delay(attempt, retry_after)):
            cancel.raise_if_cancelled()


class _NoLimit(RateLimiter):
    def __init__(self) -> None:
        pass

    def acquire(self, cancel: CancelToken = NEVER) -> None:
        return None


_NO_LIMIT = _NoLimit()
_BAD_JSON = object()
_TOO_LARGE = object()


def _parse_body(response: httpx.Response) -> Any:
    ctype = response.headers.get("content-type", "")
    if not response.content:
        return None
    if "json" not in ctype:
        return _BAD_JSON
    try:
        return response.json()
    except ValueError:
        return _BAD_JSON


def _transport_error(provider: str, exc: httpx.HTTPError) -> StudioError:
    if isinstance(exc, httpx.TimeoutException):
        what, zh = "timed out", "请求超时"
    elif isinstance(exc, httpx.ConnectError):
        what, zh = "could not connect", "无法连接"
    else:
        what, zh = f"connection failed ({type(exc).__name__})", f"连接中断（{type(exc).__name__}）"
    return TransientNetworkError(f"Network: {what}.", detail_zh=f"网络：{zh}。", provider=provider)
