"""Sample rules per provider: data only, one table per provider, every rule with its source.

Limits change; update them here and nowhere else. A rule names a `check` (the measurement it compares,
implemented in findings.py), a `limit`, the `severity` when the limit is broken and the finding `code`
it raises. Several rules may share a code at different severities (e.g. SNR < 35 dB warns, < 20 dB
fails): only the most severe broken one is reported. `vendor_code` is the error the vendor would return
for a sample that breaks the rule, when the vendor documents one.

Sources: the vendor documents (stored copies of the vendors' Chinese pages) and the studio's spec
specs/providers-and-samples.md, which gathers them with public recording guides.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)

COSY_DOC = "dashscope-cosyvoice-voice-enrollment.zh.txt"
SAMBERT_DOC = "dashscope-sambert-lightweight-cloning.zh.txt"
TENCENT_DOC = "tencent-voice-cloning-api.zh.txt"
SPEC = "specs/providers-and-samples.md"

_COSY_FMT = f"{COSY_DOC} §注意事项 音频文件格式要求"
_COSY_ERR = f"{COSY_DOC} §错误码"
_SAMBERT_STEP = f"{SAMBERT_DOC} §使用步骤 1 上传录音"
_SAMBERT_REC = f"{SAMBERT_DOC} §音频录制建议"
_SPEC_T1 = f"{SPEC} §1 Sample rules per provider"
_SPEC_T3 = f"{SPEC} §3 Recording targets"
_SAMBERT_NOISE = f"{_SAMBERT_REC} 噪声控制"
_STUDIO = "studio practice: a DC offset over 1 % of full scale wastes headroom and thumps at cuts"


@dataclass(frozen=True)
class Rule:
    check: str
    limit: float | tuple[str, ...] | None
    severity: str
    code: str
    source: str
    vendor_code: str | None = None


@dataclass(frozen=True)
class TargetFormat:
    """What the convert fix produces for this provider."""

    min_rate: int
    max_rate: int
    channels: int = 1
    container: str = "wav"  # "wav" (16-bit PCM) or "mp3"


@dataclass(frozen=True)
class ProviderRules:
    key: str
    name_en: str
    name_zh: str
    mode: str  # "zero-shot", "training" or "conversion"
    rules: tuple[Rule, ...]
    target: TargetFormat
    notes_en: str = ""
    notes_zh: str = ""
    sources: tuple[str, ...] = field(default_factory=tuple)


def _quality(vendor: str | None) -> tuple[Rule, ...]:
    """Recording-quality rules shared by every provider (spec §3 targets); `vendor` maps noise errors."""
    return (
        Rule("clip_runs_max", 0, WARNING, "clipping", f"{_SPEC_T3} Clip light", None),
        Rule("clip_runs_max", 9, ERROR, "clipping", f"{_SPEC_T3} Clip light", None),
        Rule("true_peak_max", -1.0, WARNING, "peak_too_hot", f"{_SPEC_T3} Peaks", None),
        Rule("loudness_min", -35.0, WARNING, "too_quiet", f"{_SPEC_T3} RMS / loudness", None),
        Rule("loudness_max", -10.0, WARNING, "too_loud", f"{_SPEC_T3} RMS / loudness", None),
        Rule("noise_floor_max", -60.0, WARNING, "noise_floor_high", f"{_SPEC_T3} Noise floor", vendor),
        Rule("snr_min", 35.0, WARNING, "snr_low", f"{_SPEC_T3} SNR", vendor),
        Rule("snr_min", 20.0, ERROR, "snr_low", f"{_SPEC_T3} SNR", vendor),
        Rule("dc_max", -40.0, WARNING, "dc_offset", _STUDIO, None),
        Rule("lra_max", 15.0, WARNING, "level_swings", f"{_COSY_ERR} InternalError (声音忽高忽低)", vendor),
        Rule("channel_imbalance_max", 6.0, WARNING, "channels_differ", f"{_SPEC_T1} (first channel used)", None),
    )


COSYVOICE = ProviderRules(
    key="cosyvoice", name_en="DashScope CosyVoice (zero-shot)", name_zh="阿里云 CosyVoice 声音复刻", mode="zero-shot",
    rules=(
        Rule("formats", ("wav/pcm16", "mp3", "m4a/aac"), ERROR, "unsupported_format", _COSY_FMT,
             "BadRequest.UnsupportedFileFormat"),
        Rule("size_max", 10 * 1024 * 1024, ERROR, "file_too_large", _COSY_FMT, "Audio.FileSizeExceed"),
        Rule("rate_min", 16000, ERROR, "sample_rate_low", _COSY_FMT, "Audio.AudioRateError"),
        Rule("rate_min", 24000, INFO, "sample_rate_low", f"{_SPEC_T1} (some newer models say ≥ 24 kHz)", None),
        Rule("channels_max", 2, ERROR, "too_many_channels", _COSY_FMT, "BadRequest.UnsupportedFileFormat"),
        Rule("stereo", None, INFO, "stereo_first_channel", _SPEC_T1, None),
        Rule("silent", None, ERROR, "silent", _COSY_ERR, "Audio.AudioSilentError"),
        Rule("duration_min", 10.0, ERROR, "too_short", _COSY_FMT, "Audio.AudioShortError"),
        Rule("speech_min", 10.0, ERROR, "speech_too_short", _COSY_ERR, "Audio.AudioSilentError"),
        Rule("duration_max", 20.0, INFO, "longer_than_recommended", _COSY_FMT, None),
        Rule("duration_max", 60.0, WARNING, "longer_than_recommended", _COSY_FMT, None),
        Rule("continuous_min", 5.0, ERROR, "no_continuous_speech", _COSY_FMT, None),
        Rule("pause_max", 2.0, WARNING, "pause_too_long", f"{_SPEC_T1} (DashScope clone docs)", None),
        # the service only reads the header rate; upsampled audio passes it but clones muffled
        Rule("bandwidth_min", 16000 * 0.425, WARNING, "low_bandwidth", _COSY_FMT, None),
        Rule("edge_silence_max", 1.0, INFO, "edge_silence_long", f"{_SPEC_T3} Edge silence", None),
        *_quality("InternalError"),
    ),
    target=TargetFormat(16000, 48000),
    notes_en="10–20 s of one speaker reading continuously; the sample is fetched from a public URL.",
    notes_zh="10～20 秒、单人连贯朗读；样本通过公网 URL 提交。",
    sources=(COSY_DOC, SPEC),
)

SAMBERT = ProviderRules(
    key="sambert", name_en="DashScope Sambert lightweight cloning (training)", name_zh="阿里云 Sambert 轻量化声音克隆",
    mode="training",
    rules=(
        Rule("formats", ("wav/*", "mp3", "m4a/*"), ERROR, "unsupported_format", _SAMBERT_STEP, None),
        Rule("size_max", 300 * 1024 * 1024, ERROR, "file_too_large", f"{_SAMBERT_STEP} (zip ≤ 300 MB)", None),
        Rule("rate_min", 24000, WARNING, "sample_rate_low", _SAMBERT_STEP, None),
        Rule("rate_max", 48000, WARNING, "sample_rate_high", _SAMBERT_STEP, None),
        Rule("silent", None, ERROR, "silent", _SAMBERT_STEP, None),
        Rule("noise_floor_max", -60.0, WARNING, "noise_floor_high", _SAMBERT_NOISE, None),
        Rule("bandwidth_min", 24000 * 0.425, WARNING, "low_bandwidth", _SAMBERT_STEP, None),
        Rule("dataset_speech", 20 * 60.0, INFO, "needs_dataset", f"{_SAMBERT_STEP} (≥ 20 min effective)", None),
        *_quality(None),
    ),
    target=TargetFormat(24000, 48000),
    notes_en="Mandarin only; ≥ 20 min of effective speech zipped (≤ 300 MB); keep mic, room and pace constant.",
    notes_zh="仅支持普通话；有效语音 ≥ 20 分钟并打包为 zip（≤ 300 MB）；保持话筒、环境和语速一致。",
    sources=(SAMBERT_DOC, SPEC),
)

_TENCENT_SPEC = f"{_SPEC_T1} (Tencent: not published; conservative default)"

TENCENT_TRAIN = ProviderRules(
    key="tencent_train", name_en="Tencent MML voice cloning: train (type 2)", name_zh="腾讯多媒体实验室声音克隆：训练",
    mode="training",
    rules=(
        Rule("formats", ("wav/pcm16", "mp3", "m4a/aac"), WARNING, "unsupported_format", _TENCENT_SPEC, None),
        Rule("rate_min", 16000, WARNING, "sample_rate_low", _TENCENT_SPEC, None),
        Rule("channels_max", 1, WARNING, "not_mono", _TENCENT_SPEC, None),
        Rule("silent", None, ERROR, "silent", f"{TENCENT_DOC} §创建任务 Input", None),
        Rule("bandwidth_min", 16000 * 0.425, WARNING, "low_bandwidth", _TENCENT_SPEC, None),
        Rule("dataset_speech", 20 * 60.0, INFO, "needs_dataset", f"{_SPEC_T1} (treat like Sambert)", None),
        *_quality(None),
    ),
    target=TargetFormat(16000, 48000),
    notes_en="Audio by URL or from the COS content repository; model name [A-Za-z0-9_] < 64 chars.",
    notes_zh="音频通过 URL 或 COS 内容仓库提交；模型名仅限字母数字下划线，少于 64 字符。",
    sources=(TENCENT_DOC, SPEC),
)

TENCENT_GENERATE = ProviderRules(
    key="tencent_generate", name_en="Tencent MML voice cloning: generate (type 1)",
    name_zh="腾讯多媒体实验室声音克隆：生成", mode="conversion",
    rules=(
        Rule("silent", None, ERROR, "silent", f"{TENCENT_DOC} §创建任务 Input (url)", None),
        Rule("rate_min", 16000, WARNING, "sample_rate_low", _TENCENT_SPEC, None),
        Rule("clip_runs_max", 9, WARNING, "clipping", f"{_SPEC_T3} Clip light", None),
        Rule("snr_min", 20.0, WARNING, "snr_low", f"{_SPEC_T3} SNR", None),
    ),
    target=TargetFormat(16000, 48000),
    notes_en="Speech input for voice conversion (or text ≤ 512 chars); output goes to the COS repository.",
    notes_zh="语音转换的输入语音（或 ≤ 512 字的文本）；结果写入 COS 内容仓库。",
    sources=(TENCENT_DOC, SPEC),
)

LOCAL = ProviderRules(
    key="local", name_en="Local offline engine", name_zh="本地离线引擎", mode="zero-shot",
    rules=(
        Rule("silent", None, ERROR, "silent", f"{_SPEC_T1} (local engine)", None),
        Rule("speech_min", 5.0, ERROR, "speech_too_short", f"{_SPEC_T1} (local: 5–30 s)", None),
        Rule("duration_max", 30.0, WARNING, "longer_than_recommended", f"{_SPEC_T1} (local: 5–30 s)", None),
        Rule("bandwidth_min", 16000 * 0.425, INFO, "low_bandwidth", _SPEC_T1, None),
        *_quality(None),
    ),
    target=TargetFormat(16000, 48000),
    notes_en="5–30 s of clean speech from one speaker; any format the studio can decode.",
    notes_zh="5～30 秒单人清晰语音；工作室能解码的任何格式均可。",
    sources=(SPEC,),
)

PROVIDERS: dict[str, ProviderRules] = {
    p.key: p for p in (COSYVOICE, SAMBERT, TENCENT_TRAIN, TENCENT_GENERATE, LOCAL)
}

# CLI / UI provider names → rule tables ("tencent" means both of its modes).
PROVIDER_ALIASES: dict[str, tuple[str, ...]] = {
    "cosyvoice": ("cosyvoice",),
    "sambert": ("sambert",),
    "tencent": ("tencent_train", "tencent_generate"),
    "local": ("local",),
}


@dataclass(frozen=True)
class VendorCode:
    code: str
    http_status: int
    meaning_en: str
    meaning_zh: str
    findings: tuple[str, ...]  # finding codes (or decode error codes) that predict it


# The CosyVoice enrollment error table (cosyvoice doc §错误码, spec §1), and what catches each code here.
VENDOR_CODES: dict[str, VendorCode] = {v.code: v for v in (
    VendorCode("BadRequest.UnsupportedFileFormat", 415, "File format unsupported.", "文件格式不支持。",
               ("unsupported_format", "too_many_channels", "empty_file", "not_audio", "no_audio_stream",
                "not_a_file")),
    VendorCode("BadRequest.ResourceNotExist", 416, "The resource does not exist (update/query/delete of an "
               "unknown voice, or an audio URL that cannot be fetched).", "资源不存在（音色不存在或音频 URL 无法访问）。",
               ("not_found",)),
    VendorCode("Audio.DecoderError", 430, "Decoding the audio file failed.", "音频文件解码失败。",
               ("corrupt", "truncated", "decode_timeout", "unreadable")),
    VendorCode("Audio.FileSizeExceed", 430, "File too large (must be under 10 MB).", "文件大小超限，需 10M 以内。",
               ("file_too_large",)),
    VendorCode("Audio.AudioRateError", 430, "Sample rate unsupported (16 kHz or more required).",
               "文件采样率不支持，要求 16KHz 及以上。", ("sample_rate_low",)),
    VendorCode("Audio.AudioSilentError", 430, "Silent file, or under 10 s of non-silent audio.",
               "文件为静音或非静音长度过短，要求 10 秒以上有效音频。", ("silent", "speech_too_short")),
    VendorCode("Audio.AudioShortError", 430, "Audio too short.", "音频过短。", ("too_short",)),
    VendorCode("InternalError", 500, "Audio preprocessing failed: noise, or a level that swings.",
               "音频文件不规范，比如有杂音或者声音忽高忽低。", ("snr_low", "noise_floor_high", "level_swings")),
)}
