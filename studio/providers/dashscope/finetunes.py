"""DashScope fine-tunes for Sambert lightweight cloning (spec §5, §5a; seed document).

Create sends exactly the seed document's body, `{"model": "sambert", "training_file_ids": [id],
"finetuned_output_suffix": NAME}`, with the suffix checked here first. Answers are read leniently:
the create answer may hold only `job_id` and `status` (seed) or a whole job object (SDK), and a
FAILED job's reason may sit in `code`/`message` or `error_code`/`error_message`.

A create whose outcome is unknown (the answer lost after sending, or a 5xx) is never repeated
blindly: the jobs are listed and one made from the same training file with the same suffix that was
not there before is adopted; only when none appeared is the create sent again (once).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from studio.cancel import NEVER, CancelToken
from studio.errors import ErrorKind, InvalidInputError, NotFoundError, StudioError, VendorRejectedError
from studio.providers.base import JobStatus, RemoteJob
from studio.providers.dashscope.account import RestClient, service_time

log = logging.getLogger(__name__)

FT_PATH = "fine-tunes"
MODEL = "sambert"
PAGE_SIZE = 100
_MAX_PAGES = 50
_JSON = {"Content-Type": "application/json; charset=utf-8"}

STATUS: dict[str, JobStatus] = {
    "PENDING": JobStatus.QUEUED, "QUEUING": JobStatus.QUEUED, "RUNNING": JobStatus.RUNNING,
    "UNDER_REVIEW": JobStatus.REVIEW, "SUCCEEDED": JobStatus.SUCCEEDED, "FAILED": JobStatus.FAILED,
    "CANCELING": JobStatus.CANCELLED, "CANCELED": JobStatus.CANCELLED, "CANCELLED": JobStatus.CANCELLED,
}
TRAINING = ("PENDING", "QUEUING", "RUNNING")  # what counts against the 2 concurrent jobs
NO_MODEL = ("FAILED", "CANCELING", "CANCELED", "CANCELLED")  # what does not count against the 10 models
PLAIN: dict[str, tuple[str, str]] = {
    "PENDING": ("submitted, waiting to start", "已提交，等待开始"),
    "QUEUING": ("queued behind another training job", "排队中（前面还有训练任务）"),
    "RUNNING": ("training", "训练中"),
    "UNDER_REVIEW": ("trained — waiting for manual review, up to one working day",
                     "训练完成，等待人工审核（不超过 1 个工作日）"),
    "SUCCEEDED": ("ready: the model can speak", "已完成，模型可用于合成"),
    "FAILED": ("failed", "失败"),
    "CANCELING": ("being cancelled", "正在取消"),
    "CANCELED": ("cancelled", "已取消"),
}
SUFFIX_MAX = 32
# The vendor publishes no rule; the studio keeps to a subset every example fits ("cf"): the model
# name comes back as sambert-<suffix>-ft-..., so dashes would blur it.
_SUFFIX = re.compile(rf"^[a-z][a-z0-9_]{{0,{SUFFIX_MAX - 1}}}$")


def check_suffix(name: str) -> str:
    """The model name suffix, or InvalidInputError saying what to change."""
    if _SUFFIX.match(name):
        return name
    suggestion = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_")
    suggestion = re.sub(r"^[^a-z]+", "", suggestion)[:SUFFIX_MAX] or "myvoice"
    raise InvalidInputError(
        f"The model name {name!r} may hold lowercase letters, digits and _ only, start with a letter and be at "
        f"most {SUFFIX_MAX} characters (for example {suggestion!r}).",
        detail_zh=f"模型名称 {name!r} 只能包含小写字母、数字和下划线，须以字母开头，最长 {SUFFIX_MAX} 个字符"
        f"（例如 {suggestion!r}）。", code="bad_suffix")


@dataclass
class FineTuneJob:
    job_id: str
    status_raw: str
    model: str = ""
    finetuned_output: str = ""
    training_file_ids: list[str] = field(default_factory=list)
    suffix: str = ""
    code: str = ""
    message: str = ""
    created: str = ""
    ended: str = ""
    output_report: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FineTuneJob:
        ids = data.get("training_file_ids") or []
        return cls(job_id=str(data.get("job_id") or ""), status_raw=str(data.get("status") or "").upper(),
                   model=str(data.get("model") or data.get("base_model") or ""),
                   finetuned_output=str(data.get("finetuned_output") or ""),
                   training_file_ids=[str(i) for i in (ids if isinstance(ids, list) else [ids])],
                   suffix=str(data.get("finetuned_output_suffix") or ""),
                   code=str(data.get("code") or data.get("error_code") or ""),
                   message=str(data.get("message") or data.get("error_message") or ""),
                   created=service_time(str(data.get("create_time") or data.get("gmt_create") or "")),
                   ended=str(data.get("end_time") or ""), output_report=str(data.get("output_report") or ""))

    @property
    def status(self) -> JobStatus:
        return STATUS.get(self.status_raw, JobStatus.QUEUED)

    @property
    def training(self) -> bool:
        return self.status_raw in TRAINING

    @property
    def holds_model(self) -> bool:
        return self.status_raw not in NO_MODEL

    def plain(self, lang: str = "en") -> str:
        en, zh = PLAIN.get(self.status_raw, (self.status_raw.lower(), self.status_raw))
        return zh if lang.startswith("zh") else en

    def to_remote(self, provider: str) -> RemoteJob:
        message = f"{self.code}: {self.message}" if self.code and self.message else (self.code or self.message)
        if not message and self.status_raw in PLAIN:
            message = self.plain()
        extra: dict[str, Any] = {"training_file_ids": self.training_file_ids, "plain_zh": self.plain("zh")}
        for key, value in (("suffix", self.suffix), ("code", self.code), ("vendor_message", self.message),
                           ("output_report", self.output_report), ("ended", self.ended)):
            if value:
                extra[key] = value
        return RemoteJob(provider=provider, remote_id=self.job_id, kind="train", status_raw=self.status_raw,
                         status=self.status, model_name=self.finetuned_output if self.status_raw == "SUCCEEDED" else "",
                         message=message, created=self.created, extra=extra)


class FineTunesClient(RestClient):
    def _output(self, body: Any) -> dict[str, Any]:
        return self.payload(body, "output", "data")

    def create(self, file_id: str, suffix: str, cancel: CancelToken = NEVER) -> tuple[FineTuneJob, bool]:
        """(the job, adopted after an unknown outcome)."""
        check_suffix(suffix)
        payload = {"model": MODEL, "training_file_ids": [file_id], "finetuned_output_suffix": suffix}
        content = json.dumps(payload, ensure_ascii=False).encode()
        known = {j.job_id for j in self.list_all(cancel)}
        for attempt in (1, 2):
            try:
                _, body = self.http.request("POST", FT_PATH, content=content, headers=_JSON, idempotent=False,
                                            cancel=cancel)
            except StudioError as err:
                # Only a lost answer leaves the outcome unknown. A 429 is a refusal the HTTP layer has
                # already retried, honouring Retry-After; sending again at once would ignore it.
                if err.kind != ErrorKind.TRANSIENT_NETWORK:
                    raise
                found = self._adopt(file_id, suffix, known, cancel)
                if found is not None:
                    log.info("create for %s: outcome unknown (%s), adopted %s", suffix, err.code or err.kind,
                             found.job_id)
                    return found, True
                if attempt == 2:
                    raise
                log.info("create for %s: outcome unknown and no job appeared; sending again", suffix)
                continue
            job = FineTuneJob.from_json(self._output(body))
            if not job.job_id:
                raise VendorRejectedError("DashScope accepted the training job but returned no job id.",
                                          provider=self.provider)
            job.model = job.model or MODEL
            job.suffix = job.suffix or suffix
            job.training_file_ids = job.training_file_ids or [file_id]
            return job, False
        raise AssertionError("unreachable")

    def _adopt(self, file_id: str, suffix: str, known: set[str], cancel: CancelToken) -> FineTuneJob | None:
        for job in self.list_all(cancel):
            if job.job_id in known or file_id not in job.training_file_ids:
                continue
            if job.suffix in ("", suffix) and (not job.finetuned_output or f"-{suffix}-" in job.finetuned_output):
                return job
        return None

    def get(self, job_id: str, cancel: CancelToken = NEVER) -> FineTuneJob:
        _, body = self.http.request("GET", f"{FT_PATH}/{job_id}", cancel=cancel)
        job = FineTuneJob.from_json(self._output(body))
        job.job_id = job.job_id or job_id
        return job

    def list_page(self, page_no: int, page_size: int = PAGE_SIZE,
                  cancel: CancelToken = NEVER) -> tuple[list[FineTuneJob], int]:
        _, body = self.http.request("GET", FT_PATH, params={"page_no": page_no, "page_size": page_size},
                                    cancel=cancel)
        out = self._output(body)
        jobs = [FineTuneJob.from_json(j) for j in out.get("jobs") or [] if isinstance(j, dict)]
        return jobs, int(out.get("total") or 0)

    def list_all(self, cancel: CancelToken = NEVER) -> list[FineTuneJob]:
        """Every Sambert job of the account (other models' fine-tunes are left out)."""
        out: list[FineTuneJob] = []
        seen = 0
        for page in range(1, _MAX_PAGES + 1):
            jobs, total = self.list_page(page, PAGE_SIZE, cancel)
            seen += len(jobs)
            out.extend(j for j in jobs if j.model in ("", MODEL) or j.model.startswith(MODEL))
            if not jobs or seen >= total:
                break
        return out

    def cancel(self, job_id: str, cancel: CancelToken = NEVER) -> None:
        # Cancelling twice is harmless, so a lost answer may be retried like a read.
        self.http.request("POST", f"{FT_PATH}/{job_id}/cancel", idempotent=True, cancel=cancel)

    def delete(self, job_id: str, cancel: CancelToken = NEVER) -> None:
        try:
            self.http.request("DELETE", f"{FT_PATH}/{job_id}", cancel=cancel)
        except NotFoundError:
            log.info("delete %s: not found at DashScope, treating as deleted", job_id)


__all__ = ["MODEL", "PLAIN", "STATUS", "FineTuneJob", "FineTunesClient", "check_suffix"]
