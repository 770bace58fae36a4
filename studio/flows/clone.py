"""A voice from one take through a job the provider runs (`Capability.SAMPLE_JOB`), and what leads up to it:
the lines the provider wants read (`TRAINING_TEXT`), the provider's own check of a take (`ONLINE_CHECK`),
and the expiry of voices that do not last (`EXPIRES`). The script booth, the Validate pane's online-check
row, the room check's environment mode, the Library's expiry warnings and `voice-studio voices
texts|check|create|list` all call these.

The clone is recorded in the library as a job from the moment the provider accepts it, followed until it
settles (here while the caller waits, or later by the Library's poller, across restarts) and, when it
succeeds, its voice lands with the provider's details (name, expiry) and the take it came from.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError, StudioError
from studio.library.models import Job, Voice
from studio.library.store import Store
from studio.library.sync import record_job, record_voice
from studio.providers.base import Capability, JobStatus, Provider, SampleCheck, TrainingText, TrainRequest
from studio.providers.spec import parse_options


def _needs(provider: Provider, capability: Capability, en: str, zh: str) -> None:
    if not provider.can(capability):
        raise InvalidInputError(f"{provider.spec.title.en} {en}", detail_zh=f"{provider.spec.title.zh}{zh}",
                                code="unsupported")


def training_texts(provider: Provider, *, domain: str | None = None, cancel: CancelToken = NEVER) -> list[TrainingText]:
    """The lines the provider wants read for a clone (each with the id the check and the clone refer to)."""
    _needs(provider, Capability.TRAINING_TEXT, "gives no lines to read.", "不提供朗读文本。")
    return provider.training_texts({"domain": domain} if domain else {}, cancel)


def check_take(provider: Provider, audio: Path, *, text_id: str, environment: bool = False,
               cancel: CancelToken = NEVER) -> SampleCheck:
    """The provider's own verdict on a take of the line `text_id`: its reading and noise, or with
    `environment` only whether the room is quiet enough (the room check's online mode)."""
    _needs(provider, Capability.ONLINE_CHECK, "does not check takes online.", "不提供在线录音检测。")
    return provider.check_sample(audio, {"text_id": text_id, "mode": "environment" if environment else "quality"},
                                 cancel)


@dataclass
class JobPoll:
    initial: float = 2.0
    factor: float = 1.5
    max_interval: float = 10.0
    max_wait: float = 900.0  # the caller stops waiting; the job goes on and the poller follows it

    def intervals(self) -> Iterator[float]:
        delay = self.initial
        while True:
            yield delay
            delay = min(self.max_interval, delay * self.factor)


def clone(store: Store, provider: Provider, name: str, audio: Path, *, options: dict[str, Any] | None = None,
          checked: SampleCheck | None = None, take_id: int | None = None, sample_id: int | None = None,
          wait: bool = True, poll: JobPoll | None = None, cancel: CancelToken = NEVER,
          progress: ProgressFn = no_progress) -> Voice | Job:
    """Clone a voice from one take through the provider's job; the Voice once it is made, or the Job when
    not waiting (or when it outlasts the wait: it goes on, and the Library's poller follows it).
    `checked`: a passed `check_take` of this take, so the provider need not check it again."""
    _needs(provider, Capability.SAMPLE_JOB, "does not clone a voice through a job.", "不通过任务复刻声音。")
    if not audio.is_file():
        raise InvalidInputError(f"{audio}: no such file.", detail_zh=f"{audio}：文件不存在。", code="not_found")
    typed = parse_options(provider.spec.enrol_options, {k: v for k, v in (options or {}).items() if v is not None})
    if checked is not None and checked.passed and checked.audio_id:
        typed["audio_id"] = checked.audio_id
    remote = provider.start_training(TrainRequest(name=name, inputs=[audio], options=typed), cancel, progress)
    remote.extra.update({k: v for k, v in (("take_id", take_id), ("sample_id", sample_id)) if v is not None})
    job = record_job(store, remote)
    if not wait:
        return land_voice(store, provider, job, cancel) or job
    return wait_for(store, provider, job, poll=poll, cancel=cancel, progress=progress)


def wait_for(store: Store, provider: Provider, job: Job, *, poll: JobPoll | None = None,
             cancel: CancelToken = NEVER, progress: ProgressFn = no_progress) -> Voice | Job:
    """Follow `job` until it settles (recording each change); its voice when it succeeded, else the Job."""
    policy = poll or JobPoll()
    deadline = time.monotonic() + policy.max_wait
    for delay in policy.intervals():
        if JobStatus(job.status).settled:
            break
        progress(-1, f"Waiting for the provider: {job.status_raw or job.status}")
        if time.monotonic() + delay > deadline:
            return job
        if cancel.wait(delay):
            cancel.raise_if_cancelled()
        job = record_job(store, provider.get_job(job.remote_id, cancel))
    return land_voice(store, provider, job, cancel) or job


def land_voice(store: Store, provider: Provider, job: Job, cancel: CancelToken = NEVER) -> Voice | None:
    """Once a clone job succeeded: its voice in the library with the provider's details (name, expiry) and
    the take it came from. None while the job has no voice; the bare voice when the details cannot be had."""
    if JobStatus(job.status) != JobStatus.SUCCEEDED or not job.model_name:
        return None
    extra = job.extra
    try:
        remote = provider.get_voice(job.model_name, cancel)
    except StudioError:
        return store.voice_by_remote(job.provider, job.model_name)  # the next sync fills the details in
    name = str(remote.name or extra.get("voice_name") or "")
    return record_voice(store, remote, take_id=extra.get("take_id"), sample_id=extra.get("sample_id"), name=name)


@dataclass
class Expiry:
    voice: Voice
    expires: datetime
    days_left: float

    @property
    def expired(self) -> bool:
        return self.days_left <= 0


def expiry_of(voice: Voice) -> datetime | None:
    value = voice.extra.get("expires")
    if not value:
        return None
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def expiring(store: Store, within_days: float = 7.0, now: datetime | None = None) -> list[Expiry]:
    """Voices that expire within `within_days` (or have expired), soonest first, for the Library to warn."""
    moment = now or datetime.now(UTC)
    out = []
    for voice in store.all(Voice):
        when = expiry_of(voice)
        if when is None:
            continue
        days = (when - moment).total_seconds() / 86400.0
        if days <= within_days:
            out.append(Expiry(voice, when, days))
    return sorted(out, key=lambda e: e.days_left)
