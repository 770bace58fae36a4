"""语音合成 TextToVoice (tts 2019-08-23) on loopback, speaking with the emulator's clones.

Rules from "基础语音合成" https://cloud.tencent.com/document/product/441/8217 (and the SDK's
`tts/v20190823/models.py` for types):
- Text required: "中文最大支持150个汉字（全角标点符号算一个汉字）；英文最大支持500个字母（半角标点符号算一个字母）" — read
  literally here: a text with any Chinese character in it is held to 150 characters, a text without to 500
  (InvalidParameterValue.TextTooLong); empty → InvalidParameterValue.TextEmpty;
- SessionId required and returned as is; Volume [-10, 10]; Speed [-2, 6] (−2 = 0.6×, 0 = 1×, 2 = 1.5×,
  6 = 2.5×); VoiceType 200000000 with the FastVoiceType of a one-sentence clone; PrimaryLanguage 1, 2;
  SampleRate 8000, 16000, 24000; Codec wav, mp3, pcm; EnableSubtitle → Subtitles {Text, BeginTime,
  EndTime (ms), BeginIndex, EndIndex, Phoneme}; SegmentRate 0–2; EmotionIntensity 50–200;
- "一句话复刻音色：默认10并发": an 11th concurrent request with a clone is refused (LimitExceeded.AccessLimit,
  "请求超过限制频率", from the TTS error codes).
"""

from __future__ import annotations

import asyncio
import base64
import threading
import unicodedata
from typing import Any

import numpy as np

from .audio import encode, speak
from .vrs import FAST, VrsState
from .wire import Rejection, check_fields

SPEED_POINTS = ((-2.0, 0.6), (-1.0, 0.8), (0.0, 1.0), (1.0, 1.2), (2.0, 1.5), (6.0, 2.5))
FIELDS = {"Text": ("str", True), "SessionId": ("str", True), "Volume": ("float", False), "Speed": ("float", False),
          "ProjectId": ("int", False), "ModelType": ("int", False), "VoiceType": ("int", False),
          "FastVoiceType": ("str", False), "PrimaryLanguage": ("int", False), "SampleRate": ("int", False),
          "Codec": ("str", False), "EnableSubtitle": ("bool", False), "SegmentRate": ("int", False),
          "EmotionCategory": ("str", False), "EmotionIntensity": ("int", False)}


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def words_of(text: str) -> list[tuple[str, int, int]]:
    """(word, begin index, end index): a Chinese character each, or a run of letters/digits."""
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if _wide(ch) and ch.isalnum():
            out.append((ch, i, i))
            i += 1
        elif ch.isascii() and ch.isalnum():
            j = i
            while j + 1 < len(text) and text[j + 1].isascii() and text[j + 1].isalnum():
                j += 1
            out.append((text[i:j + 1], i, j))
            i = j + 1
        else:
            i += 1
    return out


class TtsState:
    def __init__(self, vrs: VrsState, *, concurrency: int = 10, delay_s: float = 0.02) -> None:
        self.vrs = vrs
        self.concurrency, self.delay_s = concurrency, delay_s
        self.in_flight: dict[str, int] = {}
        self.peak_in_flight = 0
        self._lock = threading.Lock()

    async def text_to_voice(self, owner: str, p: dict[str, Any]) -> dict[str, Any]:
        check_fields(p, FIELDS)
        text = p["Text"]
        if not text.strip():
            raise Rejection("InvalidParameterValue.TextEmpty", "Text为空。")
        limit = 150 if any(_wide(ch) for ch in text) else 500
        if len(text) > limit:
            raise Rejection("InvalidParameterValue.TextTooLong", "合成文本字符过长。")
        if not p["SessionId"]:
            raise Rejection("InvalidParameterValue.SessionId", "SessionId非法。")
        volume, speed = p.get("Volume", 0), p.get("Speed", 0)
        if not -10 <= volume <= 10:
            raise Rejection("InvalidParameterValue.Volume", "Volume非法，请参考Volume参数说明。")
        if not -2 <= speed <= 6:
            raise Rejection("InvalidParameterValue.Speed", "Speed非法，请参考Speed参数说明。")
        rate, codec = p.get("SampleRate", 16000), p.get("Codec", "wav")
        if rate not in (8000, 16000, 24000):
            raise Rejection("InvalidParameterValue.SampleRate", "SampleRate非法，请参考SampleRate参数说明。")
        if codec not in ("wav", "mp3", "pcm"):
            raise Rejection("InvalidParameterValue.Codec", "Codec非法，请参考Codec参数说明。")
        if p.get("PrimaryLanguage", 1) not in (1, 2):
            raise Rejection("InvalidParameterValue.PrimaryLanguage", "PrimaryLanguage非法。")
        if p.get("SegmentRate", 0) not in (0, 1, 2) or not 50 <= p.get("EmotionIntensity", 100) <= 200:
            raise Rejection("InvalidParameterValue", "SegmentRate must be 0–2, EmotionIntensity 50–200.")
        voice = self._voice(owner, p)
        if voice is None:
            return await self._speak(p, str(p.get("VoiceType", 0)), text, rate, codec, volume, speed)
        with self._lock:  # the clone's concurrency, per account
            if self.in_flight.get(owner, 0) >= self.concurrency:
                raise Rejection("LimitExceeded.AccessLimit", "请求超过限制频率。")
            self.in_flight[owner] = self.in_flight.get(owner, 0) + 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight[owner])
        try:
            await asyncio.sleep(self.delay_s)
            return await self._speak(p, voice, text, rate, codec, volume, speed)
        finally:
            with self._lock:
                self.in_flight[owner] -= 1

    def _voice(self, owner: str, p: dict[str, Any]) -> str | None:
        voice_type, fast = p.get("VoiceType", 0), p.get("FastVoiceType")
        if voice_type == FAST:
            if not fast or self.vrs.voice_of(owner, fast) is None:
                raise Rejection("InvalidParameterValue.VoiceType", "VoiceType非法：no deployed one-sentence clone "
                                "with this FastVoiceType (unknown, not ready or expired).")
            return str(fast)
        if fast:
            raise Rejection("InvalidParameterValue.VoiceType", "FastVoiceType needs VoiceType 200000000.")
        return None  # a stock voice: spoken in a stock pitch

    async def _speak(self, p: dict[str, Any], voice: str, text: str, rate: int, codec: str, volume: float,
                     speed: float) -> dict[str, Any]:
        factor = float(np.interp(speed, [s for s, _ in SPEED_POINTS], [x for _, x in SPEED_POINTS]))
        samples = await asyncio.get_running_loop().run_in_executor(
            None, lambda: speak(text, voice, rate, factor, gain_db=volume * 0.6))
        out: dict[str, Any] = {"Audio": base64.b64encode(encode(samples, rate, codec)).decode("ascii"),
                               "SessionId": p["SessionId"]}
        if p.get("EnableSubtitle"):
            out["Subtitles"] = self._subtitles(text, samples.size / rate)
        return out

    @staticmethod
    def _subtitles(text: str, seconds: float) -> list[dict[str, Any]]:
        words = words_of(text)
        weights = [len(w) if w.isascii() else 1.0 for w, _, _ in words]
        total = sum(weights) or 1.0
        out, t = [], 0.0
        for (word, begin, end), weight in zip(words, weights, strict=True):
            span = seconds * weight / total
            out.append({"Text": word, "BeginTime": round(t * 1000), "EndTime": round((t + span) * 1000),
                        "BeginIndex": begin, "EndIndex": end, "Phoneme": None})
            t += span
        return out
