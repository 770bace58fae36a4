"""The keys travel in every JSON body: prove they never reach a log line, an error text or a file.
Also: building the provider from settings, secrets and the environment."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.errors import StudioError
from studio.library.journal import StoreJournal
from studio.library.store import Store
from studio.providers import registry
from studio.providers.base import SynthesisRequest, TrainRequest
from studio.providers.tencent.mml import TencentMMLProvider, create
from studio.providers.tencent.mml_wire import DEFAULT_GATEWAY
from studio.secrets import MemoryStore
from studio.settings import Settings
from tests.emulators.harness import Fault
from tests.emulators.tencent import stack

SECRET_ID = "AKID" "SENTINELmml00000000001"
SECRET_KEY = "SENTINEL-mml-key-4f9a0c"
COS_ID = "AKID" "SENTINELcos00000000002"
COS_KEY = "SENTINEL-cos-key-77b1e2"
GW_ID = "SENTINEL-gw-id-31"
GW_KEY = "SENTINEL-gw-secret-32"
SENTINELS = (SECRET_ID, SECRET_KEY, COS_ID, COS_KEY, GW_ID, GW_KEY)


def _clean(text: str, where: str) -> None:
    for sentinel in SENTINELS:
        assert sentinel not in text, f"{where} shows a secret"


def _texts(err: StudioError) -> list[str]:
    return [str(err), repr(err), err.user_message("zh"), err.user_message("en"), err.detail or "",
            err.detail_zh or "", err.code or "", str(err.args)]


def test_no_secret_in_logs_errors_or_files(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    take = tmp_path / "take.wav"
    sf.write(take, 0.3 * np.sin(2 * np.pi * 150 * np.arange(24000) / 24000), 24000)
    errors: list[StudioError] = []
    with stack(tmp_path, secret_id=SECRET_ID, secret_key=SECRET_KEY, cos_secret_id=COS_ID,
               cos_secret_key=COS_KEY, gateway_keys=(GW_ID, GW_KEY)) as st:
        provider = st.provider(hmac_signing=True, gateway_key_id=GW_ID, gateway_key_secret=GW_KEY)
        provider.repository()
        caplog.set_level(logging.DEBUG)
        logging.getLogger("qcloud_cos").setLevel(logging.DEBUG)  # the SDK's own debug output, too
        try:
            job = provider.start_training(TrainRequest("secret_test", inputs=[take]))
            provider.wait_for_job(job.remote_id)
            provider.synthesize(SynthesisRequest("Hello.", voice="secret_test"))
            provider.synthesize(SynthesisRequest("", voice="secret_test", source_audio=take))
            remote = [provider.get_job(job.remote_id), *provider.list_jobs()]

            # a service that echoes the request (keys included) back in its error
            st.server.faults.add(Fault(status=400, path_prefix="/release/", body={
                "requestId": "echo-1", "error": {"code": f"Bad{SECRET_ID}",
                                                  "message": f"body secretId={SECRET_ID} secretKey={SECRET_KEY}"}}))
            failing = [
                lambda: provider.list_voices(),
                lambda: provider.synthesize(SynthesisRequest("Hi.", voice="nobody")),
                lambda: st.provider(secret_key="x" + SECRET_KEY, hmac_signing=True, gateway_key_id=GW_ID,
                                    gateway_key_secret=GW_KEY).list_voices(),
                lambda: st.provider(hmac_signing=True, gateway_key_id=GW_ID,
                                    gateway_key_secret="x" + GW_KEY).list_voices(),
                lambda: st.provider(cos_secret_key="x" + COS_KEY, hmac_signing=True, gateway_key_id=GW_ID,
                                    gateway_key_secret=GW_KEY).synthesize(SynthesisRequest("Hi.", voice="default")),
                lambda: st.provider(base_url="http://127.0.0.1:9").list_voices(),
            ]
            for call in failing:
                with pytest.raises(StudioError) as info:
                    call()
                errors.append(info.value)
        finally:
            logging.getLogger("qcloud_cos").setLevel(logging.WARNING)
    assert len(errors) == 6
    assert {type(e).__name__ for e in errors} >= {"VendorRejectedError", "AuthError", "TransientNetworkError"}
    assert errors[0].request_id == "echo-1" and "body secretId=" in errors[0].detail
    for err in errors:
        for text in _texts(err):
            _clean(text, f"{type(err).__name__}")
    assert any("q-ak" in r.getMessage() for r in caplog.records)  # the SDK did log its header, masked
    assert any("CreateJob" in r.getMessage() for r in caplog.records)
    _clean(caplog.text, "the log")
    for record in caplog.records:
        _clean(record.getMessage(), "a log record")
    _clean(st.journal_text(), "the job journal (library database)")
    _clean(repr(remote) + repr(provider.config) + repr(provider.api.creds) + repr(provider.api.signing),
           "a repr")


class _Env:
    def __init__(self, home: Path) -> None:
        self.settings = Settings(home / "settings.json")
        self.secrets = MemoryStore()
        self.home = home
        self.store = Store(home / "library.sqlite3")

    def journal_for(self, provider: str) -> StoreJournal:
        return StoreJournal(self.store, provider)


def test_create_reads_settings_secrets_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("TENCENT_MML_SECRET_ID", "TENCENT_MML_SECRET_KEY", "TENCENT_MML_BASE_URL",
                "TENCENT_COS_SECRET_ID", "TENCENT_COS_SECRET_KEY"):
        monkeypatch.delenv(var, raising=False)
    env = _Env(tmp_path)
    provider = create(env)
    assert provider.name == "tencent" and provider.title == "Tencent Multimedia Lab"
    assert not provider.is_configured() and provider.config.base_url == DEFAULT_GATEWAY
    env.settings.set("tencent.content_id", "repo-1")
    env.settings.set("tencent.cos_bucket", "b-125")
    env.settings.set("tencent.cos_region", "ap-beijing")
    env.settings.set("tencent.cos_endpoint", "http://127.0.0.1:1")
    env.settings.set("tencent.callback_url", "https://cb.example/h")
    env.settings.set("tencent.hmac_signing", True)
    env.secrets.set("tencent.secret_id", "sid")
    env.secrets.set("tencent.secret_key", "skey")
    env.secrets.set("tencent.cos_secret_id", "cid")
    env.secrets.set("tencent.cos_secret_key", "ckey")
    monkeypatch.setenv("TENCENT_MML_BASE_URL", "http://gw.local")
    monkeypatch.setenv("TENCENT_MML_SECRET_KEY", "from-env")
    ctx = registry.ProviderContext(settings=env.settings, secrets=env.secrets, home=tmp_path)
    provider = registry.create("tencent", ctx)
    assert isinstance(provider, TencentMMLProvider) and provider.is_configured()
    c = provider.config
    assert (c.base_url, c.secret_id, c.secret_key, c.content_id, c.cos_bucket, c.cos_region, c.cos_endpoint,
            c.cos_secret_id, c.cos_secret_key, c.callback_url, c.hmac_signing) == (
        "http://gw.local", "sid", "from-env", "repo-1", "b-125", "ap-beijing", "http://127.0.0.1:1",
        "cid", "ckey", "https://cb.example/h", True)
    assert provider._journal.entries() == []  # a memory journal: the test context keeps no library


def test_provider_built_by_create_works_end_to_end(tmp_path: Path) -> None:
    with stack(tmp_path) as st:
        env = _Env(tmp_path / "home")
        env.settings.set("tencent.base_url", st.server.base_url)
        env.settings.set("tencent.content_id", "content-emu")
        env.settings.set("tencent.cos_bucket", st.cos.default_bucket)
        env.settings.set("tencent.cos_endpoint", st.cos_server.base_url)
        for name, value in (("tencent.secret_id", st.emu.secret_id), ("tencent.secret_key", st.emu.secret_key),
                            ("tencent.cos_secret_id", st.cos.secret_id),
                            ("tencent.cos_secret_key", st.cos.secret_key)):
            env.secrets.set(name, value)
        provider = create(env)
        provider.poll.initial = provider.poll.max_interval = 0.05
        result = provider.synthesize(SynthesisRequest("Built from settings.", voice="default"))
        assert len(result.audio) > 1000 and result.sample_rate > 0
        assert [e["kind"] for e in env.journal_for("tencent").entries()] == ["generate"]  # journalled in the library


def test_an_old_json_journal_is_moved_into_the_library(tmp_path: Path) -> None:
    """Earlier releases kept the customIds in providers/tencent-jobs.json: the first start imports them
    (a create whose answer never came stays findable) and sets the file aside."""
    env = _Env(tmp_path)
    legacy = tmp_path / "providers" / "tencent-jobs.json"
    legacy.parent.mkdir(parents=True)
    legacy.write_text(json.dumps([{"customId": "cid-1", "at": 1.0, "kind": "train", "model": "m1"},
                                  {"customId": "cid-2", "at": 2.0, "kind": "generate", "model": "default",
                                   "id": "job-2", "state": 3}]), encoding="utf-8")
    provider = create(env)
    entries = {e["customId"]: e for e in provider._journal.entries()}
    assert set(entries) == {"cid-1", "cid-2"} and entries["cid-2"]["id"] == "job-2"
    assert not legacy.exists() and legacy.with_suffix(".json.imported").exists()
    create(env)  # a second start imports nothing twice
    assert len(env.journal_for("tencent").entries()) == 2
