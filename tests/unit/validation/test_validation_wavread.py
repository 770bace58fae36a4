"""16-bit PCM WAV read directly gives what libsndfile gives, and leaves every other file to it."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.validation.decode import open_audio
from studio.validation.wavread import open_wav


def _pcm(n: int, channels: int, seed: int = 5) -> np.ndarray:
    x = np.random.default_rng(seed).integers(-32768, 32768, size=(n, channels))
    x[:8] = [[-32768] * channels, [32767] * channels] * 4  # both extremes
    return x.astype(np.int16)


def _sf_blocks(path: Path, frames: int, start: int = 0) -> list[np.ndarray]:
    with sf.SoundFile(str(path)) as snd:
        snd.seek(start)
        return list(snd.blocks(frames, dtype="int16", always_2d=True))


@pytest.mark.parametrize(("channels", "fmt"), [(1, "WAV"), (2, "WAV"), (1, "WAVEX"), (6, "WAVEX")])
def test_same_samples_as_libsndfile(tmp_path: Path, channels: int, fmt: str) -> None:
    path = tmp_path / "take.wav"
    sf.write(str(path), _pcm(48000 + 77, channels), 48000, subtype="PCM_16", format=fmt)
    with open_audio(path) as reader:
        assert reader.info.backend == "wav" and reader.info.format_id == "wav/pcm16"
        assert (reader.info.channels, reader.info.sample_rate, reader.info.frames) == (channels, 48000, 48077)
        for start in (0, 1234):
            got = list(reader.blocks(10000, start=start, native=True))
            want = _sf_blocks(path, 10000, start)
            assert [len(b) for b in got] == [len(b) for b in want]
            for a, b in zip(got, want, strict=True):
                assert a.dtype == np.int16 and np.array_equal(a, b)
        floats = np.concatenate(list(reader.blocks(10000)))
        with sf.SoundFile(str(path)) as snd:
            assert floats.dtype == np.float32 and np.array_equal(floats, snd.read(dtype="float32", always_2d=True))


def _riff(chunks: list[tuple[bytes, bytes]]) -> bytes:
    body = b"WAVE" + b"".join(cid + struct.pack("<I", len(data)) + data + (b"\0" if len(data) & 1 else b"")
                              for cid, data in chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_chunks_around_the_data_are_stepped_over(tmp_path: Path) -> None:
    """An odd-sized chunk before `fmt `, a LIST after `data`: only the samples are read."""
    x = _pcm(1000, 2)
    fmt = struct.pack("<HHIIHH", 1, 2, 44100, 44100 * 4, 4, 16)
    path = tmp_path / "chunks.wav"
    path.write_bytes(_riff([(b"junk", b"abc"), (b"fmt ", fmt), (b"data", x.tobytes()), (b"LIST", b"INFOname")]))
    wav = open_wav(path, path.stat().st_size)
    assert wav is not None and wav.frames == 1000
    assert np.array_equal(wav.read(5000), _sf_blocks(path, 5000)[0])
    wav.close()


def test_other_files_are_left_to_libsndfile(tmp_path: Path) -> None:
    x = _pcm(4800, 1)
    for subtype in ("PCM_24", "FLOAT", "PCM_U8"):
        path = tmp_path / f"{subtype}.wav"
        sf.write(str(path), x.astype(np.float64) / 32768, 48000, subtype=subtype)
        assert open_wav(path, path.stat().st_size) is None
        with open_audio(path) as reader:
            assert reader.info.backend == "soundfile"
    # a recorder that never closed the file leaves 0 as the data size: libsndfile reads what is there
    path = tmp_path / "open.wav"
    fmt = struct.pack("<HHIIHH", 1, 1, 48000, 96000, 2, 16)
    raw = bytearray(_riff([(b"fmt ", fmt), (b"data", x.tobytes())]))
    raw[40:44] = struct.pack("<I", 0)
    path.write_bytes(bytes(raw))
    assert open_wav(path, len(raw)) is None
