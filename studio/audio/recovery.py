"""Recovering takes that were being recorded when the app or the machine died.

The writer leaves `<take>.wav.journal` beside every take until the take is finished cleanly (see
writer.py). At start-up the studio calls `recover_takes(takes_dir)`: for each journal, the WAV's
header sizes are rewritten from the file's real length (whole frames only), the file is fsynced,
the journal removed, and the take returned as a `TakeInfo` with `source="recovered"` for the library.
Peak and RMS are measured by reading the file in chunks, so memory stays flat for long takes.
"""

from __future__ import annotations

import json
import logging
import os
import struct
from pathlib import Path

import numpy as np

from studio.audio.meter import db, power_db
from studio.audio.take import TakeInfo
from studio.audio.writer import HEADER_BYTES, JOURNAL_SUFFIX, wav_header

log = logging.getLogger(__name__)

CHUNK_FRAMES = 1 << 16


def find_unfinished(takes_dir: Path) -> list[Path]:
    """Journals of takes that were not finished, oldest first (searched recursively)."""
    takes_dir = Path(takes_dir)
    if not takes_dir.is_dir():
        return []
    return sorted(takes_dir.rglob("*.wav" + JOURNAL_SUFFIX), key=lambda p: p.stat().st_mtime)


def _read_journal(journal: Path) -> dict[str, object] | None:
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _parse_header(head: bytes) -> tuple[int, int, int, int] | None:
    """(rate, bits, channels, header bytes) from a header this studio wrote, else None."""
    if len(head) < HEADER_BYTES or head[:4] != b"RIFF" or head[8:16] != b"WAVE" + b"fmt ":
        return None
    _size, fmt, channels, rate, _byterate, _align, bits = struct.unpack("<IHHIIHH", head[16:36])
    if fmt != 1 or head[36:40] != b"data":
        return None
    return rate, bits, channels, HEADER_BYTES


def repair(wav: Path, rate: int, bits: int, channels: int) -> int:
    """Rewrite the header of `wav` from its length; the number of whole frames it holds."""
    align = channels * bits // 8
    size = wav.stat().st_size
    data = max(0, (size - HEADER_BYTES) // align * align)
    with open(wav, "r+b") as f:
        f.write(wav_header(rate, bits, channels, data))
        f.truncate(HEADER_BYTES + data)  # drop a half-written frame at the end
        f.flush()
        os.fsync(f.fileno())
    return data // align


def _measure(wav: Path, bits: int, channels: int, frames: int) -> tuple[float, float]:
    """(peak, mean square) of the first channel, read in chunks."""
    align = channels * bits // 8
    peak, sum_sq, done = 0.0, 0.0, 0
    with open(wav, "rb") as f:
        f.seek(HEADER_BYTES)
        while done < frames:
            n = min(CHUNK_FRAMES, frames - done)
            raw = f.read(n * align)
            if not raw:
                break
            n = len(raw) // align
            if bits == 16:
                x = np.frombuffer(raw[:n * align], "<i2").reshape(n, channels)[:, 0] / 32768.0
            else:
                b = np.frombuffer(raw[:n * align], np.uint8).reshape(n, channels, 3)[:, 0, :]
                wide = (b[:, 0].astype(np.int32) | (b[:, 1].astype(np.int32) << 8)
                        | (b[:, 2].astype(np.int32) << 16))
                x = np.where(wide >= 1 << 23, wide - (1 << 24), wide) / 8388608.0
            peak = max(peak, float(np.abs(x).max()) if n else 0.0)
            sum_sq += float(np.square(x).sum())
            done += n
    return peak, (sum_sq / done if done else 0.0)


def recover_take(journal: Path) -> TakeInfo | None:
    """Repair one unfinished take; None (and the journal removed) when there is no audio to keep."""
    wav = journal.with_name(journal.name[: -len(JOURNAL_SUFFIX)])
    meta = _read_journal(journal) or {}
    if not wav.exists():
        journal.unlink(missing_ok=True)
        return None
    with open(wav, "rb") as f:
        parsed = _parse_header(f.read(HEADER_BYTES))
    rate = _int(meta.get("rate"), parsed[0] if parsed else 0)
    bits = _int(meta.get("bits"), parsed[1] if parsed else 16)
    channels = _int(meta.get("channels"), parsed[2] if parsed else 1)
    if not rate or wav.stat().st_size <= HEADER_BYTES:
        log.info("unfinished take %s holds no audio; removing it", wav.name)
        wav.unlink(missing_ok=True)
        journal.unlink(missing_ok=True)
        return None
    frames = repair(wav, rate, bits, channels)
    peak, mean_sq = _measure(wav, bits, channels, frames)
    extra = meta.get("meta")
    info = TakeInfo(
        path=wav, name=str(meta.get("name") or wav.stem), rate=rate, bits=bits, frames=frames, peak_db=db(peak, -120.0),
        rms_db=power_db(mean_sq, -120.0), started=str(meta.get("started", "")) or _mtime_iso(wav),
        ended_by="error", source="recovered", channels=channels,
        meta=dict(extra) if isinstance(extra, dict) else {},
    )
    journal.unlink(missing_ok=True)
    log.info("recovered take %s: %.1f s", wav.name, info.duration_s)
    return info


def recover_takes(takes_dir: Path) -> list[TakeInfo]:
    """Repair every unfinished take under `takes_dir`; register the results as takes marked recovered."""
    recovered = []
    for journal in find_unfinished(takes_dir):
        try:
            info = recover_take(journal)
        except OSError:
            log.exception("could not recover %s", journal)
            continue
        if info is not None:
            recovered.append(info)
    return recovered


def _int(value: object, fallback: int) -> int:
    return int(value) if isinstance(value, (int, float, str)) and str(value).isdigit() else fallback


def _mtime_iso(path: Path) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0).isoformat()
