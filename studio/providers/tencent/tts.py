"""语音合成 TextToVoice (Cloud API 3.0, `tts`, version 2019-08-23) with a one-sentence clone's voice.

Page: "基础语音合成" https://cloud.tencent.com/document/product/441/8217 (API centre:
https://cloud.tencent.com/document/api/1073/37995), and the official SDK's
`tencentcloud/tts/v20190823/models.py` for field names, types and their order:

- Text: "中文最大支持150个汉字（全角标点符号算一个汉字）；英文最大支持500个字母（半角标点符号算一个字母）";
- VoiceType "若使用一句话版声音复刻，请填入固定值200000000" and FastVoiceType the clone's id;
- Volume [-10, 10] (0 normal); Speed [-2, 6]: −2 = 0.6×, −1 = 0.8×, 0 = 1.0×, 1 = 1.2×, 2 = 1.5×, 6 = 2.5×,
  two decimals allowed; PrimaryLanguage 1 Chinese, 2 English; SampleRate 24000 (some voices), 16000
  (default), 8000; Codec wav (default), mp3, pcm; EnableSubtitle → Subtitles [{Text, BeginTime, EndTime
  (ms), BeginIndex, EndIndex, Phoneme}];
- "一句话复刻音色：默认10并发" (concurrency) and 20 requests/s.
"""

from __future__ import annotations

import base64
import binascii
import itertools
from dataclasses import dataclass, field
from typing import Any

from studio.errors import InvalidInputError, VendorRejectedError
from studio.providers.base import TimedText
from studio.providers.tencent.cloud_api import Answer, Service
from studio.providers.tencent.counting import is_wide
from studio.providers.tencent.vrs import FAST_VOICE_TYPE

SERVICE = Service("tts", "2019-08-23", "tts.tencentcloudapi.com")
CONCURRENCY = 10  # "一句话复刻音色：默认10并发"
RATE = 20.0  # requests per second
SAMPLE_RATES = (8000, 16000, 24000)
CODECS = ("wav", "mp3", "pcm")
SPEED_POINTS = ((0.6, -2.0), (0.8, -1.0), (1.0, 0.0), (1.2, 1.0), (1.5, 2.0), (2.5, 6.0))  # (×, Speed)
LANGUAGES = {"zh": 1, "en": 2}


def speed_for(rate: float) -> float:
    """The Speed value for a rate multiplier, between the page's points, to two decimals."""
    lo, hi = SPEED_POINTS[0][0], SPEED_POINTS[-1][0]
    if not lo <= rate <= hi:
        raise InvalidInputError(f"Speech rate must be between {lo:g}× and {hi:g}× (got {rate:g}×).",
                                detail_zh=f"语速须在 {lo:g} 到 {hi:g} 倍之间（当前为 {rate:g} 倍）。", code="bad_option")
    for (x0, y0), (x1, y1) in itertools.pairwise(SPEED_POINTS):
        if rate <= x1:
            return round(y0 + (rate - x0) * (y1 - y0) / (x1 - x0), 2)
    return SPEED_POINTS[-1][1]


def volume_for(volume: int) -> float:
    """The studio's 0–100 (50 normal) as the page's −10…10 (0 normal)."""
    if not 0 <= volume <= 100:
        raise InvalidInputError(f"Volume must be between 0 and 100 (got {volume}).",
                                detail_zh=f"音量须在 0 到 100 之间（当前为 {volume}）。", code="bad_option")
    return round((volume - 50) / 5.0, 2)


def primary_language(text: str, hints: list[str] | None = None) -> int:
    """PrimaryLanguage: the caller's hint, else English for text with letters and no wide characters."""
    for hint in hints or []:
        if hint in LANGUAGES:
            return LANGUAGES[hint]
    has_latin = any(ch.isascii() and ch.isalpha() for ch in text)
    return LANGUAGES["en"] if has_latin and not any(is_wide(ch) for ch in text) else LANGUAGES["zh"]


def voice_params(voice: str) -> dict[str, Any]:
    return {"VoiceType": FAST_VOICE_TYPE, "FastVoiceType": voice}


def text_to_voice_params(text: str, session_id: str, voice: str, *, volume: float, speed: float,
                         language: int, sample_rate: int, codec: str, subtitles: bool) -> dict[str, Any]:
    if sample_rate not in SAMPLE_RATES:
        raise InvalidInputError(f"Tencent Cloud speech synthesis takes sample rates {', '.join(map(str, SAMPLE_RATES))} "
                                f"Hz (got {sample_rate}).",
                                detail_zh=f"腾讯云语音合成支持的采样率为 {'、'.join(map(str, SAMPLE_RATES))} Hz（当前为 {sample_rate}）。",
                                code="bad_option")
    if codec not in CODECS:
        raise InvalidInputError(f"Tencent Cloud speech synthesis writes {', '.join(CODECS)}, not {codec!r}.",
                                detail_zh=f"腾讯云语音合成支持 {'、'.join(CODECS)}，不支持 {codec!r}。", code="format")
    params: dict[str, Any] = {"Text": text, "SessionId": session_id, "Volume": volume, "Speed": speed}
    params.update(voice_params(voice))
    params.update({"PrimaryLanguage": language, "SampleRate": sample_rate, "Codec": codec})
    if subtitles:
        params["EnableSubtitle"] = True
    return params


@dataclass
class Speech:
    audio: bytes
    session_id: str
    subtitles: list[dict[str, Any]] = field(default_factory=list)
    request_id: str = ""

    def spans(self) -> list[TimedText]:
        out = []
        for item in self.subtitles:
            try:
                out.append(TimedText(str(item.get("Text") or ""), int(item["BeginTime"]) / 1000.0,
                                     int(item["EndTime"]) / 1000.0))
            except (KeyError, TypeError, ValueError):
                continue
        return out


def parse_speech(answer: Answer, provider: str) -> Speech:
    try:
        audio = base64.b64decode(str(answer.response.get("Audio") or ""), validate=True)
    except (binascii.Error, ValueError):
        audio = b""
    if not audio:
        raise VendorRejectedError("Tencent Cloud answered without audio.", detail_zh="腾讯云的应答中没有音频。",
                                  provider=provider, request_id=answer.request_id or None)
    subtitles = [s for s in (answer.response.get("Subtitles") or []) if isinstance(s, dict)]
    return Speech(audio, str(answer.response.get("SessionId") or ""), subtitles, answer.request_id)
