"""What a Tencent Multimedia Lab sample must be: the train and generate rule tables.

Source: "声音克隆" of Tencent Multimedia Lab's Smart Music API (创建任务: Input, voiceCloning). The page
publishes no audio rules for training, so the table keeps to the shared recording-quality rules and
a conservative 16 kHz mono floor, and says so.
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
    quality_rules,
)

MML_VOICE_CLONING = DocRef(Text("Tencent Multimedia Lab Smart Music: voice cloning API", "腾讯多媒体实验室智能音乐：声音克隆"),
                           "https://multimedia.tencent.com/zh/docs/smart-music/api/voice-cloning")
_INPUT = Cite(MML_VOICE_CLONING, "创建任务 Input")
_UNPUBLISHED = Cite(MML_VOICE_CLONING, Text("no audio rules published: a conservative default", "未公布音频要求，取保守值"))

TRAIN = ProviderRules(
    key="tencent_train", name_en="Tencent Multimedia Lab voice cloning: train", name_zh="腾讯多媒体实验室声音克隆：训练",
    short_en="Tencent MML\ntrain", short_zh="腾讯多媒体\n训练", mode="training",
    rules=(
        Rule("formats", ("wav/pcm16", "mp3", "m4a/aac"), WARNING, "unsupported_format", _UNPUBLISHED, None),
        Rule("rate_min", 16000, WARNING, "sample_rate_low", _UNPUBLISHED, None),
        Rule("channels_max", 1, WARNING, "not_mono", _UNPUBLISHED, None),
        Rule("silent", None, ERROR, "silent", _INPUT, None),
        Rule("bandwidth_min", 16000 * 0.425, WARNING, "low_bandwidth", _UNPUBLISHED, None),
        Rule("dataset_speech", 20 * 60.0, INFO, "needs_dataset", _UNPUBLISHED, None),
        *quality_rules(None),
    ),
    target=TargetFormat(16000, 48000),
    notes_en="Audio by URL or from the COS content repository; model name [A-Za-z0-9_] < 64 chars.",
    notes_zh="音频通过 URL 或 COS 内容仓库提交；模型名仅限字母数字下划线，少于 64 字符。",
)

GENERATE = ProviderRules(
    key="tencent_generate", name_en="Tencent Multimedia Lab voice cloning: speech in, voice out",
    name_zh="腾讯多媒体实验室声音克隆：语音转换", short_en="Tencent MML\nconvert", short_zh="腾讯多媒体\n转换",
    mode="conversion",
    rules=(
        Rule("silent", None, ERROR, "silent", _INPUT, None),
        Rule("rate_min", 16000, WARNING, "sample_rate_low", _UNPUBLISHED, None),
        Rule("clip_runs_max", 9, WARNING, "clipping", _UNPUBLISHED, None),
        Rule("snr_min", 20.0, WARNING, "snr_low", _UNPUBLISHED, None),
    ),
    target=TargetFormat(16000, 48000),
    notes_en="Speech input for voice conversion (or text ≤ 512 chars); output goes to the COS repository.",
    notes_zh="语音转换的输入语音（或 ≤ 512 字的文本）；结果写入 COS 内容仓库。",
)


def mml_tables() -> tuple[ProviderRules, ...]:
    return (TRAIN, GENERATE)
