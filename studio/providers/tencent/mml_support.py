"""What the Multimedia Lab provider is configured with and works with: its settings (with the
environment overrides), the polling policy, the old JSON job journal earlier releases kept (moved into
the library once), joining result files, and reading a finished job.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import soundfile as sf

from studio.errors import (
    ErrorKind,
    error_for,
)
from studio.providers.base import (
    JobJournal,
    VoiceStatus,
)
from studio.providers.tencent.mml_wire import (
    DEFAULT_GATEWAY,
    PROVIDER,
    Job,
    JobState,
)

log = logging.getLogger(__name__)


@dataclass
class TencentConfig:
    base_url: str = DEFAULT_GATEWAY
    secret_id: str = field(default="", repr=False)
    secret_key: str = field(default="", repr=False)
    content_id: str = ""
    cos_bucket: str = ""
    cos_region: str = "ap-guangzhou"
    cos_endpoint: str = ""
    cos_secret_id: str = field(default="", repr=False)
    cos_secret_key: str = field(default="", repr=False)
    callback_url: str = ""
    hmac_signing: bool = False
    gateway_key_id: str = field(default="", repr=False)  # API-gateway key pair; the body keys if unset
    gateway_key_secret: str = field(default="", repr=False)
    gateway_source: str = "voice-studio"
    folder: str = "voice-studio"  # repository folder for uploads and results


@dataclass
class PollPolicy:
    initial: float = 1.0
    factor: float = 1.5
    max_interval: float = 10.0
    max_wait: float = 900.0  # synthesis gives up waiting (the job itself goes on at the provider)

    def intervals(self) -> Iterator[float]:
        delay = self.initial
        while True:
            yield delay
            delay = min(self.max_interval, delay * self.factor)


def legacy_journal_entries(path: Path) -> list[dict[str, Any]]:
    """The entries of the JSON journal earlier releases kept beside the library, if any."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("old tencent job journal unreadable (%s); not imported", exc)
        return []
    return [e for e in data if isinstance(e, dict) and e.get("customId")] if isinstance(data, list) else []


def adopt_legacy_journal(path: Path, journal: JobJournal) -> int:
    """Move an old JSON journal into the library's job journal (once: the file is renamed after)."""
    entries = legacy_journal_entries(path)
    known = {e.get("customId") for e in journal.entries()}
    added = 0
    for entry in entries:
        if entry["customId"] not in known:
            journal.add(str(entry["customId"]), **{k: v for k, v in entry.items() if k != "customId"})
            added += 1
    if path.exists():
        path.replace(path.with_suffix(".json.imported"))
    return added


def safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)[-80:] or "audio"


def join_audio(parts: list[bytes], names: list[str]) -> tuple[bytes, str, int]:
    """Join results in order: decoded and re-encoded as one WAV when possible, else byte-joined."""
    ext = (Path(names[0]).suffix.lstrip(".").lower() if names else "") or "wav"
    try:
        decoded = [sf.read(io.BytesIO(p), dtype="int16", always_2d=True) for p in parts]
    except (RuntimeError, sf.LibsndfileError):
        return b"".join(parts), ext, 0
    rate, channels = decoded[0][1], decoded[0][0].shape[1]
    if len(parts) == 1:
        return parts[0], ext, rate
    if any(r != rate or d.shape[1] != channels for d, r in decoded):
        return b"".join(parts), ext, rate
    buf = io.BytesIO()
    sf.write(buf, np.concatenate([d for d, _ in decoded]), rate, format="WAV", subtype="PCM_16")
    return buf.getvalue(), "wav", rate


def raise_unless_audio(data: bytes, key: str, request_id: str) -> None:
    """join_audio passes bytes it cannot decode through (formats libsndfile lacks), so a page a proxy
    or a gateway served instead of the file would reach the user as "audio": refuse what is plainly
    text (markup, JSON) or empty (reliability matrix, wrong content type on the download)."""
    head = data.lstrip()[:1]
    if head and head not in (b"<", b"{"):
        return
    raise error_for(ErrorKind.VENDOR_REJECTED, f"The result file {key} is not audio (the content repository "
                    "answered with a page or nothing).", provider=PROVIDER, request_id=request_id or None,
                    detail_zh=f"结果文件 {key} 不是音频（内容仓库返回了网页或空内容）。")


def raise_unless_completed(job: Job, request_id: str) -> None:
    if job.state == JobState.COMPLETED:
        if not job.voice_name:
            raise error_for(ErrorKind.VENDOR_REJECTED, f"Job {job.id} completed without a result file name.",
                            provider=PROVIDER, request_id=request_id,
                            detail_zh=f"任务 {job.id} 已完成，但没有返回结果文件名。")
        return
    said = f": {job.message}" if job.message else ""
    raise error_for(ErrorKind.VENDOR_REJECTED, f"Tencent job {job.id} ended in {job.state_name}{said}",
                    provider=PROVIDER, code=job.state_name, request_id=request_id,
                    detail_zh=f"腾讯任务 {job.id} 以 {job.state_name} 结束{said}")


_MODEL_STATES = {
    VoiceStatus.READY: ("3", "COMPLETED", "READY", "AVAILABLE", "NORMAL", "SUCCESS"),
    VoiceStatus.PENDING: ("1", "2", "SUBMITTED", "PROCESSING", "TRAINING"),
    VoiceStatus.FAILED: ("4", "ERROR", "FAILED"),
}


def model_status(state: Any) -> tuple[VoiceStatus, str]:
    """A listed model is usable; a state field, if the service ever sends one, refines that."""
    if state is None:
        return VoiceStatus.READY, "listed"
    raw = str(state).upper()
    for status, values in _MODEL_STATES.items():
        if raw in values:
            return status, raw
    return VoiceStatus.UNKNOWN, raw


class SettingsLike(Protocol):
    def get(self, key: str) -> Any: ...


class SecretsLike(Protocol):
    def get(self, name: str) -> str | None: ...


class ProviderContextLike(Protocol):
    settings: Any
    secrets: Any
    home: Path

    def journal_for(self, provider: str) -> JobJournal: ...


def config_from(settings: SettingsLike, secrets: SecretsLike) -> TencentConfig:
    """Settings and secrets (with environment overrides) → TencentConfig."""

    def setting(key: str, default: Any = "") -> Any:
        try:
            value = settings.get(key)
        except KeyError:  # a key not declared (yet) in studio.settings
            return default
        return default if value in (None, "") else value

    def secret(name: str, env: str = "") -> str:
        return (os.environ.get(env, "") if env else "") or (secrets.get(name) or "")

    return TencentConfig(
        base_url=os.environ.get("TENCENT_MML_BASE_URL") or setting("tencent.base_url", DEFAULT_GATEWAY),
        secret_id=secret("tencent.secret_id", "TENCENT_MML_SECRET_ID"),
        secret_key=secret("tencent.secret_key", "TENCENT_MML_SECRET_KEY"),
        content_id=str(setting("tencent.content_id")),
        cos_bucket=str(setting("tencent.cos_bucket")),
        cos_region=str(setting("tencent.cos_region", "ap-guangzhou")),
        cos_endpoint=str(setting("tencent.cos_endpoint")),
        cos_secret_id=secret("tencent.cos_secret_id", "TENCENT_COS_SECRET_ID"),
        cos_secret_key=secret("tencent.cos_secret_key", "TENCENT_COS_SECRET_KEY"),
        callback_url=str(setting("tencent.callback_url")),
        hmac_signing=bool(setting("tencent.hmac_signing", False)),
        gateway_key_id=secret("tencent.gateway_secret_id"),
        gateway_key_secret=secret("tencent.gateway_secret_key"),
        gateway_source=str(setting("tencent.gateway_source", "voice-studio")),
    )
