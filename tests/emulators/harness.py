"""Run an aiohttp application (HTTP and WebSocket routes) on 127.0.0.1 in a background thread.

Each emulator builds an `aiohttp.web.Application`; the harness serves it on a free loopback port
and exposes `base_url`. `Faults` is a per-server fault injector applied by middleware: a test
queues faults (status codes, delays, dropped connections, garbage bodies) for the next requests
matching a path prefix, and the emulator's own handlers never need to know.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

WS_CLOSE_AFTER_FRAMES = web.RequestKey("ws_close_after_frames", int)
"""Set on a request by a `Fault(ws_close_after_frames=N)`: WebSocket handlers close after N frames."""


@dataclass
class Fault:
    """What to do instead of (or before) the real handler, for one matching request."""

    status: int | None = None  # answer with this status and `body`
    body: Any = None  # dict → JSON; str → text; bytes → raw
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (or before the real handler)
    drop: bool = False  # close the connection without an answer
    drip: float = 0.0  # send the body one byte per `drip` seconds
    path_prefix: str = ""
    method: str | None = None
    ws_close_after_frames: int | None = None  # WebSocket: close the socket after N frames sent


class Faults:
    def __init__(self) -> None:
        self._queue: list[Fault] = []
        self._lock = threading.Lock()
        self.seen: list[tuple[str, str]] = []

    def add(self, fault: Fault, times: int = 1) -> None:
        with self._lock:
            self._queue.extend([fault] * times)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            self.seen.append((method, path))
            for i, fault in enumerate(self._queue):
                if path.startswith(fault.path_prefix) and (fault.method in (None, method)):
                    return self._queue.pop(i)
        return None


def _fault_middleware(faults: Faults) -> Callable[..., Awaitable[web.StreamResponse]]:
    @web.middleware
    async def middleware(request: web.Request, handler: Callable[..., Awaitable[web.StreamResponse]]):
        fault = faults.take(request.method, request.path)
        if fault is None:
            return await handler(request)
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.drop:
            transport = request.transport
            if transport is not None:
                transport.abort()
            raise asyncio.CancelledError()
        if fault.ws_close_after_frames is not None:
            request[WS_CLOSE_AFTER_FRAMES] = fault.ws_close_after_frames
            return await handler(request)
        if fault.status is None:
            return await handler(request)
        body = fault.body
        if isinstance(body, dict):
            data = json.dumps(body).encode()
            ctype = fault.content_type or "application/json"
        elif isinstance(body, str):
            data = body.encode()
            ctype = fault.content_type or "text/plain"
        else:
            data = body or b""
            ctype = fault.content_type or "application/octet-stream"
        if fault.drip:
            resp = web.StreamResponse(status=fault.status, headers={"Content-Type": ctype, **fault.headers})
            resp.content_length = len(data)
            await resp.prepare(request)
            for i in range(len(data)):
                await resp.write(data[i : i + 1])
                await asyncio.sleep(fault.drip)
            await resp.write_eof()
            return resp
        return web.Response(status=fault.status, body=data, content_type=None,
                            headers={"Content-Type": ctype, **fault.headers})

    return middleware


class EmulatorServer:
    """Serve `app` on 127.0.0.1:<free port> until `stop()`; usable as a context manager."""

    def __init__(self, app: web.Application, faults: Faults | None = None) -> None:
        self.faults = faults or Faults()
        app.middlewares.insert(0, _fault_middleware(self.faults))
        self.app = app
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="emulator", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_base_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def start(self) -> EmulatorServer:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("emulator did not start within 10 s")
        if self._error:
            raise self._error
        return self

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._start())
        except BaseException as exc:  # report start failures to the starting thread
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._cleanup())
        self._loop.close()

    async def _start(self) -> None:
        self._runner = web.AppRunner(self.app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _cleanup(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def call(self, coro: Awaitable[Any]) -> Any:
        """Run a coroutine on the server's loop (for tests that poke emulator state)."""
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)  # type: ignore[arg-type]

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
