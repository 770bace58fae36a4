"""CosyVoice synthesis rules checked before a task starts (text limits as the vendor bills them, SSML,
formats, options per model and voice), the run-task parameters, and word timings as spans.

Sources, beside each rule: "语音合成CosyVoice WebSocket API" (text limits: ≤ 20,000 characters per
continue-task and ≤ 200,000 per task, "汉字按2个字符计算 … 不包含SSML标签内容"; `enable_ssml`: "该参数设为
true 后，仅允许发送一次文本（只允许发送一次continue-task指令）"), "CosyVoice客户端事件" (parameters and
ranges), "SSML标记语言介绍", "实时语音合成CosyVoice Python SDK" and "CosyVoice音色列表" (which models and
voices take SSML, word timestamps, seed and language hints) — see `models.py` and `stock.py`.
"""

from __future__ import annotations

from typing import Any

from studio.providers.base import SynthesisRequest, TimedText
from studio.providers.dashscope.cosyvoice_rules import refuse
from studio.providers.dashscope.models import (
    CLIENT_EVENTS,
    PYTHON_SDK,
    SAMPLE_RATES,
    SSML_PAGE,
    SYNTH_LANGUAGES,
    VOICE_LIST,
    WEBSOCKET,
    ModelInfo,
)
from studio.providers.dashscope.stock import StockVoice
from studio.providers.text import count_han_double, ssml_problem, strip_markup

MAX_CONTINUE_CHARS = 20_000  # billed characters in one continue-task (WEBSOCKET)
MAX_TASK_CHARS = 200_000  # billed characters in one task (WEBSOCKET)
CHUNK_LIMIT = 2_000  # what the studio sends per continue-task: far below the limit, so audio starts soon
OPUS_RATES = (8000, 16000, 24000, 48000)  # the SDK's opus formats
INSTRUCTION_MAX = 128


def billed_chars(text: str, ssml: bool = False) -> int:
    """What DashScope bills: a Chinese character is 2, anything else 1; SSML tags are free, but only when
    the text is sent as SSML — without `enable_ssml` the markup is read, and billed, as text."""
    return count_han_double(strip_markup(text) if ssml else text)


def check_ssml(text: str) -> None:
    """The SSML page: the document is XML with one <speak> root. Refused here when it is not."""
    problem = ssml_problem(text)
    if problem is not None:
        raise refuse(*problem, SSML_PAGE, "bad_ssml")


def check_text(text: str, ssml: bool) -> int:
    """The billed count of `text`, refused when it is empty or over the documented limits."""
    if not text.strip():
        raise refuse("There is no text to speak.", "没有要合成的文本。", WEBSOCKET, "empty_text")
    if ssml:
        check_ssml(text)
    billed = billed_chars(text, ssml)
    if billed > MAX_TASK_CHARS:
        raise refuse(f"The text counts {billed:,} billed characters (a Chinese character counts 2); one synthesis "
                     f"takes at most {MAX_TASK_CHARS:,}.",
                     f"文本计费字符数为 {billed:,}（汉字计 2 个）；一次合成最多 {MAX_TASK_CHARS:,} 个。", WEBSOCKET, "too_long")
    if ssml and billed > MAX_CONTINUE_CHARS:
        raise refuse(f"An SSML document is sent whole, in one message of at most {MAX_CONTINUE_CHARS:,} billed "
                     f"characters; this one counts {billed:,}.",
                     f"SSML 文档须一次性发送，单次最多 {MAX_CONTINUE_CHARS:,} 个计费字符；当前为 {billed:,}。", WEBSOCKET,
                     "too_long")
    return billed


def _range(value: float, lo: float, hi: float, en: str, zh: str) -> None:
    if not lo <= value <= hi:
        raise refuse(f"{en} must be {lo:g}–{hi:g} (got {value:g}).", f"{zh}须在 {lo:g}–{hi:g} 之间（当前为 {value:g}）。",
                     CLIENT_EVENTS, "bad_option")


def _feature(request: SynthesisRequest, info: ModelInfo, stock: StockVoice | None) -> dict[str, Any]:
    """SSML and word timestamps, where the model and the voice have them."""
    extra: dict[str, Any] = {}
    checks = ((request.ssml, "enable_ssml", info.ssml, stock.ssml if stock else True, SSML_PAGE,
               ("SSML", "SSML")),
              (request.timestamps, "word_timestamp_enabled", info.timestamps, stock.timestamps if stock else True,
               PYTHON_SDK, ("word timestamps", "字级时间戳")))
    for wanted, key, by_model, by_voice, doc, (en, zh) in checks:
        if not wanted:
            continue
        if not by_model:
            raise refuse(f"{info.name} has no {en}.", f"{info.name} 不支持{zh}。", doc, "unsupported")
        if not by_voice:
            raise refuse(f"The system voice {request.voice} has no {en}.", f"系统音色 {request.voice} 不支持{zh}。",
                         VOICE_LIST, "unsupported")
        extra[key] = True
    return extra


def synthesis_parameters(request: SynthesisRequest, info: ModelInfo,
                         stock: StockVoice | None = None) -> dict[str, Any]:
    """run-task `parameters` in the SDK's order, each value checked against the documented ranges."""
    fmt = request.format.lower()
    if fmt not in info.formats:
        raise refuse(f"{info.name} speaks {', '.join(info.formats)}, not {request.format!r}.",
                     f"{info.name} 支持的格式：{'、'.join(info.formats)}，不支持 {request.format!r}。", CLIENT_EVENTS, "format")
    rates = OPUS_RATES if fmt == "opus" else SAMPLE_RATES
    if request.sample_rate not in rates:
        raise refuse(f"{request.sample_rate} Hz is not available for {fmt} (use {', '.join(map(str, rates))}).",
                     f"{fmt} 不支持 {request.sample_rate} Hz。", CLIENT_EVENTS, "format")
    _range(request.volume, 0, 100, "Volume", "音量")
    _range(request.rate, 0.5, 2.0, "Rate", "语速")
    _range(request.pitch, 0.5, 2.0, "Pitch", "音调")
    seed = 0 if request.seed is None else request.seed
    _range(seed, 0, 65535, "Seed", "随机种子")
    if seed and not info.seed:
        raise refuse(f"{info.name} takes no seed.", f"{info.name} 不支持随机种子。", PYTHON_SDK, "unsupported")
    params: dict[str, Any] = {"voice": request.voice, "volume": request.volume, "text_type": "PlainText",
                              "sample_rate": request.sample_rate, "rate": request.rate, "format": fmt,
                              "pitch": request.pitch, "seed": seed, "type": 0}
    if fmt == "opus":
        params["bit_rate"] = int(request.extra.get("bit_rate", 32))
    params.update({k: v for k, v in request.extra.items() if k != "bit_rate"})
    params.update(_feature(request, info, stock))
    if request.instruction is not None:
        if len(request.instruction) > INSTRUCTION_MAX:
            raise refuse(f"The instruction is longer than {INSTRUCTION_MAX} characters.",
                         f"指令超过 {INSTRUCTION_MAX} 个字符。", CLIENT_EVENTS, "too_long")
        if stock is not None and not stock.instruct:
            raise refuse(f"The system voice {request.voice} takes no instruction.",
                         f"系统音色 {request.voice} 不支持指令控制。", VOICE_LIST, "unsupported")
        params["instruction"] = request.instruction
    if request.language_hints is not None:
        if not info.synth_language_hints:
            raise refuse(f"{info.name} takes no language hint.", f"{info.name} 不支持 language_hints。", PYTHON_SDK,
                         "unsupported")
        for code in request.language_hints:
            if code not in SYNTH_LANGUAGES:
                raise refuse(f"{code!r} is not a language CosyVoice synthesis takes ({', '.join(SYNTH_LANGUAGES)}).",
                             f"CosyVoice 合成不支持语言 {code!r}。", PYTHON_SDK, "language")
        params["language_hints"] = list(request.language_hints)
    return params


def spans_from(sentences: list[dict[str, Any]], starts: dict[int, float] | None = None) -> list[TimedText]:
    """Word spans in seconds from the sentence-end outputs. The pages show a sentence's word times from
    0 without saying whether later sentences restart at 0; a sentence whose first word starts before the
    previous one ended is read as counted from its own start and moved to it (`starts`: seconds of audio
    received before each sentence began, where the format allows counting them)."""
    spans: list[TimedText] = []
    previous_end = 0.0
    ordered = sorted(sentences, key=lambda s: int((s.get("sentence") or {}).get("index") or 0))
    for output in ordered:
        sentence = output.get("sentence") or {}
        words = [w for w in sentence.get("words") or [] if isinstance(w, dict) and "begin_time" in w]
        if not words:
            continue
        shift = 0.0
        if spans and float(words[0]["begin_time"]) / 1000 < previous_end - 0.05:
            shift = (starts or {}).get(int(sentence.get("index") or 0), previous_end)
        for word in words:
            begin = float(word["begin_time"]) / 1000 + shift
            end = max(begin, float(word.get("end_time") or word["begin_time"]) / 1000 + shift)
            spans.append(TimedText(str(word.get("text", "")), round(begin, 3), round(end, 3)))
        previous_end = spans[-1].end_s
    return spans


__all__ = ["CHUNK_LIMIT", "MAX_CONTINUE_CHARS", "MAX_TASK_CHARS", "billed_chars", "check_ssml", "check_text",
           "spans_from", "synthesis_parameters"]
