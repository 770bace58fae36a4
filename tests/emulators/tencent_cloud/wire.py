"""The Cloud API 3.0 envelope and request-field checks shared by the VRS and TTS handlers.

Envelope ("错误码" of each product, e.g. https://cloud.tencent.com/document/api/1283/90074): every answer is
HTTP 200 with `Content-Type: application/json` and `{"Response": {..., "RequestId"}}`; an error is
`{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`. The official SDK reads an error only from an
answer whose Content-Type is exactly `application/json` (or `text/plain`), so that is what is sent.
Field checks answer the common codes: MissingParameter, UnknownParameter, InvalidParameter (wrong type).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from aiohttp import web

CHINA = timezone(timedelta(hours=8))


class Rejection(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def answer(payload: dict[str, Any], request_id: str) -> web.Response:
    body = json.dumps({"Response": {**payload, "RequestId": request_id}}, ensure_ascii=False).encode("utf-8")
    return web.Response(status=200, body=body, headers={"Content-Type": "application/json"})


def error(rejection: Rejection, request_id: str) -> web.Response:
    return answer({"Error": {"Code": rejection.code, "Message": rejection.message}}, request_id)


def china_time(epoch: float) -> str:
    """Times as the pages show them: "2025-05-25T15:54:10+08:00"."""
    return datetime.fromtimestamp(epoch, UTC).astimezone(CHINA).isoformat(timespec="seconds")


# A field's type: "int", "float" (a JSON number), "str", "bool", "list[str]".
_TYPES = {"int": lambda v: isinstance(v, int) and not isinstance(v, bool),
          "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
          "str": lambda v: isinstance(v, str), "bool": lambda v: isinstance(v, bool),
          "list[str]": lambda v: isinstance(v, list) and all(isinstance(i, str) for i in v)}


def check_fields(params: Mapping[str, Any], spec: Mapping[str, tuple[str, bool]]) -> None:
    """`spec`: field → (type, required), as the action's 输入参数 table gives them."""
    for name in params:
        if name not in spec:
            raise Rejection("UnknownParameter", f"The parameter `{name}` is not recognized.")
    for name, (kind, required) in spec.items():
        if name not in params or params[name] is None:
            if required:
                raise Rejection("MissingParameter", f"The request is missing a required parameter `{name}`.")
            continue
        if not _TYPES[kind](params[name]):
            raise Rejection("InvalidParameter", f"The value type of parameter `{name}` is not valid ({kind}).")
