"""Fault plumbing for the reliability suites: targeted injection, request accounting, dead sockets,
the fault catalogue, the library guard and the outcome log that `report.py` turns into tables.

`FaultPlan` is an aiohttp middleware installed *inside* the harness's own fault middleware. It sees
each request's vendor action (DashScope `input.action`, Tencent `action`, Tencent Cloud's X-TC-Action
header), records every call, and
applies a harness `Fault` to the requests a `Target` names — before the real handler runs (the
server did nothing) or after it (the server did the work and the answer is lost: the ambiguous
create). The harness applies the `Fault` itself, so the emulators' fault semantics are reused.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf
from aiohttp import web

from studio.errors import ErrorKind
from studio.providers.http import RetryPolicy
from tests.emulators.harness import Fault, Faults, _fault_middleware

# Short everything, so a row takes a fraction of a second: retries, client timeouts, stalls.
FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, max_retry_after=1.0)
CLIENT_TIMEOUT = 0.3  # connect / read timeout of the clients under test, in the timeout rows
BODY_DEADLINE = 0.6  # the whole answer must arrive within this, in the slow-drip rows
RELAXED = 10.0  # every other row: unfaulted requests must never time out on a loaded machine


@dataclass(frozen=True)
class Timeouts:
    read: float  # httpx connect/read/write/pool, WebSocket open, COS requests
    body: float  # the whole answer (HttpClient.body_timeout)


EASY = Timeouts(RELAXED, RELAXED)


def timeouts_for(key: str) -> Timeouts:
    if key in ("read_timeout", "connect_timeout"):
        return Timeouts(CLIENT_TIMEOUT, RELAXED)
    return Timeouts(RELAXED, BODY_DEADLINE) if key == "slow_drip" else EASY
STALL = 1.5  # how long a "read timeout" fault keeps the client waiting: well past CLIENT_TIMEOUT
RETRY_AFTER = 0.25  # what the 429 row's Retry-After asks for
BODY_LIMIT = 256 * 1024  # the client's answer-size ceiling in the oversized rows (the product's is 32 MB)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


# --- targeted injection and accounting ---------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """Which requests a fault applies to: method, path prefix (or exact path), vendor action."""

    path: str
    method: str | None = None
    action: str | None = None
    exact: bool = False

    def matches(self, method: str, path: str, action: str | None) -> bool:
        if self.method is not None and method != self.method:
            return False
        if (path != self.path) if self.exact else not path.startswith(self.path):
            return False
        return self.action is None or self.action == action


@dataclass
class Call:
    method: str
    path: str
    action: str | None
    at: float
    faulted: bool


@dataclass
class _Rule:
    target: Target
    fault: Fault
    left: int
    after: bool


def _action(body: bytes) -> str | None:
    try:
        data = json.loads(body or b"null")
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    inner = data.get("input")
    if isinstance(inner, dict) and isinstance(inner.get("action"), str):
        return str(inner["action"])  # DashScope enrollment: one endpoint, five actions
    return str(data["action"]) if isinstance(data.get("action"), str) else None  # Tencent


class FaultPlan:
    """Record every request an emulator gets and inject faults into the ones a `Target` names."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()

    def inject(self, target: Target, fault: Fault, *, times: int = 1, after: bool = False) -> None:
        with self._lock:
            self._rules.append(_Rule(target, fault, times, after))

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()
            self.calls.clear()

    def count(self, target: Target) -> int:
        with self._lock:
            return sum(1 for c in self.calls if target.matches(c.method, c.path, c.action))

    def matching(self, target: Target) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if target.matches(c.method, c.path, c.action)]

    def install(self, app: web.Application) -> web.Application:
        # Appended, so the harness middleware (inserted first by EmulatorServer) stays outermost.
        app.middlewares.append(self._middleware)
        return app

    def _take(self, method: str, path: str, action: str | None) -> _Rule | None:
        with self._lock:
            rule = next((r for r in self._rules if r.left > 0 and r.target.matches(method, path, action)), None)
            if rule is not None:
                rule.left -= 1
            self.calls.append(Call(method, path, action, time.monotonic(), rule is not None))
            return rule

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        action = request.headers.get("X-TC-Action")  # Tencent Cloud API 3.0: the action is a header
        if action is None and request.method == "POST" and request.content_type == "application/json":
            action = _action(await request.read())  # aiohttp keeps the body for the handler
        rule = self._take(request.method, request.path, action)
        if rule is None:
            return await handler(request)
        one = Faults()
        one.add(replace(rule.fault, path_prefix="", method=None))
        apply = _fault_middleware(one)  # the harness's own fault semantics
        if not rule.after:
            return await apply(request, handler)
        done = await handler(request)  # the server did the work; now lose or spoil the answer
        fault = rule.fault
        if fault.status is None and fault.drip and isinstance(done, web.Response):
            body = done.body if isinstance(done.body, bytes) else b""
            one.clear()
            one.add(replace(fault, status=done.status, body=body, content_type=done.content_type,
                            path_prefix="", method=None))

        async def replay(_: web.Request) -> web.StreamResponse:
            return done

        return await apply(request, replay)


def dead_port() -> int:
    """A loopback port nobody listens on (connections are refused at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def blackhole() -> Iterator[int]:
    """A loopback port whose accept queue is full: new connections hang until the client's connect
    timeout (the kernel drops their SYNs), like a firewalled host."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = int(server.getsockname()[1])
    fillers = []
    for _ in range(3):  # backlog 0 still admits one; a few more make sure the queue is full
        c = socket.socket()
        c.setblocking(False)
        try:
            c.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fillers.append(c)
    try:
        yield port
    finally:
        for c in fillers:
            c.close()
        server.close()


# --- the fault catalogue -----------------------------------------------------------------------
NGINX_502 = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway"
             "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
CAPTIVE_PORTAL = "<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body>Please log in.</body></html>"


# The same faults in Tencent Cloud API 3.0's words (公共错误码, e.g. https://cloud.tencent.com/document/api/1283/90074).
CLOUD_CODES = {"InternalError": "InternalError", "ServiceUnavailable": "InternalError",
               "Throttling.RateQuota": "RequestLimitExceeded", "LimitExceeded": "ResourceInsufficient",
               "AuthFailure": "AuthFailure.SecretIdNotFound"}


def vendor_body(flavour: str, code: str, message: str, request_id: str) -> dict[str, Any] | str:
    """An error answer shaped as the vendor shapes it (DashScope envelope, Tencent `error`, Tencent Cloud's
    `Response.Error`, COS XML)."""
    if flavour == "tencent-cloud":
        return {"Response": {"Error": {"Code": CLOUD_CODES.get(code, code), "Message": message},
                             "RequestId": request_id}}
    if flavour == "cos":
        return (f"<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>{code}</Code><Message>{message}"
                f"</Message><Resource>r</Resource><RequestId>{request_id}</RequestId></Error>")
    if flavour == "tencent":
        return {"requestId": request_id, "error": {"code": code, "message": message}}
    return {"request_id": request_id, "code": code, "message": message}


@dataclass(frozen=True)
class FaultSpec:
    """One kind of fault: how it is made, and what the client must turn it into."""

    key: str
    tried: str  # what was tried, for the report
    kind: ErrorKind | None  # the taxonomy kind a persistent fault ends in (None: the call succeeds)
    retried: bool  # an idempotent call is repeated up to the cap
    ambiguous: bool = False  # the server may have done the work (a create must check before re-sending)
    request_id: bool = False  # the vendor gave a request id, which the error must carry
    connect: str = ""  # "refused" | "timeout": the client is pointed elsewhere instead
    make: Callable[[str, str], Fault] | None = None  # (flavour, request id) → the harness Fault
    flavours: tuple[str, ...] = ()  # only for these vendors' rigs (empty: every rig)


def _vendor(flavour: str, status: int, code: str, message: str, rid: str, **extra: Any) -> Fault:
    ctype = "application/xml" if flavour == "cos" else None
    return Fault(status=status, body=vendor_body(flavour, code, message, rid), content_type=ctype, **extra)


def _status(status: int, code: str, message: str, **extra: Any) -> Callable[[str, str], Fault]:
    return lambda flavour, rid: _vendor(flavour, status, code, message, rid, **extra)


def _quota(flavour: str, rid: str) -> Fault:
    if flavour in ("tencent", "tencent-cloud"):  # Tencent Cloud's common code for a used-up quota
        return _vendor(flavour, 403, "LimitExceeded", "quota exceeded for this account", rid)
    return _vendor(flavour, 403, "AllocationQuota.FreeTierOnly", "The free tier of the model has been exhausted.",
                   rid)


def _auth(flavour: str, rid: str) -> Fault:
    if flavour == "cos":  # COS refuses a key with 403
        return _vendor(flavour, 403, "InvalidAccessKeyId", "The access key Id you provided is invalid.", rid)
    code = "AuthFailure" if flavour in ("tencent", "tencent-cloud") else "InvalidApiKey"
    return _vendor(flavour, 401, code, "Invalid API-key provided.", rid)


HTTP_FAULTS: list[FaultSpec] = [
    FaultSpec("connect_refused", "connection refused (nothing listens on the port)", ErrorKind.TRANSIENT_NETWORK,
              True, connect="refused"),
    FaultSpec("connect_timeout", "connect timeout (a blackholed socket)", ErrorKind.TRANSIENT_NETWORK, True,
              connect="timeout"),
    FaultSpec("read_timeout", f"no answer for {STALL:g} s (client read timeout {CLIENT_TIMEOUT:g} s)",
              ErrorKind.TRANSIENT_NETWORK, True, ambiguous=True, make=lambda f, r: Fault(delay=STALL)),
    FaultSpec("reset", "connection reset before an answer", ErrorKind.TRANSIENT_NETWORK, True, ambiguous=True,
              make=lambda f, r: Fault(drop=True)),
    FaultSpec("http_500", "HTTP 500 with the vendor's error body", ErrorKind.TRANSIENT_NETWORK, True,
              ambiguous=True, request_id=True,
              make=_status(500, "InternalError", "An internal error has occured, try again later.")),
    FaultSpec("http_502", "HTTP 502, plain-text body", ErrorKind.TRANSIENT_NETWORK, True, ambiguous=True,
              make=lambda f, r: Fault(status=502, body="Bad Gateway")),
    FaultSpec("http_503", "HTTP 503 with the vendor's error body", ErrorKind.TRANSIENT_NETWORK, True,
              ambiguous=True, request_id=True,
              make=_status(503, "ServiceUnavailable", "The service is temporarily unavailable.")),
    FaultSpec("http_429", "HTTP 429 without Retry-After", ErrorKind.RATE_LIMITED, True, request_id=True,
              make=_status(429, "Throttling.RateQuota", "Requests rate limit exceeded, please try again later.")),
    FaultSpec("http_429_retry_after", f"HTTP 429 with Retry-After: {RETRY_AFTER:g}", ErrorKind.RATE_LIMITED, True,
              request_id=True,
              make=_status(429, "Throttling.RateQuota", "Requests rate limit exceeded, please try again later.",
                           headers={"Retry-After": f"{RETRY_AFTER:g}"})),
    FaultSpec("malformed_json", "HTTP 200, JSON content type, truncated JSON", ErrorKind.VENDOR_REJECTED, False,
              ambiguous=True,
              make=lambda f, r: Fault(status=200, body='{"request_id": "x", "output": {"voice_id": ',
                                      content_type="application/json")),
    FaultSpec("html_error_page", "HTTP 502 with an nginx HTML page", ErrorKind.TRANSIENT_NETWORK, True,
              ambiguous=True, make=lambda f, r: Fault(status=502, body=NGINX_502, content_type="text/html")),
    FaultSpec("wrong_content_type", "HTTP 200 with an HTML page (captive portal)", ErrorKind.VENDOR_REJECTED,
              False, ambiguous=True,
              make=lambda f, r: Fault(status=200, body=CAPTIVE_PORTAL, content_type="text/html")),
    FaultSpec("http_401", "HTTP 401, key refused (COS: 403 InvalidAccessKeyId)", ErrorKind.AUTH, False,
              request_id=True, make=_auth),
    FaultSpec("http_403_quota", "HTTP 403, quota used up", ErrorKind.QUOTA, False, request_id=True, make=_quota),
    FaultSpec("slow_drip", f"HTTP 200 dripped one byte per 50 ms (answer deadline {BODY_DEADLINE:g} s)",
              ErrorKind.TRANSIENT_NETWORK, True, ambiguous=True,
              make=lambda f, r: Fault(status=200, body={"request_id": r, "output": {}, "pad": "." * 60},
                                      drip=0.05)),
    FaultSpec("oversized", f"HTTP 200 of {4 * BODY_LIMIT // 1024} KiB (limit {BODY_LIMIT // 1024} KiB)",
              ErrorKind.VENDOR_REJECTED, False, ambiguous=True,
              make=lambda f, r: Fault(status=200, body=b'{"pad": "' + b"x" * (4 * BODY_LIMIT) + b'"}',
                                      content_type="application/json")),
]

def _cloud_200(code: str, message: str) -> Callable[[str, str], Fault]:
    """Tencent Cloud API 3.0 answers its errors as HTTP 200 with `Response.Error` (its 错误码 pages)."""
    return lambda flavour, rid: Fault(status=200, body=vendor_body(flavour, code, message, rid),
                                      content_type="application/json")


HTTP_FAULTS += [
    FaultSpec("cloud_rate_limited", "HTTP 200, Response.Error RequestLimitExceeded", ErrorKind.RATE_LIMITED, True,
              request_id=True, flavours=("tencent-cloud",),
              make=_cloud_200("RequestLimitExceeded", "Your current request times exceeds the frequency limit.")),
    FaultSpec("cloud_internal_error", "HTTP 200, Response.Error InternalError", ErrorKind.TRANSIENT_NETWORK, True,
              ambiguous=True, request_id=True, flavours=("tencent-cloud",),
              make=_cloud_200("InternalError", "An internal error has occurred. Retry your request.")),
]
BY_KEY = {spec.key: spec for spec in HTTP_FAULTS}


# --- the library and the take must not move ----------------------------------------------------
def library_snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read through a separate connection."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_take(path: Path, seconds: float = 12.0, rate: int = 24000) -> Path:
    """A take on disk: a voiced tone with syllable-like loudness (enough for the emulators' checks)."""
    t = np.arange(int(seconds * rate)) / rate
    voiced = sum(np.sin(2 * np.pi * 150 * k * t) / k for k in range(1, 6))
    x = 0.25 * voiced * (0.55 + 0.45 * np.sin(2 * np.pi * 4.0 * t) ** 2)
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, x.astype(np.float32), rate, subtype="PCM_16")
    return path


# --- outcomes for the report -------------------------------------------------------------------
RECORD_ENV = "VS_RELIABILITY_RECORD"


def record(suite: str, row: str, **fields: Any) -> None:
    """Append one outcome to the file named by $VS_RELIABILITY_RECORD (report.py sets it)."""
    target = os.environ.get(RECORD_ENV)
    if not target:
        return
    test = os.environ.get("PYTEST_CURRENT_TEST", "").split("::")[-1].rsplit(" ", 1)[0]  # name[params]
    line = json.dumps({"suite": suite, "row": row, "test": test, **fields}, ensure_ascii=False, default=str)
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")


__all__ = [
    "BODY_DEADLINE", "BODY_LIMIT", "BY_KEY", "CLIENT_TIMEOUT", "FAST_RETRY", "HTTP_FAULTS", "RETRY_AFTER",
    "STALL", "Call", "FaultPlan", "FaultSpec", "Target", "blackhole", "dead_port", "file_digest",
    "library_snapshot", "make_take", "record", "vendor_body",
]


# --- WebSocket task faults (a task handler the emulator's dispatcher routes to) -----------------
FAULT_PARAM = "x_fault"  # run-task parameter naming the fault; any model, duplex or streaming-out


def install_ws_faults() -> Callable[[], None]:
    """Plug `FaultyTask` into the DashScope emulator's task registry; returns the unplug function."""
    from tests.emulators.dashscope import tts_ws

    class FaultyTask(tts_ws.TaskHandler):
        """Fails with a vendor code before starting, or sends a text frame that is not JSON, or an
        audio frame larger than any client accepts — whatever its parameters ask for."""

        @property
        def params(self) -> dict[str, Any]:
            return dict(self.run_msg["payload"].get("parameters") or {})

        async def start(self) -> None:
            p = self.params
            if p[FAULT_PARAM] == "fail":  # like the vendor: task-failed instead of task-started
                await self.session.fail(self.task_id, str(p["x_code"]), str(p.get("x_message") or "failed"))
                return
            await self.session.event(self.task_id, "task-started", {})
            if tts_ws.streaming_of(self.run_msg) == "out":
                await self._emit()

        async def on_continue(self, msg: dict[str, Any]) -> None:
            return None

        async def on_finish(self, msg: dict[str, Any]) -> None:
            await self._emit()

        async def _emit(self) -> None:
            if self.params[FAULT_PARAM] == "oversized":
                await self.session.send_bytes(b"\0" * (33 * 1024 * 1024))  # the client takes 32 MiB frames
                return
            await self.session.ws.send_str('{"header": {"event": "result-generated"')  # cut short
            await self.session.send_bytes(b"\0\1" * 1600)
            self.session.task = None
            await self.session.event(self.task_id, "task-finished", {"usage": {"characters": 1}})

    tts_ws.register_task_handler("reliability-faults", lambda msg: FAULT_PARAM in (
        (msg.get("payload") or {}).get("parameters") or {}), FaultyTask)
    return lambda: tts_ws.unregister_task_handler("reliability-faults")


@dataclass(frozen=True)
class WsSpec:
    key: str
    tried: str
    kind: ErrorKind | None
    tasks: str  # "one" (never restarted) | "cap" (restarted before any audio, up to the cap)
    fault: Fault | None = None  # applied to the handshake (the harness hook)
    params: dict[str, Any] | None = None  # run-task parameters for FaultyTask


WS_FAULTS: list[WsSpec] = [
    WsSpec("ws_closed_midstream", "socket cut after 8 frames, audio already played", ErrorKind.TRANSIENT_NETWORK,
           "one", fault=Fault(ws_close_after_frames=8)),
    WsSpec("task_failed_transient", "task-failed InternalError before audio", ErrorKind.TRANSIENT_NETWORK, "cap",
           params={FAULT_PARAM: "fail", "x_code": "InternalError", "x_message": "Internal server error."}),
    WsSpec("task_failed_final", "task-failed InvalidParameter", ErrorKind.INVALID_INPUT, "one",
           params={FAULT_PARAM: "fail", "x_code": "InvalidParameter", "x_message": "voice is not valid."}),
    WsSpec("malformed_frame", "a text frame that is not JSON, then audio", None, "one",
           params={FAULT_PARAM: "garbage"}),
    WsSpec("oversized_frame", "a 33 MiB audio frame (client limit 32 MiB)", ErrorKind.TRANSIENT_NETWORK, "cap",
           params={FAULT_PARAM: "oversized"}),
]
