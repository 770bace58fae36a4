"""Real audio for the emulator: speech-like synthesis, streaming encoders, and sample analysis.

Synthesis uses espeak-ng (real, intelligible speech) when it is installed, otherwise a deterministic
voiced tone with one "syllable" per character. Either way the pitch depends on the voice id, so
tests can tell voices apart, and `rate`/`pitch`/`volume` act the way a listener expects.
Exported for the other DashScope emulators (Sambert): `synthesize_speech`, `make_encoder`,
`UnsupportedFormat`, `decode_audio`, `speech_stats`.
"""

from __future__ import annotations

import hashlib
import io
import math
import shutil
import struct
import subprocess
from fractions import Fraction

import numpy as np

ESPEAK = shutil.which("espeak-ng")
_ESPEAK_RATE = 22050
_VARIANTS = ("m1", "m3", "m7", "f1", "f2", "f4")
_LANGS = {"zh": "cmn", "en": "en", "ja": "ja", "ko": "ko", "fr": "fr", "de": "de", "ru": "ru",
          "pt": "pt", "es": "es", "it": "it", "th": "th", "id": "id", "vi": "vi"}


def _voice_hash(voice: str) -> int:
    return int.from_bytes(hashlib.sha256(voice.encode()).digest()[:4], "big")


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text)


def resample(x: np.ndarray, src: int, dst: int) -> np.ndarray:
    if src == dst or len(x) == 0:
        return x
    from scipy.signal import resample_poly

    frac = Fraction(dst, src)
    return resample_poly(x, frac.numerator, frac.denominator)


def synthesize_speech(
    text: str,
    *,
    voice: str = "",
    sample_rate: int = 22050,
    rate: float = 1.0,
    pitch: float = 1.0,
    volume: int = 50,
    language: str | None = None,
) -> np.ndarray:
    """Mono int16 speech for `text` at `sample_rate` (empty text → empty array)."""
    text = text.strip()
    if not text:
        return np.zeros(0, dtype=np.int16)
    h = _voice_hash(voice)
    x: np.ndarray | None = None
    if ESPEAK:
        lang = _LANGS.get((language or "").split("-")[0], "cmn" if _has_cjk(text) else "en")
        base_pitch = 30 + h % 40
        args = [ESPEAK, "--stdout", "--stdin", "-v", f"{lang}+{_VARIANTS[h % len(_VARIANTS)]}",
                "-s", str(int(min(450, max(80, 165 * rate)))),
                "-p", str(int(min(99, max(0, base_pitch * pitch))))]
        try:
            out = subprocess.run(args, input=text.encode(), capture_output=True, timeout=30, check=True).stdout
            x = _wav_to_float(out)
            x = resample(x, _ESPEAK_RATE, sample_rate)
        except (OSError, subprocess.SubprocessError, ValueError):
            x = None
    if x is None:
        x = _voiced_tone(text, h, sample_rate, rate, pitch)
    gain = 0.9 * min(max(volume, 0), 100) / 50.0
    return np.clip(x * gain * 32767.0, -32768, 32767).astype(np.int16)


def _wav_to_float(data: bytes) -> np.ndarray:
    import soundfile as sf

    x, _ = sf.read(io.BytesIO(data), dtype="float32", always_2d=True)
    return x[:, 0]


def _voiced_tone(text: str, h: int, sr: int, rate: float, pitch: float) -> np.ndarray:
    """Deterministic speech-like signal: glottal-ish harmonics, a syllable envelope per character."""
    f0 = (95 + h % 130) * pitch
    syl = int(sr * 0.16 / max(rate, 0.1))
    gap = int(sr * 0.25 / max(rate, 0.1))
    parts: list[np.ndarray] = []
    for i, ch in enumerate(text):
        if ch.isspace() or not ch.isalnum():
            parts.append(np.zeros(gap if ch in "。.!?！？，,;；" else gap // 3))
            continue
        t = np.arange(syl) / sr
        f = f0 * (1 + 0.06 * math.sin(i * 1.7 + (h % 7)))
        tone = sum(np.sin(2 * np.pi * f * k * t) / k for k in range(1, 8))
        env = np.sin(np.pi * np.arange(syl) / syl) ** 0.6
        parts.append(0.25 * tone * env)
    return np.concatenate(parts) if parts else np.zeros(0)


# --- encoders ---------------------------------------------------------------------------------
class UnsupportedFormat(ValueError):
    pass


class StreamEncoder:
    """Encode a stream of int16 chunks; `encode` returns what can be sent now, `flush` the rest."""

    def encode(self, pcm: np.ndarray) -> bytes:
        return pcm.astype("<i2").tobytes()

    def flush(self) -> bytes:
        return b""


class _WavEncoder(StreamEncoder):
    """RIFF header first, with the 'unknown length' sizes streaming servers use, then raw PCM."""

    def __init__(self, sample_rate: int) -> None:
        self._header: bytes | None = (
            b"RIFF" + struct.pack("<I", 0xFFFFFFFF) + b"WAVEfmt "
            + struct.pack("<IHHIIHH", 16, 1, 1, sample_rate, sample_rate * 2, 2, 16)
            + b"data" + struct.pack("<I", 0xFFFFFFFF)
        )

    def encode(self, pcm: np.ndarray) -> bytes:
        head, self._header = self._header or b"", None
        return head + pcm.astype("<i2").tobytes()

    def flush(self) -> bytes:
        head, self._header = self._header or b"", None
        return head


class _Mp3Encoder(StreamEncoder):
    def __init__(self, sample_rate: int, bit_rate: int) -> None:
        import lameenc

        self._enc = lameenc.Encoder()
        self._enc.set_in_sample_rate(sample_rate)
        self._enc.set_channels(1)
        # MPEG-2/2.5 (≤ 24 kHz) tops out at 160 kbps.
        self._enc.set_bit_rate(min(bit_rate, 160 if sample_rate <= 24000 else 320))
        self._enc.set_quality(5)

    def encode(self, pcm: np.ndarray) -> bytes:
        return bytes(self._enc.encode(pcm.astype("<i2").tobytes()))

    def flush(self) -> bytes:
        return bytes(self._enc.flush())


class _Sink(io.RawIOBase):
    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.pos = 0

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.chunks.append(bytes(b))
        self.pos += len(b)
        return len(b)

    def tell(self) -> int:
        return self.pos

    def take(self) -> bytes:
        out, self.chunks = b"".join(self.chunks), []
        return out


class _OpusEncoder(StreamEncoder):
    """Ogg Opus through PyAV/libopus; pages are released as the muxer writes them."""

    def __init__(self, sample_rate: int, bit_rate_kbps: int) -> None:
        import av

        if sample_rate not in (8000, 12000, 16000, 24000, 48000):
            raise UnsupportedFormat(f"opus does not support {sample_rate} Hz")
        self._av = av
        self._sink = _Sink()
        self._box = av.open(self._sink, "w", format="ogg", options={"page_duration": "100000"})
        self._stream = self._box.add_stream("libopus", rate=sample_rate)
        self._stream.layout = "mono"  # type: ignore[union-attr]
        self._stream.bit_rate = max(6, bit_rate_kbps) * 1000  # type: ignore[union-attr]
        self._rate = sample_rate
        self._closed = False

    def encode(self, pcm: np.ndarray) -> bytes:
        if len(pcm):
            frame = self._av.AudioFrame.from_ndarray(pcm.astype(np.int16)[None, :], format="s16", layout="mono")
            frame.sample_rate = self._rate
            for packet in self._stream.encode(frame):  # type: ignore[union-attr]
                self._box.mux(packet)
        return self._sink.take()

    def flush(self) -> bytes:
        if not self._closed:
            self._closed = True
            for packet in self._stream.encode(None):  # type: ignore[union-attr]
                self._box.mux(packet)
            self._box.close()
        return self._sink.take()


FORMATS = ("pcm", "wav", "mp3", "opus")
SAMPLE_RATES = (8000, 16000, 22050, 24000, 44100, 48000)


def make_encoder(fmt: str, sample_rate: int, bit_rate_kbps: int | None = None) -> StreamEncoder:
    fmt = fmt.lower()
    if fmt == "pcm":
        return StreamEncoder()
    if fmt == "wav":
        return _WavEncoder(sample_rate)
    if fmt == "mp3":
        return _Mp3Encoder(sample_rate, bit_rate_kbps or (128 if sample_rate > 24000 else 64))
    if fmt == "opus":
        try:
            return _OpusEncoder(sample_rate, bit_rate_kbps or 32)
        except ImportError as exc:  # PyAV without libopus
            raise UnsupportedFormat("opus encoding is not available") from exc
    raise UnsupportedFormat(f"unknown format {fmt!r}")


# --- sample analysis (enrollment checks) ------------------------------------------------------
class DecodeError(ValueError):
    pass


def decode_audio(data: bytes) -> tuple[np.ndarray, int, str]:
    """(first channel as float32, sample rate, container name) or DecodeError."""
    import soundfile as sf

    try:
        info = sf.info(io.BytesIO(data))
        x, sr = sf.read(io.BytesIO(data), dtype="float32", always_2d=True)
        return x[:, 0], int(sr), info.format.lower()
    except Exception:  # anything soundfile cannot read goes to PyAV
        pass
    try:
        import av

        with av.open(io.BytesIO(data), "r") as box:
            stream = box.streams.audio[0]
            chunks = [f.to_ndarray().astype(np.float32) for f in box.decode(stream)]
            rate = int(stream.codec_context.sample_rate or stream.rate or 0)
            name = box.format.name
        if not chunks or rate <= 0:
            raise DecodeError("no audio")
        first = [c[0] if c.ndim == 2 and c.shape[0] <= 8 else c.reshape(-1) for c in chunks]
        x = np.concatenate(first)
        if np.abs(x).max(initial=0.0) > 1.5:  # integer sample formats
            x = x / 32768.0
        return x.astype(np.float32), rate, name
    except Exception as exc:
        raise DecodeError(str(exc)) from exc


def speech_stats(x: np.ndarray, sr: int, bridge_s: float = 0.6) -> tuple[float, float]:
    """(seconds of non-silent audio, longest continuous speech run with short pauses bridged)."""
    hop = max(1, int(sr * 0.02))
    n = len(x) // hop
    if n == 0:
        return 0.0, 0.0
    frames = x[: n * hop].reshape(n, hop).astype(np.float64)
    db = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12)
    loud = db > max(-50.0, float(np.percentile(db, 95)) - 30.0)
    effective = float(loud.sum()) * hop / sr
    longest = run = gap = 0
    bridge = int(bridge_s / 0.02)
    for on in loud:
        if on:
            run += gap + 1
            gap = 0
        elif run:
            gap += 1
            if gap > bridge:
                run = gap = 0
        longest = max(longest, run)
    return effective, longest * hop / sr
