"""Speech segments by WebRTC VAD, streamed at 16 kHz, with hangover smoothing.

The analysis channel is resampled to 16 kHz int16 on the fly and fed to webrtcvad in 30 ms frames;
only one byte per frame is kept (40 000 for 20 minutes), never a copy of the audio. The resampler is
deliberately cheap: webrtcvad itself works on the 0–4 kHz band (it decimates to 8 kHz inside), so an
integer-ratio boxcar (48/32/96 kHz, computed in the analysis pass's own loop: kernels.scan) or a short
boxcar + linear interpolation (44.1/22.05/24 kHz …, `To16k`) keeps aliasing out of that band well
enough, at a twentieth of the cost of a polyphase filter.

Smoothing: runs shorter than `MIN_SPEECH_S` are dropped (clicks, breaths) and gaps up to `HANGOVER_S`
are bridged (the detector keeps "speech" through the short silences between words). Pauses are the
remaining gaps. "Continuous speech" additionally bridges gaps up to `CONTINUOUS_GAP_S`, the length of
a breath between phrases.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import _webrtcvad  # webrtcvad's own extension: its Python wrapper costs a quarter of the calls' time
import numpy as np

from studio.validation import kernels

VAD_RATE = 16000
FRAME_MS = 30
FRAME_SAMPLES = VAD_RATE * FRAME_MS // 1000
FRAME_S = FRAME_MS / 1000.0
AGGRESSIVENESS = 2
MIN_SPEECH_S = 0.09
HANGOVER_S = 0.30
CONTINUOUS_GAP_S = 0.50


class To16k:
    """Streaming mono float → 16 kHz float converter (see module docstring for why it may be crude)."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._integer = rate % VAD_RATE == 0
        self._factor = rate // VAD_RATE if self._integer else 0
        self._rem = np.zeros(0, dtype=np.float32)
        self._width = max(1, round(rate / VAD_RATE)) if rate > VAD_RATE else 1
        self._hist = np.zeros(self._width - 1)  # the last inputs, for the boxcar across blocks
        self._prev = 0.0  # last input sample of the previous block
        self._in_pos = 0  # global index of the first sample of the next block
        self._out_pos = 0  # global index of the next output sample

    def feed(self, x: np.ndarray) -> np.ndarray:
        if self._integer:
            if self._factor == 1:
                return x.astype(np.float32, copy=False)
            if len(self._rem):
                x = np.concatenate((self._rem, x))
            n = len(x) // self._factor * self._factor
            self._rem = x[n:].copy()
            # strided sums: numpy reductions over a short last axis are ten times slower
            k = self._factor
            out = x[0:n:k].astype(np.float32)
            for i in range(1, k):
                out += x[i:n:k]
            out *= np.float32(1.0 / k)
            return out
        xs = x.astype(np.float64)
        w = self._width
        if w > 1:  # moving average of the last w inputs (numpy: the check path does without scipy)
            ext = np.concatenate((self._hist, xs))
            self._hist = ext[len(ext) - (w - 1):]
            n = len(xs)
            box = ext[w - 1: w - 1 + n] * (1.0 / w)
            for j in range(1, w):
                box += ext[w - 1 - j: w - 1 - j + n] * (1.0 / w)
            xs = box
        start, end = self._in_pos, self._in_pos + len(xs)
        # outputs whose position m·rate/16000 lies in [start − 1, end − 1] can be interpolated now
        last = ((end - 1) * VAD_RATE) // self.rate
        m = np.arange(self._out_pos, last + 1)
        t = m * (self.rate / VAD_RATE)
        out = np.interp(t, np.arange(start - 1, end), np.concatenate(([self._prev], xs)))
        self._prev = float(xs[-1]) if len(xs) else self._prev
        self._in_pos = end
        self._out_pos = last + 1
        return out.astype(np.float32)


def pcm16(y: np.ndarray) -> np.ndarray:
    """float (−1…1) → int16 the way the VAD has always been fed (clipped, truncated)."""
    return np.clip(y * np.float32(32768.0), -32768, 32767).astype(np.int16)


class VadStream:
    """Feed mono float blocks at the source rate; `decisions()` gives one bool per 30 ms frame."""

    def __init__(self, rate: int, aggressiveness: int = AGGRESSIVENESS) -> None:
        self._res = To16k(rate)
        self._vad = _webrtcvad.create()
        _webrtcvad.init(self._vad)
        _webrtcvad.set_mode(self._vad, aggressiveness)
        self._rem = np.zeros(0, dtype=np.int16)
        self._flags: list[bytes] = []

    def feed(self, mono: np.ndarray) -> None:
        """Mono float samples at the source rate."""
        self.feed_pcm(pcm16(self._res.feed(mono)))

    def feed_pcm(self, pcm: np.ndarray) -> None:
        """16-bit PCM already at 16 kHz."""
        if len(self._rem):
            pcm = np.concatenate((self._rem, pcm))
        n = len(pcm) // FRAME_SAMPLES
        self._rem = pcm[n * FRAME_SAMPLES:].copy()
        if n == 0:
            return
        self._flags.append(kernels.vad_frames(self._vad, pcm, FRAME_SAMPLES, VAD_RATE))

    def decisions(self) -> np.ndarray:
        """Raw per-frame decisions (the trailing partial frame is dropped)."""
        return np.frombuffer(b"".join(self._flags), dtype=np.uint8).astype(bool)


@dataclass(frozen=True)
class Segments:
    """Speech segments and pauses in seconds; `speech` is smoothed, `raw` only blip-filtered."""

    speech: list[tuple[float, float]]
    raw: list[tuple[float, float]]
    pauses: list[tuple[float, float]]
    continuous: list[tuple[float, float]]


def runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) index pairs of the True runs."""
    if len(flags) == 0:
        return []
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def bridge(segs: list[tuple[float, float]], gap: float) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for s, e in segs:
        if out and s - out[-1][1] <= gap + 1e-9:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def smooth(flags: np.ndarray, duration_s: float) -> Segments:
    min_frames = round(MIN_SPEECH_S / FRAME_S)
    raw = [(a * FRAME_S, min(b * FRAME_S, duration_s)) for a, b in runs(flags) if b - a >= min_frames]
    speech = bridge(raw, HANGOVER_S)
    pauses = [(a[1], b[0]) for a, b in pairwise(speech)]
    return Segments(speech, raw, pauses, bridge(speech, CONTINUOUS_GAP_S))
