"""A task client for the DashScope inference WebSocket (spec §2; reused for Sambert, §3).

One `run()` = one connection and one task: connect with the API key, `run-task`, wait for
`task-started`, then (duplex) one `continue-task` per text chunk and `finish-task`; audio frames go
to `on_audio` the moment they arrive, so playback can start before synthesis ends. For
`streaming="out"` (Sambert) the text travels in run-task's `input` and nothing else is sent.

Failures map to the studio taxonomy: a refused handshake by its HTTP status (401 → AuthError),
`task-failed` by its vendor code, a dropped socket → TransientNetworkError. Cancelling sends
`finish-task` with `directive: cancel`, as the SDK's `streaming_cancel()` does, then closes.
A task is retried (with backoff) only when it failed before any audio reached `on_audio`, so a
consumer never receives the same audio twice.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from studio.cancel import NEVER, CancelToken
from studio.errors import CancelledError, StudioError, TransientNetworkError
from studio.providers.dashscope_common import vendor_error
from studio.providers.http import RateLimiter, RetryPolicy, parse_retry_after

log = logging.getLogger(__name__)

_POLL_S = 0.1  # how often a waiting receive looks at the cancel token
_CANCEL_GRACE_S = 2.0  # how long to wait for task-finished after a cancel directive


@dataclass
class TaskResult:
    task_id: str
    characters: int = 0  # billed characters, as the server counts them (cumulative usage)
    audio_bytes: int = 0
    frames: int = 0
    connect_s: float = 0.0  # handshake time
    started_s: float = 0.0  # run-task sent → task-started
    first_audio_s: float | None = None  # first text sent → first audio frame
    first_audio_total_s: float | None = None  # run() called → first audio frame (the SDK's figure)
    total_s: float = 0.0
    attempts: int = 1
    request_uuid: str = ""
    sentences: list[dict[str, Any]] = field(default_factory=list)  # sentence-end outputs
    last_response: dict[str, Any] | None = None


@dataclass
class _Run:
    result: TaskResult
    on_audio: Callable[[bytes], None] | None
    on_event: Callable[[dict[str, Any]], None] | None
    t0: float
    texts_at: float = 0.0
    finished: bool = False


class WsTaskClient:
    """Runs DashScope WebSocket tasks against `url` with `headers` (see `dashscope_common.ws_headers`)."""

    def __init__(
        self,
        url: str,
        headers: dict[str, str],
        *,
        provider: str,
        open_timeout: float = 10.0,
        start_timeout: float = 10.0,
        recv_timeout: float = 60.0,
        retry: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.url = url
        self.headers = headers
        self.provider = provider
        self.open_timeout = open_timeout
        self.start_timeout = start_timeout
        self.recv_timeout = recv_timeout
        self.retry = retry or RetryPolicy()
        self.limiter = limiter

    # --- public -------------------------------------------------------------------------------
    def run(
        self,
        *,
        model: str,
        parameters: dict[str, Any],
        texts: Sequence[str] = (),
        run_input: dict[str, Any] | None = None,
        streaming: str = "duplex",
        task_group: str = "audio",
        task: str = "tts",
        function: str = "SpeechSynthesizer",
        on_audio: Callable[[bytes], None] | None = None,
        on_event: Callable[[dict[str, Any]], None] | None = None,
        on_restart: Callable[[], None] | None = None,
        cancel: CancelToken = NEVER,
    ) -> TaskResult:
        """Run one task to task-finished. With `on_restart`, a task that fails after audio arrived is
        retried too (after `on_restart()` lets the caller drop the partial audio)."""
        t0 = time.monotonic()
        attempt = 0
        while True:
            cancel.raise_if_cancelled()
            if self.limiter is not None:
                self.limiter.acquire(cancel)
            run = _Run(TaskResult(task_id=uuid.uuid4().hex, attempts=attempt + 1), on_audio, on_event, t0)
            payload = {"model": model, "task_group": task_group, "task": task, "function": function,
                       "input": run_input or {}, "parameters": parameters}
            try:
                self._run_once(run, payload, texts, streaming, cancel)
                run.result.total_s = time.monotonic() - t0
                return run.result
            except StudioError as err:
                restartable = run.result.frames == 0 or on_restart is not None
                if not (err.retryable and restartable and attempt + 1 < self.retry.attempts):
                    raise
                if run.result.frames and on_restart is not None:
                    on_restart()
                log.info("%s task %s failed before audio (%s), retrying", self.provider, run.result.task_id,
                         err.code or err.kind)
                if cancel.wait(self.retry.delay(attempt, err.retry_after)):
                    cancel.raise_if_cancelled()
                attempt += 1

    # --- one attempt --------------------------------------------------------------------------
    def _connect(self, stack: ExitStack) -> ClientConnection:
        try:
            # As a context manager: websockets ≥ 17.1 deprecates bare connect(); older ones accept both.
            return stack.enter_context(connect(
                self.url, additional_headers=self.headers, open_timeout=self.open_timeout, close_timeout=2,
                max_size=32 * 1024 * 1024, compression=None, user_agent_header=None))
        except InvalidStatus as exc:
            response = exc.response
            body: dict[str, Any] = {}
            try:
                parsed = json.loads(response.body or b"{}")
                body = parsed if isinstance(parsed, dict) else {}
            except ValueError:
                pass
            message = body.get("message") or (response.body or b"").decode("utf-8", "replace")[:200]
            raise vendor_error(self.provider, status=response.status_code, code=body.get("code"),
                               message=message or response.reason_phrase, request_id=body.get("request_id"),
                               retry_after=parse_retry_after(response.headers.get("Retry-After"))) from exc
        except (OSError, TimeoutError, InvalidHandshake) as exc:
            raise TransientNetworkError(f"Could not open the synthesis connection ({type(exc).__name__}).",
                                        detail_zh="无法建立合成连接。", provider=self.provider) from exc

    def _run_once(self, run: _Run, payload: dict[str, Any], texts: Sequence[str], streaming: str,
                  cancel: CancelToken) -> None:
        with ExitStack() as stack:
            t_connect = time.monotonic()
            conn = self._connect(stack)
            run.result.connect_s = time.monotonic() - t_connect
            self._converse(conn, run, payload, texts, streaming, cancel)

    def _converse(self, conn: ClientConnection, run: _Run, payload: dict[str, Any], texts: Sequence[str],
                  streaming: str, cancel: CancelToken) -> None:
        task_id = run.result.task_id
        try:
            header = {"action": "run-task", "task_id": task_id, "streaming": streaming}
            sent_at = time.monotonic()
            conn.send(json.dumps({"header": header, "payload": payload}, ensure_ascii=False))
            self._pump(conn, run, cancel, until_started=True, deadline=sent_at + self.start_timeout)
            run.result.started_s = time.monotonic() - sent_at
            run.texts_at = time.monotonic() if streaming == "duplex" else sent_at
            if streaming == "duplex":
                base = {k: payload[k] for k in ("model", "task_group", "task", "function")}
                for text in texts:
                    cancel.raise_if_cancelled()
                    msg = {"header": {"action": "continue-task", "task_id": task_id, "streaming": streaming},
                           "payload": {**base, "input": {"text": text}}}
                    conn.send(json.dumps(msg, ensure_ascii=False))
                conn.send(json.dumps({"header": {"action": "finish-task", "task_id": task_id,
                                                 "streaming": streaming}, "payload": {"input": {}}}))
            self._pump(conn, run, cancel, until_started=False, deadline=None)
        except CancelledError:
            self._send_cancel(conn, run, streaming)
            raise
        except ConnectionClosed as exc:
            what = "after" if run.result.frames else "before"
            raise TransientNetworkError(
                f"The synthesis connection closed {what} audio arrived ({run.result.frames} frames, "
                f"{run.result.audio_bytes} bytes received).",
                detail_zh=f"合成连接意外关闭（已收到 {run.result.frames} 帧音频）。",
                provider=self.provider, request_id=task_id) from exc

    def _pump(self, conn: ClientConnection, run: _Run, cancel: CancelToken, *, until_started: bool,
              deadline: float | None) -> None:
        """Receive until task-started (if `until_started`) or task-finished; raise on failure."""
        quiet_since = time.monotonic()
        while True:
            if cancel.cancelled:
                raise CancelledError()
            now = time.monotonic()
            if deadline is not None and now > deadline:
                raise TransientNetworkError("The synthesis task did not start in time.",
                                            detail_zh="合成任务未能按时开始。", provider=self.provider,
                                            request_id=run.result.task_id)
            if now - quiet_since > self.recv_timeout:
                raise TransientNetworkError(f"No answer from the synthesis server for {self.recv_timeout:g} s.",
                                            detail_zh="合成服务长时间无响应。", provider=self.provider,
                                            request_id=run.result.task_id)
            try:
                message = conn.recv(timeout=_POLL_S)
            except TimeoutError:
                continue
            quiet_since = time.monotonic()
            if isinstance(message, bytes):
                self._audio(run, message)
                continue
            event = self._event(run, message)
            if event == "task-started" and until_started:
                return
            if event == "task-finished":
                run.finished = True
                return

    def _audio(self, run: _Run, data: bytes) -> None:
        result = run.result
        if result.frames == 0:
            now = time.monotonic()
            result.first_audio_s = now - (run.texts_at or now)
            result.first_audio_total_s = now - run.t0
        result.frames += 1
        result.audio_bytes += len(data)
        if run.on_audio is not None:
            run.on_audio(data)

    def _event(self, run: _Run, text: str) -> str:
        try:
            msg = json.loads(text)
        except ValueError:
            log.warning("%s: ignoring a non-JSON text frame", self.provider)
            return ""
        if not isinstance(msg, dict):
            return ""
        header = msg.get("header") or {}
        payload = msg.get("payload") or {}
        event = str(header.get("event", ""))
        run.result.last_response = msg
        usage = payload.get("usage") if isinstance(payload, dict) else None
        if isinstance(usage, dict) and isinstance(usage.get("characters"), int):
            run.result.characters = max(run.result.characters, usage["characters"])
        if event == "task-failed":
            raise vendor_error(self.provider, status=None, code=header.get("error_code"),
                               message=header.get("error_message"), request_id=header.get("task_id"))
        if event == "task-finished":
            run.result.request_uuid = str((header.get("attributes") or {}).get("request_uuid", ""))
        elif event == "result-generated":
            output = payload.get("output") if isinstance(payload, dict) else None
            if isinstance(output, dict) and output.get("type") in ("sentence-end", None) and output.get("sentence"):
                run.result.sentences.append(output)
            if run.on_event is not None:
                run.on_event(payload)
        return event

    def _send_cancel(self, conn: ClientConnection, run: _Run, streaming: str) -> None:
        """Tell the server to stop (remaining audio discarded), wait briefly for task-finished."""
        msg = {"header": {"action": "finish-task", "task_id": run.result.task_id, "streaming": streaming},
               "payload": {"input": {"directive": "cancel"}}}
        try:
            conn.send(json.dumps(msg))
            end = time.monotonic() + _CANCEL_GRACE_S
            while time.monotonic() < end:
                message = conn.recv(timeout=max(0.01, end - time.monotonic()))
                if isinstance(message, str) and '"task-finished"' in message:
                    break
        except (ConnectionClosed, TimeoutError, OSError):
            pass

