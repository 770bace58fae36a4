"""What a sample for the offline engine should be: 5–30 s of clean speech from one speaker.

The engine measures pitch, vocal-tract length, pace and loudness from the speech it finds, so it needs
enough voiced speech to measure (5 s) and gains nothing from more than 30 s.
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

OFFLINE_ENGINE = DocRef(Text("Voice Studio offline engine: what the sample is measured for",
                             "语音工作室离线引擎：样本用于哪些测量"))
_ENGINE = Cite(OFFLINE_ENGINE, Text("5–30 s of speech", "5–30 秒语音"))

LOCAL = ProviderRules(
    key="local", name_en="Offline engine", name_zh="离线引擎", short_en="Offline", short_zh="离线",
    mode="zero-shot",
    rules=(
        Rule("silent", None, ERROR, "silent", _ENGINE, None),
        Rule("speech_min", 5.0, ERROR, "speech_too_short", _ENGINE, None),
        Rule("duration_max", 30.0, WARNING, "longer_than_recommended", _ENGINE, None),
        Rule("bandwidth_min", 16000 * 0.425, INFO, "low_bandwidth", _ENGINE, None),
        *quality_rules(None),
    ),
    target=TargetFormat(16000, 48000),
    notes_en="5–30 s of clean speech from one speaker; any format the studio can decode.",
    notes_zh="5～30 秒单人清晰语音；工作室能解码的任何格式均可。",
)


def tables() -> tuple[ProviderRules, ...]:
    return (LOCAL,)
