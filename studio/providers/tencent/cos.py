"""The content repository behind a Tencent MML account: a COS bucket, reached with cos-python-sdk-v5.

Local recordings are uploaded here and referenced by `source{contentId, path}`; generate jobs write
their results here under `destination`. `endpoint` overrides where the SDK connects:

- empty: the region's public endpoint (`{bucket}.cos.{region}.myqcloud.com`, https);
- a bare host or an https URL on myqcloud.com / tencentcos.cn: that endpoint (accelerate, internal);
- a URL whose host is an IP address or `localhost` (a local emulator, a private gateway): the SDK
  connects there but keeps the virtual-host `Host` header and signature it would send to COS;
- any other URL: a custom domain bound to the bucket.

The SDK logs request headers (with the SecretId in `q-ak`) and signing keys at DEBUG, so its
loggers are held at WARNING and filtered through the studio's redaction.
"""

from __future__ import annotations

import base64
import hashlib
import io
import ipaddress
import logging
import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from qcloud_cos import CosConfig, CosS3Client
from qcloud_cos.cos_exception import CosClientError, CosServiceError

from studio import redact
from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import (
    AuthError,
    CancelledError,
    ErrorKind,
    InvalidInputError,
    StudioError,
    TransientNetworkError,
    error_for,
)
from studio.providers.http import kind_for_status

PROVIDER = "tencent"
MAX_DOWNLOAD_BYTES = 256 * 1024 * 1024
_AUTH_CODES = ("AccessDenied", "SignatureDoesNotMatch", "InvalidAccessKeyId", "ExpiredToken",
               "RequestTimeTooSkewed", "InvalidSecretId")
_SDK_LOGGERS = ("qcloud_cos", "qcloud_cos.cos_client", "qcloud_cos.cos_auth", "qcloud_cos.cos_comm",
                "qcloud_cos.cos_threadpool", "qcloud_cos.streambody")


def _quiet_sdk_logs() -> None:
    logging.getLogger("qcloud_cos").setLevel(logging.WARNING)
    for name in _SDK_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, redact.RedactingFilter) for f in logger.filters):
            logger.addFilter(redact.RedactingFilter())


def config_kwargs(region: str, endpoint: str = "") -> dict[str, Any]:
    """CosConfig arguments (besides keys) for a region and an optional endpoint override."""
    endpoint = endpoint.strip()
    if not endpoint:
        return {"Region": region, "Scheme": "https"}
    parts = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInputError(f"COS endpoint {endpoint!r} is not a host name or an http(s) URL.",
                                detail_zh=f"COS 端点 {endpoint!r} 不是主机名或 http(s) 地址。", provider=PROVIDER)
    host = parts.hostname
    if host == "localhost" or _is_ip(host):
        # Connect to the address, but send Host/sign as COS would see it (virtual-host style).
        return {"Region": region, "Scheme": scheme, "IP": host, "Port": parts.port}
    netloc = parts.netloc.rsplit("@", 1)[-1]
    if host.endswith((".myqcloud.com", ".tencentcos.cn")) and host.startswith("cos"):
        return {"Region": region, "Scheme": scheme, "Endpoint": netloc}
    return {"Region": region, "Scheme": scheme, "Domain": netloc}


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def object_key(path: str) -> str:
    """A repository path ("/out/a.wav", as jobs use) → the COS object key ("out/a.wav")."""
    key = "/".join(p for p in path.replace("\\", "/").split("/") if p and p != ".")
    if not key or ".." in key.split("/"):
        raise InvalidInputError(f"Not a usable repository path: {path!r}.",
                                detail_zh=f"无效的仓库路径：{path!r}。", provider=PROVIDER)
    return key


def _digest(exc: CosServiceError, key: str) -> str:
    """A field of the SDK's parsed error body. Its getters index the parsed body blindly and raise
    KeyError when a proxy answers with JSON or HTML instead of COS's XML (reliability matrix)."""
    digest = exc.get_digest_msg()
    value = digest.get(key) if isinstance(digest, dict) else None
    return str(value) if value else ""


def _error(exc: Exception, secrets: tuple[str, ...], what: str) -> StudioError:
    if isinstance(exc, CosServiceError):
        code = _digest(exc, "code")
        status = int(exc.get_status_code() or 0)
        if code in _AUTH_CODES or status in (401, 403):
            kind = ErrorKind.AUTH
        elif code in ("SlowDown", "TooManyRequests"):
            kind = ErrorKind.RATE_LIMITED
        elif code in ("NoSuchKey", "NoSuchBucket", "NoSuchResource"):
            kind = ErrorKind.NOT_FOUND
        else:
            kind = kind_for_status(status)
        message = _scrub(_digest(exc, "message") or code or f"HTTP {status}", secrets)
        return error_for(kind, f"Content repository {what}: {message}", provider=PROVIDER,
                         code=f"COS.{code}" if code else None, request_id=_digest(exc, "requestid") or None,
                         status=status or None, detail_zh=f"内容仓库{what}失败：{message}")
    return TransientNetworkError(f"Content repository {what}: could not reach COS.", provider=PROVIDER,
                                 detail_zh=f"内容仓库{what}失败：无法连接 COS。")


def _scrub(text: str, secrets: tuple[str, ...]) -> str:
    for value in secrets:
        if value:
            text = text.replace(value, "•••")
    return text


class _Reader(io.RawIOBase):
    """A file the SDK streams from: reports progress and aborts the upload when cancelled."""

    def __init__(self, fh: BinaryIO, size: int, cancel: CancelToken, progress: Callable[[int], None]) -> None:
        self._fh, self._size, self._cancel, self._progress = fh, size, cancel, progress

    def __len__(self) -> int:  # requests subtracts tell() itself
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._fh.tell()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._fh.seek(offset, whence)

    def read(self, size: int = -1) -> bytes:
        self._cancel.raise_if_cancelled()
        data = self._fh.read(size)
        self._progress(self._fh.tell())
        return data


class ContentRepository:
    """Upload and download objects of one bucket. Blocking; call from a worker thread."""

    def __init__(self, bucket: str, region: str, secret_id: str, secret_key: str, *, endpoint: str = "",
                 timeout: int = 60, retries: int = 2) -> None:
        if not bucket or not secret_id or not secret_key:
            raise AuthError("The COS bucket and its SecretId/SecretKey are needed for the content repository.",
                            detail_zh="内容仓库需要 COS 存储桶及其 SecretId/SecretKey。", provider=PROVIDER)
        _quiet_sdk_logs()
        self._secrets = (secret_id, secret_key)
        for value in self._secrets:
            redact.register(value)
        self.bucket = bucket
        self.region = region
        config = CosConfig(SecretId=secret_id, SecretKey=secret_key, Timeout=timeout,
                           **config_kwargs(region, endpoint))
        self._client = CosS3Client(config, retry=retries)

    def __repr__(self) -> str:
        return f"ContentRepository(bucket={self.bucket!r}, region={self.region!r})"

    def upload_file(self, local: Path, path: str, cancel: CancelToken = NEVER,
                    progress: ProgressFn = no_progress) -> str:
        """Put a local file at repository `path`; returns the object key."""
        key = object_key(path)
        size = local.stat().st_size
        md5 = hashlib.md5()
        with local.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                md5.update(chunk)
            fh.seek(0)
            body = _Reader(fh, size, cancel,
                           lambda done: progress(done / size if size else 1.0, f"Uploading {local.name}"))
            self._put(key, body, base64.b64encode(md5.digest()).decode(), cancel,
                      mimetypes.guess_type(local.name)[0] or "application/octet-stream")
        return key

    def upload_bytes(self, data: bytes, path: str, cancel: CancelToken = NEVER) -> str:
        key = object_key(path)
        cancel.raise_if_cancelled()
        self._put(key, data, base64.b64encode(hashlib.md5(data).digest()).decode(), cancel)
        return key

    def _put(self, key: str, body: Any, md5: str, cancel: CancelToken,
             content_type: str = "application/octet-stream") -> None:
        try:
            self._client.put_object(Bucket=self.bucket, Key=key, Body=body, ContentMD5=md5,
                                    ContentType=content_type)
        except (CosServiceError, CosClientError) as exc:
            if cancel.cancelled:
                raise CancelledError() from None
            raise _error(exc, self._secrets, "upload") from None

    def exists(self, path: str, cancel: CancelToken = NEVER) -> bool:
        cancel.raise_if_cancelled()
        try:
            self._client.head_object(Bucket=self.bucket, Key=object_key(path))
        except CosServiceError as exc:
            if exc.get_status_code() == 404:
                return False
            raise _error(exc, self._secrets, "check") from None
        except CosClientError as exc:
            raise _error(exc, self._secrets, "check") from None
        return True

    def download(self, path: str, cancel: CancelToken = NEVER, max_bytes: int = MAX_DOWNLOAD_BYTES) -> bytes:
        key = object_key(path)
        cancel.raise_if_cancelled()
        try:
            response = self._client.get_object(Bucket=self.bucket, Key=key)
            out = bytearray()
            for chunk in response["Body"].get_stream(1 << 16):
                cancel.raise_if_cancelled()
                out += chunk
                if len(out) > max_bytes:
                    raise error_for(ErrorKind.VENDOR_REJECTED, f"{key} is larger than {max_bytes} bytes.",
                                    provider=PROVIDER, detail_zh=f"{key} 超过 {max_bytes} 字节。")
            return bytes(out)
        except (CosServiceError, CosClientError) as exc:
            raise _error(exc, self._secrets, "download") from None
        except OSError as exc:  # the stream broke mid-body
            raise TransientNetworkError(f"Content repository download broke off ({type(exc).__name__}).",
                                        provider=PROVIDER, detail_zh="内容仓库下载中断。") from None

    def close(self) -> None:
        return None
