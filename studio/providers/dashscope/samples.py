"""What a DashScope sample must be: the CosyVoice and Sambert rule tables validation judges a take by.

Sources: "CosyVoice声音复刻API" (音频要求, 错误码) and "轻量化声音克隆-快速开始" (使用步骤, 录音指导), cited
beside each rule; the shared recording-quality rules come from `studio.validation.rules`.
"""

from __future__ import annotations

import dataclasses
import logging

from studio.i18n import Text
from studio.providers.dashscope.models import CLONE as COSYVOICE_CLONE
from studio.providers.dashscope.models import SAMBERT_CLONE
from studio.validation.rules import (
    ERROR,
    INFO,
    WARNING,
    Cite,
    ProviderRules,
    Rule,
    TargetFormat,
    VendorCode,
    quality_rules,
)

_REQ = Cite(COSYVOICE_CLONE, Text("音频要求 / audio requirements", "音频要求"))
_ERR = Cite(COSYVOICE_CLONE, Text("错误码 / error codes", "错误码"))
_SB_STEP = Cite(SAMBERT_CLONE, Text("使用步骤 1 上传录音 / step 1", "使用步骤 1 上传录音"))
_SB_REC = Cite(SAMBERT_CLONE, Text("录音指导 / recording guide", "录音指导"))

# The CosyVoice enrolment error table, and what catches each code here.
COSYVOICE_CODES: dict[str, VendorCode] = {v.code: v for v in (
    VendorCode("BadRequest.UnsupportedFileFormat", 415, "File format unsupported.", "文件格式不支持。",
               ("unsupported_format", "too_many_channels", "empty_file", "not_audio", "no_audio_stream",
                "not_a_file")),
    VendorCode("BadRequest.ResourceNotExist", 400, "The resource does not exist (update/query/delete of an "
               "unknown voice, or an audio URL that cannot be fetched).", "资源不存在（音色不存在或音频 URL 无法访问）。",
               ("not_found",)),
    VendorCode("Audio.DecoderError", 400, "Decoding the audio file failed.", "音频文件解码失败。",
               ("corrupt", "truncated", "decode_timeout", "unreadable")),
    VendorCode("Audio.FileSizeExceed", 400, "File too large (must be under 10 MB).", "文件大小超限，需 10M 以内。",
               ("file_too_large",)),
    VendorCode("Audio.AudioRateError", 400, "Sample rate unsupported (16 kHz or more required).",
               "文件采样率不支持，要求 16KHz 及以上。", ("sample_rate_low",)),
    VendorCode("Audio.AudioSilentError", 400, "Silent file, or under 10 s of non-silent audio.",
               "文件为静音或非静音长度过短，要求 10 秒以上有效音频。", ("silent", "speech_too_short", "no_speech")),
    VendorCode("Audio.AudioShortError", 400, "Audio too short.", "音频过短。", ("too_short",)),
    VendorCode("InternalError", 500, "Audio preprocessing failed: noise, or a level that swings.",
               "音频文件不规范，比如有杂音或者声音忽高忽低。", ("snr_low", "noise_floor_high", "level_swings")),
)}

# What CosyVoice would answer to a file the studio cannot even decode.
COSYVOICE_DECODE_ERRORS: dict[str, str] = {
    "not_found": "BadRequest.ResourceNotExist", "not_a_file": "BadRequest.UnsupportedFileFormat",
    "unreadable": "Audio.DecoderError", "empty_file": "BadRequest.UnsupportedFileFormat",
    "not_audio": "BadRequest.UnsupportedFileFormat", "unsupported_format": "BadRequest.UnsupportedFileFormat",
    "no_audio_stream": "BadRequest.UnsupportedFileFormat", "corrupt": "Audio.DecoderError",
    "truncated": "Audio.DecoderError", "decode_timeout": "Audio.DecoderError",
}

COSYVOICE = ProviderRules(
    key="cosyvoice", name_en="DashScope CosyVoice (zero-shot)", name_zh="阿里云 CosyVoice 声音复刻",
    short_en="CosyVoice", short_zh="CosyVoice", mode="zero-shot",
    rules=(
        Rule("formats", ("wav/pcm16", "mp3", "m4a/aac"), ERROR, "unsupported_format", _REQ,
             "BadRequest.UnsupportedFileFormat"),
        Rule("size_max", 10 * 1024 * 1024, ERROR, "file_too_large", _REQ, "Audio.FileSizeExceed"),
        Rule("rate_min", 16000, ERROR, "sample_rate_low", _REQ, "Audio.AudioRateError"),
        Rule("channels_max", 2, ERROR, "too_many_channels", _REQ, "BadRequest.UnsupportedFileFormat"),
        Rule("stereo", None, INFO, "stereo_first_channel", _REQ, None),
        Rule("silent", None, ERROR, "silent", _ERR, "Audio.AudioSilentError"),
        Rule("duration_min", 10.0, ERROR, "too_short", _REQ, "Audio.AudioShortError"),
        Rule("speech_min", 10.0, ERROR, "speech_too_short", _ERR, "Audio.AudioSilentError"),
        Rule("duration_max", 20.0, INFO, "longer_than_recommended", _REQ, None),
        Rule("duration_max", 60.0, ERROR, "longer_than_allowed", _REQ, None),
        Rule("continuous_min", 5.0, ERROR, "no_continuous_speech", _REQ, None),
        Rule("pause_max", 2.0, WARNING, "pause_too_long", _REQ, None),
        # the service only reads the header rate; upsampled audio passes it but clones muffled
        Rule("bandwidth_min", 16000 * 0.425, WARNING, "low_bandwidth", _REQ, None),
        Rule("edge_silence_max", 1.0, INFO, "edge_silence_long", Cite(_REQ.doc, Text("短暂停顿 ≤ 2 秒 / short pauses only", "短暂停顿 ≤ 2 秒")),
             None),
        *quality_rules("InternalError", _ERR),
    ),
    target=TargetFormat(16000, 48000),
    notes_en="10–20 s of one speaker reading continuously (60 s at most); the sample is fetched from a URL.",
    notes_zh="10～20 秒、单人连贯朗读（最长 60 秒）；样本通过 URL 提交。",
    vendor_codes=COSYVOICE_CODES,
    decode_errors=COSYVOICE_DECODE_ERRORS,
)

SAMBERT = ProviderRules(
    key="sambert", name_en="DashScope Sambert lightweight cloning (training)", name_zh="阿里云 Sambert 轻量化声音克隆",
    short_en="Sambert", short_zh="Sambert", mode="training",
    rules=(
        Rule("formats", ("wav/*", "mp3", "m4a/*"), ERROR, "unsupported_format", _SB_STEP, None),
        Rule("size_max", 300 * 1024 * 1024, ERROR, "file_too_large", _SB_STEP, None),
        Rule("rate_min", 24000, WARNING, "sample_rate_low", _SB_STEP, None),
        Rule("rate_max", 48000, WARNING, "sample_rate_high", _SB_STEP, None),
        Rule("silent", None, ERROR, "silent", _SB_STEP, None),
        Rule("noise_floor_max", -60.0, WARNING, "noise_floor_high", _SB_REC, None),
        Rule("bandwidth_min", 24000 * 0.425, WARNING, "low_bandwidth", _SB_STEP, None),
        Rule("dataset_speech", 20 * 60.0, INFO, "needs_dataset", _SB_STEP, None),
        *quality_rules(None),
    ),
    target=TargetFormat(24000, 48000),
    notes_en="Mandarin only; ≥ 20 min of effective speech zipped (≤ 300 MB); keep mic, room and pace constant.",
    notes_zh="仅支持普通话；有效语音 ≥ 20 分钟并打包为 zip（≤ 300 MB）；保持话筒、环境和语速一致。",
)


def cosyvoice_table(model: str) -> ProviderRules:
    """The CosyVoice table with the languages `model` clones from ("CosyVoice声音复刻API", 语言: they
    depend on the target model). The sample rules themselves are the same for every model."""
    from studio.providers.dashscope.models import MODELS

    info = MODELS.get(model)
    if info is None:
        return COSYVOICE
    return dataclasses.replace(
        COSYVOICE,
        notes_en=f"{COSYVOICE.notes_en} For {model}, the sample is read in {info.languages_title('en')}.",
        notes_zh=f"{COSYVOICE.notes_zh}{model} 的样本语言：{info.languages_title('zh')}。")


def configured_model() -> str:
    """The default target model the user chose (Providers pane), or the recommended one."""
    from studio.providers.dashscope.models import DEFAULT_TARGET_MODEL

    try:
        from studio.settings import Settings

        return str(Settings().get("cosyvoice.target_model") or DEFAULT_TARGET_MODEL)
    except Exception as exc:  # an unreadable data home must not stop validation
        logging.getLogger(__name__).debug("default target model unknown (%s)", exc)
        return DEFAULT_TARGET_MODEL


def cosyvoice_tables() -> tuple[ProviderRules, ...]:
    """The validation column follows the default target model's languages; a dialog that lets the user
    choose another model shows `cosyvoice_table(model)`."""
    return (cosyvoice_table(configured_model()),)


def sambert_tables() -> tuple[ProviderRules, ...]:
    return (SAMBERT,)
