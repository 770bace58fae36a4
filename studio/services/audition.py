"""Auditions for the Playground: synthesize with any voice and hear it while it arrives.

The synthesis task (a worker thread) decodes each piece as the provider delivers it and writes it
straight into the player's ring, so playback starts on the first chunk without the GUI thread in
the path. Long text is split within the provider's limits and the saved audition joins the pieces
with short crossfades at matched loudness. Identical requests are served from the cache.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from studio import paths
from studio.audio import Player
from studio.audio.envelope import peak_envelope
from studio.audio.stream_decode import StreamDecoder, crossfade_join, to_mp3_bytes, to_wav_bytes
from studio.catalog import NAMES
from studio.errors import InvalidInputError
from studio.fsutil import atomic_write, atomic_write_text
from studio.library import auditions
from studio.library.models import Audition, Voice, now_iso
from studio.providers.base import Capability, SynthesisRequest, SynthesisResult
from studio.services.hub import Services
from studio.services.tasks import TaskContext, TaskHandle
from studio.textlimits import RULES, split_for

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VoiceChoice:
    provider: str
    voice: str  # the id the provider synthesizes with
    label: str
    model: str = ""
    library_id: int | None = None
    stock: bool = False
    preview: bool = False  # an offline approximation, labelled as such
    converts: bool = False  # the provider can speak a recorded take in this voice (voice conversion)

    @property
    def key(self) -> str:
        return f"{self.provider}:{self.voice}"


@dataclass
class Progress:
    pieces_done: int
    pieces_total: int
    audio_s: float
    first_audio_s: float | None
    playback_start_s: float | None  # first chunk arrived → handed to the output stream


class AuditionService(QObject):
    voices_listed = Signal(list)  # list[VoiceChoice]
    progress = Signal(object)  # Progress
    finished = Signal(object)  # Audition
    history_changed = Signal()
    playback_changed = Signal(bool)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.store = services.workspace.store
        self.player = Player(services.stream_factory(), on_finished=lambda: self.playback_changed.emit(False))
        self.current: TaskHandle | None = None
        self._params_path = paths.home() / "playground.json"

    # voices
    def list_voices(self) -> TaskHandle:
        ws = self.services.workspace

        def work(ctx: TaskContext) -> list[VoiceChoice]:
            converts = {name for name in NAMES
                        if ws.provider(name).capabilities & Capability.VOICE_CONVERSION}
            choices = [VoiceChoice(v.provider, v.remote_id, v.name or v.remote_id, v.target_model, v.id,
                                   preview=bool(v.extra.get("preview")), converts=v.provider in converts)
                       for v in self.store.all(Voice, "status = ?", ("ready",), order="provider, name")]
            for name in NAMES:
                provider = ws.provider(name)
                if not provider.is_configured():
                    continue
                for stock in provider.stock_voices():
                    choices.append(VoiceChoice(name, stock.remote_id, stock.name or stock.remote_id,
                                               stock.target_model, None, stock=True,
                                               preview=bool(stock.extra.get("preview")), converts=name in converts))
            return choices

        return self.services.run(owner=self, fn=work, name=self.tr("Listing voices"), on_done=self.voices_listed.emit,
                                 track=False)

    # remembered parameters, per voice
    def remembered(self, choice: VoiceChoice) -> dict[str, Any]:
        try:
            data = json.loads(self._params_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        value = data.get(choice.key, {}) if isinstance(data, dict) else {}
        return value if isinstance(value, dict) else {}

    def remember(self, choice: VoiceChoice, params: dict[str, Any]) -> None:
        try:
            data = json.loads(self._params_path.read_text(encoding="utf-8"))
            data = data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            data = {}
        data[choice.key] = params
        atomic_write_text(self._params_path, json.dumps(data, ensure_ascii=False, indent=1))

    # synthesis
    def request_for(self, choice: VoiceChoice, text: str, params: dict[str, Any]) -> SynthesisRequest:
        return SynthesisRequest(
            text=text, voice=choice.voice, model=params.get("model") or choice.model or None,
            format=str(params.get("format", "wav")), sample_rate=int(params.get("sample_rate", 24000)),
            volume=int(params.get("volume", 50)), rate=float(params.get("rate", 1.0)),
            pitch=float(params.get("pitch", 1.0)), seed=params.get("seed"),
            instruction=params.get("instruction") or None,
            source_audio=Path(params["source_audio"]) if params.get("source_audio") else None,
        )

    def synthesize(self, choice: VoiceChoice, text: str, params: dict[str, Any]) -> TaskHandle:
        if not text.strip() and not params.get("source_audio"):
            raise InvalidInputError("Type some text to synthesize.", detail_zh="请输入要合成的文本。")
        self.stop()
        request = self.request_for(choice, text, params)
        handle = self.services.run(owner=self, fn=lambda ctx: self._synthesize(ctx, choice, request),
                                   name=self.tr("Synthesizing with %1").replace("%1", choice.label),
                                   queue=self.services.queue_for(choice.provider), on_done=self._done,
                                   on_partial=self.progress.emit)
        self.current = handle
        return handle

    def _synthesize(self, ctx: TaskContext, choice: VoiceChoice, request: SynthesisRequest) -> Audition:
        hit = auditions.cached(self.store, choice.provider, request)
        if hit is not None:
            self.player.play_file(hit.audio_path)
            ctx.emit(Progress(1, 1, hit.duration_s, 0.0, 0.0))
            return hit
        provider = self.services.workspace.provider(choice.provider)
        streams = bool(provider.capabilities & Capability.STREAMING) or choice.provider == "local"
        # A take converted into the voice is one request; text is split within the provider's limits.
        pieces = [request.text] if request.source_audio else split_for(choice.provider, request.text)
        started = time.perf_counter()
        first: list[float] = []
        arrived: list[float] = []  # when the first decodable audio reached this thread
        sink: list[Any] = []
        rate = request.sample_rate
        joined_parts: list[np.ndarray] = []
        audio_s = 0.0
        for i, piece in enumerate(pieces):
            ctx.cancel.raise_if_cancelled()
            decoder = StreamDecoder(rate, "pcm" if streams else None)  # streamed pieces are raw PCM
            part: list[np.ndarray] = []
            streamed = [False]

            def play(samples: np.ndarray, dec: StreamDecoder = decoder, part: list[np.ndarray] = part,
                     index: int = i) -> None:
                nonlocal audio_s
                if not samples.size:
                    return
                if not sink:
                    arrived.append(time.perf_counter())
                    sink.append(self.player.open_stream(dec.rate))
                sink[0].write(samples)
                part.append(samples)
                audio_s += samples.size / dec.rate
                ctx.emit(Progress(index, len(pieces), audio_s, first[0] if first else None, None))

            def on_audio(chunk: bytes, dec: StreamDecoder = decoder, flag: list[bool] = streamed) -> None:
                if not first:
                    first.append(time.perf_counter() - started)
                flag[0] = True
                play(dec.feed(chunk))

            piece_request = replace(request, text=piece, format="pcm" if streams else "wav")
            result = provider.synthesize(piece_request, on_audio if streams else None, ctx.cancel)
            if not streamed[0]:
                if not first:
                    first.append(time.perf_counter() - started)
                play(decoder.feed(result.audio))
            play(decoder.finish())
            rate = decoder.rate
            joined_parts.append(np.concatenate(part) if part else np.zeros(0, np.float32))
        if sink:
            sink[0].end()
        total = time.perf_counter() - started
        # first chunk arrived → the output callback first handed it to the device
        out_at = self.player.first_output_at
        playback_start = (out_at - arrived[0]) if (arrived and out_at is not None) else None
        joined = crossfade_join(joined_parts, rate)
        rule = RULES[choice.provider]
        result = SynthesisResult(audio=to_wav_bytes(joined, rate), format="wav", sample_rate=rate,
                                 characters=rule.count(request.text), first_audio_s=first[0] if first else None,
                                 total_s=total)
        audition = auditions.save(self.store, choice.provider, request, result, voice_id=choice.library_id,
                                  cost=rule.cost(request.text) or 0.0)
        audition.params = {**audition.params, "playback_start_s": playback_start}
        self.store.update(audition)
        if choice.library_id is not None and (voice := self.store.get(Voice, choice.library_id)) is not None:
            voice.last_audition = now_iso()
            self.store.update(voice)
        return audition

    def _done(self, audition: Any) -> None:
        self.current = None
        self.finished.emit(audition)
        self.history_changed.emit()
        self.services.library_changed.emit("auditions")

    def stop(self) -> None:
        if self.current is not None:
            self.current.cancel()
            self.current = None
        self.player.stop()
        self.playback_changed.emit(False)

    # history
    def history(self, search: str = "") -> list[Audition]:
        if search.strip():
            like = f"%{search.strip()}%"
            return self.store.all(Audition, "text LIKE ? OR voice LIKE ? OR provider LIKE ?", (like, like, like),
                                  order="id DESC")
        return self.store.all(Audition, order="id DESC")

    def play(self, audition: Audition, start_s: float = 0.0, gain: float = 1.0) -> None:
        self.player.stop()
        if gain == 1.0:
            self.player.play_file(audition.audio_path, start_s)
        else:
            import soundfile

            data, rate = soundfile.read(audition.audio_path, dtype="float32", always_2d=True)
            start = int(start_s * rate)
            self.player.play_array(data[start:, 0] * gain, rate)
        self.playback_changed.emit(True)

    def load_envelope(self, audition: Audition, on_done: Any) -> TaskHandle:
        def work(ctx: TaskContext) -> tuple[np.ndarray, np.ndarray, float, int | None]:
            lo, hi, per_bin = peak_envelope(Path(audition.audio_path), 2000, ctx.cancel)
            return lo, hi, per_bin, audition.id

        return self.services.run(owner=self, fn=work, name=self.tr("Reading the waveform"), on_done=on_done,
                                 report_errors=False, track=False)

    def delete(self, audition: Audition) -> None:
        assert audition.id is not None
        self.store.delete(Audition, audition.id)
        still_used = self.store.count(Audition, "audio_path = ?", (audition.audio_path,))
        if not still_used:
            Path(audition.audio_path).unlink(missing_ok=True)
        self.history_changed.emit()

    def export(self, audition: Audition, target: Path) -> TaskHandle:
        def work(ctx: TaskContext) -> Path:
            import soundfile

            data, rate = soundfile.read(audition.audio_path, dtype="float32", always_2d=True)
            mono = data[:, 0]
            blob = to_mp3_bytes(mono, rate) if target.suffix.lower() == ".mp3" else to_wav_bytes(mono, rate)
            atomic_write(target, blob)
            return target

        return self.services.run(owner=self, fn=work, name=self.tr("Exporting %1").replace("%1", target.name))

    def loudness_gain(self, a: Audition, b: Audition) -> TaskHandle:
        """Gain for B so that A and B play at matched loudness (RMS over the speech)."""
        def work(ctx: TaskContext) -> float:
            import soundfile

            def level(path: str) -> float:
                data, _rate = soundfile.read(path, dtype="float32", always_2d=True)
                x = data[:, 0]
                active = x[np.abs(x) > 0.01]
                return float(np.sqrt(np.mean(np.square(active if active.size else x)))) or 1e-6

            return level(a.audio_path) / level(b.audio_path)

        return self.services.run(owner=self, fn=work, name=self.tr("Matching loudness"), track=False)

    # batch: one line of a text file → one audio file in a folder; existing files are kept (resume)
    def batch(self, choice: VoiceChoice, lines: list[str], folder: Path, params: dict[str, Any]) -> TaskHandle:
        provider_name = choice.provider

        def work(ctx: TaskContext) -> dict[str, int]:
            provider = self.services.workspace.provider(provider_name)
            folder.mkdir(parents=True, exist_ok=True)
            done = skipped = 0
            texts = [line.strip() for line in lines if line.strip()]
            for i, text in enumerate(texts):
                ctx.cancel.raise_if_cancelled()
                target = folder / f"{i + 1:04d}.wav"
                ctx.progress(i / len(texts), self.tr("Line %1 of %2").replace("%1", str(i + 1))
                             .replace("%2", str(len(texts))))
                if target.exists():
                    skipped += 1
                    continue
                request = self.request_for(choice, text, params)
                hit = auditions.cached(self.store, provider_name, request)
                if hit is not None:
                    atomic_write(target, Path(hit.audio_path).read_bytes())
                else:
                    parts = []
                    rate = request.sample_rate
                    for piece in split_for(provider_name, text):
                        result = provider.synthesize(replace(request, text=piece, format="wav"), None, ctx.cancel)
                        decoder = StreamDecoder(rate)
                        parts.append(np.concatenate([decoder.feed(result.audio), decoder.finish()]))
                        rate = decoder.rate
                    atomic_write(target, to_wav_bytes(crossfade_join(parts, rate), rate))
                done += 1
            (folder / "index.txt").write_text(
                "\n".join(f"{i + 1:04d}.wav\t{t}" for i, t in enumerate(texts)) + "\n", encoding="utf-8")
            return {"done": done, "skipped": skipped, "total": len(texts)}

        return self.services.run(owner=self, fn=work, name=self.tr("Batch synthesis into %1").replace("%1", folder.name),
                                 queue=self.services.queue_for(provider_name))

    def close(self) -> None:
        self.stop()
