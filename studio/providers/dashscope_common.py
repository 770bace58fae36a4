"""What every DashScope client shares: endpoints per region, headers, the vendor error table, text
counting and the per-account rate limits.

Sources: ../shared/specs/dashscope-protocol.md §0 (hosts, headers, envelope, overrides), §1.6 and §7
(error codes, limits), and the official SDK 2.0.2 (`dashscope/common/env.py`, `common/utils.py`).
Like the SDK, the environment variables `DASHSCOPE_API_KEY`, `DASHSCOPE_HTTP_BASE_URL` and
`DASHSCOPE_WEBSOCKET_BASE_URL` win over anything configured in the studio.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from studio import __version__, redact
from studio.errors import ErrorKind, InvalidInputError, StudioError, VendorRejectedError, error_for
from studio.providers.http import (
    ErrorMapper,
    HttpClient,
    RateLimiter,
    RetryPolicy,
    kind_for_status,
    parse_retry_after,
    plain_text,
)

HOSTS = {"beijing": "dashscope.aliyuncs.com", "singapore": "dashscope-intl.aliyuncs.com"}
WORKSPACE_REGIONS = {"beijing": "cn-beijing", "singapore": "ap-southeast-1"}
HTTP_PATH = "/api/v1"
WS_PATH = "/api-ws/v1/inference"
ENV_API_KEY = "DASHSCOPE_API_KEY"
ENV_HTTP = "DASHSCOPE_HTTP_BASE_URL"
ENV_WS = "DASHSCOPE_WEBSOCKET_BASE_URL"
_WORKSPACE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")  # as the SDK validates it

ENROLL_RPS = 10.0  # voice-enrollment, all target models combined (spec §7)
SYNTH_RPS = 3.0  # CosyVoice task submissions


class SettingsLike(Protocol):
    def get(self, key: str) -> Any: ...


class SecretsLike(Protocol):
    def get(self, name: str) -> str | None: ...


@dataclass(frozen=True)
class Endpoints:
    http_base: str  # ends with /api/v1
    ws_base: str  # ends with /api-ws/v1/inference
    region: str  # beijing | singapore | custom
    workspace_id: str = ""
    source: str = "settings"  # settings | env

    @property
    def host(self) -> str:
        return httpx.URL(self.http_base).host


def _clean(url: str, schemes: tuple[str, ...], what: str) -> str:
    url = url.strip().rstrip("/")
    if not url:
        return url
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidInputError(f"{what} {url!r} is not a URL.", detail_zh=f"{what} {url!r} 不是有效的网址。") from exc
    if parsed.scheme not in schemes or not parsed.host:
        raise InvalidInputError(
            f"{what} must start with {' or '.join(s + '://' for s in schemes)}: {url!r}.",
            detail_zh=f"{what} 必须以 {' 或 '.join(s + '://' for s in schemes)} 开头：{url!r}。",
        )
    return url


def ws_from_http(http_base: str) -> str:
    """The inference socket on the same host as an HTTP base (https → wss, http → ws)."""
    url = httpx.URL(http_base)
    scheme = "wss" if url.scheme == "https" else "ws"
    port = f":{url.port}" if url.port else ""
    return f"{scheme}://{url.host}{port}{WS_PATH}"


def resolve_endpoints(settings: SettingsLike, env: Mapping[str, str] | None = None) -> Endpoints:
    """Endpoints from `dashscope.region` / `dashscope.workspace_id` / custom URLs; env vars win."""
    env = os.environ if env is None else env
    region = str(settings.get("dashscope.region") or "beijing").lower()
    workspace = str(settings.get("dashscope.workspace_id") or "").strip()
    if workspace and not _WORKSPACE_ID.match(workspace):
        raise InvalidInputError(f"Workspace id {workspace!r} is not valid (letters, digits, - and _).",
                                detail_zh=f"业务空间 ID {workspace!r} 无效（仅限字母、数字、- 和 _）。")
    if region == "custom":
        http = _clean(str(settings.get("dashscope.http_base_url") or ""), ("http", "https"), "HTTP base URL")
        ws = _clean(str(settings.get("dashscope.ws_base_url") or ""), ("ws", "wss"), "WebSocket base URL")
        if not http:
            raise InvalidInputError("The custom region needs an HTTP base URL (…/api/v1).",
                                    detail_zh="自定义地域需要填写 HTTP 基础地址（…/api/v1）。")
        explicit_ws = bool(ws)
        ws = ws or ws_from_http(http)
    else:
        explicit_ws = False
        if region not in HOSTS:
            raise InvalidInputError(f"Unknown DashScope region {region!r}.", detail_zh=f"未知的地域 {region!r}。")
        host = f"{workspace}.{WORKSPACE_REGIONS[region]}.maas.aliyuncs.com" if workspace else HOSTS[region]
        http, ws = f"https://{host}{HTTP_PATH}", f"wss://{host}{WS_PATH}"
    source = "settings"
    env_http = _clean(env.get(ENV_HTTP, ""), ("http", "https"), ENV_HTTP)
    env_ws = _clean(env.get(ENV_WS, ""), ("ws", "wss"), ENV_WS)
    if env_http:
        http, source = env_http, "env"
        ws = ws if env_ws or explicit_ws else ws_from_http(env_http)
    if env_ws:
        ws, source = env_ws, "env"
    return Endpoints(http_base=http, ws_base=ws, region=region, workspace_id=workspace, source=source)


def resolve_api_key(secrets: SecretsLike, env: Mapping[str, str] | None = None) -> str | None:
    env = os.environ if env is None else env
    key = (env.get(ENV_API_KEY) or "").strip() or (secrets.get("dashscope.api_key") or "").strip() or None
    redact.register(key)
    return key


USER_AGENT = (f"voice-studio/{__version__}; python/{platform.python_version()}; "
              f"platform/{platform.system()}-{platform.machine()}")


def http_headers(api_key: str, workspace_id: str = "") -> dict[str, str]:
    """The headers the SDK sends on JSON calls (spec §0.2), with the studio's own user agent."""
    headers = {"Authorization": f"Bearer {api_key}", "Accept": "application/json; charset=utf-8",
               "user-agent": USER_AGENT}
    if workspace_id:
        headers["X-DashScope-WorkSpace"] = workspace_id
    return headers


def ws_headers(api_key: str, workspace_id: str = "") -> dict[str, str]:
    headers = {"Authorization": f"Bearer {api_key}", "user-agent": USER_AGENT}
    if workspace_id:
        headers["X-DashScope-WorkSpace"] = workspace_id
    return headers


# --- text -------------------------------------------------------------------------------------
def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def count_chars(text: str) -> int:
    """The vendor's billing count: a Chinese character is 2, every other character 1, SSML tags 0."""
    if text.lstrip().startswith("<speak"):
        text = re.sub(r"<[^>]*>", "", text)
    return sum(2 if _is_cjk(ch) else 1 for ch in text)


_BREAKS = re.compile(r"(?<=[。！？!?；;…\n])|(?<=[.,，、:：])(?=\s)|(?<=[，、：])")


def split_text(text: str, limit: int) -> list[str]:
    """Chunks of at most `limit` (as `count_chars` counts), cut after sentence ends where possible."""
    chunks: list[str] = []
    current = ""
    for piece in _BREAKS.split(text):
        while count_chars(piece) > limit:  # a run with no break at all: cut it hard
            cut = 0
            while count_chars(piece[: cut + 1]) <= limit:
                cut += 1
            head, piece = piece[:cut], piece[cut:]
            if current:
                chunks.append(current)
                current = ""
            chunks.append(head)
        if count_chars(current + piece) > limit:
            chunks.append(current)
            current = piece
        else:
            current += piece
    if current:
        chunks.append(current)
    return [c for c in chunks if c]


# --- vendor errors ----------------------------------------------------------------------------
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


# --- per-account limits -----------------------------------------------------------------------
@dataclass
class AccountLimiters:
    enroll: RateLimiter
    synth: RateLimiter


_limiters: dict[tuple[str, str], AccountLimiters] = {}
_limiters_lock = threading.Lock()


def limiters_for(http_base: str, api_key: str) -> AccountLimiters:
    """One pair of limiters per account and host, shared by every provider object using it.

    Burst 1: the vendor's window is not documented (spec §9.15), so requests are spaced evenly.
    """
    url = httpx.URL(http_base)
    ident = (f"{url.host}:{url.port or ''}", hashlib.sha256(api_key.encode()).hexdigest())
    with _limiters_lock:
        found = _limiters.get(ident)
        if found is None:
            found = _limiters[ident] = AccountLimiters(RateLimiter(ENROLL_RPS, burst=1),
                                                       RateLimiter(SYNTH_RPS, burst=1))
        return found


class RestClient:
    """The HTTP side of one DashScope API family (files, fine-tunes): auth headers, retries, errors."""

    def __init__(self, provider: str, api_key: str, endpoints: Endpoints, *, limiter: RateLimiter | None = None,
                 retry: RetryPolicy | None = None, transport: httpx.BaseTransport | None = None) -> None:
        self.provider = provider
        self.http = HttpClient(provider, base_url=endpoints.http_base + "/",
                               headers=http_headers(api_key, endpoints.workspace_id), rate_limiter=limiter,
                               retry=retry, error_mapper=http_error_mapper(provider), transport=transport)

    def close(self) -> None:
        self.http.close()

    def payload(self, body: Any, *keys: str) -> dict[str, Any]:
        """The first of `keys` present in the answer (the SDK reads `data` and `output` in an API's order)."""
        if not isinstance(body, dict):
            raise VendorRejectedError("DashScope answered without a body.", provider=self.provider)
        for key in keys:
            if key in body:
                value = body[key]
                return value if isinstance(value, dict) else {}
        return {}


class DashScopeAccount:
    """What CosyVoice and Sambert share: one API key and one set of endpoints per account."""

    name: str
    api_key: str | None
    endpoints: Endpoints | None
    config_error: StudioError | None

    def is_configured(self) -> bool:
        return bool(self.api_key and self.endpoints and not self.config_error)

    def _ready(self) -> tuple[str, Endpoints]:
        if self.config_error:
            raise self.config_error
        if not self.api_key or not self.endpoints:
            raise InvalidInputError("No DashScope API key: set it in Providers or in DASHSCOPE_API_KEY.",
                                    detail_zh="未设置 DashScope API Key：请在“服务商”页或 DASHSCOPE_API_KEY 中设置。",
                                    provider=self.name)
        return self.api_key, self.endpoints
