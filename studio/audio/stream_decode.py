"""Turn synthesized audio arriving in pieces into float32 samples, as it arrives.

Providers deliver what their protocol sends: raw s16le PCM (DashScope `pcm`, the offline engine),
WAV streams whose first piece carries the header, or one complete WAV file per piece (Tencent
generate jobs). The decoder recognises a RIFF header wherever a piece starts with one, remembers its
format, and decodes the PCM that follows; compressed formats (mp3, opus) are kept and decoded once
complete. Samples are mono float32 at `rate` (the rate of the first header, else the requested one).
"""

from __future__ import annotations

import struct

import numpy as np


class StreamDecoder:
    def __init__(self, requested_rate: int, fmt: str | None = None) -> None:
        # fmt="pcm": every piece is raw s16le, never sniffed. Sniffing a raw piece misreads audio
        # whose first sample is -1025, -3073 or -3329 (bytes FF FB / FF F3 / FF F2, an MP3 frame
        # sync) as the start of an MP3 and loses the rest of the audition (reliability load run).
        self._raw = fmt == "pcm"
        self._started = False
        self.rate = requested_rate
        self._rate_known = False
        self._bits = 16
        self._channels = 1
        self._float = False
        self._carry = b""
        self._compressed = bytearray()
        self._header_pending = b""

    @property
    def compressed(self) -> bool:
        return bool(self._compressed)

    def feed(self, piece: bytes) -> np.ndarray:
        """Samples decodable from `piece` (possibly none yet)."""
        if self._raw:
            return self._pcm(piece)
        first, self._started = not self._started, self._started or bool(piece)
        # A compressed stream announces itself in its first bytes; later pieces are its continuation,
        # and a later piece of PCM that happens to start with such bytes is still PCM.
        if self._compressed or (first and (piece[:3] == b"ID3" or piece[:4] == b"OggS"
                                           or piece[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"))):
            self._compressed.extend(piece)
            return np.zeros(0, np.float32)
        if self._header_pending:
            piece, self._header_pending = self._header_pending + piece, b""
        if piece[:4] == b"RIFF":
            parsed = self._parse_header(piece)
            if parsed is None:  # header split across pieces: wait for more
                self._header_pending = piece
                return np.zeros(0, np.float32)
            self._carry = b""
            piece = piece[parsed:]
        return self._pcm(piece)

    def finish(self) -> np.ndarray:
        """Whatever could only be decoded whole (compressed audio)."""
        if not self._compressed:
            return np.zeros(0, np.float32)
        import io

        import av

        samples: list[np.ndarray] = []
        with av.open(io.BytesIO(bytes(self._compressed)), mode="r") as container:
            stream = container.streams.audio[0]
            resampler = av.AudioResampler(format="flt", layout="mono", rate=self.rate)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    samples.append(out.to_ndarray().reshape(-1).astype(np.float32))
        self._compressed.clear()
        return np.concatenate(samples) if samples else np.zeros(0, np.float32)

    def _parse_header(self, data: bytes) -> int | None:
        """Read fmt; return the offset of the PCM after the `data` chunk header, or None if incomplete."""
        pos = 12
        while pos + 8 <= len(data):
            cid, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
            if cid == b"fmt ":
                if pos + 24 > len(data):
                    return None
                tag, channels, rate = struct.unpack("<HHI", data[pos + 8:pos + 16])
                bits = struct.unpack("<H", data[pos + 22:pos + 24])[0]
                self._channels, self._bits, self._float = channels or 1, bits or 16, tag == 3
                if not self._rate_known:
                    self.rate, self._rate_known = int(rate), True
            if cid == b"data":
                return pos + 8
            pos += 8 + size + (size & 1)
        return None

    def _pcm(self, piece: bytes) -> np.ndarray:
        data = self._carry + piece
        width = self._bits // 8 * self._channels
        usable = len(data) // width * width
        self._carry = data[usable:]
        raw = data[:usable]
        if not raw:
            return np.zeros(0, np.float32)
        if self._float and self._bits == 32:
            x = np.frombuffer(raw, "<f4").astype(np.float32)
        elif self._bits == 24:
            b = np.frombuffer(raw, np.uint8).reshape(-1, 3)
            ints = (b[:, 0].astype(np.int32) | (b[:, 1].astype(np.int32) << 8) | (b[:, 2].astype(np.int32) << 16))
            ints = np.where(ints >= 1 << 23, ints - (1 << 24), ints)
            x = ints.astype(np.float32) / float(1 << 23)
        elif self._bits == 32:
            x = np.frombuffer(raw, "<i4").astype(np.float32) / float(1 << 31)
        else:
            x = np.frombuffer(raw, "<i2").astype(np.float32) / 32768.0
        if self._channels > 1:
            x = x.reshape(-1, self._channels).mean(axis=1)
        return x


def to_wav_bytes(samples: np.ndarray, rate: int) -> bytes:
    """16-bit mono WAV of float samples (clipped to [-1, 1])."""
    pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()
    header = b"RIFF" + struct.pack("<I", 36 + len(pcm)) + b"WAVEfmt " + struct.pack(
        "<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data" + struct.pack("<I", len(pcm))
    return header + pcm


def to_mp3_bytes(samples: np.ndarray, rate: int, kbps: int = 128) -> bytes:
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(kbps)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(2)
    pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()
    return bytes(encoder.encode(pcm)) + bytes(encoder.flush())


def crossfade_join(parts: list[np.ndarray], rate: int, fade_s: float = 0.015,
                   starts: list[int] | None = None) -> np.ndarray:
    """Join pieces with short equal-power crossfades, each matched in RMS to the first piece.

    `starts`, when given, receives the sample where each piece begins in the result (empty pieces too).
    """
    if starts is not None:
        starts.clear()
    nonempty = [p for p in parts if p.size]
    if not nonempty:
        if starts is not None:
            starts.extend(0 for _ in parts)
        return np.zeros(0, np.float32)
    ref = _rms(nonempty[0])
    out = np.zeros(0, np.float32)
    n = max(1, int(fade_s * rate))
    for part in parts:
        if not part.size:
            if starts is not None:
                starts.append(out.size)
            continue
        if not out.size:
            if starts is not None:
                starts.append(0)
            out = part.astype(np.float32)
            continue
        rms = _rms(part)
        part = part * (ref / rms) if rms > 1e-6 and ref > 1e-6 else part
        k = min(n, out.size, part.size)
        if starts is not None:
            starts.append(out.size - k)
        if k:
            t = np.linspace(0.0, np.pi / 2, k, dtype=np.float32)
            mixed = out[-k:] * np.cos(t) + part[:k] * np.sin(t)
            out = np.concatenate([out[:-k], mixed, part[k:]])
        else:
            out = np.concatenate([out, part])
    return out.astype(np.float32)


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if x.size else 0.0
