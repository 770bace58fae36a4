"""DashScope CosyVoice: zero-shot voice enrollment and streaming synthesis.

Sources: ../shared/vendor-docs/dashscope-cosyvoice-voice-enrollment.zh.txt and
../shared/specs/dashscope-protocol.md §0–2, §6, §7. Enrollment goes through
`enrollment.EnrollmentClient` (HTTP), synthesis through `ws.WsTaskClient`
(duplex WebSocket). Both share the account's rate limiters (enrollment 10 req/s, synthesis 3 task
starts/s) with every other CosyVoice object using the same key.

A local sample reaches DashScope through its temporary storage (an `oss://` URL valid 48 h, sent
with `X-DashScope-OssResourceResolve: enable`); a user-given public URL is sent as it is. The
returned voice says which (`extra["sample_source"]`).
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
    EnrollRequest,
    Provider,
    Quota,
    RemoteVoice,
    SynthesisRequest,
    SynthesisResult,
    VoiceStatus,
)
from studio.providers.dashscope.account import (
    DashScopeAccount,
    Endpoints,
    resolve_api_key,
    resolve_endpoints,
    ws_headers,
)
from studio.providers.dashscope.cosyvoice_rules import (
    MAX_SAMPLE_BYTES,
    TARGET_MODELS,
    check_local_sample,
    check_prefix,
    check_url,
    parse_voice_id,
    stock_voice_list,
    synthesis_parameters,
)
from studio.providers.dashscope.enrollment import EnrollmentClient
from studio.providers.dashscope.limits import limiters_for
from studio.providers.dashscope.spec import COSYVOICE
from studio.providers.dashscope.ws import TaskSpec, WsTaskClient
from studio.providers.http import RetryPolicy
from studio.providers.text import count_han_double, split, strip_markup

log = logging.getLogger(__name__)

PROVIDER = "cosyvoice"
VOICE_QUOTA = 1000
CHUNK_LIMIT = 2000  # per continue-task, in billed characters; the vendor allows 20,000 (spec §2.3)
MAX_TOTAL_CHARS = 200_000
STATUS = {"DEPLOYING": VoiceStatus.PENDING, "OK": VoiceStatus.READY, "UNDEPLOYED": VoiceStatus.FAILED}
TEMP_NOTE = ("Uploaded to DashScope temporary storage; the URL expires 48 h after upload. The voice itself "
             "stays.", "已上传到 DashScope 临时存储，链接在上传 48 小时后失效；音色本身不受影响。")


def billed_chars(text: str) -> int:
    """The vendor's count: a Chinese character is 2, anything else 1; SSML tags are not billed."""
    if text.lstrip().startswith("<speak"):
        text = strip_markup(text)
    return count_han_double(text)


class CosyVoiceProvider(DashScopeAccount, Provider):
    spec = COSYVOICE

    def __init__(self, api_key: str | None, endpoints: Endpoints | None, *, target_model: str = "cosyvoice-v2",
                 retry: RetryPolicy | None = None, poll_initial: float = 1.0, poll_max: float = 10.0,
                 settle_timeout: float = 600.0, config_error: StudioError | None = None) -> None:
        redact.register(api_key)
        self.api_key = api_key
        self.endpoints = endpoints
        self.target_model = target_model
        self.retry = retry or RetryPolicy()
        self.poll_initial, self.poll_max, self.settle_timeout = poll_initial, poll_max, settle_timeout
        self.config_error = config_error
        self._enroll: EnrollmentClient | None = None
        self._lock = threading.Lock()

    # --- plumbing -----------------------------------------------------------------------------
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

    # --- voices -------------------------------------------------------------------------------
    def _remote(self, voice_id: str, data: dict[str, Any]) -> RemoteVoice:
        model, prefix = parse_voice_id(voice_id)
        raw = str(data.get("status", ""))
        extra = {"resource_link": data["resource_link"]} if data.get("resource_link") else {}
        return RemoteVoice(provider=self.name, remote_id=voice_id, name=prefix, status_raw=raw,
                           status=STATUS.get(raw, VoiceStatus.UNKNOWN),
                           target_model=str(data.get("target_model") or model),
                           created=str(data.get("gmt_create", "")), modified=str(data.get("gmt_modified", "")),
                           extra=extra)

    def list_voices(self, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        return [self._remote(str(v["voice_id"]), v) for v in self.enrollment.list_all(None, cancel)
                if v.get("voice_id")]

    def list_by_prefix(self, prefix: str, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        return [self._remote(str(v["voice_id"]), v) for v in self.enrollment.list_all(prefix, cancel)
                if v.get("voice_id")]

    def stock_voices(self) -> list[RemoteVoice]:
        return stock_voice_list(self.name)

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

    def _sample_url(self, request: EnrollRequest, model: str, cancel: CancelToken,
                    progress: ProgressFn) -> tuple[str, dict[str, Any]]:
        """The URL to send and what the library should record about where it came from."""
        if request.url:
            return check_url(request.url), {"sample_source": "public_url", "sample_url": request.url}
        if request.audio_path is None:
            raise InvalidInputError("Give a sample file or a public URL.", detail_zh="请提供样本文件或公开网址。",
                                    provider=self.name)
        check_local_sample(request.audio_path)
        progress(0.05, "Uploading the sample to DashScope temporary storage")
        uploaded = self.enrollment.upload(request.audio_path, model, cancel)
        return uploaded.url, {"sample_source": "temporary_upload", "sample_url": uploaded.url,
                              "sample_url_expires": uploaded.expires_at.isoformat(timespec="seconds"),
                              "note": TEMP_NOTE[0], "note_zh": TEMP_NOTE[1]}

    def enroll(self, request: EnrollRequest, cancel: CancelToken = NEVER,
               progress: ProgressFn = no_progress) -> RemoteVoice:
        model = request.target_model or self.target_model
        warnings = check_prefix(request.name)
        if model not in TARGET_MODELS:
            warnings.append(f"{model} is not a target model the studio knows; DashScope may refuse it.")
        url, source = self._sample_url(request, model, cancel, progress)
        inp: dict[str, Any] = {"action": "create_voice", "target_model": model, "prefix": request.name, "url": url}
        opts = dict(request.options)
        for key in ("language_hints", "max_prompt_audio_length", "enable_preprocess"):
            if opts.get(key) is not None:
                inp[key] = opts[key]
        progress(0.2, f"Creating the voice on DashScope ({model})")
        voice_id, adopted = self.enrollment.create(inp, cancel)
        voice = (self.wait_until_settled(voice_id, cancel, progress) if opts.get("wait", True)
                 else RemoteVoice(provider=self.name, remote_id=voice_id, name=request.name, status_raw="DEPLOYING",
                                  status=VoiceStatus.PENDING, target_model=model))
        voice.extra.update(source)
        if adopted:
            voice.extra["adopted_after_unknown_outcome"] = True
        if warnings:
            voice.extra["warnings"] = warnings
        return voice

    def update_voice(self, remote_id: str, request: EnrollRequest, cancel: CancelToken = NEVER,
                     progress: ProgressFn = no_progress) -> RemoteVoice:
        model = parse_voice_id(remote_id)[0] or self.get_voice(remote_id, cancel).target_model
        url, source = self._sample_url(request, model, cancel, progress)
        progress(0.2, "Re-enrolling the voice on DashScope")
        self.enrollment.update(remote_id, url, cancel)
        voice = (self.wait_until_settled(remote_id, cancel, progress) if request.options.get("wait", True)
                 else self.get_voice(remote_id, cancel))
        voice.extra.update(source)
        return voice

    def delete_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        try:
            self.enrollment.delete(remote_id, cancel)
        except NotFoundError:
            # Already gone (or our earlier attempt went through): the outcome the caller wants.
            log.info("delete %s: not found at DashScope, treating as deleted", remote_id)

    # --- synthesis ----------------------------------------------------------------------------
    def model_for(self, voice: str) -> str:
        model, _ = parse_voice_id(voice)
        if model:
            return model
        for stock in self.stock_voices():
            if stock.remote_id == voice:
                return stock.target_model
        return self.target_model

    def synthesize(self, request: SynthesisRequest, on_audio: AudioSink | None = None,
                   cancel: CancelToken = NEVER) -> SynthesisResult:
        text = request.text
        if not text.strip():
            raise InvalidInputError("There is no text to speak.", detail_zh="没有要合成的文本。", provider=self.name)
        if len(text) > MAX_TOTAL_CHARS:
            raise InvalidInputError(f"The text is longer than {MAX_TOTAL_CHARS:,} characters.",
                                    detail_zh=f"文本超过 {MAX_TOTAL_CHARS:,} 个字符。", provider=self.name)
        model = request.model or self.model_for(request.voice)
        parameters = synthesis_parameters(request)
        chunks: list[bytes] = []

        def sink(data: bytes) -> None:
            chunks.append(data)
            if on_audio is not None:
                on_audio(data)

        spec = TaskSpec(model=model, parameters=parameters, texts=split(text, CHUNK_LIMIT, billed_chars))
        result = self.ws_client().run(spec, on_audio=sink, on_restart=None if on_audio else chunks.clear,
                                      cancel=cancel)
        words = [w for s in result.sentences for w in (s.get("sentence") or {}).get("words") or []]
        return SynthesisResult(audio=b"".join(chunks), format=parameters["format"],
                               sample_rate=parameters["sample_rate"], characters=result.characters,
                               first_audio_s=result.first_audio_s, total_s=result.total_s,
                               request_id=result.task_id, timestamps=words)


def create(ctx: Any) -> CosyVoiceProvider:
    """Build from a `ProviderContext` (settings, secrets); env overrides as the SDK honours them."""
    model = str(ctx.settings.get("cosyvoice.target_model") or "cosyvoice-v2")
    key = resolve_api_key(ctx.secrets)
    try:
        endpoints = resolve_endpoints(ctx.settings)
    except StudioError as err:
        return CosyVoiceProvider(key, None, target_model=model, config_error=err)
    return CosyVoiceProvider(key, endpoints, target_model=model)


__all__ = ["MAX_SAMPLE_BYTES", "CosyVoiceProvider", "create"]
