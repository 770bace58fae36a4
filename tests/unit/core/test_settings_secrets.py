from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import pytest

from studio import redact
from studio.errors import AuthError, ErrorKind, StudioError, error_for
from studio.secrets import FileStore, MemoryStore, open_store
from studio.settings import Settings


def test_settings_defaults_types_and_persistence(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    s = Settings(path)
    assert s.get("audio.sample_rate") == 48000
    s.set("audio.sample_rate", "24000")
    assert Settings(path).get("audio.sample_rate") == 24000
    with pytest.raises(ValueError):
        s.set("audio.sample_rate", 12345)
    with pytest.raises(KeyError):
        s.get("no.such.key")


def test_corrupt_settings_file_is_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    s = Settings(path)
    assert s.get("general.default_provider") == "local"
    assert (tmp_path / "settings.json.bad").exists()


def test_file_store_is_private(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "secrets.json")
    store.set("dashscope.api_key", "sk-test-private-0001")
    mode = stat.S_IMODE(os.stat(tmp_path / "secrets.json").st_mode)
    assert mode == 0o600
    assert FileStore(tmp_path / "secrets.json").get("dashscope.api_key") == "sk-test-private-0001"
    store.delete("dashscope.api_key")
    assert store.get("dashscope.api_key") is None


def test_env_selects_session_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOICE_STUDIO_SECRETS", "memory")
    assert isinstance(open_store("keyring"), MemoryStore)


def test_missing_keyring_falls_back_visibly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VOICE_STUDIO_SECRETS")
    monkeypatch.setattr("studio.secrets.keyring_available", lambda: False)
    store = open_store("keyring")
    assert store.backend == "session" and "session only" in store.notice


def test_logging_redacts_registered_secrets_and_key_shapes(caplog: pytest.LogCaptureFixture) -> None:
    MemoryStore().set("tencent.secret_key", "SENTINEL-tencent-key-77")
    logger = logging.getLogger("test.redact")
    handler = logging.StreamHandler()
    caplog.handler.addFilter(redact.RedactingFilter())
    with caplog.at_level(logging.INFO):
        logger.info("body %s", json.dumps({"secretId": "AKID" "abcdefghijklmnop", "secretKey": "whatever123"}))
        logger.info("key SENTINEL-tencent-key-77 and Bearer sk-" "abcdefghijklmnopqrstuv")
    text = caplog.text
    assert "SENTINEL-tencent-key-77" not in text
    assert "AKID" "abcdefghijklmnop" not in text and "whatever123" not in text
    assert "sk-" "abcdefghijklmnopqrstuv" not in text
    assert text.count(redact.MASK) >= 4
    handler.close()


def test_every_error_kind_has_both_languages() -> None:
    for kind in ErrorKind:
        err = error_for(kind, "detail", provider="cosyvoice", code="X", request_id="rid-1")
        en, zh = err.user_message("en"), err.user_message("zh_CN")
        assert en != zh and "rid-1" in en and "rid-1" in zh
        assert isinstance(err, StudioError) and err.kind == kind
    assert isinstance(error_for(ErrorKind.AUTH), AuthError)
