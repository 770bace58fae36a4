"""Decode a sample in fixed-size float32 blocks, whatever its container.

16-bit PCM WAV is read directly (wavread.py); other WAV/RF64/W64/AIFF/FLAC/OGG/MP3 go through libsndfile
(soundfile, imported only then); MP4/M4A, raw AAC (ADTS) and
Matroska/WebM through FFmpeg (PyAV). The whole file is never loaded: `AudioReader.blocks()` yields
`(frames, channels)` float32 arrays of a fixed length (the last one shorter).

Every failure is an `InvalidInputError` whose `code` says what kind of file problem it is (see
`ERROR_CODES`), with an English and a Chinese detail. Decoding is bounded in time: a decoder that
stalls on a hostile file is stopped at the block boundary after `deadline_s`.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np

from studio.cancel import NEVER, CancelToken
from studio.errors import InvalidInputError
from studio.validation.wavread import WavPcm16, open_wav

# InvalidInputError.code values raised here, with the vendor error each one would have produced.
ERROR_CODES: tuple[str, ...] = ("not_found", "not_a_file", "unreadable", "empty_file", "not_audio",
                                 "unsupported_format", "no_audio_stream", "corrupt", "truncated", "decode_timeout")

_BITS = {"PCM_S8": 8, "PCM_U8": 8, "PCM_16": 16, "PCM_24": 24, "PCM_32": 32, "FLOAT": 32, "DOUBLE": 64,
         "ALAW": 8, "ULAW": 8}
_FLOAT_SUBTYPES = {"FLOAT", "DOUBLE"}
_PYAV_SCALE = {"s16": 1 / 32768.0, "s16p": 1 / 32768.0, "s32": 1 / 2147483648.0, "s32p": 1 / 2147483648.0,
               "u8": 1 / 128.0, "u8p": 1 / 128.0}
DEFAULT_BLOCK_S = 4.0
MIN_RATE, MAX_RATE = 4000, 768000  # below 4 kHz the K-weighting shelf (1.68 kHz) has no room


@dataclass(frozen=True)
class AudioInfo:
    """What the container says about the audio (duration is the header's, refined after decoding)."""

    path: str
    size_bytes: int
    container: str  # WAV, RF64, W64, AIFF, FLAC, OGG, MP3, M4A, AAC, WEBM, …
    codec: str  # PCM_16, PCM_24, FLOAT, VORBIS, OPUS, MPEG_LAYER_III, AAC, ALAC, …
    bit_depth: int | None  # None for lossy codecs
    sample_format: str  # "int", "float" or "lossy"
    channels: int
    sample_rate: int
    frames: int
    duration_s: float
    backend: str  # "wav" (16-bit PCM WAV, read directly), "soundfile" or "pyav"

    @property
    def format_id(self) -> str:
        """Short id used by the rule tables: 'wav/pcm16', 'wav/float32', 'mp3', 'm4a/aac', 'flac', …"""
        c = self.container.lower()
        if c in ("wav", "rf64", "w64"):
            kind = "float" if self.sample_format == "float" else "pcm"
            return f"wav/{kind}{self.bit_depth or ''}"
        if c == "m4a":
            return f"m4a/{self.codec.lower()}"
        if c == "ogg":
            return f"ogg/{self.codec.lower()}"
        return c

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["format_id"] = self.format_id
        return d


def _err(code: str, en: str, zh: str) -> InvalidInputError:
    return InvalidInputError(en, code=code, detail_zh=zh)


def _sniff(head: bytes) -> str:
    """Container family from magic bytes: 'soundfile', 'pyav', 'text' or 'unknown'."""
    if head[:4] in (b"RIFF", b"RF64", b"FORM", b"fLaC", b"OggS", b"riff") or head[:3] == b"ID3":
        return "soundfile"
    if head[4:8] == b"ftyp" or head[:4] == b"\x1aE\xdf\xa3":
        return "pyav"
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xF6) == 0xF0:  # ADTS AAC sync, layer 0
        return "pyav"
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0:  # MPEG audio frame sync
        return "soundfile"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return "unknown"
    if all(ch.isprintable() or ch in "\r\n\t" for ch in text):
        return "text"
    return "unknown"


def _wav_truncation(path: Path, size: int) -> tuple[int, int] | None:
    """(declared, available) data bytes when a RIFF/WAVE file is shorter than its header says."""
    with path.open("rb") as fh:
        head = fh.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return None
        pos = 12
        while pos + 8 <= size:
            fh.seek(pos)
            cid, csize = struct.unpack("<4sI", fh.read(8))
            if cid == b"data":
                available = size - (pos + 8)
                # 0 and 0xFFFFFFFF are the placeholders of a recorder that never closed the file: the
                # data that is there is still fine, so only a real size mismatch counts.
                if csize not in (0, 0xFFFFFFFF) and csize > available + 1:
                    return csize, available
                return None
            pos += 8 + csize + (csize & 1)
    return None


def _check_path(path: Path) -> tuple[int, bytes]:
    name = path.name
    if not path.exists():
        raise _err("not_found", f"{name}: file not found.", f"{name}：文件不存在。")
    if not path.is_file():
        raise _err("not_a_file", f"{name}: not a regular file.", f"{name}：不是普通文件。")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(64)
    except OSError as exc:
        raise _err("unreadable", f"{name}: cannot be read ({exc.strerror}).",
                   f"{name}：无法读取（{exc.strerror}）。") from exc
    if size == 0:
        raise _err("empty_file", f"{name}: the file is empty (0 bytes).", f"{name}：文件为空（0 字节）。")
    return size, head


class AudioReader:
    """An open sample; use as a context manager. Not thread-safe."""

    def __init__(self, path: Path, info: AudioInfo, handle: Any, deadline_s: float) -> None:
        self.path = path
        self.info = info
        self._handle = handle
        self._deadline_s = deadline_s

    def __enter__(self) -> AudioReader:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        try:
            self._handle.close()
        except Exception:  # closing a half-broken decoder must not hide the real error
            pass

    def block_frames(self, block_s: float = DEFAULT_BLOCK_S) -> int:
        """A block length that is a whole number of 10 ms analysis frames."""
        frame = max(1, self.info.sample_rate // 100)
        return frame * max(1, round(block_s * 100))

    @property
    def native_scale(self) -> float:
        """What `blocks(native=True)` samples are multiplied by to read −1…1: 1/32768 for 16-bit PCM,
        which is then given as int16 (half the memory traffic, and exact integer sums), else 1.0."""
        return 1.0 / 32768.0 if self.info.backend != "pyav" and self.info.codec == "PCM_16" else 1.0

    def blocks(self, block_frames: int, *, start: int = 0, cancel: CancelToken = NEVER,
               native: bool = False) -> Iterator[np.ndarray]:
        """float32 blocks of exactly `block_frames` frames (the last may be shorter), from frame `start`;
        with `native`, 16-bit PCM comes as int16 (see `native_scale`)."""
        began = time.monotonic()
        name = self.path.name
        if self.info.backend == "pyav":
            inner = _rechunk(self._av_blocks(start), block_frames, self.info.channels)
        else:
            inner = self._sf_blocks(block_frames, start, native)
        while True:
            cancel.raise_if_cancelled()
            if time.monotonic() - began > self._deadline_s:
                raise _err("decode_timeout", f"{name}: decoding took longer than {self._deadline_s:.0f} s; "
                           "the file is probably damaged.",
                           f"{name}：解码超过 {self._deadline_s:.0f} 秒，文件可能已损坏。")
            try:
                block = next(inner)
            except StopIteration:
                return
            except InvalidInputError:
                raise
            except Exception as exc:  # any decoder failure mid-stream is a damaged file
                raise _err("corrupt", f"{name}: decoding failed part-way ({exc}).",
                           f"{name}：解码中途失败（{exc}）。") from exc
            yield block

    def _sf_blocks(self, block_frames: int, start: int, native: bool) -> Iterator[np.ndarray]:
        snd = self._handle  # a soundfile.SoundFile or a WavPcm16: the same read() and seek()
        snd.seek(start)  # each call reads from `start`, whatever an earlier call left
        # libsndfile's own int→float conversion is three times slower than numpy's
        as_int16 = self.info.codec == "PCM_16"
        scale = np.float32(1.0 / 32768.0)
        while True:
            if isinstance(snd, WavPcm16):
                raw = snd.read(block_frames)
            elif as_int16:
                raw = snd.read(block_frames, dtype="int16", always_2d=True)
            if as_int16:
                if native:
                    block = raw
                else:
                    block = raw.astype(np.float32)
                    block *= scale
            else:
                block = snd.read(block_frames, dtype="float32", always_2d=True)
            if len(block) == 0:
                return
            yield block
            if len(block) < block_frames:
                return

    def _av_blocks(self, start: int) -> Iterator[np.ndarray]:
        container = self._handle
        stream = container.streams.audio[0]
        skip = start
        for frame in container.decode(stream):
            arr = frame.to_ndarray()
            fmt = frame.format.name
            arr = arr.T if frame.format.is_planar else arr.reshape(-1, self.info.channels)
            if fmt in _PYAV_SCALE:
                offset = 128.0 if fmt.startswith("u8") else 0.0
                arr = (arr.astype(np.float32) - offset) * np.float32(_PYAV_SCALE[fmt])
            else:
                arr = arr.astype(np.float32, copy=False)
            if skip:
                if skip >= len(arr):
                    skip -= len(arr)
                    continue
                arr, skip = arr[skip:], 0
            yield arr


def _rechunk(src: Iterator[np.ndarray], block_frames: int, channels: int) -> Iterator[np.ndarray]:
    buf = np.empty((block_frames, channels), dtype=np.float32)
    fill = 0
    for arr in src:
        pos = 0
        while pos < len(arr):
            take = min(block_frames - fill, len(arr) - pos)
            buf[fill:fill + take] = arr[pos:pos + take]
            fill += take
            pos += take
            if fill == block_frames:
                yield buf.copy()
                fill = 0
    if fill:
        yield buf[:fill].copy()


def _open_soundfile(path: Path, size: int) -> tuple[AudioInfo, Any]:
    wav = open_wav(path, size)
    if wav is not None:
        info = AudioInfo(str(path), size, "WAV", "PCM_16", 16, "int", wav.channels, wav.samplerate, wav.frames,
                         wav.frames / wav.samplerate if wav.samplerate else 0.0, "wav")
        return info, wav
    import soundfile as sf  # everything but 16-bit PCM WAV

    snd = sf.SoundFile(str(path))
    fmt, subtype = snd.format, snd.subtype
    lossy = subtype in ("VORBIS", "OPUS", "MPEG_LAYER_I", "MPEG_LAYER_II", "MPEG_LAYER_III")
    bits = None if lossy else _BITS.get(subtype)
    sample_format = "lossy" if lossy else ("float" if subtype in _FLOAT_SUBTYPES else "int")
    container = {"WAVEX": "WAV", "AIFF": "AIFF"}.get(fmt, fmt)
    info = AudioInfo(str(path), size, container, subtype, bits, sample_format, snd.channels, snd.samplerate,
                     snd.frames, snd.frames / snd.samplerate if snd.samplerate else 0.0, "soundfile")
    return info, snd


def _open_pyav(path: Path, size: int) -> tuple[AudioInfo, Any]:
    import av  # FFmpeg is only needed for MP4/AAC/WebM; keep it off the import path of WAV users

    container = av.open(str(path), metadata_errors="ignore")
    try:
        if not container.streams.audio:
            raise _err("no_audio_stream", f"{path.name}: the file has no audio stream.",
                       f"{path.name}：文件中没有音频流。")
        stream = container.streams.audio[0]
        ctx = stream.codec_context
        names = container.format.name.split(",")
        if "mp4" in names or "mov" in names:
            kind = "M4A"
        elif "matroska" in names or "webm" in names:
            kind = "WEBM"
        else:
            kind = names[0].upper()
        codec = (ctx.name or "unknown").upper()
        lossless = codec in ("ALAC", "FLAC") or codec.startswith("PCM")
        rate = int(ctx.sample_rate or stream.rate or 0)
        channels = int(ctx.channels or 0)
        if rate <= 0 or channels <= 0:
            raise _err("corrupt", f"{path.name}: the audio stream has no sample rate or channels.",
                       f"{path.name}：音频流缺少采样率或声道信息。")
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / 1_000_000
        else:
            duration = 0.0
        bits = int(ctx.format.bits) if lossless and ctx.format is not None else None
        info = AudioInfo(str(path), size, kind, codec, bits, "int" if lossless else "lossy", channels, rate,
                         round(duration * rate), duration, "pyav")
        return info, container
    except BaseException:
        container.close()
        raise


def open_audio(path: str | Path, *, deadline_s: float | None = None) -> AudioReader:
    """Open a sample for block reading. Raises InvalidInputError (see ERROR_CODES) for bad files."""
    p = Path(path)
    size, head = _check_path(p)
    kind = _sniff(head)
    name = p.name
    if kind == "text":
        raise _err("not_audio", f"{name}: this is a text file, not audio (whatever its extension says).",
                   f"{name}：这是文本文件，不是音频（与扩展名无关）。")
    trunc = _wav_truncation(p, size)
    if trunc is not None:
        declared, available = trunc
        raise _err("truncated", f"{name}: the WAV file is cut short ({available} of {declared} data bytes). "
                   "The recording was probably interrupted; re-export it.",
                   f"{name}：WAV 文件不完整（数据 {available}/{declared} 字节），录音可能被中断，请重新导出。")
    try:
        if kind == "pyav":
            info, handle = _open_pyav(p, size)
        else:
            info, handle = _open_soundfile(p, size)
    except InvalidInputError:
        raise
    except Exception as exc:
        if kind == "unknown":
            raise _err("unsupported_format", f"{name}: not a supported audio format ({exc}).",
                       f"{name}：不支持的音频格式（{exc}）。") from exc
        raise _err("corrupt", f"{name}: the file looks like audio but cannot be decoded ({exc}).",
                   f"{name}：文件像是音频，但无法解码（{exc}）。") from exc
    if info.sample_rate <= 0 or info.channels <= 0:
        handle.close()
        raise _err("corrupt", f"{name}: the header has no valid sample rate or channel count.",
                   f"{name}：文件头中的采样率或声道数无效。")
    if not MIN_RATE <= info.sample_rate <= MAX_RATE:
        handle.close()
        raise _err("unsupported_format", f"{name}: a sample rate of {info.sample_rate} Hz cannot be analysed "
                   f"({MIN_RATE}–{MAX_RATE} Hz).", f"{name}：无法分析 {info.sample_rate} Hz 采样率（支持 {MIN_RATE}～{MAX_RATE} Hz）。")
    # A generous bound: healthy files decode ~100× faster than real time.
    budget = deadline_s if deadline_s is not None else 60.0 + info.duration_s
    return AudioReader(p, info, handle, budget)


def probe(path: str | Path) -> AudioInfo:
    """Read only the header (fast); the same errors as open_audio."""
    with open_audio(path) as reader:
        return reader.info
