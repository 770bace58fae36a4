"""An audition, from text to saved audio: the one path the Playground and `voice-studio synth` share.

Cache → split once (as the provider's spec counts and limits text) → synthesize each piece (streamed
pieces are decoded as they arrive and handed to `on_audio`, so playback can start on the first chunk)
→ join with short crossfades at matched loudness → save the audition (WAV, with its word timings) in
the library. The same text, voice and parameters give the same audition wherever it was asked for,
and the second time it comes from the cache.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from studio.audio.stream_decode import StreamDecoder, crossfade_join, to_wav_bytes
from studio.cancel import NEVER, CancelToken
from studio.errors import InvalidInputError
from studio.library import auditions
from studio.library.models import Audition
from studio.library.store import Store
from studio.providers.base import Capability, Provider, SynthesisRequest, SynthesisResult, TimedText
from studio.providers.spec import TextRules
from studio.providers.text import ssml_problem, strip_markup

FADE_S = 0.015


@dataclass
class Progress:
    pieces_done: int
    pieces_total: int
    audio_s: float
    first_audio_s: float | None


@dataclass
class Outcome:
    audition: Audition
    from_cache: bool
    pieces: int


@dataclass(frozen=True)
class Bill:
    """What a text costs as the vendor counts it: characters billed, requests sent, and the price."""

    characters: int
    requests: int
    limit: int  # the most that one synthesis of this kind takes, as the vendor counts
    cost: float | None


def bill(rules: TextRules, text: str, ssml: bool = False) -> Bill:
    """A text as it will be billed: SSML goes whole, its tags not billed; other text split by the rules."""
    if ssml:
        spoken = strip_markup(text)
        return Bill(rules.count(spoken), 1 if text.strip() else 0, rules.per_request, rules.cost(spoken))
    return Bill(rules.count(text), len(rules.split(text)) if text.strip() else 0, rules.total, rules.cost(text))


def check(request: SynthesisRequest) -> None:
    """Refuse before anything is sent what no provider would take: an SSML document that is not one."""
    if request.ssml and request.source_audio is None:
        problem = ssml_problem(request.text)
        if problem is not None:
            raise InvalidInputError(problem[0], detail_zh=problem[1], code="bad_ssml")


AudioOut = Callable[[np.ndarray, int], None]  # decoded mono float32 samples and their rate, as they arrive


def pieces_of(provider: Provider, request: SynthesisRequest) -> list[str]:
    """What one audition of `request` is sent as: a take converted into the voice and an SSML document
    go whole; text is split within the provider's limits as the vendor counts it."""
    if request.source_audio is not None or request.ssml:
        return [request.text]
    pieces = provider.spec.text.split(request.text)
    if not pieces:
        raise InvalidInputError("There is no text to speak.", detail_zh="没有要合成的文本。", code="empty_text")
    return pieces


def audition(store: Store, provider: Provider, request: SynthesisRequest, *, voice_id: int | None = None,
             use_cache: bool = True, on_audio: AudioOut | None = None,
             on_progress: Callable[[Progress], None] | None = None, cancel: CancelToken = NEVER) -> Outcome:
    """Synthesize `request` with `provider` and save it as an audition (or answer it from the cache)."""
    check(request)
    if use_cache:
        hit = auditions.cached(store, provider.name, request)
        # Timings are asked for only sometimes: an audition kept without them cannot answer a request for them.
        if hit is not None and not (request.timestamps and not hit.spans):
            return Outcome(hit, True, 0)
    pieces = pieces_of(provider, request)
    streams = provider.can(Capability.STREAMING)
    started = time.perf_counter()
    first: list[float] = []
    audio_s = 0.0
    rate = request.sample_rate
    parts: list[np.ndarray] = []
    part_spans: list[list[TimedText]] = []
    characters = 0
    for index, piece in enumerate(pieces):
        cancel.raise_if_cancelled()
        decoder = StreamDecoder(rate, "pcm" if streams else None)  # streamed pieces are raw PCM
        received: list[np.ndarray] = []

        def take(samples: np.ndarray, dec: StreamDecoder = decoder, got: list[np.ndarray] = received,
                 i: int = index) -> None:
            nonlocal audio_s
            if not samples.size:
                return
            if not first:
                first.append(time.perf_counter() - started)
            got.append(samples)
            audio_s += samples.size / dec.rate
            if on_audio is not None:
                on_audio(samples, dec.rate)
            if on_progress is not None:
                on_progress(Progress(i, len(pieces), audio_s, first[0] if first else None))

        def on_chunk(chunk: bytes, dec: StreamDecoder = decoder) -> None:
            take(dec.feed(chunk))

        piece_request = replace(request, text=piece, format="pcm" if streams else "wav")
        result = provider.synthesize(piece_request, on_chunk if streams else None, cancel)
        if not received:  # not streamed (or nothing streamed): the whole answer at once
            take(decoder.feed(result.audio))
        take(decoder.finish())
        rate = decoder.rate
        characters += result.characters or provider.count_chars(piece)
        parts.append(np.concatenate(received) if received else np.zeros(0, np.float32))
        part_spans.append(result.spans)
    starts: list[int] = []
    joined = crossfade_join(parts, rate, FADE_S, starts=starts)
    spans = [TimedText(s.text, s.begin_s + start / rate, s.end_s + start / rate)
             for start, piece_spans in zip(starts, part_spans, strict=True) for s in piece_spans]
    summary = SynthesisResult(audio=to_wav_bytes(joined, rate), format="wav", sample_rate=rate,
                              characters=characters or provider.count_chars(request.text),
                              first_audio_s=first[0] if first else None, total_s=time.perf_counter() - started,
                              spans=spans)
    # Markup sent as SSML is not billed; without the SSML switch it is text like any other.
    cost = bill(provider.spec.text, request.text, request.ssml).cost or 0.0
    saved = auditions.save(store, provider.name, request, summary, voice_id=voice_id, cost=cost)
    return Outcome(saved, False, len(pieces))


def request_from(voice: str, text: str, params: dict[str, Any], *, model: str | None = None) -> SynthesisRequest:
    """A synthesis request from loose parameters (a form, CLI flags); unknown keys go to `extra`."""
    known = {"sample_rate", "volume", "rate", "pitch", "seed", "instruction", "language_hints", "ssml",
             "timestamps", "source_audio", "format"}
    source = params.get("source_audio")
    return SynthesisRequest(
        text=text, voice=voice, model=params.get("model") or model or None,
        format=str(params.get("format") or "wav"), sample_rate=int(params.get("sample_rate") or 24000),
        volume=int(params.get("volume", 50)), rate=float(params.get("rate", 1.0)),
        pitch=float(params.get("pitch", 1.0)), seed=params.get("seed"),
        instruction=params.get("instruction") or None, language_hints=params.get("language_hints") or None,
        source_audio=Path(source) if source else None, ssml=bool(params.get("ssml")),
        timestamps=bool(params.get("timestamps")),
        extra={k: v for k, v in params.items() if k not in known and k != "model"},
    )


EXPORT_FORMATS = ("wav", "mp3", "pcm")


def export(audition_: Audition, target: Path, fmt: str | None = None) -> Path:
    """Write an audition's audio to `target` as WAV, MP3 or raw PCM (16-bit little-endian mono)."""
    import soundfile

    from studio.audio.stream_decode import to_mp3_bytes
    from studio.fsutil import atomic_write

    fmt = (fmt or target.suffix.lstrip(".") or "wav").lower()
    if fmt not in EXPORT_FORMATS:
        raise InvalidInputError(f"Audio can be saved as {', '.join(EXPORT_FORMATS)}, not {fmt!r}.",
                                detail_zh=f"音频可保存为 {', '.join(EXPORT_FORMATS)}，不支持 {fmt!r}。", code="format")
    data, rate = soundfile.read(audition_.audio_path, dtype="float32", always_2d=True)
    mono = data[:, 0]
    if fmt == "mp3":
        blob = to_mp3_bytes(mono, rate)
    elif fmt == "pcm":
        blob = (np.clip(mono, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    else:
        blob = to_wav_bytes(mono, rate)
    atomic_write(target, blob)
    return target
