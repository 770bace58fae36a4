"""Temporary storage (spec §6): getPolicy, an OSS-like POST upload host, and `oss://` resolution.

`GET /api/v1/uploads?action=getPolicy&model=M` answers a policy whose `upload_host` is this very
emulator (`/oss-upload`); the SDK and the studio follow `upload_host` blindly, so nothing else is
needed. Uploaded objects are bound to the account and the model named in getPolicy and expire
after 48 h, as the vendor documents ("上传本地文件获取临时URL",
https://help.aliyun.com/zh/model-studio/get-temporary-file-url: "文件上传时必须指定模型名称，且该模型须与
后续调用的模型一致，不同模型无法共享文件"; "文件上传与模型调用所使用的 API Key 必须属于同一个阿里云主账号").
Other handlers read them back with `resolve_oss`, naming the model of the call that reads them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from datetime import UTC, datetime

from aiohttp import web

from .common import VendorError, authenticate, error_response, new_request_id, state_of
from .state import Upload

ACCESS_KEY_ID = "LTAI5tEmulatorAccessKey"
_SECRET = b"emulator-oss-secret"
UPLOAD_PATH = "/oss-upload"
RESOLVE_HEADER = "X-DashScope-OssResourceResolve"


def _sign(policy: str) -> str:
    return base64.b64encode(hmac.new(_SECRET, policy.encode(), hashlib.sha1).digest()).decode()


async def get_policy(request: web.Request) -> web.Response:
    try:
        account = authenticate(request)
        if request.query.get("action") != "getPolicy":
            raise VendorError(400, "InvalidParameter", "Required parameter(action) missing or invalid.")
        model = request.query.get("model", "")
        if not model:
            raise VendorError(400, "InvalidParameter", "Required parameter(model) missing or invalid.")
    except VendorError as err:
        return error_response(err.status, err.code, err.message)
    state = state_of(request)
    rid = new_request_id()
    upload_dir = f"dashscope-instant/{account}/{datetime.now(UTC):%Y-%m-%d}/{rid}"
    expires = time.time() + state.policy_ttl_s
    max_bytes = state.max_upload_mb * 1024 * 1024
    policy_doc = {
        "expiration": datetime.fromtimestamp(expires, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "conditions": [["content-length-range", 0, max_bytes], ["starts-with", "$key", upload_dir],
                       {"bucket": "dashscope-file-mgr"}, {"x-oss-object-acl": "private"},
                       {"x-oss-forbid-overwrite": "true"}],
    }
    policy = base64.b64encode(json.dumps(policy_doc).encode()).decode()
    with state.lock:
        state.policies[upload_dir] = (account, model, expires)
    host = f"{request.scheme}://{request.host}{UPLOAD_PATH}"
    data = {"policy": policy, "signature": _sign(policy), "upload_dir": upload_dir, "upload_host": host,
            "expire_in_seconds": state.policy_ttl_s, "max_file_size_mb": state.max_upload_mb,
            "capacity_limit_mb": 999999999, "oss_access_key_id": ACCESS_KEY_ID,
            "x_oss_object_acl": "private", "x_oss_forbid_overwrite": "true"}
    return web.json_response({"data": data, "request_id": rid})


def _oss_error(status: int, code: str, message: str) -> web.Response:
    body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message>'
            f"<RequestId>{uuid.uuid4().hex[:24].upper()}</RequestId>"
            "<HostId>dashscope-file-mgr.oss-cn-beijing.aliyuncs.com</HostId></Error>")
    return web.Response(status=status, text=body, content_type="application/xml")


async def upload_object(request: web.Request) -> web.Response:
    """The OSS PostObject subset the SDK uses: policy form fields, then `file`."""
    state = state_of(request)
    fields: dict[str, str] = {}
    data: bytes | None = None
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if part.name == "file":  # type: ignore[union-attr]
            data = bytes(await part.read())  # type: ignore[union-attr]
        elif part.name:  # type: ignore[union-attr]
            fields[part.name] = await part.text()  # type: ignore[union-attr]
    policy = fields.get("policy", "")
    if fields.get("OSSAccessKeyId") != ACCESS_KEY_ID or not hmac.compare_digest(
            fields.get("Signature", ""), _sign(policy)):
        return _oss_error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match.")
    key = fields.get("key", "")
    upload_dir = key.rsplit("/", 1)[0] if "/" in key else ""
    with state.lock:
        bound = state.policies.get(upload_dir)
    if bound is None or not key.startswith(upload_dir + "/") or len(key) <= len(upload_dir) + 1:
        return _oss_error(403, "AccessDenied", "Invalid according to Policy: Policy Condition failed.")
    account, model, expires = bound
    if expires < time.time():
        return _oss_error(403, "AccessDenied", "Invalid according to Policy: Policy expired.")
    if data is None:
        return _oss_error(400, "InvalidArgument", "The body of your POST request is not well-formed.")
    if len(data) > state.max_upload_mb * 1024 * 1024:
        return _oss_error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.")
    if fields.get("x-oss-forbid-overwrite") == "true" and state.get_upload(key) is not None:
        return _oss_error(409, "FileAlreadyExists", "The object you specified already exists.")
    state.put_upload(Upload(key=key, data=data,
                            content_type=fields.get("x-oss-content-type", "application/octet-stream"),
                            account=account, model=model, expires_at=time.time() + state.upload_ttl_s))
    status = 200 if fields.get("success_action_status") == "200" else 204
    return web.Response(status=status)


def resolve_oss(request: web.Request, url: str, account: str, models: tuple[str, ...]) -> bytes:
    """The bytes behind an `oss://` URL, under the vendor's rules, or a VendorError."""
    if request.headers.get(RESOLVE_HEADER, "").lower() != "enable":
        raise VendorError(400, "InvalidParameter",
                          f"url {url} is an oss:// resource; send {RESOLVE_HEADER}: enable to resolve it.")
    upload = state_of(request).get_upload(url[len("oss://"):])
    if upload is None or upload.account != account:
        raise VendorError(415, "BadRequest.InputDownloadFailed", f"Failed to download the input file: {url}.")
    if upload.model not in models:
        raise VendorError(415, "BadRequest.InputDownloadFailed",
                          f"Failed to download the input file: {url} (uploaded for model {upload.model}).")
    return upload.data


def routes() -> list[web.RouteDef]:
    return [web.get("/api/v1/uploads", get_policy), web.post(UPLOAD_PATH, upload_object)]

