"""Streaming a take to a WAV file from a writer thread, crash-safe.

- The file is opened, its header written and a journal (`<take>.wav.journal`, JSON) put beside it
  before the first sample arrives, so a failure to create the file is reported when the take starts.
- Blocks reach the writer thread through a bounded queue (the "None sentinel" pattern of
  python-sounddevice's rec_gui): memory does not grow with take length, and a stalled disk shows up
  as dropped frames instead of unbounded growth.
- Once per `sync_interval_s` of audio the buffered bytes are flushed, the RIFF and data sizes in the
  header are patched, and the file is fsynced: after a crash (even SIGKILL or a power cut) at most the
  last interval is missing, and `recovery.py` finds the journal and repairs the header. A clean
  finish removes the journal.
- A write error (disk full, removed drive) stops the take; what was written stays valid.
"""

from __future__ import annotations

import errno
import json
import os
import queue
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from studio.errors import DeviceError, StudioError
from studio.library.models import now_iso

HEADER_BYTES = 44
JOURNAL_SUFFIX = ".journal"
MAX_DATA_BYTES = 0xFFFFFFFF - HEADER_BYTES  # RIFF sizes are 32-bit


def wav_header(rate: int, bits: int, channels: int, data_bytes: int) -> bytes:
    align = channels * bits // 8
    return (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * align, align, bits)
            + b"data" + struct.pack("<I", data_bytes))


def to_pcm(block: np.ndarray, bits: int) -> bytes:
    """float32 in [-1, 1] → little-endian PCM16 or packed PCM24, rounded and clipped.

    Scaled by 2^(bits-1) (the convention libsndfile and numpy readers divide by), so a file read back
    equals the input within half a step; +1.0 saturates at the largest code."""
    if bits not in (16, 24):
        raise ValueError(f"unsupported bit depth {bits}")
    scale = float(1 << (bits - 1))
    codes = np.clip(np.rint(np.asarray(block, np.float64) * scale), -scale, scale - 1).astype("<i4")
    if bits == 16:
        return codes.astype("<i2").tobytes()
    return codes.view(np.uint8).reshape(-1, 4)[:, :3].tobytes()


def journal_path(wav: Path) -> Path:
    return wav.with_name(wav.name + JOURNAL_SUFFIX)


def _write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def disk_error(path: Path, exc: OSError) -> StudioError:
    if exc.errno == errno.ENOSPC:
        return DeviceError(f"The disk is full; the take was stopped and kept up to here ({path.name}).",
                           detail_zh=f"磁盘已满；录音已停止，已录部分已保存（{path.name}）。")
    return DeviceError(f"Could not write {path.name}: {exc.strerror or exc}; the take was stopped and kept.",
                       detail_zh=f"无法写入 {path.name}：{exc.strerror or exc}；录音已停止并保留已录部分。")


def _open_unbuffered(path: Path) -> BinaryIO:
    return open(path, "wb", buffering=0)  # the WavFile owns and closes it


class WavFile:
    """Synchronous streaming WAV writer (used by the writer thread; usable alone)."""

    def __init__(self, path: Path, rate: int, bits: int = 16, channels: int = 1, *,
                 sync_interval_s: float = 1.0, fsync: bool = True,
                 opener: Callable[[Path], BinaryIO] | None = None) -> None:
        if bits not in (16, 24):
            raise ValueError("bits must be 16 or 24")
        self.path, self.rate, self.bits, self.channels = Path(path), rate, bits, channels
        self.frame_bytes = channels * bits // 8
        self.frames = 0
        self.synced_frames = 0
        self._sync_every = max(1, int(sync_interval_s * rate))
        self._fsync = fsync
        # Unbuffered: every block is in the OS as soon as it is written (a SIGKILL loses nothing written),
        # and a failing write (disk full) leaves `frames` exact, so the header never claims missing data.
        self._f: BinaryIO = (opener or _open_unbuffered)(self.path)
        self._write_all(wav_header(rate, bits, channels, 0))

    def _write_all(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = self._f.write(view)
            if not written:
                raise OSError(errno.EIO, "short write")
            view = view[written:]

    def write(self, block: np.ndarray) -> None:
        n = block.shape[0]
        if (self.frames + n) * self.frame_bytes > MAX_DATA_BYTES:
            raise OSError(errno.EFBIG, "WAV files cannot exceed 4 GB")
        self._write_all(to_pcm(block, self.bits))
        self.frames += n
        if self.frames - self.synced_frames >= self._sync_every:
            self.sync()

    def sync(self) -> None:
        """Flush, patch the header sizes, and (optionally) fsync: the file is now valid up to here."""
        data = self.frames * self.frame_bytes
        self._f.flush()
        end = self._f.tell()
        self._f.seek(4)
        self._f.write(struct.pack("<I", 36 + data))
        self._f.seek(40)
        self._f.write(struct.pack("<I", data))
        self._f.seek(end)
        self._f.flush()
        if self._fsync:
            try:
                os.fsync(self._f.fileno())
            except (OSError, AttributeError, ValueError):
                pass
        self.synced_frames = self.frames

    def close(self) -> None:
        try:
            self.sync()
        finally:
            self._f.close()


@dataclass
class WriterResult:
    path: Path
    frames: int
    rate: int
    bits: int
    dropped: int = 0  # frames the queue could not take (disk too slow)
    error: StudioError | None = None
    meta: dict[str, Any] = field(default_factory=dict)


class TakeWriter:
    """A WavFile behind a bounded queue and its own thread. `submit` never blocks."""

    def __init__(self, path: Path, rate: int, bits: int = 16, channels: int = 1, *,
                 name: str = "", meta: dict[str, Any] | None = None, sync_interval_s: float = 1.0,
                 fsync: bool = True, max_queued_blocks: int = 256, opener: Callable[[Path], BinaryIO] | None = None) -> None:
        self.path = Path(path)
        self.meta = dict(meta or {})
        journal = {"version": 1, "file": self.path.name, "rate": rate, "bits": bits, "channels": channels,
                   "header_bytes": HEADER_BYTES, "started": now_iso(), "name": name or self.path.stem,
                   "meta": self.meta}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _write_json_atomic(journal_path(self.path), journal)
            self._wav = WavFile(self.path, rate, bits, channels, sync_interval_s=sync_interval_s,
                                fsync=fsync, opener=opener)
        except OSError as exc:
            try:
                journal_path(self.path).unlink(missing_ok=True)
            except OSError:
                pass
            raise disk_error(self.path, exc) from exc
        _fsync_dir(self.path.parent)
        self.rate, self.bits = rate, bits
        self.dropped = 0
        self.error: StudioError | None = None
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue(maxsize=max_queued_blocks)
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=f"take-writer:{self.path.name}", daemon=True)
        self._thread.start()

    @property
    def frames(self) -> int:
        return self._wav.frames

    @property
    def backlog(self) -> int:
        """Blocks waiting for the disk (a steady rise means the disk cannot keep up)."""
        return self._queue.qsize()

    @property
    def failed(self) -> bool:
        return self.error is not None

    def submit(self, block: np.ndarray) -> bool:
        """Queue a copy of `block` (float32, mono); False if it was dropped (queue full, or failed)."""
        if self._closed or self.error is not None:
            return False
        try:
            self._queue.put_nowait(np.array(block, dtype=np.float32, copy=True))
        except queue.Full:
            self.dropped += block.shape[0]
            return False
        return True

    def _run(self) -> None:
        while True:
            block = self._queue.get()
            if block is None:
                break
            if self.error is not None:
                continue  # drain and discard after a failure; the file stays valid up to the last sync
            try:
                self._wav.write(block)
            except OSError as exc:
                self.error = disk_error(self.path, exc)
        try:
            self._wav.close()
        except OSError as exc:
            # The header could not be finished: keep the journal so recovery repairs the file later.
            self.error = self.error or disk_error(self.path, exc)
        else:
            journal_path(self.path).unlink(missing_ok=True)
            _fsync_dir(self.path.parent)

    def close(self, timeout: float | None = 30.0) -> WriterResult:
        """Write what is queued, finish the header, remove the journal. Idempotent."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
        self._thread.join(timeout)
        if self._thread.is_alive():
            self.error = self.error or DeviceError(
                f"Writing {self.path.name} did not finish in time; it will be recovered on the next start.",
                detail_zh=f"{self.path.name} 未能及时写完；下次启动时会自动恢复。")
        return WriterResult(self.path, self._wav.frames, self.rate, self.bits, self.dropped, self.error,
                            self.meta)
