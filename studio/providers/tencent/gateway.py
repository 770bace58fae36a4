"""Saying plainly when the Multimedia Lab's API Gateway host appears retired.

Tencent stopped selling API Gateway in 2024 ("【重要】API 网关产品停止售卖公告",
https://cloud.tencent.com/document/product/628/60529) and stops it in batches from 30 October 2026, console
and interfaces together ("【API网关】产品退市公告", https://cloud.tencent.com/announce/detail/2475). A retired
gateway host stops resolving, or answers with a web page, or 404s every path. None of those is worth a
retry, and none says anything to a user as it stands, so an error that looks like one of them, from a
`*.apigw.tencentcs.com` host, is reframed: the gateway appears retired; use Tencent Cloud 声音复刻, or a
gateway URL from the account manager.
"""

from __future__ import annotations

import httpx

from studio.errors import ErrorKind, StudioError, error_for

GATEWAY_SUFFIX = ".apigw.tencentcs.com"
_UNRESOLVED = ("name or service not known", "nodename nor servname", "getaddrinfo failed",
               "temporary failure in name resolution", "no address associated", "name resolution")

EN = ("This Tencent Multimedia Lab gateway ({host}) {what}: it appears retired — Tencent is shutting its API "
      "Gateway down in batches from 30 October 2026 (announcement 2475). Use the “Tencent Cloud 声音复刻” provider "
      "with a Tencent Cloud SecretId and SecretKey, or enter in Providers the gateway URL your Tencent account "
      "manager gave you.")
ZH = ("腾讯多媒体实验室网关（{host}）{what}：该网关似乎已下线——腾讯云 API 网关自 2026 年 10 月 30 日起分批停止服务"
      "（公告 2475）。请改用“腾讯云声音复刻”服务商（需要腾讯云 SecretId 和 SecretKey），或在“服务商”页填写腾讯客户经理提供的网关地址。")
WHAT = {"unresolved": ("does not resolve although this computer is online otherwise", "的域名无法解析（若本机网络正常）"),
        "page": ("answers with a web page instead of the API", "返回的是网页而不是接口应答"),
        "missing": ("answers “not found” to every request", "对所有请求都返回“未找到”")}


def is_gateway_host(base_url: str) -> bool:
    try:
        host = httpx.URL(base_url).host
    except (httpx.InvalidURL, TypeError):
        return False
    return host.endswith(GATEWAY_SUFFIX)


def _symptom(err: StudioError, html: bool) -> str | None:
    cause = err.__cause__
    if isinstance(cause, httpx.ConnectError) and any(s in str(cause).lower() for s in _UNRESOLVED):
        return "unresolved"
    if html or "text/html" in (err.detail or "").lower():
        return "page"
    if err.status == 404 and not err.code:  # the service's own 404s (an unknown job) carry its error code
        return "missing"
    return None


def retired(err: StudioError, base_url: str, provider: str, *, html: bool = False) -> StudioError:
    """`err`, or the plain "this gateway appears retired" error when `err` looks like a retired gateway."""
    if not is_gateway_host(base_url):
        return err
    symptom = _symptom(err, html)
    if symptom is None:
        return err
    host = httpx.URL(base_url).host
    what_en, what_zh = WHAT[symptom]
    # A name that does not resolve may be this computer being offline, and a gateway's passing 5xx page
    # a hiccup: those stay retryable, only saying what they may mean.
    transient = symptom == "unresolved" or (err.status or 0) >= 500
    kind = ErrorKind.TRANSIENT_NETWORK if transient else ErrorKind.VENDOR_REJECTED
    out = error_for(kind, EN.format(host=host, what=what_en), detail_zh=ZH.format(host=host, what=what_zh),
                    provider=provider, code="gateway_retired", request_id=err.request_id, status=err.status)
    out.__cause__ = err
    return out
