"""The offline engine: the default provider, for a user with no cloud account and no network.

A "voice" here is a speaker profile (pitch, vocal-tract length, pace, loudness) measured from a sample
and stored as JSON under `<home>/local-voices/`. Synthesis bends a base voice (eSpeak NG, Piper for
English when installed) towards it. It is an approximation, not a clone, and every voice says so in
`RemoteVoice.extra` ("preview": True and a note) for the UI to show.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError, NotFoundError
from studio.providers.base import (
    AudioSink,
    EnrollRequest,
    Provider,
    RemoteVoice,
    SynthesisRequest,
    SynthesisResult,
    TimedText,
    VoiceStatus,
)
from studio.providers.local.encode import check_output
from studio.providers.local.profile import SpeakerProfile, build_profile
from studio.providers.local.spec import LOCAL
from studio.providers.local.tts import REFERENCE_PROBE, Target, render, split_sentences
from studio.providers.local.voices import REFERENCE, base_voice, engine_summary, reference_measures

log = logging.getLogger(__name__)

NAME = "local"
NOTE_EN = ("Offline approximation: a synthetic base voice moved towards the sample's pitch, vocal-tract "
           "length, pace and loudness. It is not a clone of the timbre.")
NOTE_ZH = "离线近似：用合成基础音色向样本的音高、声道长度、语速和响度靠拢，并非音色克隆。"
STOCK: dict[str, tuple[str, Target]] = {
    "stock-base": ("Base voice", Target()),
    "stock-high": ("Base voice, higher", Target(f0_ratio=1.9, formant_scale=1.17)),
}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class LocalEngineProvider(Provider):
    spec = LOCAL

    def __init__(self, home: Path, english_voice: str = "auto") -> None:
        self.root = Path(home) / "local-voices"
        self.english_voice = english_voice if english_voice in ("auto", "piper", "espeak") else "auto"
        self._lock = threading.Lock()  # serialises read-modify-write of profile files

    # --- storage -------------------------------------------------------------------------------
    def _path(self, remote_id: str) -> Path:
        if not remote_id.startswith("lv-") or not remote_id[3:].isalnum():
            raise self._missing(remote_id)
        return self.root / f"{remote_id}.json"

    def _missing(self, remote_id: str) -> NotFoundError:
        return NotFoundError(f"No offline voice {remote_id!r}.", detail_zh=f"没有离线音色 {remote_id!r}。",
                             provider=NAME, code="not_found")

    def _write(self, record: dict[str, Any]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        target = self._path(record["id"])
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=self.root)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)  # atomic: readers see the old file or the new one, never half
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _read(self, remote_id: str) -> dict[str, Any]:
        try:
            data: dict[str, Any] = json.loads(self._path(remote_id).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise self._missing(remote_id) from None
        return data

    def _voice(self, record: dict[str, Any]) -> RemoteVoice:
        profile = SpeakerProfile.from_dict(record["profile"])
        return RemoteVoice(
            provider=NAME, remote_id=record["id"], name=record.get("name", ""), status_raw="ready",
            status=VoiceStatus.READY, target_model="local", created=record.get("created", ""),
            modified=record.get("modified", ""),
            extra={"preview": True, "note": NOTE_EN, "note_zh": NOTE_ZH, "profile": profile.to_dict(),
                   "source": record.get("source", {})},
        )

    def warm_up(self) -> None:
        """Load the base voices and measure them now (about 3 s), so the first audition starts at once.

        Optional: call it from a background task at start-up; everything also loads lazily on first use.
        """
        reference_measures(REFERENCE)
        REFERENCE_PROBE.speed_for(5.0)
        for language in ("en", "zh"):
            reference_measures(base_voice(language, self.english_voice))

    # --- Provider ------------------------------------------------------------------------------
    def test_connection(self, cancel: CancelToken = NEVER) -> str:
        return f"Offline engine ready: {engine_summary()} (no network needed)."

    def list_voices(self, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        voices = []
        for path in sorted(self.root.glob("lv-*.json")) if self.root.is_dir() else []:
            try:
                voices.append(self._voice(json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("skipping unreadable offline voice %s: %s", path.name, exc)
        return sorted(voices, key=lambda v: (v.created, v.remote_id))

    def stock_voices(self) -> list[RemoteVoice]:
        return [
            RemoteVoice(provider=NAME, remote_id=rid, name=name, status_raw="ready", status=VoiceStatus.READY,
                        target_model="local", stock=True,
                        extra={"preview": True, "note": "Built-in synthetic voice, offline.",
                               "note_zh": "内置合成音色，离线可用。"})
            for rid, (name, _) in STOCK.items()
        ]

    def get_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteVoice:
        for voice in self.stock_voices():
            if voice.remote_id == remote_id:
                return voice
        return self._voice(self._read(remote_id))

    def _profile(self, request: EnrollRequest, cancel: CancelToken, progress: ProgressFn
                 ) -> tuple[SpeakerProfile, dict[str, Any]]:
        path = request.audio_path
        if path is None or not Path(path).is_file():
            raise InvalidInputError(
                "The offline engine needs a local audio file (URLs are not fetched).",
                detail_zh="离线引擎需要本地音频文件（不会下载 URL）。", provider=NAME, code="no_file")
        language = str(request.options.get("language", ""))
        profile = build_profile(Path(path), REFERENCE_PROBE, cancel, progress, language=language[:2])
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        return profile, {"file_name": Path(path).name, "sha256": digest}

    def enroll(self, request: EnrollRequest, cancel: CancelToken = NEVER,
               progress: ProgressFn = no_progress) -> RemoteVoice:
        profile, source = self._profile(request, cancel, progress)
        cancel.raise_if_cancelled()
        now = _now()
        record = {"id": f"lv-{uuid.uuid4().hex[:12]}", "name": request.name or "Offline voice",
                  "created": now, "modified": now, "engine": engine_summary(),
                  "profile": profile.to_dict(), "source": source}
        with self._lock:
            self._write(record)
        progress(1.0, "done")
        return self._voice(record)

    def update_voice(self, remote_id: str, request: EnrollRequest, cancel: CancelToken = NEVER,
                     progress: ProgressFn = no_progress) -> RemoteVoice:
        self._read(remote_id)  # fail before the slow part when the voice is gone
        fresh = self._profile(request, cancel, progress) if request.audio_path is not None else None
        cancel.raise_if_cancelled()
        with self._lock:
            record = self._read(remote_id)
            if request.name:
                record["name"] = request.name
            if fresh is not None:
                record["profile"], record["source"] = fresh[0].to_dict(), fresh[1]
                record["engine"] = engine_summary()
            record["modified"] = _now()
            self._write(record)
        progress(1.0, "done")
        return self._voice(record)

    def delete_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        with self._lock:
            try:
                self._path(remote_id).unlink()
            except FileNotFoundError:
                raise self._missing(remote_id) from None

    def _target(self, voice_id: str) -> Target:
        if voice_id in STOCK:
            return STOCK[voice_id][1]
        return Target.from_profile(SpeakerProfile.from_dict(self._read(voice_id)["profile"]))

    def synthesize(self, request: SynthesisRequest, on_audio: AudioSink | None = None,
                   cancel: CancelToken = NEVER) -> SynthesisResult:
        text = request.text.strip()
        if not split_sentences(text):
            raise InvalidInputError("There is no text to speak.", detail_zh="没有要朗读的文本。",
                                    provider=NAME, code="empty_text")
        if self.count_chars(text) > self.max_text_chars:
            raise InvalidInputError(
                f"The text has {len(text)} characters; the offline engine takes up to {self.max_text_chars}.",
                detail_zh=f"文本共 {len(text)} 个字符，离线引擎每次最多 {self.max_text_chars} 个。",
                provider=NAME, code="text_too_long")
        check_output(request.format, request.sample_rate)
        target = self._target(request.voice)
        english = str(request.extra.get("english_voice", self.english_voice))
        started = time.perf_counter()
        out = render(text, target, fmt=request.format, sample_rate=request.sample_rate,
                     volume=request.volume, rate=request.rate, pitch=request.pitch, english=english,
                     on_audio=on_audio, cancel=cancel)
        return SynthesisResult(audio=out.audio, format=request.format, sample_rate=out.sample_rate,
                               characters=self.count_chars(text), first_audio_s=out.first_audio_s,
                               total_s=time.perf_counter() - started, request_id=f"local-{uuid.uuid4().hex[:8]}",
                               timestamps=out.timestamps,
                               spans=[TimedText(str(t["text"]), int(t["begin_ms"]) / 1000, int(t["end_ms"]) / 1000)  # type: ignore[call-overload]
                                      for t in out.timestamps])


def create(ctx: Any) -> Provider:
    """Build the provider from a `ProviderContext` (settings, secrets, home)."""
    english = "auto"
    try:
        english = str(ctx.settings.get("local.english_voice") or "auto")
    except Exception:  # the setting is optional: an unknown key must not stop the default provider
        english = "auto"
    return LocalEngineProvider(Path(ctx.home), english_voice=english)
