"""Speaker profiles for the offline engine: what a 5–30 s sample says about a voice.

The offline engine cannot clone timbre; it measures the few things a base voice can be bent towards
and keeps them as a profile: pitch median and range, vocal-tract length (as formant spacing), speaking
rate and loudness. Every measurement here is also applied to the base voices, so the engine compares
like with like (see `docs/local-engine.md`).
"""

from __future__ import annotations

import math
import threading
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import parselmouth
from scipy.signal import lfilter, resample_poly

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError

PROVIDER = "local"
MIN_SAMPLE_S = 5.0
MAX_SAMPLE_S = 30.0  # longer takes are analysed over their first 30 s
MIN_VOICED_S = 1.5
SILENCE_LUFS = -60.0
PROFILE_VERSION = 1

# Praat keeps process-wide state (error buffers, progress); parselmouth does not promise thread safety.
PRAAT_LOCK = threading.RLock()


@dataclass(frozen=True)
class VoiceMeasures:
    """Measurements of one stretch of speech, taken the same way for samples and base voices."""

    f0_median_hz: float
    f0_p10_hz: float
    f0_p90_hz: float
    formant_spacing_hz: float  # ΔF: F_i ≈ (i − ½)·ΔF for a uniform tube, so ΔF ∝ 1 / vocal-tract length
    syllable_rate: float  # syllable nuclei per second of speech (articulation rate)
    loudness_lufs: float  # BS.1770 integrated loudness
    speech_s: float
    voiced_s: float
    duration_s: float

    @property
    def f0_range_st(self) -> float:
        return 12.0 * math.log2(self.f0_p90_hz / self.f0_p10_hz)


@dataclass(frozen=True)
class SpeakerProfile:
    """What the engine keeps of a voice; stored as JSON with the voice."""

    f0_median_hz: float
    f0_range_st: float  # 10th → 90th percentile, in semitones
    f0_p10_hz: float
    f0_p90_hz: float
    formant_spacing_hz: float
    formant_scale: float  # sample ΔF / reference base voice ΔF (> 1: shorter vocal tract)
    syllable_rate: float  # as measured (the estimator undercounts fast and fluent speech)
    rate_scale: float  # the reference voice's speed setting that measures the same pace (calibrated)
    loudness_lufs: float
    sample_s: float
    analysed_s: float
    speech_s: float
    language: str = ""  # "en" | "zh" when the caller knows what the sample says; "" unknown
    version: int = PROFILE_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SpeakerProfile:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def _invalid(en: str, zh: str, code: str) -> InvalidInputError:
    return InvalidInputError(en, detail_zh=zh, provider=PROVIDER, code=code)


def load_audio(path: Path, max_s: float | None = None) -> tuple[np.ndarray, int, float]:
    """Mono float64 samples, rate and the file's full duration; soundfile first, PyAV for the rest."""
    try:
        import soundfile

        info = soundfile.info(str(path))
        frames = -1 if max_s is None else int(max_s * info.samplerate)
        data, sr = soundfile.read(str(path), frames=frames, dtype="float64", always_2d=True)
        return data.mean(axis=1), int(sr), float(info.duration)
    except Exception:  # not a libsndfile format (m4a, …): let PyAV try before giving up
        pass
    try:
        import av

        chunks: list[np.ndarray] = []
        rate = 0
        with av.open(str(path)) as container:
            resampler = av.AudioResampler(format="flt", layout="mono")
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    rate = out.sample_rate
                    chunks.append(out.to_ndarray().reshape(-1).astype(np.float64))
        samples = np.concatenate(chunks) if chunks else np.zeros(0)
        full = samples.size / rate if rate else 0.0
        if max_s is not None and rate:
            samples = samples[: int(max_s * rate)]
        return samples, rate, full
    except Exception as exc:
        raise _invalid(
            f"Cannot decode {path.name}: {exc}", f"无法解码 {path.name}：{exc}", "decode"
        ) from exc


def _biquad_high_shelf(fs: float) -> tuple[np.ndarray, np.ndarray]:
    gain_db, q, fc = 4.0, 1 / math.sqrt(2), 1500.0  # BS.1770 K-weighting stage 1 (pre-filter)
    a = 10 ** (gain_db / 40)
    w0 = 2 * math.pi * fc / fs
    alpha = math.sin(w0) / (2 * q)
    cw, sa = math.cos(w0), 2 * math.sqrt(a) * alpha
    b = [a * ((a + 1) + (a - 1) * cw + sa), -2 * a * ((a - 1) + (a + 1) * cw), a * ((a + 1) + (a - 1) * cw - sa)]
    den = [(a + 1) - (a - 1) * cw + sa, 2 * ((a - 1) - (a + 1) * cw), (a + 1) - (a - 1) * cw - sa]
    return np.array(b) / den[0], np.array(den) / den[0]


def _biquad_high_pass(fs: float) -> tuple[np.ndarray, np.ndarray]:
    q, fc = 0.5, 38.0  # BS.1770 K-weighting stage 2 (RLB)
    w0 = 2 * math.pi * fc / fs
    alpha = math.sin(w0) / (2 * q)
    cw = math.cos(w0)
    b = [(1 + cw) / 2, -(1 + cw), (1 + cw) / 2]
    den = [1 + alpha, -2 * cw, 1 - alpha]
    return np.array(b) / den[0], np.array(den) / den[0]


def loudness_lufs(x: np.ndarray, sr: int, floor: float = -70.0) -> float:
    """Gated integrated loudness (ITU-R BS.1770-4, mono); never below `floor`."""
    if x.size == 0:
        return floor
    for b, a in (_biquad_high_shelf(sr), _biquad_high_pass(sr)):
        x = lfilter(b, a, x)
    block, hop = int(0.4 * sr), int(0.1 * sr)
    if x.size < block:
        powers = np.array([np.mean(x**2)])
    else:
        starts = np.arange(0, x.size - block + 1, hop)
        cums = np.concatenate([[0.0], np.cumsum(x**2)])
        powers = (cums[starts + block] - cums[starts]) / block
    lk = -0.691 + 10 * np.log10(np.maximum(powers, 1e-12))
    gated = powers[lk > -70.0]
    if gated.size == 0:
        return floor
    relative = -0.691 + 10 * math.log10(float(np.mean(gated))) - 10.0
    gated = powers[(lk > -70.0) & (lk > relative)]
    return max(floor, -0.691 + 10 * math.log10(float(np.mean(gated))))


def _pitch(sound: parselmouth.Sound) -> parselmouth.Pitch:
    # Two passes (Hirst 2011): a wide first guess, then a floor and ceiling fitted to the speaker,
    # which keeps octave jumps out of the median on both very low and very high voices.
    first = sound.to_pitch_ac(time_step=0.01, pitch_floor=50.0, pitch_ceiling=700.0)
    f0 = first.selected_array["frequency"]
    f0 = f0[f0 > 0]
    if f0.size < 10:
        return first
    floor = max(45.0, 0.75 * float(np.percentile(f0, 25)))
    ceiling = min(900.0, 2.0 * float(np.percentile(f0, 75)))
    return sound.to_pitch_ac(time_step=0.01, pitch_floor=floor, pitch_ceiling=ceiling)


def _formant_spacing(sound: parselmouth.Sound, voiced_times: np.ndarray, f0_median: float) -> float:
    # Praat's advice: a 5000 Hz ceiling for adult male voices, 5500 Hz for female; slide between them.
    ceiling = float(np.clip(5000.0 + (f0_median - 120.0) * 500.0 / 80.0, 5000.0, 5500.0))
    formant = sound.to_formant_burg(time_step=0.01, max_number_of_formants=5, maximum_formant=ceiling)
    values = np.array([[formant.get_value_at_time(i, t) for i in (1, 2, 3)] for t in voiced_times])
    medians = np.nanmedian(values, axis=0) if values.size else np.full(3, np.nan)
    if np.any(~np.isfinite(medians)):
        return float("nan")
    k = np.array([0.5, 1.5, 2.5])
    return float(np.dot(medians, k) / np.dot(k, k))


def _syllables(intensity: parselmouth.Intensity, pitch: parselmouth.Pitch) -> tuple[int, float]:
    # Syllable nuclei after de Jong & Wempe (2009): voiced intensity peaks with a ≥ 2 dB dip on each side.
    v = intensity.values[0]
    t = intensity.xs()
    threshold = max(float(np.percentile(v, 99)) - 25.0, float(np.percentile(v, 5)) + 3.0)
    speech_s = float(np.sum(v > threshold)) * intensity.dx
    peaks = [i for i in range(1, v.size - 1) if v[i] >= v[i - 1] and v[i] > v[i + 1] and v[i] > threshold]
    kept: list[int] = []
    for i in peaks:
        if kept:
            j = kept[-1]
            dip = float(v[j : i + 1].min())
            if not (v[i] - dip >= 2.0 and v[j] - dip >= 2.0):
                if v[i] > v[j]:
                    kept[-1] = i
                continue
        kept.append(i)
    voiced = [i for i in kept if (pitch.get_value_at_time(t[i]) or 0.0) > 0.0]
    return len(voiced), speech_s


def measure_voice(x: np.ndarray, sr: int) -> VoiceMeasures:
    """Measure pitch, formant spacing, articulation rate and loudness of speech samples."""
    loud = loudness_lufs(x, sr)
    with PRAAT_LOCK:
        sound = parselmouth.Sound(np.ascontiguousarray(x, dtype=np.float64), sampling_frequency=float(sr))
        pitch = _pitch(sound)
        f0 = pitch.selected_array["frequency"]
        times = pitch.xs()
        voiced = f0 > 0
        f0v = f0[voiced]
        if f0v.size < 10:
            nan = float("nan")
            return VoiceMeasures(nan, nan, nan, nan, 0.0, loud, 0.0, f0v.size * 0.01, sound.duration)
        median = float(np.median(f0v))
        spacing = _formant_spacing(sound, times[voiced], median)
        intensity = sound.to_intensity(minimum_pitch=50.0, time_step=0.01)
        count, speech_s = _syllables(intensity, pitch)
    return VoiceMeasures(
        f0_median_hz=median,
        f0_p10_hz=float(np.percentile(f0v, 10)),
        f0_p90_hz=float(np.percentile(f0v, 90)),
        formant_spacing_hz=spacing,
        syllable_rate=count / speech_s if speech_s > 0 else 0.0,
        loudness_lufs=loud,
        speech_s=speech_s,
        voiced_s=f0v.size * 0.01,
        duration_s=float(sound.duration),
    )


def _analysis_rate(x: np.ndarray, sr: int) -> tuple[np.ndarray, int]:
    # Formants live below 5.5 kHz and pitch far lower: 22.05 kHz keeps analysis fast at any input rate.
    if sr <= 24000:
        return x, sr
    g = math.gcd(sr, 22050)
    return resample_poly(x, 22050 // g, sr // g), 22050


class Reference(Protocol):
    """The reference base voice, measured the way samples are (implemented in `local_tts`)."""

    def at_pitch(self, f0_hz: float) -> VoiceMeasures:
        """Measurements of the reference voice moved (PSOLA) to pitch `f0_hz`."""
        ...

    def speed_for(self, syllable_rate: float) -> float:
        """The reference voice's speed setting whose measured syllable rate is `syllable_rate`."""
        ...


def build_profile(
    path: Path,
    reference: Reference,
    cancel: CancelToken = NEVER,
    progress: ProgressFn = no_progress,
    language: str = "",
) -> SpeakerProfile:
    """Profile a sample; reject samples too short, silent or without voiced speech.

    Formant and rate scales are taken against `reference` measured the same way, at the sample's pitch.
    """
    progress(0.05, "decoding")
    x, sr, full_s = load_audio(path, MAX_SAMPLE_S)
    if full_s < MIN_SAMPLE_S:
        raise _invalid(
            f"The sample is {full_s:.1f} s long; the offline engine needs {MIN_SAMPLE_S:.0f}–"
            f"{MAX_SAMPLE_S:.0f} s of speech.",
            f"样本时长 {full_s:.1f} 秒；离线引擎需要 {MIN_SAMPLE_S:.0f}–{MAX_SAMPLE_S:.0f} 秒的语音。",
            "too_short",
        )
    cancel.raise_if_cancelled()
    x, sr = _analysis_rate(x, sr)
    if loudness_lufs(x, sr) < SILENCE_LUFS:
        raise _invalid(
            "The sample is silent (below −60 LUFS). Record again closer to the microphone.",
            "样本几乎无声（低于 −60 LUFS）。请靠近麦克风重新录制。",
            "silent",
        )
    progress(0.2, "measuring")
    m = measure_voice(x, sr)
    cancel.raise_if_cancelled()
    if m.voiced_s < MIN_VOICED_S or not math.isfinite(m.f0_median_hz):
        raise _invalid(
            f"Only {m.voiced_s:.1f} s of voiced speech found; the engine needs at least "
            f"{MIN_VOICED_S:.1f} s to measure pitch. Is this a recording of speech?",
            f"只检测到 {m.voiced_s:.1f} 秒有声语音，至少需要 {MIN_VOICED_S:.1f} 秒才能测量音高。请确认录音是人声朗读。",
            "no_speech",
        )
    progress(0.6, "comparing with the base voice")
    at_pitch = reference.at_pitch(m.f0_median_hz)
    spacing = m.formant_spacing_hz if math.isfinite(m.formant_spacing_hz) else at_pitch.formant_spacing_hz
    progress(0.9, "profile ready")
    return SpeakerProfile(
        f0_median_hz=m.f0_median_hz,
        f0_range_st=m.f0_range_st,
        f0_p10_hz=m.f0_p10_hz,
        f0_p90_hz=m.f0_p90_hz,
        formant_spacing_hz=spacing,
        formant_scale=spacing / at_pitch.formant_spacing_hz,
        syllable_rate=m.syllable_rate,
        rate_scale=reference.speed_for(m.syllable_rate) if m.syllable_rate > 0 else 1.0,
        loudness_lufs=m.loudness_lufs,
        sample_s=full_s,
        analysed_s=m.duration_s,
        speech_s=m.speech_s,
        language=language if language in ("en", "zh") else "",
    )
