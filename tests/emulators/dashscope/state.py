"""In-memory state of the DashScope emulator: accounts (API keys), cloned voices, temporary uploads.

Everything lives in one `DashScopeState` so a test can build it, tune it (delays, quotas, rate
windows, fault hooks) and inspect what clients sent. The emulator's aiohttp handlers run on the
harness thread while tests read this object from theirs, so mutations go through `lock`.
"""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

# The service prints times in Beijing time ("2024-12-11 13:38:02"), without a zone.
_OFFSET = timedelta(hours=8)

# The CosyVoice models, as the vendor's pages give them (each fact cited where the handlers enforce it):
# where each synthesizes ("实时语音合成-CosyVoice": Singapore serves v3-plus and v3-flash only), where it
# clones ("CosyVoice声音复刻API": "国际部署模式（新加坡地域）下，cosyvoice-v3-plus和cosyvoice-v3-flash不支持
# 声音复刻功能"; v3.5 runs in Beijing only), which design a voice ("CosyVoice声音复刻/设计API"), which
# optional create_voice fields each takes (same page), and which have no opus, SSML, word timestamps or
# seed ("CosyVoice客户端事件", "SSML标记语言介绍", "实时语音合成CosyVoice Python SDK").
@dataclass(frozen=True)
class Model:
    regions: tuple[str, ...]
    clone_regions: tuple[str, ...]
    design: bool
    enrol_fields: tuple[str, ...]
    languages: tuple[str, ...]
    v1: bool = False


_V3_LANGS = ("zh", "en", "fr", "de", "ja", "ko", "ru")
_ALL_FIELDS = ("language_hints", "max_prompt_audio_length", "enable_preprocess")
MODELS: dict[str, Model] = {
    "cosyvoice-v1": Model(("beijing",), ("beijing",), False, (), ("zh", "en"), v1=True),
    "cosyvoice-v2": Model(("beijing",), ("beijing",), False, (), ("zh", "en")),
    "cosyvoice-v3-plus": Model(("beijing", "singapore"), ("beijing",), True, ("language_hints",), _V3_LANGS),
    "cosyvoice-v3-flash": Model(("beijing", "singapore"), ("beijing",), True, _ALL_FIELDS, _V3_LANGS),
    "cosyvoice-v3.5-plus": Model(("beijing",), ("beijing",), True, _ALL_FIELDS, _V3_LANGS),
    "cosyvoice-v3.5-flash": Model(("beijing",), ("beijing",), True, _ALL_FIELDS, _V3_LANGS),
}
TARGET_MODELS = tuple(MODELS)

# Documented system voices ("CosyVoice音色列表"): the models that speak each, and whether the list marks
# it for SSML and word timestamps.
@dataclass(frozen=True)
class Stock:
    models: tuple[str, ...]
    ssml: bool = True
    timestamps: bool = True


_V1 = Stock(("cosyvoice-v1",), ssml=False, timestamps=False)
STOCK: dict[str, Stock] = {
    "longxiaochun": _V1, "longwan": _V1, "longcheng": _V1, "longhua": _V1,
    **{v: Stock(("cosyvoice-v2",)) for v in ("longxiaochun_v2", "longxiaoxia_v2", "longwan_v2", "longcheng_v2",
                                              "longhua_v2")},
    "longanyang": Stock(("cosyvoice-v3-flash", "cosyvoice-v3-plus")),
    "longanhuan": Stock(("cosyvoice-v3-flash", "cosyvoice-v3-plus")),
    **{v: Stock(("cosyvoice-v3-flash",)) for v in (
        "longhuhu_v3", "longxiaochun_v3", "longxiaoxia_v3", "longyumi_v3", "longanwen_v3", "longanyun_v3",
        "longanlang_v3", "longcheng_v3", "longhua_v3", "longshu_v3", "loongbella_v3", "longsanshu_v3",
        "longlaobo_v3", "longjiaxin_v3", "longanyue_v3")},
    **{v: Stock(("cosyvoice-v3-flash",), ssml=False, timestamps=False)
       for v in ("loongabby_v3", "loongandy_v3", "loongriko_v3", "loongkyong_v3")},
}
STOCK_VOICES: dict[str, tuple[str, ...]] = {voice: stock.models for voice, stock in STOCK.items()}


def mint_voice_id(target_model: str, prefix: str, designed: bool = False) -> str:
    """An id in the model's documented format: `{target_model}-{prefix}-{unique}` ("声音复刻Python SDK参考":
    "生成的音色名格式：{target_model}-{prefix}-{唯一标识}"), `vd` before the prefix for a designed voice; a v1
    voice's id is `cosyvoice-{prefix}-{32 hex}` and does not name its model."""
    if MODELS[target_model].v1:
        return f"cosyvoice-{prefix}-{uuid.uuid4().hex}"
    return f"{target_model}-{'vd-' if designed else ''}{prefix}-{uuid.uuid4().hex[:12]}"


def beijing_now() -> str:
    return (datetime.now(UTC) + _OFFSET).strftime("%Y-%m-%d %H:%M:%S")


def new_request_id() -> str:
    return str(uuid.uuid4())


def account_of(api_key: str) -> str:
    """A stable, non-secret account handle for a key (used in upload dirs and logs)."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:32]


@dataclass
class Voice:
    voice_id: str
    account: str
    prefix: str
    target_model: str
    resource_link: str
    gmt_create: str
    gmt_modified: str
    fate: str = "OK"  # what DEPLOYING turns into: OK or UNDEPLOYED
    ready_at: float = 0.0  # monotonic time the review ends
    created_seq: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def status(self, now: float | None = None) -> str:
        return self.fate if (now or time.monotonic()) >= self.ready_at else "DEPLOYING"


@dataclass
class Upload:
    key: str
    data: bytes
    content_type: str
    account: str
    model: str
    expires_at: float  # wall clock


@dataclass
class TrainingSettings:
    """Files and fine-tunes (Sambert lightweight cloning, spec §4, §5a): limits and a compressed clock."""

    max_file_bytes: int = 300 * 1024 * 1024
    max_files: int = 100
    max_total_bytes: int = 5 * 1024**3
    pending_s: float = 0.05  # PENDING → QUEUING
    running_s: float = 0.3  # RUNNING → UNDER_REVIEW (one RUNNING job per account; others QUEUING)
    review_s: float = 0.3  # UNDER_REVIEW → SUCCEEDED ("up to one working day")
    cancel_s: float = 0.05  # CANCELING → CANCELED
    min_speech_s: float = 20 * 60.0  # effective speech a dataset needs, else FAILED after RUNNING
    max_models: int = 10  # jobs that hold or will hold a model
    max_concurrent: int = 2  # jobs training at once (PENDING/QUEUING/RUNNING)
    reject_review: set[str] = field(default_factory=set)  # suffixes whose review ends FAILED
    # "删除调优任务": 400 UnsupportedOperation "The fine-tune job can not be deleted because it is
    # succeeded,failed or canceled" (a test may clear it to model an account that deletes them).
    undeletable: tuple[str, ...] = ("SUCCEEDED", "FAILED", "CANCELED")
    lose_create_answers: list[int] = field(default_factory=list)  # job made, answer lost: 0 = drop, else status
    spool_dir: str = ""  # where uploaded files are kept (a temporary folder, made on first upload)


@dataclass
class DashScopeState:
    api_keys: set[str] = field(default_factory=lambda: {"sk-emulator"})
    region: str = "beijing"  # the deployment this endpoint stands for: "beijing" or "singapore"
    # Enrollment
    deploy_delay: float = 0.2  # seconds a new/updated voice stays DEPLOYING
    voice_quota: int = 1000
    not_found_status: int = 400  # [ERR] says 400, the clone page says 416 (spec §9.1)
    min_effective_speech_s: float = 10.0
    min_continuous_speech_s: float = 5.0  # shorter than this → review ends UNDEPLOYED
    undeploy_prefixes: set[str] = field(default_factory=set)  # force UNDEPLOYED (tests)
    allow_remote_urls: bool = False  # only loopback http(s) URLs are fetched
    # Server-side throttling (None = off): max requests per `rate_window` seconds per account.
    enroll_rps: float | None = None
    tts_rps: float | None = None
    rate_window: float = 1.0
    # Hooks: answer these many creates by dropping the socket *after* the voice was created.
    drop_after_create: int = 0
    # Hooks: answer the next creates, *before* anything is made, with these statuses (0 = drop the socket).
    create_faults: list[int] = field(default_factory=list)
    # Uploads
    upload_ttl_s: float = 48 * 3600
    policy_ttl_s: int = 300
    max_upload_mb: int = 1024
    # WebSocket TTS
    idle_timeout: float = 23.0
    frame_interval: float = 0.0  # pause between audio frames (to make cancel/mid-stream testable)
    frame_ms: int = 200  # audio per binary frame
    # The pages show a sentence's word times from 0 without saying whether later sentences restart there:
    # False counts them from the start of the audio, True from each sentence's own start.
    word_times_per_sentence: bool = False
    start_delay: float = 0.0  # pause before task-started
    # Files and fine-tunes (files.py, finetunes.py)
    training: TrainingSettings = field(default_factory=TrainingSettings)
    files: dict[str, Any] = field(default_factory=dict)  # file_id → files.StoredFile
    jobs: dict[str, Any] = field(default_factory=dict)  # job_id → finetunes.FineTuneJob
    # Observability for tests
    requests: list[dict[str, Any]] = field(default_factory=list)  # enrollment bodies + headers
    tasks: list[dict[str, Any]] = field(default_factory=list)  # run-task messages with arrival time
    ws_messages: list[dict[str, Any]] = field(default_factory=list)  # every client JSON frame
    # Internals
    voices: dict[str, Voice] = field(default_factory=dict)
    uploads: dict[str, Upload] = field(default_factory=dict)
    public_files: dict[str, bytes] = field(default_factory=dict)  # served at /public/<name>
    policies: dict[str, tuple[str, str, float]] = field(default_factory=dict)  # dir → account, model, expiry
    lock: threading.RLock = field(default_factory=threading.RLock)
    _seq: int = 0
    _hits: dict[tuple[str, str], deque[float]] = field(default_factory=dict)

    # --- accounts -----------------------------------------------------------------------------
    def account_for_header(self, authorization: str | None) -> str | None:
        """Account handle for an `Authorization: Bearer <key>` header (scheme case-insensitive)."""
        if not authorization:
            return None
        scheme, _, key = authorization.strip().partition(" ")
        key = key.strip()
        if scheme.lower() != "bearer" or key not in self.api_keys:
            return None
        return account_of(key)

    def throttled(self, bucket: str, account: str, rps: float | None) -> bool:
        """Sliding-window limit: True if this hit exceeds `rps` per `rate_window` seconds."""
        if not rps:
            return False
        now = time.monotonic()
        with self.lock:
            hits = self._hits.setdefault((bucket, account), deque())
            while hits and hits[0] <= now - self.rate_window:
                hits.popleft()
            if len(hits) >= rps * self.rate_window:
                return True
            hits.append(now)
            return False

    # --- voices -------------------------------------------------------------------------------
    def add_voice(self, account: str, prefix: str, target_model: str, url: str, fate: str,
                  designed: bool = False) -> Voice:
        with self.lock:
            while True:
                voice_id = mint_voice_id(target_model, prefix, designed)
                if voice_id not in self.voices:
                    break
            self._seq += 1
            stamp = beijing_now()
            voice = Voice(voice_id=voice_id, account=account, prefix=prefix, target_model=target_model,
                          resource_link=url, gmt_create=stamp, gmt_modified=stamp, fate=fate,
                          ready_at=time.monotonic() + self.deploy_delay, created_seq=self._seq)
            self.voices[voice_id] = voice
            return voice

    def voices_of(self, account: str, prefix: str | None = None) -> list[Voice]:
        with self.lock:
            mine = [v for v in self.voices.values()
                    if v.account == account and (not prefix or v.prefix == prefix)]
        return sorted(mine, key=lambda v: v.created_seq, reverse=True)

    def voice_count(self, account: str) -> int:
        with self.lock:
            return sum(1 for v in self.voices.values() if v.account == account)

    def settle_all(self) -> None:
        """End every review now (tests that do not want to wait for `deploy_delay`)."""
        with self.lock:
            for voice in self.voices.values():
                voice.ready_at = 0.0

    # --- uploads ------------------------------------------------------------------------------
    def put_upload(self, upload: Upload) -> None:
        with self.lock:
            self.uploads[upload.key] = upload

    def get_upload(self, key: str) -> Upload | None:
        with self.lock:
            upload = self.uploads.get(key)
        if upload is None or upload.expires_at < time.time():
            return None
        return upload
