"""Streaming WAV writer: formats, crash-safe header, journal, disk full, bounded memory."""

from __future__ import annotations

import errno
import io
import struct
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pytest
import soundfile as sf

from studio.audio.writer import HEADER_BYTES, TakeWriter, WavFile, journal_path, to_pcm, wav_header
from studio.errors import DeviceError

RATE = 48000


def ramp(n: int) -> np.ndarray:
    return np.linspace(-0.9, 0.9, n, dtype=np.float32)


@pytest.mark.parametrize(("bits", "subtype", "tol"), [(16, "PCM_16", 0.5 / 32768), (24, "PCM_24", 0.5 / 8388608)])
def test_round_trip_through_soundfile(tmp_path: Path, bits: int, subtype: str, tol: float) -> None:
    path = tmp_path / "t.wav"
    x = ramp(RATE)
    writer = TakeWriter(path, RATE, bits, fsync=False)
    for i in range(0, x.shape[0], 1000):
        assert writer.submit(x[i:i + 1000])
    result = writer.close()
    assert result.error is None and result.frames == RATE
    y, rate = sf.read(path, dtype="float64")
    assert rate == RATE and sf.info(path).subtype == subtype
    assert np.max(np.abs(y - x)) <= tol
    assert not journal_path(path).exists()


def test_pcm_conversion_clips_and_rounds() -> None:
    pcm = np.frombuffer(to_pcm(np.array([2.0, -2.0, 0.5, 0.0], np.float32), 16), "<i2")
    assert pcm.tolist() == [32767, -32768, 16384, 0]
    raw = np.frombuffer(to_pcm(np.array([1.0, -1.0], np.float32), 24), np.uint8)
    assert raw.tolist() == [0xFF, 0xFF, 0x7F, 0x00, 0x00, 0x80]
    with pytest.raises(ValueError):
        to_pcm(np.zeros(1, np.float32), 8)


def test_header_is_valid_after_each_sync_while_still_writing(tmp_path: Path) -> None:
    path = tmp_path / "live.wav"
    wav = WavFile(path, RATE, 16, sync_interval_s=1.0, fsync=False)
    wav.write(ramp(RATE + 100))  # crosses one sync interval
    info = sf.info(path)  # readable while open: the header says what is synced
    assert info.frames == RATE + 100 and info.samplerate == RATE
    wav.write(ramp(100))  # below the interval: not yet in the header
    assert sf.info(path).frames == RATE + 100
    wav.close()
    assert sf.info(path).frames == RATE + 200


def test_journal_exists_while_recording_and_holds_the_format(tmp_path: Path) -> None:
    path = tmp_path / "j.wav"
    writer = TakeWriter(path, 24000, 24, name="My take", meta={"script": "en", "line_index": 3}, fsync=False)
    import json

    data = json.loads(journal_path(path).read_text())
    assert data["rate"] == 24000 and data["bits"] == 24 and data["name"] == "My take"
    assert data["meta"]["line_index"] == 3
    writer.close()
    assert not journal_path(path).exists()


class FullDisk(io.RawIOBase):
    """A file that accepts `capacity` bytes then fails with ENOSPC, like a full disk."""

    def __init__(self, path: Path, capacity: int) -> None:
        self._f = open(path, "wb", buffering=0)  # noqa: SIM115 - closed in close()
        self.capacity = capacity

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        pos = self._f.tell()
        if pos + len(data) > self.capacity and pos >= HEADER_BYTES:
            room = max(0, self.capacity - pos)
            self._f.write(bytes(data)[:room])
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._f.write(data) or 0

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._f.seek(offset, whence)

    def tell(self) -> int:
        return self._f.tell()

    def fileno(self) -> int:
        return self._f.fileno()

    def close(self) -> None:
        self._f.close()
        super().close()


def test_disk_full_stops_the_take_and_keeps_a_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "full.wav"

    def opener(p: Path) -> BinaryIO:
        return FullDisk(p, HEADER_BYTES + 2 * 30_001)  # room for 30001 frames, then a partial block

    writer = TakeWriter(path, RATE, 16, fsync=False, opener=opener)
    for _ in range(50):
        writer.submit(np.full(1000, 0.25, np.float32))
    result = writer.close()
    assert isinstance(result.error, DeviceError) and "disk is full" in result.error.detail
    assert result.frames == 30_000  # whole blocks that were written completely
    y, _ = sf.read(path)
    assert y.shape[0] == 30_000 and np.allclose(y, 0.25, atol=1e-4)
    assert not journal_path(path).exists()  # the header was finished: nothing left to recover


def test_an_uncreatable_file_fails_at_start(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where a folder should be")
    with pytest.raises(DeviceError):
        TakeWriter(tmp_path / "blocked" / "x.wav", RATE, 16)


def test_a_full_queue_drops_and_counts_instead_of_growing(tmp_path: Path) -> None:
    path = tmp_path / "q.wav"
    writer = TakeWriter(path, RATE, 16, fsync=False, max_queued_blocks=4)
    blocker = __import__("threading").Event()
    original = writer._wav.write

    def slow_write(block: np.ndarray) -> None:
        blocker.wait(10)
        original(block)

    writer._wav.write = slow_write  # type: ignore[method-assign]
    accepted = sum(writer.submit(np.zeros(100, np.float32)) for _ in range(20))
    assert accepted <= 5 and writer.dropped == (20 - accepted) * 100
    blocker.set()
    result = writer.close()
    assert result.frames == accepted * 100 and result.dropped == writer.dropped


def test_wav_header_layout() -> None:
    h = wav_header(48000, 24, 1, 300)
    assert len(h) == HEADER_BYTES and h[:4] == b"RIFF" and h[8:12] == b"WAVE"
    assert struct.unpack("<I", h[4:8])[0] == 336 and struct.unpack("<I", h[40:44])[0] == 300
    assert struct.unpack("<HHIIHH", h[20:36]) == (1, 1, 48000, 144000, 3, 24)
