"""Incremental encoders for the offline engine's output: wav, pcm (s16le mono) and mp3 (lameenc).

Streamed pieces follow the cloud services' convention: concatenated, they form a playable stream of
the requested format. For wav the stream's header cannot know the final length, so it carries the
"unknown length" sizes live encoders use (0xFFFFFFFF); `file()` returns the finished file with exact sizes.
"""

from __future__ import annotations

import struct

from studio.errors import InvalidInputError

FORMATS = ("wav", "pcm", "mp3")
MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)
MIN_RATE, MAX_RATE = 8000, 48000


def wav_header(sample_rate: int, data_bytes: int | None) -> bytes:
    """A 16-bit mono PCM WAV header; `data_bytes=None` writes the streaming (unknown length) sizes."""
    data = 0xFFFFFFFF if data_bytes is None else data_bytes
    riff = 0xFFFFFFFF if data_bytes is None else 36 + data_bytes
    return (
        b"RIFF" + struct.pack("<I", riff) + b"WAVE"
        + b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, sample_rate, sample_rate * 2, 2, 16)
        + b"data" + struct.pack("<I", data)
    )


def check_output(fmt: str, sample_rate: int) -> None:
    if fmt not in FORMATS:
        raise InvalidInputError(
            f"The offline engine writes {', '.join(FORMATS)}, not {fmt}.",
            detail_zh=f"离线引擎支持的格式为 {', '.join(FORMATS)}，不支持 {fmt}。",
            provider="local", code="format",
        )
    if not MIN_RATE <= sample_rate <= MAX_RATE or (fmt == "mp3" and sample_rate not in MP3_RATES):
        allowed = ", ".join(map(str, MP3_RATES)) if fmt == "mp3" else f"{MIN_RATE}–{MAX_RATE}"
        raise InvalidInputError(
            f"Sample rate {sample_rate} Hz is not available for {fmt} (use {allowed}).",
            detail_zh=f"{fmt} 格式不支持 {sample_rate} Hz 采样率（可用：{allowed}）。",
            provider="local", code="sample_rate",
        )


class Encoder:
    """Feed s16le mono PCM with `encode`, end with `finish`; `file()` is the whole result."""

    def __init__(self, fmt: str, sample_rate: int) -> None:
        check_output(fmt, sample_rate)
        self.fmt = fmt
        self.sample_rate = sample_rate
        self._pcm = bytearray()
        self._stream = bytearray()
        self._started = False
        self._mp3 = None
        if fmt == "mp3":
            import lameenc

            self._mp3 = lameenc.Encoder()
            self._mp3.set_bit_rate(128)
            self._mp3.set_in_sample_rate(sample_rate)
            self._mp3.set_channels(1)
            self._mp3.set_quality(2)

    def encode(self, pcm: bytes) -> bytes:
        self._pcm += pcm
        if self._mp3 is not None:
            out = bytes(self._mp3.encode(pcm))
        elif self.fmt == "wav" and not self._started:
            out = wav_header(self.sample_rate, None) + pcm
        else:
            out = pcm
        self._started = True
        self._stream += out
        return out

    def finish(self) -> bytes:
        out = bytes(self._mp3.flush()) if self._mp3 is not None else b""
        if self.fmt == "wav" and not self._started:
            out = wav_header(self.sample_rate, None)  # no sentence at all: still a valid (empty) stream
            self._started = True
        self._stream += out
        return out

    def file(self) -> bytes:
        if self.fmt == "wav":
            return wav_header(self.sample_rate, len(self._pcm)) + bytes(self._pcm)
        return bytes(self._stream)
