"""DashScope Files API (spec §4): upload a dataset zip, list, show and delete files, the file quota.

Upload is multipart/form-data with the field names the SDK and the docs use (`descriptions`, then
`files`; no `purpose`, which the SDK never sends). The body is generated from the file on disk in
1 MiB chunks with a known Content-Length, so a 300 MB zip never sits in memory; the generator reports
progress and checks the cancel token between chunks (cancelling aborts the request mid-body).

An upload creates a file, so it is never repeated blindly: when the answer is lost after the body
may have reached the server, the client lists the files and adopts one with the same name, size and
MD5 that was not there before; only when none appeared is the upload sent again (once). Per-file
refusals arrive inside a 200 (`failed_uploads`) and become errors here.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import ErrorKind, InvalidInputError, QuotaError, StudioError, VendorRejectedError
from studio.providers.dashscope.account import RestClient

log = logging.getLogger(__name__)

FILES_PATH = "files"
MAX_FILE_BYTES = 300 * 1024 * 1024  # Sambert dataset zip (seed document); [FILES] single file
MAX_FILES = 100  # [FILES]; one live account showed 10 (spec §9.13)
MAX_TOTAL_BYTES = 5 * 1024**3
PAGE_SIZE = 100
_MAX_PAGES = 100
_CHUNK = 1 << 20
UPLOAD_TIMEOUT = httpx.Timeout(connect=10.0, read=300.0, write=300.0, pool=10.0)


@dataclass
class RemoteFile:
    file_id: str
    name: str
    size: int = 0
    description: str = ""
    md5: str = ""  # base64 MD5, as listed
    created: str = ""
    purpose: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RemoteFile:
        known = ("file_id", "name", "size", "description", "md5", "gmt_create", "purpose")
        return cls(file_id=str(data.get("file_id", "")), name=str(data.get("name", "")),
                   size=int(data.get("size") or 0), description=str(data.get("description") or ""),
                   md5=str(data.get("md5") or ""), created=str(data.get("gmt_create") or ""),
                   purpose=str(data.get("purpose") or ""),
                   extra={k: v for k, v in data.items() if k not in known and k not in ("url", "user_id")})


@dataclass
class FilesQuota:
    files: int
    bytes: int
    max_files: int = MAX_FILES
    max_bytes: int = MAX_TOTAL_BYTES


class _Multipart:
    """A re-iterable multipart body streamed from disk (re-iterable: a refused attempt can be re-sent)."""

    def __init__(self, path: Path, description: str | None, cancel: CancelToken, progress: ProgressFn) -> None:
        self.path, self.cancel, self.progress = path, cancel, progress
        self.boundary = uuid.uuid4().hex
        b = self.boundary
        name = path.name.replace('"', "_").replace("\r", "_").replace("\n", "_")
        head = b""
        if description is not None:
            head += (f"--{b}\r\nContent-Disposition: form-data; name=\"descriptions\"\r\n\r\n"
                     f"{description}\r\n").encode()
        # Like the SDK (requests): no Content-Type on the file part.
        head += f"--{b}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n\r\n".encode()
        self.head, self.tail = head, f"\r\n--{b}--\r\n".encode()
        self.size = path.stat().st_size
        self.length = len(head) + self.size + len(self.tail)
        self.md5 = ""
        self.sent = 0

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def __iter__(self) -> Iterator[bytes]:
        digest = hashlib.md5(usedforsecurity=False)
        self.sent = 0
        yield self.head
        with self.path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                self.cancel.raise_if_cancelled()
                digest.update(chunk)
                self.sent += len(chunk)
                yield chunk
                self.progress(self.sent / max(1, self.size), f"Uploading {self.path.name}: "
                              f"{self.sent / 2**20:.0f} / {self.size / 2**20:.0f} MB")
        self.md5 = base64.b64encode(digest.digest()).decode()
        yield self.tail


def file_md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return base64.b64encode(digest.digest()).decode()


class FilesClient(RestClient):
    def _data(self, body: Any) -> dict[str, Any]:
        return self.payload(body, "data", "output")  # the SDK reads `data`, then `output`

    # --- reads --------------------------------------------------------------------------------
    def list_page(self, page_no: int = 1, page_size: int = PAGE_SIZE,
                  cancel: CancelToken = NEVER) -> tuple[list[RemoteFile], int]:
        _, body = self.http.request("GET", FILES_PATH, params={"page_no": page_no, "page_size": page_size},
                                    cancel=cancel)
        data = self._data(body)
        files = [RemoteFile.from_json(f) for f in data.get("files") or [] if isinstance(f, dict)]
        return files, int(data.get("total") or 0)

    def list_all(self, cancel: CancelToken = NEVER) -> list[RemoteFile]:
        out: list[RemoteFile] = []
        for page in range(1, _MAX_PAGES + 1):
            files, total = self.list_page(page, PAGE_SIZE, cancel)
            out.extend(files)
            if not files or len(out) >= total:
                break
        return out

    def get(self, file_id: str, cancel: CancelToken = NEVER) -> RemoteFile:
        _, body = self.http.request("GET", f"{FILES_PATH}/{file_id}", cancel=cancel)
        return RemoteFile.from_json(self._data(body))

    def delete(self, file_id: str, cancel: CancelToken = NEVER) -> None:
        self.http.request("DELETE", f"{FILES_PATH}/{file_id}", cancel=cancel)

    def quota(self, cancel: CancelToken = NEVER) -> FilesQuota:
        files = self.list_all(cancel)
        return FilesQuota(files=len(files), bytes=sum(f.size for f in files))

    # --- upload -------------------------------------------------------------------------------
    def upload(self, path: Path, *, description: str | None = None, cancel: CancelToken = NEVER,
               progress: ProgressFn = no_progress) -> RemoteFile:
        """Upload one file; returns it as listed (with its file_id). Refuses what DashScope would."""
        path = Path(path)
        if not path.is_file():
            raise InvalidInputError(f"{path}: no such file.", detail_zh=f"{path}：文件不存在。", provider=self.provider)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInputError(f"{path.name} is {size / 2**20:.0f} MB; DashScope takes files up to 300 MB.",
                                    detail_zh=f"{path.name} 大小 {size / 2**20:.0f} MB，DashScope 单个文件上限 300 MB。",
                                    provider=self.provider)
        before = self.list_all(cancel)
        if len(before) >= MAX_FILES or sum(f.size for f in before) + size > MAX_TOTAL_BYTES:
            raise QuotaError(f"The account holds {len(before)} files ({sum(f.size for f in before) / 2**30:.2f} GB); "
                             f"DashScope keeps at most {MAX_FILES} files and 5 GB. Delete old datasets first.",
                             detail_zh=f"账号已有 {len(before)} 个文件；DashScope 最多保存 {MAX_FILES} 个文件、共 5 GB。"
                             "请先删除旧的数据集。", provider=self.provider)
        known = {f.file_id for f in before}
        body = _Multipart(path, description, cancel, progress)
        for attempt in (1, 2):
            try:
                _, answer = self.http.request(
                    "POST", FILES_PATH, content=body, idempotent=False, cancel=cancel, timeout=UPLOAD_TIMEOUT,
                    headers={"Content-Type": body.content_type, "Content-Length": str(body.length)})
            except StudioError as err:
                # Only a lost answer leaves the outcome unknown. A 429 is a refusal the HTTP layer has
                # already retried, honouring Retry-After; sending again at once would ignore it.
                if err.kind != ErrorKind.TRANSIENT_NETWORK:
                    raise
                adopted = self._adopt(path, size, body.md5 or file_md5(path), known, cancel)
                if adopted is not None:
                    log.info("upload of %s: answer lost, adopted %s", path.name, adopted.file_id)
                    return adopted
                if attempt == 2:
                    raise
                log.info("upload of %s: answer lost and no file appeared; sending again", path.name)
                continue
            return self._uploaded(path, answer, cancel)
        raise AssertionError("unreachable")

    def _uploaded(self, path: Path, answer: Any, cancel: CancelToken) -> RemoteFile:
        data = self._data(answer)
        for item in data.get("failed_uploads") or []:
            if isinstance(item, dict) and item.get("name") == path.name:
                code, message = str(item.get("code") or ""), str(item.get("message") or "")
                if code == "BadRequest.TooMany":
                    raise QuotaError(f"DashScope's file quota is used up. DashScope said: {message}",
                                     detail_zh=f"DashScope 文件数量已达上限。DashScope 返回：{message}",
                                     provider=self.provider, code=code)
                raise InvalidInputError(f"DashScope refused {path.name}. DashScope said: {message}",
                                        detail_zh=f"DashScope 拒绝了 {path.name}。DashScope 返回：{message}",
                                        provider=self.provider, code=code or None)
        for item in data.get("uploaded_files") or []:
            if isinstance(item, dict) and item.get("file_id"):
                return RemoteFile(file_id=str(item["file_id"]), name=str(item.get("name") or path.name),
                                  size=path.stat().st_size)
        raise VendorRejectedError("DashScope accepted the upload but returned no file id.", provider=self.provider)

    def _adopt(self, path: Path, size: int, md5: str, known: set[str], cancel: CancelToken) -> RemoteFile | None:
        for f in self.list_all(cancel):
            if f.file_id not in known and f.name == path.name and f.size == size and f.md5 in ("", md5):
                return f
        return None


__all__ = ["MAX_FILES", "MAX_FILE_BYTES", "FilesClient", "FilesQuota", "RemoteFile", "file_md5"]
