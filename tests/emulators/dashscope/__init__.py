"""DashScope emulator: CosyVoice enrollment (HTTP), temporary uploads, Files and fine-tunes (Sambert
cloning), and the inference WebSocket (CosyVoice duplex, Sambert streaming-out).

Usage in a test:

    with DashScopeEmulator() as emu:               # serves on 127.0.0.1:<free port>
        dashscope.base_http_api_url = emu.http_base  # http://127.0.0.1:PORT/api/v1
        dashscope.base_websocket_api_url = emu.ws_base  # ws://127.0.0.1:PORT/api-ws/v1/inference
        dashscope.api_key = emu.api_key
        emu.state.deploy_delay = 0.0                # tune behaviour
        emu.faults.add(Fault(status=429, path_prefix="/api/v1/services"))  # inject faults

`build_app(state)` returns the bare aiohttp application for callers with their own server.
"""

from __future__ import annotations

from aiohttp import web

from tests.emulators.harness import EmulatorServer, Fault, Faults

from . import enrollment, files, finetunes, tts_cosyvoice, tts_sambert, tts_ws, uploads
from .audio import make_encoder, synthesize_speech
from .common import STATE_KEY
from .state import STOCK_VOICES, DashScopeState

HTTP_PREFIX = "/api/v1"
WS_PATH = "/api-ws/v1/inference"


PUBLIC_PATH = "/public/"


async def _public_file(request: web.Request) -> web.Response:
    """A stand-in for "a publicly reachable URL" (a user's own web host), on loopback."""
    state = request.app[STATE_KEY]
    with state.lock:
        data = state.public_files.get(request.match_info["name"])
    if data is None:
        return web.Response(status=404, text="not found")
    return web.Response(body=data, content_type="application/octet-stream")


def build_app(state: DashScopeState | None = None) -> web.Application:
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app[STATE_KEY] = state or DashScopeState()
    app.add_routes(enrollment.routes())
    app.add_routes(uploads.routes())
    app.add_routes(files.routes())
    app.add_routes(finetunes.routes())
    app.add_routes(tts_ws.routes())
    app.add_routes([web.get(PUBLIC_PATH + "{name}", _public_file)])
    return app


class DashScopeEmulator:
    """The emulator on a loopback port, with its state and the harness fault queue at hand."""

    def __init__(self, state: DashScopeState | None = None, faults: Faults | None = None) -> None:
        self.state = state or DashScopeState()
        self.server = EmulatorServer(build_app(self.state), faults)

    @property
    def faults(self) -> Faults:
        return self.server.faults

    @property
    def api_key(self) -> str:
        return sorted(self.state.api_keys)[0]

    @property
    def http_base(self) -> str:
        return self.server.base_url + HTTP_PREFIX

    @property
    def ws_base(self) -> str:
        return self.server.ws_base_url + WS_PATH

    @property
    def root_url(self) -> str:
        return self.server.base_url

    def publish(self, name: str, data: bytes) -> str:
        """Serve `data` at a plain http URL (what a user's public URL would be) and return it."""
        with self.state.lock:
            self.state.public_files[name] = data
        return f"{self.server.base_url}{PUBLIC_PATH}{name}"

    def start(self) -> DashScopeEmulator:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self) -> DashScopeEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


__all__ = [
    "STOCK_VOICES",
    "DashScopeEmulator",
    "DashScopeState",
    "Fault",
    "Faults",
    "build_app",
    "make_encoder",
    "synthesize_speech",
    "tts_cosyvoice",
    "tts_sambert",
]
