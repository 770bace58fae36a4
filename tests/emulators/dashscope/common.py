"""Shared aiohttp helpers: the vendor's error envelope and API-key authentication."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .state import DashScopeState, new_request_id

STATE_KEY: web.AppKey[DashScopeState] = web.AppKey("dashscope_state", DashScopeState)


class VendorError(Exception):
    """Raise inside a handler to answer `{"code", "message", "request_id"}` with `status`."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_response(status: int, code: str, message: str, request_id: str | None = None,
                   headers: dict[str, str] | None = None) -> web.Response:
    # The SDK's aiohttp path reads error["code"], so `code` is always present (spec §0.3).
    body = {"request_id": request_id or new_request_id(), "code": code, "message": message}
    return web.json_response(body, status=status, headers=headers)


def ok_response(payload: dict[str, Any]) -> web.Response:
    return web.json_response({"request_id": new_request_id(), **payload})


def state_of(request: web.Request) -> DashScopeState:
    return request.app[STATE_KEY]


def authenticate(request: web.Request) -> str:
    account = state_of(request).account_for_header(request.headers.get("Authorization"))
    if account is None:
        raise VendorError(401, "InvalidApiKey", "Invalid API-key provided.")
    return account
