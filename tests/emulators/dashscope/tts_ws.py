"""DashScope inference WebSocket (`/api-ws/v1/inference`, spec §2) with a registry of task handlers.

One connection carries one task at a time (and may carry another after `task-finished`). The
connection loop authenticates at the handshake (401 before the upgrade for a bad key), parses
client frames and hands them to the `TaskHandler` chosen on `run-task` by `register_task_handler`
matchers — CosyVoice duplex lives in `tts_cosyvoice`; Sambert (`streaming: "out"`) plugs in the same way:

    class SambertTask(TaskHandler): ...
    register_task_handler("sambert", lambda msg: model_of(msg).startswith("sambert"), SambertTask)

Fault hooks: the harness `Fault(ws_close_after_frames=N)` aborts the TCP connection after the
server has sent N frames (text or binary), mid-stream, without a close frame.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web

from tests.emulators.harness import WS_CLOSE_AFTER_FRAMES

from .common import error_response, state_of
from .state import DashScopeState

PATHS = ("/api-ws/v1/inference", "/api-ws/v1/inference/")
MAX_CHUNK_CHARS = 20_000
MAX_TOTAL_CHARS = 200_000


class ConnectionDropped(Exception):
    """The fault hook cut the connection; unwind without sending anything more."""


def model_of(msg: dict[str, Any]) -> str:
    payload = msg.get("payload")
    return str(payload.get("model", "")) if isinstance(payload, dict) else ""


def streaming_of(msg: dict[str, Any]) -> str:
    header = msg.get("header")
    return str(header.get("streaming", "")) if isinstance(header, dict) else ""


def count_characters(text: str) -> int:
    """Vendor billing rule: a Chinese character counts 2, any other character 1 (SSML tags are taken out
    by the caller, only for text sent as SSML)."""
    return sum(2 if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" else 1 for ch in text)


_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])|(?<=\.)(?=\s)")


def split_sentences(buffer: str) -> tuple[list[str], str]:
    """(complete sentences, unfinished rest) — synthesis starts as soon as a sentence is complete."""
    parts = _SENTENCE_END.split(buffer)
    done = [p for p in parts[:-1] if p.strip()]
    return done, parts[-1]


class WsSession:
    """One client connection: sending helpers with frame counting, and the active task."""

    def __init__(self, ws: web.WebSocketResponse, request: web.Request, state: DashScopeState,
                 account: str) -> None:
        self.ws = ws
        self.request = request
        self.state = state
        self.account = account
        self.task: TaskHandler | None = None
        self.frames_sent = 0
        self.close_after: int | None = request.get(WS_CLOSE_AFTER_FRAMES)

    async def _count(self) -> None:
        self.frames_sent += 1
        if self.close_after is not None and self.frames_sent >= self.close_after:
            if self.request.transport is not None:
                self.request.transport.abort()
            raise ConnectionDropped()

    async def send_json(self, obj: dict[str, Any]) -> None:
        if self.ws.closed:
            raise ConnectionDropped()
        await self.ws.send_str(json.dumps(obj, ensure_ascii=False))
        await self._count()

    async def send_bytes(self, data: bytes) -> None:
        if self.ws.closed:
            raise ConnectionDropped()
        await self.ws.send_bytes(data)
        await self._count()

    async def event(self, task_id: str, event: str, payload: dict[str, Any],
                    attributes: dict[str, Any] | None = None) -> None:
        header = {"task_id": task_id, "event": event, "attributes": attributes or {}}
        await self.send_json({"header": header, "payload": payload})

    async def fail(self, task_id: str, code: str, message: str) -> None:
        """task-failed, then close the connection (the vendor does not keep it after a failure)."""
        if self.task is not None:
            self.task.abort()
            self.task = None
        header = {"task_id": task_id, "event": "task-failed", "error_code": code,
                  "error_message": message, "attributes": {}}
        try:
            await self.send_json({"header": header, "payload": {}})
        finally:
            await self.ws.close()


class TaskHandler:
    """One task. The connection loop calls start → on_continue* → on_finish; abort on teardown."""

    def __init__(self, session: WsSession, task_id: str, run_msg: dict[str, Any]) -> None:
        self.session = session
        self.task_id = task_id
        self.run_msg = run_msg

    @property
    def awaiting_input(self) -> bool:
        """True while the server waits for the client (the idle timeout runs only then)."""
        return True

    async def start(self) -> None:
        raise NotImplementedError

    async def on_continue(self, msg: dict[str, Any]) -> None:
        await self.session.fail(self.task_id, "InvalidParameter", "continue-task is not supported here.")

    async def on_finish(self, msg: dict[str, Any]) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        return None


Matcher = Callable[[dict[str, Any]], bool]
_HANDLERS: list[tuple[str, Matcher, type[TaskHandler]]] = []


def register_task_handler(name: str, matches: Matcher, handler: type[TaskHandler]) -> None:
    """Route run-task messages for which `matches(msg)` is true to `handler` (re-registering replaces)."""
    _HANDLERS[:] = [h for h in _HANDLERS if h[0] != name]
    _HANDLERS.append((name, matches, handler))


def unregister_task_handler(name: str) -> None:
    _HANDLERS[:] = [h for h in _HANDLERS if h[0] != name]


async def _dispatch(session: WsSession, msg: dict[str, Any]) -> None:
    raw_header = msg.get("header")
    header: dict[str, Any] = raw_header if isinstance(raw_header, dict) else {}
    action, task_id = header.get("action"), str(header.get("task_id") or "")
    state = session.state
    with state.lock:
        state.ws_messages.append({**msg, "_at": time.monotonic()})
    if action == "run-task":
        if session.task is not None:
            await session.fail(task_id, "InvalidParameter", "a task is already running on this connection.")
            return
        if not isinstance(msg.get("payload"), dict):
            await session.fail(task_id, "InvalidParameter", "task can not be null")
            return
        with state.lock:
            state.tasks.append({"task_id": task_id, "model": model_of(msg), "at": time.monotonic(),
                                "parameters": msg["payload"].get("parameters")})
        if state.throttled("tts", session.account, state.tts_rps):
            await session.fail(task_id, "Throttling.RateQuota",
                               "Requests rate limit exceeded, please try again later.")
            return
        for _name, matches, handler in reversed(_HANDLERS):  # the latest registration wins
            if matches(msg):
                session.task = handler(session, task_id, msg)
                await session.task.start()
                return
        await session.fail(task_id, "ModelNotFound", f"Model not found ({model_of(msg)}).")
        return
    task = session.task
    if task is None or task.task_id != task_id:
        await session.fail(task_id, "InvalidParameter", f"task {task_id} is not running.")
    elif action == "continue-task":
        await task.on_continue(msg)
    elif action == "finish-task":
        await task.on_finish(msg)
    else:
        await session.fail(task_id, "InvalidParameter", f"unknown action {action!r}.")


async def inference(request: web.Request) -> web.StreamResponse:
    state = state_of(request)
    account = state.account_for_header(request.headers.get("Authorization"))
    if account is None:  # refused before the upgrade, as the vendor does
        return error_response(401, "InvalidApiKey", "Invalid API-key provided.")
    # A short close handshake: the vendor drops failed sockets, and teardown must not wait 10 s.
    ws = web.WebSocketResponse(timeout=1.0, max_msg_size=16 * 1024 * 1024)
    await ws.prepare(request)
    session = WsSession(ws, request, state, account)
    try:
        while not ws.closed:
            waiting = session.task is None or session.task.awaiting_input
            try:
                message = await ws.receive(timeout=state.idle_timeout if waiting else None)
            except TimeoutError:
                if session.task is not None and session.task.awaiting_input:
                    await session.fail(session.task.task_id, "CLIENT_ERROR",
                                       f"request timeout after {state.idle_timeout:g} seconds.")
                else:
                    await ws.close()
                break
            if message.type == WSMsgType.TEXT:
                try:
                    parsed = json.loads(message.data)
                except ValueError:
                    parsed = None
                if not isinstance(parsed, dict):
                    await session.fail("", "InvalidParameter", "message is not a JSON object.")
                    break
                await _dispatch(session, parsed)
            elif message.type in (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
                break
    except (ConnectionDropped, ConnectionResetError):
        pass
    finally:
        if session.task is not None:
            session.task.abort()
            worker = getattr(session.task, "worker", None)
            if worker is not None and not worker.done():
                await asyncio.gather(worker, return_exceptions=True)
    return ws


def routes() -> list[web.RouteDef]:
    return [web.get(path, inference) for path in PATHS]


__all__ = ["ConnectionDropped", "TaskHandler", "WsSession", "count_characters", "model_of",
           "register_task_handler", "routes", "split_sentences", "streaming_of", "unregister_task_handler"]
