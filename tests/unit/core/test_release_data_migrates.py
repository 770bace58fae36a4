"""A data folder written by release 0.1 opens in this one, loses nothing and works.

`tests/data/release-0.1/` is what that release wrote (the library as SQL text with the data folder
written as `{home}`, its settings, the Tencent job journal it kept in a JSON file, an offline voice);
the audio files are made here, since audio is never committed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import soundfile as sf

from studio.flows.audition import audition, request_from
from studio.library.models import Audition, Job, Sample, Take, Voice
from studio.library.store import SCHEMA_VERSION
from studio.providers.base import JobStatus, VoiceStatus
from studio.workspace import Workspace

DATA = Path(__file__).resolve().parents[2] / "data" / "release-0.1"


def _old_home(home: Path) -> None:
    sql = (DATA / "library.sql").read_text(encoding="utf-8").replace("{home}", str(home))
    with sqlite3.connect(home / "library.sqlite3") as conn:
        conn.executescript(sql)
    shutil.copy(DATA / "settings.json", home / "settings.json")
    shutil.copytree(DATA / "providers", home / "providers")
    shutil.copytree(DATA / "local-voices", home / "local-voices")
    (home / "takes").mkdir()
    t = np.arange(48000 * 8) / 48000
    sf.write(home / "takes" / "take-20261101-101010.wav", (0.3 * np.sin(2 * np.pi * 150 * t)).astype(np.float32),
             48000, subtype="PCM_16")


def test_release_0_1_folder_opens_and_migrates(studio_home: Path) -> None:
    _old_home(studio_home)
    with sqlite3.connect(studio_home / "library.sqlite3") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    ws = Workspace()
    try:
        assert ws.store.schema_version == SCHEMA_VERSION
        # settings carried over (language, active provider, region, provider fields)
        assert ws.settings.get("general.language") == "zh_CN"
        assert ws.active_provider_name() == "cosyvoice"
        assert ws.settings.get("dashscope.region") == "singapore"
        assert ws.settings.get("tencent.content_id") == "repo-old"
        # every record is there, with its statuses typed
        take = ws.store.all(Take)[0]
        assert take.name == "Desk reading 1" and take.tags == ["desk"]
        sample = ws.store.all(Sample)[0]
        assert sample.take_id == take.id and sample.name == ""
        voices = {v.name: v for v in ws.store.all(Voice)}
        assert set(voices) == {"Desk voice", "booth", "oldbooth", "old_model"}  # old_model: a trained job's voice
        assert voices["Desk voice"].status is VoiceStatus.READY and voices["oldbooth"].status is VoiceStatus.PENDING
        jobs = {j.remote_id: j for j in ws.store.all(Job)}
        assert jobs["ft-202611-0001"].status is JobStatus.REVIEW and jobs["job-77"].model_name == "old_model"
        assert ws.store.all(Audition)[0].spans == []
        # the Tencent JSON journal moves into the jobs table when the provider is first built
        ws.provider("tencent")
        assert not (studio_home / "providers" / "tencent-jobs.json").exists()
        refs = {j.client_ref: j.remote_id for j in ws.store.all(Job) if j.client_ref}
        assert refs == {"7d1e0c2a-0000-4000-8000-000000000001": "job-77",
                        "7d1e0c2a-0000-4000-8000-000000000002": ""}
        assert len([j for j in ws.store.all(Job) if j.remote_id == "job-77"]) == 1  # adopted, not doubled
        # the offline voice made by that release still speaks
        outcome = audition(ws.store, ws.provider("local"),
                           request_from(voices["Desk voice"].remote_id, "Still here.", {"sample_rate": 16000}),
                           voice_id=voices["Desk voice"].id)
        assert outcome.audition.duration_s > 0.3 and not outcome.from_cache
    finally:
        ws.close()
    settings = json.loads((studio_home / "settings.json").read_text(encoding="utf-8"))
    assert settings["general.language"] == "zh_CN"  # nothing dropped on the next save either
