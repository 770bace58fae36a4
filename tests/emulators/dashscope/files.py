"""DashScope Files API (spec §4): multipart upload streamed to disk, list (paged), get, delete.

Responses carry the payload under `data` (not `output`), as the live service does. Upload takes the
docs' form (`files` parts, optional `descriptions` and `purpose` fields in any order) and the SDK's
(no `purpose`); per-file refusals (`BadRequest.TooLarge`, `BadRequest.TooMany`) come back inside a
200 under `failed_uploads`, beside the files that did go in. Files are spooled to a temporary folder
chunk by chunk, so a 300 MB dataset never sits in memory. Authentication accepts `Bearer <key>` and
the seed document's bare `<key>`.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import BodyPartReader, web

from .common import VendorError, error_response, state_of
from .state import DashScopeState, account_of, beijing_now, new_request_id

PREFIX = "/api/v1/files"
_CHUNK = 1 << 20


@dataclass
class StoredFile:
    file_id: str
    seq: int
    account: str
    name: str
    description: str
    size: int
    md5: str  # base64 of the MD5 digest, as the service lists it
    path: Path
    purpose: str
    gmt_create: str

    def to_json(self, with_purpose: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.seq, "name": self.name, "description": self.description, "size": self.size,
            "md5": self.md5, "region": "cn-beijing", "file_id": self.file_id,
            "url": f"http://dashscope-file-mgr.oss-cn-beijing.aliyuncs.com/api-fs/{self.account[:8]}/{self.file_id}",
            "user_id": str(int(self.account[:12], 16)), "api_key_id": "67516", "gmt_create": self.gmt_create,
        }
        if with_purpose:
            out["purpose"] = self.purpose or "fine-tune"
        return out


def account_from(request: web.Request) -> str:
    """`Authorization: Bearer <key>` (any case) or the seed curl's bare `Authorization: <key>`."""
    state = state_of(request)
    header = (request.headers.get("Authorization") or "").strip()
    scheme, _, rest = header.partition(" ")
    key = rest.strip() if scheme.lower() == "bearer" else header
    if key not in state.api_keys:
        raise VendorError(401, "InvalidApiKey", "Invalid API-key provided.")
    return account_of(key)


def data_response(data: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"request_id": new_request_id()}
    if data is not None:
        body["data"] = data
    return web.json_response(body)


def spool_dir(state: DashScopeState) -> Path:
    with state.lock:
        if not state.training.spool_dir:
            path = tempfile.mkdtemp(prefix="dashscope-emu-files-")
            atexit.register(shutil.rmtree, path, True)
            state.training.spool_dir = path
        return Path(state.training.spool_dir)


def files_of(state: DashScopeState, account: str) -> list[StoredFile]:
    with state.lock:
        mine = [f for f in state.files.values() if f.account == account]
    return sorted(mine, key=lambda f: f.seq, reverse=True)


def file_of(state: DashScopeState, account: str, file_id: str) -> StoredFile:
    with state.lock:
        found = state.files.get(file_id)
    if found is None or found.account != account:
        raise VendorError(404, "InvalidParameter", "File not found.")
    return found


async def _spool(part: BodyPartReader, target: Path, limit: int) -> tuple[int, str, bool]:
    """Write a part to `target`; (size, md5, too large). Past `limit` the rest is read and dropped."""
    digest = hashlib.md5(usedforsecurity=False)
    size = 0
    with target.open("wb") as out:
        while chunk := await part.read_chunk(_CHUNK):
            size += len(chunk)
            if size <= limit:
                out.write(chunk)
                digest.update(chunk)
    return size, base64.b64encode(digest.digest()).decode(), size > limit


async def upload(request: web.Request) -> web.Response:
    state = state_of(request)
    account = account_from(request)
    if not request.content_type.startswith("multipart/"):
        raise VendorError(400, "InvalidParameter", "Content type must be multipart/form-data.")
    reader = await request.multipart()
    limits = state.training
    received: list[dict[str, Any]] = []  # in arrival order: name, size, md5, path, too_large
    descriptions: list[str] = []
    purpose = ""
    while True:
        part = await reader.next()
        if part is None:
            break
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "files" and part.filename is not None:
            target = spool_dir(state) / uuid.uuid4().hex
            size, md5, too_large = await _spool(part, target, limits.max_file_bytes)
            received.append({"name": Path(part.filename).name, "size": size, "md5": md5, "path": target,
                             "too_large": too_large})
        elif part.name == "descriptions":
            descriptions.append(await part.text())
        elif part.name == "purpose":
            purpose = (await part.text()).strip()
        else:
            await part.release()
    if not received:
        raise VendorError(400, "InvalidParameter", "Required parameter(files) missing or invalid.")
    uploaded: list[dict[str, str]] = []
    failed: list[dict[str, str]] = []
    for i, item in enumerate(received):
        mine = files_of(state, account)
        if item["too_large"]:
            failed.append({"name": item["name"], "code": "BadRequest.TooLarge",
                           "message": f"File size exceeds the limit of {limits.max_file_bytes // 2**20} MB."})
        elif len(mine) >= limits.max_files:
            failed.append({"name": item["name"], "code": "BadRequest.TooMany",
                           "message": f"Out of number, <{len(mine)}> of <{limits.max_files}> files has been uploaded."})
        elif sum(f.size for f in mine) + item["size"] > limits.max_total_bytes:
            failed.append({"name": item["name"], "code": "BadRequest.TooLarge",
                           "message": f"Out of capacity, the files may total {limits.max_total_bytes // 2**30} GB."})
        else:
            with state.lock:
                seq = 193320000 + len(state.files) + 1
                stored = StoredFile(str(uuid.uuid4()), seq, account, item["name"],
                                    descriptions[i] if i < len(descriptions) else "", item["size"], item["md5"],
                                    item["path"], purpose, beijing_now())
                state.files[stored.file_id] = stored
            uploaded.append({"name": stored.name, "file_id": stored.file_id})
            continue
        item["path"].unlink(missing_ok=True)
    with state.lock:
        state.requests.append({"path": request.path, "body": {"files": [r["name"] for r in received],
                               "descriptions": descriptions, "purpose": purpose}, "at": time.monotonic(),
                               "headers": {k: v for k, v in request.headers.items() if k.lower() != "authorization"}})
    return data_response({"uploaded_files": uploaded, "failed_uploads": failed})


def _int(value: str | None, default: int, lo: int, hi: int) -> int:
    try:
        number = int(value) if value is not None else default
    except ValueError as exc:
        raise VendorError(400, "InvalidParameter", f"Parameter value {value!r} is not an integer.") from exc
    if not lo <= number <= hi:
        raise VendorError(400, "InvalidParameter", f"Parameter value {number} out of range [{lo}, {hi}].")
    return number


async def list_files(request: web.Request) -> web.Response:
    state = state_of(request)
    account = account_from(request)
    page_no = _int(request.query.get("page_no"), 1, 1, 1_000_000)
    page_size = _int(request.query.get("page_size"), 10, 1, 100)
    mine = files_of(state, account)
    page = mine[(page_no - 1) * page_size: page_no * page_size]
    return data_response({"total": len(mine), "page_no": page_no, "page_size": page_size,
                          "files": [f.to_json() for f in page]})


async def get_file(request: web.Request) -> web.Response:
    state = state_of(request)
    found = file_of(state, account_from(request), request.match_info["file_id"])
    return data_response(found.to_json(with_purpose=True))


async def delete_file(request: web.Request) -> web.Response:
    state = state_of(request)
    found = file_of(state, account_from(request), request.match_info["file_id"])
    with state.lock:
        state.files.pop(found.file_id, None)
    found.path.unlink(missing_ok=True)
    return data_response()


def guarded(handler: Any) -> Any:
    async def run(request: web.Request) -> web.StreamResponse:
        try:
            response: web.StreamResponse = await handler(request)
            return response
        except VendorError as err:
            return error_response(err.status, err.code, err.message)

    return run


def routes() -> list[web.RouteDef]:
    return [
        web.post(PREFIX, guarded(upload)),
        web.get(PREFIX, guarded(list_files)),
        web.get(PREFIX + "/{file_id}", guarded(get_file)),
        web.delete(PREFIX + "/{file_id}", guarded(delete_file)),
    ]


__all__ = ["StoredFile", "account_from", "data_response", "file_of", "files_of", "guarded", "routes"]
