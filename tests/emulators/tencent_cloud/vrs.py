"""声音复刻 (VRS 2020-08-24) on loopback: the six actions the one-sentence clone uses, field by field.

Each rule cites its page (https://cloud.tencent.com/document/api/1283/…):
- GetTrainingText 90061: TaskType 5, Domain 0–3, TextLanguage 1; "生成的TextId有效期为7天，且在成功创建一次复刻任务
  后失效"; the example answers two lines.
- DetectEnvAndSoundQuality 90062: TextId, AudioData (base64), TypeId 1 environment / 2 quality required;
  Codec wav/mp3/aac/m4a; SampleRate 16000 (default), 24000/48000 "仅一句话声音复刻支持"; "音频时长需大于5s，
  小于15s，文件大小不能超过2MB，音频需为单声道，位深为16bit"; AudioId only for a passed quality check
  ("环境检测该值为空，仅在音质检测情况下返回"); DetectionCode 0/−1/−2/−3 and DetectionTip Words (90065).
- CreateVRSTask 90064: SessionId, VoiceName, VoiceGender (1, 2), VoiceLanguage (1), AudioIdList required;
  "一句话声音复刻仅需填写一个音质检测接口返回的AudioId"; SampleRate 16000 (24000/48000 accepted for TaskType 5, as
  the detection takes them), Codec, CallbackUrl, ModelType (1, 2), TaskType, VPRAudioId,
  EnableVoiceEnhance (0, 1).
- DescribeVRSTaskStatus 90063: Status 0 waiting → 1 doing → 2 success / 3 failed with ErrorMsg;
  VoiceType 200000000, FastVoiceType and ExpireTime for a one-sentence clone.
- GetVRSVoiceTypes 101623 (1 request/s): TaskType 0 (default) or 5; VoiceTypeInfo list (90065).
- GetVRSVoiceTypeInfo 112796: VoiceType required, TaskType, FastVoiceType.
Error codes from 90074. Two readings are this emulator's own, because no page settles them: a clone is
listed by GetVRSVoiceTypes from its creation (IsDeployed false until it succeeds: the field's description
implies undeployed entries), and an unknown FastVoiceType answers ResourceNotFound.
"""

from __future__ import annotations

import base64
import binascii
import io
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import soundfile as sf

from .audio import judge, judge_room
from .wire import Rejection, check_fields, china_time

FAST = 200000000
TEXT_TTL_S = 7 * 24 * 3600.0
MAX_AUDIO_BYTES = 2 * 1024 * 1024
LINES = ("在很久很久以前鸟群中有一只小鸟", "那时候的凤凰还不是鸟中之王只是一个很不起眼的小鸟", "春天来了河边的柳树发出了嫩绿的新芽",
         "今天的天气非常好我们一起去公园散步吧", "请在安静的环境中用自然的语气朗读这句话")
STATE_STR = {0: "waiting", 1: "doing", 2: "success", 3: "failed"}


@dataclass
class Line:
    text_id: str
    text: str
    owner: str
    created: float
    spent: bool = False


@dataclass
class Audio:
    audio_id: str
    text_id: str
    owner: str
    sample_rate: int
    codec: str


@dataclass
class Task:
    task_id: str
    owner: str
    session_id: str
    name: str
    gender: int
    audio_id: str
    created: float
    fast_voice_type: str
    fail: str = ""  # ErrorMsg when the task is to fail
    expires: float = 0.0
    request: dict[str, Any] = field(default_factory=dict)


@dataclass
class Forced:
    """A DetectionCode (and Words.Tag per character index) to answer instead of judging the audio."""

    code: int
    tags: dict[int, int] = field(default_factory=dict)


class VrsState:
    def __init__(self, *, queue_s: float = 0.05, work_s: float = 0.2, lifetime_s: float = 360 * 86400.0) -> None:
        self.lock = threading.RLock()
        self.queue_s, self.work_s, self.lifetime_s = queue_s, work_s, lifetime_s
        self.lines: dict[str, Line] = {}
        self.audios: dict[str, Audio] = {}
        self.tasks: dict[str, Task] = {}
        self.detections: list[Forced] = []  # test hook: the next checks' outcomes
        self.fail_next: list[str] = []  # test hook: ErrorMsg of the next tasks, which then fail
        self.quota: int | None = None  # test hook: tasks left (None: no limit)

    # ---- the state machine, by the clock ------------------------------------------------------------
    def state_of(self, task: Task, now: float | None = None) -> int:
        age = (now or time.time()) - task.created
        if age < self.queue_s:
            return 0
        if age < self.queue_s + self.work_s:
            return 1
        if task.fail:
            return 3
        line = self.lines.get(self.audios[task.audio_id].text_id) if task.audio_id in self.audios else None
        if line is not None:
            line.spent = True  # "在成功创建一次复刻任务后失效"
        return 2

    def add_task(self, owner: str, name: str = "voice", *, created: float | None = None, gender: int = 2,
                 fail: str = "") -> Task:
        """A task as if created earlier (tests that need one without the whole flow)."""
        with self.lock:
            line = self._new_line(owner, LINES[0])
            audio = Audio(uuid.uuid4().hex, line.text_id, owner, 24000, "wav")
            self.audios[audio.audio_id] = audio
            return self._new_task(owner, uuid.uuid4().hex, name, gender, audio.audio_id, created or time.time(), fail)

    def _new_line(self, owner: str, text: str) -> Line:
        line = Line(uuid.uuid4().hex[:16], text, owner, time.time())
        self.lines[line.text_id] = line
        return line

    def _new_task(self, owner: str, session: str, name: str, gender: int, audio_id: str, created: float,
                  fail: str, request: dict[str, Any] | None = None) -> Task:
        task = Task(uuid.uuid4().hex, owner, session, name, gender, audio_id, created,
                    "WCHN-" + uuid.uuid4().hex[:20], fail, created + self.lifetime_s, dict(request or {}))
        self.tasks[task.task_id] = task
        return task

    # ---- actions ------------------------------------------------------------------------------------
    def get_training_text(self, owner: str, p: dict[str, Any]) -> dict[str, Any]:
        check_fields(p, {"TaskType": ("int", False), "Domain": ("int", False), "TextLanguage": ("int", False)})
        if p.get("TaskType", 5) != 5:
            raise Rejection("InvalidParameterValue", "TaskType: only 5 (一句话声音复刻) is offered.")
        if p.get("Domain", 0) not in (0, 1, 2, 3):
            raise Rejection("InvalidParameterValue", "Domain must be 0, 1, 2 or 3.")
        if p.get("TextLanguage", 1) != 1:
            raise Rejection("InvalidParameterValue", "TextLanguage must be 1.")
        start = int(p.get("Domain", 0))
        with self.lock:
            lines = [self._new_line(owner, LINES[(start + i) % len(LINES)]) for i in range(2)]
        return {"Data": {"TrainingTextList": [{"TextId": x.text_id, "Text": x.text} for x in lines]}}

    def detect(self, owner: str, p: dict[str, Any]) -> dict[str, Any]:
        check_fields(p, {"TextId": ("str", True), "AudioData": ("str", True), "TypeId": ("int", True),
                         "Codec": ("str", False), "SampleRate": ("int", False), "TaskType": ("int", False)})
        if p["TypeId"] not in (1, 2):
            raise Rejection("InvalidParameterValue", "TypeId must be 1 (environment) or 2 (sound quality).")
        codec, rate, task_type = p.get("Codec", "wav"), p.get("SampleRate", 16000), p.get("TaskType")
        if codec not in ("wav", "mp3", "aac", "m4a"):
            raise Rejection("InvalidParameterValue.Codec", "Codec非法，请参考Codec参数说明。")
        if rate not in (16000, 24000, 48000) or (rate != 16000 and task_type != 5):
            raise Rejection("InvalidParameterValue.SampleRate", "SampleRate非法，请参考SampleRate参数说明。")
        with self.lock:
            line = self.lines.get(p["TextId"])
            if (line is None or line.owner != owner or line.spent
                    or time.time() - line.created > TEXT_TTL_S):
                raise Rejection("InvalidParameterValue", "TextId is not valid (unknown, spent or older than 7 days).")
        samples = self._audio(p["AudioData"], codec, rate)
        forced = self.detections.pop(0) if self.detections else None
        if forced is not None:
            code = forced.code
        else:
            code = judge(samples, rate).code if p["TypeId"] == 2 else judge_room(samples, rate)
        words = self._words(line.text, code, forced)
        audio_id = ""
        if p["TypeId"] == 2 and code == 0:
            with self.lock:
                audio = Audio("vrs" + uuid.uuid4().hex, line.text_id, owner, rate, codec)
                self.audios[audio.audio_id] = audio
                audio_id = audio.audio_id
        messages = {0: "success", -1: "detection failed, please retry", -2: "misread, missed or extra words",
                    -3: "too noisy"}
        return {"Data": {"AudioId": audio_id, "DetectionCode": code, "DetectionMsg": messages.get(code, ""),
                         "DetectionTip": words}}

    @staticmethod
    def _audio(data: str, codec: str, rate: int) -> np.ndarray:
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise Rejection("InvalidParameterValue.AudioData", "音频数据错误。AudioData is not base64.") from None
        if not raw or len(raw) > MAX_AUDIO_BYTES:
            raise Rejection("InvalidParameterValue.AudioData", "音频数据错误。文件大小不能超过2MB。")
        try:
            info = sf.info(io.BytesIO(raw))
            samples, real_rate = sf.read(io.BytesIO(raw), dtype="float64", always_2d=True)
        except (RuntimeError, sf.LibsndfileError):
            raise Rejection("InvalidParameterValue.AudioData", "音频数据错误。The audio cannot be decoded.") from None
        if (info.format == "WAV") != (codec == "wav") or (codec == "mp3" and info.format != "MP3"):
            raise Rejection("InvalidParameterValue.Codec", f"Codec非法：the audio is {info.format}, not {codec}.")
        if real_rate != rate:
            raise Rejection("InvalidParameterValue.SampleRate", f"SampleRate非法：the audio is {real_rate} Hz.")
        if samples.shape[1] != 1 or (info.format == "WAV" and info.subtype != "PCM_16"):
            raise Rejection("InvalidParameterValue.AudioData", "音频数据错误。音频需为单声道，位深为16bit。")
        seconds = samples.shape[0] / real_rate
        if seconds >= 15.0:
            raise Rejection("InvalidParameterValue.AudioDurationExceedsLimit", "音频时长超限，时长不可超过15s")
        if seconds <= 5.0:
            raise Rejection("InvalidParameterValue.AudioData", "音频数据错误。音频时长需大于5s。")
        return np.asarray(samples[:, 0])

    @staticmethod
    def _words(text: str, code: int, forced: Forced | None) -> list[dict[str, Any]]:
        out = []
        for i, ch in enumerate(text):
            tag = forced.tags.get(i, 0) if forced else (2 if code == -2 else 0)
            good = tag == 0 and (code in (0, -3) or forced is not None)
            out.append({"PronAccuracy": 92.0 if good else 0.0, "PronFluency": 0.99 if good else 0.0,
                        "Tag": tag, "Word": ch})
        return out

    def create_task(self, owner: str, p: dict[str, Any]) -> dict[str, Any]:
        check_fields(p, {"SessionId": ("str", True), "VoiceName": ("str", True), "VoiceGender": ("int", True),
                         "VoiceLanguage": ("int", True), "AudioIdList": ("list[str]", True),
                         "SampleRate": ("int", False), "Codec": ("str", False), "CallbackUrl": ("str", False),
                         "ModelType": ("int", False), "TaskType": ("int", False), "VPRAudioId": ("str", False),
                         "EnableVoiceEnhance": ("int", False)})
        if not p["SessionId"].strip():
            raise Rejection("InvalidParameter", "SessionId is empty.")
        if not p["VoiceName"].strip():
            raise Rejection("InvalidParameterValue.VoiceName", "音色名称错误。")
        if p["VoiceGender"] not in (1, 2):
            raise Rejection("InvalidParameterValue.VoiceGender", "音色性别错误。")
        if p["VoiceLanguage"] != 1:
            raise Rejection("InvalidParameterValue.VoiceLanguage", "音色语言错误。")
        one_sentence = p.get("TaskType") == 5
        if p.get("SampleRate", 16000) not in ((16000, 24000, 48000) if one_sentence else (16000,)):
            raise Rejection("InvalidParameterValue.SampleRate", "SampleRate非法，请参考SampleRate参数说明。")
        if p.get("Codec", "wav") not in ("wav", "mp3", "aac", "m4a"):
            raise Rejection("InvalidParameterValue.Codec", "Codec非法，请参考Codec参数说明。")
        if p.get("ModelType", 1) not in (1, 2) or p.get("EnableVoiceEnhance", 0) not in (0, 1):
            raise Rejection("InvalidParameterValue", "ModelType must be 1 or 2, EnableVoiceEnhance 0 or 1.")
        if not one_sentence:
            raise Rejection("InvalidParameterValue", "This emulator offers the one-sentence clone (TaskType 5) only.")
        ids = p["AudioIdList"]
        with self.lock:
            if len(ids) != 1 or ids[0] not in self.audios or self.audios[ids[0]].owner != owner:
                raise Rejection("InvalidParameter", "AudioIdList: one AudioId from a passed sound-quality check.")
            if self.quota is not None:
                if self.quota <= 0:
                    raise Rejection("UnsupportedOperation.VRSQuotaExhausted", "无声音复刻任务配额")
                self.quota -= 1
            fail = self.fail_next.pop(0) if self.fail_next else ""
            task = self._new_task(owner, p["SessionId"], p["VoiceName"], p["VoiceGender"], ids[0], time.time(),
                                  fail, p)
        return {"Data": {"TaskId": task.task_id}}

    def _task(self, owner: str, task_id: str) -> Task:
        task = self.tasks.get(task_id)
        if task is None or task.owner != owner:
            raise Rejection("FailedOperation.NoSuchTask", "任务不存在。")
        return task

    def describe(self, owner: str, p: dict[str, Any]) -> dict[str, Any]:
        check_fields(p, {"TaskId": ("str", True)})
        with self.lock:
            task = self._task(owner, p["TaskId"])
            state = self.state_of(task)
        data: dict[str, Any] = {"TaskId": task.task_id, "Status": state, "StatusStr": STATE_STR[state],
                                "VoiceType": FAST, "ErrorMsg": task.fail if state == 3 else ""}
        if state == 2:
            data.update({"ExpireTime": china_time(task.expires), "FastVoiceType": task.fast_voice_type})
        return {"Data": data}

    def _info(self, task: Task) -> dict[str, Any]:
        return {"VoiceType": FAST, "VoiceName": task.name, "VoiceGender": task.gender, "TaskType": 5,
                "TaskID": task.task_id, "DateCreated": china_time(task.created),
                "IsDeployed": self.state_of(task) == 2, "ExpireTime": china_time(task.expires),
                "FastVoiceType": task.fast_voice_type}

    def voice_types(self, owner: str, p: dict[str, Any]) -> dict[str, Any]:
        check_fields(p, {"TaskType": ("int", False)})
        if p.get("TaskType", 0) not in (0, 5):
            raise Rejection("InvalidParameterValue", "TaskType must be 0 or 5.")
        with self.lock:
            listed = [self._info(t) for t in self.tasks.values()
                      if t.owner == owner and p.get("TaskType", 0) == 5 and self.state_of(t) != 3]
        return {"Data": {"VoiceTypeList": listed}}

    def voice_type_info(self, owner: str, p: dict[str, Any]) -> dict[str, Any]:
        check_fields(p, {"VoiceType": ("int", True), "TaskType": ("int", False), "FastVoiceType": ("str", False)})
        with self.lock:
            if p["VoiceType"] == FAST and p.get("TaskType") == 5:
                found = [t for t in self.tasks.values() if t.owner == owner
                         and t.fast_voice_type == p.get("FastVoiceType") and self.state_of(t) == 2]
                if found:
                    return {"Data": self._info(found[0])}
        raise Rejection("ResourceNotFound", "The voice does not exist.")

    def voice_of(self, owner: str, fast_voice_type: str) -> Task | None:
        """The deployed, unexpired clone TextToVoice may speak with."""
        with self.lock:
            for t in self.tasks.values():
                if (t.owner == owner and t.fast_voice_type == fast_voice_type and self.state_of(t) == 2
                        and t.expires > time.time()):
                    return t
        return None
