"""Clipped runs, counted exactly and located over the whole take in a bounded list.

A run is ≥ `CLIP_MIN_RUN` consecutive samples at or above −0.1 dBFS in any channel (the Audacity meter
model). Every run is counted; where they are is kept as spans of the take: each run its own span while
there are at most `MAX_SPANS`, and beyond that neighbouring runs merged (runs closer than a gap that
doubles, from 10 ms, until the list fits), so that a waveform view can mark every clipped stretch from the
first second to the last, and each span says how many runs it holds. A steady clipped tone gives thousands
of runs and one span covering it.
"""

from __future__ import annotations

import math

import numpy as np

CLIP_THRESHOLD_DBFS = -0.1
CLIP_MIN_RUN = 3  # "≥ 3–4 consecutive samples at ≥ −0.1 dBFS" (Audacity meter model, specs §3)
MAX_SPANS = 500


class ClipTracker:
    """Feed blocks `(frames, channels)` in order (int16 PCM with `scale` 1/32768, or float)."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        # the comparison is made in float32, as it always was; for PCM the same test in integers
        self.thr = float(np.float32(10.0 ** (CLIP_THRESHOLD_DBFS / 20.0)))
        self._thr_pcm = math.ceil(self.thr * 32768.0)
        self.runs = 0
        self.samples = 0
        self.longest = 0
        self.gap = 0  # runs closer than this (samples) share a span; 0 while every run has its own
        self._spans: list[list[int]] = []  # [start, end, runs] in samples
        self._open_start = -1  # global start of a run still open at the end of the last block

    def feed(self, block: np.ndarray, pos: int, peak: float, scale: float = 1.0) -> None:
        """`peak` is the block's largest |x| (scaled): most blocks are far from clipping."""
        if peak < self.thr and self._open_start < 0:
            return
        if block.dtype == np.int16:
            hot = (block >= self._thr_pcm) | (block <= -self._thr_pcm)
        else:
            hot = np.abs(block) >= np.float32(self.thr)
        mask = hot.any(axis=1) if block.shape[1] > 1 else hot[:, 0]
        edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
        starts, ends = list(edges[::2]), list(edges[1::2])
        if self._open_start >= 0:
            if starts and starts[0] == 0:
                starts[0] = self._open_start - pos
            else:
                self._close(self._open_start, pos)
            self._open_start = -1
        for s, e in zip(starts, ends, strict=True):
            if e == len(block):
                self._open_start = pos + int(s)
            else:
                self._close(pos + int(s), pos + int(e))

    def finish(self, end: int) -> None:
        if self._open_start >= 0:
            self._close(self._open_start, end)
            self._open_start = -1

    def _close(self, start: int, end: int) -> None:
        n = end - start
        if n < CLIP_MIN_RUN:
            return
        self.runs += 1
        self.samples += n
        self.longest = max(self.longest, n)
        spans = self._spans
        if spans and start - spans[-1][1] <= self.gap:
            spans[-1][1] = end
            spans[-1][2] += 1
            return
        spans.append([start, end, 1])
        if len(spans) > MAX_SPANS:
            self.gap = max(2 * self.gap, self.rate // 100)
            self._spans = _merge(spans, self.gap)
            while len(self._spans) > MAX_SPANS:
                self.gap *= 2
                self._spans = _merge(self._spans, self.gap)

    def positions(self) -> list[tuple[float, int]]:
        """(start s, length in samples) of each span."""
        return [(s / self.rate, e - s) for s, e, _ in self._spans]

    def spans(self) -> list[tuple[float, float, int]]:
        """(start s, end s, runs) of each span."""
        return [(s / self.rate, e / self.rate, n) for s, e, n in self._spans]


def _merge(spans: list[list[int]], gap: int) -> list[list[int]]:
    out: list[list[int]] = []
    for s, e, n in spans:
        if out and s - out[-1][1] <= gap:
            out[-1][1] = e
            out[-1][2] += n
        else:
            out.append([s, e, n])
    return out
