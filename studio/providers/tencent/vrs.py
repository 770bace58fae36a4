"""声音复刻 (VRS, Cloud API 3.0, version 2020-08-24): the requests the studio sends and what it reads back.

Pages (https://cloud.tencent.com/document/api/1283/…): 声音复刻相关接口 90060 and the rate table 90075
(20 requests/s per action, GetVRSVoiceTypes 1/s); GetTrainingText 90061; DetectEnvAndSoundQuality 90062;
DescribeVRSTaskStatus 90063; CreateVRSTask 90064; 数据结构 90065; GetVRSVoiceTypes 101623;
GetVRSVoiceTypeInfo 112796; 错误码 90074. Field names and their order are those of the official SDK's
`tencentcloud/vrs/v20200824/models.py` (the order is the order on the wire: see cloud_api.body_of).
CancelVRSTask and DownloadVRSModel are listed as 暂未开放 (not open yet) and are not used.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import IntEnum
from typing import Any

from studio.cancel import NEVER, CancelToken
from studio.providers.base import JobStatus
from studio.providers.http import RateLimiter
from studio.providers.tencent.cloud_api import Answer, CloudClient, CloudCredentials, Service

SERVICE = Service("vrs", "2020-08-24", "vrs.tencentcloudapi.com")
FAST_VOICE_TYPE = 200000000  # DescribeVRSTaskStatus / VoiceTypeInfo: "若为一句话复刻时，该值为固定值200000000"


class TaskType(IntEnum):
    """复刻类型: GetTrainingText, DetectEnvAndSoundQuality, CreateVRSTask, GetVRSVoiceTypes."""

    OTHER = 0  # "除快速声音复刻外其他复刻类型" (GetVRSVoiceTypes); the lightweight clone in older SDKs
    ONE_SENTENCE = 5  # 一句话声音复刻


class DetectType(IntEnum):
    ENVIRONMENT = 1  # 环境检测
    QUALITY = 2  # 音质检测: returns the AudioId CreateVRSTask takes


class TaskState(IntEnum):
    """DescribeVRSTaskStatusRespData.Status: "0：任务等待，1：任务执行中，2：任务成功，3：任务失败"."""

    WAITING = 0
    DOING = 1
    SUCCESS = 2
    FAILED = 3


STATUS_FOR_STATE = {TaskState.WAITING: JobStatus.QUEUED, TaskState.DOING: JobStatus.RUNNING,
                    TaskState.SUCCESS: JobStatus.SUCCEEDED, TaskState.FAILED: JobStatus.FAILED}
STATE_NAMES = {TaskState.WAITING: "waiting", TaskState.DOING: "doing", TaskState.SUCCESS: "success",
               TaskState.FAILED: "failed"}  # StatusStr as the page names the states

GENDERS = {"male": 1, "female": 2}  # VoiceGender "1-male 2-female"
LANGUAGES = {"zh": 1}  # VoiceLanguage "1-中文": the only value CreateVRSTask documents
DOMAINS = {"general": 0, "chat": 1, "reading": 2, "news": 3}  # GetTrainingText Domain
CODECS = ("wav", "mp3", "aac", "m4a")  # Codec "音频类型(wav,mp3,aac,m4a)"
SAMPLE_RATES = (16000, 24000, 48000)  # DetectEnvAndSoundQuality SampleRate; 24k/48k one-sentence clone only

# "默认接口请求频率限制": 20 requests/s per action, GetVRSVoiceTypes 1/s (90075).
RATES = {"GetTrainingText": 20.0, "DetectEnvAndSoundQuality": 20.0, "CreateVRSTask": 20.0,
         "DescribeVRSTaskStatus": 20.0, "GetVRSVoiceTypeInfo": 20.0, "GetVRSVoiceTypes": 1.0}


def limiters(scale: float = 1.0) -> dict[str, RateLimiter]:
    return {action: RateLimiter(rate * scale, burst=max(1, int(rate))) for action, rate in RATES.items()}


# ---- request bodies, fields in the SDK models' order ---------------------------------------------

def training_text_params(task_type: int = TaskType.ONE_SENTENCE, domain: int | None = None,
                         text_language: int | None = None) -> dict[str, Any]:
    params: dict[str, Any] = {"TaskType": int(task_type)}
    if domain is not None:
        params["Domain"] = domain
    if text_language is not None:
        params["TextLanguage"] = text_language
    return params


def detect_params(text_id: str, audio: bytes, detect_type: int, codec: str, sample_rate: int,
                  task_type: int = TaskType.ONE_SENTENCE) -> dict[str, Any]:
    return {"TextId": text_id, "AudioData": base64.b64encode(audio).decode("ascii"), "TypeId": int(detect_type),
            "Codec": codec, "SampleRate": sample_rate, "TaskType": int(task_type)}


def create_task_params(session_id: str, name: str, gender: int, language: int, audio_id: str, *,
                       sample_rate: int | None = None, codec: str | None = None, callback_url: str = "",
                       task_type: int = TaskType.ONE_SENTENCE, enhance: bool | None = None) -> dict[str, Any]:
    params: dict[str, Any] = {"SessionId": session_id, "VoiceName": name, "VoiceGender": gender,
                              "VoiceLanguage": language, "AudioIdList": [audio_id]}
    if sample_rate is not None:
        params["SampleRate"] = sample_rate
    if codec:
        params["Codec"] = codec
    if callback_url:
        params["CallbackUrl"] = callback_url
    params["TaskType"] = int(task_type)
    if enhance is not None:
        params["EnableVoiceEnhance"] = 1 if enhance else 0
    return params


# ---- answers -----------------------------------------------------------------------------------

@dataclass
class TrainingLine:
    text_id: str
    text: str


@dataclass
class Detection:
    code: int | None
    message: str = ""
    audio_id: str = ""
    words: list[dict[str, Any]] = field(default_factory=list)  # DetectionTip: Words{Word, PronAccuracy, …}
    request_id: str = ""


@dataclass
class TaskStatus:
    task_id: str
    state: int | None
    state_text: str = ""
    voice_type: int | None = None
    fast_voice_type: str = ""
    error: str = ""
    expires: str = ""  # ISO-8601, from ExpireTime
    request_id: str = ""

    @property
    def status(self) -> JobStatus:
        try:
            return STATUS_FOR_STATE[TaskState(self.state)]  # type: ignore[arg-type]
        except (ValueError, TypeError):
            return JobStatus.QUEUED  # an unknown state is not settled: polling goes on

    @property
    def status_raw(self) -> str:
        try:
            return STATE_NAMES[TaskState(self.state)]  # type: ignore[arg-type]
        except (ValueError, TypeError):
            return self.state_text or "unknown"


@dataclass
class VoiceInfo:
    voice_type: int | None
    fast_voice_type: str
    name: str = ""
    gender: int | None = None
    task_type: int | None = None
    task_id: str = ""
    created: str = ""
    deployed: bool = False
    expires: str = ""


CHINA_TIME = timezone(timedelta(hours=8))


def iso_time(value: Any) -> str:
    """A page's time ("2025-05-25T15:54:10+08:00") as ISO-8601 with its offset; "" when unreadable."""
    if not value or not isinstance(value, str):
        return ""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return ""
    if parsed.tzinfo is None:  # the pages always give an offset; assume China time if one is missing
        parsed = parsed.replace(tzinfo=CHINA_TIME)
    return parsed.isoformat(timespec="seconds")


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def parse_training_texts(answer: Answer) -> list[TrainingLine]:
    items = answer.data.get("TrainingTextList") or []
    return [TrainingLine(str(i.get("TextId") or ""), str(i.get("Text") or "")) for i in items
            if isinstance(i, dict) and i.get("TextId") and i.get("Text")]


def parse_detection(answer: Answer) -> Detection:
    data = answer.data
    tips = [w for w in (data.get("DetectionTip") or []) if isinstance(w, dict)]
    return Detection(_int(data.get("DetectionCode")), str(data.get("DetectionMsg") or ""),
                     str(data.get("AudioId") or ""), tips, answer.request_id)


def parse_status(answer: Answer) -> TaskStatus:
    d = answer.data
    return TaskStatus(str(d.get("TaskId") or ""), _int(d.get("Status")), str(d.get("StatusStr") or ""),
                      _int(d.get("VoiceType")), str(d.get("FastVoiceType") or ""), str(d.get("ErrorMsg") or ""),
                      iso_time(d.get("ExpireTime")), answer.request_id)


def parse_voice(item: dict[str, Any]) -> VoiceInfo:
    return VoiceInfo(_int(item.get("VoiceType")), str(item.get("FastVoiceType") or ""), str(item.get("VoiceName") or ""),
                     _int(item.get("VoiceGender")), _int(item.get("TaskType")), str(item.get("TaskID") or ""),
                     iso_time(item.get("DateCreated")), bool(item.get("IsDeployed")), iso_time(item.get("ExpireTime")))


class VrsApi:
    """The VRS actions the studio uses, as typed calls."""

    def __init__(self, client: CloudClient) -> None:
        self.client = client

    @classmethod
    def build(cls, provider: str, creds: CloudCredentials, *, region: str = "", base_url: str = "",
              **kwargs: Any) -> VrsApi:
        return cls(CloudClient(provider, SERVICE, creds, region=region, base_url=base_url, **kwargs))

    def close(self) -> None:
        self.client.close()

    def training_texts(self, params: dict[str, Any], cancel: CancelToken = NEVER) -> list[TrainingLine]:
        return parse_training_texts(self.client.call("GetTrainingText", params, cancel=cancel))

    def detect(self, params: dict[str, Any], cancel: CancelToken = NEVER) -> Detection:
        return parse_detection(self.client.call("DetectEnvAndSoundQuality", params, cancel=cancel))

    def create_task(self, params: dict[str, Any], cancel: CancelToken = NEVER) -> tuple[str, str]:
        """(TaskId, RequestId). Never repeated here: an unknown outcome is the caller's to resolve."""
        answer = self.client.call("CreateVRSTask", params, idempotent=False, cancel=cancel)
        return str(answer.data.get("TaskId") or ""), answer.request_id

    def task_status(self, task_id: str, cancel: CancelToken = NEVER) -> TaskStatus:
        return parse_status(self.client.call("DescribeVRSTaskStatus", {"TaskId": task_id}, cancel=cancel))

    def voices(self, task_type: int = TaskType.ONE_SENTENCE, cancel: CancelToken = NEVER) -> list[VoiceInfo]:
        answer = self.client.call("GetVRSVoiceTypes", {"TaskType": int(task_type)}, cancel=cancel)
        return [parse_voice(i) for i in (answer.data.get("VoiceTypeList") or []) if isinstance(i, dict)]

    def voice(self, fast_voice_type: str, cancel: CancelToken = NEVER) -> tuple[VoiceInfo, str]:
        params = {"VoiceType": FAST_VOICE_TYPE, "TaskType": int(TaskType.ONE_SENTENCE),
                  "FastVoiceType": fast_voice_type}
        answer = self.client.call("GetVRSVoiceTypeInfo", params, cancel=cancel)
        return parse_voice(answer.data), answer.request_id
