"""Text → base voice → bent towards a speaker profile, one sentence at a time.

Each sentence is split by script (Han → Mandarin eSpeak NG, anything else → the English base voice),
synthesised at the profile's speaking rate, then converted with Praat's PSOLA: a resample moves every
formant by the vocal-tract ratio, and the pitch tier is remapped in semitones from the base voice's
median and range to the profile's. Loudness is set per sentence (BS.1770), and each sentence is handed
to `on_audio` as soon as it is ready, so playback can start while the rest is still being made.
"""

from __future__ import annotations

import functools
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import parselmouth
from parselmouth.praat import call
from scipy.ndimage import minimum_filter1d, uniform_filter1d
from scipy.signal import resample_poly

from studio.cancel import NEVER, CancelToken
from studio.providers.local.encode import Encoder
from studio.providers.local.profile import (
    PRAAT_LOCK,
    SpeakerProfile,
    VoiceMeasures,
    loudness_lufs,
    measure_voice,
)
from studio.providers.local.voices import (
    REFERENCE,
    REFERENCE_TEXT,
    BaseVoice,
    EspeakLibrary,
    base_voice,
    espeak,
    espeak_voice,
    reference_measures,
)
from studio.providers.text import split

SENTENCE_PAUSE_S = 0.3
SEGMENT_GAP_S = 0.04
MAX_SENTENCE_CHARS = 240
FIRST_PIECE_CHARS = 32  # a first sentence longer than this starts with its opening clause alone
CLAUSE_PAUSE_S = 0.12
_CLAUSE_MARK = re.compile(r"[，、：,:;；]")
LOUDNESS_RANGE = (-30.0, -14.0)  # a whisper-quiet or clipped sample should not make unusable output
MAX_LUFS = -12.0  # after the volume setting: louder only squashes the speech against the limiter
FORMANT_RATIO_RANGE = (0.8, 1.3)
RATE_RANGE = (0.6, 1.6)
# Typical articulation rates (syllables/s) of read speech, Pellegrino et al. 2011: a Mandarin syllable
# carries more than an English one, so a speaker's pace moves across languages by this ratio.
LANGUAGE_RATE = {"en": 6.19, "zh": 5.18}

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Target:
    """Where conversion goes. None keeps the base voice's own value (stock voices)."""

    f0_median_hz: float | None = None
    f0_range_st: float | None = None
    formant_scale: float | None = None  # relative to the reference base voice
    rate_scale: float | None = None  # the reference voice's speed setting that matches the speaker's pace
    loudness_lufs: float = -20.0
    f0_ratio: float = 1.0  # used when f0_median_hz is None
    language: str = ""  # the sample's language, when known

    @classmethod
    def from_profile(cls, p: SpeakerProfile) -> Target:
        return cls(p.f0_median_hz, p.f0_range_st, p.formant_scale, p.rate_scale, p.loudness_lufs,
                   language=p.language)

    def speed(self, voice: BaseVoice) -> float:
        """Speed setting for `voice` that gives the speaker's pace (syllables/s) in the voice's language."""
        if self.rate_scale is None:
            return 1.0
        pace = self.rate_scale * reference_measures(REFERENCE).syllable_rate
        if self.language in LANGUAGE_RATE:
            pace *= LANGUAGE_RATE[voice.language] / LANGUAGE_RATE[self.language]
        return pace / _true_rate(voice)


def _true_rate(voice: BaseVoice) -> float:
    # The nucleus counter is right on eSpeak (one clear peak per syllable) but undercounts fluent neural
    # speech, so another voice's rate comes from how long it takes over the same passage as eSpeak.
    counted = reference_measures(espeak_voice(voice.language))
    return counted.syllable_rate * counted.speech_s / max(reference_measures(voice).speech_s, 0.1)


def split_sentences(text: str) -> list[str]:
    """Sentences (long ones cut at clause marks) so the first audio comes quickly."""
    return [s for s in split(text, MAX_SENTENCE_CHARS, pack=False) if _LETTER.search(s) or any(c.isdigit() for c in s)]


def first_clause(sentence: str) -> tuple[str, str]:
    """A long first sentence's opening clause and the rest ("" when it has none short enough): rendered
    apart, the opening clause is heard while the rest is still being made."""
    if len(sentence) <= FIRST_PIECE_CHARS:
        return sentence, ""
    head = split(sentence, FIRST_PIECE_CHARS, pack=True)[0]
    rest = sentence[len(head):].strip() if sentence.startswith(head) else ""
    if not rest or not _CLAUSE_MARK.search(head[-1:]):
        return sentence, ""
    return head, rest


def split_scripts(sentence: str, default: str = "en", inline_latin_words: int = 0) -> list[tuple[str, str]]:
    """(language, text) runs: Han → "zh", other letters → "en"; digits and marks join their neighbours.

    Latin runs of at most `inline_latin_words` words inside Chinese stay with the Chinese run: eSpeak's
    Mandarin voice reads them itself, which avoids a change of base voice for a single word.
    """
    runs: list[list[str]] = []
    pending = ""
    for ch in sentence:
        lang = "zh" if _HAN.match(ch) else ("en" if _LETTER.match(ch) else None)
        if lang is None:
            if runs:
                runs[-1][1] += ch
            else:
                pending += ch
        elif runs and runs[-1][0] == lang:
            runs[-1][1] += ch
        else:
            runs.append([lang, pending + ch])
            pending = ""
    if not runs:
        return [(default, sentence.strip())] if sentence.strip() else []
    if inline_latin_words and any(lang == "zh" for lang, _ in runs):
        merged: list[list[str]] = []
        for lang, text in runs:
            if lang == "en" and len(text.split()) <= inline_latin_words:
                lang = "zh"
            if merged and merged[-1][0] == lang:
                merged[-1][1] += text
            else:
                merged.append([lang, text])
        runs = merged
    return [(lang, text.strip()) for lang, text in runs if text.strip()]


def _trim(x: np.ndarray, sr: int, keep_s: float = 0.02) -> np.ndarray:
    if x.size == 0:
        return x
    env = np.abs(x)
    threshold = max(float(env.max()) * 10 ** (-45 / 20), 1e-5)
    idx = np.flatnonzero(env > threshold)
    if idx.size == 0:
        return x[:0]
    keep = int(keep_s * sr)
    return x[max(0, idx[0] - keep) : idx[-1] + keep]


def convert(x: np.ndarray, sr: int, base: VoiceMeasures, f0_target: float, range_factor: float,
            formant_ratio: float) -> np.ndarray:
    """PSOLA conversion: formants × `formant_ratio`; pitch mapped in semitones base median → target."""
    if x.size < int(0.05 * sr):
        return x
    with PRAAT_LOCK:
        sound = parselmouth.Sound(np.ascontiguousarray(x, dtype=np.float64), sampling_frequency=float(sr))
        r = formant_ratio
        if abs(r - 1.0) > 0.005:
            # Resampling to sr/r and relabelling as sr scales every frequency by r and time by 1/r;
            # the duration tier below gives the time back, the pitch tier sets the pitch.
            sound = call(sound, "Resample", sr / r, 50)
            call(sound, "Override sampling frequency", float(sr))
        floor = max(40.0, 0.5 * base.f0_p10_hz * r)
        ceiling = min(900.0, 2.5 * base.f0_p90_hz * r)
        try:
            manipulation = call(sound, "To Manipulation", 0.01, floor, ceiling)
            tier = call(manipulation, "Extract pitch tier")
            if call(tier, "Get number of points") > 0:
                formula = f"{f0_target:.6g} * exp({range_factor:.6g} * ln(self / {r * base.f0_median_hz:.6g}))"
                call(tier, "Formula", formula)
                call([manipulation, tier], "Replace pitch tier")
            durations = call("Create DurationTier", "d", sound.xmin, sound.xmax)
            call(durations, "Add point", sound.xmin, r)
            call([manipulation, durations], "Replace duration tier")
            out = call(manipulation, "Get resynthesis (overlap-add)")
        except parselmouth.PraatError:
            return x  # too little voicing to manipulate (a breath, one consonant): leave it as spoken
        return np.asarray(out.values[0], dtype=np.float64)


class ReferenceProbe:
    """The reference voice measured as samples are; see `local_profile.Reference`."""

    SPEEDS = (0.6, 0.8, 1.0, 1.25, 1.6)

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one process-wide instance, bounded cache
    def _at(self, f0_hz: float) -> VoiceMeasures:
        x, sr = REFERENCE.synth(REFERENCE_TEXT[REFERENCE.language])
        base = reference_measures(REFERENCE)
        return measure_voice(convert(x.astype(np.float64), sr, base, f0_hz, 1.0, 1.0), sr)

    def at_pitch(self, f0_hz: float) -> VoiceMeasures:
        # Formant trackers read higher on high voices (harmonics pull the peaks), so a sample is compared
        # with the reference moved to the sample's own pitch: the formant scale then reflects the tract.
        return self._at(float(max(50.0, min(500.0, round(f0_hz / 5.0) * 5.0))))

    @functools.cached_property
    def _curve(self) -> tuple[np.ndarray, np.ndarray]:
        rates = []
        for speed in self.SPEEDS:
            if speed == 1.0:
                rates.append(reference_measures(REFERENCE).syllable_rate)
                continue
            x, sr = REFERENCE.synth(REFERENCE_TEXT[REFERENCE.language], speed)
            rates.append(measure_voice(x.astype(np.float64), sr).syllable_rate)
        return np.maximum.accumulate(np.array(rates)), np.array(self.SPEEDS)

    def speed_for(self, syllable_rate: float) -> float:
        # The counter merges syllables in fast speech; reading the rate off the reference's own speed
        # sweep cancels that bias, since both sides are counted the same way.
        rates, speeds = self._curve
        if syllable_rate <= rates[0]:
            return float(speeds[0] * syllable_rate / rates[0])
        if syllable_rate >= rates[-1]:
            return float(speeds[-1] * syllable_rate / rates[-1])
        return float(np.interp(syllable_rate, rates, speeds))


REFERENCE_PROBE = ReferenceProbe()


def _render(text: str, lang: str, target: Target, request_rate: float, request_pitch: float,
            english: str, cancel: CancelToken) -> tuple[np.ndarray, int]:
    voice: BaseVoice = base_voice(lang, english)
    base = reference_measures(voice)
    rate = float(np.clip(target.speed(voice) * request_rate, *RATE_RANGE))
    x, sr = voice.synth(text, rate, cancel)
    x = _trim(x.astype(np.float64), sr)
    f0 = (target.f0_median_hz or base.f0_median_hz * target.f0_ratio) * request_pitch
    range_factor = 1.0 if target.f0_range_st is None else target.f0_range_st / max(base.f0_range_st, 0.5)
    ratio = 1.0
    if target.formant_scale is not None:
        ratio = target.formant_scale * reference_measures(REFERENCE).formant_spacing_hz / base.formant_spacing_hz
    if abs(f0 / base.f0_median_hz - 1) < 0.01 and abs(range_factor - 1) < 0.01 and abs(ratio - 1) < 0.005:
        return x, sr
    return convert(x, sr, base, f0, float(np.clip(range_factor, 0.3, 2.5)),
                   float(np.clip(ratio, *FORMANT_RATIO_RANGE))), sr


def _resample(x: np.ndarray, sr: int, out_sr: int) -> np.ndarray:
    if sr == out_sr:
        return x
    g = math.gcd(sr, out_sr)
    return resample_poly(x, out_sr // g, sr // g)


def _limit(y: np.ndarray, sr: int, ceiling: float) -> np.ndarray:
    if not y.size or float(np.max(np.abs(y))) <= ceiling:
        return y
    need = np.minimum(1.0, ceiling / np.maximum(np.abs(y), 1e-9))
    window = max(1, int(0.005 * sr))
    # Gain falls before a peak and recovers after it, so loudness survives where a global scale would not.
    gain = uniform_filter1d(minimum_filter1d(need, 2 * window + 1), window)
    return y * np.minimum(gain, need)


def _level(x: np.ndarray, sr: int, lufs: float, ceiling: float = 0.89) -> np.ndarray:
    """Bring `x` to `lufs`, holding peaks under −1 dBFS with a 5 ms look-ahead limiter."""
    lufs = min(lufs, MAX_LUFS)
    y = x
    for _ in range(2):  # the limiter takes a little loudness away: measure again and make it up once
        now = loudness_lufs(y, sr, floor=-100.0)
        if now <= -99.0 or abs(lufs - now) < 0.2:
            return y
        y = _limit(y * 10 ** ((lufs - now) / 20), sr, ceiling)
    return y


@dataclass
class Rendered:
    audio: bytes
    sample_rate: int
    first_audio_s: float | None
    total_s: float
    timestamps: list[dict[str, object]]


def render(
    text: str,
    target: Target,
    *,
    fmt: str = "wav",
    sample_rate: int = 24000,
    volume: int = 50,
    rate: float = 1.0,
    pitch: float = 1.0,
    english: str = "auto",
    on_audio: Callable[[bytes], None] | None = None,
    cancel: CancelToken = NEVER,
) -> Rendered:
    """Synthesise `text` sentence by sentence; `on_audio` gets encoded pieces as they are made."""
    started = time.perf_counter()
    default = "zh" if _HAN.search(text) else "en"
    inline = 2 if _inline_supported() else 0
    sentences = split_sentences(text)
    pauses = [SENTENCE_PAUSE_S] * len(sentences)
    if sentences:
        head, rest = first_clause(sentences[0])
        if rest:  # the first audio is the opening clause's; a comma's pause joins it to the rest
            sentences[0:1] = [head, rest]
            pauses[0:1] = [CLAUSE_PAUSE_S, SENTENCE_PAUSE_S]
    gain_db = 20 * math.log10(min(volume, 100) / 50) if volume > 0 else -200.0
    lufs = float(np.clip(target.loudness_lufs, *LOUDNESS_RANGE)) + gain_db
    encoder = Encoder(fmt, sample_rate)
    stamps: list[dict[str, object]] = []
    first: float | None = None
    samples = 0
    for index, sentence in enumerate(sentences):
        cancel.raise_if_cancelled()
        parts: list[np.ndarray] = []
        for lang, run in split_scripts(sentence, default, inline):
            x, sr = _render(run, lang, target, rate, pitch, english, cancel)
            if parts:
                parts.append(np.zeros(int(SEGMENT_GAP_S * sample_rate)))
            parts.append(_resample(x, sr, sample_rate))
        audio = _level(np.concatenate(parts) if parts else np.zeros(0), sample_rate, lufs)
        stamps.append({"text": sentence, "begin_ms": round(1000 * samples / sample_rate),
                       "end_ms": round(1000 * (samples + audio.size) / sample_rate)})
        if index < len(sentences) - 1:
            audio = np.concatenate([audio, np.zeros(int(pauses[index] * sample_rate))])
        samples += audio.size
        pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).round().astype("<i2").tobytes()
        piece = encoder.encode(pcm)
        cancel.raise_if_cancelled()
        if piece:
            if first is None:
                first = time.perf_counter() - started
            if on_audio is not None:
                on_audio(piece)
    tail = encoder.finish()
    if tail and on_audio is not None:
        on_audio(tail)
    return Rendered(encoder.file(), sample_rate, first, time.perf_counter() - started, stamps)


def _inline_supported() -> bool:
    return isinstance(espeak(), EspeakLibrary)
