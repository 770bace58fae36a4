"""Tencent Multimedia Lab voice cloning: the request bodies, local checks and answers, exactly as the
vendor's page gives them ("声音克隆" of Tencent Multimedia Lab's Smart Music API,
https://multimedia.tencent.com/zh/docs/smart-music/api/voice-cloning). Every request is a JSON POST with
the public parameters `action`, `secretId`, `secretKey` in the body; each limit below quotes the page's
参数说明. The HTTP client is `mml_api.TencentApi`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

import httpx

from studio.errors import ErrorKind, InvalidInputError, error_for
from studio.providers.base import JobStatus

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
