"""Audition history and its content-hash cache.

An audition is keyed by a hash of (provider, voice, model, parameters, text): an identical request
is answered from disk, instantly and offline. Audio is written atomically beside the database.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from studio import paths
from studio.fsutil import atomic_write
from studio.library.models import Audition, Voice, now_iso
from studio.library.store import Store
from studio.providers.base import SynthesisRequest, SynthesisResult

# The audition is kept as WAV whatever format a caller exports it to, so the format is not part of
# what makes two auditions the same.
_PARAM_FIELDS = ("model", "sample_rate", "volume", "rate", "pitch", "seed", "instruction", "language_hints",
                 "ssml", "extra")


def request_params(request: SynthesisRequest) -> dict[str, object]:
    data = asdict(request)
    return {k: data[k] for k in _PARAM_FIELDS if data.get(k) not in (None, {}, [], False)}


def cache_key(provider: str, request: SynthesisRequest) -> str:
    payload = {"provider": provider, "voice": request.voice, "text": request.text,
               "params": request_params(request),
               "source": str(request.source_audio) if request.source_audio else None}
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def cached(store: Store, provider: str, request: SynthesisRequest) -> Audition | None:
    hit = store.audition_by_cache_key(cache_key(provider, request))
    if hit is not None and Path(hit.audio_path).exists():
        return hit
    return None


def audio_duration(data: bytes, fmt: str, sample_rate: int) -> float:
    """Duration in seconds of synthesized audio (0.0 when it cannot be told)."""
    if fmt == "pcm":
        return len(data) / 2 / sample_rate if sample_rate else 0.0
    import io

    import soundfile

    try:
        info = soundfile.info(io.BytesIO(data))
        return float(info.frames) / float(info.samplerate)
    except Exception:  # mp3/opus that libsndfile cannot read: duration unknown, not an error
        return 0.0


def save(store: Store, provider: str, request: SynthesisRequest, result: SynthesisResult,
         *, voice_id: int | None = None, cost: float = 0.0) -> Audition:
    key = cache_key(provider, request)
    path = paths.auditions_dir() / f"{key[:24]}.{result.format}"
    atomic_write(path, result.audio)
    audition = Audition(
        provider=provider, voice=request.voice, text=request.text, audio_path=str(path),
        params=request_params(request), format=result.format, sample_rate=result.sample_rate,
        duration_s=audio_duration(result.audio, result.format, result.sample_rate),
        first_audio_s=result.first_audio_s, total_s=result.total_s, characters=result.characters,
        cost=cost, cache_key=key, voice_id=voice_id,
        spans=[{"text": s.text, "begin_s": round(s.begin_s, 3), "end_s": round(s.end_s, 3)} for s in result.spans],
    )
    saved = store.add(audition)
    if voice_id is not None and (voice := store.get(Voice, voice_id)) is not None:
        voice.last_audition = saved.created or now_iso()  # the Library's "last audition", whoever saved it
        store.update(voice)
    return saved
