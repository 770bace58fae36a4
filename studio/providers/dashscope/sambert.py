"""DashScope Sambert: lightweight cloning (dataset → upload → fine-tune → review → model) and synthesis.

Sources: ../shared/vendor-docs/dashscope-sambert-lightweight-cloning.zh.txt (the seed document) and
../shared/specs/dashscope-protocol.md §3, §4, §5, §5a, §7. Shares the DashScope key and region with
CosyVoice (`dashscope_common`); Sambert is offered in Beijing only.

Training: the takes (files, folders, or a ready zip, which is unpacked and checked like takes) go
through the Validate pane's dataset builder, which leaves out bad takes and refuses a dataset with
less than 20 minutes of effective speech — the vendor would fail such a job anyway, so there is no
way around it. The checked zip is kept under the data home (`datasets/sambert/`, with its report),
uploaded through the Files API, and the fine-tune job is created. The quota rules (10 models, 2
training jobs at once, per account) are checked against the job list before anything is sent.

A job is `PENDING/QUEUING → RUNNING → UNDER_REVIEW → SUCCEEDED` (or FAILED/CANCELED); the library
persists it (`studio.library.sync.record_job`) and keeps polling across restarts. A succeeded job's
`finetuned_output` is the voice: synthesis uses it as the model, over the Sambert WebSocket protocol
(`streaming: "out"`), like the stock `sambert-<voice>-v1` models.
"""

from __future__ import annotations

import logging
import re
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from studio import redact
from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError, NotFoundError, QuotaError, StudioError, VendorRejectedError
from studio.providers.base import (
    AudioSink,
    Provider,
    Quota,
    RemoteJob,
    RemoteVoice,
    SynthesisRequest,
    SynthesisResult,
    TimedText,
    TrainRequest,
    VoiceStatus,
)
from studio.providers.dashscope.account import (
    DashScopeAccount,
    Endpoints,
    resolve_api_key,
    resolve_endpoints,
    ws_headers,
)
from studio.providers.dashscope.files import FilesClient
from studio.providers.dashscope.finetunes import FineTuneJob, FineTunesClient, check_suffix
from studio.providers.dashscope.limits import limiters_for
from studio.providers.dashscope.sambert_dataset import build_checked_dataset, expand_takes
from studio.providers.dashscope.spec import SAMBERT
from studio.providers.dashscope.ws import TaskSpec, WsTaskClient
from studio.providers.http import RetryPolicy

log = logging.getLogger(__name__)

PROVIDER = "sambert"
MAX_MODELS = 10  # per account during the invitation phase (seed document, 配额说明)
MAX_TRAINING = 2
MAX_TEXT_CHARS = 10_000  # per run-task (spec §3)
FORMATS = ("pcm", "wav", "mp3")
SAMPLE_RATES = (8000, 16000, 22050, 24000, 48000)
_RATE_48K = ("zhichu", "zhinan", "zhiqi", "zhide", "zhijia", "zhiru", "zhiqian", "zhixiang", "zhiwei")
_RATE_16K = ("zhihao", "zhijing", "zhiming", "zhimo", "zhina", "zhishu", "zhistella", "zhiting", "zhixiao",
             "zhiya", "zhiye", "zhiying", "zhiyuan", "zhiyue", "zhigui", "zhishuo", "zhimiao-emo", "zhimao",
             "zhilun", "zhifei", "zhida", "camila", "perla", "indah", "clara", "hanna", "beth", "betty", "cally",
             "cindy", "eva", "donna", "brian", "waan")
STOCK_RATES: dict[str, int] = {**{f"sambert-{v}-v1": 48000 for v in _RATE_48K},
                               **{f"sambert-{v}-v1": 16000 for v in _RATE_16K}}

def _bad(en: str, zh: str, code: str | None = None) -> InvalidInputError:
    return InvalidInputError(en, detail_zh=zh, provider=PROVIDER, code=code)


def synthesis_parameters(request: SynthesisRequest) -> dict[str, Any]:
    """run-task `parameters` holding only what differs from the vendor defaults (as the SDK sends kwargs)."""
    fmt = request.format.lower()
    if fmt not in FORMATS:
        raise _bad(f"Sambert speaks pcm, wav or mp3, not {request.format!r}.", f"Sambert 仅支持 pcm、wav、mp3，不支持 {request.format!r}。")
    if request.sample_rate not in SAMPLE_RATES:
        raise _bad(f"{request.sample_rate} Hz is not available (use {', '.join(map(str, SAMPLE_RATES))}).",
                   f"不支持 {request.sample_rate} Hz。")
    params: dict[str, Any] = {"format": fmt, "sample_rate": request.sample_rate}
    if request.volume != 50:
        if not 0 <= request.volume <= 100:
            raise _bad("Volume must be 0–100.", "音量须在 0–100 之间。")
        params["volume"] = request.volume
    for key, value, zh in (("rate", request.rate, "语速"), ("pitch", request.pitch, "音调")):
        if value != 1.0:
            if not 0.5 <= value <= 2.0:
                raise _bad(f"{key.capitalize()} must be 0.5–2.0.", f"{zh}须在 0.5–2.0 之间。")
            params[key] = value
    params.update(request.extra)
    if request.timestamps:
        params["word_timestamp_enabled"] = True
    if params.get("phoneme_timestamp_enabled"):
        params["word_timestamp_enabled"] = True  # phoneme timestamps come only with word timestamps
    return params


def word_spans(sentences: list[dict[str, Any]]) -> list[TimedText]:
    """Word timings in seconds; Sambert's are counted from the start of the audio (SDK timestamps)."""
    return [TimedText(str(w.get("text", "")), float(w["begin_time"]) / 1000,
                      max(float(w["begin_time"]), float(w.get("end_time") or w["begin_time"])) / 1000)
            for s in sentences for w in s.get("words") or [] if isinstance(w, dict) and "begin_time" in w]


def job_kept(job: FineTuneJob, err: StudioError, cancelled: bool) -> VendorRejectedError:
    """DashScope's refusal to delete a job, in words: what it means and what the user can still do.

    "删除调优任务" (https://help.aliyun.com/zh/model-studio/delete-fine-tuning-job-api) lists
    400 UnsupportedOperation, "The fine-tune job can not be deleted because it is succeeded,failed or
    canceled": the job (and a trained model) stays on the account whatever the studio does.
    """
    first_en = "The training job was cancelled, but " if cancelled else ""
    first_zh = "训练任务已取消，但" if cancelled else ""
    model_en = " Its trained model stays on the account and can still speak." if job.status_raw == "SUCCEEDED" else ""
    model_zh = "其训练出的模型仍保留在账号中，可继续用于合成。" if job.status_raw == "SUCCEEDED" else ""
    return VendorRejectedError(
        f"{first_en}DashScope keeps training job {job.job_id} ({job.plain()}): it does not delete jobs that have "
        f"succeeded, failed or been cancelled.{model_en} Nothing was removed at DashScope or from the library. "
        "You can remove it from the library only; DashScope will still list it.",
        detail_zh=f"{first_zh}DashScope 保留训练任务 {job.job_id}（{job.plain('zh')}）：已成功、失败或已取消的任务不能删除。"
        f"{model_zh}DashScope 和音色库中均未删除任何内容。可以只从音色库中移除它；DashScope 仍会列出它。",
        provider=PROVIDER, code=err.code, request_id=err.request_id, status=err.status)


def _effective_chars(text: str) -> int:
    """Sambert bills one character per character, Chinese included (SDK docstring); SSML tags are free."""
    if text.lstrip().startswith("<speak"):
        text = re.sub(r"<[^>]*>", "", text)
    return len(text)


# --- the provider -----------------------------------------------------------------------------
class SambertProvider(DashScopeAccount, Provider):
    spec = SAMBERT

    def __init__(self, api_key: str | None, endpoints: Endpoints | None, *, work_dir: Path | None = None,
                 retry: RetryPolicy | None = None, cancel_settle_s: float = 30.0, poll_s: float = 1.0,
                 config_error: StudioError | None = None) -> None:
        redact.register(api_key)
        self.api_key, self.endpoints, self.config_error = api_key, endpoints, config_error
        self.work_dir = work_dir or Path(tempfile.gettempdir()) / "voice-studio-datasets"
        self.retry = retry or RetryPolicy()
        self.cancel_settle_s, self.poll_s = cancel_settle_s, poll_s
        self._files: FilesClient | None = None
        self._jobs: FineTunesClient | None = None
        self._lock = threading.Lock()

    # --- plumbing -----------------------------------------------------------------------------
    @property
    def files(self) -> FilesClient:
        with self._lock:  # worker threads may share one provider object
            if self._files is None:
                key, endpoints = self._ready()
                self._files = FilesClient(self.name, key, endpoints, retry=self.retry)
            return self._files

    @property
    def finetunes(self) -> FineTunesClient:
        with self._lock:
            if self._jobs is None:
                key, endpoints = self._ready()
                self._jobs = FineTunesClient(self.name, key, endpoints, retry=self.retry)
            return self._jobs

    def ws_client(self) -> WsTaskClient:
        key, endpoints = self._ready()
        return WsTaskClient(endpoints.ws_base, ws_headers(key, endpoints.workspace_id), provider=self.name,
                            retry=self.retry, limiter=limiters_for(endpoints.http_base, key).sambert)

    def close(self) -> None:
        with self._lock:
            for client in (self._files, self._jobs):
                if client is not None:
                    client.close()
            self._files = self._jobs = None

    def count_chars(self, text: str) -> int:
        return _effective_chars(text)

    # --- account ------------------------------------------------------------------------------
    def test_connection(self, cancel: CancelToken = NEVER) -> str:
        _, endpoints = self._ready()
        self.finetunes.list_page(1, 1, cancel)
        return f"DashScope {endpoints.region} ({endpoints.host}): the API key works for Sambert fine-tunes."

    def quota(self, cancel: CancelToken = NEVER) -> Quota:
        jobs = self.finetunes.list_all(cancel)
        files = self.files.list_all(cancel)
        return Quota(used=sum(j.holds_model for j in jobs), limit=MAX_MODELS, what="models",
                     extra={"training jobs": (sum(j.training for j in jobs), MAX_TRAINING),
                            "files": (len(files), 100)})

    def check_quota(self, jobs: list[FineTuneJob]) -> None:
        models, training = sum(j.holds_model for j in jobs), sum(j.training for j in jobs)
        if models >= MAX_MODELS:
            raise QuotaError(f"The account already holds {models} of {MAX_MODELS} Sambert models (including jobs "
                             "under way). Delete a model you no longer use, or ask the account manager for more.",
                             detail_zh=f"账号已有 {models} 个 Sambert 模型（含进行中的任务），上限 {MAX_MODELS} 个。"
                             "请删除不再使用的模型，或联系商务经理扩容。", provider=self.name, code="models_quota")
        if training >= MAX_TRAINING:
            raise QuotaError(f"{training} training jobs are already under way; DashScope allows {MAX_TRAINING} at "
                             "once. Wait for one to finish or cancel it.",
                             detail_zh=f"已有 {training} 个训练任务在进行；DashScope 同时最多 {MAX_TRAINING} 个。"
                             "请等待其中一个完成或将其取消。", provider=self.name, code="training_quota")

    # --- training -----------------------------------------------------------------------------
    def start_training(self, request: TrainRequest, cancel: CancelToken = NEVER,
                       progress: ProgressFn = no_progress) -> RemoteJob:
        suffix = check_suffix(request.name)
        if request.url:
            raise _bad("Sambert trains from local takes or a zip, not a URL.", "Sambert 仅支持本地录音或 zip，不支持网址。")
        if not request.inputs:
            raise _bad("Give the takes (files or folders) or one dataset zip.", "请提供录音（文件或文件夹）或一个数据集 zip。")
        progress(0.0, "Checking the account's Sambert quota")
        self.check_quota(self.finetunes.list_all(cancel))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        out_zip = self.work_dir / f"{suffix}-{stamp}.zip"
        report = build_checked_dataset(list(request.inputs), out_zip, cancel,
                                       lambda f, t: progress(0.45 * max(f, 0.0), f"Building the dataset: {t}"))
        minutes = report.total_effective_min
        progress(0.45, f"Dataset ready: {minutes:.1f} min of speech, {report.zip_bytes / 2**20:.0f} MB")
        uploaded = self.files.upload(out_zip, cancel=cancel,
                                     progress=lambda f, t: progress(0.45 + 0.5 * max(f, 0.0), t))
        progress(0.95, "Creating the training job")
        self.check_quota(self.finetunes.list_all(cancel))  # the upload may have taken minutes
        job, adopted = self.finetunes.create(uploaded.file_id, suffix, cancel)
        remote = job.to_remote(self.name)
        remote.extra.update({"file_id": uploaded.file_id, "dataset": str(out_zip),
                             "dataset_report": str(out_zip.with_suffix(".report.json")),
                             "effective_min": round(minutes, 2), "suffix": suffix})
        if adopted:
            remote.extra["adopted_after_unknown_outcome"] = True
        progress(1.0, f"Job {job.job_id}: {job.plain()}")
        return remote

    def get_job(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteJob:
        return self.finetunes.get(remote_id, cancel).to_remote(self.name)

    def list_jobs(self, cancel: CancelToken = NEVER) -> list[RemoteJob]:
        return [j.to_remote(self.name) for j in self.finetunes.list_all(cancel)]

    def cancel_job(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        job = self.finetunes.get(remote_id, cancel)
        if job.training:
            self.finetunes.cancel(remote_id, cancel)

    def delete_job(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        """Delete the job (and with it its model); a job still training is cancelled first. DashScope
        keeps jobs that have ended (`job_kept`): the refusal is explained and nothing else changes."""
        try:
            job = self.finetunes.get(remote_id, cancel)
        except NotFoundError:
            return
        cancelled = job.training
        if job.training:
            self.finetunes.cancel(remote_id, cancel)
        deadline = time.monotonic() + self.cancel_settle_s
        while job.training or job.status_raw == "CANCELING":
            if time.monotonic() > deadline:
                raise _bad(f"Job {remote_id} is being cancelled; delete it again once it shows cancelled.",
                           f"任务 {remote_id} 正在取消，请在显示已取消后再删除。", "still_cancelling")
            if cancel.wait(self.poll_s):
                cancel.raise_if_cancelled()
            job = self.finetunes.get(remote_id, cancel)
        try:
            self.finetunes.delete(remote_id, cancel)
        except StudioError as err:
            if err.code == "UnsupportedOperation":
                raise job_kept(job, err, cancelled) from err
            raise

    # --- voices -------------------------------------------------------------------------------
    def _voice(self, job: FineTuneJob) -> RemoteVoice:
        return RemoteVoice(provider=self.name, remote_id=job.finetuned_output, name=job.suffix or job.finetuned_output,
                           status_raw=job.status_raw, status=VoiceStatus.READY, target_model=job.finetuned_output,
                           created=job.created, extra={"job": job.job_id})

    def list_voices(self, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        return [self._voice(j) for j in self.finetunes.list_all(cancel)
                if j.status_raw == "SUCCEEDED" and j.finetuned_output]

    def get_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteVoice:
        for voice in self.list_voices(cancel):
            if voice.remote_id == remote_id:
                return voice
        raise NotFoundError(f"No Sambert model {remote_id} on this account.",
                            detail_zh=f"该账号下没有 Sambert 模型 {remote_id}。", provider=self.name)

    def stock_voices(self) -> list[RemoteVoice]:
        return [RemoteVoice(provider=self.name, remote_id=model, name=model.removeprefix("sambert-").removesuffix("-v1"),
                            status_raw="OK", status=VoiceStatus.READY, target_model=model, stock=True,
                            extra={"sample_rate": rate}) for model, rate in STOCK_RATES.items()]

    def delete_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        """A trained model goes with its fine-tune job (seed document: delete models to regain quota)."""
        for job in self.finetunes.list_all(cancel):
            if job.finetuned_output == remote_id:
                self.delete_job(job.job_id, cancel)
                return
        log.info("delete %s: no job holds this model, treating as deleted", remote_id)

    # --- synthesis ----------------------------------------------------------------------------
    def synthesize(self, request: SynthesisRequest, on_audio: AudioSink | None = None,
                   cancel: CancelToken = NEVER) -> SynthesisResult:
        text = request.text
        if not text.strip():
            raise _bad("There is no text to speak.", "没有要合成的文本。")
        if len(text) > MAX_TEXT_CHARS:
            raise _bad(f"The text has {len(text):,} characters; Sambert takes at most {MAX_TEXT_CHARS:,} per request.",
                       f"文本共 {len(text):,} 个字符，Sambert 每次最多 {MAX_TEXT_CHARS:,} 个。")
        model = request.model or request.voice
        if not model.startswith("sambert"):
            raise _bad(f"{model!r} is not a Sambert model.", f"{model!r} 不是 Sambert 模型。")
        parameters = synthesis_parameters(request)
        chunks: list[bytes] = []
        sentences: dict[int, dict[str, Any]] = {}

        def sink(data: bytes) -> None:
            chunks.append(data)
            if on_audio is not None:
                on_audio(data)

        def on_event(payload: dict[str, Any]) -> None:
            sentence = (payload.get("output") or {}).get("sentence")
            if isinstance(sentence, dict):  # a sentence grows: the latest with its begin_time wins
                sentences[int(sentence.get("begin_time") or 0)] = sentence

        def restart() -> None:
            chunks.clear()
            sentences.clear()

        spec = TaskSpec(model=model, parameters=parameters, streaming="out", run_input={"text": text})
        result = self.ws_client().run(spec, on_audio=sink, on_event=on_event,
                                      on_restart=None if on_audio else restart, cancel=cancel)
        timed = [sentences[k] for k in sorted(sentences)]
        return SynthesisResult(audio=b"".join(chunks), format=parameters["format"],
                               sample_rate=parameters["sample_rate"], characters=result.characters,
                               first_audio_s=result.first_audio_s, total_s=result.total_s,
                               request_id=result.task_id, timestamps=timed,
                               spans=word_spans(timed) if request.timestamps else [])


def create(ctx: Any) -> SambertProvider:
    """Build from a `ProviderContext`; env overrides as the SDK honours them. Beijing only."""
    key = resolve_api_key(ctx.secrets)
    work_dir = Path(ctx.home) / "datasets" / "sambert"
    try:
        endpoints = resolve_endpoints(ctx.settings)
    except StudioError as err:
        return SambertProvider(key, None, work_dir=work_dir, config_error=err)
    if endpoints.region == "singapore" and endpoints.source != "env":
        region = _bad("Sambert is offered in the Beijing region only; switch the DashScope region to Beijing.",
                      "Sambert 仅在北京地域提供；请将 DashScope 地域切换为北京。", "region")
        return SambertProvider(key, endpoints, work_dir=work_dir, config_error=region)
    return SambertProvider(key, endpoints, work_dir=work_dir)


__all__ = ["STOCK_RATES", "SambertProvider", "build_checked_dataset", "create", "expand_takes",
           "synthesis_parameters"]
