"""TencentMMLProvider through the Provider interface, against the Tencent and COS emulators."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from aiohttp import web

from studio.cancel import CancelToken
from studio.errors import CancelledError, InvalidInputError, VendorRejectedError
from studio.providers.base import Capability, JobStatus, SynthesisRequest, TrainRequest, VoiceStatus
from studio.providers.tencent.mml_support import join_audio, model_status
from studio.providers.tencent.mml_wire import MAX_SOURCE_CHARS
from studio.providers.text import split
from tests.emulators.harness import EmulatorServer
from tests.emulators.tencent import Stack, Timing, stack

# The document's field lists, per object (参数说明), to check every request the provider sends.
ENVELOPE = {"action", "secretId", "secretKey"}
CREATE_FIELDS = {"inputs", "outputs", "callback", "customId", "timeout"}
INPUT_FIELDS = {"sourceData", "url", "source"}
OUTPUT_FIELDS = {"contentId", "destination", "inputSelectors", "smartContentDescriptor"}
DESCRIPTOR_FIELDS = {"outputPrefix", "voiceCloning"}
CLONING_FIELDS = {"type", "totalEpoch", "modelName"}


@pytest.fixture
def take(tmp_path: Path) -> Path:
    """Two seconds of a voiced, syllabic tone: a stand-in recording."""
    rate = 24000
    t = np.arange(rate * 2) / rate
    audio = 0.3 * np.sin(2 * np.pi * 140 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 3 * t) ** 2)
    path = tmp_path / "take one.wav"
    sf.write(path, audio, rate, subtype="PCM_16")
    return path


def _speech(data: bytes) -> tuple[float, float]:
    audio, rate = sf.read(io.BytesIO(data), dtype="float64")
    duration = len(audio) / rate
    rms = float(np.sqrt(np.mean(np.square(audio))))
    assert duration > 0.3 and rms > 0.01, (duration, rms)
    return duration, rms


def _check_bodies_against_document(bodies: list[dict[str, Any]]) -> None:
    for body in bodies:
        action = body["action"]
        key = {"CreateJob": "createJobRequest", "GetJob": "getJobRequest", "ListJobs": "listJobsRequest",
               "ListModels": "listModelsRequest"}[action]
        assert set(body) == ENVELOPE | {key}
        req = body[key]
        if action == "GetJob":
            assert set(req) == {"id"}
        elif action == "ListJobs":
            assert set(req) == {"customId"}
        elif action == "ListModels":
            assert set(req) == {"offset", "limit"} and req["limit"] <= 100
        else:
            assert set(req) <= CREATE_FIELDS and {"inputs", "outputs", "customId"} <= set(req)
            assert 0 < len(req["customId"]) < 64
            for item in req["inputs"]:
                assert len(set(item) & INPUT_FIELDS) == 1 and set(item) <= INPUT_FIELDS
                if "source" in item:
                    assert set(item["source"]) == {"contentId", "path"}
                if "sourceData" in item:
                    assert len(item["sourceData"]) <= 512
            for out in req["outputs"]:
                assert set(out) <= OUTPUT_FIELDS and {"inputSelectors", "smartContentDescriptor"} <= set(out)
                desc = out["smartContentDescriptor"]
                assert set(desc) <= DESCRIPTOR_FIELDS and len(desc.get("outputPrefix", "")) < 20
                cloning = desc["voiceCloning"]
                assert set(cloning) <= CLONING_FIELDS and cloning["type"] in (1, 2) and cloning["modelName"]
                if cloning["type"] == 1:
                    assert out["contentId"] and "totalEpoch" not in cloning
                else:
                    assert cloning.get("totalEpoch", 30) <= 50


def test_train_then_generate_from_text_and_from_a_take(tencent_stack: Stack, take: Path) -> None:
    provider = tencent_stack.provider()
    assert provider.capabilities & Capability.TRAIN and provider.capabilities & Capability.VOICE_CONVERSION
    steps: list[str] = []
    job = provider.start_training(TrainRequest("alice_01", inputs=[take], options={"epochs": 12}),
                                  progress=lambda f, t: steps.append(t))
    assert job.kind == "train" and job.status == JobStatus.QUEUED and job.extra["customId"]
    assert any("Uploading" in s for s in steps)
    create = tencent_stack.emu.bodies[-1]["createJobRequest"]
    source = create["inputs"][0]["source"]
    assert source["contentId"] == "content-emu" and source["path"].startswith("/voice-studio/train/alice_01/")
    assert tencent_stack.cos.get(tencent_stack.cos.default_bucket, source["path"]) == take.read_bytes()  # uploaded as is
    assert create["outputs"][0]["smartContentDescriptor"]["voiceCloning"] == {
        "type": 2, "modelName": "alice_01", "totalEpoch": 12}

    _, done = provider.wait_for_job(job.remote_id)
    assert done.state == 3 and done.model_name == "alice_01"
    remote = provider.get_job(job.remote_id)
    assert remote.status == JobStatus.SUCCEEDED and remote.model_name == "alice_01"
    voices = provider.list_voices()
    assert [(v.remote_id, v.status) for v in voices] == [("alice_01", VoiceStatus.READY)]

    parts: list[bytes] = []
    result = provider.synthesize(SynthesisRequest("Hello, this is Alice speaking.", voice="alice_01"),
                                 on_audio=parts.append)
    assert len(parts) == 1 and result.format == "wav" and result.sample_rate > 0
    assert result.characters == len("Hello, this is Alice speaking.") and result.request_id
    assert result.first_audio_s is not None and result.total_s >= result.first_audio_s
    _speech(result.audio)
    creates = [b["createJobRequest"] for b in tencent_stack.emu.bodies if b["action"] == "CreateJob"]
    assert creates[1]["inputs"] == [{"sourceData": "Hello, this is Alice speaking."}]
    out = creates[1]["outputs"][0]
    assert out["smartContentDescriptor"] == {"outputPrefix": "vs_",
                                             "voiceCloning": {"type": 1, "modelName": "alice_01"}}
    assert out["contentId"] == "content-emu" and out["destination"].startswith("/voice-studio/generated/")
    assert out["inputSelectors"] == [0]

    converted = provider.synthesize(SynthesisRequest("", voice="alice_01", source_audio=take))
    duration, _ = _speech(converted.audio)
    assert duration == pytest.approx(2.0, abs=0.01)  # conversion keeps the take's length
    take_input = [b for b in tencent_stack.emu.bodies if b["action"] == "CreateJob"][-1]["createJobRequest"]["inputs"][0]
    assert take_input["source"]["path"].startswith("/voice-studio/takes/")

    url = tencent_stack.emu.publish("take.wav", take.read_bytes())
    via_url = provider.synthesize(SynthesisRequest("", voice="default", extra={"url": url}))
    _speech(via_url.audio)
    _check_bodies_against_document(tencent_stack.emu.bodies)


def test_long_text_is_split_and_joined_in_order(tencent_stack: Stack) -> None:
    text = " ".join(f"Sentence number {i} is spoken here." for i in range(40))
    expected = split(text, MAX_SOURCE_CHARS)
    assert len(expected) == 3
    parts: list[bytes] = []
    result = tencent_stack.provider().synthesize(SynthesisRequest(text, voice="default"), on_audio=parts.append)
    sent = [b["createJobRequest"]["inputs"][0]["sourceData"] for b in tencent_stack.emu.bodies if b["action"] == "CreateJob"]
    assert sent == expected
    assert len(parts) == 3
    durations = [_speech(p)[0] for p in parts]
    assert _speech(result.audio)[0] == pytest.approx(sum(durations), abs=0.01)
    assert result.characters == sum(len(p) for p in expected)


@pytest.mark.parametrize("state,name", [(4, "ERROR"), (5, "CANCELED")])
def test_generate_job_ending_badly_is_reported(tencent_stack: Stack, state: int, name: str) -> None:
    tencent_stack.emu.outcomes.append((state, "vocoder failed" if state == 4 else ""))
    with pytest.raises(VendorRejectedError) as info:
        tencent_stack.provider().synthesize(SynthesisRequest("Hello there.", voice="default"))
    assert info.value.code == name and info.value.request_id
    if state == 4:
        assert "vocoder failed" in info.value.detail


def test_training_polled_to_error_and_cancelled(tencent_stack: Stack, take: Path) -> None:
    provider = tencent_stack.provider()
    tencent_stack.emu.outcomes.append((4, "audio too short"))
    job = provider.start_training(TrainRequest("short_one", inputs=[take]))
    _, done = provider.wait_for_job(job.remote_id)
    remote = provider.get_job(job.remote_id)
    assert (done.state, remote.status, remote.status_raw) == (4, JobStatus.FAILED, "ERROR")
    assert remote.message == "audio too short"
    job2 = provider.start_training(TrainRequest("short_two", url="https://example.invalid/a.wav"))
    tencent_stack.emu.set_state(job2.remote_id, 5)
    assert provider.get_job(job2.remote_id).status == JobStatus.CANCELLED
    assert {m.name for m in provider.api.list_models()} == set()


def test_job_timeout_field_passes_through(tmp_path: Path, take: Path) -> None:
    with stack(tmp_path, timing=Timing(0.01, 0.05, 5.0)) as tencent_stack:
        provider = tencent_stack.provider()
        job = provider.start_training(TrainRequest("slow_one", inputs=[take], options={"timeout": 1}))
        assert tencent_stack.emu.bodies[-1]["createJobRequest"]["timeout"] == 1
        _, done = provider.wait_for_job(job.remote_id)
        assert done.state == 4 and "timed out" in done.message


def test_polling_honours_the_cancel_token(tmp_path: Path, take: Path) -> None:
    with stack(tmp_path, timing=Timing(0.01, 30.0, 30.0)) as tencent_stack:
        provider = tencent_stack.provider()
        token = CancelToken()
        seen = threading.Event()

        def progress(fraction: float, text: str) -> None:
            seen.set()
            token.cancel()

        job = provider.start_training(TrainRequest("waiting", inputs=[take]))
        with pytest.raises(CancelledError):
            provider.wait_for_job(job.remote_id, token, progress)
        assert seen.is_set()
        with pytest.raises(CancelledError):
            provider.synthesize(SynthesisRequest("Hi.", voice="default"), cancel=token)


def test_model_name_checked_locally_and_against_list_models(tencent_stack: Stack, take: Path) -> None:
    provider = tencent_stack.provider()
    for bad in ("has space", "x" * 64, "dash-ed", ""):
        with pytest.raises(InvalidInputError):
            provider.start_training(TrainRequest(bad, inputs=[take]))
    tencent_stack.emu.add_model("taken")
    with pytest.raises(InvalidInputError, match="already exists"):
        provider.start_training(TrainRequest("taken", inputs=[take]))
    with pytest.raises(InvalidInputError):
        provider.start_training(TrainRequest("fine", inputs=[take], options={"epochs": 51}))
    provider.start_training(TrainRequest("in_flight", url="https://example.invalid/a.wav"))
    with pytest.raises(InvalidInputError, match="already exists"):  # still training: not listed yet
        provider.start_training(TrainRequest("in_flight", inputs=[take]))
    assert [b["action"] for b in tencent_stack.emu.bodies].count("CreateJob") == 1


def test_cancel_is_not_offered_by_the_service(tencent_stack: Stack) -> None:
    with pytest.raises(InvalidInputError, match="CancelJob"):
        tencent_stack.provider().cancel_job("any")


def test_jobs_survive_a_restart_and_unknown_creates_are_resolved(tencent_stack: Stack, take: Path) -> None:
    first = tencent_stack.provider()
    job = first.start_training(TrainRequest("kept_one", inputs=[take]))
    first.wait_for_job(job.remote_id)
    # A create whose answer never came (crash): only its customId is in the journal.
    tencent_stack.emu.drop_after_create = 1
    first._journal.add("orphan-cid", kind="generate", model="default")
    body = {"action": "CreateJob", "secretId": tencent_stack.emu.secret_id, "secretKey": tencent_stack.emu.secret_key,
            "createJobRequest": {"customId": "orphan-cid", "inputs": [{"sourceData": "hi"}],
                                 "outputs": [{"contentId": "content-emu", "inputSelectors": [0],
                                              "smartContentDescriptor": {"voiceCloning": {
                                                  "type": 1, "modelName": "default"}}}]}}
    import httpx

    with pytest.raises(httpx.HTTPError):
        httpx.post(tencent_stack.server.base_url + "/release/job", json=body)
    first.close()

    second = tencent_stack.provider()  # same journal file: a restart
    jobs = {j.remote_id: j for j in second.list_jobs()}
    assert jobs[job.remote_id].status == JobStatus.SUCCEEDED and jobs[job.remote_id].model_name == "kept_one"
    orphan = [j for j in jobs.values() if j.extra.get("customId") == "orphan-cid"]
    assert len(orphan) == 1 and orphan[0].remote_id in tencent_stack.emu.jobs
    # settled jobs come from the journal without asking the service again
    before = len(tencent_stack.emu.bodies)
    assert job.remote_id in {j.remote_id for j in second.list_jobs()}
    assert all(b["getJobRequest"]["id"] != job.remote_id for b in tencent_stack.emu.bodies[before:] if b["action"] == "GetJob")


def test_callback_url_is_passed_and_called(tmp_path: Path) -> None:
    received: list[dict[str, Any]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append(await request.json())
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", hook)
    with EmulatorServer(app) as cb, stack(tmp_path) as tencent_stack:
        provider = tencent_stack.provider(callback_url=cb.base_url + "/hook")
        provider.synthesize(SynthesisRequest("Hello.", voice="default"))
        assert tencent_stack.emu.bodies[0]["createJobRequest"]["callback"] == cb.base_url + "/hook"
        assert received and received[0]["state"] == 3 and received[0]["id"] in tencent_stack.emu.jobs


def test_stock_voice_get_voice_and_connection(tencent_stack: Stack) -> None:
    provider = tencent_stack.provider()
    assert [v.remote_id for v in provider.stock_voices()] == ["default"]
    assert provider.get_voice("default").stock
    tencent_stack.emu.add_model("bob")
    assert provider.get_voice("bob").status == VoiceStatus.READY
    assert "1 trained model" in provider.test_connection()
    unconfigured = tencent_stack.provider(content_id="")
    with pytest.raises(InvalidInputError, match="contentId"):
        unconfigured.synthesize(SynthesisRequest("Hi.", voice="default"))


@pytest.mark.parametrize("state,status", [(None, VoiceStatus.READY), (3, VoiceStatus.READY),
                                          ("TRAINING", VoiceStatus.PENDING), ("failed", VoiceStatus.FAILED),
                                          ("weird", VoiceStatus.UNKNOWN)])
def test_model_state_if_the_service_sends_one(state: object, status: VoiceStatus) -> None:
    assert model_status(state)[0] == status


def test_join_audio_keeps_undecodable_parts_in_order() -> None:
    assert join_audio([b"ID3aaa", b"ID3bbb"], ["a.mp3", "b.mp3"]) == (b"ID3aaaID3bbb", "mp3", 0)
    buf = io.BytesIO()
    sf.write(buf, np.zeros(100), 8000, format="WAV")
    other = io.BytesIO()
    sf.write(other, np.zeros(100), 16000, format="WAV")
    joined, fmt, rate = join_audio([buf.getvalue(), other.getvalue()], ["a.wav", "b.wav"])
    assert (joined, fmt, rate) == (buf.getvalue() + other.getvalue(), "wav", 8000)  # rates differ: not re-encoded
