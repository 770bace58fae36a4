"""Auditions for the Playground: synthesize with any voice and hear it while it arrives.

The synthesis runs the shared audition flow (`studio.flows.audition`, which `voice-studio synth` runs
too) in a worker thread; its decoded audio goes straight into the player's ring, so playback starts on
the first chunk without the GUI thread in the path.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from studio import catalog, paths, subtitles
from studio.audio.envelope import peak_envelope
from studio.errors import InvalidInputError
from studio.flows import audition as flow
from studio.flows.audition import request_from
from studio.flows.batch import BatchResult, batch
from studio.fsutil import atomic_write_text
from studio.library.models import Audition, Voice
from studio.providers.base import Capability, SynthesisRequest
from studio.services.hub import Change, Services
from studio.services.tasks import TaskContext, TaskHandle

log = logging.getLogger(__name__)
Progress = flow.Progress  # what the `progress` signal carries
OWNER = "playground"  # this service's name on the shared audio output


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
    ssml: bool = False  # the provider, its model and this voice take an SSML document
    timestamps: bool = False  # … and say when each word is spoken
    languages: tuple[str, ...] = ()  # a stock voice's languages, as codes ("zh", "en", "yue" …)
    gender: str = ""  # a stock voice's, as a code ("female", "male")

    @property
    def key(self) -> str:
        return f"{self.provider}:{self.voice}"


@dataclass(frozen=True)
class WavePiece:
    """A stretch of streamed audio as a min/max envelope, for a waveform that grows while it arrives."""

    lo: np.ndarray
    hi: np.ndarray
    seconds_per_bin: float


WAVE_BIN_S = 0.01


def wave_piece(samples: np.ndarray, rate: int) -> WavePiece:
    per = max(1, int(rate * WAVE_BIN_S))
    x = np.asarray(samples, np.float32).reshape(-1)
    pad = (-x.size) % per
    if pad:
        x = np.concatenate([x, np.zeros(pad, np.float32)])
    blocks = x.reshape(-1, per)
    return WavePiece(blocks.min(axis=1), blocks.max(axis=1), per / rate)


def _allows(extra: dict[str, Any], key: str) -> bool:
    return extra.get(key) is not False  # a voice (or its model) says so only where it lacks the feature


def choice_of(provider: str, voice: str, name: str, model: str, extra: dict[str, Any], library_id: int | None,
              *, stock: bool = False) -> VoiceChoice:
    """A voice as the Playground offers it: what its provider, its model and the voice itself can do."""
    spec = catalog.spec(provider)
    languages = extra.get("languages") if stock else None
    return VoiceChoice(provider, voice, name or voice, model, library_id, stock=stock,
                       preview=bool(extra.get("preview")), converts=spec.can(Capability.VOICE_CONVERSION),
                       ssml=spec.can(Capability.SSML) and _allows(extra, "ssml"),
                       timestamps=spec.can(Capability.TIMESTAMPS) and _allows(extra, "timestamps"),
                       languages=tuple(str(x) for x in languages) if isinstance(languages, list | tuple) else (),
                       gender=str(extra.get("gender") or "") if stock else "")


class AuditionService(QObject):
    voices_listed = Signal(list)  # list[VoiceChoice]
    progress = Signal(object)  # Progress
    wave = Signal(object)  # WavePiece: audio as it arrives
    finished = Signal(object)  # Audition
    from_cache = Signal(object)  # Audition answered from the cache (emitted just before `finished`)
    stopped = Signal()  # a synthesis was stopped or failed: nothing more will arrive
    history_changed = Signal()
    playback_changed = Signal(bool)
    exported = Signal(object)  # Path

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.store = services.workspace.store
        self.playback = services.playback
        self.playback.changed.connect(self._playback_changed)
        self.current: TaskHandle | None = None
        self._params_path = paths.home() / "playground.json"
        self._stock_names: dict[tuple[str, str], str] = {}

    # voices
    def list_voices(self) -> TaskHandle:
        ws = self.services.workspace

        def work(ctx: TaskContext) -> list[VoiceChoice]:
            choices = [choice_of(v.provider, v.remote_id, v.name, v.target_model, v.extra, v.id)
                       for v in self.store.all(Voice, "status = ?", ("ready",), order="provider, name")]
            for spec in catalog.specs():
                provider = ws.provider(spec.name)
                if not spec.can(Capability.STOCK_VOICES) or not provider.is_configured():
                    continue
                choices += [choice_of(spec.name, v.remote_id, v.name, v.target_model, v.extra, None, stock=True)
                            for v in provider.stock_voices()]
            return choices

        def done(choices: Any) -> None:
            self._stock_names.update({(c.provider, c.voice): c.label for c in choices if c.stock})
            self.voices_listed.emit(choices)

        return self.services.run(owner=self, fn=work, name=self.tr("Listing voices"), on_done=done, track=False)

    def voice_label(self, audition: Audition) -> str:
        """The name of the voice an audition was made with (never its remote id where a name exists)."""
        if audition.voice_id is not None:
            voice = self.store.get(Voice, audition.voice_id)
            if voice is not None and voice.name:
                return voice.name
        voice = self.store.voice_by_remote(audition.provider, audition.voice)
        if voice is not None and voice.name:
            return voice.name
        return self._stock_names.get((audition.provider, audition.voice), audition.voice)

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
        """The request the shared flow sends: SSML only where the voice takes it; word timings asked for
        wherever the voice gives them (the words light up while it plays; subtitles can be made)."""
        params = {**params, "ssml": bool(params.get("ssml")) and choice.ssml,
                  "timestamps": choice.timestamps and not params.get("source_audio")}
        return request_from(choice.voice, text, params, model=choice.model or None)

    def bill(self, choice: VoiceChoice, text: str, ssml: bool = False) -> flow.Bill:
        """The text as the voice's provider counts and bills it (SSML tags are free when sent as SSML)."""
        return flow.bill(self.services.spec(choice.provider).text, text, ssml and choice.ssml)

    def check(self, choice: VoiceChoice, text: str, ssml: bool) -> None:
        """Refuse, before anything is sent, a text the flow would refuse (InvalidInputError, bilingual)."""
        if ssml and choice.ssml:
            flow.check(self.request_for(choice, text, {"ssml": True}))

    def synthesize(self, choice: VoiceChoice, text: str, params: dict[str, Any]) -> TaskHandle:
        if not text.strip() and not params.get("source_audio"):
            raise InvalidInputError("Type some text to synthesize.", detail_zh="请输入要合成的文本。")
        request = self.request_for(choice, text, params)
        flow.check(request)
        self.stop()
        handle = self.services.run(owner=self, fn=lambda ctx: self._synthesize(ctx, choice, request),
                                   name=self.tr("Synthesizing with %1").replace("%1", choice.label),
                                   queue=self.services.queue_for(choice.provider), on_done=self._done,
                                   on_partial=self._partial, on_error=self._failed)
        handle.cancelled.connect(self.stopped.emit)
        self.current = handle
        return handle

    def _partial(self, payload: Any) -> None:
        if isinstance(payload, WavePiece):
            self.wave.emit(payload)
        else:
            self.progress.emit(payload)

    def _failed(self, err: Any) -> None:
        self.current = None
        self.stopped.emit()
        self.services.error_reported.emit(err)

    def _synthesize(self, ctx: TaskContext, choice: VoiceChoice, request: SynthesisRequest) -> tuple[Audition, bool]:
        """In the worker: the shared audition flow, its audio written straight into the player's ring."""
        provider = self.services.workspace.provider(choice.provider)
        sink: list[Any] = []
        arrived: list[float] = []

        def on_audio(samples: np.ndarray, rate: int) -> None:
            if not sink:
                arrived.append(time.perf_counter())
                sink.append(self.playback.open_stream(rate, OWNER))
            sink[0].write(samples)
            ctx.emit(wave_piece(samples, rate))

        outcome = flow.audition(self.store, provider, request, voice_id=choice.library_id, on_audio=on_audio,
                                on_progress=ctx.emit, cancel=ctx.cancel)
        if outcome.from_cache:
            self.playback.play_file(outcome.audition.audio_path, OWNER)
            return outcome.audition, True
        if sink:
            sink[0].end()
        # first chunk arrived → the output callback first handed it to the device
        out_at = self.playback.first_output_at
        audition = outcome.audition
        if arrived and out_at is not None:
            audition.params = {**audition.params, "playback_start_s": out_at - arrived[0]}
            self.store.update(audition)
        return audition, False

    def _done(self, result: Any) -> None:
        audition, cached = result
        self.current = None
        if cached:
            self.from_cache.emit(audition)
        self.finished.emit(audition)
        self.history_changed.emit()
        self.services.library_changed.emit(Change.AUDITIONS)

    def stop(self) -> None:
        """Stop a synthesis on its way (nothing more arrives; `stopped` follows) and the sound."""
        if self.current is not None:
            self.current.cancel()
            self.current = None
        self.playback.stop(OWNER)

    @property
    def busy(self) -> bool:
        return self.current is not None and not self.current.done

    # history
    def history(self, search: str = "") -> list[Audition]:
        rows = self.store.all(Audition, order="id DESC")
        needle = search.strip().casefold()
        if not needle:
            return rows
        names, lang = catalog.names(), self.services.language

        def matches(a: Audition) -> bool:  # by what the row shows: the text, the voice's name, the provider
            title = self.services.spec(a.provider).title(lang) if a.provider in names else a.provider
            return any(needle in t.casefold() for t in (a.text, self.voice_label(a), title))

        return [a for a in rows if matches(a)]

    def play(self, audition: Audition, start_s: float = 0.0, gain: float = 1.0) -> None:
        if gain == 1.0:
            self.playback.play_file(audition.audio_path, OWNER, start_s)
        else:
            import soundfile

            data, rate = soundfile.read(audition.audio_path, dtype="float32", always_2d=True)
            start = int(start_s * rate)
            self.playback.play_array(data[start:, 0] * gain, rate, OWNER)

    def _playback_changed(self, owner: str, playing: bool) -> None:
        if owner == OWNER:
            self.playback_changed.emit(playing)

    @property
    def position_s(self) -> float:
        return self.playback.position_s

    @property
    def is_playing(self) -> bool:
        return self.playback.playing_for(OWNER)

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
        return self.services.run(owner=self, fn=lambda ctx: flow.export(audition, target),
                                 name=self.tr("Exporting %1").replace("%1", target.name),
                                 on_done=self.exported.emit)

    def export_subtitles(self, audition: Audition, target: Path) -> TaskHandle:
        """Subtitles (SubRip or WebVTT, by the file's type) from the audition's word timings, as
        `voice-studio synth --subtitles` writes them."""
        return self.services.run(owner=self, fn=lambda ctx: subtitles.write(target, audition.spans),
                                 name=self.tr("Exporting %1").replace("%1", target.name),
                                 on_done=self.exported.emit)

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
        ws = self.services.workspace

        def work(ctx: TaskContext) -> BatchResult:
            return batch(self.store, ws.provider(choice.provider), choice.voice, lines, folder, params,
                         model=choice.model or None, voice_id=choice.library_id, cancel=ctx.cancel,
                         progress=ctx.progress)

        return self.services.run(owner=self, fn=work, name=self.tr("Batch synthesis into %1").replace("%1", folder.name),
                                 queue=self.services.queue_for(choice.provider))

    def close(self) -> None:
        self.stop()
