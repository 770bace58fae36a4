"""DashScope CosyVoice: zero-shot voice enrollment, voice design and streaming synthesis.

Enrollment and design go through `enrollment.EnrollmentClient` (HTTP), synthesis through
`ws.WsTaskClient` (duplex WebSocket); both share the account's rate limiters. What each target model
and region allows is checked before anything is sent (`cosyvoice_rules`, `synthesis`, from the table
in `models.py`).

A local sample reaches DashScope through its temporary storage (an `oss://` URL valid 48 h, bound to
the `voice-enrollment` model that reads it, sent with `X-DashScope-OssResourceResolve: enable`); a
user-given public URL is sent as it is. The returned voice says which (`extra["sample_source"]`).

Which model speaks a voice is never guessed: it comes from the id where the documented id format names
it, else from query_voice's `target_model`, and is remembered ("CosyVoice声音复刻API": synthesis must
use the voice's target_model, "否则合成会失败").
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from studio import redact
from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError, NotFoundError, StudioError
from studio.providers.base import (
    AudioSink,
    DesignRequest,
    EnrollRequest,
    Provider,
    Quota,
    RemoteVoice,
    SynthesisRequest,
    SynthesisResult,
    VoiceStatus,
)
from studio.providers.dashscope import design
from studio.providers.dashscope.account import (
    DashScopeAccount,
    Endpoints,
    resolve_api_key,
    resolve_endpoints,
    service_time,
    ws_headers,
)
from studio.providers.dashscope.cosyvoice_rules import (
    MAX_SAMPLE_BYTES,
    check_clone_target,
    check_local_sample,
    check_prefix,
    check_synthesis_region,
    check_url,
    enrol_fields,
    parse_voice_id,
    refuse,
)
from studio.providers.dashscope.enrollment import ENROLL_MODEL, EnrollmentClient
from studio.providers.dashscope.limits import limiters_for
from studio.providers.dashscope.models import CLONE, DEFAULT_TARGET_MODEL, MODELS, VOICE_LIST
from studio.providers.dashscope.spec import COSYVOICE
from studio.providers.dashscope.stock import stock_voice, stock_voice_list
from studio.providers.dashscope.synthesis import (
    CHUNK_LIMIT,
    billed_chars,
    check_text,
    spans_from,
    synthesis_parameters,
)
from studio.providers.dashscope.ws import TaskSpec, WsTaskClient
from studio.providers.http import RetryPolicy
from studio.providers.text import split

log = logging.getLogger(__name__)

PROVIDER = "cosyvoice"
VOICE_QUOTA = 1000
STATUS = {"DEPLOYING": VoiceStatus.PENDING, "OK": VoiceStatus.READY, "UNDEPLOYED": VoiceStatus.FAILED}
TEMP_NOTE = ("Uploaded to DashScope temporary storage; the URL expires 48 h after upload. The voice itself "
             "stays.", "已上传到 DashScope 临时存储，链接在上传 48 小时后失效；音色本身不受影响。")


def features(model: str) -> dict[str, Any]:
    """What a voice of `model` can do, as generic keys the screens read (languages are codes)."""
    info = MODELS.get(model)
    if info is None:
        return {}
    return {"languages": list(info.sample_languages), "ssml": info.ssml, "timestamps": info.timestamps}


class CosyVoiceProvider(DashScopeAccount, Provider):
    spec = COSYVOICE

    def __init__(self, api_key: str | None, endpoints: Endpoints | None, *,
                 target_model: str = DEFAULT_TARGET_MODEL, retry: RetryPolicy | None = None,
                 poll_initial: float = 1.0, poll_max: float = 10.0, settle_timeout: float = 600.0,
                 config_error: StudioError | None = None) -> None:
        redact.register(api_key)
        self.api_key = api_key
        self.endpoints = endpoints
        self.target_model = target_model
        self.retry = retry or RetryPolicy()
        self.poll_initial, self.poll_max, self.settle_timeout = poll_initial, poll_max, settle_timeout
        self.config_error = config_error
        self._enroll: EnrollmentClient | None = None
        self._lock = threading.Lock()
        self._models: dict[str, str] = {}  # voice id → its target model, once learnt

    # --- plumbing -----------------------------------------------------------------------------
    @property
    def region(self) -> str:
        return self.endpoints.region if self.endpoints else ""

    @property
    def enrollment(self) -> EnrollmentClient:
        with self._lock:  # worker threads may share one provider object
            if self._enroll is None:
                key, endpoints = self._ready()
                self._enroll = EnrollmentClient(self.name, key, endpoints, retry=self.retry,
                                                limiter=limiters_for(endpoints.http_base, key).enroll)
            return self._enroll

    def ws_client(self) -> WsTaskClient:
        key, endpoints = self._ready()
        return WsTaskClient(endpoints.ws_base, ws_headers(key, endpoints.workspace_id), provider=self.name,
                            retry=self.retry, limiter=limiters_for(endpoints.http_base, key).synth)

    def close(self) -> None:
        with self._lock:
            if self._enroll is not None:
                self._enroll.close()
                self._enroll = None

    def count_chars(self, text: str) -> int:
        return billed_chars(text)

    # --- account ------------------------------------------------------------------------------
    def test_connection(self, cancel: CancelToken = NEVER) -> str:
        _, endpoints = self._ready()
        self.enrollment.list_page(None, 0, 1, cancel)
        return f"DashScope {endpoints.region} ({endpoints.host}): the API key works."

    def quota(self, cancel: CancelToken = NEVER) -> Quota:
        return Quota(used=len(self.enrollment.list_all(None, cancel)), limit=VOICE_QUOTA, what="voices")

    # --- which model speaks a voice -----------------------------------------------------------
    def _remember(self, voice_id: str, model: str) -> str:
        if model:
            with self._lock:
                self._models[voice_id] = model
        return model

    def known_model(self, voice_id: str) -> str:
        """The voice's model if the id names it or it was learnt, else "" (no request is made)."""
        with self._lock:
            learnt = self._models.get(voice_id, "")
        return parse_voice_id(voice_id)[0] or learnt

    def model_for(self, voice: str, cancel: CancelToken = NEVER) -> str:
        model = self.known_model(voice)
        if model:
            return model
        stock = stock_voice(voice)
        if stock is not None:
            return stock.models[0]
        try:
            model = str(self.enrollment.query(voice, cancel).get("target_model") or "")
        except NotFoundError:
            model = ""
        if not model:
            raise refuse(f"CosyVoice cannot tell which model speaks {voice!r}: it is neither one of this account's "
                         "voices nor a listed system voice. Choose the model it was made for.",
                         f"无法确定 {voice!r} 由哪个模型驱动：它既不是本账号的音色，也不是列出的系统音色。请指定创建它时的模型。",
                         CLONE, "unknown_voice")
        return self._remember(voice, model)

    # --- voices -------------------------------------------------------------------------------
    def _remote(self, voice_id: str, data: dict[str, Any]) -> RemoteVoice:
        model = self._remember(voice_id, str(data.get("target_model") or "")) or self.known_model(voice_id)
        raw = str(data.get("status", ""))
        extra = {"resource_link": data["resource_link"]} if data.get("resource_link") else {}
        extra.update(features(model))
        return RemoteVoice(provider=self.name, remote_id=voice_id, name=parse_voice_id(voice_id)[1], status_raw=raw,
                           status=STATUS.get(raw, VoiceStatus.UNKNOWN), target_model=model,
                           created=service_time(str(data.get("gmt_create", ""))),
                           modified=service_time(str(data.get("gmt_modified", ""))),
                           extra=extra)

    def _listed(self, voices: list[dict[str, Any]], cancel: CancelToken) -> list[RemoteVoice]:
        """Listed voices with their models: the list answer has none, so an id that does not name its
        model (v1) is looked up once with query_voice."""
        out = []
        for v in voices:
            voice_id = str(v.get("voice_id") or "")
            if not voice_id:
                continue
            data = dict(v)
            if not self.known_model(voice_id) and not data.get("target_model"):
                try:
                    data["target_model"] = self.enrollment.query(voice_id, cancel).get("target_model") or ""
                except NotFoundError:
                    continue  # deleted between the list and the query
            out.append(self._remote(voice_id, data))
        return out

    def list_voices(self, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        return self._listed(self.enrollment.list_all(None, cancel), cancel)

    def list_by_prefix(self, prefix: str, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        return self._listed(self.enrollment.list_all(prefix, cancel), cancel)

    def stock_voices(self) -> list[RemoteVoice]:
        return stock_voice_list(self.name, self.region)

    def get_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteVoice:
        return self._remote(remote_id, self.enrollment.query(remote_id, cancel))

    def wait_until_settled(self, voice_id: str, cancel: CancelToken = NEVER,
                           progress: ProgressFn = no_progress) -> RemoteVoice:
        """Poll query_voice with growing pauses until the review ends (OK/UNDEPLOYED) or times out;
        on time-out the voice is returned still PENDING, for the library to poll later."""
        started = time.monotonic()
        pause = self.poll_initial
        while True:
            voice = self.get_voice(voice_id, cancel)
            if voice.status != VoiceStatus.PENDING:
                progress(1.0, f"{voice_id}: {voice.status_raw}")
                return voice
            waited = time.monotonic() - started
            if waited >= self.settle_timeout:
                return voice
            progress(-1.0, f"DashScope is reviewing the voice ({voice.status_raw}, {waited:.0f} s)")
            if cancel.wait(min(pause, max(0.01, self.settle_timeout - waited))):
                cancel.raise_if_cancelled()
            pause = min(self.poll_max, pause * 1.5)

    def _sample_url(self, request: EnrollRequest, cancel: CancelToken,
                    progress: ProgressFn) -> tuple[str, dict[str, Any]]:
        """The URL to send and what the library should record about where it came from."""
        if request.url:
            return check_url(request.url), {"sample_source": "public_url", "sample_url": request.url}
        if request.audio_path is None:
            raise InvalidInputError("Give a sample file or a public URL.", detail_zh="请提供样本文件或公开网址。",
                                    provider=self.name)
        check_local_sample(request.audio_path)
        progress(0.05, "Uploading the sample to DashScope temporary storage")
        uploaded = self.enrollment.upload(request.audio_path, ENROLL_MODEL, cancel)
        return uploaded.url, {"sample_source": "temporary_upload", "sample_url": uploaded.url,
                              "sample_url_expires": uploaded.expires_at.isoformat(timespec="seconds"),
                              "note": TEMP_NOTE[0], "note_zh": TEMP_NOTE[1]}

    def _settled(self, voice_id: str, name: str, model: str, wait: bool, cancel: CancelToken,
                 progress: ProgressFn) -> RemoteVoice:
        self._remember(voice_id, model)
        if wait:
            return self.wait_until_settled(voice_id, cancel, progress)
        return RemoteVoice(provider=self.name, remote_id=voice_id, name=name, status_raw="DEPLOYING",
                           status=VoiceStatus.PENDING, target_model=model, extra=features(model))

    def enroll(self, request: EnrollRequest, cancel: CancelToken = NEVER,
               progress: ProgressFn = no_progress) -> RemoteVoice:
        info = check_clone_target(request.target_model or self.target_model, self.region)
        warnings = check_prefix(request.name)
        fields, more = enrol_fields(info, request.options)
        url, source = self._sample_url(request, cancel, progress)
        inp: dict[str, Any] = {"action": "create_voice", "target_model": info.name, "prefix": request.name,
                               "url": url, **fields}
        progress(0.2, f"Creating the voice on DashScope ({info.name})")
        output, adopted = self.enrollment.create(inp, cancel)
        voice = self._settled(str(output["voice_id"]), request.name, info.name, request.options.get("wait", True),
                              cancel, progress)
        voice.extra.update(source)
        if adopted:
            voice.extra["adopted_after_unknown_outcome"] = True
        if warnings + more:
            voice.extra["warnings"] = warnings + more
        return voice

    def update_voice(self, remote_id: str, request: EnrollRequest, cancel: CancelToken = NEVER,
                     progress: ProgressFn = no_progress) -> RemoteVoice:
        check_clone_target(self.model_for(remote_id, cancel), self.region)
        url, source = self._sample_url(request, cancel, progress)
        progress(0.2, "Re-enrolling the voice on DashScope")
        self.enrollment.update(remote_id, url, cancel)
        voice = (self.wait_until_settled(remote_id, cancel, progress) if request.options.get("wait", True)
                 else self.get_voice(remote_id, cancel))
        voice.extra.update(source)
        return voice

    def design_voice(self, request: DesignRequest, cancel: CancelToken = NEVER,
                     progress: ProgressFn = no_progress) -> tuple[RemoteVoice, bytes]:
        made = design.create(self.enrollment, request, request.target_model or self.target_model, self.region,
                             cancel, progress)
        voice = self._settled(made.voice_id, request.name, made.model, True, cancel, progress)
        voice.extra.update(made.extra)
        return voice, made.preview

    def delete_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        try:
            self.enrollment.delete(remote_id, cancel)
        except NotFoundError:
            # Already gone (or our earlier attempt went through): the outcome the caller wants.
            log.info("delete %s: not found at DashScope, treating as deleted", remote_id)

    # --- synthesis ----------------------------------------------------------------------------
    def _model(self, request: SynthesisRequest, cancel: CancelToken) -> str:
        """The model to speak `request.voice` with; refused when it is not the voice's own."""
        stock = stock_voice(request.voice)
        own = self.known_model(request.voice)
        if request.model and stock is not None and request.model not in stock.models:
            raise refuse(f"The system voice {request.voice} speaks with {', '.join(stock.models)}, not "
                         f"{request.model}.", f"系统音色 {request.voice} 仅支持 {'、'.join(stock.models)}，"
                         f"不支持 {request.model}。", VOICE_LIST, "wrong_model")
        if request.model and own and request.model != own:
            raise refuse(f"The voice {request.voice} was made for {own}; it cannot speak with {request.model}.",
                         f"音色 {request.voice} 创建时绑定 {own}，不能用 {request.model} 合成。", CLONE, "wrong_model")
        return request.model or self.model_for(request.voice, cancel)

    def synthesize(self, request: SynthesisRequest, on_audio: AudioSink | None = None,
                   cancel: CancelToken = NEVER) -> SynthesisResult:
        check_text(request.text, request.ssml)
        model = self._model(request, cancel)
        info = check_synthesis_region(model, self.region)
        stock = stock_voice(request.voice)
        parameters = synthesis_parameters(request, info, stock if stock and model in stock.models else None)
        chunks: list[bytes] = []

        def sink(data: bytes) -> None:
            chunks.append(data)
            if on_audio is not None:
                on_audio(data)

        # An SSML document goes whole, in one continue-task (WebSocket API, enable_ssml).
        texts = [request.text] if request.ssml else split(request.text, CHUNK_LIMIT, billed_chars)
        spec = TaskSpec(model=model, parameters=parameters, texts=texts)
        result = self.ws_client().run(spec, on_audio=sink, on_restart=None if on_audio else chunks.clear,
                                      cancel=cancel)
        words = [w for s in result.sentences for w in (s.get("sentence") or {}).get("words") or []]
        bytes_per_s = 2 * parameters["sample_rate"] if parameters["format"] in ("pcm", "wav") else 0
        starts = ({i: max(0, n - (44 if parameters["format"] == "wav" else 0)) / bytes_per_s
                   for i, n in result.sentence_starts.items()} if bytes_per_s else None)
        return SynthesisResult(audio=b"".join(chunks), format=parameters["format"],
                               sample_rate=parameters["sample_rate"], characters=result.characters,
                               first_audio_s=result.first_audio_s, total_s=result.total_s,
                               request_id=result.task_id, timestamps=words, spans=spans_from(result.sentences, starts))


def create(ctx: Any) -> CosyVoiceProvider:
    """Build from a `ProviderContext` (settings, secrets); env overrides as the SDK honours them."""
    model = str(ctx.settings.get("cosyvoice.target_model") or DEFAULT_TARGET_MODEL)
    key = resolve_api_key(ctx.secrets)
    try:
        endpoints = resolve_endpoints(ctx.settings)
    except StudioError as err:
        return CosyVoiceProvider(key, None, target_model=model, config_error=err)
    return CosyVoiceProvider(key, endpoints, target_model=model)


__all__ = ["MAX_SAMPLE_BYTES", "CosyVoiceProvider", "billed_chars", "create", "features"]
