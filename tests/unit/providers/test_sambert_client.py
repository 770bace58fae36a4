"""The studio's Sambert client (files, fine-tunes, provider, synthesis) against the DashScope emulator."""

from __future__ import annotations

import io
import itertools
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import pytest

from studio.cancel import CancelToken
from studio.errors import (
    CancelledError,
    ErrorKind,
    InvalidInputError,
    QuotaError,
    StudioError,
    VendorRejectedError,
)
from studio.providers.base import Capability, JobStatus, SynthesisRequest, TrainRequest
from studio.providers.dashscope.account import Endpoints
from studio.providers.dashscope.files import FilesClient, file_md5
from studio.providers.dashscope.finetunes import FineTuneJob, FineTunesClient, check_suffix
from studio.providers.dashscope.sambert import SambertProvider, synthesis_parameters
from studio.providers.http import RetryPolicy
from tests.emulators.dashscope import DashScopeEmulator, Fault
from tests.emulators.dashscope.finetunes import settle_all, zip_takes

FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.02, max_delay=0.1, max_retry_after=1.0)
PAUSE = threading.Event()  # never set: a wait that does not busy-loop


@pytest.fixture(scope="session")
def short_zip(sambert_takes: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return zip_takes(sambert_takes[:2], tmp_path_factory.mktemp("sambert-short") / "short.zip")


def endpoints(dashscope_emu: DashScopeEmulator) -> Endpoints:
    return Endpoints(http_base=dashscope_emu.http_base, ws_base=dashscope_emu.ws_base, region="custom")


@pytest.fixture
def files(dashscope_emu: DashScopeEmulator) -> Iterator[FilesClient]:
    client = FilesClient("sambert", dashscope_emu.api_key, endpoints(dashscope_emu), retry=FAST_RETRY)
    yield client
    client.close()


@pytest.fixture
def jobs(dashscope_emu: DashScopeEmulator) -> Iterator[FineTunesClient]:
    client = FineTunesClient("sambert", dashscope_emu.api_key, endpoints(dashscope_emu), retry=FAST_RETRY)
    yield client
    client.close()


@pytest.fixture
def sambert(dashscope_emu: DashScopeEmulator, tmp_path: Path) -> Iterator[SambertProvider]:
    p = SambertProvider(dashscope_emu.api_key, endpoints(dashscope_emu), work_dir=tmp_path / "datasets", retry=FAST_RETRY, poll_s=0.02)
    yield p
    p.close()


def wait_for(get: Any, done: Any, limit: int = 400) -> Any:
    for _ in range(limit):
        value = get()
        if done(value):
            return value
        PAUSE.wait(0.02)
    raise AssertionError(f"condition not reached; last value {value!r}")


def decode(data: bytes) -> tuple[int, float]:
    with av.open(io.BytesIO(data)) as box:
        frames = list(box.decode(box.streams.audio[0]))
        rate = frames[0].sample_rate
        return rate, sum(f.samples for f in frames) / rate


# --- files ----------------------------------------------------------------------------------
def test_upload_streams_with_progress_then_list_get_delete(dashscope_emu: DashScopeEmulator, files: FilesClient,
                                                           short_zip: Path) -> None:
    seen: list[float] = []
    uploaded = files.upload(short_zip, description="two takes", progress=lambda f, t: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 5  # one report per MiB
    wire = next(r for r in dashscope_emu.state.requests if r["path"] == "/api/v1/files")
    assert wire["body"] == {"files": ["short.zip"], "descriptions": ["two takes"], "purpose": ""}
    assert wire["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
    assert int(wire["headers"]["Content-Length"]) > short_zip.stat().st_size  # streamed, with a known length
    shown = files.get(uploaded.file_id)
    assert (shown.name, shown.size, shown.description) == ("short.zip", short_zip.stat().st_size, "two takes")
    assert shown.md5 == file_md5(short_zip)
    stored = dashscope_emu.state.files[uploaded.file_id]
    assert stored.path.read_bytes() == short_zip.read_bytes()
    for i in range(3):
        extra = short_zip.parent / f"extra{i}.zip"
        extra.write_bytes(b"PK\x05\x06" + bytes(18))
        files.upload(extra)
    page, total = files.list_page(1, 2)
    assert len(page) == 2 and total == 4
    assert {f.file_id for f in files.list_all()} >= {uploaded.file_id} and len(files.list_all()) == 4
    assert files.quota().files == 4
    files.delete(uploaded.file_id)
    with pytest.raises(StudioError) as err:
        files.get(uploaded.file_id)
    assert err.value.status == 404
    assert len(files.list_all()) == 3


def test_upload_cancel_midway_leaves_nothing(dashscope_emu: DashScopeEmulator, files: FilesClient, short_zip: Path) -> None:
    token = CancelToken()

    def progress(fraction: float, text: str) -> None:
        if fraction > 0.3:
            token.cancel()

    with pytest.raises(CancelledError):
        files.upload(short_zip, cancel=token, progress=progress)
    PAUSE.wait(0.1)  # let the emulator finish reading the cut-off request
    assert dashscope_emu.state.files == {} and files.list_all() == []


def test_upload_refusals_inside_200(dashscope_emu: DashScopeEmulator, files: FilesClient, short_zip: Path,
                                    tmp_path: Path) -> None:
    dashscope_emu.state.training.max_file_bytes = 1000
    with pytest.raises(InvalidInputError) as too_large:
        files.upload(short_zip)
    assert too_large.value.code == "BadRequest.TooLarge" and "DashScope said" in too_large.value.detail
    dashscope_emu.state.training.max_file_bytes = 10**9
    dashscope_emu.state.training.max_files = 1
    small = tmp_path / "a.zip"
    small.write_bytes(b"PK\x05\x06" + bytes(18))
    files.upload(small)
    with pytest.raises(QuotaError) as too_many:
        files.upload(small)
    assert too_many.value.code == "BadRequest.TooMany"
    huge = tmp_path / "huge.zip"
    with huge.open("wb") as f:
        f.truncate(301 * 1024 * 1024)  # sparse: nothing is written or sent
    with pytest.raises(InvalidInputError, match="300 MB"):
        files.upload(huge)


def test_upload_dropped_before_it_arrived_is_sent_again_once(dashscope_emu: DashScopeEmulator, files: FilesClient,
                                                            short_zip: Path) -> None:
    dashscope_emu.faults.add(Fault(drop=True, path_prefix="/api/v1/files", method="POST"))
    uploaded = files.upload(short_zip)
    posts = [s for s in dashscope_emu.faults.seen if s == ("POST", "/api/v1/files")]
    assert len(posts) == 2 and list(dashscope_emu.state.files) == [uploaded.file_id]


# --- fine-tunes -----------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "status"), [
    ("PENDING", JobStatus.QUEUED), ("QUEUING", JobStatus.QUEUED), ("RUNNING", JobStatus.RUNNING),
    ("UNDER_REVIEW", JobStatus.REVIEW), ("SUCCEEDED", JobStatus.SUCCEEDED), ("FAILED", JobStatus.FAILED),
    ("CANCELING", JobStatus.CANCELLED), ("CANCELED", JobStatus.CANCELLED),
])
def test_status_map(raw: str, status: JobStatus) -> None:
    job = FineTuneJob.from_json({"job_id": "ft-1", "status": raw, "finetuned_output": "sambert-x-ft-1",
                                 "code": "E" if raw == "FAILED" else None, "message": "why" if raw == "FAILED" else None})
    remote = job.to_remote("sambert")
    assert remote.status == status and remote.status_raw == raw
    assert remote.model_name == ("sambert-x-ft-1" if raw == "SUCCEEDED" else "")
    if raw == "FAILED":
        assert remote.message == "E: why"
    if raw == "UNDER_REVIEW":
        assert "manual review" in remote.message and "人工审核" in remote.extra["plain_zh"]


def test_suffix_is_checked_locally() -> None:
    assert check_suffix("my_voice2") == "my_voice2"
    for bad in ("", "My Voice", "2voice", "a-b", "x" * 33, "声音"):
        with pytest.raises(InvalidInputError) as err:
            check_suffix(bad)
        assert err.value.code == "bad_suffix" and err.value.detail_zh


def test_seed_body_and_one_running_job_per_account(dashscope_emu: DashScopeEmulator, files: FilesClient,
                                                   jobs: FineTunesClient, short_zip: Path) -> None:
    dashscope_emu.state.training.min_speech_s = 0.0
    dashscope_emu.state.training.running_s = 5.0
    fid = files.upload(short_zip).file_id
    first, adopted = jobs.create(fid, "first")
    assert not adopted and first.status_raw == "PENDING" and first.job_id.startswith("ft-")
    body = next(r["body"] for r in dashscope_emu.state.requests if r["path"] == "/api/v1/fine-tunes")
    assert body == {"model": "sambert", "training_file_ids": [fid], "finetuned_output_suffix": "first"}
    second, _ = jobs.create(fid, "second")
    wait_for(lambda: jobs.get(second.job_id).status_raw, lambda s: s == "QUEUING")
    assert jobs.get(first.job_id).status_raw == "RUNNING"  # the account's one training slot
    assert {j.job_id for j in jobs.list_all()} == {first.job_id, second.job_id}
    jobs.cancel(first.job_id)
    wait_for(lambda: jobs.get(second.job_id).status_raw, lambda s: s == "RUNNING")  # the slot is free at once
    wait_for(lambda: jobs.get(first.job_id).status_raw, lambda s: s == "CANCELED")


def test_failed_training_reports_code_and_message(dashscope_emu: DashScopeEmulator, files: FilesClient,
                                                  jobs: FineTunesClient, sambert: SambertProvider,
                                                  short_zip: Path) -> None:
    fid = files.upload(short_zip).file_id  # two minutes of speech, sent around the studio's own check
    job, _ = jobs.create(fid, "tooshort")
    remote = wait_for(lambda: sambert.get_job(job.job_id), lambda r: r.status.settled)
    assert remote.status == JobStatus.FAILED and remote.status_raw == "FAILED"
    assert remote.extra["code"] == "Audio.AudioShortError" and remote.message.startswith("Audio.AudioShortError: ")
    assert "20 min" in remote.message and not remote.model_name


@pytest.mark.parametrize("lost", [0, 500])
def test_create_with_unknown_outcome_adopts_instead_of_duplicating(dashscope_emu: DashScopeEmulator, files: FilesClient,
                                                                   jobs: FineTunesClient, short_zip: Path,
                                                                   lost: int) -> None:
    fid = files.upload(short_zip).file_id
    dashscope_emu.state.training.lose_create_answers = [lost]
    job, adopted = jobs.create(fid, "adopt")
    assert adopted and job.training_file_ids == [fid]
    assert list(dashscope_emu.state.jobs) == [job.job_id]
    creates = [r for r in dashscope_emu.state.requests if r["path"] == "/api/v1/fine-tunes"]
    assert len(creates) == 1


def test_create_dropped_before_arrival_is_sent_again(dashscope_emu: DashScopeEmulator, files: FilesClient,
                                                     jobs: FineTunesClient, short_zip: Path) -> None:
    fid = files.upload(short_zip).file_id
    dashscope_emu.faults.add(Fault(drop=True, path_prefix="/api/v1/fine-tunes", method="POST"))
    job, adopted = jobs.create(fid, "again")
    assert not adopted and list(dashscope_emu.state.jobs) == [job.job_id]


def test_quota_refused_before_sending(dashscope_emu: DashScopeEmulator, files: FilesClient, jobs: FineTunesClient,
                                      sambert: SambertProvider, short_zip: Path, sambert_takes: list[Path]) -> None:
    dashscope_emu.state.training.min_speech_s = 0.0
    dashscope_emu.state.training.running_s = 30.0
    fid = files.upload(short_zip).file_id
    jobs.create(fid, "a")
    jobs.create(fid, "b")
    with pytest.raises(QuotaError) as busy:
        sambert.start_training(TrainRequest(name="c", inputs=sambert_takes))
    assert busy.value.code == "training_quota" and "2 at once" in busy.value.detail and "同时最多" in str(
        busy.value.detail_zh)
    with pytest.raises(QuotaError) as vendor:  # the emulator enforces it too, vendor-style
        jobs.create(fid, "c")
    assert vendor.value.code == "Throttling.AllocationQuota"
    for i in range(8):
        settle_all(dashscope_emu.state)
        jobs.create(fid, f"m{i}")
    settle_all(dashscope_emu.state)
    assert sambert.quota().used == 10 and sambert.quota().limit == 10
    with pytest.raises(QuotaError) as full:
        sambert.start_training(TrainRequest(name="eleventh", inputs=sambert_takes))
    assert full.value.code == "models_quota" and "Delete a model" in full.value.detail
    assert len(dashscope_emu.state.files) == 1 and len(dashscope_emu.state.jobs) == 10  # nothing was sent


# --- the provider ---------------------------------------------------------------------------
def test_short_dataset_refused_with_bilingual_message(dashscope_emu: DashScopeEmulator, sambert: SambertProvider,
                                                      sambert_takes: list[Path]) -> None:
    for options in ({}, {"force": True}):
        with pytest.raises(InvalidInputError) as err:
            sambert.start_training(TrainRequest(name="short", inputs=sambert_takes[:3], options=options))
        assert err.value.code == "dataset_too_short"
        assert "training needs 20 min" in err.value.detail and "20 分钟" in str(err.value.detail_zh)
    assert dashscope_emu.state.files == {} and dashscope_emu.state.jobs == {}


def test_train_from_takes_to_a_ready_voice(dashscope_emu: DashScopeEmulator, sambert: SambertProvider,
                                           sambert_takes: list[Path], tmp_path: Path) -> None:
    assert sambert.capabilities & Capability.TRAIN and sambert.capabilities & Capability.DELETE_VOICE
    seen: list[tuple[float, str]] = []
    folder = sambert_takes[0].parent
    job = sambert.start_training(TrainRequest(name="studio_voice", inputs=[folder]),
                                 progress=lambda f, t: seen.append((f, t)))
    assert job.status == JobStatus.QUEUED and job.status_raw == "PENDING"
    assert job.extra["effective_min"] >= 20 and Path(job.extra["dataset"]).exists()
    assert Path(job.extra["dataset_report"]).exists()
    assert any("Uploading" in t for _, t in seen) and seen[-1][0] == 1.0
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)
    statuses: list[str] = []

    def poll() -> Any:
        remote = sambert.get_job(job.remote_id)
        if not statuses or statuses[-1] != remote.status_raw:
            statuses.append(remote.status_raw)
        return remote

    done = wait_for(poll, lambda r: r.status.settled)
    assert done.status == JobStatus.SUCCEEDED
    assert "RUNNING" in statuses and "UNDER_REVIEW" in statuses and statuses[-1] == "SUCCEEDED"
    assert done.model_name.startswith("sambert-studio_voice-ft-")
    voices = sambert.list_voices()
    assert [v.remote_id for v in voices] == [done.model_name] and voices[0].name == "studio_voice"
    assert sambert.quota().used == 1
    # the same takes again, as one ready zip
    ready = zip_takes(sambert_takes, tmp_path / "ready.zip")
    again = sambert.start_training(TrainRequest(name="from_zip", inputs=[ready]))
    assert again.extra["effective_min"] >= 20
    # the trained voice speaks
    result = sambert.synthesize(SynthesisRequest(text="今天天气很好。", voice=done.model_name, sample_rate=24000,
                                                 extra={"word_timestamp_enabled": True}))
    rate, seconds = decode(result.audio)
    assert rate == 24000 and 0.5 < seconds < 10
    assert result.timestamps and result.timestamps[0]["words"][0]["text"] == "今"
    # "删除调优任务": a succeeded job (and its model) is kept — said in words, nothing pretended gone
    with pytest.raises(VendorRejectedError) as info:
        sambert.delete_voice(done.model_name)
    err = info.value
    assert err.code == "UnsupportedOperation" and err.request_id
    assert "keeps training job" in err.detail and "can still speak" in err.detail and "library only" in err.detail
    assert "保留训练任务" in (err.detail_zh or "")
    assert [v.remote_id for v in sambert.list_voices()] == [done.model_name]
    dashscope_emu.state.training.undeletable = ()  # where the vendor does delete it, the model goes with it
    sambert.delete_voice(done.model_name)
    assert sambert.list_voices() == [] and done.remote_id not in dashscope_emu.state.jobs


def test_cancel_and_delete_jobs(dashscope_emu: DashScopeEmulator, files: FilesClient, jobs: FineTunesClient,
                                sambert: SambertProvider, short_zip: Path) -> None:
    dashscope_emu.state.training.running_s = 30.0
    fid = files.upload(short_zip).file_id
    running, _ = jobs.create(fid, "one")
    queued, _ = jobs.create(fid, "two")
    sambert.cancel_job(queued.job_id)
    assert wait_for(lambda: sambert.get_job(queued.job_id), lambda r: r.status_raw == "CANCELED").status == \
        JobStatus.CANCELLED
    with pytest.raises(VendorRejectedError) as info:  # still training: cancelled, then kept by DashScope
        sambert.delete_job(running.job_id)
    assert info.value.detail.startswith("The training job was cancelled, but DashScope keeps")
    assert dashscope_emu.state.jobs[running.job_id].status == "CANCELED"
    dashscope_emu.state.training.undeletable = ()
    sambert.delete_job(running.job_id)
    assert running.job_id not in dashscope_emu.state.jobs
    sambert.delete_job(running.job_id)  # already gone: nothing to do
    assert {j.remote_id for j in sambert.list_jobs()} == {queued.job_id}


def test_cancel_closes_the_connection_without_finish_task(dashscope_emu: DashScopeEmulator,
                                                          sambert: SambertProvider) -> None:
    """Sambert streams out: its protocol has no continue-task or finish-task, so cancelling closes the
    socket (the emulator fails a task that receives either; the old finish-task fails this test)."""
    from studio.errors import CancelledError

    dashscope_emu.state.frame_interval = 0.05
    dashscope_emu.state.frame_ms = 100
    token = CancelToken()
    got: list[bytes] = []

    def on_audio(data: bytes) -> None:
        got.append(data)
        if len(got) == 2:
            token.cancel()

    with pytest.raises(CancelledError):
        sambert.synthesize(SynthesisRequest(text="今天天气很好，我们一起去公园散步吧。" * 6, voice="sambert-zhichu-v1",
                                            format="pcm", sample_rate=16000), on_audio=on_audio, cancel=token)
    assert 2 <= len(got) < 20
    assert [m["header"]["action"] for m in dashscope_emu.state.ws_messages] == ["run-task"]


def test_word_timings_as_spans(dashscope_emu: DashScopeEmulator, sambert: SambertProvider) -> None:
    result = sambert.synthesize(SynthesisRequest(text="今天天气很好。明天下雨。", voice="sambert-zhichu-v1",
                                                 format="pcm", sample_rate=16000, timestamps=True))
    assert dashscope_emu.state.tasks[-1]["parameters"]["word_timestamp_enabled"] is True
    texts = [s.text for s in result.spans]
    assert texts[:2] == ["今", "天"] and "明" in texts
    assert all(a.begin_s <= a.end_s <= b.begin_s + 1e-6 for a, b in itertools.pairwise(result.spans))
    assert result.spans[-1].end_s <= len(result.audio) / 2 / 16000 + 0.01


@pytest.mark.parametrize(("fmt", "rate"), [("wav", 48000), ("mp3", 16000), ("pcm", 8000)])
def test_stock_voices_speak(dashscope_emu: DashScopeEmulator, sambert: SambertProvider, fmt: str, rate: int) -> None:
    stock = {v.remote_id: v for v in sambert.stock_voices()}
    assert stock["sambert-zhichu-v1"].extra["sample_rate"] == 48000
    assert stock["sambert-zhihao-v1"].extra["sample_rate"] == 16000 and len(stock) == 43
    frames: list[bytes] = []
    result = sambert.synthesize(SynthesisRequest(text="你好。Hello there.", voice="sambert-zhichu-v1", format=fmt,
                                                 sample_rate=rate), on_audio=frames.append)
    assert b"".join(frames) == result.audio and len(frames) > 1
    if fmt == "pcm":
        seconds = len(result.audio) / 2 / rate
    else:
        decoded_rate, seconds = decode(result.audio)
        assert decoded_rate == rate
    assert 0.5 < seconds < 10
    assert result.characters == len("你好。Hello there.")
    assert [s["words"] for s in result.timestamps] == [[], []]  # sentences without word timestamps
    assert dashscope_emu.state.tasks[-1]["parameters"] == {"format": fmt, "sample_rate": rate}  # only what was asked


def test_synthesis_parameters_and_limits(dashscope_emu: DashScopeEmulator, sambert: SambertProvider) -> None:
    params = synthesis_parameters(SynthesisRequest(text="x", voice="v", volume=80, rate=1.2, pitch=0.9,
                                                   extra={"phoneme_timestamp_enabled": True}))
    assert params == {"format": "wav", "sample_rate": 24000, "volume": 80, "rate": 1.2, "pitch": 0.9,
                      "phoneme_timestamp_enabled": True, "word_timestamp_enabled": True}
    for bad in (SynthesisRequest(text="x", voice="v", format="opus"), SynthesisRequest(text="x", voice="v",
                sample_rate=44100), SynthesisRequest(text="x", voice="v", rate=3.0)):
        with pytest.raises(InvalidInputError):
            synthesis_parameters(bad)
    with pytest.raises(InvalidInputError, match="10,000"):
        sambert.synthesize(SynthesisRequest(text="好" * 10_001, voice="sambert-zhichu-v1"))
    assert dashscope_emu.state.tasks == []  # refused before connecting
    result = sambert.synthesize(SynthesisRequest(text="第一句。第二句！", voice="sambert-zhiqi-v1",
                                                 extra={"word_timestamp_enabled": True,
                                                        "phoneme_timestamp_enabled": True}))
    assert len(result.timestamps) == 2
    first, second = result.timestamps
    assert first["begin_time"] == 0 and second["begin_time"] >= first["end_time"]
    assert [w["text"] for w in first["words"]] == ["第", "一", "句"] and first["words"][0]["phonemes"]
    with pytest.raises(StudioError) as err:
        sambert.synthesize(SynthesisRequest(text="你好", voice="sambert-nobody-ft-1"))
    assert err.value.code == "ModelNotFound" and err.value.kind == ErrorKind.INVALID_INPUT


# --- the studio around it: restart mid-job, the CLI -------------------------------------------
def test_restart_mid_job_resumes_polling_and_lands_the_voice(dashscope_env: DashScopeEmulator, sambert_takes: list[Path],
                                                             studio_home: Path) -> None:
    from studio.library.models import Job
    from studio.library.sync import pending_jobs, record_job, refresh_job
    from studio.workspace import Workspace

    dashscope_env.state.training.running_s = 1.0
    first = Workspace()
    provider = first.provider("sambert")
    assert isinstance(provider, SambertProvider) and provider.work_dir == studio_home / "datasets" / "sambert"
    job = record_job(first.store, provider.start_training(TrainRequest(name="restarted", inputs=sambert_takes)))
    job = wait_for(lambda: refresh_job(first.store, provider, job), lambda j: j.status == "running")
    first.close()  # the studio quits while DashScope trains

    second = Workspace()  # a fresh start on the same data home
    try:
        pending = pending_jobs(second.store)
        assert [j.remote_id for j in pending] == [job.remote_id] and pending[0].status == "running"
        again = second.provider("sambert")

        def poll() -> Job:
            return refresh_job(second.store, again, second.store.job_by_remote("sambert", job.remote_id) or job)

        done = wait_for(poll, lambda j: j.status not in ("queued", "running", "review"))
        assert done.status == "succeeded" and done.model_name.startswith("sambert-restarted-ft-")
        history = [h["status_raw"] for h in done.history]
        assert history[0] == "PENDING" and history[-3:] == ["RUNNING", "UNDER_REVIEW", "SUCCEEDED"]
        voice = second.store.voice_by_remote("sambert", done.model_name)
        assert voice is not None and voice.status == "ready" and done.voice_id == voice.id
        assert pending_jobs(second.store) == []
    finally:
        second.close()


def _cli_json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> Any:
    import json

    from studio.cli import main

    capsys.readouterr()
    assert main(["--json", *argv]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_cli_train_jobs_and_synth(dashscope_env: DashScopeEmulator, sambert_takes: list[Path], short_zip: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    from studio.cli import main

    job = _cli_json(capsys, ["train", "--provider", "sambert", "--name", "cli_voice", str(sambert_takes[0].parent)])
    assert job["provider"] == "sambert" and job["status_raw"] == "PENDING" and job["extra"]["effective_min"] >= 20
    listed = _cli_json(capsys, ["jobs", "list", "--provider", "sambert"])
    assert [j["remote_id"] for j in listed] == [job["remote_id"]]
    shown = wait_for(lambda: _cli_json(capsys, ["jobs", "show", job["remote_id"]]),
                     lambda j: j["status"] in ("succeeded", "failed"))
    assert shown["status"] == "succeeded" and shown["model_name"].startswith("sambert-cli_voice-ft-")
    out = tmp_path / "hello.wav"
    said = _cli_json(capsys, ["synth", "--voice", shown["model_name"], "--text", "你好，世界。", "-o", str(out)])
    assert said["provider"] == "sambert" and decode(out.read_bytes())[0] == 24000
    # DashScope keeps the succeeded job: the voice stays in the library, and the way to forget it is said
    assert main(["voices", "delete", shown["model_name"]]) == 1
    err = capsys.readouterr().err
    assert "DashScope keeps training job" in err and "--local-only" in err
    assert shown["model_name"] in {v["remote_id"] for v in _cli_json(capsys, ["voices", "list"])}
    assert main(["voices", "delete", shown["model_name"], "--local-only"]) == 0
    assert "locally" in capsys.readouterr().out and job["remote_id"] in dashscope_env.state.jobs
    # a job started elsewhere is adopted by `jobs list --refresh`, then cancelled and deleted
    dashscope_env.state.training.running_s = 30.0
    client = FineTunesClient("sambert", dashscope_env.api_key, endpoints(dashscope_env))
    fid = FilesClient("sambert", dashscope_env.api_key, endpoints(dashscope_env)).upload(short_zip).file_id
    other, _ = client.create(fid, "elsewhere")
    listed = _cli_json(capsys, ["jobs", "list", "--provider", "sambert", "--refresh"])
    assert {j["remote_id"] for j in listed} == {job["remote_id"], other.job_id}
    cancelled = _cli_json(capsys, ["jobs", "cancel", other.job_id])
    assert cancelled["status"] == "cancelled"
    capsys.readouterr()
    assert main(["jobs", "delete", other.job_id]) == 1  # DashScope keeps cancelled jobs: said, nothing lost
    err = capsys.readouterr().err
    assert "DashScope keeps training job" in err and other.job_id in dashscope_env.state.jobs
    assert "jobs delete #" in err and "--local-only" in err
    assert other.job_id in {j["remote_id"] for j in _cli_json(capsys, ["jobs", "list", "--provider", "sambert"])}
    # forgotten here only: the library lets it go, the provider still has it
    assert main(["jobs", "delete", other.job_id, "--local-only"]) == 0
    assert "from the library only" in capsys.readouterr().out and other.job_id in dashscope_env.state.jobs
    assert other.job_id not in {j["remote_id"] for j in _cli_json(capsys, ["jobs", "list", "--provider", "sambert"])}
    _cli_json(capsys, ["jobs", "list", "--provider", "sambert", "--refresh"])  # adopted again by a refresh
    dashscope_env.state.training.undeletable = ()
    assert main(["jobs", "delete", other.job_id]) == 0
    assert "deleted" in capsys.readouterr().out and other.job_id not in dashscope_env.state.jobs
    assert main(["jobs", "list", "--provider", "sambert"]) == 0
    text = capsys.readouterr().out
    assert job["remote_id"] in text and other.job_id not in text and "done" in text
