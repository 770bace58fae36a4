"""A minimal Tencent COS on loopback: the object calls cos-python-sdk-v5 makes for put/get/head/delete.

The SDK, given an IP endpoint, connects to that address but sends `Host: {bucket}.cos.{region}.
myqcloud.com` (virtual-host style) and signs it; given a custom domain it sends only the key, so
the emulator then uses `default_bucket`. Requests are checked like COS does: the `q-ak` must be the
configured SecretId and the `q-signature` must match (sha1 over method, path, signed params and
headers, keyed by HMAC of the key time). Errors are COS's XML `<Error>` bodies.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import threading
import time
import uuid
from dataclasses import dataclass
from email.utils import formatdate
from urllib.parse import quote

from aiohttp import web

from tests.emulators.harness import EmulatorServer


@dataclass
class CosObject:
    data: bytes
    content_type: str
    etag: str
    modified: float


def _error(status: int, code: str, message: str, resource: str = "") -> web.Response:
    rid = uuid.uuid4().hex
    body = (f"<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>{code}</Code>\n"
            f"\t<Message>{message}</Message>\n\t<Resource>{resource}</Resource>\n"
            f"\t<RequestId>{rid}</RequestId>\n\t<TraceId>{uuid.uuid4().hex}</TraceId>\n</Error>")
    return web.Response(status=status, text=body, content_type="application/xml",
                        headers={"x-cos-request-id": rid})


def _q(value: str) -> str:
    return quote(value.encode(), "-_.~")


class CosEmulator:
    def __init__(self, secret_id: str = "cos-emu-id", secret_key: str = "cos-emu-key",
                 default_bucket: str = "studio-1250000000", verify_signature: bool = True) -> None:
        self.secret_id = secret_id
        self.secret_key = secret_key
        self.default_bucket = default_bucket
        self.verify_signature = verify_signature
        self.objects: dict[tuple[str, str], CosObject] = {}
        self.requests: list[tuple[str, str, str]] = []  # (method, bucket, key)
        self._lock = threading.Lock()

    # state helpers for tests and the Tencent emulator
    def put(self, bucket: str, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        with self._lock:
            self.objects[(bucket, key.lstrip("/"))] = CosObject(
                data, content_type, f'"{hashlib.md5(data).hexdigest()}"', time.time())

    def get(self, bucket: str, key: str) -> bytes | None:
        with self._lock:
            obj = self.objects.get((bucket, key.lstrip("/")))
        return obj.data if obj else None

    def keys(self, bucket: str) -> list[str]:
        with self._lock:
            return sorted(k for b, k in self.objects if b == bucket)

    def app(self) -> web.Application:
        app = web.Application(client_max_size=512 * 1024 * 1024)
        app.router.add_route("*", "/{key:.*}", self._handle)
        return app

    def serve(self) -> EmulatorServer:
        return EmulatorServer(self.app()).start()

    def _bucket(self, request: web.Request) -> str:
        host = request.headers.get("Host", "").rsplit(":", 1)[0] if request.headers.get("Host") else ""
        try:
            ipaddress.ip_address(host)
            return self.default_bucket
        except ValueError:
            pass
        if not host or host == "localhost" or ".cos." not in host:
            return self.default_bucket
        return host.split(".", 1)[0]

    def _check_auth(self, request: web.Request, resource: str) -> web.Response | None:
        auth = request.headers.get("Authorization", "")
        fields = dict(part.split("=", 1) for part in auth.split("&") if "=" in part)
        if fields.get("q-ak") != self.secret_id:
            return _error(403, "InvalidAccessKeyId", "The access key Id format you provided is invalid.", resource)
        if not self.verify_signature:
            return None
        try:
            start, end = (int(x) for x in fields["q-sign-time"].split(";"))
        except (KeyError, ValueError):
            return _error(403, "AccessDenied", "Authorization format is invalid.", resource)
        if not start <= time.time() <= end:
            return _error(403, "RequestTimeTooSkewed", "The difference between the request time and "
                          "the server's time is too large.", resource)
        header_names = [h for h in fields.get("q-header-list", "").split(";") if h]
        param_names = [p for p in fields.get("q-url-param-list", "").split(";") if p]
        params = "&".join(f"{n}={_q(request.query.get(n, ''))}" for n in sorted(param_names))
        host = request.headers.get("Host", "")
        candidates = [host, host.rsplit(":", 1)[0]] if "host" in header_names else [host]
        key_time = fields.get("q-key-time", "")
        sign_key = hmac.new(self.secret_key.encode(), key_time.encode(), hashlib.sha1).hexdigest()
        for host_value in candidates:
            values = {n: (host_value if n == "host" else request.headers.get(n, "")) for n in header_names}
            headers = "&".join(f"{n}={_q(values[n])}" for n in sorted(header_names))
            fmt = f"{request.method.lower()}\n{request.path}\n{params}\n{headers}\n"
            to_sign = f"sha1\n{fields['q-sign-time']}\n{hashlib.sha1(fmt.encode()).hexdigest()}\n"
            expected = hmac.new(sign_key.encode(), to_sign.encode(), hashlib.sha1).hexdigest()
            if hmac.compare_digest(expected, fields.get("q-signature", "")):
                return None
        return _error(403, "SignatureDoesNotMatch", "The calculated signature does not match.", resource)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        bucket = self._bucket(request)
        key = request.match_info["key"]
        self.requests.append((request.method, bucket, key))
        denied = self._check_auth(request, f"{bucket}/{key}")
        if denied is not None:
            return denied
        if not key:
            return _error(400, "InvalidArgument", "Bucket operations are not emulated.")
        resource = f"{bucket}/{key}"
        rid = uuid.uuid4().hex
        if request.method == "PUT":
            data = await request.read()
            md5 = request.headers.get("Content-MD5")
            if md5 and base64.b64encode(hashlib.md5(data).digest()).decode() != md5:
                return _error(400, "BadDigest", "The Content-MD5 you specified did not match.", resource)
            self.put(bucket, key, data, request.headers.get("Content-Type", "application/octet-stream"))
            with self._lock:
                etag = self.objects[(bucket, key)].etag
            return web.Response(status=200, headers={"ETag": etag, "x-cos-request-id": rid})
        if request.method in ("GET", "HEAD"):
            with self._lock:
                obj = self.objects.get((bucket, key))
            if obj is None:
                if request.method == "HEAD":
                    return web.Response(status=404, headers={"x-cos-request-id": rid})
                return _error(404, "NoSuchKey", "The specified key does not exist.", resource)
            headers = {"ETag": obj.etag, "Last-Modified": formatdate(obj.modified, usegmt=True),
                       "Content-Type": obj.content_type, "x-cos-request-id": rid}
            if request.method == "HEAD":
                headers["Content-Length"] = str(len(obj.data))
                return web.Response(status=200, headers=headers)
            return web.Response(status=200, body=obj.data, headers=headers)
        if request.method == "DELETE":
            with self._lock:
                self.objects.pop((bucket, key), None)
            return web.Response(status=204, headers={"x-cos-request-id": rid})
        return _error(405, "MethodNotAllowed", "The specified method is not allowed.", resource)
