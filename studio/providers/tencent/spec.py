"""Tencent as the studio sees it: two accounts, two providers.

Tencent Cloud 声音复刻 (VRS, Cloud API 3.0) makes a voice from one read line (一句话复刻) and speaks with it
through 语音合成 (TextToVoice); it is what a Tencent Cloud account offers today. The Multimedia Lab gateway
("声音克隆" of Tencent Multimedia Lab's Smart Music API) trains models from recordings in a COS content
repository; it sits behind Tencent's API Gateway, which Tencent shuts down in batches from 30 October
2026 (announcement 2475), and is kept for accounts that still have a gateway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.i18n import Text
from studio.providers.base import Capability
from studio.providers.spec import (
    AccountSpec,
    Choice,
    DocRef,
    Field,
    FieldKind,
    NameRule,
    OptionSpec,
    ProviderSpec,
    RecordingTarget,
    TextRules,
)
from studio.providers.tencent.counting import PER_REQUEST, count_tts

if TYPE_CHECKING:
    from studio.validation.rules import ProviderRules

T = Text
MML_VOICE_CLONING = DocRef(T("Tencent Multimedia Lab Smart Music: voice cloning API", "腾讯多媒体实验室智能音乐：声音克隆"),
                           "https://multimedia.tencent.com/zh/docs/smart-music/api/voice-cloning")
GATEWAY_RETIRED = DocRef(T("Tencent Cloud announcement 2475: API Gateway retired", "腾讯云公告 2475：【API网关】产品退市公告"),
                         "https://cloud.tencent.com/announce/detail/2475")

MML_ACCOUNT = AccountSpec(
    key="tencent-mml",
    title=T("Tencent Multimedia Lab gateway account", "腾讯多媒体实验室网关账号"),
    fields=(
        Field("tencent.base_url", FieldKind.URL, T("Gateway base URL", "网关基础地址"), env="TENCENT_MML_BASE_URL",
              optional=True, help=T("Leave empty for the address in Tencent's document.", "留空则使用腾讯文档中的地址。")),
        Field("tencent.secret_id", FieldKind.SECRET, T("SecretId", "SecretId"), env="TENCENT_MML_SECRET_ID"),
        Field("tencent.secret_key", FieldKind.SECRET, T("SecretKey", "SecretKey"), env="TENCENT_MML_SECRET_KEY"),
        Field("tencent.content_id", FieldKind.TEXT, T("Content repository id", "内容仓库 ID")),
        Field("tencent.cos_bucket", FieldKind.TEXT, T("COS bucket", "COS 存储桶")),
        Field("tencent.cos_region", FieldKind.TEXT, T("COS region", "COS 地域"), default="ap-guangzhou"),
        Field("tencent.cos_secret_id", FieldKind.SECRET, T("COS SecretId", "COS SecretId"), env="TENCENT_COS_SECRET_ID"),
        Field("tencent.cos_secret_key", FieldKind.SECRET, T("COS SecretKey", "COS SecretKey"),
              env="TENCENT_COS_SECRET_KEY"),
        Field("tencent.callback_url", FieldKind.URL, T("Callback URL (optional)", "回调地址（可选）"), optional=True),
        Field("tencent.cos_endpoint", FieldKind.URL, T("COS endpoint override", "COS 访问域名（覆盖）"), optional=True,
              advanced=True),
        Field("tencent.hmac_signing", FieldKind.FLAG, T("Sign gateway requests (HMAC-SHA1)", "网关请求签名（HMAC-SHA1）"),
              default=False, advanced=True),
        Field("tencent.gateway_source", FieldKind.TEXT, T("Gateway signing source", "网关签名 Source"), optional=True,
              advanced=True),
        Field("tencent.gateway_secret_id", FieldKind.SECRET, T("Gateway key id", "网关密钥 ID"), optional=True,
              advanced=True),
        Field("tencent.gateway_secret_key", FieldKind.SECRET, T("Gateway key secret", "网关密钥"), optional=True,
              advanced=True),
    ),
    docs=(MML_VOICE_CLONING,),
)


def _mml_rules() -> tuple[ProviderRules, ...]:
    from studio.providers.tencent.samples import mml_tables

    return mml_tables()


MML = ProviderSpec(
    name="tencent",
    title=T("Tencent Multimedia Lab", "腾讯多媒体实验室"),
    short_title=T("Tencent MML", "腾讯多媒体实验室"),
    description=T("Tencent Multimedia Lab voice cloning through its API gateway: training and generate jobs "
                  "through a content repository bound to your COS bucket. Tencent shuts its API Gateway down in "
                  "batches from 30 October 2026; where the gateway is gone, use Tencent Cloud 声音复刻.",
                  "通过 API 网关使用腾讯多媒体实验室声音克隆：训练和生成任务经由绑定到您 COS 存储桶的内容仓库。"
                  "腾讯云 API 网关自 2026 年 10 月 30 日起分批停止服务；网关下线后请改用腾讯云声音复刻。"),
    account=MML_ACCOUNT,
    capabilities=(Capability.TRAIN | Capability.SYNTHESIZE | Capability.VOICE_CONVERSION
                  | Capability.STOCK_VOICES),
    factory="studio.providers.tencent.mml:create",
    text=TextRules(per_request=512, total=512, source=MML_VOICE_CLONING),
    recording=RecordingTarget(peak_band=(-6.0, -3.0), minutes_needed=20.0, source=MML_VOICE_CLONING),
    train_options=(OptionSpec("epochs", int, T("Training epochs", "训练轮数"), 30, 1, 50, cli="--epochs"),),
    name_rule=NameRule("A-Za-z0-9_", 63, hint=T("Letters, digits and _, under 64 characters, unique.",
                                                "字母、数字和下划线，少于 64 个字符，且不可重复。")),
    rules=_mml_rules,
    docs=(MML_VOICE_CLONING, GATEWAY_RETIRED),
)


# ---- Tencent Cloud (API 3.0): 声音复刻 + 语音合成 ----------------------------------------------------

VRS_PAGES = DocRef(T("Tencent Cloud 声音复刻 (VRS) API", "腾讯云声音复刻 API"), "https://cloud.tencent.com/document/api/1283/90060")
VRS_DETECT = DocRef(T("Tencent Cloud 声音复刻: environment and sound-quality check", "腾讯云声音复刻：环境检测和音频质量检测"),
                    "https://cloud.tencent.com/document/api/1283/90062")
VRS_CREATE = DocRef(T("Tencent Cloud 声音复刻: create a cloning task (CreateVRSTask)", "腾讯云声音复刻：声音复刻任务创建接口"),
                    "https://cloud.tencent.com/document/api/1283/90064")
TTS_PAGE = DocRef(T("Tencent Cloud speech synthesis: TextToVoice (基础语音合成)", "腾讯云语音合成：基础语音合成"),
                  "https://cloud.tencent.com/document/product/441/8217")
CAM_KEYS = DocRef(T("Tencent Cloud CAM: API keys", "腾讯云访问管理：API 密钥管理"), "https://console.cloud.tencent.com/cam/capi")

CLOUD_ACCOUNT = AccountSpec(
    key="tencentcloud",
    title=T("Tencent Cloud account (API 3.0)", "腾讯云账号（云 API 3.0）"),
    fields=(
        Field("tencentcloud.secret_id", FieldKind.SECRET, T("SecretId", "SecretId"), env="TENCENTCLOUD_SECRET_ID",
              help=T("From the CAM console's API keys page.", "在访问管理控制台的 API 密钥页面获取。")),
        Field("tencentcloud.secret_key", FieldKind.SECRET, T("SecretKey", "SecretKey"), env="TENCENTCLOUD_SECRET_KEY"),
        Field("tencentcloud.region", FieldKind.CHOICE, T("Region", "地域"), default="ap-guangzhou",
              choices=(Choice("ap-guangzhou", T("Guangzhou", "广州")), Choice("ap-shanghai", T("Shanghai", "上海")),
                       Choice("ap-beijing", T("Beijing", "北京")),
                       Choice("", T("Not sent (the service's default)", "不发送（使用服务默认地域）"), advanced=True))),
        Field("tencentcloud.vrs_url", FieldKind.URL, T("声音复刻 (VRS) address", "声音复刻（VRS）地址"),
              env="TENCENTCLOUD_VRS_URL", optional=True, advanced=True,
              help=T("Leave empty for https://vrs.tencentcloudapi.com.", "留空则使用 https://vrs.tencentcloudapi.com。")),
        Field("tencentcloud.tts_url", FieldKind.URL, T("Speech synthesis (TTS) address", "语音合成（TTS）地址"),
              env="TENCENTCLOUD_TTS_URL", optional=True, advanced=True,
              help=T("Leave empty for https://tts.tencentcloudapi.com.", "留空则使用 https://tts.tencentcloudapi.com。")),
    ),
    docs=(CAM_KEYS,),
)


def _vrs_rules() -> tuple[ProviderRules, ...]:
    from studio.providers.tencent.vrs_samples import vrs_tables

    return vrs_tables()


VRS = ProviderSpec(
    name="tencent-vrs",
    title=T("Tencent Cloud 声音复刻", "腾讯云声音复刻"),
    short_title=T("Tencent Cloud", "腾讯云复刻"),
    description=T("Clones a voice from one line read aloud (5–15 s): Tencent gives the line, checks the take, and "
                  "makes the voice in a few minutes; it speaks through Tencent Cloud speech synthesis and expires "
                  "after the time Tencent sets. Needs a Tencent Cloud SecretId and SecretKey.",
                  "朗读一句话（5～15 秒）即可复刻声音：腾讯提供文本、检测录音，几分钟内生成音色；通过腾讯云语音合成发声，"
                  "并在腾讯设定的时间后过期。需要腾讯云 SecretId 和 SecretKey。"),
    account=CLOUD_ACCOUNT,
    capabilities=(Capability.SAMPLE_JOB | Capability.SYNTHESIZE | Capability.TIMESTAMPS | Capability.ONLINE_CHECK
                  | Capability.TRAINING_TEXT | Capability.EXPIRES),
    factory="studio.providers.tencent.cloud:create",
    text=TextRules(per_request=PER_REQUEST, total=PER_REQUEST, counter=count_tts, source=TTS_PAGE),
    recording=RecordingTarget(peak_band=(-6.0, -3.0), sample_s=(5.0, 15.0), source=VRS_DETECT),
    enrol_options=(
        OptionSpec("text_id", str, T("Line read (text id)", "朗读文本 ID"), None, cli="--text-id",
                   help=T("The id of the line the take reads, as Tencent gave it (valid for 7 days).",
                          "录音所朗读文本的 ID，由腾讯提供（7 天内有效）。")),
        OptionSpec("gender", str, T("Gender", "性别"), None, required=True,  # VoiceGender: required (90064)
                   choices=(Choice("male", T("Male", "男声")), Choice("female", T("Female", "女声")))),
        OptionSpec("language", str, T("Voice language", "音色语言"), "zh",
                   choices=(Choice("zh", T("Chinese", "中文")),
                            Choice("en", T("English (not offered by Tencent's page yet)", "英文（腾讯文档暂未提供）")))),
        OptionSpec("enhance", bool, T("Voice enhancement", "语音增强"), False, cli="--voice-enhance",
                   help=T("Tencent cleans up the take before cloning (EnableVoiceEnhance).",
                          "复刻前由腾讯对录音做语音增强（EnableVoiceEnhance）。")),
        OptionSpec("callback_url", str, T("Callback URL", "回调地址"), None, cli="--callback-url", advanced=True,
                   help=T("Tencent's page says callbacks do not fire for one-sentence clones yet; the studio asks "
                          "for the result itself either way.", "腾讯文档说明一句话复刻暂不支持回调；工作室无论如何都会主动查询结果。")),
    ),
    synth_options=(
        OptionSpec("sample_rate", int, T("Sample rate", "采样率"), 16000,
                   choices=tuple(Choice(r, T(f"{r} Hz", f"{r} Hz")) for r in (8000, 16000, 24000))),
        OptionSpec("volume", int, T("Volume", "音量"), 50, 0, 100),
        OptionSpec("rate", float, T("Rate", "语速"), 1.0, 0.6, 2.5),
    ),
    name_rule=NameRule(max_length=64, hint=T("Any name you like; it is shown in Tencent's console.",
                                             "任意名称，会显示在腾讯云控制台中。")),
    rules=_vrs_rules,
    docs=(VRS_PAGES, VRS_DETECT, VRS_CREATE, TTS_PAGE),
)

SPECS = (VRS, MML)
