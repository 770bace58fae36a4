"""DashScope inference WebSocket (`/api-ws/v1/inference`, spec §2) with a registry of task handlers.

One connection carries one task at a time (and may carry another after `task-finished`). The
connection loop authenticates at the handshake (401 before the upgrade for a bad key), parses
client frames and hands them to the `TaskHandler` chosen on `run-task` by `register_task_handler`
matchers — CosyVoice duplex lives here; Sambert (`streaming: "out"`) plugs in the same way:

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
import uuid
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web

from .audio import FORMATS, SAMPLE_RATES, UnsupportedFormat, make_encoder, synthesize_speech
from .common import error_response, state_of
from .state import STOCK_VOICES, DashScopeState

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
    """Vendor billing rule: a Chinese character counts 2, any other character 1; SSML tags are free."""
    if text.lstrip().startswith("<speak"):
        text = re.sub(r"<[^>]*>", "", text)
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
        self.close_after: int | None = request.get("ws_close_after_frames")

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


class CosyVoiceTask(TaskHandler):
    """Duplex CosyVoice synthesis: text in by continue-task, audio out per sentence as it is ready."""

    def __init__(self, session: WsSession, task_id: str, run_msg: dict[str, Any]) -> None:
        super().__init__(session, task_id, run_msg)
        self.params: dict[str, Any] = dict(run_msg["payload"].get("parameters") or {})
        self.buffer = ""
        self.total_chars = 0
        self.characters = 0
        self.sentence_index = 0
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.worker: asyncio.Task[None] | None = None
        self.finishing = False

    @property
    def awaiting_input(self) -> bool:
        return not self.finishing

    def _check_voice(self, model: str) -> str | None:
        voice = self.params.get("voice")
        if not isinstance(voice, str) or not voice:
            return "voice is required."
        if voice in STOCK_VOICES:
            return None if model in STOCK_VOICES[voice] else "[tts:]Engine return error code: 418"
        state = self.session.state
        with state.lock:
            cloned = state.voices.get(voice)
        if cloned is None or cloned.account != self.session.account or cloned.target_model != model:
            return "[tts:]Engine return error code: 418"
        if cloned.status() != "OK":
            return f"voice {voice} is not ready (status {cloned.status()})."
        return None

    def _setup(self) -> str | None:
        p = self.params
        fmt = str(p.get("format") or "Default")
        self.format = "mp3" if fmt == "Default" else fmt.lower()
        self.rate = int(p.get("sample_rate") or 0) or 22050
        if self.format not in FORMATS:
            return f"format {fmt} is not supported."
        if self.rate not in SAMPLE_RATES:
            return f"sample_rate {self.rate} is not supported."
        checks = (("volume", 0, 100, 50), ("rate", 0.5, 2.0, 1.0), ("pitch", 0.5, 2.0, 1.0))
        for name, lo, hi, default in checks:
            value = p.get(name, default)
            if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
                return f"{name} must be within [{lo}, {hi}]."
        instruction = p.get("instruction")
        if instruction is not None and (not isinstance(instruction, str) or len(instruction) > 128):
            return "instruction must be a string of at most 128 characters."
        try:
            bit_rate = p.get("bit_rate") if self.format == "opus" else None
            self.encoder = make_encoder(self.format, self.rate, int(bit_rate) if bit_rate else None)
        except UnsupportedFormat as exc:
            return str(exc)
        return None

    async def start(self) -> None:
        model = model_of(self.run_msg)
        problem = self._check_voice(model) or self._setup()
        if problem:
            await self.session.fail(self.task_id, "InvalidParameter", problem)
            return
        if self.session.state.start_delay:
            await asyncio.sleep(self.session.state.start_delay)
        await self.session.event(self.task_id, "task-started", {})
        self.worker = asyncio.create_task(self._work())
        text = (self.run_msg["payload"].get("input") or {}).get("text")
        if isinstance(text, str) and text:  # old SDKs may put text in run-task
            await self._add_text(text)

    async def _add_text(self, text: str) -> None:
        if len(text) > MAX_CHUNK_CHARS or self.total_chars + len(text) > MAX_TOTAL_CHARS:
            await self.session.fail(self.task_id, "InvalidParameter", "text is too long.")
            return
        self.total_chars += len(text)
        done, self.buffer = split_sentences(self.buffer + text)
        for sentence in done:
            self.queue.put_nowait(sentence)

    async def on_continue(self, msg: dict[str, Any]) -> None:
        inp = (msg.get("payload") or {}).get("input")
        if not isinstance(inp, dict):
            await self.session.fail(self.task_id, "InvalidParameter", "task can not be null")
            return
        if isinstance(inp.get("text"), str):
            await self._add_text(inp["text"])
        if inp.get("flush") and self.buffer.strip():
            self.queue.put_nowait(self.buffer)
            self.buffer = ""

    async def on_finish(self, msg: dict[str, Any]) -> None:
        inp = (msg.get("payload") or {}).get("input") or {}
        if inp.get("directive") == "cancel":
            self.abort()
            await self._finished()
            return
        self.finishing = True
        if self.buffer.strip():
            self.queue.put_nowait(self.buffer)
        self.buffer = ""
        self.queue.put_nowait(None)

    async def _finished(self) -> None:
        self.session.task = None
        await self.session.event(self.task_id, "task-finished", {"usage": {"characters": self.characters}},
                                 {"request_uuid": str(uuid.uuid4())})

    def abort(self) -> None:
        if self.worker is not None and not self.worker.done():
            self.worker.cancel()

    async def _work(self) -> None:
        try:
            while (sentence := await self.queue.get()) is not None:
                await self._speak(sentence)
            tail = self.encoder.flush()
            if tail:
                await self._audio(self.sentence_index - 1, tail)
            await self._finished()
        except (ConnectionDropped, ConnectionResetError):
            pass

    async def _audio(self, index: int, data: bytes) -> None:
        words: list[dict[str, Any]] = []
        out = {"sentence": {"index": max(index, 0), "words": words}, "type": "sentence-synthesis"}
        await self.session.event(self.task_id, "result-generated", {"output": out})
        await self.session.send_bytes(data)
        if self.session.state.frame_interval:
            await asyncio.sleep(self.session.state.frame_interval)

    async def _speak(self, sentence: str) -> None:
        index, self.sentence_index = self.sentence_index, self.sentence_index + 1
        begin = {"sentence": {"index": index, "words": []}, "type": "sentence-begin", "original_text": sentence}
        await self.session.event(self.task_id, "result-generated", {"output": begin})
        p = self.params
        hints = p.get("language_hints")
        pcm = await asyncio.get_running_loop().run_in_executor(None, lambda: synthesize_speech(
            sentence, voice=str(p.get("voice")), sample_rate=self.rate, rate=float(p.get("rate", 1.0)),
            pitch=float(p.get("pitch", 1.0)), volume=int(p.get("volume", 50)),
            language=hints[0] if isinstance(hints, list) and hints else None))
        step = max(1, self.rate * self.session.state.frame_ms // 1000)
        for at in range(0, len(pcm), step):
            data = self.encoder.encode(pcm[at:at + step])
            if data:
                await self._audio(index, data)
        self.characters += count_characters(sentence)
        end: dict[str, Any] = {"sentence": {"index": index, "words": self._words(sentence, len(pcm))},
                               "type": "sentence-end", "original_text": sentence}
        await self.session.event(self.task_id, "result-generated",
                                 {"output": end, "usage": {"characters": self.characters}})

    def _words(self, sentence: str, samples: int) -> list[dict[str, Any]]:
        if not self.params.get("word_timestamp_enabled") or not sentence:
            return []
        per = samples * 1000 // self.rate / max(1, len(sentence))
        return [{"text": ch, "begin_index": i, "end_index": i + 1, "begin_time": int(i * per),
                 "end_time": int((i + 1) * per)} for i, ch in enumerate(sentence)]


register_task_handler(
    "cosyvoice",
    lambda msg: model_of(msg).startswith("cosyvoice") and streaming_of(msg) in ("duplex", ""),
    CosyVoiceTask,
)


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
        for _name, matches, handler in _HANDLERS:
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


__all__ = ["ConnectionDropped", "CosyVoiceTask", "TaskHandler", "WsSession", "count_characters", "model_of",
           "register_task_handler", "routes", "split_sentences", "streaming_of", "unregister_task_handler"]
