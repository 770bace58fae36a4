"""Tencent Cloud API 3.0 on loopback: 声音复刻 (vrs) and 语音合成 (tts), each on its own server, one state.

Every request goes through what the pages say a Cloud API request is ("公共参数"
https://cloud.tencent.com/document/api/270/35296, "签名方法 v3" https://cloud.tencent.com/document/api/382/52072):
a POST to "/" with a JSON body; X-TC-Action one of the service's actions (else InvalidAction), X-TC-Version
the service's version (else NoSuchVersion), X-TC-Region optional but a known region when given (the VRS
and TTS pages: "此参数为可选参数"; else UnsupportedRegion), X-TC-Language zh-CN or en-US when given; a TC3-HMAC-SHA256 signature over exactly the bytes
received (signing.py: a wrong key or a body changed after signing → AuthFailure.SignatureFailure); then the
documented request fields (vrs.py, tts.py). The 20 requests/s per action and 1/s for GetVRSVoiceTypes
("声音复刻相关接口" https://cloud.tencent.com/document/api/1283/90075; TTS 20/s) answer RequestLimitExceeded.

Test hooks: `inject(action, code, message, times)` answers a documented error code; `vrs.detections`,
`vrs.fail_next`, `vrs.quota`, `vrs.add_task`; `requests` records every request (headers and body bytes);
each server's `faults` (harness) cuts connections, stalls and spoils answers.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from ..harness import EmulatorServer
from .signing import SignatureError, verify
from .tts import TtsState
from .vrs import VrsState
from .wire import Rejection, answer, error

VERSIONS = {"vrs": "2020-08-24", "tts": "2019-08-23"}
REGIONS = ("ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu", "ap-chongqing", "ap-nanjing",
           "ap-hongkong", "ap-singapore", "ap-bangkok", "ap-jakarta", "ap-seoul", "ap-tokyo", "na-siliconvalley",
           "na-ashburn", "eu-frankfurt")
RATES = {"GetTrainingText": 20.0, "DetectEnvAndSoundQuality": 20.0, "CreateVRSTask": 20.0,
         "DescribeVRSTaskStatus": 20.0, "GetVRSVoiceTypeInfo": 20.0, "GetVRSVoiceTypes": 1.0, "TextToVoice": 20.0}
SECRET_ID, SECRET_KEY = "AKIDemu" + "0" * 13 + "1", "emu-cloud-secret-key-0001"


@dataclass
class Recorded:
    service: str
    action: str
    headers: dict[str, str]
    body: bytes
    at: float

    def json(self) -> Any:
        return json.loads(self.body)


class _Bucket:
    def __init__(self, rate: float) -> None:
        self.rate, self.tokens, self.stamp = rate, max(1.0, rate), time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(max(1.0, self.rate), self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class CloudEmulator:
    def __init__(self, *, keys: dict[str, str] | None = None, enforce_rates: bool = True,
                 queue_s: float = 0.05, work_s: float = 0.2, tts_delay_s: float = 0.02) -> None:
        self.keys = dict(keys or {SECRET_ID: SECRET_KEY})
        self.enforce_rates = enforce_rates
        self.vrs = VrsState(queue_s=queue_s, work_s=work_s)
        self.tts = TtsState(self.vrs, delay_s=tts_delay_s)
        self.requests: list[Recorded] = []
        self._injected: list[tuple[str, str, str]] = []
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._lock = threading.Lock()
        self.handlers: dict[str, dict[str, Callable[[str, dict[str, Any]], Any]]] = {
            "vrs": {"GetTrainingText": self.vrs.get_training_text, "DetectEnvAndSoundQuality": self.vrs.detect,
                    "CreateVRSTask": self.vrs.create_task, "DescribeVRSTaskStatus": self.vrs.describe,
                    "GetVRSVoiceTypes": self.vrs.voice_types, "GetVRSVoiceTypeInfo": self.vrs.voice_type_info},
            "tts": {"TextToVoice": self.tts.text_to_voice},
        }
        self.servers: dict[str, EmulatorServer] = {}

    # ---- hooks ----------------------------------------------------------------------------------------
    @property
    def secret_id(self) -> str:
        return next(iter(self.keys))

    @property
    def secret_key(self) -> str:
        return self.keys[self.secret_id]

    def inject(self, action: str, code: str, message: str = "", times: int = 1) -> None:
        """Answer the next `times` requests of `action` with the error `code` (a documented one)."""
        with self._lock:
            self._injected += [(action, code, message or code)] * times

    def of(self, action: str) -> list[Recorded]:
        return [r for r in self.requests if r.action == action]

    # ---- serving --------------------------------------------------------------------------------------
    def app(self, service: str) -> web.Application:
        app = web.Application(client_max_size=8 * 1024 * 1024)
        async def handle(request: web.Request) -> web.StreamResponse:
            return await self._handle(service, request)

        app.router.add_route("*", "/{tail:.*}", handle)
        return app

    def start(self, apps: dict[str, web.Application] | None = None) -> CloudEmulator:
        for service in VERSIONS:
            self.servers[service] = EmulatorServer((apps or {}).get(service) or self.app(service)).start()
        return self

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()

    def __enter__(self) -> CloudEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, service: str) -> str:
        return self.servers[service].base_url

    @property
    def vrs_url(self) -> str:
        return self.url("vrs")

    @property
    def tts_url(self) -> str:
        return self.url("tts")

    # ---- one request ----------------------------------------------------------------------------------
    async def _handle(self, service: str, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        action = request.headers.get("X-TC-Action", "")
        with self._lock:
            self.requests.append(Recorded(service, action, dict(request.headers), body, time.time()))
        rid = str(uuid.uuid4())
        try:
            secret_id = self._admit(service, request, action, body)
            params = json.loads(body or b"null")
            if not isinstance(params, dict):
                raise Rejection("InvalidParameter", "The request body must be a JSON object.")
            result = self.handlers[service][action](secret_id, params)
            if isinstance(result, Awaitable):
                result = await result
            return answer(result, rid)
        except ValueError:
            return error(Rejection("InvalidParameter", "The request body is not JSON."), rid)
        except Rejection as rej:
            return error(rej, rid)

    def _admit(self, service: str, request: web.Request, action: str, body: bytes) -> str:
        if request.method != "POST" or request.path != "/":
            raise Rejection("UnsupportedProtocol", "Only POST to / with a JSON body is served here.")
        if not request.headers.get("Content-Type", "").lower().startswith("application/json"):
            raise Rejection("InvalidParameter", "Content-Type must be application/json.")
        if action not in self.handlers[service]:
            raise Rejection("InvalidAction", f"The action `{action}` is not found.")
        if request.headers.get("X-TC-Version") != VERSIONS[service]:
            raise Rejection("NoSuchVersion", "The API version does not exist.")
        region = request.headers.get("X-TC-Region")
        if region is not None and region not in REGIONS:
            raise Rejection("UnsupportedRegion", f"The region `{region}` is not supported.")
        if request.headers.get("X-TC-Language", "zh-CN") not in ("zh-CN", "en-US"):
            raise Rejection("InvalidParameterValue", "X-TC-Language must be zh-CN or en-US.")
        try:
            secret_id = verify(request.headers, body, service, self.keys)
        except SignatureError as exc:
            raise Rejection(exc.code, exc.message) from None
        with self._lock:
            hit = next((i for i, (a, _, _) in enumerate(self._injected) if a == action), None)
            if hit is not None:
                _, code, message = self._injected.pop(hit)
                raise Rejection(code, message)
            bucket = self._buckets.setdefault((secret_id, action), _Bucket(RATES[action]))
            if self.enforce_rates and not bucket.take():
                raise Rejection("RequestLimitExceeded", f"Your current request times equals to `{int(RATES[action])}` in a second, "
                                "which exceeds the frequency limit.")
        return secret_id


__all__ = ["SECRET_ID", "SECRET_KEY", "CloudEmulator", "Recorded"]
