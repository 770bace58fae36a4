"""Bad input on every file-reading path: random bytes, truncations, header mutations, hostile zips and
manifests. Each ends in a clear InvalidInputError (or a normal result) within a bound, never a crash."""

from __future__ import annotations

import io
import json
import struct
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.errors import InvalidInputError, StudioError
from studio.library import exchange
from studio.library.store import Store
from studio.providers.dashscope.sambert import expand_takes
from studio.validation import analyze, probe

SUFFIXES = (".wav", ".mp3", ".m4a", ".flac", ".ogg")
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
BOUND_S = 10.0  # no single bad file may take longer than this to be refused


def _wav_bytes(seconds: float = 1.0, rate: int = 16000) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    buf = io.BytesIO()
    sf.write(buf, (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), rate, format="WAV", subtype="PCM_16")
    return buf.getvalue()


VALID = _wav_bytes()


def _check(path: Path) -> None:
    started = time.monotonic()
    try:
        analyze(path)
    except InvalidInputError as err:
        assert err.detail and err.detail_zh, "a refusal must say why, in both languages"
    elapsed = time.monotonic() - started
    assert elapsed < BOUND_S, f"{path.name} took {elapsed:.1f} s"


@FUZZ
@given(data=st.binary(min_size=0, max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_are_refused_clearly(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    _check(path)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(VALID) - 1))
def test_truncated_wav(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "truncated.wav"
    path.write_bytes(VALID[:cut])
    _check(path)


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, 63), st.integers(0, 255)), min_size=1, max_size=8))
def test_mutated_wav_header(tmp_path: Path, edits: list[tuple[int, int]]) -> None:
    data = bytearray(VALID)
    for pos, value in edits:
        data[pos] = value
    path = tmp_path / "mutated.wav"
    path.write_bytes(bytes(data))
    _check(path)


def test_header_claiming_huge_sizes_is_bounded(tmp_path: Path) -> None:
    data = bytearray(VALID)
    data[4:8] = struct.pack("<I", 0xFFFFFFF0)  # RIFF size
    data[40:44] = struct.pack("<I", 0xFFFFFFF0)  # data chunk size
    path = tmp_path / "liar.wav"
    path.write_bytes(bytes(data))
    _check(path)
    with pytest.raises(InvalidInputError, match="cut short"):
        probe(path)


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
    return path


def test_zip_path_traversal_stays_inside(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "evil.zip", {"../../escape.wav": VALID, "/abs/root.wav": VALID, "ok/take.wav": VALID})
    unpack = tmp_path / "unpack"
    unpack.mkdir()
    takes = expand_takes([archive], unpack)
    assert len(takes) == 3 and all(t.parent == unpack for t in takes)
    assert not (tmp_path.parent / "escape.wav").exists() and not Path("/abs/root.wav").exists()


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(5):  # five 1 GiB members of zeros: about 5 MB on disk
            with zf.open(f"take{i}.wav", "w", force_zip64=True) as member:
                chunk = bytes(1 << 24)
                for _ in range(64):
                    member.write(chunk)
    unpack = tmp_path / "unpack"
    unpack.mkdir()
    with pytest.raises(InvalidInputError, match="4 GB"):
        expand_takes([archive], unpack)
    assert list(unpack.iterdir()) == []


def test_zip_with_huge_member_count_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        for i in range(20_001):
            zf.writestr(f"t{i}.wav", b"")
    unpack = tmp_path / "unpack"
    unpack.mkdir()
    with pytest.raises(InvalidInputError):
        expand_takes([archive], unpack)
    assert list(unpack.iterdir()) == []


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "takes.zip"
    fake.write_bytes(b"PK\x03\x04 but not really a zip")
    with pytest.raises(InvalidInputError):
        expand_takes([fake], tmp_path)


@FUZZ
@given(manifest=st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                             lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                             max_leaves=20))
def test_library_import_of_arbitrary_manifests(tmp_path: Path, manifest: object) -> None:
    folder = tmp_path / "import"
    folder.mkdir(exist_ok=True)
    (folder / "manifest.json").write_text(json.dumps(manifest))
    store = Store(tmp_path / "lib.sqlite3")
    try:
        exchange.import_library(store, folder)
    except StudioError:
        pass  # refused with a message
    finally:
        store.close()


def test_library_import_cannot_read_outside_its_folder(tmp_path: Path) -> None:
    secret = tmp_path / "outside.wav"
    secret.write_bytes(VALID)
    folder = tmp_path / "export"
    folder.mkdir()
    manifest = {"format": "voice-studio-library", "version": 1, "voices": [], "jobs": [],
                "takes": [{"name": "x", "path": "../outside.wav", "duration_s": 1.0}]}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    store = Store(tmp_path / "lib.sqlite3")
    assert exchange.import_library(store, folder)["takes"] == 0
    store.close()
