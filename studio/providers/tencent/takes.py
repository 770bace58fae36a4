"""A take as the one-sentence clone sends it: mono 16-bit WAV at a rate the detection takes, 5–15 s.

Source: "环境检测和音频质量检测" https://cloud.tencent.com/document/api/1283/90062: "对于一句话声音复刻，音频时长需
大于5s，小于15s，文件大小不能超过2MB，音频需为单声道，位深为16bit。建议格式：wav、单声道、采样率48kHz或24kHz";
SampleRate 16000 (default), 24000 and 48000 ("仅一句话声音复刻支持"). A take at another rate is resampled
down to the nearest of those (never up: that would only pretend to more bandwidth).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from math import gcd
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

from studio.errors import InvalidInputError
from studio.providers.tencent.vrs import SAMPLE_RATES

MIN_S, MAX_S = 5.0, 15.0  # "大于5s，小于15s"
MAX_BYTES = 2 * 1024 * 1024  # "文件大小不能超过2MB"


@dataclass(frozen=True)
class PreparedTake:
    wav: bytes
    sample_rate: int
    duration_s: float
    codec: str = "wav"


def _invalid(en: str, zh: str, code: str) -> InvalidInputError:
    return InvalidInputError(en, detail_zh=zh, code=code)


def prepare_take(path: Path) -> PreparedTake:
    if not path.is_file():
        raise _invalid(f"{path.name}: no such file.", f"{path.name}：文件不存在。", "not_found")
    try:
        data, rate = sf.read(str(path), dtype="float32", always_2d=True)
    except (RuntimeError, sf.LibsndfileError, ValueError):
        raise _invalid(f"{path.name} could not be read as audio.", f"无法将 {path.name} 作为音频读取。", "not_audio") from None
    if rate < SAMPLE_RATES[0]:
        raise _invalid(f"The take is recorded at {rate} Hz; Tencent takes 16 kHz or more (24 or 48 kHz recommended).",
                       f"录音采样率为 {rate} Hz；腾讯要求不低于 16 kHz（建议 24 或 48 kHz）。", "sample_rate_low")
    duration = data.shape[0] / rate
    if not MIN_S < duration < MAX_S:
        raise _invalid(f"The take is {duration:.1f} s long; a one-sentence clone needs more than 5 and less than 15 s.",
                       f"录音时长为 {duration:.1f} 秒；一句话复刻要求大于 5 秒且小于 15 秒。",
                       "too_short" if duration <= MIN_S else "longer_than_allowed")
    mono = data.mean(axis=1)
    target = max(r for r in SAMPLE_RATES if r <= rate)
    if target != rate:
        step = gcd(int(rate), target)
        mono = resample_poly(mono, target // step, int(rate) // step).astype(np.float32)
    buf = io.BytesIO()
    sf.write(buf, np.clip(mono, -1.0, 1.0), target, format="WAV", subtype="PCM_16")
    wav = buf.getvalue()
    if len(wav) > MAX_BYTES:  # cannot happen within 15 s at 48 kHz mono 16-bit; kept as the page's rule
        raise _invalid("The take is larger than the 2 MB Tencent takes.", "录音超过腾讯允许的 2 MB。", "file_too_large")
    return PreparedTake(wav, target, duration)
