"""The Qt-free flows the GUI services and the CLI share: one path, one result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import soundfile as sf

from studio.cli import main
from studio.flows import library as library_flow
from studio.flows.audition import audition, pieces_of, request_from
from studio.library.journal import StoreJournal
from studio.library.models import Audition, Job, Voice
from studio.library.store import Store
from studio.providers.base import JobStatus, RemoteJob, RemoteVoice, VoiceStatus
from studio.workspace import Workspace

SENTENCE = "The rainbow is a division of white light into many beautiful colors, seen after rain. "


def test_a_text_longer_than_one_request_speaks_the_same_in_the_cli_and_the_playground(
        studio_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (SENTENCE * 80)[:6000].rsplit(" ", 1)[0]
    ws = Workspace()
    ws.settings.set("local.english_voice", "espeak")  # the quick base voice: this is about the flow
    provider = ws.provider("local")
    assert len(pieces_of(provider, request_from("stock-base", text, {}))) == 2  # over the 5,000 per request
    ws.close()
    out = tmp_path / "long.wav"
    assert main(["--json", "synth", "--provider", "local", "--voice", "stock-base", "--text", text,
                 "--sample-rate", "16000", "-o", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["requests"] == 2 and not summary["cached"]
    info = sf.info(str(out))
    assert info.samplerate == 16000 and info.duration == pytest.approx(summary["duration_s"], abs=0.01)
    assert info.duration > 240  # about six minutes of speech, not one request's worth
    # The Playground asks the same flow: the same request is the same audition, answered from the cache.
    ws = Workspace()
    try:
        again = audition(ws.store, ws.provider("local"),
                         request_from("stock-base", text, {"sample_rate": 16000}))
        assert again.from_cache and again.audition.duration_s == pytest.approx(info.duration, abs=0.01)
        assert ws.store.count(Audition) == 1
    finally:
        ws.close()


def test_spans_of_later_pieces_are_shifted_to_where_they_are_heard(studio_home: Path) -> None:
    ws = Workspace()
    try:
        provider = ws.provider("local")
        text = "First sentence here. Second sentence there."
        out = audition(ws.store, provider, request_from("stock-base", text, {"sample_rate": 16000}))
        spans = out.audition.spans
        assert [s["text"] for s in spans] == ["First sentence here.", "Second sentence there."]
        assert 0.0 <= spans[0]["begin_s"] < spans[0]["end_s"] <= spans[1]["begin_s"] < spans[1]["end_s"]
        assert spans[1]["end_s"] <= out.audition.duration_s + 0.05
    finally:
        ws.close()


class _Flaky:
    """Enough of a Provider for the library flows: one answers, one fails, one has no account."""

    def __init__(self, name: str, fail: bool = False, configured: bool = True) -> None:
        self.name, self.fail, self.configured = name, fail, configured

    def is_configured(self) -> bool:
        return self.configured

    def can(self, capability: object) -> bool:
        return False

    def list_voices(self, cancel: object = None) -> list[RemoteVoice]:
        if self.fail:
            from studio.errors import TransientNetworkError

            raise TransientNetworkError("down", provider=self.name)
        return [RemoteVoice(self.name, f"{self.name}-1", name="one", status_raw="OK", status=VoiceStatus.READY)]

    def list_jobs(self, cancel: object = None) -> list[RemoteJob]:
        return [RemoteJob(self.name, f"{self.name}-job", status_raw="RUNNING", status=JobStatus.RUNNING)]

    def get_job(self, remote_id: str, cancel: object = None) -> RemoteJob:
        return RemoteJob(self.name, remote_id, status_raw="SUCCEEDED", status=JobStatus.SUCCEEDED,
                         model_name=f"{self.name}-model")

    def get_voice(self, remote_id: str, cancel: object = None) -> RemoteVoice:
        return RemoteVoice(self.name, remote_id, status_raw="OK", status=VoiceStatus.READY)


def test_sync_all_reports_each_provider_and_one_failure_stops_none(tmp_path: Path) -> None:
    store = Store(tmp_path / "lib.sqlite3")
    providers = {"a": _Flaky("a"), "b": _Flaky("b", fail=True), "c": _Flaky("c", configured=False)}
    outcomes = library_flow.sync_all(store, ["a", "b", "c"], providers.__getitem__)  # type: ignore[arg-type]
    by = {o.provider: o for o in outcomes}
    assert by["a"].report is not None and by["a"].report.adopted == ["a-1"]
    assert by["b"].error is not None and by["b"].error.kind.value == "transient_network"
    assert by["c"].skipped
    assert [v.remote_id for v in store.all(Voice)] == ["a-1"]
    # the job recorded by the sync is refreshed to its end, and its voice lands
    refresh = library_flow.refresh_pending(store, providers.__getitem__)  # type: ignore[arg-type]
    assert refresh.changed and [j.remote_id for j in refresh.settled] == ["a-job"] and not refresh.still_pending
    assert store.voice_by_remote("a", "a-model") is not None


def test_the_job_journal_lives_in_the_jobs_table(tmp_path: Path) -> None:
    store = Store(tmp_path / "lib.sqlite3")
    journal = StoreJournal(store, "vendor")
    journal.add("ref-1", kind="train", model="m")
    journal.add("ref-2", kind="generate", model="default")
    # a create still on its way is a job without a remote id, and the poller leaves it to its provider
    assert [(j.client_ref, j.remote_id) for j in store.all(Job)] == [("ref-1", ""), ("ref-2", "")]
    assert library_flow.refresh_pending(store, lambda name: None).changed is False  # type: ignore[arg-type,return-value]
    journal.update("ref-1", id="job-1", state=2)
    entries = {e["customId"]: e for e in StoreJournal(Store(tmp_path / "lib.sqlite3"), "vendor").entries()}
    assert entries["ref-1"]["id"] == "job-1" and entries["ref-1"]["state"] == 2 and entries["ref-2"]["id"] is None
    journal.remove("ref-2")  # never arrived: nothing left behind
    journal.remove("ref-1")  # known to the vendor: kept
    assert [j.remote_id for j in store.all(Job)] == ["job-1"]
    assert StoreJournal(store, "other").entries() == []
