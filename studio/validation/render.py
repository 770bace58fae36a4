"""Write a new sample from a source take: cut, DC removal, channel map, gain, resample, 16-bit WAV or MP3.

DC is removed by subtracting the measured offset, a constant: a high-pass filter (what this used to do)
shifts the phase of a voice's lowest partials and so reshapes the waveform, which raised the true peak of
a take that needed no change at all by 0.4 dB. A constant takes nothing else with it.

Streams block by block (memory does not grow with length) into a hidden temporary file next to the
destination, renamed into place only when complete, so a cancelled or failed fix leaves nothing
half-written behind. The source is opened read-only and never written; a destination that is the source
itself is refused.
"""

from __future__ import annotations

import contextlib
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import soundfile as sf

from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.errors import InvalidInputError
from studio.validation.decode import open_audio
from studio.validation.loudness import TruePeakMeter
from studio.validation.resample import StreamResampler

MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)
LSB = 1.0 / 32768.0


@dataclass(frozen=True)
class OutputSpec:
    rate: int | None = None  # None: keep the source rate
    channels: str | int = "keep"  # "keep", "mix" (mono downmix) or a 0-based channel index (mono)
    container: str = "wav"  # "wav" (16-bit PCM) or "mp3"
    dc: tuple[float, ...] = ()  # offset of each source channel to subtract (empty: none)
    mp3_kbps: int = 128


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def unique_path(path: Path) -> Path:
    """`path`, or `name-2.ext`, `name-3.ext`, … if it exists: fixes never overwrite."""
    if not path.exists():
        return path
    for i in range(2, 10_000):
        cand = path.with_name(f"{path.stem}-{i}{path.suffix}")
        if not cand.exists():
            return cand
    raise InvalidInputError(f"{path.name}: too many files with this name.", code="name_exhausted",
                            detail_zh=f"{path.name}：同名文件过多。")


class _Writer:
    def __init__(self, path: Path, rate: int, channels: int, spec: OutputSpec) -> None:
        self.container = spec.container
        self._sf: sf.SoundFile | None = None
        self._fh: BinaryIO | None = None
        if spec.container == "mp3":
            import lameenc

            if rate not in MP3_RATES:
                raise InvalidInputError(f"MP3 cannot be written at {rate} Hz.", code="unsupported_rate",
                                        detail_zh=f"MP3 不支持 {rate} Hz 采样率。")
            self._enc: Any = lameenc.Encoder()
            self._enc.set_bit_rate(spec.mp3_kbps)
            self._enc.set_in_sample_rate(rate)
            self._enc.set_channels(channels)
            self._enc.set_quality(2)
            self._fh = path.open("wb")
        else:
            self._sf = sf.SoundFile(str(path), "w", rate, channels, subtype="PCM_16", format="WAV")

    def write(self, pcm: np.ndarray) -> None:
        if self._sf is not None:
            self._sf.write(pcm)
        elif self._fh is not None and len(pcm):
            self._fh.write(bytes(self._enc.encode(np.ascontiguousarray(pcm).tobytes())))

    def close(self) -> None:
        if self._sf is not None:
            self._sf.close()
        if self._fh is not None:
            self._fh.write(bytes(self._enc.flush()))
            self._fh.close()


def _to_pcm16(y: np.ndarray) -> np.ndarray:
    return np.clip(np.round(y * 32768.0), -32768, 32767).astype(np.int16)


def render(
    src: str | Path,
    dst: str | Path,
    *,
    start_s: float = 0.0,
    end_s: float | None = None,
    gain_db: float = 0.0,
    spec: OutputSpec = OutputSpec(),
    fade_s: float = 0.005,
    keep_true_peak: bool = False,
    cancel: CancelToken = NEVER,
    progress: ProgressFn = no_progress,
) -> Path:
    """Write `src[start_s:end_s]` through `spec` to `dst` (a new file). Returns `dst`.

    With `keep_true_peak` the output's true peak may not exceed the source's (after the channel map):
    if removing DC or resampling would raise it, the output is written again, that much quieter.
    """
    src_p, dst_p = Path(src), Path(dst)
    if same_file(src_p, dst_p):
        raise InvalidInputError(f"{dst_p.name}: a fix never overwrites its source take.", code="same_file",
                                detail_zh=f"{dst_p.name}：修复不会覆盖原始录音。")
    peaks = _render(src_p, dst_p, start_s, end_s, gain_db, spec, fade_s, keep_true_peak, cancel, progress)
    if peaks is not None:
        before, after = peaks
        allowed = before * 10 ** (gain_db / 20.0)  # the source's true peak, with the gain asked for
        if after > allowed + LSB:  # the output scales with the gain: this much less brings it back
            _render(src_p, dst_p, start_s, end_s, gain_db + 20.0 * math.log10(allowed / after), spec, fade_s,
                    False, cancel, progress)
    progress(1.0, "done")
    return dst_p


def _render(src_p: Path, dst_p: Path, start_s: float, end_s: float | None, gain_db: float, spec: OutputSpec,
            fade_s: float, measure: bool, cancel: CancelToken, progress: ProgressFn) -> tuple[float, float] | None:
    """One pass; with `measure`, (true peak of the mapped source, true peak of the output before 16-bit)."""
    tmp = dst_p.with_name(f".{dst_p.name}.part")
    with open_audio(src_p) as reader:
        info = reader.info
        rate_in = info.sample_rate
        ch_in = info.channels
        ch_out = ch_in if spec.channels == "keep" else 1
        if isinstance(spec.channels, int) and not 0 <= spec.channels < ch_in:
            raise InvalidInputError(f"{src_p.name} has no channel {spec.channels + 1}.", code="bad_channel",
                                    detail_zh=f"{src_p.name} 没有第 {spec.channels + 1} 声道。")
        rate_out = spec.rate or rate_in
        start = max(0, round(start_s * rate_in))
        end = round(end_s * rate_in) if end_s is not None else None
        total = max(1, (end if end is not None else info.frames) - start)
        fade = max(1, round(fade_s * rate_in)) if fade_s > 0 else 0
        res = StreamResampler(rate_in, rate_out, ch_out)
        gain = 10.0 ** (gain_db / 20.0)
        dc = np.asarray(spec.dc, dtype=np.float64) if spec.dc else None
        meters = (TruePeakMeter(ch_out), TruePeakMeter(ch_out)) if measure else None
        tmp.parent.mkdir(parents=True, exist_ok=True)
        writer = _Writer(tmp, rate_out, ch_out, spec)
        pos = start
        try:
            for block in reader.blocks(reader.block_frames(), start=start, cancel=cancel):
                if end is not None:
                    block = block[: max(0, end - pos)]
                if len(block) == 0:
                    break
                x = block.astype(np.float64)
                if meters is not None:
                    meters[0].feed(_channels(x, spec.channels))
                if dc is not None:
                    x -= dc
                x = _channels(x, spec.channels)
                x *= gain
                _fade(x, pos - start, end - start if end is not None else None, fade)
                y = res.feed(x)
                if meters is not None:
                    meters[1].feed(y)
                writer.write(_to_pcm16(y))
                pos += len(block)
                progress(min(0.99, (pos - start) / total), "writing")
                if end is not None and pos >= end:
                    break
            y = res.finish()
            if meters is not None:
                meters[1].feed(y)
            writer.write(_to_pcm16(y))
        except BaseException:
            writer.close()
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        writer.close()
    os.replace(tmp, dst_p)
    return (meters[0].finish(), meters[1].finish()) if meters is not None else None


def _channels(block: np.ndarray, mode: str | int) -> np.ndarray:
    if mode == "keep":
        return block
    if mode == "mix":
        return block.mean(axis=1, keepdims=True)
    return block[:, [int(mode)]]


def _fade(x: np.ndarray, offset: int, length: int | None, fade: int) -> None:
    """Short linear fades at the cut points (in place), so a cut never clicks."""
    if fade <= 0:
        return
    n = len(x)
    idx = np.arange(offset, offset + n)
    head = idx < fade
    if head.any():
        x[head] *= (idx[head] / fade)[:, None]
    if length is not None:
        tail = idx >= length - fade
        if tail.any():
            x[tail] *= np.clip((length - idx[tail]) / fade, 0.0, 1.0)[:, None]
