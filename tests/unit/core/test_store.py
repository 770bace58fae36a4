from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studio.library.models import Audition, Job, Take, Voice
from studio.library.store import SCHEMA_VERSION, Store, StoreError
from studio.library.sync import pending_jobs, record_job, sync_voices
from studio.providers.base import JobStatus, Provider, RemoteJob, RemoteVoice, VoiceStatus


def test_schema_created_with_wal_and_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "lib.sqlite3")
    assert store.schema_version == SCHEMA_VERSION
    mode = store._conn().execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_round_trip_with_json_and_bool_fields(tmp_path: Path) -> None:
    store = Store(tmp_path / "lib.sqlite3")
    take = store.add(Take(name="first", path="takes/a.wav", duration_s=12.5, warnings=["clipping: 3"],
                          tags=["zh", "quiet room"], trashed=False))
    assert take.id is not None
    again = store.get(Take, take.id)
    assert again is not None
    assert again.warnings == ["clipping: 3"]
    assert again.tags == ["zh", "quiet room"]
    assert again.trashed is False
    again.trashed = True
    store.update(again)
    assert store.takes() == []
    assert len(store.takes(include_trashed=True)) == 1


def test_hand_edited_rows_read_back_as_defaults(tmp_path: Path) -> None:
    """NULLs where a field has a default, a status a newer release wrote, JSON left empty: the record
    gets the field's default, never None or an exception."""
    store = Store(tmp_path / "lib.sqlite3")
    with store.transaction() as tx:
        tx.execute("INSERT INTO voices (provider, remote_id, name, status, tags, extra) VALUES (?,?,?,?,?,?)",
                   ("local", "a", None, "frozen-by-a-newer-release", None, '{"job": "j1"}'))
        tx.execute("INSERT INTO voices (provider, remote_id, name, status, tags, extra) VALUES (?,?,?,?,?,?)",
                   ("local", "b", "Bea", "ready", '["zh"]', "{}"))
        tx.execute("INSERT INTO takes (name, path, trashed, warnings) VALUES (?,?,?,?)", ("t", "takes/t.wav", None, None))
    a, b = store.all(Voice)
    assert (a.name, a.status, a.tags, a.extra, a.notes) == ("", VoiceStatus.UNKNOWN, [], {"job": "j1"}, "")
    assert (b.name, b.status, b.tags, b.extra) == ("Bea", VoiceStatus.READY, ["zh"], {})
    (take,) = store.all(Take)
    assert take.trashed is False and take.warnings == []


def test_upsert_voice_keeps_local_fields(tmp_path: Path) -> None:
    store = Store(tmp_path / "lib.sqlite3")
    v = store.add(Voice(provider="cosyvoice", remote_id="cosyvoice-v2-me-1", name="Me", notes="warm"))
    store.upsert_voice(Voice(provider="cosyvoice", remote_id="cosyvoice-v2-me-1", name="Me", notes="warm",
                             status="ready"))
    rows = store.all(Voice)
    assert len(rows) == 1 and rows[0].id == v.id and rows[0].status == "ready"
    with pytest.raises(sqlite3.IntegrityError):
        store.add(Voice(provider="cosyvoice", remote_id="cosyvoice-v2-me-1"))


def test_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    store = Store(tmp_path / "lib.sqlite3")
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.execute("INSERT INTO takes (name, path) VALUES ('x', 'y')")
        raise RuntimeError("boom")
    assert store.count(Take) == 0


def test_newer_schema_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


class FakeProvider(Provider):
    name = "fake"

    def __init__(self, voices: list[RemoteVoice]) -> None:
        self.voices = voices

    def list_voices(self, cancel=None):  # type: ignore[no-untyped-def,override]
        return list(self.voices)


def test_sync_adopts_updates_and_marks_gone(tmp_path: Path) -> None:
    store = Store(tmp_path / "lib.sqlite3")
    store.add(Voice(provider="fake", remote_id="old", name="Old one", status="ready"))
    store.add(Voice(provider="fake", remote_id="kept", name="Kept", notes="mine", status="pending"))
    provider = FakeProvider([
        RemoteVoice("fake", "kept", status_raw="OK", status=VoiceStatus.READY),
        RemoteVoice("fake", "new", status_raw="DEPLOYING", status=VoiceStatus.PENDING),
    ])
    report = sync_voices(store, provider)
    assert report.adopted == ["new"] and report.updated == ["kept"] and report.gone == ["old"]
    by_id = {v.remote_id: v for v in store.all(Voice)}
    assert by_id["old"].status == "gone"  # marked, not dropped
    assert by_id["kept"].status == "ready" and by_id["kept"].notes == "mine"
    assert by_id["new"].status == "pending"


def test_job_history_and_model_lands_as_voice(tmp_path: Path) -> None:
    store = Store(tmp_path / "lib.sqlite3")
    record_job(store, RemoteJob("sambert", "ft-1", status_raw="PENDING", status=JobStatus.QUEUED))
    record_job(store, RemoteJob("sambert", "ft-1", status_raw="PENDING", status=JobStatus.QUEUED))
    assert len(pending_jobs(store)) == 1
    record_job(store, RemoteJob("sambert", "ft-1", status_raw="UNDER_REVIEW", status=JobStatus.REVIEW))
    job = record_job(store, RemoteJob("sambert", "ft-1", status_raw="SUCCEEDED", status=JobStatus.SUCCEEDED,
                                      model_name="sambert-me-ft-1"))
    assert [h["status_raw"] for h in job.history] == ["PENDING", "UNDER_REVIEW", "SUCCEEDED"]
    assert pending_jobs(store) == []
    voice = store.voice_by_remote("sambert", "sambert-me-ft-1")
    assert voice is not None and voice.status == "ready" and job.voice_id == voice.id
    assert store.count(Job) == 1


def test_store_usable_from_several_threads(tmp_path: Path) -> None:
    import threading

    store = Store(tmp_path / "lib.sqlite3")

    def work(n: int) -> None:
        for i in range(20):
            store.add(Audition(provider="local", voice="v", text=f"{n}-{i}", audio_path="x"))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.count(Audition) == 80


def test_an_audition_saved_for_a_voice_marks_its_last_audition(tmp_path: Path) -> None:
    """Whoever saves it (the Playground's flow, a designed voice's preview, a script), the Library's
    "last audition" column follows."""
    from studio.library import auditions
    from studio.providers.base import SynthesisRequest, SynthesisResult

    store = Store(tmp_path / "lib.db")
    voice = store.add(Voice(provider="local", remote_id="lv-1", name="desk"))
    assert voice.id is not None and voice.last_audition == ""
    saved = auditions.save(store, "local", SynthesisRequest(text="hi", voice="lv-1"),
                           SynthesisResult(audio=b"\0\0" * 2400, format="pcm", sample_rate=24000), voice_id=voice.id)
    after = store.get(Voice, voice.id)
    assert after is not None and after.last_audition == saved.created
    store.close()


def test_a_sync_is_one_transaction(tmp_path: Path) -> None:
    """A sync cancelled half-way changes nothing (it is one transaction: a thousand voices, one commit)."""
    from studio.cancel import CancelToken
    from studio.errors import CancelledError

    store = Store(tmp_path / "lib.sqlite3")
    token = CancelToken()

    class Halfway(Provider):
        name = "cosyvoice"

        def list_voices(self, cancel=None):  # type: ignore[no-untyped-def,override]
            return _Remote(token)

    class _Remote(list):  # type: ignore[type-arg]
        def __init__(self, token: CancelToken) -> None:
            super().__init__(RemoteVoice("cosyvoice", f"v{i}", status=VoiceStatus.READY) for i in range(10))
            self.token = token

        def __iter__(self):  # type: ignore[no-untyped-def]
            for i, item in enumerate(super().__iter__()):
                if i == 5:
                    self.token.cancel()
                yield item

    with pytest.raises(CancelledError):
        sync_voices(store, Halfway(), token)
    assert store.all(Voice) == []
    report = sync_voices(store, Halfway(), CancelToken())  # a fresh token: the whole list lands
    assert len(report.adopted) == 10 and len(store.all(Voice)) == 10
