"""The official SDK (dashscope 2.0.2) against the emulator: Files, FineTunes and Sambert synthesis."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from dashscope import Files, FineTunes
from dashscope.audio.tts import ResultCallback, SpeechSynthesizer

from studio.validation.dataset import build_dataset
from tests.emulators.dashscope import DashScopeEmulator
from tests.emulators.dashscope.finetunes import speech_takes
from tests.emulators.dashscope.fixtures import sdk_pointed_at

pytestmark = pytest.mark.conformance
PAUSE = threading.Event()
TEXT = "今天天气很好。我们去公园散步吧！"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checked dataset zip of about 21 minutes of Mandarin, built once (as the studio would)."""
    root = tmp_path_factory.mktemp("sdk-sambert")
    takes = speech_takes(root / "takes", count=21)
    report = build_dataset(takes, root / "dataset.zip", provider="sambert")
    assert report.verdict != "fail" and report.total_effective_min >= 20
    return root / "dataset.zip"


@pytest.fixture
def emu(dashscope_emu: DashScopeEmulator) -> Iterator[DashScopeEmulator]:
    with sdk_pointed_at(dashscope_emu):
        yield dashscope_emu


def decode(data: bytes) -> tuple[int, float, str]:
    with av.open(io.BytesIO(data)) as box:
        frames = list(box.decode(box.streams.audio[0]))
        rate = frames[0].sample_rate
        return rate, sum(f.samples for f in frames) / rate, box.format.name


def until(get: Any, done: Any) -> Any:
    for _ in range(500):
        value = get()
        if done(value):
            return value
        PAUSE.wait(0.02)
    raise AssertionError(f"not reached: {value!r}")


# --- Files ------------------------------------------------------------------------------------
def test_files_upload_list_get_delete(emu: DashScopeEmulator, dataset: Path) -> None:
    # "fine-tune" (dash): the SDK's default "fine_tune" would parse the zip as JSONL and refuse it.
    up = Files.upload(str(dataset), purpose="fine-tune", description="21 min of takes")
    assert up.status_code == 200 and up.output["failed_uploads"] == []
    (entry,) = up.output["uploaded_files"]
    assert entry["name"] == "dataset.zip"
    fid = entry["file_id"]
    wire = next(r for r in emu.state.requests if r["path"] == "/api/v1/files")
    assert wire["body"]["purpose"] == "" and wire["body"]["descriptions"] == ["21 min of takes"]
    listed = Files.list(page=1, page_size=10)
    assert listed.status_code == 200 and listed.output["total"] == 1
    assert listed.output["files"][0]["file_id"] == fid and listed.output["files"][0]["size"] == dataset.stat().st_size
    got = Files.get(fid)
    assert got.status_code == 200 and got.output["name"] == "dataset.zip" and got.output["description"]
    gone = Files.delete(fid)
    assert gone.status_code == 200
    missing = Files.get(fid)
    assert missing.status_code == 404 and missing.code == "InvalidParameter" and missing.message == "File not found."


def test_files_refusals_and_bad_key(emu: DashScopeEmulator, dataset: Path) -> None:
    emu.state.training.max_file_bytes = 1024
    up = Files.upload(str(dataset), purpose="fine-tune")
    assert up.status_code == 200 and up.output["uploaded_files"] == []
    assert up.output["failed_uploads"][0]["code"] == "BadRequest.TooLarge"
    denied = Files.list(api_key="sk-wrong")
    assert denied.status_code == 401 and denied.code == "InvalidApiKey"


# --- FineTunes --------------------------------------------------------------------------------
def test_finetunes_call_get_list_to_a_model_and_synthesis(emu: DashScopeEmulator, dataset: Path) -> None:
    fid = Files.upload(str(dataset), purpose="fine-tune").output["uploaded_files"][0]["file_id"]
    # The SDK has no `finetuned_output_suffix`; its `finetuned_output` kwarg is taken as the suffix.
    made = FineTunes.call(model="sambert", training_file_ids=fid, finetuned_output="sdkvoice")
    assert made.status_code == 200 and made.output.status == "PENDING"
    body = next(r["body"] for r in emu.state.requests if r["path"] == "/api/v1/fine-tunes")
    assert body == {"model": "sambert", "training_file_ids": [fid], "validation_file_ids": None,
                    "hyper_parameters": {}, "finetuned_output": "sdkvoice"}
    job_id = made.output.job_id
    seen: list[str] = []

    def get() -> Any:
        job = FineTunes.get(job_id)
        if not seen or seen[-1] != job.output.status:
            seen.append(job.output.status)
        return job

    done = until(get, lambda j: j.output.status in ("SUCCEEDED", "FAILED"))
    assert "UNDER_REVIEW" in seen and done.output.status == "SUCCEEDED"
    assert done.output.finetuned_output == f"sambert-sdkvoice-{job_id}"
    assert "finetuned_output" in repr(done)  # the SDK's dataclass repr needs every field
    listed = FineTunes.list(page_no=1, page_size=10)
    assert listed.status_code == 200 and listed.output.total == 1 and listed.output.jobs[0].job_id == job_id
    result = SpeechSynthesizer.call(model=done.output.finetuned_output, text=TEXT, sample_rate=24000)
    rate, seconds, container = decode(result.get_audio_data())
    assert (rate, container) == (24000, "wav") and 1.0 < seconds < 15.0
    # "删除调优任务": a job that succeeded, failed or was cancelled cannot be deleted; the model stays.
    kept = FineTunes.delete(job_id)
    assert kept.status_code == 400 and kept.code == "UnsupportedOperation" and "succeeded" in kept.message
    assert FineTunes.get(job_id).output.status == "SUCCEEDED"
    emu.state.training.undeletable = ()  # an account where the vendor does delete it: the SDK's success shape
    deleted = FineTunes.delete(job_id)
    assert deleted.status_code == 200 and deleted.output.status == "success"
    refused = SpeechSynthesizer.call(model=done.output.finetuned_output, text=TEXT)
    assert refused.get_response().status_code == 44 and refused.get_response().code == "ModelNotFound"


def test_finetunes_cancel_failed_dataset_and_quota(emu: DashScopeEmulator, dataset: Path, tmp_path: Path) -> None:
    emu.state.training.running_s = 30.0
    fid = Files.upload(str(dataset), purpose="fine-tune").output["uploaded_files"][0]["file_id"]
    first = FineTunes.call(model="sambert", training_file_ids=[fid])
    second = FineTunes.call(model="sambert", training_file_ids=[fid])
    third = FineTunes.call(model="sambert", training_file_ids=[fid])
    assert third.status_code == 400 and third.code == "Throttling.AllocationQuota"
    until(lambda: FineTunes.get(second.output.job_id).output.status, lambda s: s == "QUEUING")
    assert FineTunes.get(first.output.job_id).output.status == "RUNNING"  # one running job per account
    busy = FineTunes.delete(first.output.job_id)
    assert busy.status_code == 400 and busy.code == "UnsupportedOperation"
    cancelled = FineTunes.cancel(first.output.job_id)
    assert cancelled.status_code == 200 and cancelled.output.status == "success"
    until(lambda: FineTunes.get(first.output.job_id).output.status, lambda s: s == "CANCELED")
    gone = FineTunes.delete(first.output.job_id)
    assert gone.status_code == 400 and gone.code == "UnsupportedOperation"  # cancelled jobs are kept too
    FineTunes.cancel(second.output.job_id)
    # two minutes of speech: the job fails when training ends, with a code and a message
    emu.state.training.running_s = 0.1
    short = _short_zip(dataset, tmp_path / "short.zip")
    sid = Files.upload(str(short), purpose="fine-tune").output["uploaded_files"][0]["file_id"]
    failing = FineTunes.call(model="sambert", training_file_ids=sid, finetuned_output="tooshort")
    failed = until(lambda: FineTunes.get(failing.output.job_id), lambda j: j.output.status in ("FAILED", "SUCCEEDED"))
    assert failed.output.status == "FAILED"
    assert failed.output.code == "Audio.AudioShortError" and "20 min" in failed.output.message
    assert FineTunes.get("ft-000000000000-0000").status_code == 404


def _short_zip(dataset: Path, out: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(dataset) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist()[:2]:
            dst.writestr(info, src.read(info))
    return out


# --- Sambert synthesis ------------------------------------------------------------------------
def test_sambert_call_without_timestamps(emu: DashScopeEmulator) -> None:
    result = SpeechSynthesizer.call(model="sambert-zhichu-v1", text=TEXT)
    rate, seconds, container = decode(result.get_audio_data())
    assert (rate, container) == (48000, "wav") and 1.0 < seconds < 15.0  # the model's native rate
    response = result.get_response()
    assert response.status_code == 200 and response.usage.characters == len(TEXT)
    sentences = result.get_timestamps()
    assert len(sentences) == 2 and all(s["words"] == [] for s in sentences)
    assert sentences[1]["begin_time"] == sentences[0]["end_time"]
    assert abs(sentences[-1]["end_time"] / 1000 - seconds) < 0.05
    run = emu.state.ws_messages[0]
    assert run["header"]["streaming"] == "out" and run["payload"]["parameters"] == {}
    assert run["payload"]["input"] == {"text": TEXT}


@pytest.mark.parametrize(("fmt", "rate"), [("pcm", 16000), ("mp3", 24000), ("wav", 8000)])
def test_sambert_call_with_timestamps_and_formats(emu: DashScopeEmulator, fmt: str, rate: int) -> None:
    class Events(ResultCallback):
        def __init__(self) -> None:
            self.frames: list[bytes] = []
            self.sentences: list[dict[str, Any]] = []
            self.completed = False

        def on_event(self, result: Any) -> None:
            if result.get_audio_frame() is not None:
                self.frames.append(result.get_audio_frame())
            if result.get_timestamp() is not None:
                self.sentences.append(result.get_timestamp())

        def on_complete(self) -> None:
            self.completed = True

    events = Events()
    result = SpeechSynthesizer.call(model="sambert-zhihao-v1", text=TEXT, callback=events, format=fmt,
                                    sample_rate=rate, word_timestamp_enabled=True, phoneme_timestamp_enabled=True)
    audio = result.get_audio_data()
    assert events.completed and b"".join(events.frames) == audio and len(events.sentences) > 2
    if fmt == "pcm":
        pcm = np.frombuffer(audio, dtype="<i2")
        seconds = len(pcm) / rate
        assert np.abs(pcm).max() > 1000  # real speech, not silence
    else:
        got_rate, seconds, _ = decode(audio)
        assert got_rate == rate
    assert 1.0 < seconds < 15.0
    sentences = result.get_timestamps()  # the SDK keeps the latest of each growing sentence
    assert len(sentences) == 2
    words = sentences[0]["words"]
    assert [w["text"] for w in words] == list("今天天气很好") and words[0]["phonemes"][0]["begin_time"] == 0
    assert emu.state.tasks[-1]["parameters"] == {"format": fmt, "sample_rate": rate, "word_timestamp_enabled": True,
                                                 "phoneme_timestamp_enabled": True}


def test_sambert_failures_as_the_sdk_reports_them(emu: DashScopeEmulator) -> None:
    long = SpeechSynthesizer.call(model="sambert-zhichu-v1", text="好" * 10_001)
    assert long.get_response().status_code == 44 and long.get_response().code == "InvalidParameter"
    assert long.get_audio_data() is None
    import dashscope

    dashscope.api_key = "sk-wrong"
    denied = SpeechSynthesizer.call(model="sambert-zhichu-v1", text=TEXT)
    assert denied.get_response().status_code == 401
