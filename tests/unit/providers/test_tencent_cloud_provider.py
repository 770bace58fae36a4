"""The Tencent Cloud 声音复刻 provider against its emulator: the lines to read, Tencent's check of a take in
plain words, the take as it is sent, the one-sentence clone as a job (followed, failed, found again after a
lost answer, never made twice), voices with their expiry."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
import soundfile as sf

from studio.errors import ErrorKind, InvalidInputError, StudioError
from studio.providers.base import JobStatus, TrainRequest, VoiceStatus
from studio.providers.tencent.cloud import TencentVrsProvider
from studio.providers.tencent.takes import prepare_take
from tests.emulators.harness import Fault
from tests.emulators.tencent_cloud import CloudEmulator
from tests.emulators.tencent_cloud.fixtures import CloudStack, Takes
from tests.emulators.tencent_cloud.vrs import Forced
from tests.reliability.faults import FaultPlan, Target


def _settle(provider: TencentVrsProvider, task_id: str) -> object:
    deadline = time.monotonic() + 5
    while True:
        job = provider.get_job(task_id)
        if job.status.settled or time.monotonic() > deadline:
            return job
        time.sleep(0.02)


def test_the_lines_to_read(tencent_cloud: CloudStack) -> None:
    provider = tencent_cloud.provider()
    lines = provider.training_texts({"domain": "news"})
    assert len(lines) == 2 and all(line.text_id and line.text for line in lines)
    assert tencent_cloud.emu.of("GetTrainingText")[-1].json() == {"TaskType": 5, "Domain": 3}
    with pytest.raises(InvalidInputError) as info:
        provider.training_texts({"domain": "poetry"})
    assert "general" in info.value.detail and info.value.detail_zh


def test_tencents_check_in_plain_words(tencent_cloud: CloudStack, takes: Takes) -> None:
    provider = tencent_cloud.provider()
    line = provider.training_texts()[0]
    passed = provider.check_sample(takes.line(line.text), {"text_id": line.text_id})
    assert passed.passed and passed.code == "passed" and passed.audio_id and passed.request_id
    assert [w["word"] for w in passed.words] == list(line.text) and not any(w["problem"] for w in passed.words)

    tone = provider.check_sample(takes.tone(), {"text_id": line.text_id})  # a steady tone is not a reading
    assert not tone.passed and tone.code == "misread" and not tone.audio_id
    assert "left out" in tone.message and "漏读" in tone.message_zh

    noisy = provider.check_sample(takes.noisy(), {"text_id": line.text_id})
    assert (noisy.passed, noisy.code) == (False, "noisy") and "噪声" in noisy.message_zh

    tencent_cloud.emu.vrs.detections.append(Forced(-2, {1: 3, 4: 1}))
    misread = provider.check_sample(takes.line(line.text), {"text_id": line.text_id})
    problems = {w["word"]: w["problem"] for w in misread.words if w["problem"]}
    assert problems == {line.text[1]: "misread", line.text[4]: "extra"}
    assert f"“{line.text[1]}”: misread" in misread.message and f"“{line.text[1]}”：错读" in misread.message_zh

    tencent_cloud.emu.vrs.detections.append(Forced(-1))
    assert provider.check_sample(takes.line(line.text), {"text_id": line.text_id}).code == "retry"

    room = provider.check_sample(takes.line(line.text), {"text_id": line.text_id, "mode": "environment"})
    assert room.passed and not room.audio_id and "environment" in room.message
    assert tencent_cloud.emu.of("DetectEnvAndSoundQuality")[-1].json()["TypeId"] == 1
    for words in (passed, tone, noisy, misread, room):  # nothing internal reaches the screen
        assert "-2" not in words.message and "DetectionCode" not in words.message


def test_the_room_checks_environment_mode(tencent_cloud: CloudStack, takes: Takes) -> None:
    provider = tencent_cloud.provider()
    line = provider.training_texts()[0]
    quiet = provider.check_sample(takes.room(), {"text_id": line.text_id, "mode": "environment"})
    assert quiet.passed and quiet.code == "passed" and "quiet enough" in quiet.message
    loud = provider.check_sample(takes.room(level=0.05, name="fan.wav"), {"text_id": line.text_id,
                                                                         "mode": "environment"})
    assert not loud.passed and loud.code == "noisy" and "quieter" in loud.message
    assert [r.json()["TypeId"] for r in tencent_cloud.emu.of("DetectEnvAndSoundQuality")] == [1, 1]


def test_the_take_as_it_is_sent(takes: Takes, tmp_path: Path) -> None:
    sent = prepare_take(takes.line(rate=44100, channels=2))
    info = sf.info(io.BytesIO(sent.wav))
    assert (info.samplerate, info.channels, info.subtype, sent.codec) == (24000, 1, "PCM_16", "wav")
    assert prepare_take(takes.line(rate=48000)).sample_rate == 48000
    assert prepare_take(takes.line(rate=22050)).sample_rate == 16000
    for path, code in ((takes.line(seconds=4.0, name="short.wav"), "too_short"),
                       (takes.line(seconds=15.5, name="long.wav"), "longer_than_allowed"),
                       (takes.line(rate=8000, name="narrow.wav"), "sample_rate_low"),
                       (tmp_path / "missing.wav", "not_found")):
        with pytest.raises(InvalidInputError) as info_exc:
            prepare_take(path)
        assert info_exc.value.code == code and info_exc.value.detail_zh
    garbage = tmp_path / "garbage.wav"
    garbage.write_bytes(b"RIFF not really a wave file" * 10)
    with pytest.raises(InvalidInputError):
        prepare_take(garbage)


def test_a_take_the_page_refuses_is_refused_before_anything_is_sent(tencent_cloud: CloudStack, takes: Takes) -> None:
    provider = tencent_cloud.provider()
    with pytest.raises(InvalidInputError):
        provider.check_sample(takes.line(seconds=16.0), {"text_id": "x"})
    with pytest.raises(InvalidInputError) as info:
        provider.check_sample(takes.line(), {})
    assert info.value.code == "no_text_id"
    assert tencent_cloud.emu.of("DetectEnvAndSoundQuality") == []


def test_a_one_sentence_clone_from_start_to_voice(tencent_cloud: CloudStack, takes: Takes) -> None:
    provider = tencent_cloud.provider()
    line = provider.training_texts()[0]
    take = takes.line(line.text)
    job = provider.start_training(TrainRequest(name="小娥", inputs=[take],
                                               options={"text_id": line.text_id, "gender": "female"}))
    assert job.kind == "train" and job.status in (JobStatus.QUEUED, JobStatus.RUNNING) and not job.model_name
    sent = tencent_cloud.emu.of("CreateVRSTask")[-1].json()
    assert (sent["VoiceName"], sent["VoiceGender"], sent["VoiceLanguage"], sent["TaskType"]) == ("小娥", 2, 1, 5)
    assert sent["SampleRate"] == 48000 and sent["Codec"] == "wav" and len(sent["AudioIdList"]) == 1
    assert "EnableVoiceEnhance" not in sent and "CallbackUrl" not in sent
    done = _settle(tencent_cloud.provider(), job.remote_id)  # a new provider: as after a restart
    assert done.status == JobStatus.SUCCEEDED and done.model_name.startswith("WCHN-")  # type: ignore[attr-defined]
    assert done.extra["expires"] and done.extra["voice_name"] == "小娥"  # type: ignore[attr-defined]
    voices = provider.list_voices()
    assert [(v.remote_id, v.name, v.status) for v in voices] == [(done.model_name, "小娥", VoiceStatus.READY)]  # type: ignore[attr-defined]
    assert voices[0].extra["expires"] == done.extra["expires"]  # type: ignore[attr-defined]
    assert provider.get_voice(done.model_name).name == "小娥"  # type: ignore[attr-defined]


def test_a_failed_clone_says_why(tencent_cloud: CloudStack, takes: Takes) -> None:
    provider = tencent_cloud.provider()
    line = provider.training_texts()[0]
    tencent_cloud.emu.vrs.fail_next.append("audio quality too low for cloning")
    job = provider.start_training(TrainRequest(name="v", inputs=[takes.line(line.text)],
                                               options={"text_id": line.text_id, "gender": "male"}))
    done = _settle(provider, job.remote_id)
    assert done.status == JobStatus.FAILED and done.message == "audio quality too low for cloning"  # type: ignore[attr-defined]
    assert provider.list_voices() == []


def test_refusals_before_the_create(tencent_cloud: CloudStack, takes: Takes) -> None:
    provider = tencent_cloud.provider()
    line = provider.training_texts()[0]
    take = takes.line(line.text)
    for options, code in (({"text_id": line.text_id}, "no_gender"),
                          ({"text_id": line.text_id, "gender": "male", "language": "en"}, "language"),
                          ({"gender": "male"}, "no_text_id")):
        with pytest.raises(InvalidInputError) as info:
            provider.start_training(TrainRequest(name="v", inputs=[take], options=options))
        assert info.value.code == code and info.value.detail_zh
    with pytest.raises(InvalidInputError) as info:  # Tencent's check failed: its words, and no create
        provider.start_training(TrainRequest(name="v", inputs=[takes.tone()],
                                             options={"text_id": line.text_id, "gender": "male"}))
    assert info.value.code == "check_misread" and "漏读" in (info.value.detail_zh or "")
    assert tencent_cloud.emu.of("CreateVRSTask") == []


def test_a_refused_create_leaves_no_journal_entry(tencent_cloud: CloudStack, takes: Takes) -> None:
    provider = tencent_cloud.provider()
    line = provider.training_texts()[0]
    tencent_cloud.emu.inject("CreateVRSTask", "UnsupportedOperation.VRSQuotaExhausted", "无声音复刻任务配额")
    with pytest.raises(StudioError) as info:
        provider.start_training(TrainRequest(name="v", inputs=[takes.line(line.text)],
                                             options={"text_id": line.text_id, "gender": "male"}))
    assert info.value.kind == ErrorKind.QUOTA
    assert provider._journal.entries() == []


def _lossy(tmp: Path) -> tuple[CloudEmulator, FaultPlan]:
    plan = FaultPlan()
    emu = CloudEmulator(enforce_rates=False, queue_s=0.02, work_s=0.08)
    return emu.start(apps={"vrs": plan.install(emu.app("vrs"))}), plan


def test_a_lost_answer_is_found_again_not_sent_twice(tmp_path: Path, takes: Takes) -> None:
    emu, plan = _lossy(tmp_path)
    try:
        stack = CloudStack(emu, tmp_path / "lib.sqlite3")
        provider = stack.provider()
        line = provider.training_texts()[0]
        plan.inject(Target("/", "POST", "CreateVRSTask"), Fault(drop=True), after=True)  # made, answer lost
        job = provider.start_training(TrainRequest(name="找回", inputs=[takes.line(line.text)],
                                                   options={"text_id": line.text_id, "gender": "male"}))
        assert job.extra["adopted_after_unknown_outcome"] is True
        assert len(emu.vrs.tasks) == 1 and job.remote_id == next(iter(emu.vrs.tasks))
        assert len(emu.of("CreateVRSTask")) == 1 and emu.of("GetVRSVoiceTypes")

        plan.inject(Target("/", "POST", "CreateVRSTask"), Fault(drop=True))  # lost before anything was made
        second = provider.training_texts()[1]
        with pytest.raises(StudioError) as info:
            provider.start_training(TrainRequest(name="未达", inputs=[takes.line(second.text)],
                                                 options={"text_id": second.text_id, "gender": "male"}))
        assert info.value.kind == ErrorKind.TRANSIENT_NETWORK and "不会重复提交" in (info.value.detail_zh or "")
        assert len(emu.vrs.tasks) == 1 and plan.count(Target("/", "POST", "CreateVRSTask")) == 2
        pending = [e for e in stack.provider()._journal.entries() if not e.get("id")]
        assert [e["name"] for e in pending] == ["未达"]  # kept: the Library looks for it again later
        jobs = stack.provider().list_jobs()  # found nothing; the entry stays until an hour has passed
        assert [j.remote_id for j in jobs] == [job.remote_id]
    finally:
        emu.stop()
