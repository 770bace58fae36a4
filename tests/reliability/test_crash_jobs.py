"""Crash safety of jobs: SIGKILL the studio during an upload and during a training poll, then start
a fresh Workspace on the same data home against the still-running emulators.

The studio runs in a subprocess (the CLI, or a short script doing exactly what `jobs show` and the
Library's poller do); the emulators run here, in the test process, and reach it through the
documented environment overrides (`DASHSCOPE_*`, `TENCENT_MML_*`, `TENCENT_COS_*`) and the settings
file. What must hold after the kill:

* during an upload: nothing half-made anywhere (no remote voice/job/object, no library row), the
  take untouched, and doing it again makes exactly one;
* during a training poll: the job is in the library (Sambert and Tencent persist it with
  `record_job`; Tencent also journals its customId before the create), polling resumes and lands
  the voice, and the provider holds exactly one job;
* between a create reaching the server and its answer (Tencent): the journal's customId finds the
  job after the restart, and a second create of the same model is refused instead of duplicated.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from studio.errors import InvalidInputError
from studio.library.models import Job, Voice
from studio.library.sync import pending_jobs, record_job, record_voice, refresh_job
from studio.providers.base import EnrollRequest, JobStatus, Provider, TrainRequest
from studio.providers.dashscope.account import Endpoints
from studio.providers.dashscope.files import FilesClient
from studio.settings import Settings
from studio.workspace import Workspace
from tests.emulators.cos import CosEmulator
from tests.emulators.dashscope import DashScopeEmulator
from tests.emulators.dashscope.state import account_of
from tests.emulators.harness import EmulatorServer, Fault
from tests.emulators.tencent import TencentEmulator, Timing
from tests.reliability import faults as F
from tests.reliability.faults import FaultPlan, Target

REPO = Path(__file__).resolve().parents[2]
PAUSE = threading.Event()  # never set: waits that do not spin

# What the studio does with a job it polls: create it as the provider does, persist it, then refresh
# it again and again (`voice-studio jobs show`, LibraryService.poll_pending).
POLLER = r"""
import sys, threading
from pathlib import Path
from studio.library.sync import record_job, refresh_job
from studio.providers.base import TrainRequest
from studio.workspace import Workspace

ws = Workspace()
provider = ws.provider(sys.argv[1])
if sys.argv[1] == "tencent":
    remote = provider.start_training(TrainRequest(name=sys.argv[2], inputs=[Path(sys.argv[3])]))
else:
    made, _ = provider.finetunes.create(sys.argv[3], sys.argv[2])
    remote = made.to_remote(provider.name)
job = record_job(ws.store, remote)
print("created", job.remote_id, flush=True)
while True:
    job = refresh_job(ws.store, provider, job)
    print("status", job.status, flush=True)
    threading.Event().wait(0.05)
"""


class Child:
    """The studio in a subprocess, its output read by threads so it never blocks on a full pipe."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO), **env})
        self.lines: queue.Queue[str] = queue.Queue()
        self.errors: list[str] = []
        assert self.proc.stdout is not None and self.proc.stderr is not None
        threading.Thread(target=self._pump, args=(self.proc.stdout, self.lines.put), daemon=True).start()
        threading.Thread(target=self._pump, args=(self.proc.stderr, self.errors.append), daemon=True).start()

    @staticmethod
    def _pump(stream: Any, sink: Callable[[str], None]) -> None:
        for line in stream:
            sink(line.rstrip("\n"))

    def line(self, prefix: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                assert self.proc.poll() is None, f"the studio exited: {self.errors[-5:]}"
                continue
            if line.startswith(prefix):
                return line
        raise AssertionError(f"no {prefix!r} line in {timeout} s; stderr: {self.errors[-5:]}")

    def until(self, condition: Callable[[], bool], timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            assert self.proc.poll() is None, f"the studio exited: {self.errors[-5:]}"
            assert time.monotonic() < deadline, f"condition not reached; stderr: {self.errors[-5:]}"
            PAUSE.wait(0.02)

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        assert self.proc.wait(10) == -signal.SIGKILL

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@contextmanager
def child(args: list[str], env: dict[str, str]) -> Iterator[Child]:
    c = Child(args, env)
    try:
        yield c
    finally:
        c.close()


def poll_to_the_end(ws: Workspace, provider: Provider, job: Job, timeout: float = 60.0) -> Job:
    """Refresh like the studio does until the job settles."""
    deadline = time.monotonic() + timeout
    while not JobStatus(job.status).settled:
        assert time.monotonic() < deadline, f"job still {job.status_raw}"
        PAUSE.wait(0.05)
        job = refresh_job(ws.store, provider, job)
    return job


@contextmanager
def fresh_workspace() -> Iterator[Workspace]:
    ws = Workspace()
    try:
        yield ws
    finally:
        ws.close()


# --- DashScope -----------------------------------------------------------------------------------
@pytest.fixture
def dashscope() -> Iterator[tuple[DashScopeEmulator, FaultPlan, dict[str, str]]]:
    plan = FaultPlan()
    emu = DashScopeEmulator()
    emu.state.deploy_delay = 0.05
    t = emu.state.training
    t.pending_s, t.running_s, t.review_s, t.min_speech_s = 0.05, 3.0, 0.2, 1.0  # a short dataset passes
    plan.install(emu.server.app)
    with emu:
        yield emu, plan, {"DASHSCOPE_API_KEY": emu.api_key, "DASHSCOPE_HTTP_BASE_URL": emu.http_base,
                          "DASHSCOPE_WEBSOCKET_BASE_URL": emu.ws_base}


def test_sigkill_during_dashscope_temporary_upload(dashscope: tuple[DashScopeEmulator, FaultPlan, dict[str, str]],
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    emu, plan, env = dashscope
    take = F.make_take(tmp_path / "take.wav", seconds=14.0)
    digest = F.file_digest(take)
    upload = Target("/oss-upload", "POST")
    plan.inject(upload, Fault(delay=60.0))  # the sample is on its way to temporary storage
    started = time.monotonic()
    with child(["-m", "studio", "voices", "create", "--provider", "cosyvoice", "--name", "crash", "--audio",
                str(take), "--no-wait"], env) as studio:
        studio.until(lambda: plan.count(upload) == 1)
        studio.kill()
    account = account_of(emu.api_key)
    assert emu.state.voices_of(account) == [] and emu.state.uploads == {}  # nothing half-made remotely
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with fresh_workspace() as ws:
        assert ws.store.all(Voice) == [] and F.file_digest(take) == digest
        remote = ws.provider("cosyvoice").enroll(EnrollRequest(name="crash", audio_path=take,
                                                               options={"wait": False}))
        record_voice(ws.store, remote)
        assert [v.voice_id for v in emu.state.voices_of(account)] == [remote.remote_id]
        assert [v.remote_id for v in ws.store.all(Voice)] == [remote.remote_id]
    F.record("crash", "dashscope-temporary-upload", tried="SIGKILL while the sample uploads to temporary storage",
             result="no remote voice, object or library row; enrolling again made exactly one voice",
             seconds=round(time.monotonic() - started, 2))


def _dataset(tmp: Path) -> Path:
    take = F.make_take(tmp / "dataset-take.wav", seconds=3.0)
    out = tmp / "dataset.zip"
    with zipfile.ZipFile(out, "w") as zf:
        zf.write(take, take.name)
    return out


def test_sigkill_during_sambert_training_poll(dashscope: tuple[DashScopeEmulator, FaultPlan, dict[str, str]],
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    emu, _plan, env = dashscope
    endpoints = Endpoints(http_base=emu.http_base, ws_base=emu.ws_base, region="custom")
    files = FilesClient("sambert", emu.api_key, endpoints)
    file_id = files.upload(_dataset(tmp_path)).file_id
    files.close()
    started = time.monotonic()
    with child(["-c", POLLER, "sambert", "crashvoice", file_id], env) as studio:
        job_id = studio.line("created").split()[1]
        studio.line("status running")  # killed while DashScope trains
        studio.kill()
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with fresh_workspace() as ws:
        pending = pending_jobs(ws.store)
        assert [(j.remote_id, j.status) for j in pending] == [(job_id, "running")]
        done = poll_to_the_end(ws, ws.provider("sambert"), pending[0])
        assert done.status == "succeeded" and done.model_name.startswith("sambert-crashvoice-ft-")
        voice = ws.store.voice_by_remote("sambert", done.model_name)
        assert voice is not None and voice.status == "ready" and done.voice_id == voice.id
        assert [h["status_raw"] for h in done.history][-2:] == ["UNDER_REVIEW", "SUCCEEDED"]
    with emu.state.lock:
        assert list(emu.state.jobs) == [job_id]  # exactly one job at DashScope
    F.record("crash", "sambert-training-poll", tried="SIGKILL while polling a RUNNING fine-tune",
             result="job found pending after restart, polled to SUCCEEDED, voice landed; one job at DashScope",
             seconds=round(time.monotonic() - started, 2))


# --- Tencent -------------------------------------------------------------------------------------
@dataclass
class TencentStack:
    emu: TencentEmulator
    cos: CosEmulator
    plan: FaultPlan
    cos_plan: FaultPlan
    env: dict[str, str]


@pytest.fixture
def tencent(studio_home: Path) -> Iterator[TencentStack]:
    plan, cos_plan = FaultPlan(), FaultPlan()
    cos = CosEmulator()
    cos_server = EmulatorServer(cos_plan.install(cos.app())).start()
    emu = TencentEmulator(cos, timing=Timing(0.05, 0.1, 3.0))  # training takes 3 s
    emu.server = server = EmulatorServer(plan.install(emu.app())).start()
    settings = Settings()  # the settings file the subprocess reads on the same data home
    for key, value in (("tencent.content_id", next(iter(emu.repositories))), ("tencent.cos_bucket",
                       cos.default_bucket), ("tencent.cos_region", "ap-guangzhou"),
                       ("tencent.cos_endpoint", cos_server.base_url)):
        settings.set(key, value)
    env = {"TENCENT_MML_BASE_URL": server.base_url, "TENCENT_MML_SECRET_ID": emu.secret_id,
           "TENCENT_MML_SECRET_KEY": emu.secret_key, "TENCENT_COS_SECRET_ID": cos.secret_id,
           "TENCENT_COS_SECRET_KEY": cos.secret_key}
    try:
        yield TencentStack(emu, cos, plan, cos_plan, env)
    finally:
        server.stop()
        cos_server.stop()


def _train_jobs(emu: TencentEmulator, model: str) -> list[dict[str, Any]]:
    return [j for j in list(emu.jobs.values()) if TencentEmulator._cloning(j).get("modelName") == model]


def test_sigkill_during_tencent_cos_upload(tencent: TencentStack, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, studio_home: Path) -> None:
    take = F.make_take(tmp_path / "take.wav", seconds=6.0)
    digest = F.file_digest(take)
    put = Target("/", "PUT")
    tencent.cos_plan.inject(put, Fault(delay=60.0))  # the recording is on its way to the repository
    started = time.monotonic()
    with child(["-m", "studio", "train", "--provider", "tencent", "--name", "crashmodel", str(take)],
               tencent.env) as studio:
        studio.until(lambda: tencent.cos_plan.count(put) == 1)
        studio.kill()
    assert tencent.emu.jobs == {} and tencent.cos.objects == {}  # no job, no half object
    for key, value in tencent.env.items():
        monkeypatch.setenv(key, value)
    with fresh_workspace() as ws:
        provider = ws.provider("tencent")
        assert ws.store.all(Job) == [] and provider.list_jobs() == [] and F.file_digest(take) == digest
        job = record_job(ws.store, provider.start_training(TrainRequest(name="crashmodel", inputs=[take])))
        done = poll_to_the_end(ws, provider, job)
        assert done.status == "succeeded" and ws.store.voice_by_remote("tencent", "crashmodel") is not None
    assert len(_train_jobs(tencent.emu, "crashmodel")) == 1
    F.record("crash", "tencent-cos-upload",
             tried="SIGKILL while a recording uploads to the content repository (COS)",
             result="no job, object or library row; training again made exactly one job, which succeeded",
             seconds=round(time.monotonic() - started, 2))


def test_sigkill_during_tencent_training_poll(tencent: TencentStack, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    take = F.make_take(tmp_path / "take.wav", seconds=6.0)
    started = time.monotonic()
    with child(["-c", POLLER, "tencent", "polledmodel", str(take)], tencent.env) as studio:
        job_id = studio.line("created").split()[1]
        studio.line("status running")
        studio.kill()
    for key, value in tencent.env.items():
        monkeypatch.setenv(key, value)
    with fresh_workspace() as ws:
        pending = pending_jobs(ws.store)
        assert [(j.remote_id, j.status) for j in pending] == [(job_id, "running")]
        provider = ws.provider("tencent")
        assert [j.remote_id for j in provider.list_jobs()] == [job_id]  # the journal knows it too
        done = poll_to_the_end(ws, provider, pending[0])
        assert done.status == "succeeded" and done.model_name == "polledmodel"
        voice = ws.store.voice_by_remote("tencent", "polledmodel")
        assert voice is not None and voice.status == "ready"
    assert [j["id"] for j in _train_jobs(tencent.emu, "polledmodel")] == [job_id]
    F.record("crash", "tencent-training-poll", tried="SIGKILL while polling a PROCESSING training job",
             result="job found pending after restart (library and journal), polled to COMPLETED, voice landed",
             seconds=round(time.monotonic() - started, 2))


def test_sigkill_between_create_and_its_answer(tencent: TencentStack, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The job is made, the answer is lost, and the studio dies while it checks by customId."""
    take = F.make_take(tmp_path / "take.wav", seconds=6.0)
    tencent.emu.drop_after_create = 1
    check = Target("/release/job", "POST", "ListJobs")
    tencent.plan.inject(check, Fault(delay=60.0))
    started = time.monotonic()
    with child(["-c", POLLER, "tencent", "lostmodel", str(take)], tencent.env) as studio:
        studio.until(lambda: tencent.plan.count(check) == 1)
        studio.kill()
    made = _train_jobs(tencent.emu, "lostmodel")
    assert len(made) == 1  # the create did reach Tencent
    for key, value in tencent.env.items():
        monkeypatch.setenv(key, value)
    with fresh_workspace() as ws:
        provider = ws.provider("tencent")
        # the studio never heard the answer: its job is known only by the customId it sent…
        assert [(j.remote_id, bool(j.client_ref)) for j in ws.store.all(Job)] == [("", True)]
        found = provider.list_jobs()  # …which finds the job Tencent made
        assert [j.remote_id for j in found] == [made[0]["id"]]
        assert [j.remote_id for j in ws.store.all(Job)] == [made[0]["id"]]  # one job row, now with its id
        with pytest.raises(InvalidInputError):  # training the same model again is refused, not duplicated
            provider.start_training(TrainRequest(name="lostmodel", inputs=[take]))
        done = poll_to_the_end(ws, provider, record_job(ws.store, found[0]))
        assert done.status == "succeeded"
    assert len(_train_jobs(tencent.emu, "lostmodel")) == 1
    F.record("crash", "tencent-create-answer-lost", tried="SIGKILL after CreateJob reached Tencent, "
             "while checking by customId", result="journal's customId found the job after restart; a second "
             "create was refused; one job, polled to COMPLETED", seconds=round(time.monotonic() - started, 2))
