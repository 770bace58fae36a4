"""DashScope (Alibaba Cloud Model Studio / 百炼) as the studio sees it: one account, two providers.

CosyVoice clones a voice from one 10–20 s sample at once, designs one from a description, and speaks
with word timings and SSML; Sambert trains a model on 20 minutes of read Mandarin. Both use the
account's API key, region and request queue. Pages the facts rest on: "CosyVoice声音复刻API",
"CosyVoice声音复刻/设计API", "实时语音合成-CosyVoice/Sambert", "轻量化声音克隆-快速开始"; the per-model and
per-region table is `models.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.i18n import Text
from studio.providers.base import Capability
from studio.providers.dashscope.cosyvoice_rules import DESIGN_PREVIEW_MAX, DESIGN_PROMPT_MAX
from studio.providers.dashscope.models import CLONE as COSYVOICE_CLONE
from studio.providers.dashscope.models import (
    CLONE_DESIGN,
    DEFAULT_TARGET_MODEL,
    DESIGN_HTTP,
    DESIGN_LANGUAGES,
    DESIGN_MODELS,
    LANGUAGE_TITLES,
    MODEL_GUIDE,
    SAMBERT_CLONE,
    V3_LANGUAGES,
    WEBSOCKET,
)
from studio.providers.dashscope.models import MODELS as MODEL_TABLE
from studio.providers.spec import (
    AccountSpec,
    Choice,
    DesignRules,
    DocRef,
    Field,
    FieldKind,
    NameRule,
    OptionSpec,
    ProviderSpec,
    RecordingTarget,
    TextRules,
)
from studio.providers.text import count_han_double, count_plain

if TYPE_CHECKING:
    from studio.validation.rules import ProviderRules

T = Text
API_KEY_PAGE = DocRef(T("Alibaba Cloud Model Studio: get an API key", "阿里云百炼：获取 API Key"),
                      "https://help.aliyun.com/zh/model-studio/get-api-key")

ACCOUNT = AccountSpec(
    key="dashscope",
    title=T("DashScope account (Alibaba Cloud Model Studio)", "DashScope 账号（阿里云百炼）"),
    fields=(
        Field("dashscope.api_key", FieldKind.SECRET, T("API key", "API Key"), env="DASHSCOPE_API_KEY",
              help=T("From the Model Studio console (API-KEY page).", "在百炼控制台的 API-KEY 页面获取。")),
        Field("dashscope.region", FieldKind.CHOICE, T("Region", "地域"), default="beijing",
              choices=(Choice("beijing", T("Beijing (China mainland)", "北京（中国内地）")),
                       Choice("singapore", T("Singapore (international)", "新加坡（国际）")),
                       Choice("custom", T("Custom base URLs", "自定义基础地址"), advanced=True))),
        Field("dashscope.workspace_id", FieldKind.TEXT, T("Workspace id (optional)", "业务空间 ID（可选）"),
              optional=True),
        Field("dashscope.http_base_url", FieldKind.URL, T("Custom HTTP base URL", "自定义 HTTP 基础地址"),
              env="DASHSCOPE_HTTP_BASE_URL", optional=True, advanced=True),
        Field("dashscope.ws_base_url", FieldKind.URL, T("Custom WebSocket base URL", "自定义 WebSocket 基础地址"),
              env="DASHSCOPE_WEBSOCKET_BASE_URL", optional=True, advanced=True),
    ),
    docs=(API_KEY_PAGE,),
)

# What each target model is for, in the clone page's words, newest first; the default is the model the
# model-selection page recommends for cloned and designed voices.
MODELS = tuple(Choice(m.name, m.title) for m in MODEL_TABLE.values())
SAMPLE_LANGUAGES = tuple(Choice(code, LANGUAGE_TITLES[code]) for code in V3_LANGUAGES)

_SPEED = (OptionSpec("volume", int, T("Volume", "音量"), 50, 0, 100),
          OptionSpec("rate", float, T("Rate", "语速"), 1.0, 0.5, 2.0),
          OptionSpec("pitch", float, T("Pitch", "音调"), 1.0, 0.5, 2.0))


def _cosyvoice_rules() -> tuple[ProviderRules, ...]:
    from studio.providers.dashscope.samples import cosyvoice_tables

    return cosyvoice_tables()


def _sambert_rules() -> tuple[ProviderRules, ...]:
    from studio.providers.dashscope.samples import sambert_tables

    return sambert_tables()


COSYVOICE = ProviderSpec(
    name="cosyvoice",
    title=T("DashScope CosyVoice", "阿里云 CosyVoice"),
    short_title=T("CosyVoice", "CosyVoice"),
    description=T("Clones a voice from one 10–20 s sample in seconds; streaming synthesis. Needs a DashScope "
                  "API key.", "用一段 10～20 秒的样本在几秒内复刻声音；流式合成。需要 DashScope API Key。"),
    account=ACCOUNT,
    capabilities=(Capability.ENROLL | Capability.SYNTHESIZE | Capability.STREAMING | Capability.STOCK_VOICES
                  | Capability.UPDATE_VOICE | Capability.DELETE_VOICE | Capability.INSTRUCTION | Capability.SEED
                  | Capability.SSML | Capability.TIMESTAMPS | Capability.VOICE_DESIGN),
    factory="studio.providers.dashscope.cosyvoice:create",
    text=TextRules(per_request=20_000, total=200_000, counter=count_han_double, han_counts_double=True,
                   yuan_per_10k=2.0, source=WEBSOCKET),
    recording=RecordingTarget(peak_band=(-6.0, -3.0), sample_s=(10.0, 20.0), source=COSYVOICE_CLONE),
    fields=(Field("cosyvoice.target_model", FieldKind.CHOICE, T("Default target model", "默认目标模型"),
                  default=DEFAULT_TARGET_MODEL, choices=MODELS,
                  help=T("The synthesis model a new voice is made for; a voice only speaks with its own model. "
                         f"Recommended: {DEFAULT_TARGET_MODEL} ({MODEL_GUIDE.title.en}).",
                         "新音色所绑定的合成模型；音色只能用其绑定的模型合成。"
                         f"推荐：{DEFAULT_TARGET_MODEL}（{MODEL_GUIDE.title.zh}）。")),),
    enrol_options=(
        OptionSpec("target_model", str, T("Target model", "目标模型"), None, choices=MODELS,
                   help=T("The model the voice will speak with; empty: the default target model.",
                          "驱动该音色的语音合成模型；留空则用默认目标模型。")),
        OptionSpec("language_hints", list, T("Language of the sample", "样本语言"), None, choices=SAMPLE_LANGUAGES,
                   cli="--language-hint",
                   help=T("The v3 and v3.5 models only; DashScope reads the first one.",
                          "仅 v3 与 v3.5 模型支持；DashScope 只读取第一个。")),
        OptionSpec("max_prompt_audio_length", float, T("Longest stretch of the sample used, in seconds", "复刻所用最长样本时长（秒）"),
                   None, 3.0, 30.0, advanced=True,
                   help=T(f"cosyvoice-v3.5-plus, v3.5-flash and v3-flash only; DashScope uses 10 s unless told "
                          f"({CLONE_DESIGN.title.en}).", f"仅 cosyvoice-v3.5-plus、v3.5-flash 与 v3-flash 支持；默认 10 秒"
                          f"（{CLONE_DESIGN.title.zh}）。")),
        OptionSpec("enable_preprocess", bool, T("Clean the sample first (denoise, level)", "先预处理样本（降噪、音量规整）"),
                   None, advanced=True, help=T("cosyvoice-v3.5-plus, v3.5-flash and v3-flash only.",
                                "仅 cosyvoice-v3.5-plus、v3.5-flash 与 v3-flash 支持。")),
    ),
    synth_options=(
        OptionSpec("sample_rate", int, T("Sample rate", "采样率"), 24000,
                   choices=tuple(Choice(r, T(f"{r} Hz", f"{r} Hz")) for r in (8000, 16000, 22050, 24000, 44100, 48000))),
        *_SPEED,
        OptionSpec("seed", int, T("Seed", "随机种子"), 0, 0, 65535),
        OptionSpec("instruction", str, T("Instruction", "指令"), None, max_length=128),
    ),
    name_rule=NameRule("a-z0-9", 10, lowercase=True,
                       hint=T("CosyVoice names a voice by a prefix of up to 10 lowercase letters or digits.",
                              "CosyVoice 用最多 10 个小写字母或数字作为音色前缀。")),
    # "声音设计API参考" (https://help.aliyun.com/zh/model-studio/voice-design-api-references): the description
    # and preview limits, the models that design, the description's languages (checked again by the client).
    design=DesignRules(
        DESIGN_PROMPT_MAX, DESIGN_PREVIEW_MAX,
        options=(OptionSpec("target_model", str, T("Target model", "目标模型"), None,
                            choices=tuple(c for c in MODELS if c.value in DESIGN_MODELS),
                            help=T("The model the designed voice will speak with; empty: the recommended one.",
                                   "驱动所设计音色的语音合成模型；留空则用推荐模型。")),
                 OptionSpec("language_hints", list, T("Language of the description", "描述语言"), None,
                            choices=tuple(Choice(c, LANGUAGE_TITLES[c]) for c in DESIGN_LANGUAGES),
                            cli="--language-hint")),
        source=DESIGN_HTTP),
    rules=_cosyvoice_rules,
    docs=(COSYVOICE_CLONE, WEBSOCKET),
)

SAMBERT = ProviderSpec(
    name="sambert",
    title=T("DashScope Sambert", "阿里云 Sambert"),
    short_title=T("Sambert", "Sambert"),
    description=T("Trains a voice on at least 20 minutes of read Mandarin, then a person reviews it (up to one "
                  "working day). Uses the DashScope key; the service needs enterprise approval.",
                  "用至少 20 分钟的普通话朗读训练音色，随后人工审核（不超过 1 个工作日）。使用 DashScope Key；"
                  "该服务需企业认证申请。"),
    account=ACCOUNT,
    capabilities=(Capability.TRAIN | Capability.SYNTHESIZE | Capability.STREAMING | Capability.STOCK_VOICES
                  | Capability.DELETE_VOICE | Capability.CANCEL_JOB | Capability.DELETE_JOB
                  | Capability.TIMESTAMPS),
    factory="studio.providers.dashscope.sambert:create",
    text=TextRules(per_request=10_000, total=10_000, counter=count_plain, yuan_per_10k=1.0, source=SAMBERT_CLONE),
    recording=RecordingTarget(peak_band=(-6.0, -3.0), minutes_needed=20.0, source=SAMBERT_CLONE),
    synth_options=(
        OptionSpec("sample_rate", int, T("Sample rate", "采样率"), 16000,
                   choices=tuple(Choice(r, T(f"{r} Hz", f"{r} Hz")) for r in (8000, 16000, 22050, 24000, 48000))),
        *_SPEED,
    ),
    name_rule=NameRule("a-z0-9_", 32, lowercase=True, letter_first=True,
                       hint=T("Lowercase letters, digits and _, starting with a letter, at most 32.",
                              "小写字母、数字和下划线，以字母开头，最多 32 个字符。")),
    rules=_sambert_rules,
    docs=(SAMBERT_CLONE,),
)

SPECS = (COSYVOICE, SAMBERT)
