"""Tencent as the studio sees it.

The Multimedia Lab gateway ("声音克隆" of Tencent Multimedia Lab's Smart Music API) trains models from
recordings in a COS content repository and generates speech from text or speech; its keys travel in
the request body and its results land in the user's COS bucket.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.i18n import Text
from studio.providers.base import Capability
from studio.providers.spec import (
    AccountSpec,
    DocRef,
    Field,
    FieldKind,
    NameRule,
    OptionSpec,
    ProviderSpec,
    RecordingTarget,
    TextRules,
)

if TYPE_CHECKING:
    from studio.validation.rules import ProviderRules

T = Text
MML_VOICE_CLONING = DocRef(T("Tencent Multimedia Lab Smart Music: voice cloning API", "腾讯多媒体实验室智能音乐：声音克隆"),
                           "https://multimedia.tencent.com/zh/docs/smart-music/api/voice-cloning")

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
                  "through a content repository bound to your COS bucket.",
                  "通过 API 网关使用腾讯多媒体实验室声音克隆：训练和生成任务经由绑定到您 COS 存储桶的内容仓库。"),
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
    docs=(MML_VOICE_CLONING,),
)

SPECS = (MML,)
