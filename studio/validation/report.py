"""The analysis report: one take measured once, serialisable to JSON with a stable shape.

The shape is documented in docs/check-json.md (schema "voice-studio.report/1"); add fields, never rename
or remove them without bumping the schema. Levels are in dBFS (RMS of a full-scale sine is −3.01 dBFS,
as in sox), loudness in LUFS/LU, times in seconds, and every dB value has an explicit floor of −120.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

from studio.validation.decode import AudioInfo

SCHEMA = "voice-studio.report/1"


@dataclass
class Levels:
    sample_peak_dbfs: float
    true_peak_dbtp: float
    rms_dbfs: float
    integrated_lufs: float
    loudness_range_lu: float
    momentary_max_lufs: float
    channel_peak_dbfs: list[float]
    channel_rms_dbfs: list[float]
    dc_offset: list[float]  # mean sample value per channel (−1..1)
    dc_offset_dbfs: float  # the largest |dc_offset| in dBFS


@dataclass
class Noise:
    noise_floor_dbfs: float
    speech_level_dbfs: float  # mean power of the speech frames
    snr_db: float | None  # None when there is no speech
    method: str  # "pauses" (median away from speech) or "percentile" (< 0.3 s of silence: quietest 5 % of frames)


@dataclass
class Clipping:
    threshold_dbfs: float
    min_run: int  # consecutive samples at or above the threshold that count as a clip
    runs: int
    clipped_samples: int
    longest_run: int
    positions: list[tuple[float, int]]  # (start seconds, length in samples) of each span: every run, merged
    positions_truncated: bool  # True when there were too many runs to list one by one (spans are merged)
    spans: list[tuple[float, float, int]] = field(default_factory=list)  # (start s, end s, runs), ≤ 500


@dataclass
class Speech:
    segments: list[tuple[float, float]]
    pauses: list[tuple[float, float]]
    effective_s: float
    longest_continuous_s: float
    longest_pause_s: float
    leading_silence_s: float
    trailing_silence_s: float
    speech_ratio: float
    detector: str
    aggressiveness: int
    frame_ms: int
    hangover_s: float
    continuous_gap_s: float
    # is it a person talking? (speechlike.py); the defaults read reports made before it was measured
    speech_like: bool = True
    speech_likeness: float = 1.0  # 0…1
    syllabic_modulation_db: float = 0.0
    articulation_rate: float = 0.0  # abrupt spectral changes per second of speech
    unvoiced_ratio: float = 0.0  # share of speech frames that are noise-like (fricatives, whisper)


@dataclass
class Stereo:
    difference_db: float  # power of (L − R) against the mid signal; −120 for identical channels
    correlation: float
    imbalance_db: float  # channel 2 level minus channel 1 level


@dataclass
class Bandwidth:
    effective_hz: float
    nyquist_hz: float


@dataclass
class Envelope:
    hop_s: float
    min: list[float]
    max: list[float]


@dataclass
class Report:
    file: AudioInfo
    duration_s: float  # decoded, exact
    frames: int
    levels: Levels
    noise: Noise
    clipping: Clipping
    speech: Speech
    stereo: Stereo | None
    bandwidth: Bandwidth
    envelope: Envelope
    analysis: dict[str, Any] = field(default_factory=dict)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"schema": self.schema, "file": self.file.to_dict()}
        for f in fields(self):
            if f.name in ("schema", "file"):
                continue
            d[f.name] = getattr(self, f.name)
        return _rounded(d)

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Report:
        fd = dict(d["file"])
        fd.pop("format_id", None)
        info = AudioInfo(**fd)

        def tuples(rows: list[list[Any]]) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in rows]

        clip = dict(d["clipping"])
        clip["positions"] = tuples(clip["positions"])
        clip["spans"] = tuples(clip.get("spans", []))
        speech = dict(d["speech"])
        speech["segments"] = tuples(speech["segments"])
        speech["pauses"] = tuples(speech["pauses"])
        return cls(
            file=info, duration_s=d["duration_s"], frames=d["frames"], levels=Levels(**d["levels"]),
            noise=Noise(**d["noise"]), clipping=Clipping(**clip), speech=Speech(**speech),  # type: ignore[arg-type]
            stereo=Stereo(**d["stereo"]) if d.get("stereo") else None, bandwidth=Bandwidth(**d["bandwidth"]),
            envelope=Envelope(**d["envelope"]), analysis=d.get("analysis", {}), schema=d.get("schema", SCHEMA),
        )


def _rounded(value: Any, digits: int = 4) -> Any:
    """Plain JSON values, floats rounded, nested dataclasses as dicts of their fields (`asdict` would
    deep-copy every list first: most of the time of a 20-minute take's JSON)."""
    if isinstance(value, float):
        return round(value, digits)
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _rounded(getattr(value, f.name), digits) for f in fields(value)}
    if isinstance(value, dict):
        return {k: _rounded(v, digits) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v, digits) for v in value]
    return value
