"""One error taxonomy for the whole studio.

Every failure that reaches a user is a `StudioError` of one `ErrorKind`. Providers map each vendor
code to a kind (keeping the vendor's code, message and request id); the UI and the CLI show
`user_message()` in the active language. Nothing here may contain a secret: error texts are shown
in dialogs and written to logs.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    AUTH = "auth"
    RATE_LIMITED = "rate_limited"
    QUOTA = "quota"
    INVALID_INPUT = "invalid_input"
    VENDOR_REJECTED = "vendor_rejected"
    TRANSIENT_NETWORK = "transient_network"
    CANCELLED = "cancelled"
    DEVICE = "device"
    NOT_FOUND = "not_found"
    INTERNAL = "internal"


# (English, Chinese) headline per kind; the detail (vendor message, file name, …) follows it.
MESSAGES: dict[ErrorKind, tuple[str, str]] = {
    ErrorKind.AUTH: (
        "The provider refused the credentials. Check the API key or secret in Providers.",
        "服务商拒绝了凭据。请在“服务商”页检查 API Key 或密钥。",
    ),
    ErrorKind.RATE_LIMITED: (
        "The provider is limiting requests. The studio will retry; if it persists, wait a minute.",
        "服务商正在限流。工作室会自动重试；若持续出现，请稍候一分钟。",
    ),
    ErrorKind.QUOTA: (
        "An account quota is used up (voices, models, jobs or balance).",
        "账号配额已用尽（音色、模型、任务或余额）。",
    ),
    ErrorKind.INVALID_INPUT: (
        "The input is not acceptable. Fix it and try again.",
        "输入不符合要求，请修正后重试。",
    ),
    ErrorKind.VENDOR_REJECTED: (
        "The provider rejected the request.",
        "服务商拒绝了该请求。",
    ),
    ErrorKind.TRANSIENT_NETWORK: (
        "The provider could not be reached or did not answer in time. Nothing was lost; try again.",
        "无法连接服务商或响应超时。没有丢失任何数据，请重试。",
    ),
    ErrorKind.CANCELLED: ("Cancelled.", "已取消。"),
    ErrorKind.DEVICE: (
        "The audio device failed or is not available.",
        "音频设备出错或不可用。",
    ),
    ErrorKind.NOT_FOUND: (
        "The item no longer exists at the provider.",
        "该项目在服务商处已不存在。",
    ),
    ErrorKind.INTERNAL: (
        "Something went wrong inside the studio. Details are in the log.",
        "工作室内部出错，详情见日志。",
    ),
}


class StudioError(Exception):
    """A failure with a kind, a detail for people, and the vendor's identifiers when there are any."""

    kind: ErrorKind = ErrorKind.INTERNAL

    def __init__(
        self,
        detail: str = "",
        *,
        kind: ErrorKind | None = None,
        provider: str | None = None,
        code: str | None = None,
        request_id: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
        detail_zh: str | None = None,
    ) -> None:
        super().__init__(detail)
        if kind is not None:
            self.kind = kind
        self.detail = detail
        self.detail_zh = detail_zh
        self.provider = provider
        self.code = code
        self.request_id = request_id
        self.status = status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return self.kind in (ErrorKind.RATE_LIMITED, ErrorKind.TRANSIENT_NETWORK)

    def headline(self, lang: str = "en") -> str:
        en, zh = MESSAGES[self.kind]
        return zh if lang.startswith("zh") else en

    def user_message(self, lang: str = "en") -> str:
        parts = [self.headline(lang)]
        detail = self.detail_zh if (lang.startswith("zh") and self.detail_zh) else self.detail
        if detail:
            parts.append(detail)
        ids = []
        if self.provider:
            ids.append(f"{'服务商' if lang.startswith('zh') else 'provider'}: {provider_title(self.provider, lang)}")
        if self.code:
            ids.append(f"{'代码' if lang.startswith('zh') else 'code'}: {self.code}")
        if self.request_id:
            ids.append(f"{'请求 ID' if lang.startswith('zh') else 'request id'}: {self.request_id}")
        if ids:
            parts.append("(" + ", ".join(ids) + ")")
        return "\n".join(parts)

    def __str__(self) -> str:
        return self.user_message("en")


def provider_title(name: str, lang: str = "en") -> str:
    """A provider's title for people (an error names "DashScope CosyVoice", never its key)."""
    try:
        from studio import catalog  # imported late: the providers' specs import this module

        return catalog.spec(name).title(lang)
    except (KeyError, ImportError):
        return name


class AuthError(StudioError):
    kind = ErrorKind.AUTH


class RateLimitedError(StudioError):
    kind = ErrorKind.RATE_LIMITED


class QuotaError(StudioError):
    kind = ErrorKind.QUOTA


class InvalidInputError(StudioError):
    kind = ErrorKind.INVALID_INPUT


class VendorRejectedError(StudioError):
    kind = ErrorKind.VENDOR_REJECTED


class TransientNetworkError(StudioError):
    kind = ErrorKind.TRANSIENT_NETWORK


class CancelledError(StudioError):
    kind = ErrorKind.CANCELLED


class DeviceError(StudioError):
    kind = ErrorKind.DEVICE


class NotFoundError(StudioError):
    kind = ErrorKind.NOT_FOUND


_BY_KIND: dict[ErrorKind, type[StudioError]] = {
    cls.kind: cls
    for cls in (
        AuthError,
        RateLimitedError,
        QuotaError,
        InvalidInputError,
        VendorRejectedError,
        TransientNetworkError,
        CancelledError,
        DeviceError,
        NotFoundError,
    )
}


def error_for(kind: ErrorKind, detail: str = "", **kwargs: object) -> StudioError:
    """Build the StudioError subclass for `kind` (used by vendor code tables)."""
    cls = _BY_KIND.get(kind, StudioError)
    err = cls(detail, **kwargs)  # type: ignore[arg-type]
    err.kind = kind
    return err


def as_studio_error(exc: BaseException) -> StudioError:
    """Wrap anything unexpected so that callers handle exactly one exception type."""
    if isinstance(exc, StudioError):
        return exc
    return StudioError(f"{type(exc).__name__}: {exc}", kind=ErrorKind.INTERNAL)
