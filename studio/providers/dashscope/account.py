"""The DashScope account: endpoints per region, the API key, request headers, and what every client
of the account shares (the REST client base, the readiness check).

Sources: ../shared/specs/dashscope-protocol.md §0 (hosts, headers, envelope, overrides), §1.6 and §7
(error codes, limits), and the official SDK 2.0.2 (`dashscope/common/env.py`, `common/utils.py`).
Like the SDK, the environment variables `DASHSCOPE_API_KEY`, `DASHSCOPE_HTTP_BASE_URL` and
`DASHSCOPE_WEBSOCKET_BASE_URL` win over anything configured in the studio.
"""

from __future__ import annotations

import os
import platform
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Protocol

import httpx

from studio import __version__, redact
from studio.errors import InvalidInputError, StudioError, VendorRejectedError
from studio.providers.dashscope.errors import http_error_mapper
from studio.providers.http import HttpClient, RateLimiter, RetryPolicy

HOSTS = {"beijing": "dashscope.aliyuncs.com", "singapore": "dashscope-intl.aliyuncs.com"}
WORKSPACE_REGIONS = {"beijing": "cn-beijing", "singapore": "ap-southeast-1"}
HTTP_PATH = "/api/v1"
WS_PATH = "/api-ws/v1/inference"
ENV_API_KEY = "DASHSCOPE_API_KEY"
ENV_HTTP = "DASHSCOPE_HTTP_BASE_URL"
ENV_WS = "DASHSCOPE_WEBSOCKET_BASE_URL"
_WORKSPACE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")  # as the SDK validates it



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


_SERVICE_ZONE = timezone(timedelta(hours=8))


def service_time(text: str) -> str:
    """A time as the service prints it ("2024-12-11 13:38:02": Beijing time, no zone, as in the voice
    list and fine-tune answers of the API references) as the library stores times: ISO 8601 in UTC.
    Text that is not such a time (or already carries a zone) is kept, converted to UTC where it can be."""
    if not text:
        return ""
    try:
        stamp = datetime.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        return text
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=_SERVICE_ZONE)
    return stamp.astimezone(UTC).replace(microsecond=0).isoformat()
