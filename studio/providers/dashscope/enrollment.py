"""CosyVoice voice enrollment and design over HTTP, and temporary sample upload.

Bodies are what the official SDK 2.0.2 sends (`model, parameters: {}, input`, JSON with
`charset=utf-8`); a voice design also fills `parameters` (`sample_rate`, `response_format`) as the
voice design page shows ("声音设计API参考", https://help.aliyun.com/zh/model-studio/voice-design-api-references). Reads (list/query) and delete/update are retried like idempotent calls; a create
is never repeated blindly: when its outcome is unknown (timeout, reset, 5xx after sending) the
client lists the prefix and adopts a voice that appeared since the call began, and only re-sends
when none did.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from pathlib import Path
from typing import Any

import httpx

from studio import redact
from studio.cancel import NEVER, CancelToken
from studio.errors import ErrorKind, StudioError, TransientNetworkError, VendorRejectedError
from studio.providers.dashscope.account import USER_AGENT, Endpoints, http_headers
from studio.providers.dashscope.errors import http_error_mapper
from studio.providers.http import DEFAULT_TIMEOUT, HttpClient, RateLimiter, RetryPolicy

log = logging.getLogger(__name__)

ENROLL_PATH = "services/audio/tts/customization"
ENROLL_MODEL = "voice-enrollment"  # every clone, design, query, update and delete is a call to this model
OSS_RESOLVE = {"X-DashScope-OssResourceResolve": "enable"}
TEMP_URL_TTL = timedelta(hours=48)
PAGE_SIZE = 100
_MAX_PAGES = 50  # 1,000 voices per account at most; a runaway paging loop stops here
_JSON = {"Content-Type": "application/json; charset=utf-8"}


@dataclass
class UploadedSample:
    url: str  # oss://dashscope-instant/...
    expires_at: datetime  # the vendor keeps temporary objects 48 h


class EnrollmentClient:
    def __init__(self, provider: str, api_key: str, endpoints: Endpoints, *, limiter: RateLimiter | None = None,
                 retry: RetryPolicy | None = None, timeout: httpx.Timeout = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.provider = provider
        self.retry = retry or RetryPolicy()
        self.http = HttpClient(provider, base_url=endpoints.http_base + "/",
                               headers=http_headers(api_key, endpoints.workspace_id), rate_limiter=limiter,
                               retry=self.retry, error_mapper=http_error_mapper(provider), timeout=timeout,
                               transport=transport)
        self._policy_limiter = RateLimiter(100.0)  # getPolicy: 100 QPS per account and model
        self._upload = httpx.Client(timeout=httpx.Timeout(connect=10.0, read=120.0, write=600.0, pool=10.0),
                                    transport=transport, follow_redirects=False)

    def close(self) -> None:
        self.http.close()
        self._upload.close()

    # --- the five actions ---------------------------------------------------------------------
    def call(self, inp: dict[str, Any], *, idempotent: bool, cancel: CancelToken = NEVER,
             oss: bool = False, parameters: dict[str, Any] | None = None) -> dict[str, Any]:
        body = json.dumps({"model": ENROLL_MODEL, "parameters": parameters or {}, "input": inp}, ensure_ascii=False)
        headers = {**_JSON, **(OSS_RESOLVE if oss else {})}
        _, data = self.http.request("POST", ENROLL_PATH, content=body.encode(), headers=headers,
                                    idempotent=idempotent, cancel=cancel)
        if not isinstance(data, dict):
            raise VendorRejectedError("DashScope answered without a body.", provider=self.provider)
        return data

    def list_page(self, prefix: str | None, page_index: int, page_size: int,
                  cancel: CancelToken = NEVER) -> list[dict[str, Any]]:
        inp: dict[str, Any] = {"action": "list_voice"}
        if prefix:  # the SDK omits an empty prefix
            inp["prefix"] = prefix
        inp.update(page_index=page_index, page_size=page_size)
        output = self.call(inp, idempotent=True, cancel=cancel).get("output") or {}
        voices = output.get("voice_list") or []
        return [v for v in voices if isinstance(v, dict)]

    def list_all(self, prefix: str | None = None, cancel: CancelToken = NEVER) -> list[dict[str, Any]]:
        seen: dict[str, dict[str, Any]] = {}
        for page in range(_MAX_PAGES):
            batch = self.list_page(prefix, page, PAGE_SIZE, cancel)
            for voice in batch:
                seen.setdefault(str(voice.get("voice_id")), voice)
            if len(batch) < PAGE_SIZE:
                break
        return list(seen.values())

    def query(self, voice_id: str, cancel: CancelToken = NEVER) -> dict[str, Any]:
        output = self.call({"action": "query_voice", "voice_id": voice_id}, idempotent=True, cancel=cancel)
        return dict(output.get("output") or {})

    def update(self, voice_id: str, url: str, cancel: CancelToken = NEVER) -> None:
        # Re-cloning the same id from the same URL twice ends in the same state: safe to retry.
        self.call({"action": "update_voice", "voice_id": voice_id, "url": url}, idempotent=True,
                  cancel=cancel, oss=url.startswith("oss://"))

    def delete(self, voice_id: str, cancel: CancelToken = NEVER) -> None:
        self.call({"action": "delete_voice", "voice_id": voice_id}, idempotent=True, cancel=cancel)

    def create(self, inp: dict[str, Any], cancel: CancelToken = NEVER,
               parameters: dict[str, Any] | None = None) -> tuple[dict[str, Any], bool]:
        """(the answer's `output`, adopted): adopted is True when an ambiguous create turned out to have
        worked (the output then holds only the voice id: a designed voice's preview is lost with it)."""
        prefix, url = str(inp["prefix"]), str(inp.get("url") or "")
        before = {str(v.get("voice_id")) for v in self.list_all(prefix, cancel)}
        attempt = 0
        while True:
            try:
                data = self.call(inp, idempotent=False, cancel=cancel, oss=url.startswith("oss://"),
                                 parameters=parameters)
                output = data.get("output") or {}
                if not isinstance(output, dict) or not output.get("voice_id"):
                    raise VendorRejectedError("DashScope did not return a voice id.", provider=self.provider,
                                              request_id=data.get("request_id"))
                return output, False
            except StudioError as err:
                if err.kind != ErrorKind.TRANSIENT_NETWORK:
                    raise
                log.warning("create_voice for prefix %s: outcome unknown (%s); checking before retrying",
                            prefix, err.code or err.detail)
                for pause in (0.0, self.retry.delay(attempt, err.retry_after)):
                    if pause and cancel.wait(pause):
                        cancel.raise_if_cancelled()
                    found = self._adopt(prefix, url, before, cancel)
                    if found:
                        return {"voice_id": found}, True
                attempt += 1
                if attempt >= self.retry.attempts:
                    raise

    def _adopt(self, prefix: str, url: str, before: set[str], cancel: CancelToken) -> str | None:
        fresh = [str(v.get("voice_id")) for v in self.list_all(prefix, cancel)
                 if str(v.get("voice_id")) not in before]
        if len(fresh) <= 1:
            return fresh[0] if fresh else None
        if not url:  # several designed at once: none can be told apart, so none is taken
            return None
        for voice_id in fresh:  # several appeared at once: take the one made from our sample
            if self.query(voice_id, cancel).get("resource_link") == url:
                return voice_id
        return None

    # --- temporary storage --------------------------------------------------------------------
    def upload(self, path: Path, model: str = ENROLL_MODEL, cancel: CancelToken = NEVER) -> UploadedSample:
        """getPolicy for `model` → multipart POST to the returned host → `oss://` URL (48 h).

        "上传本地文件获取临时URL" (https://help.aliyun.com/zh/model-studio/get-temporary-file-url): "文件上传
        时必须指定模型名称，且该模型须与后续调用的模型一致，不同模型无法共享文件". The call that reads a
        sample is the enrolment call, whose model is `voice-enrollment` — not the target model.
        """
        attempt = 0
        while True:
            cancel.raise_if_cancelled()
            _, data = self.http.request("GET", "uploads", params={"action": "getPolicy", "model": model},
                                        idempotent=True, cancel=cancel, limiter=self._policy_limiter)
            policy = (data or {}).get("data") or (data or {}).get("output") or {}
            try:
                return self._post_object(path, policy)
            except TransientNetworkError as err:
                attempt += 1
                if attempt >= self.retry.attempts:
                    raise
                # A fresh policy means a fresh directory, so a half-done upload cannot collide.
                if cancel.wait(self.retry.delay(attempt, err.retry_after)):
                    cancel.raise_if_cancelled()

    def _post_object(self, path: Path, policy: dict[str, Any]) -> UploadedSample:
        try:
            host = str(policy["upload_host"])
            key = f"{policy['upload_dir']}/{_safe_name(path.name)}"
            form = {"OSSAccessKeyId": str(policy["oss_access_key_id"]), "Signature": str(policy["signature"]),
                    "policy": str(policy["policy"]), "key": key,
                    "x-oss-object-acl": str(policy["x_oss_object_acl"]),
                    "x-oss-forbid-overwrite": str(policy["x_oss_forbid_overwrite"]),
                    "success_action_status": "200",
                    "x-oss-content-type": mimetypes.guess_type(path.name)[0] or "application/octet-stream"}
        except KeyError as exc:
            raise VendorRejectedError(f"The upload policy lacks {exc}.", detail_zh=f"上传凭证缺少字段 {exc}。",
                                      provider=self.provider) from exc
        headers = {"user-agent": USER_AGENT, "Accept": "application/json",
                   "Date": formatdate(time.time(), usegmt=True)}
        try:
            with path.open("rb") as fh:
                response = self._upload.post(host, data=form, files={"file": (_safe_name(path.name), fh)},
                                             headers=headers)
        except httpx.HTTPError as exc:
            raise TransientNetworkError(f"Uploading the sample failed ({type(exc).__name__}).",
                                        detail_zh="上传样本失败（网络错误）。", provider=self.provider) from exc
        if response.status_code in (200, 204):
            return UploadedSample(url=f"oss://{key}", expires_at=datetime.now(UTC) + TEMP_URL_TTL)
        code = _xml_field(response.text, "Code") or str(response.status_code)
        detail = redact.scrub(_xml_field(response.text, "Message") or response.text[:200])
        cls = TransientNetworkError if response.status_code >= 500 else VendorRejectedError
        raise cls(f"Temporary storage refused the sample: {detail}", detail_zh=f"临时存储拒绝了样本：{detail}",
                  provider=self.provider, code=code, status=response.status_code,
                  request_id=_xml_field(response.text, "RequestId"))


def _safe_name(name: str) -> str:
    """Object names stay ASCII so the `oss://` URL needs no escaping anywhere."""
    stem, dot, ext = name.rpartition(".")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem if dot else name).strip("_") or "sample"
    return f"{stem}.{re.sub(r'[^A-Za-z0-9]', '', ext).lower()}" if dot and ext else stem


def _xml_field(text: str, name: str) -> str | None:
    match = re.search(rf"<{name}>(.*?)</{name}>", text, re.S)
    return match.group(1).strip() if match else None
