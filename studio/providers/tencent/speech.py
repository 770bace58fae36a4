"""Speaking with a one-sentence clone: text cut where the TextToVoice page's limit says, one request per
piece (at most ten at once for an account, as "一句话复刻音色：默认10并发" allows), pieces joined in order with
their word timings moved to where they are heard. Page: https://cloud.tencent.com/document/product/441/8217.
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

import numpy as np

from studio.audio.stream_decode import to_mp3_bytes, to_wav_bytes
from studio.cancel import NEVER, CancelToken
from studio.errors import InvalidInputError, VendorRejectedError
from studio.providers.base import SynthesisRequest, SynthesisResult, TimedText
from studio.providers.spec import TextRules
from studio.providers.tencent import tts
from studio.providers.tencent.cloud_api import CloudClient


class Speaker:
    """TextToVoice calls for one account, with its concurrency held client-side."""

    def __init__(self, client: CloudClient, rules: TextRules, provider: str,
                 concurrency: int = tts.CONCURRENCY) -> None:
        self.client = client
        self.rules = rules
        self.provider = provider
        self._slots = threading.BoundedSemaphore(concurrency)

    def speak(self, request: SynthesisRequest, cancel: CancelToken = NEVER) -> SynthesisResult:
        started = time.monotonic()
        if not request.voice:
            raise InvalidInputError("Choose a voice to speak with.", detail_zh="请选择要使用的音色。", provider=self.provider)
        pieces = self.rules.split(request.text)
        if not pieces:
            raise InvalidInputError("There is no text to speak.", detail_zh="没有要合成的文本。", provider=self.provider,
                                    code="empty_text")
        fmt = (request.format or "wav").lower()
        if fmt not in tts.CODECS:
            raise InvalidInputError(f"Tencent Cloud speech synthesis writes {', '.join(tts.CODECS)}, not {fmt!r}.",
                                    detail_zh=f"腾讯云语音合成支持 {'、'.join(tts.CODECS)}，不支持 {fmt!r}。",
                                    provider=self.provider, code="format")
        # several pieces are fetched as PCM and joined here; one piece comes back as asked
        wire = fmt if len(pieces) == 1 else "pcm"
        volume, speed = tts.volume_for(request.volume), tts.speed_for(request.rate)
        speeches: list[tts.Speech] = []
        first: float | None = None
        for piece in pieces:
            cancel.raise_if_cancelled()
            params = tts.text_to_voice_params(piece, uuid.uuid4().hex, request.voice, volume=volume, speed=speed,
                                              language=tts.primary_language(piece, request.language_hints),
                                              sample_rate=request.sample_rate, codec=wire,
                                              subtitles=request.timestamps)
            speeches.append(self._one(params, cancel))
            first = first if first is not None else time.monotonic() - started
        audio, spans, raw = self._join(speeches, wire, fmt, request.sample_rate)
        return SynthesisResult(audio, fmt, request.sample_rate, characters=sum(len(p) for p in pieces),
                               first_audio_s=first, total_s=time.monotonic() - started,
                               request_id=speeches[0].request_id, timestamps=raw, spans=spans)

    def _one(self, params: dict[str, Any], cancel: CancelToken) -> tts.Speech:
        while not self._slots.acquire(timeout=0.2):
            cancel.raise_if_cancelled()
        try:
            return tts.parse_speech(self.client.call("TextToVoice", params, cancel=cancel), self.provider)
        finally:
            self._slots.release()

    def _join(self, speeches: list[tts.Speech], wire: str, fmt: str,
              rate: int) -> tuple[bytes, list[TimedText], list[dict[str, Any]]]:
        if len(speeches) == 1:
            speech = speeches[0]
            return speech.audio, speech.spans(), speech.subtitles
        samples: list[np.ndarray] = []
        spans: list[TimedText] = []
        raw: list[dict[str, Any]] = []
        offset = 0.0
        for speech in speeches:
            if len(speech.audio) % 2:
                raise VendorRejectedError("Tencent Cloud sent PCM audio cut mid-sample.",
                                          detail_zh="腾讯云返回的 PCM 音频不完整。", provider=self.provider,
                                          request_id=speech.request_id or None)
            pcm = np.frombuffer(speech.audio, dtype="<i2").astype(np.float32) / 32768.0
            spans += [TimedText(s.text, s.begin_s + offset, s.end_s + offset) for s in speech.spans()]
            raw += [{**s, "BeginTime": int(s.get("BeginTime") or 0) + round(offset * 1000),
                     "EndTime": int(s.get("EndTime") or 0) + round(offset * 1000)} for s in speech.subtitles]
            samples.append(pcm)
            offset += pcm.size / rate
        joined = np.concatenate(samples) if samples else np.zeros(0, np.float32)
        if fmt == "pcm":
            return (np.clip(joined, -1, 1) * 32767).astype("<i2").tobytes(), spans, raw
        if fmt == "mp3":
            return to_mp3_bytes(joined, rate), spans, raw
        return to_wav_bytes(joined, rate), spans, raw
