"""Tencent Cloud API 3.0 error codes in the studio's taxonomy, with plain words in both languages.

Sources, cited beside each group:
- 公共错误码 (common error codes), e.g. "声音复刻 错误码" https://cloud.tencent.com/document/api/1283/90074 — the
  envelope `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}` and the codes every product shares;
- the VRS codes (same page, and `tencentcloud/vrs/v20200824/errorcodes.py` of the official SDK);
- the TTS codes of "基础语音合成" https://cloud.tencent.com/document/product/441/8217 (错误码) and
  `tencentcloud/tts/v20190823/errorcodes.py`.

A code is matched exactly first, then by its longest dotted prefix ("AuthFailure.SignatureExpire" before
"AuthFailure"). What is shown: our sentence, then Tencent's own message, then (by `StudioError`) the
code and the RequestId.
"""

from __future__ import annotations

from studio import redact
from studio.errors import ErrorKind, StudioError, error_for

AU, RL, QU, IN, VR, TR, NF = (ErrorKind.AUTH, ErrorKind.RATE_LIMITED, ErrorKind.QUOTA, ErrorKind.INVALID_INPUT,
                       ErrorKind.VENDOR_REJECTED, ErrorKind.TRANSIENT_NETWORK, ErrorKind.NOT_FOUND)

# code → (kind, English, Chinese). Prefix entries (no dot at the end needed) cover their sub-codes.
CODES: dict[str, tuple[ErrorKind, str, str]] = {
    # 公共错误码: credentials and signing
    "AuthFailure": (AU, "Tencent Cloud refused the SecretId/SecretKey.", "腾讯云拒绝了 SecretId/SecretKey。"),
    "AuthFailure.SecretIdNotFound": (AU, "This SecretId does not exist or is disabled; check it in the CAM console.",
                                     "该 SecretId 不存在或已被禁用，请在访问管理控制台检查。"),
    "AuthFailure.InvalidSecretId": (AU, "This is not a Tencent Cloud API key.", "这不是腾讯云 API 密钥。"),
    "AuthFailure.SignatureFailure": (AU, "The request's signature does not match: the SecretKey is probably wrong.",
                                     "请求签名不匹配：SecretKey 很可能填写有误。"),
    "AuthFailure.SignatureExpire": (AU, "This computer's clock differs from Tencent's by more than five minutes; "
                                       "set the clock right and try again.",
                                    "本机时间与腾讯云相差超过五分钟，请校准系统时间后重试。"),
    "AuthFailure.UnauthorizedOperation": (AU, "This key is not allowed to use this service (CAM permissions).",
                                          "该密钥无权使用此服务（访问管理权限）。"),
    "AuthFailure.InvalidAuthorization": (AU, "Tencent Cloud could not read the request's authorization.",
                                         "腾讯云无法识别请求的鉴权信息。"),
    "UnauthorizedOperation": (AU, "This key is not allowed to use this service (CAM permissions).",
                              "该密钥无权使用此服务（访问管理权限）。"),
    # 公共错误码: frequency and quota
    "RequestLimitExceeded": (RL, "Too many requests per second for this account.", "该账号每秒请求次数超过限制。"),
    "LimitExceeded.AccessLimit": (RL, "Too many requests per second for this account.", "该账号每秒请求次数超过限制。"),
    "InternalError.ExceedMaxLimit": (RL, "Tencent Cloud is limiting load; wait a little.", "腾讯云正在限流，请稍候。"),
    "LimitExceeded": (QU, "An account quota is used up.", "账号配额已用尽。"),
    "ResourceInsufficient": (QU, "The account's resources are used up.", "账号资源不足。"),
    "UnsupportedOperation.VRSQuotaExhausted": (QU, "The account has no voice-cloning task quota left.",
                                               "账号已无声音复刻任务配额。"),
    "UnsupportedOperation.AccountArrears": (QU, "The Tencent Cloud account is in arrears.", "腾讯云账号已欠费。"),
    "UnsupportedOperation.NoBanlance": (QU, "The Tencent Cloud account has no balance.", "腾讯云账号余额不足。"),
    "UnsupportedOperation.NoFreeAccount": (QU, "The free package is used up; buy a package or enable pay-as-you-go.",
                                           "免费资源包已用尽，请购买资源包或开通后付费。"),
    "UnsupportedOperation.PkgExhausted": (QU, "The resource package is used up.", "资源包余量已用尽。"),
    "UnsupportedOperation.ServerNotOpen": (VR, "Speech synthesis is not activated for this account; activate it in "
                                              "the console.", "该账号未开通语音合成服务，请在控制台开通。"),
    "UnsupportedOperation.ServerStopped": (VR, "Speech synthesis is stopped for this account.", "该账号的语音合成服务已停用。"),
    "UnsupportedOperation.ServerDestoryed": (VR, "Speech synthesis was removed from this account.", "该账号的语音合成服务已销毁。"),
    "UnsupportedOperation.ForbiddenUse": (VR, "The service is forbidden for this account.", "该账号被禁止使用此服务。"),
    "UnsupportedOperation.TextTooLong": (IN, "The text is longer than one request takes.", "文本超过单次请求的长度。"),
    "UnsupportedOperation": (VR, "Tencent Cloud does not support this operation.", "腾讯云不支持该操作。"),
    # 公共错误码: the request itself
    "InvalidParameter": (IN, "Tencent Cloud did not accept a value of the request.", "腾讯云不接受请求中的某个参数。"),
    "InvalidParameterValue": (IN, "Tencent Cloud did not accept a value of the request.", "腾讯云不接受请求中的某个参数值。"),
    "MissingParameter": (IN, "A required value is missing from the request.", "请求缺少必填参数。"),
    "UnknownParameter": (IN, "The request carries a value Tencent Cloud does not know.", "请求包含腾讯云不认识的参数。"),
    "InvalidParameterValue.AudioDurationExceedsLimit": (IN, "The take is longer than 15 seconds.", "录音超过 15 秒。"),
    "InvalidParameterValue.AudioData": (IN, "Tencent Cloud could not use the audio of the take.", "腾讯云无法使用这段录音的音频数据。"),
    "InvalidParameterValue.SampleRate": (IN, "Tencent Cloud does not take this sample rate.", "腾讯云不支持该采样率。"),
    "InvalidParameterValue.Codec": (IN, "Tencent Cloud does not take this audio format.", "腾讯云不支持该音频格式。"),
    "InvalidParameterValue.VoiceName": (IN, "Tencent Cloud did not accept the voice name.", "腾讯云不接受该音色名称。"),
    "InvalidParameterValue.VoiceGender": (IN, "Tencent Cloud did not accept the gender.", "腾讯云不接受该性别取值。"),
    "InvalidParameterValue.VoiceLanguage": (IN, "Tencent Cloud did not accept the voice language.", "腾讯云不接受该音色语言。"),
    "InvalidParameterValue.VoiceType": (IN, "Tencent Cloud does not know this voice (it may have expired).",
                                        "腾讯云找不到该音色（可能已过期）。"),
    "InvalidParameterValue.TextTooLong": (IN, "The text is longer than one request takes.", "文本超过单次请求的长度。"),
    "InvalidParameterValue.TextEmpty": (IN, "There is no text to speak.", "没有要合成的文本。"),
    "InvalidParameterValue.InvalidText": (IN, "The text has characters that cannot be spoken.", "文本含有无法合成的字符。"),
    "InvalidParameterValue.ErrorInvalidTaskId": (NF, "Tencent Cloud does not know this task.", "腾讯云找不到该任务。"),
    "InvalidAction": (VR, "This Tencent Cloud action does not exist (any more).", "该腾讯云接口不存在（或已下线）。"),
    "ActionOffline": (VR, "This Tencent Cloud action has been taken offline.", "该腾讯云接口已下线。"),
    "NoSuchVersion": (VR, "This version of the Tencent Cloud API does not exist.", "该腾讯云接口版本不存在。"),
    "UnsupportedRegion": (IN, "The service is not offered in this region; pick another in Providers.",
                          "该地域不提供此服务，请在“服务商”页更换地域。"),
    "RequestSizeLimitExceeded": (IN, "The request is too large for Tencent Cloud.", "请求包超过腾讯云的大小限制。"),
    "ResourceNotFound": (NF, "Tencent Cloud does not know this resource.", "腾讯云找不到该资源。"),
    # VRS: 声音复刻 错误码
    "FailedOperation.NoSuchTask": (NF, "Tencent Cloud does not know this cloning task.", "腾讯云找不到该复刻任务。"),
    "FailedOperation.VoiceNotQualified": (VR, "Tencent Cloud judged the audio quality too poor.", "腾讯云判定音频质量差。"),
    "FailedOperation.VoiceEvaluateFailed": (TR, "Tencent Cloud could not check the take this time.", "腾讯云本次未能完成检测。"),
    "FailedOperation.ErrorInvalidTaskStatus": (VR, "The task is not in a state that allows this.", "任务当前状态不允许该操作。"),
    "FailedOperation": (VR, "Tencent Cloud could not carry out the operation.", "腾讯云未能完成该操作。"),
    # 公共错误码: the service's own trouble
    "InternalError": (TR, "Tencent Cloud had an internal error.", "腾讯云内部错误。"),
    "InternalError.NoResource": (TR, "Tencent Cloud has no resources free right now.", "腾讯云暂无可用资源。"),
    "ServiceUnavailable": (TR, "The Tencent Cloud service is unavailable for now.", "腾讯云服务暂时不可用。"),
    "ResourceUnavailable": (VR, "The resource is not available.", "该资源不可用。"),
}


def lookup(code: str) -> tuple[ErrorKind, str, str] | None:
    """The entry for `code`, or for its longest dotted prefix that has one."""
    parts = code.split(".")
    for n in range(len(parts), 0, -1):
        entry = CODES.get(".".join(parts[:n]))
        if entry is not None:
            return entry
    return None


def cloud_error(provider: str, code: str, message: str, request_id: str | None, *,
                status: int | None = None) -> StudioError:
    """The StudioError for a Cloud API error answer (never echoing a registered secret)."""
    said = redact.scrub(message or "").strip()
    entry = lookup(code)
    if entry is None:
        kind = ErrorKind.TRANSIENT_NETWORK if (status or 200) >= 500 else ErrorKind.VENDOR_REJECTED
        en, zh = "Tencent Cloud refused the request.", "腾讯云拒绝了该请求。"
    else:
        kind, en, zh = entry
    detail = f"{en} Tencent Cloud said: {said}" if said else en
    detail_zh = f"{zh}腾讯云返回：{said}" if said else zh
    return error_for(kind, detail, detail_zh=detail_zh, provider=provider, code=redact.scrub(code) or None,
                     request_id=request_id or None, status=status)
