"""Vendor fault matrix: every cloud provider × operation × fault, through the emulators' fault hooks.

Each row drives one real provider operation (list, query, create, synthesize, and the uploads and
downloads around them) against its emulator while one fault is injected into the requests that
operation makes, then asserts:

* the taxonomy kind of the error (or success, where the fault is survivable), with a message in
  English and Chinese that carries the vendor's request id when the vendor gave one;
* retries only where safe, counted at the emulator: an idempotent call is repeated up to the cap;
  a create is repeated only for a refusal (429) or after a check (list by prefix / customId / file
  and suffix) found that the earlier attempt made nothing;
* no duplicate remote voice or job, also when the server did the work and the answer was lost;
* the take on disk and every library row untouched by a failure.

`test_gui_stays_responsive` runs a representative subset through the real `TaskRunner` under Qt
with a `LagProbe`: the handle reports `failed` by signal; the lag is recorded, not asserted.
"""

from __future__ import annotations

import itertools
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from studio import paths
from studio.cancel import CancelToken
from studio.errors import ErrorKind, StudioError
from studio.library import auditions
from studio.library.journal import StoreJournal
from studio.library.models import Take
from studio.library.store import Store
from studio.library.sync import record_job, record_voice, sync_voices
from studio.providers import http as studio_http
from studio.providers.base import EnrollRequest, Provider, SynthesisRequest, TrainRequest
from studio.providers.dashscope import files as dashscope_files
from studio.providers.dashscope.account import Endpoints
from studio.providers.dashscope.cosyvoice import CosyVoiceProvider
from studio.providers.dashscope.sambert import SambertProvider
from studio.providers.dashscope.ws import WsTaskClient
from studio.providers.tencent.cloud import CloudConfig, TencentVrsProvider
from studio.providers.tencent.mml import PollPolicy, TencentConfig, TencentMMLProvider
from tests.emulators.cos import CosEmulator
from tests.emulators.dashscope import DashScopeEmulator
from tests.emulators.dashscope.state import account_of
from tests.emulators.harness import EmulatorServer
from tests.emulators.tencent import TencentEmulator, Timing
from tests.emulators.tencent_cloud import CloudEmulator
from tests.emulators.tencent_cloud.fixtures import Takes as CloudTakes
from tests.reliability import faults as F
from tests.reliability.faults import FAST_RETRY, FaultPlan, FaultSpec, Target

ENROLL = "/api/v1/services/audio/tts/customization"
WS = "/api-ws/v1/inference"
A = FAST_RETRY.attempts


# --- rigs: one emulator stack and a freshly built provider per row ------------------------------
@dataclass
class Op:
    provider: str
    name: str  # list | query | create | synth | upload | download
    idempotent: bool
    create: bool = False  # makes a remote voice/job/file: never repeated blindly
    ws: bool = False  # the faulted request is the WebSocket handshake
    records: str = ""  # the library table a success adds one row to


@dataclass
class Row:
    """What an operation needs for one row, filled in by the rig's `prepare`."""

    target: Target
    check: Target | None = None  # the look-up a create must make before sending again
    plan: FaultPlan | None = None  # which emulator the target lives on (default: the rig's main one)
    data: dict[str, Any] = field(default_factory=dict)


class Rig:
    flavour = "dashscope"
    create_sends = A  # creates one operation sends at most under a lost answer (each after a check)

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.plan = FaultPlan()

    def build(self, base: str | None = None, t: F.Timeouts = F.EASY) -> Provider:
        raise NotImplementedError

    def prepare(self, op: Op, provider: Provider) -> Row:
        raise NotImplementedError

    def perform(self, op: Op, provider: Provider, row: Row, store: Store, take: Path) -> Any:
        raise NotImplementedError

    def remote_count(self, op: Op, row: Row) -> int:
        return 0

    def secrets(self) -> tuple[str, ...]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


def shorten(client: httpx.Client, t: F.Timeouts) -> None:
    client.timeout = httpx.Timeout(t.read)


def shorten_http(http: studio_http.HttpClient, t: F.Timeouts) -> None:
    shorten(http._client, t)
    http.body_timeout = t.body


def short_ws(provider: Any, t: F.Timeouts) -> None:
    """ws_client() builds a client per task: wrap it so each gets the row's handshake timeout."""
    build: Callable[[], WsTaskClient] = provider.ws_client

    def ws_client() -> WsTaskClient:
        client = build()
        # open_timeout bounds the whole handshake: the socket's counterpart of the answer deadline.
        client.open_timeout, client.start_timeout, client.recv_timeout = min(t.read, t.body), F.RELAXED, F.RELAXED
        return client

    provider.ws_client = ws_client


def speak(provider: Provider, request: SynthesisRequest, store: Store) -> Any:
    got: list[bytes] = []  # streamed, as the Playground consumes it
    result = provider.synthesize(request, on_audio=got.append)
    assert b"".join(got) == result.audio
    return auditions.save(store, provider.name, request, result)


class DashScopeRig(Rig):
    def __init__(self, tmp: Path) -> None:
        super().__init__(tmp)
        self.emu = DashScopeEmulator()
        self.emu.state.deploy_delay = 0.0
        self.plan.install(self.emu.server.app)
        self.emu.start()
        self.key = f"sk-row-{uuid.uuid4().hex[:12]}"  # a fresh account: own voices, jobs and limiters
        self.emu.state.api_keys.add(self.key)
        self.account = account_of(self.key)

    def endpoints(self, base: str | None) -> Endpoints:
        if base is None:
            return Endpoints(http_base=self.emu.http_base, ws_base=self.emu.ws_base, region="custom")
        return Endpoints(http_base=f"{base}/api/v1", ws_base=f"{base.replace('http', 'ws')}{WS}", region="custom")

    def secrets(self) -> tuple[str, ...]:
        return (self.key,)

    def close(self) -> None:
        self.emu.stop()


class CosyRig(DashScopeRig):
    def build(self, base: str | None = None, t: F.Timeouts = F.EASY) -> Provider:
        p = CosyVoiceProvider(self.key, self.endpoints(base), retry=FAST_RETRY, poll_initial=0.02)
        shorten_http(p.enrollment.http, t)
        shorten(p.enrollment._upload, t)
        short_ws(p, t)
        return p

    def prepare(self, op: Op, provider: Provider) -> Row:
        if op.name == "list":
            return Row(Target(ENROLL, "POST", "list_voice"))
        if op.name == "query":
            voice = self.emu.state.add_voice(self.account, "known", "cosyvoice-v2", "oss://x/a.wav", "OK")
            return Row(Target(ENROLL, "POST", "query_voice"), data={"voice": voice.voice_id})
        if op.name == "create":
            return Row(Target(ENROLL, "POST", "create_voice"), Target(ENROLL, "POST", "list_voice"),
                       data={"prefix": "row" + uuid.uuid4().hex[:6]})
        return Row(Target(WS, "GET"))

    def perform(self, op: Op, provider: Provider, row: Row, store: Store, take: Path) -> Any:
        if op.name == "list":
            return sync_voices(store, provider)
        if op.name == "query":
            return record_voice(store, provider.get_voice(row.data["voice"]))
        if op.name == "create":
            remote = provider.enroll(EnrollRequest(name=row.data["prefix"], audio_path=take,
                                                   options={"wait": False}))
            row.data["adopted"] = bool(remote.extra.get("adopted_after_unknown_outcome"))
            return record_voice(store, remote, take_id=row.data["take_id"])
        return speak(provider, SynthesisRequest(text="Hello there.", voice="longxiaochun_v2", format="pcm",
                                                sample_rate=16000, **row.data.get("synth", {})), store)

    def remote_count(self, op: Op, row: Row) -> int:
        return len(self.emu.state.voices_of(self.account, row.data["prefix"]))


class SambertRig(DashScopeRig):
    create_sends = 2  # FineTunesClient.create / FilesClient.upload: sent again once, after a check

    def build(self, base: str | None = None, t: F.Timeouts = F.EASY) -> Provider:
        p = SambertProvider(self.key, self.endpoints(base), work_dir=self.tmp / "datasets", retry=FAST_RETRY,
                            poll_s=0.02)
        shorten_http(p.files.http, t)
        shorten_http(p.finetunes.http, t)
        short_ws(p, t)
        return p

    def _dataset(self) -> Path:
        out = self.tmp / "dataset.zip"
        if not out.exists():
            take = F.make_take(self.tmp / "dataset-take.wav", seconds=3.0)
            with zipfile.ZipFile(out, "w") as zf:
                zf.write(take, take.name)
        return out

    def prepare(self, op: Op, provider: Provider) -> Row:
        assert isinstance(provider, SambertProvider)
        jobs, files = Target("/api/v1/fine-tunes", "GET", exact=True), Target("/api/v1/files", "GET", exact=True)
        if op.name == "list":
            return Row(jobs)
        if op.name == "upload":
            return Row(Target("/api/v1/files", "POST", exact=True), files, data={"zip": self._dataset()})
        if op.name in ("create", "query"):
            file_id = provider.files.upload(self._dataset()).file_id
            if op.name == "create":
                return Row(Target("/api/v1/fine-tunes", "POST", exact=True), jobs,
                           data={"file": file_id, "suffix": "row" + uuid.uuid4().hex[:6]})
            job, _ = provider.finetunes.create(file_id, "queried")
            return Row(Target(f"/api/v1/fine-tunes/{job.job_id}", "GET", exact=True), data={"job": job.job_id})
        return Row(Target(WS, "GET"))

    def perform(self, op: Op, provider: Provider, row: Row, store: Store, take: Path) -> Any:
        assert isinstance(provider, SambertProvider)
        if op.name == "list":
            return [record_job(store, job) for job in provider.list_jobs()]
        if op.name == "query":
            return record_job(store, provider.get_job(row.data["job"]))
        if op.name == "upload":
            return provider.files.upload(row.data["zip"])
        if op.name == "create":
            job, row.data["adopted"] = provider.finetunes.create(row.data["file"], row.data["suffix"])
            return record_job(store, job.to_remote(provider.name))
        return speak(provider, SynthesisRequest(text="你好，世界。", voice="sambert-zhichu-v1", format="pcm",
                                                sample_rate=16000, **row.data.get("synth", {})), store)

    def remote_count(self, op: Op, row: Row) -> int:
        with self.emu.state.lock:
            if op.name == "upload":
                return sum(1 for f in self.emu.state.files.values() if f.account == self.account)
            return sum(1 for j in self.emu.state.jobs.values() if j.account == self.account)


class TencentRig(Rig):
    flavour = "tencent"
    create_sends = 3  # TencentApi.create_job: three sends at most, each after ListJobs by customId

    def __init__(self, tmp: Path) -> None:
        super().__init__(tmp)
        self.cos_plan = FaultPlan()
        self.cos = CosEmulator()
        self.cos_server = EmulatorServer(self.cos_plan.install(self.cos.app())).start()
        self.emu = TencentEmulator(self.cos, timing=Timing(0.02, 0.05, 0.1))
        self.emu.server = self.server = EmulatorServer(self.plan.install(self.emu.app())).start()

    def build(self, base: str | None = None, t: F.Timeouts = F.EASY, cos: str = "") -> Provider:
        config = TencentConfig(base_url=base or self.server.base_url, secret_id=self.emu.secret_id,
                               secret_key=self.emu.secret_key, content_id=next(iter(self.emu.repositories)),
                               cos_bucket=self.cos.default_bucket, cos_region="ap-guangzhou",
                               cos_endpoint=cos or self.cos_server.base_url, cos_secret_id=self.cos.secret_id,
                               cos_secret_key=self.cos.secret_key)
        p = TencentMMLProvider(config, journal=StoreJournal(Store(self.tmp / "journal.sqlite3"), "tencent"),
                               poll=PollPolicy(0.02, 1.5, 0.1, 10.0), rate=200.0, retry=FAST_RETRY)
        shorten_http(p.api.http, t)
        p.repository()._client._conf._timeout = t.read  # the COS SDK's requests timeout
        return p

    def prepare(self, op: Op, provider: Provider) -> Row:
        assert isinstance(provider, TencentMMLProvider)
        job = "/release/job"
        if op.name == "list":
            return Row(Target("/release/music_model", "POST", "ListModels"))
        if op.name == "query":
            url = self.emu.publish("q.wav", F.make_take(self.tmp / "q.wav", seconds=2.0).read_bytes())
            queried = provider.start_training(TrainRequest(name="queried" + uuid.uuid4().hex[:6], url=url))
            return Row(Target(job, "POST", "GetJob"), data={"job": queried.remote_id})
        if op.name == "download":
            return Row(Target("/", "GET"), plan=self.cos_plan)
        return Row(Target(job, "POST", "CreateJob"), Target(job, "POST", "ListJobs"),
                   data={"model": "row" + uuid.uuid4().hex[:6], "kind": 2 if op.name == "create" else 1})

    def perform(self, op: Op, provider: Provider, row: Row, store: Store, take: Path) -> Any:
        if op.name == "list":
            return sync_voices(store, provider)
        if op.name == "query":
            return record_job(store, provider.get_job(row.data["job"]))
        if op.name == "create":
            remote = provider.start_training(TrainRequest(name=row.data["model"], inputs=[take]))
            row.data["adopted"] = not remote.extra.get("requestId")  # a job found by customId has none
            return record_job(store, remote)
        request = SynthesisRequest(text="Hello there.", voice="default")
        result = provider.synthesize(request)
        return auditions.save(store, provider.name, request, result)

    def remote_count(self, op: Op, row: Row) -> int:
        kind = row.data.get("kind", 1)
        return sum(1 for j in list(self.emu.jobs.values())
                   if TencentEmulator._cloning(j).get("type") == kind
                   and (kind == 1 or TencentEmulator._cloning(j).get("modelName") == row.data["model"]))

    def secrets(self) -> tuple[str, ...]:
        return self.emu.secret_id, self.emu.secret_key, self.cos.secret_id, self.cos.secret_key

    def close(self) -> None:
        self.server.stop()
        self.cos_server.stop()


class TencentCloudRig(Rig):
    flavour = "tencent-cloud"
    create_sends = 1  # CreateVRSTask is never sent twice: an unknown outcome is looked for among the voices

    def __init__(self, tmp: Path) -> None:
        super().__init__(tmp)
        self.emu = CloudEmulator(enforce_rates=False, queue_s=0.02, work_s=0.08)
        self.emu.start(apps={s: self.plan.install(self.emu.app(s)) for s in ("vrs", "tts")})
        self.takes = CloudTakes(tmp / "cloud-takes")

    def build(self, base: str | None = None, t: F.Timeouts = F.EASY) -> Provider:
        config = CloudConfig(secret_id=self.emu.secret_id, secret_key=self.emu.secret_key, region="ap-guangzhou",
                             vrs_url=base or self.emu.vrs_url, tts_url=base or self.emu.tts_url)
        p = TencentVrsProvider(config, journal=StoreJournal(Store(self.tmp / "journal.sqlite3"), "tencent-vrs"),
                               retry=FAST_RETRY, rate_scale=100.0)
        shorten_http(p.vrs.client.http, t)
        shorten_http(p.speaker.client.http, t)
        return p

    def prepare(self, op: Op, provider: Provider) -> Row:
        assert isinstance(provider, TencentVrsProvider)
        owner = self.emu.secret_id
        if op.name == "list":
            return Row(Target("/", "POST", "GetVRSVoiceTypes"))
        if op.name == "query":
            task = self.emu.vrs.add_task(owner, "queried", created=time.time() - 10)
            return Row(Target("/", "POST", "DescribeVRSTaskStatus"), data={"job": task.task_id})
        if op.name == "synth":
            voice = self.emu.vrs.add_task(owner, "speaker", created=time.time() - 10).fast_voice_type
            return Row(Target("/", "POST", "TextToVoice"), data={"voice": voice})
        line = provider.training_texts()[0]
        take = self.takes.line(line.text)
        if op.name == "check":
            return Row(Target("/", "POST", "DetectEnvAndSoundQuality"), data={"take": take, "text_id": line.text_id})
        checked = provider.check_sample(take, {"text_id": line.text_id})
        return Row(Target("/", "POST", "CreateVRSTask"), Target("/", "POST", "GetVRSVoiceTypes"),
                   data={"take": take, "audio_id": checked.audio_id, "name": "row" + uuid.uuid4().hex[:6]})

    def perform(self, op: Op, provider: Provider, row: Row, store: Store, take: Path) -> Any:
        if op.name == "list":
            return sync_voices(store, provider)
        if op.name == "query":
            return record_job(store, provider.get_job(row.data["job"]))
        if op.name == "check":
            return provider.check_sample(row.data["take"], {"text_id": row.data["text_id"]})
        if op.name == "create":
            remote = provider.start_training(TrainRequest(name=row.data["name"], inputs=[row.data["take"]],
                                                          options={"audio_id": row.data["audio_id"], "gender": "female"}))
            row.data["adopted"] = bool(remote.extra.get("adopted_after_unknown_outcome"))
            return record_job(store, remote)
        request = SynthesisRequest(text="你好，世界。", voice=row.data["voice"], sample_rate=16000)
        return auditions.save(store, provider.name, request, provider.synthesize(request))

    def remote_count(self, op: Op, row: Row) -> int:
        return sum(1 for task in list(self.emu.vrs.tasks.values()) if task.name == row.data["name"])

    def secrets(self) -> tuple[str, ...]:
        return self.emu.secret_id, self.emu.secret_key

    def close(self) -> None:
        self.emu.stop()


RIGS: dict[str, type[Rig]] = {"cosyvoice": CosyRig, "tencent": TencentRig, "sambert": SambertRig,
                              "tencent-vrs": TencentCloudRig}
OPS = [
    Op("cosyvoice", "list", True), Op("cosyvoice", "query", True, records="voices"),
    Op("cosyvoice", "create", False, create=True, records="voices"),
    Op("cosyvoice", "synth", True, ws=True, records="auditions"),
    Op("tencent", "list", True), Op("tencent", "query", True, records="jobs"),
    Op("tencent", "create", False, create=True, records="jobs"),
    Op("tencent", "synth", False, create=True, records="auditions"),
    Op("tencent", "download", True, records="auditions"),
    Op("sambert", "list", True), Op("sambert", "query", True, records="jobs"),
    Op("sambert", "create", False, create=True, records="jobs"), Op("sambert", "upload", False, create=True),
    Op("sambert", "synth", True, ws=True, records="auditions"),
    Op("tencent-vrs", "list", True), Op("tencent-vrs", "query", True, records="jobs"),
    Op("tencent-vrs", "check", True), Op("tencent-vrs", "create", False, create=True, records="jobs"),
    Op("tencent-vrs", "synth", True, records="auditions"),
]
AFTER_WORK = ["reset", "read_timeout", "http_500", "html_error_page", "malformed_json", "wrong_content_type",
              "slow_drip", "oversized"]  # the server made the voice/job, then the answer was lost or spoilt
DOWNLOAD_FAULTS = ["connect_refused", "read_timeout", "reset", "http_503", "html_error_page",
                   "wrong_content_type", "http_401"]  # the COS SDK pauses 0 + 1 + 2 s between its tries


def matrix() -> list[Any]:
    rows = []
    for op in OPS:
        for spec in F.HTTP_FAULTS:
            if spec.flavours and RIGS[op.provider].flavour not in spec.flavours:
                continue
            if op.ws and spec.key in ("malformed_json", "oversized"):
                continue  # no JSON on a socket handshake: the frame-level rows below cover these
            if op.name == "download" and spec.key not in DOWNLOAD_FAULTS:
                continue
            rows.append(pytest.param(op, spec, False, id=f"{op.provider}-{op.name}-{spec.key}"))
        if op.create:
            rows += [pytest.param(op, F.BY_KEY[k], True, id=f"{op.provider}-{op.name}-{k}-after-work")
                     for k in AFTER_WORK]
        if op.ws:
            rows += [pytest.param(op, ws, False, id=f"{op.provider}-{op.name}-{ws.key}") for ws in F.WS_FAULTS]
    return rows


# --- what each row must end in ------------------------------------------------------------------
@dataclass
class Expect:
    kind: ErrorKind | None  # None: the operation succeeds
    calls: int | None  # requests reaching the faulted target (None: not counted)
    remote: int | None = None  # remote objects the create leaves behind
    tasks: int | None = None  # WebSocket run-tasks


def expect(op: Op, rig: Rig, spec: FaultSpec | F.WsSpec, after: bool) -> Expect:
    if isinstance(spec, F.WsSpec):
        tasks = 1 if spec.tasks == "one" else A
        return Expect(spec.kind, tasks if spec.fault is None else 1, tasks=tasks)
    if after:  # answer lost once after the work was done: the client finds and adopts the result
        return Expect(None, 1, remote=1)
    if spec.connect:
        return Expect(spec.kind, 0, remote=0 if op.create else None, tasks=0 if op.ws else None)
    kind = spec.kind
    if not op.create:
        return Expect(kind, A if spec.retried else 1, tasks=0 if op.ws else None)
    if spec.kind in (ErrorKind.AUTH, ErrorKind.QUOTA):
        return Expect(kind, 1, remote=0)
    if spec.kind == ErrorKind.RATE_LIMITED:  # refused before any work: re-sent without a check
        return Expect(kind, A, remote=0)
    # The server may have done the work: unknown outcome. Check, re-send only when nothing appeared.
    return Expect(ErrorKind.TRANSIENT_NETWORK, rig.create_sends, remote=0)


# --- one row ------------------------------------------------------------------------------------
@dataclass
class Outcome:
    error: StudioError | None
    result: Any
    calls: int
    checks_between: bool  # every re-sent create came after a check
    remote: int | None
    tasks: int | None
    seconds: float
    gaps: list[float]


@pytest.fixture(scope="module", autouse=True)
def ws_faults() -> Iterator[None]:
    unplug = F.install_ws_faults()
    yield
    unplug()


@pytest.fixture
def library(studio_home: Path) -> Iterator[tuple[Store, Path, int]]:
    take = F.make_take(paths.takes_dir() / "take-0001.wav")
    store = Store(paths.database_path())
    row = store.add(Take(name="take 1", path=str(take.relative_to(studio_home)), duration_s=12.0,
                         sample_rate=24000))
    assert row.id is not None
    yield store, take, row.id
    store.close()


@dataclass
class Staged:
    """A row ready to run: the rig with its fault in place and the provider to call."""

    op: Op
    rig: Rig
    row: Row
    subject: Provider
    plan: FaultPlan
    store: Store
    take: Path
    tasks_before: int

    def perform(self) -> Any:
        return self.rig.perform(self.op, self.subject, self.row, self.store, self.take)

    def outcome(self, error: StudioError | None, result: Any, seconds: float) -> Outcome:
        calls = self.plan.matching(self.row.target)
        state = self.rig.emu.state if isinstance(self.rig, DashScopeRig) else None
        return Outcome(error, result, len(calls), _checked(self.plan, self.row),
                       self.rig.remote_count(self.op, self.row) if self.op.create else None,
                       len(state.tasks) - self.tasks_before if state is not None else None, seconds,
                       [b.at - a.at for a, b in itertools.pairwise(calls)])


@contextmanager
def staged(op: Op, spec: FaultSpec | F.WsSpec, after: bool, tmp: Path, store: Store, take: Path,
           take_id: int) -> Iterator[Staged]:
    with ExitStack() as stack:
        rig = RIGS[op.provider](tmp)
        stack.callback(rig.close)
        live = rig.build(t=F.timeouts_for(spec.key))
        stack.callback(live.close)
        row = rig.prepare(op, live)
        row.data.update(take_id=take_id, rid=f"rid-{uuid.uuid4().hex[:10]}")
        plan = row.plan or rig.plan
        plan.clear()
        subject = live
        if isinstance(spec, F.WsSpec):
            if spec.fault is not None:
                plan.inject(row.target, spec.fault, times=100)
            row.data["synth"] = {"extra": dict(spec.params or {})}
            if spec.params and op.provider == "cosyvoice":
                row.data["synth"]["model"] = "cosyvoice-v2"  # the voice's own model; FaultyTask answers by its parameter
        elif spec.connect:
            port = stack.enter_context(F.blackhole() if spec.connect == "timeout" else nullcontext(F.dead_port()))
            dead, t = f"http://127.0.0.1:{port}", F.timeouts_for(spec.key)
            subject = rig.build(cos=dead, t=t) if isinstance(rig, TencentRig) and op.name == "download" \
                else rig.build(dead, t)
            stack.callback(subject.close)
        else:
            assert spec.make is not None
            flavour = "cos" if op.name == "download" else rig.flavour
            plan.inject(row.target, spec.make(flavour, row.data["rid"]), times=1 if after else 100, after=after)
        tasks_before = len(rig.emu.state.tasks) if isinstance(rig, DashScopeRig) else 0
        yield Staged(op, rig, row, subject, plan, store, take, tasks_before)


def run_row(op: Op, spec: FaultSpec | F.WsSpec, after: bool, tmp: Path, store: Store, take: Path,
            take_id: int) -> tuple[Rig, Row, Outcome]:
    with staged(op, spec, after, tmp, store, take, take_id) as st:
        started = time.monotonic()
        error, result = None, None
        try:
            result = st.perform()
        except StudioError as err:
            error = err
        return st.rig, st.row, st.outcome(error, result, time.monotonic() - started)


def _checked(plan: FaultPlan, row: Row) -> bool:
    """True when a check request lies between every two consecutive creates."""
    if row.check is None:
        return True
    last_create: int | None = None
    for i, call in enumerate(plan.calls):
        if row.target.matches(call.method, call.path, call.action):
            if last_create is not None and not any(row.check.matches(c.method, c.path, c.action)
                                                   for c in plan.calls[last_create + 1:i]):
                return False
            last_create = i
    return True


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize(("op", "spec", "after"), matrix())
def test_fault(op: Op, spec: FaultSpec | F.WsSpec, after: bool, tmp_path: Path,
               library: tuple[Store, Path, int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(studio_http, "MAX_BODY_BYTES", F.BODY_LIMIT)
    # The Files upload passes its own per-request timeout: the row's must win there too.
    monkeypatch.setattr(dashscope_files, "UPLOAD_TIMEOUT", httpx.Timeout(F.timeouts_for(spec.key).read))
    store, take, take_id = library
    digest, before = F.file_digest(take), F.library_snapshot(paths.database_path())
    rig, row, out = run_row(op, spec, after, tmp_path, store, take, take_id)
    want = expect(op, rig, spec, after)
    err = out.error
    F.record("matrix", f"{op.provider}-{op.name}-{spec.key}" + ("-after-work" if after else ""),
             provider=op.provider, op=op.name, create=op.create, fault=spec.key, after=after, tried=spec.tried,
             expected=want.kind.value if want.kind else "ok", got=err.kind.value if err else "ok",
             calls=out.calls, expected_calls=want.calls, remote=out.remote, tasks=out.tasks,
             seconds=round(out.seconds, 3), message=err.detail if err else "",
             request_id=err.request_id if err else None, adopted=row.data.get("adopted"))
    assert (err.kind if err else None) == want.kind, err.user_message("en") if err else "succeeded"
    assert F.file_digest(take) == digest  # the take is only ever read
    if err is not None:
        en, zh = err.user_message("en"), err.user_message("zh")
        assert err.detail.strip() and err.provider == op.provider
        assert _has_cjk(zh) and (err.detail_zh or "").strip(), zh
        assert "<" not in err.detail, "markup leaked into the message"
        assert not any(secret in en + zh for secret in rig.secrets())
        if not isinstance(spec, F.WsSpec) and spec.request_id and not spec.connect:
            assert err.request_id == row.data["rid"] and row.data["rid"] in en
        assert F.library_snapshot(paths.database_path()) == before  # nothing half-written
    if want.calls is not None:
        assert out.calls == want.calls
    if want.tasks is not None:
        assert out.tasks == want.tasks
    if want.remote is not None:
        assert out.remote == want.remote
    if op.create and not (isinstance(spec, FaultSpec) and spec.kind == ErrorKind.RATE_LIMITED and not after):
        assert out.checks_between, "a create was sent again without checking first"
    if after and "adopted" in row.data:
        assert row.data["adopted"] is True  # found by its check, not made a second time
    if err is None:
        now = F.library_snapshot(paths.database_path())
        grown = {t: len(now[t]) - len(rows) for t, rows in before.items() if now[t] != rows}
        want_rows = {op.records: 1} if op.records else {}
        if op.records == "jobs" and getattr(out.result, "status", "") == "succeeded":
            want_rows["voices"] = 1  # a training job already done when found: its voice lands too
        assert grown == want_rows, grown
    if isinstance(spec, FaultSpec) and spec.key == "http_429_retry_after":
        assert all(gap >= F.RETRY_AFTER * 0.9 for gap in out.gaps), out.gaps  # Retry-After honoured


# --- the offline engine: no network, so its own faults ------------------------------------------
@dataclass(frozen=True)
class LocalCase:
    key: str
    tried: str
    kind: ErrorKind
    request: SynthesisRequest | None = None  # synthesize this (else: enroll from a file that is not audio)


LOCAL_CASES = [
    LocalCase("missing_espeak", "eSpeak NG library and program both missing", ErrorKind.INTERNAL,
              SynthesisRequest(text="你好，世界。", voice="stock-base")),
    LocalCase("cancelled", "synthesis cancelled after its first audio", ErrorKind.CANCELLED,
              SynthesisRequest(text="One sentence. " * 12, voice="stock-base", format="pcm")),
    LocalCase("empty_text", "nothing speakable in the text", ErrorKind.INVALID_INPUT,
              SynthesisRequest(text=" \n ", voice="stock-base")),
    LocalCase("text_too_long", "5,001 characters (limit 5,000)", ErrorKind.INVALID_INPUT,
              SynthesisRequest(text="a" * 5001, voice="stock-base")),
    LocalCase("unknown_voice", "a voice id that does not exist", ErrorKind.NOT_FOUND,
              SynthesisRequest(text="Hello.", voice="lv-0123456789ab")),
    LocalCase("bad_format", "an output format the engine does not write (flac)", ErrorKind.INVALID_INPUT,
              SynthesisRequest(text="Hello.", voice="stock-base", format="flac")),
    LocalCase("not_audio_sample", "enrol from a file that is not audio", ErrorKind.INVALID_INPUT),
]


@contextmanager
def espeak_missing() -> Iterator[None]:
    """Neither the bundled library (espeakng-loader) nor the system program can be found."""
    import sys

    from studio.providers.local import voices as local_voices

    local_voices.espeak.cache_clear()
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setitem(sys.modules, "espeakng_loader", None)  # the import fails
            mp.setattr(local_voices.shutil, "which", lambda *_a, **_k: None)
            yield
    finally:
        local_voices.espeak.cache_clear()  # later tests load the real one again


def local_work(case: LocalCase, tmp: Path, store: Store, cancel: CancelToken,
               first_audio: Callable[[], None]) -> Any:
    """The operation a row drives; `first_audio()` runs when the first audio chunk arrives."""
    from studio.providers.local.engine import LocalEngineProvider

    provider = LocalEngineProvider(tmp / "local-home")
    if case.request is None:
        bogus = tmp / "not-audio.wav"
        bogus.write_bytes(b"RIFF\0\0\0\0WAVEnot really" * 64)
        return record_voice(store, provider.enroll(EnrollRequest(name="bogus", audio_path=bogus)))
    chunks: list[bytes] = []

    def on_audio(data: bytes) -> None:
        chunks.append(data)
        if len(chunks) == 1:
            first_audio()

    result = provider.synthesize(case.request, on_audio=on_audio, cancel=cancel)
    return auditions.save(store, provider.name, case.request, result)


@pytest.mark.parametrize("case", LOCAL_CASES, ids=[f"local-{c.key}" for c in LOCAL_CASES])
def test_local_engine(case: LocalCase, tmp_path: Path, library: tuple[Store, Path, int]) -> None:
    store, take, _ = library
    digest, before = F.file_digest(take), F.library_snapshot(paths.database_path())
    token = CancelToken()
    started = time.monotonic()
    missing = espeak_missing() if case.key == "missing_espeak" else nullcontext()
    with missing, pytest.raises(StudioError) as info:
        local_work(case, tmp_path, store, token, token.cancel if case.key == "cancelled" else lambda: None)
    err = info.value
    F.record("matrix", f"local-{case.key}", provider="local", op="enroll" if case.request is None else "synth",
             fault=case.key, after=False, tried=case.tried, expected=case.kind.value, got=err.kind.value,
             seconds=round(time.monotonic() - started, 3), message=err.detail)
    assert err.kind == case.kind
    assert F.file_digest(take) == digest and F.library_snapshot(paths.database_path()) == before
    if case.kind != ErrorKind.CANCELLED:  # a user's cancel is dropped quietly, with no message
        assert err.detail.strip() and _has_cjk(err.detail_zh or ""), err.user_message("zh")
    if case.key == "missing_espeak":
        assert err.code == "no_engine" and "espeak" in err.detail.lower()


# --- the GUI event loop during faults -----------------------------------------------------------
GUI_ROWS = [("cosyvoice", "create", "http_503"), ("cosyvoice", "synth", "ws_closed_midstream"),
            ("tencent", "create", "read_timeout"), ("tencent", "list", "html_error_page"),
            ("sambert", "create", "reset"), ("sambert", "synth", "task_failed_final"),
            ("sambert", "list", "slow_drip"), ("local", "synth", "missing_espeak"),
            ("local", "synth", "cancelled"), ("tencent-vrs", "create", "cloud_internal_error")]
OP_BY = {(op.provider, op.name): op for op in OPS}
SPEC_BY: dict[str, Any] = {**F.BY_KEY, **{ws.key: ws for ws in F.WS_FAULTS},
                           **{case.key: case for case in LOCAL_CASES}}


@pytest.mark.parametrize(("provider", "op_name", "fault"), GUI_ROWS, ids=["-".join(r) for r in GUI_ROWS])
def test_gui_stays_responsive(provider: str, op_name: str, fault: str, qtbot: Any, tmp_path: Path,
                              library: tuple[Store, Path, int], monkeypatch: pytest.MonkeyPatch) -> None:
    """The real TaskRunner under Qt: the failure arrives by signal while a LagProbe watches the loop."""
    from studio.services.lagprobe import LagProbe
    from studio.services.tasks import TaskContext, TaskRunner, TaskState

    monkeypatch.setattr(studio_http, "MAX_BODY_BYTES", F.BODY_LIMIT)
    monkeypatch.setattr(dashscope_files, "UPLOAD_TIMEOUT", httpx.Timeout(F.timeouts_for(fault).read))
    store, take, take_id = library
    before = F.library_snapshot(paths.database_path())
    spec = SPEC_BY[fault]
    runner, probe = TaskRunner(max_workers=2), LagProbe(interval_ms=5)
    queue = "dashscope" if provider in ("cosyvoice", "sambert") else provider  # Services.queue_for
    with ExitStack() as stack:
        if provider == "local":
            assert isinstance(spec, LocalCase)
            if fault == "missing_espeak":
                stack.enter_context(espeak_missing())

            def work(ctx: TaskContext) -> Any:
                return local_work(spec, tmp_path, store, ctx.cancel, lambda: ctx.emit("first audio"))
        else:
            st = stack.enter_context(staged(OP_BY[(provider, op_name)], spec, False, tmp_path, store, take,
                                            take_id))

            def work(ctx: TaskContext) -> Any:
                return st.perform()

        outcome = "cancelled" if fault == "cancelled" else "failed"
        probe.start()
        started = time.monotonic()
        handle = runner.run(work, name=f"{provider} {op_name}", queue=queue)
        handle.partial.connect(lambda _payload: handle.cancel())  # the user presses Stop on first audio
        with qtbot.waitSignal(getattr(handle, outcome), timeout=30_000) as blocker:
            pass
        seconds = time.monotonic() - started
        probe.stop()
        runner.shutdown(wait=True)
    lag = probe.summary()
    err = blocker.args[0] if blocker.args else None
    F.record("gui", f"{provider}-{op_name}-{fault}", provider=provider, op=op_name, fault=fault,
             outcome=outcome, kind=err.kind.value if err else "cancelled", seconds=round(seconds, 3),
             ticks=int(lag["ticks"]), p50_ms=round(lag["p50_ms"], 2), p99_ms=round(lag["p99_ms"], 2),
             max_ms=round(lag["max_ms"], 2))
    if outcome == "failed":
        want = spec.kind
        if isinstance(spec, FaultSpec) and OP_BY[(provider, op_name)].create and spec.ambiguous:
            want = ErrorKind.TRANSIENT_NETWORK
        assert handle.state == TaskState.FAILED and err is not None and err.kind == want
    else:
        assert handle.state == TaskState.CANCELLED and handle.error is None
    assert F.library_snapshot(paths.database_path()) == before
