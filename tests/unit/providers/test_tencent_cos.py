"""The content repository (cos-python-sdk-v5) against the loopback COS emulator."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.cancel import CancelToken
from studio.errors import AuthError, CancelledError, InvalidInputError, NotFoundError
from studio.providers.tencent.cos import ContentRepository, config_kwargs, object_key
from tests.emulators.cos import CosEmulator
from tests.emulators.harness import EmulatorServer

COS_ID = "AKIDcossentinel0042"
COS_KEY = "cos-key-sentinel-0042"
BUCKET = "studio-1250000000"


@pytest.fixture
def cos() -> Iterator[tuple[CosEmulator, EmulatorServer]]:
    emu = CosEmulator(COS_ID, COS_KEY, default_bucket="fallback-1")
    server = emu.serve()
    yield emu, server
    server.stop()


def _repo(server: EmulatorServer, key: str = COS_KEY) -> ContentRepository:
    return ContentRepository(BUCKET, "ap-guangzhou", COS_ID, key, endpoint=server.base_url, retries=0)


@pytest.mark.parametrize("endpoint,expected", [
    ("", {"Region": "ap-beijing", "Scheme": "https"}),
    ("http://127.0.0.1:9000", {"Region": "ap-beijing", "Scheme": "http", "IP": "127.0.0.1", "Port": 9000}),
    ("http://localhost", {"Region": "ap-beijing", "Scheme": "http", "IP": "localhost", "Port": None}),
    ("cos.accelerate.myqcloud.com", {"Region": "ap-beijing", "Scheme": "https",
                                     "Endpoint": "cos.accelerate.myqcloud.com"}),
    ("https://files.example.com", {"Region": "ap-beijing", "Scheme": "https", "Domain": "files.example.com"}),
])
def test_endpoint_override_forms(endpoint: str, expected: dict[str, object]) -> None:
    assert config_kwargs("ap-beijing", endpoint) == expected


def test_bad_endpoint_and_paths_are_refused() -> None:
    with pytest.raises(InvalidInputError):
        config_kwargs("ap-beijing", "ftp://x")
    assert object_key("/voice-studio/out/a.wav") == "voice-studio/out/a.wav"
    assert object_key("a//b/./c") == "a/b/c"
    for bad in ("/", "", "../etc/passwd", "a/../../b"):
        with pytest.raises(InvalidInputError):
            object_key(bad)


def test_upload_download_roundtrip_virtual_host(cos: tuple[CosEmulator, EmulatorServer], tmp_path: Path) -> None:
    emu, server = cos
    repo = _repo(server)
    local = tmp_path / "take.wav"
    local.write_bytes(bytes(range(256)) * 2000)
    seen: list[float] = []
    key = repo.upload_file(local, "/voice-studio/train/m/000_take.wav", progress=lambda f, t: seen.append(f))
    assert key == "voice-studio/train/m/000_take.wav"
    assert emu.objects[(BUCKET, key)].content_type == "audio/x-wav"
    # the SDK sent virtual-host style: the bucket came from the signed Host header, not the default
    assert emu.get(BUCKET, key) == local.read_bytes()
    assert ("PUT", BUCKET, key) in emu.requests
    assert seen and seen[-1] == pytest.approx(1.0)
    assert repo.exists("/" + key) and not repo.exists("/nothing/here.wav")
    assert repo.download(key) == local.read_bytes()
    repo.upload_bytes(b"abc", "x/y.txt")
    assert repo.download("/x/y.txt") == b"abc"


def test_missing_object_is_not_found(cos: tuple[CosEmulator, EmulatorServer]) -> None:
    _, server = cos
    with pytest.raises(NotFoundError) as info:
        _repo(server).download("no/such.wav")
    assert info.value.code == "COS.NoSuchKey" and info.value.request_id


def test_wrong_key_is_auth_error_and_never_shown(cos: tuple[CosEmulator, EmulatorServer],
                                                 caplog: pytest.LogCaptureFixture) -> None:
    _, server = cos
    repo = _repo(server, key="wrong-" + COS_KEY)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("qcloud_cos").setLevel(logging.DEBUG)  # even if someone turns the SDK's debug on
    try:
        with pytest.raises(AuthError) as info:
            repo.upload_bytes(b"x", "a.txt")
    finally:
        logging.getLogger("qcloud_cos").setLevel(logging.WARNING)
    assert info.value.code == "COS.SignatureDoesNotMatch"
    texts = [str(info.value), repr(info.value), info.value.user_message("zh"), caplog.text]
    assert any("q-ak" in r.getMessage() or "Authorization" in r.getMessage() for r in caplog.records)
    for text in texts:
        assert COS_ID not in text and COS_KEY not in text


def test_cancelled_upload_stops(cos: tuple[CosEmulator, EmulatorServer], tmp_path: Path) -> None:
    emu, server = cos
    local = tmp_path / "big.bin"
    local.write_bytes(b"\0" * 3_000_000)
    token = CancelToken()

    def progress(fraction: float, text: str) -> None:
        if fraction > 0.01:
            token.cancel()

    with pytest.raises(CancelledError):
        _repo(server).upload_file(local, "big.bin", token, progress)
    assert emu.get(BUCKET, "big.bin") is None


def test_unreachable_cos_is_transient(tmp_path: Path) -> None:
    from studio.errors import TransientNetworkError

    repo = ContentRepository(BUCKET, "ap-guangzhou", COS_ID, COS_KEY, endpoint="http://127.0.0.1:9", retries=0)
    with pytest.raises(TransientNetworkError):
        repo.download("a.wav")
