"""CosyVoice rules checked before anything is sent: target models per region, voice-name prefixes,
sample files and URLs, the typed enrolment options per model, voice-design inputs; and reading a voice
id in the documented format.

Every refusal says the rule and its source in plain words, in English and Chinese; the facts per model
and region live in `models.py`, beside the pages they come from.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from studio.errors import InvalidInputError
from studio.providers.dashscope.models import (
    CLONE,
    CLONE_DESIGN,
    CLONE_SDK,
    DESIGN_HTTP,
    DESIGN_LANGUAGES,
    LANGUAGE_TITLES,
    MODELS,
    REALTIME,
    TARGET_MODELS,
    ModelInfo,
    region_title,
)
from studio.providers.spec import DocRef

PROVIDER = "cosyvoice"
MAX_SAMPLE_BYTES = 10 * 1024 * 1024
SAMPLE_SUFFIXES = (".wav", ".mp3", ".m4a")
PREFIX_MAX = 10
# CLONE_SDK (create_voice): "音色名称前缀，仅允许数字和英文字母，不超过10个字符"; the SDK's own docstring
# narrows it to lowercase, so capitals pass with a warning.
_PREFIX = re.compile(r"^[A-Za-z0-9]{1,10}$")
_PREFIX_SDK = re.compile(r"^[a-z0-9]+$")
MAX_PROMPT_S = (3.0, 30.0)  # CLONE_DESIGN: max_prompt_audio_length, seconds
DESIGN_PROMPT_MAX = 500  # voice_prompt characters (voice design page; see the report on this figure)
DESIGN_PREVIEW_MAX = 200  # preview_text characters
DESIGNED = "vd"  # the marker a designed voice's id carries after its model


def refuse(en: str, zh: str, doc: DocRef, code: str = "bad_input") -> InvalidInputError:
    """A refusal that names its rule's source, so the user can check it."""
    return InvalidInputError(f"{en} (Source: {doc.title.en}.)", detail_zh=f"{zh}（依据：{doc.title.zh}）",
                             provider=PROVIDER, code=code)


def _bad(en: str, zh: str) -> InvalidInputError:
    return InvalidInputError(en, detail_zh=zh, provider=PROVIDER)


# --- models and regions ---------------------------------------------------------------------------
def known_model(model: str) -> ModelInfo:
    info = MODELS.get(model)
    if info is None:
        shown = ", ".join(TARGET_MODELS)
        raise refuse(f"{model!r} is not a CosyVoice model DashScope documents; use one of {shown}.",
                     f"{model!r} 不是 DashScope 文档列出的 CosyVoice 模型；可选：{shown}。", CLONE_DESIGN, "unknown_model")
    return info


def check_clone_target(model: str, region: str) -> ModelInfo:
    """The model a cloned voice will speak with, if DashScope clones for it in `region`."""
    info = known_model(model)
    if region in ("beijing", "singapore") and region not in info.clone_regions:
        where = "、".join(region_title(r, "zh") for r in info.clone_regions)
        raise refuse(f"{model} cannot clone a voice in {region_title(region)}: DashScope clones CosyVoice "
                     f"voices for it in {', '.join(region_title(r) for r in info.clone_regions)} only. "
                     "Switch the DashScope region in Providers.",
                     f"{model} 在{region_title(region, 'zh')}不支持声音复刻：仅在{where}可用。请在“服务商”页切换地域。",
                     CLONE, "region")
    return info


def check_design_target(model: str, region: str) -> ModelInfo:
    info = known_model(model)
    if not info.design_regions:
        raise refuse(f"{model} cannot design a voice; voice design works with "
                     f"{', '.join(m.name for m in MODELS.values() if m.design_regions)}.",
                     f"{model} 不支持声音设计；支持的模型："
                     f"{'、'.join(m.name for m in MODELS.values() if m.design_regions)}。", CLONE_DESIGN, "no_design")
    if region in ("beijing", "singapore") and region not in info.design_regions:
        raise refuse(f"{model} cannot design a voice in {region_title(region)}; voice design runs in "
                     f"{', '.join(region_title(r) for r in info.design_regions)} only.",
                     f"{model} 在{region_title(region, 'zh')}不支持声音设计。", CLONE, "region")
    return info


def check_synthesis_region(model: str, region: str) -> ModelInfo:
    info = known_model(model)
    if region in ("beijing", "singapore") and region not in info.regions:
        raise refuse(f"{model} does not run in {region_title(region)}.",
                     f"{model} 在{region_title(region, 'zh')}不可用。", REALTIME, "region")
    return info


# --- names, samples, URLs -------------------------------------------------------------------------
def check_prefix(prefix: str) -> list[str]:
    """Raise for a prefix DashScope does not take; return warnings for one only some docs allow."""
    if not prefix:
        raise refuse("The voice name (prefix) is empty.", "音色名称（前缀）为空。", CLONE_SDK, "bad_name")
    if len(prefix) > PREFIX_MAX:
        raise refuse(f"The voice name {prefix!r} is longer than {PREFIX_MAX} characters.",
                     f"音色名称 {prefix!r} 超过 {PREFIX_MAX} 个字符。", CLONE_SDK, "bad_name")
    if not _PREFIX.match(prefix):
        raise refuse(f"The voice name {prefix!r} may only hold letters and digits (no spaces, '_' or '-').",
                     f"音色名称 {prefix!r} 只能包含英文字母和数字（不能有空格、下划线或连字符）。", CLONE_SDK, "bad_name")
    if not _PREFIX_SDK.match(prefix):
        return [f"The name {prefix!r} has capitals: the cloning pages allow them, the SDK's own notes say "
                "lowercase letters and digits only."]
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


# --- enrolment options ----------------------------------------------------------------------------
def _not_for(option: str, info: ModelInfo, takers: list[str]) -> InvalidInputError:
    return refuse(f"{info.name} does not take {option}; it works with {', '.join(takers)}.",
                  f"{info.name} 不支持参数 {option}；支持该参数的模型：{'、'.join(takers)}。", CLONE_DESIGN, "bad_option")


def enrol_fields(info: ModelInfo, options: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The optional create_voice fields for `info`'s model, and warnings; refuses what it does not take."""
    fields: dict[str, Any] = {}
    warnings: list[str] = []
    for key in ("language_hints", "max_prompt_audio_length", "enable_preprocess"):
        value = options.get(key)
        if value is None or value == []:
            continue
        if key not in info.enrol_options:
            raise _not_for(key, info, [m.name for m in MODELS.values() if key in m.enrol_options])
        fields[key] = value
    hints = fields.get("language_hints")
    if hints is not None:
        hints = [hints] if isinstance(hints, str) else list(hints)
        for code in hints:
            if code not in info.sample_languages:
                raise refuse(f"{info.name} clones voices from samples in {info.languages_title('en')}, not "
                             f"{LANGUAGE_TITLES[code].en if code in LANGUAGE_TITLES else code!r}.",
                             f"{info.name} 可复刻的样本语言：{info.languages_title('zh')}，不支持"
                             f"{LANGUAGE_TITLES[code].zh if code in LANGUAGE_TITLES else code}。", CLONE, "language")
        if len(hints) > 1:
            warnings.append("DashScope reads only the first language hint; the others were sent but are ignored.")
        fields["language_hints"] = hints
    length = fields.get("max_prompt_audio_length")
    if length is not None and not MAX_PROMPT_S[0] <= float(length) <= MAX_PROMPT_S[1]:
        raise refuse(f"The longest sample stretch used must be {MAX_PROMPT_S[0]:g}–{MAX_PROMPT_S[1]:g} s.",
                     f"用于复刻的最长样本时长须在 {MAX_PROMPT_S[0]:g}～{MAX_PROMPT_S[1]:g} 秒之间。", CLONE_DESIGN,
                     "bad_option")
    return fields, warnings


# --- voice design ---------------------------------------------------------------------------------
def check_design_text(prompt: str, preview: str, hints: list[str] | None) -> None:
    if not prompt.strip():
        raise refuse("Describe the voice to design.", "请描述要设计的音色。", DESIGN_HTTP, "empty_prompt")
    if len(prompt) > DESIGN_PROMPT_MAX:
        raise refuse(f"The voice description has {len(prompt)} characters; at most {DESIGN_PROMPT_MAX}.",
                     f"音色描述共 {len(prompt)} 个字符，最多 {DESIGN_PROMPT_MAX} 个。", DESIGN_HTTP, "too_long")
    if not preview.strip():
        raise refuse("Give a line for the designed voice to read as its preview.",
                     "请提供设计音色试听时朗读的文本。", DESIGN_HTTP, "empty_preview")
    if len(preview) > DESIGN_PREVIEW_MAX:
        raise refuse(f"The preview text has {len(preview)} characters; at most {DESIGN_PREVIEW_MAX}.",
                     f"试听文本共 {len(preview)} 个字符，最多 {DESIGN_PREVIEW_MAX} 个。", DESIGN_HTTP, "too_long")
    for code in hints or []:
        if code not in DESIGN_LANGUAGES:
            raise refuse(f"Voice design describes and previews in Chinese or English only, not {code!r}.",
                         f"声音设计仅支持中文或英文，不支持 {code!r}。", DESIGN_HTTP, "language")


# --- voice ids ------------------------------------------------------------------------------------
def parse_voice_id(voice_id: str) -> tuple[str, str]:
    """(target model, prefix) when the id is in the documented `{target_model}-{prefix}-{unique}` form
    (a designed voice carries `vd` before its prefix), else ("", ""): a v1 id (`cosyvoice-<prefix>-<hex>`)
    does not name its model, and a name that only looks like one must not be guessed from."""
    for model in TARGET_MODELS:
        if not voice_id.startswith(model + "-"):
            continue
        parts = voice_id[len(model) + 1:].split("-")
        if len(parts) == 2 and all(parts):
            return model, parts[0]
        if len(parts) == 3 and parts[0] == DESIGNED and parts[1] and parts[2]:
            return model, parts[1]
        return "", ""
    return "", ""


def is_designed(voice_id: str) -> bool:
    model, _ = parse_voice_id(voice_id)
    return bool(model) and len(voice_id[len(model) + 1:].split("-")) == 3


__all__ = ["MAX_SAMPLE_BYTES", "check_clone_target", "check_design_target", "check_design_text", "check_local_sample",
           "check_prefix", "check_synthesis_region", "check_url", "enrol_fields", "is_designed", "known_model",
           "parse_voice_id", "refuse"]
