"""CosyVoice duplex synthesis on the inference WebSocket (spec §2.2–2.3), registered with `tts_ws`.

Text arrives by continue-task; each complete sentence is synthesized at once (real speech, see
`audio.synthesize_speech`) and streamed as `sentence-begin`, then one `sentence-synthesis` event
before every binary frame, then `sentence-end` with cumulative `usage.characters` (and the words'
times when `word_timestamp_enabled` asks for them and the model and voice have them).

Rules from the pages, per model (`state.MODELS`) and voice (`state.STOCK`):
* "语音合成CosyVoice WebSocket API": ≤ 20,000 characters per continue-task and ≤ 200,000 per task,
  counted as billed (a Chinese character is 2); SSML tags are not counted — when the text is sent as
  SSML. With `enable_ssml: true` "仅允许发送一次文本（只允许发送一次continue-task指令）", and a document
  that starts with <speak> must be well-formed XML; plain text with `enable_ssml` (what the SDK's
  `call()` sends) is read as text.
* "SSML标记语言介绍": SSML only on v2, v3 and v3.5 models and the system voices marked for it.
* "CosyVoice客户端事件": "cosyvoice-v1不支持opus格式"; a model outside this region's list is refused
  ("实时语音合成-CosyVoice": Singapore serves v3-plus and v3-flash only).
"""

from __future__ import annotations

import asyncio
import re
import uuid
import xml.etree.ElementTree as ET
from typing import Any

from .audio import FORMATS, SAMPLE_RATES, UnsupportedFormat, make_encoder, synthesize_speech
from .state import MODELS, STOCK, STOCK_VOICES
from .tts_ws import (
    MAX_CHUNK_CHARS,
    MAX_TOTAL_CHARS,
    ConnectionDropped,
    TaskHandler,
    WsSession,
    count_characters,
    model_of,
    register_task_handler,
    split_sentences,
    streaming_of,
)


class CosyVoiceTask(TaskHandler):
    """Duplex CosyVoice synthesis: text in by continue-task, audio out per sentence as it is ready."""

    def __init__(self, session: WsSession, task_id: str, run_msg: dict[str, Any]) -> None:
        super().__init__(session, task_id, run_msg)
        self.params: dict[str, Any] = dict(run_msg["payload"].get("parameters") or {})
        self.buffer = ""
        self.total_chars = 0
        self.characters = 0
        self.sentence_index = 0
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.worker: asyncio.Task[None] | None = None
        self.finishing = False
        self.ssml = bool(self.params.get("enable_ssml"))
        self.texts_received = 0
        self.samples_sent = 0  # audio before the sentence now being spoken (word times count from 0)
        self.model = model_of(run_msg)

    @property
    def awaiting_input(self) -> bool:
        return not self.finishing

    def _check_voice(self, model: str) -> str | None:
        voice = self.params.get("voice")
        if not isinstance(voice, str) or not voice:
            return "voice is required."
        if model in MODELS and self.session.state.region not in MODELS[model].regions:
            return f"Model {model} is not available in this region."
        if voice in STOCK_VOICES:
            return None if model in STOCK_VOICES[voice] else "[tts:]Engine return error code: 418"
        state = self.session.state
        with state.lock:
            cloned = state.voices.get(voice)
        if cloned is None or cloned.account != self.session.account or cloned.target_model != model:
            return "[tts:]Engine return error code: 418"
        if cloned.status() != "OK":
            return f"voice {voice} is not ready (status {cloned.status()})."
        return None

    def _setup(self) -> str | None:
        p = self.params
        fmt = str(p.get("format") or "Default")
        self.format = "mp3" if fmt == "Default" else fmt.lower()
        self.rate = int(p.get("sample_rate") or 0) or 22050
        if self.format not in FORMATS or (self.format == "opus" and MODELS.get(self.model, MODELS["cosyvoice-v2"]).v1):
            return f"format {fmt} is not supported."
        if self.rate not in SAMPLE_RATES:
            return f"sample_rate {self.rate} is not supported."
        checks = (("volume", 0, 100, 50), ("rate", 0.5, 2.0, 1.0), ("pitch", 0.5, 2.0, 1.0))
        for name, lo, hi, default in checks:
            value = p.get(name, default)
            if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
                return f"{name} must be within [{lo}, {hi}]."
        instruction = p.get("instruction")
        if instruction is not None and (not isinstance(instruction, str) or len(instruction) > 128):
            return "instruction must be a string of at most 128 characters."
        try:
            bit_rate = p.get("bit_rate") if self.format == "opus" else None
            self.encoder = make_encoder(self.format, self.rate, int(bit_rate) if bit_rate else None)
        except UnsupportedFormat as exc:
            return str(exc)
        return None

    async def start(self) -> None:
        model = model_of(self.run_msg)
        problem = self._check_voice(model) or self._setup()
        if problem:
            await self.session.fail(self.task_id, "InvalidParameter", problem)
            return
        if self.session.state.start_delay:
            await asyncio.sleep(self.session.state.start_delay)
        await self.session.event(self.task_id, "task-started", {})
        self.worker = asyncio.create_task(self._work())
        text = (self.run_msg["payload"].get("input") or {}).get("text")
        if isinstance(text, str) and text:  # old SDKs may put text in run-task
            await self._add_text(text)

    def _ssml_problem(self, text: str) -> str | None:
        model = MODELS.get(self.model)
        stock = STOCK.get(str(self.params.get("voice")))
        if (model is not None and model.v1) or (stock is not None and not stock.ssml):
            return "SSML is not supported by this model or voice."
        try:
            root = ET.fromstring(text.strip())
        except ET.ParseError:
            return "SSML text is not well-formed."
        return None if root.tag == "speak" else "SSML text must be one <speak> element."

    async def _add_text(self, text: str) -> None:
        if self.ssml:
            self.texts_received += 1
            if self.texts_received > 1:
                await self.session.fail(self.task_id, "InvalidParameter",
                                        "enable_ssml allows the text to be sent once (one continue-task).")
                return
            if text.lstrip().startswith("<speak"):
                problem = self._ssml_problem(text)
                if problem:
                    await self.session.fail(self.task_id, "InvalidParameter", problem)
                    return
                text = re.sub(r"<[^>]*>", "", text)
        billed = count_characters(text)
        if billed > MAX_CHUNK_CHARS or self.total_chars + billed > MAX_TOTAL_CHARS:
            await self.session.fail(self.task_id, "InvalidParameter", "text is too long.")
            return
        self.total_chars += billed
        done, self.buffer = split_sentences(self.buffer + text)
        for sentence in done:
            self.queue.put_nowait(sentence)

    async def on_continue(self, msg: dict[str, Any]) -> None:
        inp = (msg.get("payload") or {}).get("input")
        if not isinstance(inp, dict):
            await self.session.fail(self.task_id, "InvalidParameter", "task can not be null")
            return
        if isinstance(inp.get("text"), str):
            await self._add_text(inp["text"])
        if inp.get("flush") and self.buffer.strip():
            self.queue.put_nowait(self.buffer)
            self.buffer = ""

    async def on_finish(self, msg: dict[str, Any]) -> None:
        inp = (msg.get("payload") or {}).get("input") or {}
        if inp.get("directive") == "cancel":
            self.abort()
            await self._finished()
            return
        self.finishing = True
        if self.buffer.strip():
            self.queue.put_nowait(self.buffer)
        self.buffer = ""
        self.queue.put_nowait(None)

    async def _finished(self) -> None:
        self.session.task = None
        await self.session.event(self.task_id, "task-finished", {"usage": {"characters": self.characters}},
                                 {"request_uuid": str(uuid.uuid4())})

    def abort(self) -> None:
        if self.worker is not None and not self.worker.done():
            self.worker.cancel()

    async def _work(self) -> None:
        try:
            while (sentence := await self.queue.get()) is not None:
                await self._speak(sentence)
            tail = self.encoder.flush()
            if tail:
                await self._audio(self.sentence_index - 1, tail)
            await self._finished()
        except (ConnectionDropped, ConnectionResetError):
            pass

    async def _audio(self, index: int, data: bytes) -> None:
        words: list[dict[str, Any]] = []
        out = {"sentence": {"index": max(index, 0), "words": words}, "type": "sentence-synthesis"}
        await self.session.event(self.task_id, "result-generated", {"output": out})
        await self.session.send_bytes(data)
        if self.session.state.frame_interval:
            await asyncio.sleep(self.session.state.frame_interval)

    async def _speak(self, sentence: str) -> None:
        index, self.sentence_index = self.sentence_index, self.sentence_index + 1
        begin = {"sentence": {"index": index, "words": []}, "type": "sentence-begin", "original_text": sentence}
        await self.session.event(self.task_id, "result-generated", {"output": begin})
        p = self.params
        hints = p.get("language_hints")
        pcm = await asyncio.get_running_loop().run_in_executor(None, lambda: synthesize_speech(
            sentence, voice=str(p.get("voice")), sample_rate=self.rate, rate=float(p.get("rate", 1.0)),
            pitch=float(p.get("pitch", 1.0)), volume=int(p.get("volume", 50)),
            language=hints[0] if isinstance(hints, list) and hints else None))
        step = max(1, self.rate * self.session.state.frame_ms // 1000)
        for at in range(0, len(pcm), step):
            data = self.encoder.encode(pcm[at:at + step])
            if data:
                await self._audio(index, data)
        self.characters += count_characters(sentence)
        end: dict[str, Any] = {"sentence": {"index": index, "words": self._words(sentence, len(pcm))},
                               "type": "sentence-end", "original_text": sentence}
        self.samples_sent += len(pcm)
        await self.session.event(self.task_id, "result-generated",
                                 {"output": end, "usage": {"characters": self.characters}})

    def _words(self, sentence: str, samples: int) -> list[dict[str, Any]]:
        """Each Chinese character and each run of letters or digits, timed in proportion to its place."""
        model = MODELS.get(self.model)
        stock = STOCK.get(str(self.params.get("voice")))
        if (not self.params.get("word_timestamp_enabled") or not sentence.strip() or (model is not None and model.v1)
                or (stock is not None and not stock.timestamps)):
            return []
        start_ms = 0 if self.session.state.word_times_per_sentence else self.samples_sent * 1000 // self.rate
        per = samples * 1000 / self.rate / max(1, len(sentence))
        return [{"text": m.group(), "begin_index": m.start(), "end_index": m.end(),
                 "begin_time": start_ms + int(m.start() * per), "end_time": start_ms + int(m.end() * per)}
                for m in _WORDS.finditer(sentence)]


_WORDS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\W_]+")


register_task_handler(
    "cosyvoice",
    lambda msg: model_of(msg).startswith("cosyvoice") and streaming_of(msg) in ("duplex", ""),
    CosyVoiceTask,
)
