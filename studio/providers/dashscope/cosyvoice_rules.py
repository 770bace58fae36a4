"""CosyVoice rules checked before anything is sent: prefixes, sample files and URLs, synthesis
parameters; plus voice-id parsing and the documented system voices.

Sources: spec §1.1 (prefix, url, target models), §2.2 (parameters and ranges), §7 (sample limits),
the clone page (`dashscope-cosyvoice-voice-enrollment.zh.txt`: WAV 16-bit/MP3/M4A, ≤ 10 MB, ≥ 16 kHz).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from studio.errors import InvalidInputError
from studio.providers.base import RemoteVoice, SynthesisRequest, VoiceStatus

PROVIDER = "cosyvoice"
TARGET_MODELS = ("cosyvoice-v3.5-plus", "cosyvoice-v3.5-flash", "cosyvoice-v3-plus", "cosyvoice-v3-flash",
                 "cosyvoice-v2", "cosyvoice-v1")
MAX_SAMPLE_BYTES = 10 * 1024 * 1024
SAMPLE_SUFFIXES = (".wav", ".mp3", ".m4a")
PREFIX_MAX = 10
_PREFIX_DOC = re.compile(r"^[A-Za-z0-9_]+$")  # newer zh doc: digits, letters, underscore
_PREFIX_SDK = re.compile(r"^[a-z0-9]+$")  # SDK docstring: digits and lowercase letters
FORMATS = ("pcm", "wav", "mp3", "opus")
SAMPLE_RATES = (8000, 16000, 22050, 24000, 44100, 48000)
OPUS_RATES = (8000, 16000, 24000, 48000)

# (voice, model, display name) — system voices named in the SDK and the vendor pages.
STOCK_VOICES: tuple[tuple[str, str, str], ...] = (
    ("longxiaochun_v2", "cosyvoice-v2", "龙小淳 Longxiaochun"),
    ("longxiaoxia_v2", "cosyvoice-v2", "龙小夏 Longxiaoxia"),
    ("longwan_v2", "cosyvoice-v2", "龙婉 Longwan"),
    ("longcheng_v2", "cosyvoice-v2", "龙橙 Longcheng"),
    ("longhua_v2", "cosyvoice-v2", "龙华 Longhua"),
    ("longxiaochun", "cosyvoice-v1", "龙小淳 Longxiaochun (v1)"),
    ("longwan", "cosyvoice-v1", "龙婉 Longwan (v1)"),
)


def _bad(en: str, zh: str) -> InvalidInputError:
    return InvalidInputError(en, detail_zh=zh, provider=PROVIDER)


def check_prefix(prefix: str) -> list[str]:
    """Raise for a prefix DashScope cannot take; return warnings for one only the newer docs allow."""
    if not prefix:
        raise _bad("The voice name (prefix) is empty.", "音色名称（前缀）为空。")
    if len(prefix) > PREFIX_MAX:
        raise _bad(f"The voice name {prefix!r} is longer than {PREFIX_MAX} characters.",
                   f"音色名称 {prefix!r} 超过 {PREFIX_MAX} 个字符。")
    if not _PREFIX_DOC.match(prefix):
        raise _bad(f"The voice name {prefix!r} may only hold letters, digits and underscores.",
                   f"音色名称 {prefix!r} 只能包含字母、数字和下划线。")
    if not _PREFIX_SDK.match(prefix):
        return [f"The name {prefix!r} uses capitals or '_': newer DashScope docs allow them, the SDK's docs "
                "say lowercase letters and digits only."]
    return []


def check_url(url: str) -> str:
    url = url.strip()
    if not re.match(r"^(https?|oss)://[^\s/]+", url, re.I):
        raise _bad(f"{url!r} is not a public http(s) URL.", f"{url!r} 不是公开的 http(s) 网址。")
    return url


def check_local_sample(path: Path) -> None:
    if not path.is_file():
        raise _bad(f"{path}: no such file.", f"{path}：文件不存在。")
    if path.suffix.lower() not in SAMPLE_SUFFIXES:
        raise _bad(f"{path.name}: CosyVoice takes WAV, MP3 or M4A samples.", f"{path.name}：CosyVoice 仅接受 WAV、MP3 或 M4A。")
    size = path.stat().st_size
    if size > MAX_SAMPLE_BYTES:
        raise _bad(f"{path.name} is {size / 1e6:.1f} MB; CosyVoice takes at most 10 MB.",
                   f"{path.name} 大小 {size / 1e6:.1f} MB，CosyVoice 最多接受 10 MB。")


def parse_voice_id(voice_id: str) -> tuple[str, str]:
    """(target model, prefix) from `{target_model}-{prefix}-{unique}`, or ("", "") for other ids."""
    for model in TARGET_MODELS:  # longest names first, so v3.5-plus is not read as something shorter
        if voice_id.startswith(model + "-"):
            rest = voice_id[len(model) + 1:]
            return model, rest.rsplit("-", 1)[0] if "-" in rest else rest
    return "", ""


def stock_voice_list(provider: str) -> list[RemoteVoice]:
    return [RemoteVoice(provider=provider, remote_id=voice, name=title, status_raw="OK",
                        status=VoiceStatus.READY, target_model=model, stock=True)
            for voice, model, title in STOCK_VOICES]


def synthesis_parameters(request: SynthesisRequest) -> dict[str, Any]:
    """run-task `parameters` in the SDK's order (spec §2.2), validated against the documented ranges."""
    fmt = request.format.lower()
    if fmt not in FORMATS:
        raise _bad(f"Format {request.format!r} is not one of {', '.join(FORMATS)}.", f"不支持的格式 {request.format!r}。")
    rates = OPUS_RATES if fmt == "opus" else SAMPLE_RATES
    if request.sample_rate not in rates:
        raise _bad(f"{request.sample_rate} Hz is not available for {fmt} (use {', '.join(map(str, rates))}).",
                   f"{fmt} 不支持 {request.sample_rate} Hz。")
    if not 0 <= request.volume <= 100:
        raise _bad("Volume must be 0–100.", "音量须在 0–100 之间。")
    for label, value in (("Rate", request.rate), ("Pitch", request.pitch)):
        if not 0.5 <= value <= 2.0:
            raise _bad(f"{label} must be 0.5–2.0.", f"{'语速' if label == 'Rate' else '音调'}须在 0.5–2.0 之间。")
    seed = 0 if request.seed is None else request.seed
    if not 0 <= seed <= 65535:
        raise _bad("Seed must be 0–65535.", "随机种子须在 0–65535 之间。")
    params: dict[str, Any] = {"voice": request.voice, "volume": request.volume, "text_type": "PlainText",
                              "sample_rate": request.sample_rate, "rate": request.rate, "format": fmt,
                              "pitch": request.pitch, "seed": seed, "type": 0}
    if fmt == "opus":
        params["bit_rate"] = int(request.extra.get("bit_rate", 32))
    params.update({k: v for k, v in request.extra.items() if k != "bit_rate"})
    if request.instruction is not None:
        if len(request.instruction) > 128:
            raise _bad("The instruction is longer than 128 characters.", "指令超过 128 个字符。")
        params["instruction"] = request.instruction
    if request.language_hints is not None:
        params["language_hints"] = list(request.language_hints)
    return params
