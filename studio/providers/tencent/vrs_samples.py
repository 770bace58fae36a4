"""What a take for Tencent Cloud's one-sentence clone must be: the rule table validation judges it by.

Source: "环境检测和音频质量检测" https://cloud.tencent.com/document/api/1283/90062 — "对于一句话声音复刻，音频时长需
大于5s，小于15s，文件大小不能超过2MB，音频需为单声道，位深为16bit。建议格式：wav、单声道、采样率48kHz或24kHz";
SampleRate 16000/24000/48000; Codec wav, mp3, aac, m4a — and the VRS error codes
(https://cloud.tencent.com/document/api/1283/90074). The studio sends a mono 16-bit WAV copy of the take
at 16, 24 or 48 kHz, so a stereo or 24-bit take only warns; length and rate cannot be fixed by a copy.
"""

from __future__ import annotations

from studio.i18n import Text
from studio.providers.spec import DocRef
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

DETECT = DocRef(Text("Tencent Cloud 声音复刻: environment and sound-quality check (DetectEnvAndSoundQuality)",
                     "腾讯云声音复刻：环境检测和音频质量检测"), "https://cloud.tencent.com/document/api/1283/90062")
ERRORS = DocRef(Text("Tencent Cloud 声音复刻: error codes", "腾讯云声音复刻：错误码"),
                "https://cloud.tencent.com/document/api/1283/90074")
_REQ = Cite(DETECT, Text("一句话声音复刻的音频要求 / one-sentence clone audio", "一句话声音复刻的音频要求"))
_CODES = Cite(ERRORS)

VRS_CODES: dict[str, VendorCode] = {v.code: v for v in (
    VendorCode("InvalidParameterValue.AudioDurationExceedsLimit", 200, "The audio is longer than 15 s.",
               "音频时长超限，时长不可超过15s。", ("longer_than_allowed",)),
    VendorCode("InvalidParameterValue.AudioData", 200, "The audio data is wrong (length, size, channels, depth).",
               "音频数据错误。", ("too_short", "file_too_large", "not_audio", "corrupt", "truncated")),
    VendorCode("InvalidParameterValue.SampleRate", 200, "Sample rate not accepted (16, 24 or 48 kHz).",
               "SampleRate 非法。", ("sample_rate_low",)),
    VendorCode("InvalidParameterValue.Codec", 200, "Audio format not accepted (wav, mp3, aac, m4a).", "Codec 非法。",
               ("unsupported_format",)),
    VendorCode("FailedOperation.VoiceNotQualified", 200, "The audio quality is poor.", "音频质量差。",
               ("snr_low", "noise_floor_high", "clipping")),
)}

ONE_SENTENCE = ProviderRules(
    key="tencent_vrs_one_sentence", name_en="Tencent Cloud 声音复刻: one-sentence clone",
    name_zh="腾讯云声音复刻：一句话复刻", short_en="Tencent Cloud\none sentence", short_zh="腾讯云\n一句话复刻",
    mode="zero-shot",
    rules=(
        Rule("formats", ("wav/*", "mp3", "m4a/*"), WARNING, "unsupported_format", _REQ, "InvalidParameterValue.Codec"),
        Rule("rate_min", 16000, ERROR, "sample_rate_low", _REQ, "InvalidParameterValue.SampleRate"),
        Rule("rate_min", 24000, INFO, "sample_rate_low", Cite(DETECT, Text("建议采样率48kHz或24kHz / 24 or 48 kHz advised", "建议采样率48kHz或24kHz")),
             None),
        Rule("channels_max", 1, WARNING, "not_mono", _REQ, None),
        Rule("size_max", 2 * 1024 * 1024, WARNING, "file_too_large", _REQ, "InvalidParameterValue.AudioData"),
        Rule("silent", None, ERROR, "silent", _REQ, "InvalidParameterValue.AudioData"),
        Rule("duration_min", 5.0, ERROR, "too_short", _REQ, "InvalidParameterValue.AudioData"),
        Rule("duration_max", 15.0, ERROR, "longer_than_allowed", _CODES, "InvalidParameterValue.AudioDurationExceedsLimit"),
        Rule("bandwidth_min", 16000 * 0.425, WARNING, "low_bandwidth", _REQ, None),
        *quality_rules("FailedOperation.VoiceNotQualified"),
    ),
    target=TargetFormat(24000, 48000),
    notes_en="One line read exactly as Tencent gives it, 5–15 s, mono 16-bit (WAV at 24 or 48 kHz advised); "
             "Tencent checks the reading and the noise before cloning.",
    notes_zh="按腾讯给出的文本原样朗读一句，5～15 秒，单声道 16 位（建议 24 或 48 kHz 的 WAV）；复刻前腾讯会检测朗读与噪声。",
    vendor_codes=VRS_CODES,
)


def vrs_tables() -> tuple[ProviderRules, ...]:
    return (ONE_SENTENCE,)
