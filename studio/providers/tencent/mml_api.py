"""Tencent Multimedia Lab voice cloning: the wire format, exactly as the vendor document gives it.

Source: ../shared/vendor-docs/tencent-voice-cloning-api.zh.txt. Every request is a JSON POST with the
public parameters `action`, `secretId`, `secretKey` in the body, to `/release/job` (CreateJob, GetJob,
ListJobs) or `/release/music_model` (ListModels). Because the keys travel in the body, request
bodies are never logged and every text that leaves this module is scrubbed of them.

The service publishes no error table, so errors keep its message and request id as they are and are
framed by HTTP status; only unambiguous signs (401/403, an `AuthFailure…` code) become AuthError.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

import httpx

from studio import redact
from studio.cancel import NEVER, CancelToken
from studio.errors import ErrorKind, InvalidInputError, StudioError, TransientNetworkError, error_for
from studio.providers.base import JobStatus
from studio.providers.http import (
    HttpClient,
    RateLimiter,
    RetryPolicy,
    kind_for_status,
    parse_retry_after,
    plain_text,
)
from studio.providers.tencent.gateway import retired

log = logging.getLogger(__name__)

PROVIDER = "tencent"
DEFAULT_GATEWAY = "https://service-mqk0mc83-1257411467.bj.apigw.tencentcs.com"
JOB_PATH = "/release/job"
MODEL_PATH = "/release/music_model"

MAX_SOURCE_CHARS = 512  # Input.sourceData "长度限制512"
MAX_EPOCH = 50  # voiceCloning.totalEpoch "小于等于50, 默认30"
DEFAULT_EPOCH = 30
MAX_MODEL_NAME = 63  # modelName "小于64字符"
MAX_OUTPUT_PREFIX = 19  # outputPrefix "小于 20 字符"
MAX_CUSTOM_ID = 63  # customId "小于 64 字符"
MAX_LIST_LIMIT = 100  # listModelsRequest.limit "最大100"
DEFAULT_MODEL = "default"

_MODEL_NAME = re.compile(r"[A-Za-z0-9_]+")


class CloningType(IntEnum):
    GENERATE = 1  # 生成音频
    TRAIN = 2  # 训练模型


class JobState(IntEnum):
    SUBMITTED = 1
    PROCESSING = 2
    COMPLETED = 3
    ERROR = 4
    CANCELED = 5


STATUS_FOR_STATE = {
    JobState.SUBMITTED: JobStatus.QUEUED,
    JobState.PROCESSING: JobStatus.RUNNING,
    JobState.COMPLETED: JobStatus.SUCCEEDED,
    JobState.ERROR: JobStatus.FAILED,
    JobState.CANCELED: JobStatus.CANCELLED,
}


# ---- local validation (each limit from the document's 参数说明) -------------------------------

def _invalid(en: str, zh: str) -> InvalidInputError:
    return InvalidInputError(en, detail_zh=zh, provider=PROVIDER)


def validate_model_name(name: str) -> None:
    if not name:
        raise _invalid("A model name is required.", "必须填写模型名称。")
    if len(name) > MAX_MODEL_NAME:
        raise _invalid(f"The model name must be shorter than 64 characters (it has {len(name)}).",
                       f"模型名称须少于 64 个字符（当前 {len(name)} 个）。")
    if not _MODEL_NAME.fullmatch(name):
        raise _invalid("The model name may contain only letters, digits and underscores.",
                       "模型名称只能包含数字、大小写字母和下划线。")


def validate_epoch(epoch: int) -> None:
    if isinstance(epoch, bool) or not isinstance(epoch, int) or not 1 <= epoch <= MAX_EPOCH:
        raise _invalid(f"Training epochs must be a whole number from 1 to {MAX_EPOCH} (got {epoch!r}).",
                       f"训练轮次须为 1 到 {MAX_EPOCH} 的整数（当前 {epoch!r}）。")


def validate_output_prefix(prefix: str) -> None:
    if len(prefix) > MAX_OUTPUT_PREFIX:
        raise _invalid(f"The output file prefix must be shorter than 20 characters ({prefix!r}).",
                       f"输出文件前缀须少于 20 个字符（{prefix!r}）。")


def validate_source_data(text: str) -> None:
    if not text.strip():
        raise _invalid("There is no text to speak.", "没有要合成的文本。")
    if len(text) > MAX_SOURCE_CHARS:
        raise _invalid(f"One request takes at most {MAX_SOURCE_CHARS} characters (this has {len(text)}).",
                       f"单次请求最多 {MAX_SOURCE_CHARS} 个字符（当前 {len(text)} 个）。")


def validate_custom_id(custom_id: str) -> None:
    if not custom_id or len(custom_id) > MAX_CUSTOM_ID:
        raise _invalid("The job's custom id must be 1–63 characters.", "任务自定义 ID 须为 1–63 个字符。")


# ---- request bodies ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Credentials:
    secret_id: str
    secret_key: str

    def __repr__(self) -> str:  # never let a traceback or a debugger dump show the keys
        return "Credentials(secret_id=•••, secret_key=•••)"

    def values(self) -> tuple[str, ...]:
        return tuple(v for v in (self.secret_id, self.secret_key) if v)


def text_input(text: str) -> dict[str, Any]:
    validate_source_data(text)
    return {"sourceData": text}


def url_input(url: str) -> dict[str, Any]:
    if not url.startswith(("http://", "https://")):
        raise _invalid(f"Not an http(s) URL: {url!r}.", f"不是 http(s) 地址：{url!r}。")
    return {"url": url}


def repository_input(content_id: str, path: str) -> dict[str, Any]:
    if not content_id:
        raise _invalid("No content repository id (contentId) is configured.", "未配置内容仓库 ID（contentId）。")
    return {"source": {"contentId": content_id, "path": path}}


def train_output(model_name: str, total_epoch: int | None = None, inputs: int = 1) -> dict[str, Any]:
    validate_model_name(model_name)
    cloning: dict[str, Any] = {"type": int(CloningType.TRAIN), "modelName": model_name}
    if total_epoch is not None:
        validate_epoch(total_epoch)
        cloning["totalEpoch"] = total_epoch
    return {"inputSelectors": list(range(inputs)), "smartContentDescriptor": {"voiceCloning": cloning}}


def generate_output(model_name: str, content_id: str, destination: str = "/",
                    output_prefix: str = "") -> dict[str, Any]:
    if model_name != DEFAULT_MODEL:
        validate_model_name(model_name)
    if not content_id:
        # The document: Output.contentId "生成音频任务必填".
        raise _invalid("Generating audio needs a content repository id (contentId) for the result.",
                       "生成音频任务必须填写内容仓库 ID（contentId）以存放结果。")
    validate_output_prefix(output_prefix)
    descriptor: dict[str, Any] = {"voiceCloning": {"type": int(CloningType.GENERATE), "modelName": model_name}}
    if output_prefix:
        descriptor = {"outputPrefix": output_prefix, **descriptor}
    return {"contentId": content_id, "destination": destination or "/", "inputSelectors": [0],
            "smartContentDescriptor": descriptor}


def _envelope(action: str, creds: Credentials, key: str, request: dict[str, Any]) -> dict[str, Any]:
    return {"action": action, "secretId": creds.secret_id, "secretKey": creds.secret_key, key: request}


def create_job_body(creds: Credentials, inputs: list[dict[str, Any]], outputs: list[dict[str, Any]], *,
                    custom_id: str, callback: str | None = None, timeout: int | None = None) -> dict[str, Any]:
    validate_custom_id(custom_id)
    if not inputs or not outputs:
        raise _invalid("A job needs at least one input and one output.", "任务至少需要一个输入和一个输出。")
    request: dict[str, Any] = {"customId": custom_id}
    if callback:
        request["callback"] = callback
    request["inputs"] = inputs
    request["outputs"] = outputs
    if timeout is not None:
        if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout <= 0:
            raise _invalid("The job timeout must be a positive number of seconds.", "任务超时时间须为正整数秒。")
        request["timeout"] = timeout
    return _envelope("CreateJob", creds, "createJobRequest", request)


def get_job_body(creds: Credentials, job_id: str) -> dict[str, Any]:
    return _envelope("GetJob", creds, "getJobRequest", {"id": job_id})


def list_jobs_body(creds: Credentials, custom_id: str) -> dict[str, Any]:
    return _envelope("ListJobs", creds, "listJobsRequest", {"customId": custom_id})


def list_models_body(creds: Credentials, offset: int, limit: int) -> dict[str, Any]:
    if not 1 <= limit <= MAX_LIST_LIMIT or offset < 0:
        raise _invalid(f"ListModels takes 0 ≤ offset and 1 ≤ limit ≤ {MAX_LIST_LIMIT}.",
                       f"ListModels 要求 offset ≥ 0 且 1 ≤ limit ≤ {MAX_LIST_LIMIT}。")
    return _envelope("ListModels", creds, "listModelsRequest", {"offset": offset, "limit": limit})


# ---- responses --------------------------------------------------------------------------------

def ms_to_iso(value: Any) -> str:
    """The service gives times as strings of epoch milliseconds; "0" means not yet."""
    try:
        ms = int(str(value))
    except (TypeError, ValueError):
        return ""
    if ms <= 0:
        return ""
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


@dataclass
class Job:
    id: str
    state: int
    custom_id: str = ""
    callback: str = ""
    inputs: list[dict[str, Any]] = field(default_factory=list)
    outputs: list[dict[str, Any]] = field(default_factory=list)
    created_at: str = ""
    started_at: str = ""
    completed_at: str = ""
    message: str = ""
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> JobStatus:
        try:
            return STATUS_FOR_STATE[JobState(self.state)]
        except ValueError:
            return JobStatus.QUEUED  # an unknown state is treated as not settled, so polling goes on

    @property
    def state_name(self) -> str:
        try:
            return JobState(self.state).name
        except ValueError:
            return f"STATE_{self.state}"

    def _output(self) -> dict[str, Any]:
        return self.outputs[0] if self.outputs else {}

    def _cloning(self) -> dict[str, Any]:
        value = self._output().get("smartContentDescriptor", {}).get("voiceCloning", {})
        return value if isinstance(value, dict) else {}

    def _result(self) -> dict[str, Any]:
        value = (self._output().get("smartContentResult") or {}).get("voiceCloning", {})
        return value if isinstance(value, dict) else {}

    @property
    def kind(self) -> str:
        return "train" if self._cloning().get("type") == CloningType.TRAIN else "generate"

    @property
    def model_name(self) -> str:
        return str(self._result().get("modelName") or self._cloning().get("modelName") or "")

    @property
    def voice_name(self) -> str:
        return str(self._result().get("voiceName") or "")

    @property
    def destination(self) -> str:
        return str(self._output().get("destination") or "/")

    @property
    def content_id(self) -> str:
        return str(self._output().get("contentId") or "")


def parse_job(obj: Any) -> Job:
    if not isinstance(obj, dict) or not obj.get("id"):
        raise error_for(ErrorKind.VENDOR_REJECTED, "The provider's answer has no job in it.",
                        provider=PROVIDER, detail_zh="服务商的应答中没有任务信息。")
    timing = obj.get("timing") or {}
    try:
        state = int(obj.get("state") or 0)
    except (TypeError, ValueError):
        state = 0
    # The document shows no failure detail on a Job; take the likely fields if the service sends them.
    error = obj.get("error")
    message = obj.get("message") or obj.get("errorMessage") or obj.get("errMsg") or (
        error.get("message") if isinstance(error, dict) else error) or ""
    return Job(id=str(obj["id"]), state=state, custom_id=str(obj.get("customId") or ""),
               callback=str(obj.get("callback") or ""), inputs=list(obj.get("inputs") or []),
               outputs=list(obj.get("outputs") or []), created_at=ms_to_iso(timing.get("createdAt")),
               started_at=ms_to_iso(timing.get("startedAt")),
               completed_at=ms_to_iso(timing.get("completedAt")), message=str(message), raw=obj)


@dataclass
class Model:
    name: str
    created_at: str = ""
    state: Any = None  # not in the document; kept if the service adds one
    raw: dict[str, Any] = field(default_factory=dict)


def parse_models(items: Any) -> list[Model]:
    models = []
    for item in items or []:
        if isinstance(item, dict) and item.get("name"):
            state = item.get("state", item.get("status"))
            models.append(Model(str(item["name"]), ms_to_iso(item.get("createdAt")), state, item))
    return models


def request_id_of(body: Any, response: httpx.Response | None = None) -> str | None:
    if isinstance(body, dict):
        for key in ("requestId", "RequestId", "request_id"):
            if body.get(key):
                return str(body[key])
        inner = body.get("Response")
        if isinstance(inner, dict) and inner.get("RequestId"):
            return str(inner["RequestId"])
    if response is not None:
        for header in ("X-Api-RequestId", "X-Request-Id", "X-Api-Request-Id"):
            if response.headers.get(header):
                return response.headers[header]
    return None


# ---- errors -----------------------------------------------------------------------------------

def scrub(text: str, secrets: tuple[str, ...]) -> str:
    for value in sorted(secrets, key=len, reverse=True):
        if value and value in text:
            text = text.replace(value, "•••")
    return text


def _code_and_message(body: Any) -> tuple[str | None, str | None]:
    if not isinstance(body, dict):
        return None, None
    inner: dict[str, Any] = body["Response"] if isinstance(body.get("Response"), dict) else body
    err = inner.get("error") or inner.get("Error")
    if isinstance(err, dict):
        code, message = err.get("code") or err.get("Code"), err.get("message") or err.get("Message")
    else:
        code = inner.get("code") or inner.get("errorCode") or inner.get("Code")
        message = (inner.get("message") or inner.get("msg") or inner.get("errorMessage")
                   or inner.get("Message") or (err if isinstance(err, str) else None))
    return (str(code) if code not in (None, "", 0) else None), (str(message) if message else None)


def is_auth_code(code: str | None) -> bool:
    return bool(code) and str(code).lower().startswith(("authfailure", "unauthorized", "invalidsecret"))


# Tencent Cloud's common error codes (API 3.0, 公共错误码), which its gateways answer with: a used-up
# quota must not read as a bad key, a frequency limit must be retried like a 429.
_QUOTA_CODES = ("limitexceeded", "resourceinsufficient")
_RATE_CODES = ("requestlimitexceeded",)


def error_from_answer(response: httpx.Response, body: Any, secrets: tuple[str, ...]) -> StudioError:
    """Frame the service's own words in the taxonomy, without ever echoing a key."""
    code, message = _code_and_message(body)
    status = response.status_code
    if message is None:
        text = plain_text(response.text) if not isinstance(body, dict) else ""
        message = f"HTTP {status}" + (f": {text}" if text else "")
    lowered = (code or "").lower()
    if lowered.startswith(_RATE_CODES):
        kind = ErrorKind.RATE_LIMITED
    elif lowered.startswith(_QUOTA_CODES):
        kind = ErrorKind.QUOTA
    elif is_auth_code(code) or status in (401, 403):
        kind = ErrorKind.AUTH
    elif 200 <= status < 300:
        kind = ErrorKind.VENDOR_REJECTED  # an error inside a 200 answer: the request was refused
    else:
        kind = kind_for_status(status)
    said = scrub(message, secrets)
    return error_for(kind, said, detail_zh=f"腾讯返回：{said}", provider=PROVIDER,
                     code=scrub(code, secrets) if code else None,
                     request_id=request_id_of(body, response), status=status,
                     retry_after=parse_retry_after(response.headers.get("Retry-After")))


# ---- optional API-gateway signing --------------------------------------------------------------

def gateway_headers(key_id: str, key_secret: str, source: str, now: datetime | None = None) -> dict[str, str]:
    """The newer gateway's key-pair signing: HMAC-SHA1 over the Date and Source headers."""
    date = (now or datetime.now(UTC)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    signing = f"date: {date}\nsource: {source}"
    digest = hmac.new(key_secret.encode(), signing.encode(), hashlib.sha1).digest()
    signature = base64.b64encode(digest).decode()
    return {
        "Date": date,
        "Source": source,
        "Authorization": f'hmac id="{key_id}", algorithm="hmac-sha1", headers="date source", '
                         f'signature="{signature}"',
    }


# ---- text splitting ---------------------------------------------------------------------------

# ---- the client -------------------------------------------------------------------------------

@dataclass
class GatewaySigning:
    key_id: str
    key_secret: str
    source: str = "voice-studio"

    def __repr__(self) -> str:
        return f"GatewaySigning(key_id=•••, key_secret=•••, source={self.source!r})"


class TencentApi:
    """The four documented actions over `HttpClient` (timeouts, rate limit, safe retries).

    Queries are retried; CreateJob never is blindly: after an unknown outcome the job is looked up
    by its `customId` first, and only created again once the service confirms it has no such job.
    """

    def __init__(self, base_url: str, creds: Credentials, *, signing: GatewaySigning | None = None,
                 rate: float = 2.0, retry: RetryPolicy | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.creds = creds
        self.signing = signing
        self._secrets = creds.values() + ((signing.key_id, signing.key_secret) if signing else ())
        redact_register(self._secrets)
        self.http = HttpClient(
            PROVIDER, base_url=(base_url or DEFAULT_GATEWAY).rstrip("/"),
            headers={"Content-Type": "application/json"}, rate_limiter=RateLimiter(rate, burst=2),
            retry=retry, transport=transport,
            error_mapper=self._framed,
        )
        self.base_url = str(self.http._client.base_url)

    def _framed(self, response: httpx.Response, body: Any) -> StudioError:
        html = "html" in response.headers.get("content-type", "").lower()
        return retired(error_from_answer(response, body, self._secrets), self.base_url, PROVIDER, html=html)

    def close(self) -> None:
        self.http.close()

    def scrub(self, text: str) -> str:
        return scrub(text, self._secrets)

    def _call(self, path: str, body: dict[str, Any], answer_key: str, *, idempotent: bool,
              cancel: CancelToken) -> tuple[str, dict[str, Any]]:
        headers = gateway_headers(self.signing.key_id, self.signing.key_secret, self.signing.source) \
            if self.signing else {}
        log.debug("tencent %s %s", body.get("action"), path)  # the body holds the keys: never logged
        try:
            response, answer = self.http.request("POST", path, json=body, headers=headers,
                                                 idempotent=idempotent, cancel=cancel)
        except StudioError as err:
            framed = retired(err, self.base_url, PROVIDER)  # a gateway that appears retired, said plainly
            if framed is err:
                raise
            raise framed from err
        inner = answer.get(answer_key) if isinstance(answer, dict) else None
        if not isinstance(inner, dict):
            raise error_from_answer(response, answer, self._secrets)
        return request_id_of(answer, response) or "", inner

    def create_job(self, body: dict[str, Any], cancel: CancelToken = NEVER) -> tuple[str, Job]:
        custom_id = body["createJobRequest"]["customId"]
        for attempt in range(3):
            try:
                rid, inner = self._call(JOB_PATH, body, "createJobResponse", idempotent=False, cancel=cancel)
                return rid, parse_job(inner.get("job"))
            except TransientNetworkError:
                # The create may or may not have reached the service: ask before trying again.
                found = self.list_jobs(custom_id, cancel)
                if found:
                    log.info("tencent CreateJob outcome was unknown; found job by customId")
                    return "", max(found, key=lambda j: j.created_at)
                if attempt == 2:
                    raise
                log.info("tencent CreateJob did not arrive; creating it again")
        raise AssertionError("unreachable")

    def get_job(self, job_id: str, cancel: CancelToken = NEVER) -> tuple[str, Job]:
        rid, inner = self._call(JOB_PATH, get_job_body(self.creds, job_id), "getJobResponse",
                                idempotent=True, cancel=cancel)
        return rid, parse_job(inner.get("job"))

    def list_jobs(self, custom_id: str, cancel: CancelToken = NEVER) -> list[Job]:
        _, inner = self._call(JOB_PATH, list_jobs_body(self.creds, custom_id), "listJobsResponse",
                              idempotent=True, cancel=cancel)
        return [parse_job(j) for j in inner.get("jobs") or []]

    def list_models(self, cancel: CancelToken = NEVER, page: int = MAX_LIST_LIMIT) -> list[Model]:
        """Every model, page by page (`offset`, `limit` ≤ 100) until `total` is reached."""
        models: list[Model] = []
        offset = 0
        for _ in range(10_000):
            _, inner = self._call(MODEL_PATH, list_models_body(self.creds, offset, page),
                                  "listModelsResponse", idempotent=True, cancel=cancel)
            items = inner.get("models") or []
            models.extend(parse_models(items))
            offset += len(items)
            total = int(inner.get("total") or 0)
            if not items or offset >= total:
                break
        return models


def redact_register(values: tuple[str, ...]) -> None:
    """Also mask these keys in every log record the studio writes (studio.redact's filter)."""
    for value in values:
        redact.register(value)
