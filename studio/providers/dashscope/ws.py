"""A task client for the DashScope inference WebSocket (spec §2; reused for Sambert, §3).

One task = one connection: connect with the API key, `run-task`, wait for `task-started`, then
(duplex) one `continue-task` per text chunk and `finish-task`; for `streaming="out"` (Sambert) the
text travels in run-task's `input` and nothing else is sent. Two ways to use it:

* `frames(...)`: an iterator over what the server sends (events and binary audio frames, as they
  arrive) for one attempt — for callers that want to drive things themselves;
* `run(...)`: the whole task with callbacks (`on_audio` gets each audio frame immediately, for
  streaming playback), client-side rate limiting and retries.

Failures map to the studio taxonomy: a refused handshake by its HTTP status (401 → AuthError),
`task-failed` by its vendor code, a dropped socket → TransientNetworkError. Cancelling a duplex task
sends `finish-task` with `directive: cancel`, as the SDK's `streaming_cancel()` does, then closes; a
`streaming: "out"` task (Sambert) has no continue-task or finish-task in its protocol — the SDK's
`websocket_request.py` sends run-task alone in that mode ("语音合成Sambert WebSocket API",
https://help.aliyun.com/zh/model-studio/sambert-websocket-api) — so it is cancelled by closing.
`run()` retries a task only when it failed before any audio reached `on_audio` (or when the caller
gives `on_restart` to drop partial audio), so a consumer never receives the same audio twice.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from studio.cancel import NEVER, CancelToken
from studio.errors import CancelledError, StudioError, TransientNetworkError
from studio.providers.dashscope.errors import vendor_error
from studio.providers.http import RateLimiter, RetryPolicy, parse_retry_after, plain_text

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
    first_audio_total_s: float | None = None  # task begun (incl. limiter wait, connect) → first audio
    total_s: float = 0.0
    attempts: int = 1
    request_uuid: str = ""
    sentences: list[dict[str, Any]] = field(default_factory=list)  # sentence-end outputs
    sentence_starts: dict[int, int] = field(default_factory=dict)  # audio bytes received before each began
    last_response: dict[str, Any] | None = None


@dataclass
class WsFrame:
    """One server frame: `event` is the server event name, or "audio" for a binary frame."""

    event: str
    data: bytes = b""
    message: dict[str, Any] = field(default_factory=dict)

    @property
    def payload(self) -> dict[str, Any]:
        payload = self.message.get("payload")
        return payload if isinstance(payload, dict) else {}


@dataclass
class TaskSpec:
    model: str
    parameters: dict[str, Any]
    texts: Sequence[str] = ()
    run_input: dict[str, Any] | None = None
    streaming: str = "duplex"
    task_group: str = "audio"
    task: str = "tts"
    function: str = "SpeechSynthesizer"

    def run_payload(self) -> dict[str, Any]:
        return {"model": self.model, "task_group": self.task_group, "task": self.task, "function": self.function,
                "input": self.run_input or {}, "parameters": self.parameters}


class WsTaskClient:
    """Runs DashScope WebSocket tasks against `url` with `headers` (see `dashscope_common.ws_headers`)."""

    def __init__(self, url: str, headers: dict[str, str], *, provider: str, open_timeout: float = 10.0,
                 start_timeout: float = 10.0, recv_timeout: float = 60.0, retry: RetryPolicy | None = None,
                 limiter: RateLimiter | None = None) -> None:
        self.url = url
        self.headers = headers
        self.provider = provider
        self.open_timeout = open_timeout
        self.start_timeout = start_timeout
        self.recv_timeout = recv_timeout
        self.retry = retry or RetryPolicy()
        self.limiter = limiter

    # --- the whole task, with callbacks and retries ---------------------------------------------
    def run(self, spec: TaskSpec, *, on_audio: Callable[[bytes], None] | None = None,
            on_event: Callable[[dict[str, Any]], None] | None = None, on_restart: Callable[[], None] | None = None,
            cancel: CancelToken = NEVER) -> TaskResult:
        """Run to task-finished. With `on_restart`, a task that fails after audio arrived is retried too
        (after `on_restart()` lets the caller drop the partial audio)."""
        t0 = time.monotonic()
        attempt = 0
        while True:
            cancel.raise_if_cancelled()
            result = TaskResult(task_id=uuid.uuid4().hex, attempts=attempt + 1)
            try:
                # closing(): if a callback raises, the socket is closed now, not at garbage collection.
                with closing(self.frames(spec, cancel=cancel, result=result, started_at=t0)) as frames:
                    for frame in frames:
                        if frame.event == "audio":
                            if on_audio is not None:
                                on_audio(frame.data)
                        elif frame.event == "result-generated" and on_event is not None:
                            on_event(frame.payload)
                result.total_s = time.monotonic() - t0
                return result
            except StudioError as err:
                restartable = result.frames == 0 or on_restart is not None
                if not (err.retryable and restartable and attempt + 1 < self.retry.attempts):
                    raise
                if result.frames and on_restart is not None:
                    on_restart()
                log.info("%s task %s failed (%s) after %d frames, retrying", self.provider, result.task_id,
                         err.code or err.kind, result.frames)
                if cancel.wait(self.retry.delay(attempt, err.retry_after)):
                    cancel.raise_if_cancelled()
                attempt += 1

    # --- one attempt, as an iterator ----------------------------------------------------------
    def frames(self, spec: TaskSpec, *, cancel: CancelToken = NEVER, result: TaskResult | None = None,
               started_at: float | None = None) -> Generator[WsFrame, None, None]:
        """Yield every server frame from task-started to task-finished, in order, as it arrives.

        Raises the mapped StudioError on task-failed, a refused handshake or a dropped socket, and
        CancelledError (after telling the server) when `cancel` fires. `result` is filled as it goes.
        """
        result = result or TaskResult(task_id=uuid.uuid4().hex)
        t0 = started_at if started_at is not None else time.monotonic()
        with ExitStack() as stack:
            t_connect = time.monotonic()
            conn = self._connect(stack)
            result.connect_s = time.monotonic() - t_connect
            try:
                yield from self._converse(conn, spec, result, t0, cancel)
            except CancelledError:
                self._send_cancel(conn, result.task_id, spec.streaming)
                raise
            except ConnectionClosed as exc:
                what = "after" if result.frames else "before"
                raise TransientNetworkError(
                    f"The synthesis connection closed {what} audio arrived ({result.frames} frames, "
                    f"{result.audio_bytes} bytes received).",
                    detail_zh=f"合成连接意外关闭（已收到 {result.frames} 帧音频）。",
                    provider=self.provider, request_id=result.task_id) from exc

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
            # A refused upgrade may come from a gateway as an HTML page: show its title, not its markup.
            message = body.get("message") or plain_text((response.body or b"").decode("utf-8", "replace"), 200)
            raise vendor_error(self.provider, status=response.status_code, code=body.get("code"),
                               message=message or response.reason_phrase, request_id=body.get("request_id"),
                               retry_after=parse_retry_after(response.headers.get("Retry-After"))) from exc
        except (OSError, TimeoutError, InvalidHandshake) as exc:
            raise TransientNetworkError(f"Could not open the synthesis connection ({type(exc).__name__}).",
                                        detail_zh="无法建立合成连接。", provider=self.provider) from exc

    def _converse(self, conn: ClientConnection, spec: TaskSpec, result: TaskResult, t0: float,
                  cancel: CancelToken) -> Iterator[WsFrame]:
        task_id, streaming = result.task_id, spec.streaming
        if self.limiter is not None:
            # The vendor counts task starts: take the permit once connected, right before run-task,
            # so a slow connect cannot bunch starts together at the server.
            self.limiter.acquire(cancel)
        sent_at = time.monotonic()
        conn.send(json.dumps({"header": {"action": "run-task", "task_id": task_id, "streaming": streaming},
                              "payload": spec.run_payload()}, ensure_ascii=False))
        started = False
        texts_at = sent_at
        deadline: float | None = sent_at + self.start_timeout
        quiet_since = sent_at
        while True:
            if cancel.cancelled:
                raise CancelledError()
            now = time.monotonic()
            if deadline is not None and now > deadline:
                raise TransientNetworkError("The synthesis task did not start in time.",
                                            detail_zh="合成任务未能按时开始。", provider=self.provider,
                                            request_id=task_id)
            if now - quiet_since > self.recv_timeout:
                raise TransientNetworkError(f"No answer from the synthesis server for {self.recv_timeout:g} s.",
                                            detail_zh="合成服务长时间无响应。", provider=self.provider,
                                            request_id=task_id)
            try:
                message = conn.recv(timeout=_POLL_S)
            except TimeoutError:
                continue
            quiet_since = time.monotonic()
            if isinstance(message, bytes):
                if result.frames == 0:
                    result.first_audio_s = quiet_since - texts_at
                    result.first_audio_total_s = quiet_since - t0
                result.frames += 1
                result.audio_bytes += len(message)
                yield WsFrame("audio", data=message)
                continue
            frame = self._event(result, message)
            if frame is None:
                continue
            yield frame
            if frame.event == "task-finished":
                return
            if frame.event == "task-started" and not started:
                started, deadline = True, None
                result.started_s = time.monotonic() - sent_at
                if streaming == "duplex":
                    texts_at = time.monotonic()
                    self._send_texts(conn, spec, task_id, cancel)

    def _send_texts(self, conn: ClientConnection, spec: TaskSpec, task_id: str, cancel: CancelToken) -> None:
        base = {k: v for k, v in spec.run_payload().items() if k in ("model", "task_group", "task", "function")}
        header = {"action": "continue-task", "task_id": task_id, "streaming": spec.streaming}
        for text in spec.texts:
            cancel.raise_if_cancelled()
            conn.send(json.dumps({"header": header, "payload": {**base, "input": {"text": text}}},
                                 ensure_ascii=False))
        conn.send(json.dumps({"header": {**header, "action": "finish-task"}, "payload": {"input": {}}}))

    def _event(self, result: TaskResult, text: str) -> WsFrame | None:
        try:
            msg = json.loads(text)
        except ValueError:
            log.warning("%s: ignoring a non-JSON text frame", self.provider)
            return None
        if not isinstance(msg, dict):
            return None
        frame = WsFrame(str((msg.get("header") or {}).get("event", "")), message=msg)
        header, payload = msg.get("header") or {}, frame.payload
        result.last_response = msg
        usage = payload.get("usage")
        if isinstance(usage, dict) and isinstance(usage.get("characters"), int):
            result.characters = max(result.characters, usage["characters"])
        if frame.event == "task-failed":
            raise vendor_error(self.provider, status=None, code=header.get("error_code"),
                               message=header.get("error_message"), request_id=header.get("task_id"))
        if frame.event == "task-finished":
            result.request_uuid = str((header.get("attributes") or {}).get("request_uuid", ""))
        elif frame.event == "result-generated":
            output = payload.get("output")
            if isinstance(output, dict) and output.get("type") in ("sentence-end", None) and output.get("sentence"):
                result.sentences.append(output)
            elif isinstance(output, dict) and output.get("type") == "sentence-begin":
                index = (output.get("sentence") or {}).get("index")
                if isinstance(index, int):
                    result.sentence_starts.setdefault(index, result.audio_bytes)
        return frame

    def _send_cancel(self, conn: ClientConnection, task_id: str, streaming: str) -> None:
        """Tell the server to stop (remaining audio discarded), wait briefly for task-finished; a task
        whose protocol has no finish-task is stopped by closing the connection (the caller's ExitStack)."""
        if streaming != "duplex":
            return
        msg = {"header": {"action": "finish-task", "task_id": task_id, "streaming": streaming},
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
