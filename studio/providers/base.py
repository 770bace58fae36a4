"""The provider interface every engine implements, cloud or local.

The library, the playground and the CLI talk only to this interface, so a new provider needs no
special case anywhere else. Methods are blocking; the service layer runs them in worker threads and
passes a `CancelToken` and a progress callback. Unsupported operations raise `InvalidInputError`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Flag, StrEnum, auto
from pathlib import Path
from typing import Any

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError


class Capability(Flag):
    NONE = 0
    ENROLL = auto()  # zero-shot: a short sample becomes a voice
    TRAIN = auto()  # a training job turns a dataset into a model
    SYNTHESIZE = auto()
    STREAMING = auto()  # audio arrives in chunks while synthesis runs
    STOCK_VOICES = auto()
    UPDATE_VOICE = auto()
    DELETE_VOICE = auto()
    VOICE_CONVERSION = auto()  # speech in, speech out
    OFFLINE = auto()


class VoiceStatus(StrEnum):
    PENDING = "pending"  # under review / deploying / training
    READY = "ready"
    FAILED = "failed"
    GONE = "gone"  # no longer listed by the provider
    UNKNOWN = "unknown"


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    REVIEW = "review"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def settled(self) -> bool:
        return self in (JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED)


@dataclass
class RemoteVoice:
    provider: str
    remote_id: str
    name: str = ""
    status_raw: str = ""
    status: VoiceStatus = VoiceStatus.UNKNOWN
    target_model: str = ""
    created: str = ""
    modified: str = ""
    stock: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class RemoteJob:
    provider: str
    remote_id: str
    kind: str = "train"  # "train" or "generate"
    status_raw: str = ""
    status: JobStatus = JobStatus.QUEUED
    model_name: str = ""  # what the job produces (trained model / voice)
    message: str = ""
    created: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Quota:
    used: int
    limit: int
    what: str  # "voices", "models", "training jobs"
    extra: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass
class EnrollRequest:
    name: str  # prefix (CosyVoice), model name (Tencent), display name (local)
    audio_path: Path | None = None
    url: str | None = None
    target_model: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class TrainRequest:
    name: str
    inputs: list[Path] = field(default_factory=list)  # audio files or one dataset zip
    url: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class SynthesisRequest:
    text: str
    voice: str
    model: str | None = None
    format: str = "wav"  # wav | pcm | mp3 | opus
    sample_rate: int = 24000
    volume: int = 50
    rate: float = 1.0
    pitch: float = 1.0
    seed: int | None = None
    instruction: str | None = None
    language_hints: list[str] | None = None
    source_audio: Path | None = None  # voice conversion
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class SynthesisResult:
    audio: bytes
    format: str
    sample_rate: int
    characters: int = 0
    first_audio_s: float | None = None  # request sent → first audio byte
    total_s: float = 0.0
    request_id: str = ""
    timestamps: list[dict[str, Any]] = field(default_factory=list)


AudioSink = Callable[[bytes], None]


def _unsupported(provider: str, what: str) -> InvalidInputError:
    return InvalidInputError(f"{provider} does not support {what}.", provider=provider)


class Provider:
    """Base class: override what the engine supports and declare it in `capabilities`."""

    name: str = ""
    title: str = ""
    capabilities: Capability = Capability.NONE
    rules_key: str = ""  # which sample rule table applies (studio.validation)
    max_text_chars: int = 0  # per request, as the vendor counts (see count_chars)

    def count_chars(self, text: str) -> int:
        return len(text)

    def is_configured(self) -> bool:
        return True

    def test_connection(self, cancel: CancelToken = NEVER) -> str:
        raise _unsupported(self.name, "a connection test")

    def quota(self, cancel: CancelToken = NEVER) -> Quota | None:
        return None

    # voices
    def list_voices(self, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        raise _unsupported(self.name, "listing voices")

    def stock_voices(self) -> list[RemoteVoice]:
        return []

    def get_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteVoice:
        raise _unsupported(self.name, "querying a voice")

    def enroll(
        self, request: EnrollRequest, cancel: CancelToken = NEVER, progress: ProgressFn = no_progress
    ) -> RemoteVoice:
        raise _unsupported(self.name, "enrolling a voice from a sample")

    def update_voice(
        self, remote_id: str, request: EnrollRequest, cancel: CancelToken = NEVER,
        progress: ProgressFn = no_progress,
    ) -> RemoteVoice:
        raise _unsupported(self.name, "updating a voice")

    def delete_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        raise _unsupported(self.name, "deleting a voice")

    # synthesis
    def synthesize(
        self, request: SynthesisRequest, on_audio: AudioSink | None = None, cancel: CancelToken = NEVER
    ) -> SynthesisResult:
        raise _unsupported(self.name, "speech synthesis")

    # training jobs
    def start_training(
        self, request: TrainRequest, cancel: CancelToken = NEVER, progress: ProgressFn = no_progress
    ) -> RemoteJob:
        raise _unsupported(self.name, "training")

    def get_job(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteJob:
        raise _unsupported(self.name, "jobs")

    def list_jobs(self, cancel: CancelToken = NEVER) -> list[RemoteJob]:
        return []

    def cancel_job(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        raise _unsupported(self.name, "cancelling jobs")

    def delete_job(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        raise _unsupported(self.name, "deleting jobs")

    def close(self) -> None:
        return None
