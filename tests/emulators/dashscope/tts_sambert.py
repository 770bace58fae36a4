"""Sambert synthesis on the inference WebSocket (spec §3), registered with `tts_ws`.

`streaming: "out"`: the whole text comes in run-task and nothing else is expected from the client: the
protocol has no continue-task or finish-task (the SDK's `websocket_request.py` sends run-task alone in
this mode; "语音合成Sambert WebSocket API", https://help.aliyun.com/zh/model-studio/sambert-websocket-api),
so either one fails the task; a client stops a task by closing the connection. The text is synthesized up front (real
speech, `audio.synthesize_speech`), so a WAV answer carries its true sizes; then, per sentence, the
audio goes out in `frame_ms` frames, each followed by a result-generated whose `output.sentence`
grows (same `begin_time`, later `end_time`: the SDK keeps the latest), and the stream ends with
task-finished `{"output": null, "usage": {"characters": N}}` — the shape the SDK needs (spec §3).
Word (and phoneme) timestamps appear only when asked for. Models: the documented stock voices at
their native rates, and fine-tuned models that reached SUCCEEDED on the caller's account.
"""

from __future__ import annotations

import asyncio
import re
import struct
from typing import Any

import numpy as np

from . import tts_ws
from .audio import synthesize_speech
from .finetunes import succeeded_model
from .tts_ws import ConnectionDropped, TaskHandler, WsSession, model_of, register_task_handler, streaming_of

MAX_CHARS = 10_000
SAMPLE_RATES = (8000, 16000, 22050, 24000, 48000)
RATE_48K = ("zhichu", "zhinan", "zhiqi", "zhide", "zhijia", "zhiru", "zhiqian", "zhixiang", "zhiwei")
RATE_16K = ("zhihao", "zhijing", "zhiming", "zhimo", "zhina", "zhishu", "zhistella", "zhiting", "zhixiao",
            "zhiya", "zhiye", "zhiying", "zhiyuan", "zhiyue", "zhigui", "zhishuo", "zhimiao-emo", "zhimao",
            "zhilun", "zhifei", "zhida", "camila", "perla", "indah", "clara", "hanna", "beth", "betty", "cally",
            "cindy", "eva", "donna", "brian", "waan")
STOCK_MODELS: dict[str, int] = {**{f"sambert-{v}-v1": 48000 for v in RATE_48K},
                                **{f"sambert-{v}-v1": 16000 for v in RATE_16K}}
TRAINED_RATE = 16000  # a fine-tuned model's default rate when none is asked for
_SENTENCES = re.compile(r"(?<=[。！？!?；;\n])|(?<=[.])(?=\s)")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _wav_header(rate: int, samples: int) -> bytes:
    data = samples * 2
    return (b"RIFF" + struct.pack("<I", 36 + data) + b"WAVEfmt "
            + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data" + struct.pack("<I", data))


def _tokens(sentence: str) -> list[str]:
    """Words for timestamps: each Chinese character, each run of other letters/digits."""
    return re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\W_]+", sentence)


class SambertTask(TaskHandler):
    def __init__(self, session: WsSession, task_id: str, run_msg: dict[str, Any]) -> None:
        super().__init__(session, task_id, run_msg)
        payload = run_msg["payload"]
        self.params: dict[str, Any] = dict(payload.get("parameters") or {})
        inp = payload.get("input")
        self.text = inp.get("text") if isinstance(inp, dict) else None
        self.worker: asyncio.Task[None] | None = None

    @property
    def awaiting_input(self) -> bool:
        return False  # the text came with run-task; the idle timeout does not apply

    def _problem(self) -> str | None:
        model = model_of(self.run_msg)
        if model in STOCK_MODELS:
            self.native = STOCK_MODELS[model]
        elif succeeded_model(self.session.state, self.session.account, model) is not None:
            self.native = TRAINED_RATE
        else:
            return f"Model not found ({model})."
        if not isinstance(self.text, str) or not self.text.strip():
            return "Required parameter(text) missing or invalid."
        if len(self.text) > MAX_CHARS:
            return f"text is longer than {MAX_CHARS} characters."
        p = self.params
        self.format = str(p.get("format", "wav")).lower()
        if self.format not in ("pcm", "wav", "mp3"):
            return f"format {p.get('format')} is not supported."
        self.rate = int(p.get("sample_rate") or self.native)
        if self.rate not in SAMPLE_RATES:
            return f"sample_rate {self.rate} is not supported."
        for name, lo, hi in (("volume", 0, 100), ("rate", 0.5, 2.0), ("pitch", 0.5, 2.0)):
            value = p.get(name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)
                                      or not lo <= value <= hi):
                return f"{name} must be within [{lo}, {hi}]."
        if p.get("text_type", "PlainText") not in ("PlainText", "SSML"):
            return "text_type must be PlainText or SSML."
        return None

    async def start(self) -> None:
        problem = self._problem()
        if problem:
            code = "ModelNotFound" if problem.startswith("Model not found") else "InvalidParameter"
            await self.session.fail(self.task_id, code, problem)
            return
        await self.session.event(self.task_id, "task-started", {})
        self.worker = asyncio.create_task(self._work())

    async def on_finish(self, msg: dict[str, Any]) -> None:
        await self.session.fail(self.task_id, "InvalidParameter",
                                "finish-task is not supported when streaming is out.")

    def abort(self) -> None:
        if self.worker is not None and not self.worker.done():
            self.worker.cancel()

    async def _finished(self) -> None:
        self.session.task = None
        await self.session.event(self.task_id, "task-finished", {"output": None, "usage": {"characters": self.chars}})

    @property
    def chars(self) -> int:
        # Sambert bills one character per Chinese character (SDK docstring), SSML tags excluded.
        return len(re.sub(r"<[^>]*>", "", self.text or "")) if self.params.get("text_type") == "SSML" \
            else len(self.text or "")

    def _render(self) -> list[tuple[str, np.ndarray]]:
        p, text = self.params, str(self.text)
        if p.get("text_type") == "SSML":
            text = re.sub(r"<[^>]*>", "", text)
        out = []
        for sentence in (s for s in _SENTENCES.split(text) if s.strip()):
            pcm = synthesize_speech(sentence, voice=model_of(self.run_msg), sample_rate=self.rate,
                                    rate=float(p.get("rate", 1.0)), pitch=float(p.get("pitch", 1.0)),
                                    volume=int(p.get("volume", 50)), language="zh" if _CJK.search(sentence) else "en")
            out.append((sentence, pcm))
        return out

    def _sentence(self, text: str, begin: int, end: int, full_end: int) -> dict[str, Any]:
        sentence: dict[str, Any] = {"begin_time": begin, "end_time": end, "words": []}
        if not self.params.get("word_timestamp_enabled"):
            return sentence
        tokens = _tokens(text)
        per = (full_end - begin) / max(1, len(tokens))
        for i, token in enumerate(tokens):
            w0, w1 = begin + int(i * per), begin + int((i + 1) * per)
            if w1 > end:
                break
            word: dict[str, Any] = {"text": token, "begin_time": w0, "end_time": w1}
            if self.params.get("phoneme_timestamp_enabled"):
                mid = (w0 + w1) // 2
                word["phonemes"] = [{"begin_time": w0, "end_time": mid, "text": f"{token}_c", "tone": 0},
                                    {"begin_time": mid, "end_time": w1, "text": f"{token}_v", "tone": 1 + i % 4}]
            sentence["words"].append(word)
        return sentence

    async def _work(self) -> None:
        state = self.session.state
        try:
            rendered = await asyncio.get_running_loop().run_in_executor(None, self._render)
            total = sum(len(pcm) for _, pcm in rendered)
            head = _wav_header(self.rate, total) if self.format == "wav" else b""
            encoder = None
            if self.format == "mp3":
                import lameenc

                encoder = lameenc.Encoder()
                encoder.set_in_sample_rate(self.rate)
                encoder.set_channels(1)
                encoder.set_bit_rate(64 if self.rate <= 24000 else 128)
            step = max(1, self.rate * state.frame_ms // 1000)
            at = 0
            for text, pcm in rendered:
                begin = at * 1000 // self.rate
                full_end = (at + len(pcm)) * 1000 // self.rate
                for i in range(0, len(pcm), step):
                    chunk = pcm[i:i + step]
                    data = bytes(encoder.encode(chunk.astype("<i2").tobytes())) if encoder \
                        else chunk.astype("<i2").tobytes()
                    data, head = head + data, b""
                    if data:
                        await self.session.send_bytes(data)
                    at += len(chunk)
                    end = at * 1000 // self.rate
                    await self.session.event(self.task_id, "result-generated",
                                             {"output": {"sentence": self._sentence(text, begin, end, full_end)},
                                              "usage": None})
                    if state.frame_interval:
                        await asyncio.sleep(state.frame_interval)
            tail = head + (bytes(encoder.flush()) if encoder else b"")
            if tail:
                await self.session.send_bytes(tail)
            await self._finished()
        except (ConnectionDropped, ConnectionResetError):
            pass


def _matches(msg: dict[str, Any]) -> bool:
    if not (model_of(msg).startswith("sambert") and streaming_of(msg) == "out"):
        return False
    # The dispatcher takes the first match; a handler a test plugs in later must still win over this one.
    names = [name for name, _, _ in tts_ws._HANDLERS]
    later = tts_ws._HANDLERS[names.index("sambert") + 1:] if "sambert" in names else []
    return not any(matches(msg) for _, matches, _ in later)


register_task_handler("sambert", _matches, SambertTask)

__all__ = ["MAX_CHARS", "STOCK_MODELS", "TRAINED_RATE", "SambertTask"]
