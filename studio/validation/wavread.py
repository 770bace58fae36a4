"""16-bit PCM WAV read straight into numpy: the commonest sample of all, without libsndfile.

A RIFF/WAVE file whose `fmt ` chunk says plain 16-bit PCM (format 1, or WAVE_FORMAT_EXTENSIBLE with the
PCM sub-format) and whose `data` chunk size is a real one is read with `numpy.fromfile`, block by block:
the same samples libsndfile would give (the tests hold the two to each other), without importing it
(a fifth of a short check's start-up) or converting through it. Anything else — other widths, float,
RF64, a recorder's placeholder size — is left to soundfile (`open_wav` returns None).
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

import numpy as np

_PCM = 1
_EXTENSIBLE = 0xFFFE
_PCM_GUID_TAIL = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"  # KSDATAFORMAT_SUBTYPE_PCM after its tag


class WavPcm16:
    """An open 16-bit PCM WAV: `channels`, `rate`, `frames`, and `read(n)` → int16 `(frames, channels)`."""

    def __init__(self, fh: BinaryIO, channels: int, rate: int, data_at: int, frames: int) -> None:
        self._fh, self.channels, self.samplerate, self.frames = fh, channels, rate, frames
        self._data_at = data_at
        self._next = 0
        fh.seek(data_at)

    def seek(self, frame: int) -> None:
        self._next = min(max(0, frame), self.frames)
        self._fh.seek(self._data_at + self._next * 2 * self.channels)

    def read(self, frames: int) -> np.ndarray:
        n = min(frames, self.frames - self._next)
        x = np.fromfile(self._fh, dtype="<i2", count=n * self.channels)
        got = len(x) // self.channels
        self._next += got
        return x[: got * self.channels].reshape(got, self.channels)

    def close(self) -> None:
        self._fh.close()


def open_wav(path: Path, size: int) -> WavPcm16 | None:
    """The file as a `WavPcm16`, or None when it is not plain 16-bit PCM in RIFF/WAVE (or has no
    ordinary data size)."""
    fh = path.open("rb")
    try:
        head = fh.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return None
        fmt: tuple[int, int, int, int, int] | None = None
        pos = 12
        while pos + 8 <= size:
            fh.seek(pos)
            cid, csize = struct.unpack("<4sI", fh.read(8))
            if cid == b"fmt ":
                body = fh.read(min(csize, 40))
                if len(body) < 16:
                    return None
                tag, channels, rate, _, align, bits = struct.unpack("<HHIIHH", body[:16])
                if tag == _EXTENSIBLE and (len(body) < 40 or body[26:40] != _PCM_GUID_TAIL
                                           or body[24:26] != b"\x01\x00"):
                    return None
                fmt = (tag, channels, rate, align, bits)
            elif cid == b"data":
                if fmt is None or csize in (0, 0xFFFFFFFF):
                    return None
                tag, channels, rate, align, bits = fmt
                if tag not in (_PCM, _EXTENSIBLE) or bits != 16 or channels < 1 or align != 2 * channels:
                    return None
                frames = min(csize, size - pos - 8) // align
                reader = WavPcm16(fh, channels, rate, pos + 8, frames)
                fh = None  # type: ignore[assignment]  # the reader owns it now
                return reader
            pos += 8 + csize + (csize & 1)
        return None
    finally:
        if fh is not None:
            fh.close()
