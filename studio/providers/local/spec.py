"""The offline engine: works with no account and no network, on this computer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.i18n import Text
from studio.providers.base import Capability
from studio.providers.spec import (
    AccountSpec,
    Choice,
    Field,
    FieldKind,
    OptionSpec,
    ProviderSpec,
    RecordingTarget,
    TextRules,
)

if TYPE_CHECKING:
    from studio.validation.rules import ProviderRules

T = Text
ACCOUNT = AccountSpec(key="local", title=T("This computer", "本机"))


def _rules() -> tuple[ProviderRules, ...]:
    from studio.providers.local.samples import tables

    return tables()


LOCAL = ProviderSpec(
    name="local",
    title=T("Offline engine", "离线引擎"),
    short_title=T("Offline", "离线"),
    description=T("Works offline with no account: a preview voice made on this computer. A base voice is moved "
                  "towards your sample's pitch, vocal-tract length, pace and loudness; the timbre is not copied.",
                  "无需账号、离线可用：在本机生成的预览音色。基础音色向样本的音高、声道长度、语速和响度靠拢，"
                  "并不复制音色本身。"),
    account=ACCOUNT,
    capabilities=(Capability.ENROLL | Capability.SYNTHESIZE | Capability.STREAMING | Capability.DELETE_VOICE
                  | Capability.UPDATE_VOICE | Capability.STOCK_VOICES | Capability.OFFLINE
                  | Capability.TIMESTAMPS),
    factory="studio.providers.local.engine:create",
    text=TextRules(per_request=5000, total=5000, yuan_per_10k=0.0),
    recording=RecordingTarget(peak_band=(-12.0, -3.0), sample_s=(5.0, 30.0)),
    fields=(Field("local.english_voice", FieldKind.CHOICE, T("English base voice", "英文基础音色"), default="auto",
                  choices=(Choice("auto", T("Best available", "自动选择")),
                           Choice("piper", T("Piper (natural)", "Piper（自然）")),
                           Choice("espeak", T("eSpeak NG (robotic, small)", "eSpeak NG（机械感，体积小）"))),
                  advanced=True),),
    synth_options=(
        OptionSpec("sample_rate", int, T("Sample rate", "采样率"), 24000,
                   choices=tuple(Choice(r, T(f"{r} Hz", f"{r} Hz")) for r in (16000, 22050, 24000, 44100, 48000))),
        OptionSpec("volume", int, T("Volume", "音量"), 50, 0, 100),
        OptionSpec("rate", float, T("Rate", "语速"), 1.0, 0.5, 2.0),
        OptionSpec("pitch", float, T("Pitch", "音调"), 1.0, 0.5, 2.0),
    ),
    rules=_rules,
    needs_account=False,
)

SPECS = (LOCAL,)
