"""DashScope fine-tunes for Sambert lightweight cloning (spec §5, §5a), on a compressed clock.

A job walks PENDING → QUEUING → RUNNING → UNDER_REVIEW → SUCCEEDED with the delays in
`state.training`; only one job per account is RUNNING at a time (the others wait in QUEUING, in
creation order). The dataset is inspected when the job is created (cheaply: a few 50 ms windows per
second of audio, see `effective_speech`); a dataset with too little speech, no audio or a broken zip
ends FAILED with a code and message when its RUNNING phase ends, as a real training run would.
Quotas are answered like the vendor: at most `max_models` jobs holding a model and `max_concurrent`
jobs training per account. The state advances lazily, on every request, from the recorded times,
so a test that polls slowly still sees the transitions happen at the right moments.

The body may come from the seed document's curl (`finetuned_output_suffix`) or the SDK
(`validation_file_ids: null`, `hyper_parameters: {}`, optional `finetuned_output`): both are accepted.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from aiohttp import web

from .common import VendorError, state_of
from .files import account_from, file_of, guarded
from .state import DashScopeState, beijing_now, new_request_id

PREFIX = "/api/v1/fine-tunes"
ACTIVE = ("PENDING", "QUEUING", "RUNNING")
NO_MODEL = ("FAILED", "CANCELED", "CANCELING")  # jobs that hold no model (quota)
AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a")
_SUFFIX = re.compile(r"^[A-Za-z0-9_]{1,64}$")


@dataclass
class FineTuneJob:
    job_id: str
    seq: int
    account: str
    suffix: str
    training_file_ids: list[str]
    body: dict[str, Any]
    created: str
    status: str = "PENDING"
    since: float = field(default_factory=time.monotonic)  # when the current status began
    fate: tuple[str, str] | None = None  # (code, message) the training run ends FAILED with
    effective_s: float = 0.0
    finetuned_output: str | None = None
    code: str | None = None
    message: str | None = None
    end_time: str | None = None
    history: list[tuple[str, float]] = field(default_factory=list)
    ran_until: float = 0.0  # when it left RUNNING (frees the account's training slot)

    def move(self, status: str, at: float) -> None:
        if self.status == "RUNNING":
            self.ran_until = at
        self.status, self.since = status, at
        self.history.append((status, at))
        if status in ("SUCCEEDED", "FAILED", "CANCELED"):
            self.end_time = beijing_now()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "job_id": self.job_id, "job_name": self.job_id, "status": self.status, "model": "sambert",
            "base_model": "sambert", "finetuned_output": self.finetuned_output,
            "training_file_ids": list(self.training_file_ids), "validation_file_ids": [],
            "hyper_parameters": {}, "training_type": "sft", "create_time": self.created,
            "user_identity": "1396993924585947", "modifier": "1396993924585947", "creator": "1396993924585947",
            "group": "llm", "finetuned_output_suffix": self.suffix,
        }
        if self.status in ("UNDER_REVIEW", "SUCCEEDED"):
            out["output_report"] = (f"https://finetune-swap-bj.oss-cn-beijing.aliyuncs.com/artifacts/tts/resources/"
                                    f"reports/{self.job_id}.zip?Expires=1689331675&Signature=emulator")
        if self.code:
            out["code"], out["message"] = self.code, self.message
        if self.end_time:
            out["end_time"] = self.end_time
        return out


# --- the dataset check ------------------------------------------------------------------------
def effective_speech(path: Path, window_s: float = 0.05, every_s: float = 1.0) -> tuple[float, int]:
    """(estimated seconds of speech, audio entries read) in a dataset zip.

    Cheap on purpose: each entry's length comes from its header and only one 50 ms window per second
    is read, so an hour of audio costs a few thousand small reads. A window counts as speech when its
    level is above −45 dBFS; the speech estimate is length × the share of such windows.
    """
    import soundfile as sf

    total, entries = 0.0, 0
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith(AUDIO_SUFFIXES):
                continue
            try:
                with zf.open(info) as raw, sf.SoundFile(raw) as snd:
                    sr, frames = snd.samplerate, snd.frames
                    step, width = max(1, int(sr * every_s)), max(1, int(sr * window_s))
                    loud = windows = 0
                    for at in range(0, max(1, frames - width), step):
                        snd.seek(at)
                        block = snd.read(width, dtype="float32", always_2d=True)[:, 0]
                        windows += 1
                        loud += float(np.sqrt(np.mean(block.astype(np.float64) ** 2) + 1e-12)) > 10 ** (-45 / 20)
            except (RuntimeError, ValueError, TypeError, sf.LibsndfileError):
                continue  # not decodable: contributes nothing
            entries += 1
            total += frames / sr * (loud / max(1, windows))
    return total, entries


def dataset_fate(path: Path, min_speech_s: float) -> tuple[tuple[str, str] | None, float]:
    try:
        speech, entries = effective_speech(path)
    except zipfile.BadZipFile:
        return ("InvalidDataset.BadZip", "The training file is not a zip archive."), 0.0
    if entries == 0:
        return ("Audio.DecoderError", "No wav/mp3/m4a audio could be decoded in the training file."), 0.0
    if speech < min_speech_s:
        return ("Audio.AudioShortError", f"Effective speech is {speech / 60:.1f} min; at least "
                f"{min_speech_s / 60:.0f} min is required."), speech
    return None, speech


# --- the clock --------------------------------------------------------------------------------
def advance(state: DashScopeState, now: float | None = None) -> None:
    """Apply every transition due by `now`, at the moment it was due (one RUNNING job per account)."""
    now = time.monotonic() if now is None else now
    cfg = state.training
    with state.lock:
        jobs = sorted(state.jobs.values(), key=lambda j: j.seq)
        changed = True
        while changed:
            changed = False
            for job in jobs:
                running = any(j.status == "RUNNING" and j.account == job.account for j in jobs)
                if job.status == "PENDING" and now >= job.since + cfg.pending_s:
                    job.move("QUEUING", job.since + cfg.pending_s)
                elif job.status == "QUEUING" and not running:
                    freed = max((j.ran_until for j in jobs if j.account == job.account), default=0.0)
                    start = max(job.since, freed)
                    if now < start:
                        continue
                    job.move("RUNNING", start)
                elif job.status == "RUNNING" and now >= job.since + cfg.running_s:
                    end = job.since + cfg.running_s
                    if job.fate is not None:
                        job.code, job.message = job.fate
                        job.move("FAILED", end)
                    else:
                        job.move("UNDER_REVIEW", end)
                elif job.status == "UNDER_REVIEW" and now >= job.since + cfg.review_s:
                    if job.suffix in cfg.reject_review:
                        job.code, job.message = "ReviewRejected", "The model did not pass the manual review."
                        job.move("FAILED", job.since + cfg.review_s)
                    else:
                        job.finetuned_output = f"sambert-{job.suffix or 'ft'}-{job.job_id}"
                        job.move("SUCCEEDED", job.since + cfg.review_s)
                elif job.status == "CANCELING" and now >= job.since + cfg.cancel_s:
                    job.move("CANCELED", job.since + cfg.cancel_s)
                else:
                    continue
                changed = True


def settle_all(state: DashScopeState) -> None:
    """Run the clock far ahead (tests that want every job finished now)."""
    advance(state, time.monotonic() + 10**6)


def succeeded_model(state: DashScopeState, account: str, model: str) -> FineTuneJob | None:
    advance(state)
    with state.lock:
        for job in state.jobs.values():
            if job.account == account and job.finetuned_output == model and job.status == "SUCCEEDED":
                return job  # type: ignore[no-any-return]
    return None


# --- handlers ---------------------------------------------------------------------------------
def _ok(output: dict[str, Any] | None) -> web.Response:
    return web.json_response({"request_id": new_request_id(), "output": output, "usage": None})


def _job(state: DashScopeState, account: str, job_id: str) -> FineTuneJob:
    advance(state)
    with state.lock:
        job = state.jobs.get(job_id)
    if job is None or job.account != account:
        raise VendorError(404, "NotFound", f"The fine-tune job {job_id} does not exist.")
    return job  # type: ignore[no-any-return]


def _new_job_id(state: DashScopeState) -> str:
    stamp = (datetime.now(UTC) + timedelta(hours=8)).strftime("%Y%m%d%H%M")
    return f"ft-{stamp}-{len(state.jobs) + 1:04x}"


async def create(request: web.Request) -> web.Response:
    state = state_of(request)
    account = account_from(request)
    try:
        body = json.loads(await request.read() or b"{}")
    except ValueError as exc:
        raise VendorError(400, "InvalidParameter", "The request body is not JSON.") from exc
    if not isinstance(body, dict):
        raise VendorError(400, "InvalidParameter", "The request body must be a JSON object.")
    with state.lock:
        state.requests.append({"path": request.path, "body": body, "at": time.monotonic(),
                               "headers": {k: v for k, v in request.headers.items() if k.lower() != "authorization"}})
    if body.get("model") != "sambert":
        raise VendorError(400, "InvalidParameter", f"Model {body.get('model')!r} can not be fine-tuned here.")
    ids = body.get("training_file_ids")
    ids = [ids] if isinstance(ids, str) else ids
    if not isinstance(ids, list) or len(ids) != 1 or not isinstance(ids[0], str):
        raise VendorError(400, "InvalidParameter", "Required parameter(training_file_ids) missing or invalid: "
                          "give exactly one file id.")
    stored = file_of(state, account, ids[0])
    suffix = body.get("finetuned_output_suffix", body.get("finetuned_output", ""))
    if suffix and (not isinstance(suffix, str) or not _SUFFIX.match(suffix)):
        raise VendorError(400, "InvalidParameter", "finetuned_output_suffix may hold letters, digits and _ only.")
    cfg = state.training
    advance(state)
    with state.lock:
        mine = [j for j in state.jobs.values() if j.account == account]
        if sum(j.status not in NO_MODEL for j in mine) >= cfg.max_models:
            raise VendorError(400, "Throttling.AllocationQuota",
                              f"Your current quota is {cfg.max_models} models; delete models you no longer use.")
        if sum(j.status in ACTIVE for j in mine) >= cfg.max_concurrent:
            raise VendorError(400, "Throttling.AllocationQuota",
                              f"At most {cfg.max_concurrent} training jobs may run at once.")
    fate, speech = await asyncio.get_running_loop().run_in_executor(None, dataset_fate, stored.path,
                                                                      cfg.min_speech_s)
    with state.lock:
        job = FineTuneJob(_new_job_id(state), len(state.jobs) + 1, account, str(suffix or ""), [stored.file_id],
                          body, beijing_now(), fate=fate, effective_s=speech)
        job.history.append(("PENDING", job.since))
        state.jobs[job.job_id] = job
        lose = cfg.lose_create_answers.pop(0) if cfg.lose_create_answers else None
    if lose == 0:  # the job exists, but the client never hears so
        if request.transport is not None:
            request.transport.abort()
        raise asyncio.CancelledError()
    if lose:
        raise VendorError(lose, "InternalError", "An internal error occurred.")
    # The seed document's create answer is short: job id and status only.
    return _ok({"job_id": job.job_id, "status": job.status})


async def get_job(request: web.Request) -> web.Response:
    state = state_of(request)
    return _ok(_job(state, account_from(request), request.match_info["job_id"]).to_json())


async def list_jobs(request: web.Request) -> web.Response:
    state = state_of(request)
    account = account_from(request)
    advance(state)
    try:
        page_no = int(request.query.get("page_no", "1"))
        page_size = int(request.query.get("page_size", "10"))
    except ValueError as exc:
        raise VendorError(400, "InvalidParameter", "page_no and page_size must be integers.") from exc
    if page_no < 1 or not 1 <= page_size <= 100:
        raise VendorError(400, "InvalidParameter", "page_no ≥ 1 and page_size in [1, 100].")
    model = request.query.get("model")
    with state.lock:
        mine = sorted((j for j in state.jobs.values() if j.account == account and model in (None, "sambert")),
                      key=lambda j: j.seq, reverse=True)
    page = mine[(page_no - 1) * page_size: page_no * page_size]
    return _ok({"page_no": page_no, "page_size": page_size, "total": len(mine), "jobs": [j.to_json() for j in page]})


async def cancel_job(request: web.Request) -> web.Response:
    state = state_of(request)
    job = _job(state, account_from(request), request.match_info["job_id"])
    with state.lock:
        if job.status not in ACTIVE:
            raise VendorError(400, "UnsupportedOperation",
                              f"The fine-tune job can not be canceled because it is {job.status.lower()}.")
        job.move("CANCELING", time.monotonic())
    return _ok({"status": "success"})


async def delete_job(request: web.Request) -> web.Response:
    """"删除调优任务" (https://help.aliyun.com/zh/model-studio/delete-fine-tuning-job-api) lists 400
    UnsupportedOperation "The fine-tune job can not be deleted because it is succeeded,failed or canceled"
    for "资源处于特定状态"; a job still training is refused too (cancel it first)."""
    state = state_of(request)
    job = _job(state, account_from(request), request.match_info["job_id"])
    with state.lock:
        if job.status in state.training.undeletable:
            raise VendorError(400, "UnsupportedOperation",
                              "The fine-tune job can not be deleted because it is succeeded,failed or canceled")
        if job.status in (*ACTIVE, "CANCELING"):
            raise VendorError(400, "UnsupportedOperation",
                              "The fine-tune job can not be deleted while it is running; cancel it first.")
        state.jobs.pop(job.job_id, None)
    return _ok({"status": "success"})


async def job_logs(request: web.Request) -> web.Response:
    state = state_of(request)
    job = _job(state, account_from(request), request.match_info["job_id"])
    lines = [f"{status}" for status, _ in job.history]
    return _ok({"total": len(lines), "logs": lines})


def routes() -> list[web.RouteDef]:
    return [
        web.post(PREFIX, guarded(create)),
        web.get(PREFIX, guarded(list_jobs)),
        web.get(PREFIX + "/{job_id}", guarded(get_job)),
        web.delete(PREFIX + "/{job_id}", guarded(delete_job)),
        web.post(PREFIX + "/{job_id}/cancel", guarded(cancel_job)),
        web.get(PREFIX + "/{job_id}/logs", guarded(job_logs)),
    ]




# --- datasets for tests -----------------------------------------------------------------------
_MANDARIN = ("今天天气很好，我们一起去公园散步吧。这是一段用于测试的普通话语音，声音克隆需要足够长的录音。"
             "我们在安静的房间里朗读，保持语速和音量一致。")


def speech_takes(root: Path, *, count: int, seconds: float = 63.0, rate: int = 24000) -> list[Path]:
    """`count` Mandarin takes of `seconds` each (WAV, `rate` Hz) made from one short espeak-ng phrase.

    The phrase is spoken once (~25 s) and repeated with short pauses, so 20+ minutes of takes cost one
    synthesis and a few array copies. A whisper of noise keeps each take from being digital silence.
    """
    import soundfile as sf

    from .audio import resample, synthesize_speech

    root.mkdir(parents=True, exist_ok=True)
    voice = synthesize_speech(_MANDARIN, voice="speaker-a", sample_rate=22050, language="zh").astype(np.float32)
    voice = resample(voice / 32768.0, 22050, rate).astype(np.float32)
    unit = np.concatenate([voice, np.zeros(int(0.3 * rate), dtype=np.float32)])
    n = int(seconds * rate)
    take = np.tile(unit, int(np.ceil(n / len(unit))))[:n]
    take = take + (1e-4 * np.random.default_rng(0).standard_normal(n)).astype(np.float32)
    paths = []
    for i in range(count):
        path = root / f"take{i:03d}.wav"
        sf.write(path, take, rate, subtype="PCM_16")
        paths.append(path)
    return paths


def zip_takes(takes: list[Path], out: Path) -> Path:
    """A plain dataset zip (no checks), e.g. one too short for training."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for take in takes:
            zf.write(take, take.name)
    return out


__all__ = ["FineTuneJob", "advance", "dataset_fate", "effective_speech", "routes", "settle_all", "speech_takes",
           "succeeded_model", "zip_takes"]
