"""DashScope's error table and how a vendor answer becomes a studio error.

Sources: the error-code page of Alibaba Cloud Model Studio (百炼 "错误信息", https://help.aliyun.com/zh/model-studio/error-code),
the CosyVoice clone page's 错误码 table, and the official SDK's envelope (`code`, `message`, `request_id`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from studio import redact
from studio.errors import ErrorKind, StudioError, error_for
from studio.providers.http import ErrorMapper, kind_for_status, parse_retry_after, plain_text


@dataclass(frozen=True)
class VendorCode:
    kind: ErrorKind
    en: str
    zh: str


_SAMPLE_HINT = ("The sample must be WAV (16-bit), MP3 or M4A, ≤ 10 MB, ≥ 16 kHz, 10–20 s with at least "
                "5 s of continuous speech.", "样本须为 WAV（16 位）、MP3 或 M4A，≤ 10 MB，≥ 16 kHz，时长 10–20 秒，"
                "且至少包含 5 秒连续语音。")
K = ErrorKind
# Every code listed in the spec (§1.6, §2.3, §7) plus the account-state codes of the same table [ERR].
VENDOR_CODES: dict[str, VendorCode] = {
    "InvalidParameter": VendorCode(K.INVALID_INPUT, "A parameter was missing or not valid.",
                                   "参数缺失或无效。"),
    "BadRequest.ResourceNotExist": VendorCode(K.NOT_FOUND, "The voice does not exist at DashScope (deleted?).",
                                              "该音色在 DashScope 上不存在（可能已删除）。"),
    "Throttling.AllocationQuota": VendorCode(K.QUOTA, "The account's voice quota (1,000 voices) or allocated "
                                             "quota is used up; delete unused voices.",
                                             "账号音色配额（1000 个）或分配额度已用尽，请删除不用的音色。"),
    "Audio.AudioShortError": VendorCode(K.INVALID_INPUT, "The sample has too little valid speech. "
                                        + _SAMPLE_HINT[0], "样本的有效语音太短。" + _SAMPLE_HINT[1]),
    "Audio.DecoderError": VendorCode(K.INVALID_INPUT, "DashScope could not decode the sample. " + _SAMPLE_HINT[0],
                                     "DashScope 无法解码该样本。" + _SAMPLE_HINT[1]),
    "Audio.AudioRateError": VendorCode(K.INVALID_INPUT, "The sample rate is too low (16 kHz or more needed).",
                                       "采样率过低（需要 16 kHz 及以上）。"),
    "Audio.FileSizeExceed": VendorCode(K.INVALID_INPUT, "The sample is larger than 10 MB.",
                                       "样本文件超过 10 MB。"),
    "Audio.AudioSilentError": VendorCode(K.INVALID_INPUT, "The sample is silent or has less than 10 s of "
                                         "speech.", "样本为静音，或有效语音不足 10 秒。"),
    "BadRequest.UnsupportedFileFormat": VendorCode(K.INVALID_INPUT, "The file format is not supported "
                                                   "(use WAV, MP3 or M4A).", "不支持该文件格式（请用 WAV、MP3 或 M4A）。"),
    "BadRequest.InputDownloadFailed": VendorCode(K.INVALID_INPUT, "DashScope could not download the sample; "
                                                 "the URL must be public (or a fresh temporary upload).",
                                                 "DashScope 无法下载样本；网址必须可公开访问（或为未过期的临时上传）。"),
    "InvalidApiKey": VendorCode(K.AUTH, "The API key is not valid.", "API Key 无效。"),
    "AccessDenied": VendorCode(K.AUTH, "This key may not use this service or workspace.",
                               "该 API Key 无权使用此服务或业务空间。"),
    "AccessDenied.Unpurchased": VendorCode(K.VENDOR_REJECTED, "The service is not activated for this account; "
                                           "activate Model Studio in the console.",
                                           "该账号未开通此服务，请在控制台开通百炼。"),
    "Model.AccessDenied": VendorCode(K.VENDOR_REJECTED, "This account may not use the model.",
                                     "该账号无权使用此模型。"),
    "ModelNotFound": VendorCode(K.INVALID_INPUT, "The model does not exist.", "模型不存在。"),
    "Throttling": VendorCode(K.RATE_LIMITED, "Requests are being throttled.", "请求被限流。"),
    "Throttling.RateQuota": VendorCode(K.RATE_LIMITED, "Too many requests per second.", "每秒请求过多。"),
    "Throttling.BurstRate": VendorCode(K.RATE_LIMITED, "The request rate rose too quickly.", "请求速率上升过快。"),
    "CommodityNotPurchased": VendorCode(K.VENDOR_REJECTED, "The service is not purchased for this account.",
                                        "该账号未购买此服务。"),
    "AllocationQuota.FreeTierOnly": VendorCode(K.QUOTA, "The free tier is used up and only free use is "
                                               "allowed.", "免费额度已用完，且账号仅允许免费使用。"),
    "Arrearage": VendorCode(K.QUOTA, "The account is in arrears; top it up.", "账号欠费，请充值。"),
    "DataInspectionFailed": VendorCode(K.VENDOR_REJECTED, "The content did not pass DashScope's inspection.",
                                       "内容未通过 DashScope 的安全检查。"),
    "InternalError": VendorCode(K.TRANSIENT_NETWORK, "DashScope had an internal error; try again.",
                                "DashScope 内部错误，请重试。"),
    "CLIENT_ERROR": VendorCode(K.TRANSIENT_NETWORK, "The synthesis task timed out waiting for text "
                               "(23 s without a message).", "合成任务等待文本超时（23 秒无消息）。"),
    "SERVER_ERROR": VendorCode(K.TRANSIENT_NETWORK, "The synthesis server failed; try again.",
                               "合成服务出错，请重试。"),
    # "删除调优任务" (https://help.aliyun.com/zh/model-studio/delete-fine-tuning-job-api), 错误码列表.
    "UnsupportedOperation": VendorCode(K.VENDOR_REJECTED, "DashScope does not allow this on the item in its "
                                       "current state.", "DashScope 不允许在该项目当前的状态下执行此操作。"),
    "NotFound": VendorCode(K.NOT_FOUND, "It does not exist at DashScope (deleted?).",
                           "该项目在 DashScope 上不存在（可能已删除）。"),
}
del K


def vendor_error(provider: str, *, status: int | None, code: str | None, message: str | None,
                 request_id: str | None = None, retry_after: float | None = None) -> StudioError:
    """Turn a vendor answer (HTTP error body or WS task-failed) into the studio's taxonomy."""
    message = redact.scrub(message or "")
    entry = VENDOR_CODES.get(code or "")
    if entry is None and code:  # e.g. "Throttling.Foo" or "Audio.NewCheck": use the family
        entry = VENDOR_CODES.get(code.split(".")[0])
    if code == "InternalError" and "audio" in message.lower():
        # "audio preprocess server error": the sample, not the network (clone page).
        entry = VendorCode(ErrorKind.VENDOR_REJECTED, "DashScope could not process the sample (noise, "
                           "uneven level or defects). " + _SAMPLE_HINT[0],
                           "DashScope 无法处理该样本（噪声、音量起伏或其他缺陷）。" + _SAMPLE_HINT[1])
    if entry is None:
        kind = kind_for_status(status) if status else ErrorKind.VENDOR_REJECTED
        en, zh = "", ""
    else:
        kind, en, zh = entry.kind, entry.en, entry.zh
    if code and code.startswith("Audio.") and entry is None:
        kind = ErrorKind.INVALID_INPUT
    said_en = f" DashScope said: {message}" if message else ""
    said_zh = f" DashScope 返回：{message}" if message else ""
    return error_for(kind, (en + said_en).strip(), detail_zh=(zh + said_zh).strip(), provider=provider,
                     code=code or None, request_id=request_id or None, status=status, retry_after=retry_after)


def http_error_mapper(provider: str) -> ErrorMapper:
    """An `ErrorMapper` for `HttpClient`: the vendor envelope (§0.3), or status text when not JSON."""

    def mapper(response: httpx.Response, body: Any) -> StudioError:
        data = body if isinstance(body, dict) else {}
        # A gateway's HTML page is shown as its title, not as raw markup (reliability matrix).
        message = data.get("message") or data.get("msg") or (plain_text(response.text) if not data else "")
        err = vendor_error(provider, status=response.status_code, code=data.get("code"), message=message,
                           request_id=data.get("request_id"),
                           retry_after=parse_retry_after(response.headers.get("Retry-After")))
        return err

    return mapper
