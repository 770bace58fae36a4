"""Tencent Multimedia Lab voice cloning as a studio Provider: train models, generate audio, list models.

Train (type 2): recordings go to the account's content repository (COS) and are referenced by
`source{contentId, path}`, or a user-given `url` is passed as is. Generate (type 1): text (split at
sentence ends into ≤ 512-character jobs, joined in order) or a take (voice conversion); each job is
polled with backoff and its `voiceName` downloaded from `destination` in the repository.

Every job carries a fresh `customId`, noted in the library's job journal before the create is sent,
so a create with an unknown outcome is resolved with ListJobs instead of making a twin — now or after
a restart. The API has no "list my jobs" call; `list_jobs` answers from that journal.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import (
    AuthError,
    InvalidInputError,
    NotFoundError,
    TransientNetworkError,
)
from studio.providers.base import (
    AudioSink,
    JobJournal,
    MemoryJournal,
    Provider,
    RemoteJob,
    RemoteVoice,
    SynthesisRequest,
    SynthesisResult,
    TrainRequest,
    VoiceStatus,
)
from studio.providers.http import RetryPolicy
from studio.providers.tencent.cos import ContentRepository
from studio.providers.tencent.mml_api import GatewaySigning, TencentApi
from studio.providers.tencent.mml_support import (
    PollPolicy,
    ProviderContextLike,
    TencentConfig,
    adopt_legacy_journal,
    config_from,
    join_audio,
    model_status,
    raise_unless_audio,
    raise_unless_completed,
    safe_name,
)
from studio.providers.tencent.mml_wire import (
    DEFAULT_MODEL,
    MAX_SOURCE_CHARS,
    PROVIDER,
    Credentials,
    Job,
    create_job_body,
    generate_output,
    repository_input,
    text_input,
    train_output,
    url_input,
    validate_epoch,
    validate_model_name,
)
from studio.providers.tencent.spec import MML
from studio.providers.text import split

log = logging.getLogger(__name__)

MAX_PARTS = 40  # ≈ 20 000 characters of text in one synthesis
OUTPUT_PREFIX = "vs_"


class TencentMMLProvider(Provider):
    spec = MML

    def __init__(self, config: TencentConfig, *, journal: JobJournal | None = None, poll: PollPolicy | None = None,
                 rate: float = 2.0, retry: RetryPolicy | None = None, cos_retries: int = 2) -> None:
        self.config = config
        self.poll = poll or PollPolicy()
        self._journal: JobJournal = journal if journal is not None else MemoryJournal()
        self._rate, self._retry, self._cos_retries = rate, retry, cos_retries
        self._api: TencentApi | None = None
        self._repository: ContentRepository | None = None
        self._lock = threading.Lock()

    # ---- plumbing -------------------------------------------------------------------------
    def is_configured(self) -> bool:
        return bool(self.config.secret_id and self.config.secret_key)

    @property
    def api(self) -> TencentApi:
        with self._lock:
            if self._api is None:
                if not self.is_configured():
                    raise AuthError("No Tencent SecretId/SecretKey: add them in Providers.",
                                    detail_zh="未配置腾讯 SecretId/SecretKey，请在“服务商”页填写。", provider=PROVIDER)
                c = self.config
                signing = GatewaySigning(c.gateway_key_id or c.secret_id, c.gateway_key_secret or c.secret_key,
                                         c.gateway_source) if c.hmac_signing else None
                self._api = TencentApi(c.base_url, Credentials(c.secret_id, c.secret_key), signing=signing,
                                       rate=self._rate, retry=self._retry)
            return self._api

    def repository(self) -> ContentRepository:
        with self._lock:
            if self._repository is None:
                c = self.config
                if not c.content_id:
                    raise InvalidInputError("No content repository id (contentId) is set in Providers.",
                                            detail_zh="未在“服务商”页设置内容仓库 ID（contentId）。",
                                            provider=PROVIDER)
                self._repository = ContentRepository(c.cos_bucket, c.cos_region, c.cos_secret_id,
                                                     c.cos_secret_key, endpoint=c.cos_endpoint,
                                                     retries=self._cos_retries)
            return self._repository

    def close(self) -> None:
        if self._api is not None:
            self._api.close()

    def test_connection(self, cancel: CancelToken = NEVER) -> str:
        models = self.api.list_models(cancel)
        text = f"Connected; {len(models)} trained model(s)."
        if self.config.cos_bucket:
            self.repository().exists(f"/{self.config.folder}/.probe", cancel)  # checks the COS keys
            text += f" Content repository bucket {self.config.cos_bucket} reachable."
        return text

    # ---- voices (models) ------------------------------------------------------------------
    def stock_voices(self) -> list[RemoteVoice]:
        return [RemoteVoice(PROVIDER, DEFAULT_MODEL, name="default", status_raw="stock",
                            status=VoiceStatus.READY, stock=True)]

    def list_voices(self, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        voices = []
        for model in self.api.list_models(cancel):
            status, raw = model_status(model.state)
            voices.append(RemoteVoice(PROVIDER, model.name, name=model.name, status_raw=raw, status=status,
                                      created=model.created_at, extra={"createdAt": model.raw.get("createdAt")}))
        return voices

    def get_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteVoice:
        if remote_id == DEFAULT_MODEL:
            return self.stock_voices()[0]
        for voice in self.list_voices(cancel):
            if voice.remote_id == remote_id:
                return voice
        raise NotFoundError(f"No model named {remote_id!r} at Tencent.",
                            detail_zh=f"腾讯侧没有名为 {remote_id!r} 的模型。", provider=PROVIDER)

    # ---- jobs -----------------------------------------------------------------------------
    def _create(self, body: dict[str, Any], kind: str, model: str, cancel: CancelToken) -> tuple[str, Job]:
        custom_id = body["createJobRequest"]["customId"]
        self._journal.add(custom_id, kind=kind, model=model)  # before sending: survives a crash
        rid, job = self.api.create_job(body, cancel)
        self._journal.update(custom_id, id=job.id, state=job.state)
        return rid, job

    def _remote(self, job: Job, request_id: str = "") -> RemoteJob:
        extra = {"customId": job.custom_id, "voiceName": job.voice_name, "destination": job.destination,
                 "startedAt": job.started_at, "completedAt": job.completed_at}
        self._journal.update(job.custom_id or "\0", id=job.id, state=job.state, message=job.message,
                             kind=job.kind, model=job.model_name, created=job.created_at, extra=extra)
        return RemoteJob(PROVIDER, job.id, kind=job.kind, status_raw=job.state_name, status=job.status,
                         model_name=job.model_name, message=job.message, created=job.created_at,
                         extra={**extra, "requestId": request_id})

    def _from_journal(self, entry: dict[str, Any]) -> RemoteJob | None:
        """A settled job as last seen: it cannot change any more, so it needs no request."""
        job = Job(entry["id"], int(entry.get("state") or 0))
        if not job.status.settled:
            return None
        return RemoteJob(PROVIDER, job.id, kind=str(entry.get("kind") or "generate"), status_raw=job.state_name,
                         status=job.status, model_name=str(entry.get("model") or ""),
                         message=str(entry.get("message") or ""), created=str(entry.get("created") or ""),
                         extra=dict(entry.get("extra") or {}))

    def start_training(self, request: TrainRequest, cancel: CancelToken = NEVER,
                       progress: ProgressFn = no_progress) -> RemoteJob:
        name = request.name
        validate_model_name(name)
        opts = request.options
        epoch = opts.get("total_epoch", opts.get("totalEpoch", opts.get("epochs")))
        if epoch is not None:
            validate_epoch(epoch)
        url = request.url or opts.get("url")
        if not url and not request.inputs:
            raise InvalidInputError("Training needs recordings or a URL.", detail_zh="训练需要录音或 URL。",
                                    provider=PROVIDER)
        progress(-1, "Checking the model name")
        taken = {m.name for m in self.api.list_models(cancel)}
        pending = {e.get("model") for e in self._journal.entries()
                   if e.get("kind") == "train" and e.get("state") in (None, 1, 2)}
        if name in taken or name in pending:
            raise InvalidInputError(f"A model named {name!r} already exists; model names must be unique.",
                                    detail_zh=f"已存在名为 {name!r} 的模型，模型名称须唯一。", provider=PROVIDER)
        inputs = [url_input(str(url))] if url else self._upload_all(name, request.inputs, cancel, progress)
        body = create_job_body(self.api.creds, inputs, [train_output(name, epoch, len(inputs))],
                               custom_id=str(uuid.uuid4()), callback=self.config.callback_url or None,
                               timeout=opts.get("timeout"))
        progress(-1, "Creating the training job")
        rid, job = self._create(body, "train", name, cancel)
        return self._remote(job, rid)

    def _upload_all(self, name: str, files: list[Path], cancel: CancelToken,
                    progress: ProgressFn) -> list[dict[str, Any]]:
        repo = self.repository()
        inputs = []
        for i, local in enumerate(files):
            if not local.is_file():
                raise InvalidInputError(f"{local}: no such file.", detail_zh=f"{local}：文件不存在。",
                                        provider=PROVIDER)
            path = f"/{self.config.folder}/train/{name}/{i:03d}_{safe_name(local.name)}"

            def overall(fraction: float, text: str, i: int = i) -> None:
                progress((i + fraction) / len(files), text)

            repo.upload_file(local, path, cancel, overall)
            inputs.append(repository_input(self.config.content_id, path))
        return inputs

    def get_job(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteJob:
        rid, job = self.api.get_job(remote_id, cancel)
        return self._remote(job, rid)

    def list_jobs(self, cancel: CancelToken = NEVER) -> list[RemoteJob]:
        """Jobs this studio created (the API can look jobs up only by id or customId)."""
        jobs = []
        for entry in reversed(self._journal.entries()[-50:]):
            try:
                if entry.get("id"):
                    jobs.append(self._from_journal(entry) or self.get_job(entry["id"], cancel))
                    continue
                found = self.api.list_jobs(entry["customId"], cancel)
            except NotFoundError:
                continue
            if found:
                jobs.append(self._remote(max(found, key=lambda j: j.created_at)))
            elif time.time() - float(entry.get("at", 0)) > 3600:
                self._journal.remove(entry["customId"])  # the create never arrived
        return jobs

    def cancel_job(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        raise InvalidInputError(
            "The Tencent voice-cloning API documents no way to cancel a job (no CancelJob action); "
            "it ends by itself, or at the timeout given when it was created.",
            detail_zh="腾讯声音克隆接口没有提供取消任务的方法（无 CancelJob 操作）；任务会自行结束，或在创建时设定的超时后结束。",
            provider=PROVIDER)

    def wait_for_job(self, job_id: str, cancel: CancelToken = NEVER, progress: ProgressFn = no_progress,
                     max_wait: float | None = None) -> tuple[str, Job]:
        """Poll GetJob with backoff until the job settles; CancelToken-aware."""
        deadline = time.monotonic() + (self.poll.max_wait if max_wait is None else max_wait)
        for delay in self.poll.intervals():
            rid, job = self.api.get_job(job_id, cancel)
            if job.status.settled:
                return rid, job
            progress(-1, job.state_name.capitalize())
            if time.monotonic() + delay > deadline:
                raise TransientNetworkError(
                    f"Job {job_id} is still {job.state_name} at Tencent; it goes on there, check it later.",
                    detail_zh=f"任务 {job_id} 在腾讯侧仍为 {job.state_name}，会继续运行，请稍后查看。",
                    provider=PROVIDER, request_id=rid)
            if cancel.wait(delay):
                cancel.raise_if_cancelled()
        raise AssertionError("unreachable")

    # ---- synthesis ------------------------------------------------------------------------
    def synthesize(self, request: SynthesisRequest, on_audio: AudioSink | None = None,
                   cancel: CancelToken = NEVER) -> SynthesisResult:
        started = time.monotonic()
        model = request.voice or request.model or DEFAULT_MODEL
        if model != DEFAULT_MODEL:
            validate_model_name(model)
        repo = self.repository()
        url = request.extra.get("url")
        if request.source_audio is not None or url:
            inputs = [self._take_input(request.source_audio, url, repo, cancel)]
            characters = 0
        else:
            parts = split(request.text, MAX_SOURCE_CHARS)
            if not parts:
                raise InvalidInputError("There is no text to speak.", detail_zh="没有要合成的文本。",
                                        provider=PROVIDER)
            if len(parts) > MAX_PARTS:
                raise InvalidInputError(f"The text is too long ({len(parts)} parts of ≤ 512 characters; "
                                        f"at most {MAX_PARTS}).",
                                        detail_zh=f"文本过长（{len(parts)} 段，最多 {MAX_PARTS} 段）。",
                                        provider=PROVIDER)
            inputs = [text_input(p) for p in parts]
            characters = sum(len(p) for p in parts)
        created = []
        for item in inputs:
            custom_id = str(uuid.uuid4())
            destination = f"/{self.config.folder}/generated/{custom_id}"
            output = generate_output(model, self.config.content_id, destination, OUTPUT_PREFIX)
            body = create_job_body(self.api.creds, [item], [output], custom_id=custom_id,
                                   callback=self.config.callback_url or None)
            created.append(self._create(body, "generate", model, cancel))
        audio: list[bytes] = []
        names: list[str] = []
        first_audio_s = None
        for rid, job in created:
            job_rid, job = self.wait_for_job(job.id, cancel)
            raise_unless_completed(job, job_rid or rid)
            key = f"{job.destination.rstrip('/')}/{job.voice_name}"
            data = repo.download(key, cancel)
            raise_unless_audio(data, key, job_rid or rid)
            if first_audio_s is None:
                first_audio_s = time.monotonic() - started
            if on_audio is not None:
                on_audio(data)
            audio.append(data)
            names.append(job.voice_name)
        joined, fmt, rate = join_audio(audio, names)
        return SynthesisResult(joined, fmt, rate, characters=characters, first_audio_s=first_audio_s,
                               total_s=time.monotonic() - started, request_id=created[0][0])

    def _take_input(self, take: Path | None, url: Any, repo: ContentRepository,
                    cancel: CancelToken) -> dict[str, Any]:
        if url:
            return url_input(str(url))
        assert take is not None
        if not take.is_file():
            raise InvalidInputError(f"{take}: no such file.", detail_zh=f"{take}：文件不存在。", provider=PROVIDER)
        path = f"/{self.config.folder}/takes/{uuid.uuid4().hex[:12]}_{safe_name(take.name)}"
        repo.upload_file(take, path, cancel)
        return repository_input(self.config.content_id, path)


def create(ctx: ProviderContextLike) -> TencentMMLProvider:
    journal = ctx.journal_for(MML.name)
    adopt_legacy_journal(Path(ctx.home) / "providers" / "tencent-jobs.json", journal)
    return TencentMMLProvider(config_from(ctx.settings, ctx.secrets), journal=journal)

