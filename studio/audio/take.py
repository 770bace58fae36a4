"""What a finished take is (`TakeInfo`), how its statistics accumulate, and how it becomes a library Take."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from studio.audio.meter import BlockStats, PeakEnvelope, db, power_db
from studio.audio.roomcheck import LevelHistogram, SnrResult
from studio.audio.warnings import LiveWarnings, TakeWarning, Thresholds
from studio.errors import StudioError
from studio.library.models import Take, now_iso

ENVELOPE_BINS_PER_S = 50


@dataclass
class TakeInfo:
    path: Path
    name: str
    rate: int
    bits: int
    frames: int
    peak_db: float
    rms_db: float
    clip_count: int = 0
    overflows: int = 0
    dropped_frames: int = 0  # lost between the ring and the disk, or to ring overruns
    warnings: list[TakeWarning] = field(default_factory=list)
    speech_s: float = 0.0
    snr: SnrResult | None = None
    noise_floor_db: float | None = None  # from the room check, when one was made
    started: str = field(default_factory=now_iso)
    ended_by: str = "user"  # user | limit (max_seconds reached) | device | disk | error
    error: StudioError | None = None
    source: str = "recorded"  # recorded | recovered
    channels: int = 1
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def duration_s(self) -> float:
        return self.frames / self.rate if self.rate else 0.0

    @property
    def warning_codes(self) -> list[str]:
        return [str(w.code) for w in self.warnings]

    def to_take(self, home: Path | None = None) -> Take:
        """A library record; the path is stored relative to `home` (the data home) when it lies inside it."""
        path = self.path
        if home is not None:
            try:
                path = self.path.resolve().relative_to(Path(home).resolve())
            except ValueError:
                pass
        line = self.meta.get("line_index")
        return Take(
            name=self.name, path=str(path), duration_s=round(self.duration_s, 3), sample_rate=self.rate,
            channels=self.channels, peak_db=round(self.peak_db, 2), rms_db=round(self.rms_db, 2),
            clip_count=self.clip_count, overflows=self.overflows, warnings=self.warning_codes,
            source=self.source, script=str(self.meta.get("script", "")),
            line_index=int(line) if line is not None else None, created=self.started,
        )


class TakeStats:
    """Running statistics of the take being recorded; constant memory except the waveform envelope."""

    def __init__(self, rate: int, thresholds: Thresholds | None = None, noise_floor_db: float | None = None,
                 floor_db: float = -120.0) -> None:
        self.rate = rate
        self.floor_db = floor_db
        self.frames = 0
        self.peak = 0.0
        self.sum_squares = 0.0
        self.clips = 0
        self.histogram = LevelHistogram(rate)
        self.live = LiveWarnings(rate, thresholds or Thresholds(), noise_floor_db)
        self._envelope = PeakEnvelope(max(1, rate // ENVELOPE_BINS_PER_S))
        self._env = np.zeros((2, 1024), np.float32)
        self.envelope_bins = 0

    def add(self, block: np.ndarray, stats: BlockStats, rms_400_db: float, overflows: int) -> list[TakeWarning]:
        self.frames += stats.frames
        self.peak = max(self.peak, stats.peak)
        self.sum_squares += stats.sum_squares
        self.clips += stats.clip_events
        self.histogram.push(block)
        mins, maxs = self._envelope.push(block)
        self._append_envelope(mins, maxs)
        return self.live.update(stats, rms_400_db, overflows)

    def _append_envelope(self, mins: np.ndarray, maxs: np.ndarray) -> None:
        n = mins.shape[0]
        if not n:
            return
        if self.envelope_bins + n > self._env.shape[1]:
            grown = np.zeros((2, max(2 * self._env.shape[1], self.envelope_bins + n)), np.float32)
            grown[:, :self.envelope_bins] = self._env[:, :self.envelope_bins]
            self._env = grown
        self._env[0, self.envelope_bins:self.envelope_bins + n] = mins
        self._env[1, self.envelope_bins:self.envelope_bins + n] = maxs
        self.envelope_bins += n

    def envelope(self, since: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """(mins, maxs) at 50 bins/s from bin `since` on: the GUI appends these to the live waveform."""
        since = max(0, min(since, self.envelope_bins))
        return self._env[0, since:self.envelope_bins].copy(), self._env[1, since:self.envelope_bins].copy()

    @property
    def peak_db(self) -> float:
        return db(self.peak, self.floor_db)

    @property
    def rms_db(self) -> float:
        return power_db(self.sum_squares / self.frames, self.floor_db) if self.frames else self.floor_db
