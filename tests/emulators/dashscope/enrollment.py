"""CosyVoice voice enrollment and design (spec §1): `POST /api/v1/services/audio/tts/customization`.

All five actions share one endpoint. Create/update fetch the sample (an `oss://` object from this
emulator's temporary storage, a `data:` URI, or an http URL on loopback), run the server-side checks
the vendor documents (size, decodability, sample rate, silence), and start a review: the voice is
`DEPLOYING` for `state.deploy_delay` seconds, then `OK` — or `UNDEPLOYED` when the sample has no
continuous stretch of speech long enough (vendor: "至少包含一段超过5秒的连续语音"). A create_voice with
`voice_prompt` designs a voice instead (`design.py`).

Rules per model and region (`state.MODELS`), from "CosyVoice声音复刻API" and "CosyVoice声音复刻/设计API":
no cloning for a model outside its regions (v3-plus/v3-flash cannot clone in Singapore), the optional
fields only for the models the page names, sample languages per model; the prefix as "声音复刻Python
SDK参考" words it ("仅允许数字和英文字母，不超过10个字符"). A temporary upload is read only when it was
bound to `voice-enrollment` ("上传本地文件获取临时URL": the upload's model "须与后续调用的模型一致").
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import time
from typing import Any
from urllib.parse import urlparse

import aiohttp
from aiohttp import web

from .audio import DecodeError, decode_audio, speech_stats
from .common import VendorError, authenticate, error_response, ok_response, state_of
from .state import MODELS, DashScopeState, beijing_now
from .uploads import resolve_oss

PATH = "/api/v1/services/audio/tts/customization"
MAX_SAMPLE_BYTES = 10 * 1024 * 1024
_PREFIX = re.compile(r"^[A-Za-z0-9]{1,10}$")  # "仅允许数字和英文字母，不超过10个字符"
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_ACCEPTED_CONTAINERS = ("wav", "mp3", "mp4", "m4a")


def _missing(name: str) -> VendorError:
    return VendorError(400, "InvalidParameter",
                       f"Required parameter({name}) missing or invalid, please check the request parameters.")


def _not_found(state: DashScopeState) -> VendorError:
    return VendorError(state.not_found_status, "BadRequest.ResourceNotExist", "The Required resource not exist.")


async def _fetch(request: web.Request, url: str, account: str) -> bytes:
    state = state_of(request)
    if url.startswith("oss://"):
        return resolve_oss(request, url, account, ("voice-enrollment",))
    if url.startswith("data:"):
        head, _, payload = url.partition(",")
        try:
            return base64.b64decode(payload, validate=True) if head.endswith(";base64") else payload.encode()
        except ValueError as exc:
            raise _missing("url") from exc
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise _missing("url")
    if parsed.hostname not in _LOOPBACK and not state.allow_remote_urls:
        raise VendorError(415, "BadRequest.InputDownloadFailed", f"Failed to download the input file: {url}.")
    try:
        timeout = aiohttp.ClientTimeout(total=15)
        async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url) as resp:
            if resp.status != 200:
                raise VendorError(415, "BadRequest.InputDownloadFailed",
                                  f"Failed to download the input file: {url} (HTTP {resp.status}).")
            data = bytearray()
            async for chunk in resp.content.iter_chunked(64 * 1024):
                data += chunk
                if len(data) > MAX_SAMPLE_BYTES:  # enough to answer FileSizeExceed
                    break
            return bytes(data)
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise VendorError(415, "BadRequest.InputDownloadFailed",
                          f"Failed to download the input file: {url}.") from exc


def check_sample(state: DashScopeState, data: bytes) -> str:
    """Vendor-style sample checks; returns the review outcome (OK/UNDEPLOYED) or raises VendorError."""
    if len(data) > MAX_SAMPLE_BYTES:
        raise VendorError(430, "Audio.FileSizeExceed", "File too large")
    try:
        x, sr, container = decode_audio(data)
    except DecodeError as exc:
        raise VendorError(430, "Audio.DecoderError", "Decoder audio file failed.") from exc
    if not any(name in container for name in _ACCEPTED_CONTAINERS):
        raise VendorError(415, "BadRequest.UnsupportedFileFormat", "File format unsupported.")
    if sr < 16000:
        raise VendorError(430, "Audio.AudioRateError", "File sample rate unsupported")
    effective, longest = speech_stats(x, sr)
    if effective < state.min_effective_speech_s:
        raise VendorError(430, "Audio.AudioSilentError", "Silent file unsupported")
    return "OK" if longest >= state.min_continuous_speech_s else "UNDEPLOYED"


async def _sample_fate(request: web.Request, url: str, account: str, prefix: str) -> str:
    state = state_of(request)
    data = await _fetch(request, url, account)
    fate = await asyncio.get_running_loop().run_in_executor(None, check_sample, state, data)
    return "UNDEPLOYED" if prefix in state.undeploy_prefixes else fate


def check_fields(inp: dict[str, Any], model: Any) -> None:
    """The optional create_voice fields: only for the models that take them, in their ranges."""
    for name in ("language_hints", "max_prompt_audio_length", "enable_preprocess"):
        if name in inp and name not in model.enrol_fields:
            raise VendorError(400, "InvalidParameter", f"Parameter {name} is not supported by {inp['target_model']}.")
    hints = inp.get("language_hints")
    if hints is not None and not (isinstance(hints, list) and all(isinstance(h, str) for h in hints)
                                  and hints and hints[0] in model.languages):
        raise _missing("language_hints")
    length = inp.get("max_prompt_audio_length")
    if length is not None and (isinstance(length, bool) or not isinstance(length, int | float)
                               or not 3.0 <= length <= 30.0):
        raise _missing("max_prompt_audio_length")
    if "enable_preprocess" in inp and not isinstance(inp["enable_preprocess"], bool):
        raise _missing("enable_preprocess")


def _int(inp: dict[str, Any], name: str, default: int, lo: int, hi: int) -> int:
    value = inp.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise _missing(name)
    return value


def _maybe_drop(state: DashScopeState, request: web.Request) -> None:
    with state.lock:
        drop = state.drop_after_create > 0
        if drop:
            state.drop_after_create -= 1
    if drop:  # the voice exists, but the client never hears so
        _drop(request)


def _drop(request: web.Request) -> None:
    if request.transport is not None:
        request.transport.abort()
    raise asyncio.CancelledError()


async def _create(request: web.Request, inp: dict[str, Any], account: str,
                  parameters: dict[str, Any]) -> web.Response:
    state = state_of(request)
    with state.lock:
        early = state.create_faults.pop(0) if state.create_faults else None
    if early == 0:
        _drop(request)
    elif early is not None:
        raise VendorError(early, "InternalError", "An internal error has occured, try again later.")
    target_model, prefix, url = inp.get("target_model"), inp.get("prefix"), inp.get("url")
    if target_model not in MODELS:
        raise _missing("target_model")
    if not isinstance(prefix, str) or not _PREFIX.match(prefix):
        raise _missing("prefix")
    if "voice_prompt" in inp:
        from .design import design_voice

        voice, output = await design_voice(request, inp, parameters, account, str(target_model), prefix)
        _maybe_drop(state, request)
        return ok_response({"output": output, "usage": {"count": 1}})
    model = MODELS[str(target_model)]
    if state.region not in model.clone_regions:
        raise VendorError(400, "InvalidParameter", f"Model {target_model} does not support voice cloning in "
                          "this region.")
    if not isinstance(url, str) or not url:
        raise _missing("url")
    check_fields(inp, model)
    if state.voice_count(account) >= state.voice_quota:
        raise VendorError(400, "Throttling.AllocationQuota", f"Your current quota is {state.voice_quota}")
    fate = await _sample_fate(request, url, account, prefix)
    voice = state.add_voice(account, prefix, str(target_model), url, fate)
    voice.extra = {k: v for k, v in inp.items() if k not in ("action", "target_model", "prefix", "url")}
    _maybe_drop(state, request)
    return ok_response({"output": {"voice_id": voice.voice_id}, "usage": {"count": 1}})


def _list(request: web.Request, inp: dict[str, Any], account: str) -> web.Response:
    state = state_of(request)
    prefix = inp.get("prefix")
    if prefix is not None and not isinstance(prefix, str):
        raise _missing("prefix")
    page_index = _int(inp, "page_index", 0, 0, 1_000_000)
    page_size = _int(inp, "page_size", 10, 0, 1000)
    now = time.monotonic()
    page = state.voices_of(account, prefix)[page_index * page_size:(page_index + 1) * page_size]
    voice_list = [{"voice_id": v.voice_id, "gmt_create": v.gmt_create, "gmt_modified": v.gmt_modified,
                   "status": v.status(now)} for v in page]
    return ok_response({"output": {"voice_list": voice_list}, "usage": {"count": 1}})


def _own_voice(state: DashScopeState, inp: dict[str, Any], account: str) -> Any:
    voice_id = inp.get("voice_id")
    if not isinstance(voice_id, str) or not voice_id:
        raise _missing("voice_id")
    with state.lock:
        voice = state.voices.get(voice_id)
    if voice is None or voice.account != account:
        raise _not_found(state)
    return voice


def _query(request: web.Request, inp: dict[str, Any], account: str) -> web.Response:
    voice = _own_voice(state_of(request), inp, account)
    output = {"gmt_create": voice.gmt_create, "gmt_modified": voice.gmt_modified,
              "resource_link": voice.resource_link, "target_model": voice.target_model,
              "status": voice.status()}
    return ok_response({"output": output, "usage": {"count": 1}})


async def _update(request: web.Request, inp: dict[str, Any], account: str) -> web.Response:
    state = state_of(request)
    voice = _own_voice(state, inp, account)
    url = inp.get("url")
    if not isinstance(url, str) or not url:
        raise _missing("url")
    if state.region not in MODELS[voice.target_model].clone_regions:
        raise VendorError(400, "InvalidParameter", f"Model {voice.target_model} does not support voice cloning "
                          "in this region.")
    fate = await _sample_fate(request, url, account, voice.prefix)
    with state.lock:
        voice.resource_link = url
        voice.fate = fate
        voice.gmt_modified = beijing_now()
        voice.ready_at = time.monotonic() + state.deploy_delay
    return ok_response({"output": {}, "usage": {"count": 1}})


def _delete(request: web.Request, inp: dict[str, Any], account: str) -> web.Response:
    state = state_of(request)
    voice = _own_voice(state, inp, account)
    with state.lock:
        state.voices.pop(voice.voice_id, None)
    return ok_response({"output": {}, "usage": {"count": 1}})


async def customization(request: web.Request) -> web.Response:
    state = state_of(request)
    raw = await request.read()
    try:
        body = json.loads(raw or b"null")
    except ValueError:
        body = None
    headers = {k: ("Bearer ***" if k.lower() == "authorization" else v) for k, v in request.headers.items()}
    with state.lock:
        state.requests.append({"path": request.path, "body": body, "headers": headers, "at": time.monotonic()})
    try:
        account = authenticate(request)
        if state.throttled("enroll", account, state.enroll_rps):
            return error_response(429, "Throttling.RateQuota",
                                  "Requests rate limit exceeded, please try again later.")
        if not isinstance(body, dict) or not isinstance(body.get("input"), dict):
            raise _missing("input")
        if body.get("model") != "voice-enrollment":
            raise _missing("model")
        inp = body["input"]
        action = inp.get("action")
        if action == "create_voice":
            parameters = body.get("parameters")
            return await _create(request, inp, account, parameters if isinstance(parameters, dict) else {})
        if action == "list_voice":
            return _list(request, inp, account)
        if action == "query_voice":
            return _query(request, inp, account)
        if action == "update_voice":
            return await _update(request, inp, account)
        if action == "delete_voice":
            return _delete(request, inp, account)
        raise _missing("action")
    except VendorError as err:
        return error_response(err.status, err.code, err.message)


def routes() -> list[web.RouteDef]:
    return [web.post(PATH, customization)]
