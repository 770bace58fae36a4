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
from typing import TYPE_CHECKING, Any, Protocol

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError

if TYPE_CHECKING:
    from studio.providers.spec import ProviderSpec


class Capability(Flag):
    """What a provider can do; its spec declares them and every screen reads them from there."""

    NONE = 0
    ENROLL = auto()  # zero-shot: a short sample becomes a voice at once
    SAMPLE_JOB = auto()  # a short sample becomes a voice through a job the vendor runs (minutes)
    TRAIN = auto()  # a training job turns a dataset of takes into a model
    VOICE_DESIGN = auto()  # a voice from a text description
    SYNTHESIZE = auto()
    STREAMING = auto()  # audio arrives in chunks while synthesis runs
    STOCK_VOICES = auto()
    UPDATE_VOICE = auto()
    DELETE_VOICE = auto()
    VOICE_CONVERSION = auto()  # speech in, speech out (speak a take in the voice)
    INSTRUCTION = auto()  # a spoken-style instruction with the text
    SSML = auto()
    TIMESTAMPS = auto()  # when each word is spoken
    SEED = auto()
    CANCEL_JOB = auto()
    DELETE_JOB = auto()
    ONLINE_CHECK = auto()  # the vendor checks a sample before cloning
    TRAINING_TEXT = auto()  # the vendor gives the lines to read
    EXPIRES = auto()  # voices stop working after a vendor-set time
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
    ssml: bool = False  # the text is an SSML document (sent whole, tags not billed)
    timestamps: bool = False  # ask for word timestamps where the provider has them
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TimedText:
    """A stretch of the spoken text (a word, or a sentence where that is all a provider gives) and
    when it is heard, in seconds from the start of the audio."""

    text: str
    begin_s: float
    end_s: float


@dataclass
class SynthesisResult:
    audio: bytes
    format: str
    sample_rate: int
    characters: int = 0
    first_audio_s: float | None = None  # request sent → first audio byte
    total_s: float = 0.0
    request_id: str = ""
    timestamps: list[dict[str, Any]] = field(default_factory=list)  # as the vendor gave them
    spans: list[TimedText] = field(default_factory=list)  # the same, in one shape for every provider


@dataclass
class TrainingText:
    """A line the vendor wants read for a clone (Tencent's training texts)."""

    text_id: str
    text: str


@dataclass
class SampleCheck:
    """The vendor's own verdict on a sample before cloning (Tencent's environment / quality check)."""

    passed: bool
    code: str = ""
    message: str = ""
    message_zh: str = ""
    audio_id: str = ""  # what the clone request then refers to
    words: list[dict[str, Any]] = field(default_factory=list)  # per-word pronunciation notes
    request_id: str = ""


@dataclass
class DesignRequest:
    """A voice from a description (voice design)."""

    name: str
    prompt: str
    preview_text: str
    target_model: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


AudioSink = Callable[[bytes], None]


class JobJournal(Protocol):
    """Where a provider notes a create before sending it, so an answer lost to a crash or a cut
    connection is resolved later instead of creating a twin. The studio keeps it in the library's
    jobs table; entries are per provider, keyed by the client reference sent with the create."""

    def add(self, client_ref: str, **fields: Any) -> None: ...
    def update(self, client_ref: str, **fields: Any) -> None: ...
    def remove(self, client_ref: str) -> None: ...
    def entries(self) -> list[dict[str, Any]]: ...


class MemoryJournal:
    """A JobJournal that forgets everything when the process ends (tests, one-off tools)."""

    def __init__(self) -> None:
        self._entries: list[dict[str, Any]] = []

    def add(self, client_ref: str, **fields: Any) -> None:
        self._entries.append({"customId": client_ref, **fields})

    def update(self, client_ref: str, **fields: Any) -> None:
        for entry in self._entries:
            if entry["customId"] == client_ref or (fields.get("id") and entry.get("id") == fields["id"]):
                entry.update(fields)

    def remove(self, client_ref: str) -> None:
        self._entries = [e for e in self._entries if e["customId"] != client_ref]

    def entries(self) -> list[dict[str, Any]]:
        return [dict(e) for e in self._entries]


def _unsupported(provider: str, what: str) -> InvalidInputError:
    return InvalidInputError(f"{provider} does not support {what}.", provider=provider)


class Provider:
    """Base class: override what the engine supports and declare it in `capabilities`."""

    spec: ProviderSpec  # what the provider declares (set by each vendor's class)
    name: str = ""
    title: str = ""
    capabilities: Capability = Capability.NONE
    max_text_chars: int = 0  # per request, as the vendor counts (see count_chars)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        spec = cls.__dict__.get("spec")
        if spec is not None:  # what the spec declares, once
            cls.name = spec.name
            cls.title = spec.title.en
            cls.capabilities = spec.capabilities
            cls.max_text_chars = spec.text.per_request

    def count_chars(self, text: str) -> int:
        return len(text)

    def can(self, capability: Capability) -> bool:
        return bool(self.capabilities & capability)

    def is_configured(self) -> bool:
        return True

    def warm_up(self) -> None:
        """Load what the first request would otherwise wait for (models, measurements); optional, run in
        the background when the studio starts so the first audition is quick."""

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

    def design_voice(self, request: DesignRequest, cancel: CancelToken = NEVER,
                     progress: ProgressFn = no_progress) -> tuple[RemoteVoice, bytes]:
        """A voice from a description, and the vendor's preview audio of it."""
        raise _unsupported(self.name, "designing a voice from a description")

    def training_texts(self, options: dict[str, Any] | None = None,
                       cancel: CancelToken = NEVER) -> list[TrainingText]:
        raise _unsupported(self.name, "training texts")

    def check_sample(self, path: Path, options: dict[str, Any] | None = None,
                     cancel: CancelToken = NEVER) -> SampleCheck:
        raise _unsupported(self.name, "an online sample check")

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
