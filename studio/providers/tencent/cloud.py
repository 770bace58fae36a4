"""Tencent Cloud 声音复刻 (one-sentence clone) and 语音合成 as a studio Provider.

The one-sentence clone, as the VRS pages lay it out (vrs.py names them): GetTrainingText gives the line
to read and its TextId; DetectEnvAndSoundQuality checks the take of that line and, when it passes, gives
the AudioId; CreateVRSTask (TaskType 5) starts the clone and DescribeVRSTaskStatus follows it until the
voice's FastVoiceType and ExpireTime are known. The clone is a job in the studio's terms
(`Capability.SAMPLE_JOB`): `start_training` returns it, the library's poller follows it across restarts
and, once it succeeds, `model_name` is the FastVoiceType the voice lands under.

CreateVRSTask is never sent twice for one request. Its SessionId ("唯一请求 ID") is noted in the job journal
before it is sent; if the answer is lost, the studio looks for a voice of that name created since then
(GetVRSVoiceTypes lists a clone with its TaskID, IsDeployed false while it is made) and adopts it. If none
is listed yet, the journal entry stays and `list_jobs` looks again later, so a clone is never made twice.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import httpx

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import AuthError, ErrorKind, InvalidInputError, NotFoundError, StudioError
from studio.providers.base import (
    AudioSink,
    JobJournal,
    JobStatus,
    MemoryJournal,
    Provider,
    RemoteJob,
    RemoteVoice,
    SampleCheck,
    SynthesisRequest,
    SynthesisResult,
    TrainingText,
    TrainRequest,
    VoiceStatus,
)
from studio.providers.http import RateLimiter, RetryPolicy
from studio.providers.tencent import tts, vrs
from studio.providers.tencent.cloud_api import CloudClient, CloudCredentials
from studio.providers.tencent.detection import sample_check
from studio.providers.tencent.spec import VRS
from studio.providers.tencent.speech import Speaker
from studio.providers.tencent.takes import PreparedTake, prepare_take

log = logging.getLogger(__name__)
PROVIDER = VRS.name
ADOPT_SLACK_S = 300.0  # how far a listed voice's DateCreated may precede our note of the create (clock skew)
FORGET_AFTER_S = 3600.0  # a create never seen by then never arrived


@dataclass
class CloudConfig:
    secret_id: str = field(default="", repr=False)
    secret_key: str = field(default="", repr=False)
    region: str = "ap-guangzhou"
    vrs_url: str = ""  # base URL overrides (emulators, private endpoints)
    tts_url: str = ""


def _refused(en: str, zh: str, code: str = "bad_option") -> InvalidInputError:
    return InvalidInputError(en, detail_zh=zh, provider=PROVIDER, code=code)


def _choice(value: Any, table: dict[str, int], what: tuple[str, str]) -> int:
    if isinstance(value, int) and value in table.values():
        return value
    if str(value) in table:
        return table[str(value)]
    allowed = ", ".join(table)
    raise _refused(f"{what[0]}: {value!r} is not one of {allowed}.", f"{what[1]}：{value!r} 不在可选值 {allowed} 之中。")


class TencentVrsProvider(Provider):
    spec = VRS

    def __init__(self, config: CloudConfig, *, journal: JobJournal | None = None, retry: RetryPolicy | None = None,
                 rate_scale: float = 1.0, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        self._journal: JobJournal = journal if journal is not None else MemoryJournal()
        self._retry, self._rate_scale, self._transport = retry, rate_scale, transport
        self._vrs: vrs.VrsApi | None = None
        self._speaker: Speaker | None = None
        self._lock = threading.Lock()

    # ---- plumbing -----------------------------------------------------------------------------
    def is_configured(self) -> bool:
        return bool(self.config.secret_id and self.config.secret_key)

    def _creds(self) -> CloudCredentials:
        if not self.is_configured():
            raise AuthError("No Tencent Cloud SecretId/SecretKey: add them in Providers.",
                            detail_zh="未配置腾讯云 SecretId/SecretKey，请在“服务商”页填写。", provider=PROVIDER)
        return CloudCredentials(self.config.secret_id, self.config.secret_key)

    @property
    def vrs(self) -> vrs.VrsApi:
        with self._lock:
            if self._vrs is None:
                self._vrs = vrs.VrsApi.build(PROVIDER, self._creds(), region=self.config.region,
                                             base_url=self.config.vrs_url, limits=vrs.limiters(self._rate_scale),
                                             retry=self._retry, transport=self._transport)
            return self._vrs

    @property
    def speaker(self) -> Speaker:
        with self._lock:
            if self._speaker is None:
                limits = {"TextToVoice": RateLimiter(tts.RATE * self._rate_scale, burst=int(tts.RATE))}
                client = CloudClient(PROVIDER, tts.SERVICE, self._creds(), region=self.config.region,
                                     base_url=self.config.tts_url, limits=limits, retry=self._retry,
                                     transport=self._transport)
                self._speaker = Speaker(client, self.spec.text, PROVIDER)
            return self._speaker

    def close(self) -> None:
        for part in (self._vrs, self._speaker.client if self._speaker else None):
            if part is not None:
                part.close()

    def test_connection(self, cancel: CancelToken = NEVER) -> str:
        return f"Connected; {len(self.vrs.voices(cancel=cancel))} one-sentence clone voice(s)."

    # ---- the lines to read, and Tencent's check of a take ----------------------------------------
    def training_texts(self, options: dict[str, Any] | None = None, cancel: CancelToken = NEVER) -> list[TrainingText]:
        opts = options or {}
        domain = opts.get("domain")
        params = vrs.training_text_params(
            vrs.TaskType.ONE_SENTENCE,
            None if domain in (None, "") else _choice(domain, vrs.DOMAINS, ("Kind of lines", "文本场景")))
        return [TrainingText(line.text_id, line.text) for line in self.vrs.training_texts(params, cancel)]

    def check_sample(self, path: Path, options: dict[str, Any] | None = None,
                     cancel: CancelToken = NEVER) -> SampleCheck:
        """Tencent's own check of a take: `mode` "quality" (the default; gives the AudioId a clone needs)
        or "environment" (is the room quiet enough), for the line `text_id`."""
        opts = options or {}
        text_id = str(opts.get("text_id") or "").strip()
        if not text_id:
            raise _refused("Say which line the take reads (its text id, from the lines Tencent gave).",
                           "请指明录音朗读的是哪一行文本（腾讯提供的文本 ID）。", "no_text_id")
        mode = vrs.DetectType.ENVIRONMENT if opts.get("mode") == "environment" else vrs.DetectType.QUALITY
        return self._check(prepare_take(path), text_id, mode, cancel)

    def _check(self, take: PreparedTake, text_id: str, mode: int, cancel: CancelToken) -> SampleCheck:
        params = vrs.detect_params(text_id, take.wav, mode, take.codec, take.sample_rate)
        return sample_check(self.vrs.detect(params, cancel), mode)

    # ---- the clone: a job at Tencent ------------------------------------------------------------
    def start_training(self, request: TrainRequest, cancel: CancelToken = NEVER,
                       progress: ProgressFn = no_progress) -> RemoteJob:
        opts = request.options
        name = request.name.strip()
        self.spec.name_rule.check(name)
        if len(request.inputs) != 1:
            raise _refused("A one-sentence clone takes exactly one take.", "一句话复刻只需要一段录音。", "one_take")
        if opts.get("gender") in (None, ""):
            raise _refused("Say whether the voice is male or female.", "请指明音色的性别（男声或女声）。", "no_gender")
        gender = _choice(opts["gender"], vrs.GENDERS, ("Gender", "性别"))
        language = str(opts.get("language") or "zh")
        if language not in vrs.LANGUAGES:
            raise _refused("Tencent's one-sentence clone makes Chinese voices only (CreateVRSTask takes VoiceLanguage "
                           "1, Chinese); such a voice can still read English text.",
                           "腾讯一句话复刻仅支持中文音色（CreateVRSTask 的 VoiceLanguage 仅有 1-中文）；该音色仍可朗读英文文本。",
                           "language")
        take = prepare_take(request.inputs[0])
        audio_id = str(opts.get("audio_id") or "")
        if not audio_id:
            text_id = str(opts.get("text_id") or "").strip()
            if not text_id:
                raise _refused("Say which line the take reads (its text id, from the lines Tencent gave).",
                               "请指明录音朗读的是哪一行文本（腾讯提供的文本 ID）。", "no_text_id")
            progress(-1, "Tencent is checking the take")
            check = self._check(take, text_id, vrs.DetectType.QUALITY, cancel)
            if not check.passed:
                raise InvalidInputError(check.message, detail_zh=check.message_zh, provider=PROVIDER,
                                        code=f"check_{check.code}", request_id=check.request_id or None)
            audio_id = check.audio_id
        session = uuid.uuid4().hex
        params = vrs.create_task_params(session, name, gender, vrs.LANGUAGES[language], audio_id,
                                        sample_rate=take.sample_rate, codec=take.codec,
                                        callback_url=str(opts.get("callback_url") or ""),
                                        enhance=bool(opts["enhance"]) if opts.get("enhance") is not None else None)
        noted = time.time()
        self._journal.add(session, kind="train", model="", name=name, at=noted)  # before sending: survives a crash
        progress(-1, "Starting the clone at Tencent")
        try:
            task_id, rid = self.vrs.create_task(params, cancel)
        except StudioError as err:
            if err.kind != ErrorKind.TRANSIENT_NETWORK:
                self._journal.remove(session)  # refused: nothing was made
                raise
            found = self._find_created(name, noted, cancel)
            if found is None:
                err.detail += (" The studio will look for the clone again before anything is sent twice; "
                               "check the Library's jobs in a few minutes.")
                err.detail_zh = (err.detail_zh or "") + "工作室会再次查找该复刻任务，不会重复提交；请几分钟后查看音色库的任务。"
                raise
            log.info("CreateVRSTask outcome was unknown; found the task among the listed voices")
            task_id, rid = found, ""
        self._journal.update(session, id=task_id)
        job = self.get_job(task_id, cancel)
        job.extra.update({"voice_name": name, "session_id": session, "requestId": rid or job.extra.get("requestId"),
                          "adopted_after_unknown_outcome": not rid})
        return job

    def _find_created(self, name: str, since: float, cancel: CancelToken) -> str | None:
        """The TaskID of a clone named `name` created since `since` that no journal entry claims yet."""
        known = {str(e.get("id")) for e in self._journal.entries() if e.get("id")}
        best: tuple[float, str] | None = None
        for voice in self.vrs.voices(vrs.TaskType.ONE_SENTENCE, cancel):
            if voice.name != name or not voice.task_id or voice.task_id in known:
                continue
            created = _epoch(voice.created)
            if created is not None and created < since - ADOPT_SLACK_S:
                continue
            if best is None or (created or 0.0) > best[0]:
                best = (created or 0.0, voice.task_id)
        return best[1] if best else None

    def get_job(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteJob:
        status = self.vrs.task_status(remote_id, cancel)
        name = next((str(e.get("name") or "") for e in self._journal.entries() if e.get("id") == remote_id), "")
        extra: dict[str, Any] = {"requestId": status.request_id, "voice_name": name}
        if status.expires:
            extra["expires"] = status.expires
        done = status.status == JobStatus.SUCCEEDED
        return RemoteJob(PROVIDER, status.task_id or remote_id, kind="train", status_raw=status.status_raw,
                         status=status.status, model_name=status.fast_voice_type if done else "",
                         message=status.error, extra=extra)

    def list_jobs(self, cancel: CancelToken = NEVER) -> list[RemoteJob]:
        """Clones this studio started (VRS has no call that lists tasks), resolving creates whose answer
        was lost, and forgetting those never seen within an hour."""
        jobs = []
        for entry in reversed(self._journal.entries()[-50:]):
            try:
                if entry.get("id"):
                    jobs.append(self.get_job(str(entry["id"]), cancel))
                    continue
                found = self._find_created(str(entry.get("name") or ""), float(entry.get("at") or 0), cancel)
            except NotFoundError:
                continue
            if found:
                self._journal.update(str(entry["customId"]), id=found)
                jobs.append(self.get_job(found, cancel))
            elif time.time() - float(entry.get("at") or 0) > FORGET_AFTER_S:
                self._journal.remove(str(entry["customId"]))
        return jobs

    # ---- voices ---------------------------------------------------------------------------------
    def list_voices(self, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        return [_remote_voice(v) for v in self.vrs.voices(vrs.TaskType.ONE_SENTENCE, cancel) if v.fast_voice_type]

    def get_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteVoice:
        info, _ = self.vrs.voice(remote_id, cancel)
        if not info.fast_voice_type:
            raise NotFoundError(f"Tencent Cloud has no voice {remote_id!r}.", detail_zh=f"腾讯云中没有音色 {remote_id!r}。",
                                provider=PROVIDER)
        return _remote_voice(info)

    # ---- synthesis ------------------------------------------------------------------------------
    def synthesize(self, request: SynthesisRequest, on_audio: AudioSink | None = None,
                   cancel: CancelToken = NEVER) -> SynthesisResult:
        result = self.speaker.speak(request, cancel)
        if on_audio is not None:
            on_audio(result.audio)
        return result


def _epoch(iso: str) -> float | None:
    try:
        return datetime.fromisoformat(iso).timestamp() if iso else None
    except ValueError:
        return None


def _remote_voice(info: vrs.VoiceInfo) -> RemoteVoice:
    expires = _epoch(info.expires)
    if expires is not None and expires <= time.time():
        status, raw = VoiceStatus.GONE, "expired"
    elif info.deployed:
        status, raw = VoiceStatus.READY, "deployed"
    else:
        status, raw = VoiceStatus.PENDING, "not deployed"
    extra: dict[str, Any] = {"task_id": info.task_id, "gender": {1: "male", 2: "female"}.get(info.gender or 0, "")}
    if info.expires:
        extra["expires"] = info.expires
    return RemoteVoice(PROVIDER, info.fast_voice_type, name=info.name, status_raw=raw, status=status,
                       created=info.created, extra=extra)


class _Context(Protocol):
    settings: Any
    secrets: Any
    home: Path

    def journal_for(self, provider: str) -> JobJournal: ...


def config_from(settings: Any, secrets: Any) -> CloudConfig:
    """Settings and secrets, the SDK's environment variables winning (TENCENTCLOUD_SECRET_ID/KEY)."""
    def setting(key: str) -> str:
        try:
            value = settings.get(key)
        except KeyError:
            return ""
        return "" if value is None else str(value)

    fields = {f.key: f for f in VRS.all_fields}

    def value(key: str, secret: bool = False) -> str:
        env = fields[key].env
        from_env = os.environ.get(env, "").strip() if env else ""
        return from_env or ((secrets.get(key) or "") if secret else setting(key)).strip()

    return CloudConfig(secret_id=value("tencentcloud.secret_id", True), secret_key=value("tencentcloud.secret_key", True),
                       region=value("tencentcloud.region"), vrs_url=value("tencentcloud.vrs_url"),
                       tts_url=value("tencentcloud.tts_url"))


def create(ctx: _Context) -> TencentVrsProvider:
    return TencentVrsProvider(config_from(ctx.settings, ctx.secrets), journal=ctx.journal_for(PROVIDER))
