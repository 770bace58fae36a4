"""A preallocated single-producer / single-consumer ring of float32 samples.

The producer is the PortAudio callback: `write` copies into the preallocated array and never
allocates, blocks or logs. The consumer is one worker thread. There is no lock: each side owns one
monotonically increasing counter (`written` for the producer, `read_pos` for the consumer) and
publishes it only after its copy is complete. A single int assignment is atomic under the GIL, so the
other side sees either the old or the new counter, never a torn one.

When the consumer falls behind and the ring is full, the producer drops the part of the block that
does not fit (the audio already in the ring is never overwritten, so what the consumer reads stays
contiguous) and counts an overrun.
"""

from __future__ import annotations

import numpy as np


class RingBuffer:
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = int(capacity)
        self._buf = np.zeros(self.capacity, dtype=np.float32)
        self.written = 0  # frames ever accepted (producer-owned)
        self.read_pos = 0  # frames ever consumed (consumer-owned)
        self.overruns = 0  # blocks that did not fit whole (producer-owned)
        self.dropped = 0  # frames lost to overruns (producer-owned)

    # -- producer side (audio thread) -------------------------------------------------------------
    def write(self, block: np.ndarray) -> int:
        """Copy `block` (1-D, or (frames, channels) of which the first channel is kept) in; frames kept."""
        data = block[:, 0] if block.ndim == 2 else block
        n = data.shape[0]
        space = self.capacity - (self.written - self.read_pos)
        if n > space:
            self.overruns += 1
            self.dropped += n - space
            n = space
            if n <= 0:
                return 0
        start = self.written % self.capacity
        first = min(n, self.capacity - start)
        self._buf[start:start + first] = data[:first]
        if first < n:
            self._buf[:n - first] = data[first:n]
        self.written += n  # publish only after the copy
        return n

    # -- consumer side (worker thread) ------------------------------------------------------------
    @property
    def available(self) -> int:
        return self.written - self.read_pos

    def read_into(self, out: np.ndarray, max_frames: int | None = None) -> int:
        """Copy up to len(out) (or max_frames) of the oldest frames into `out`; frames copied."""
        limit = out.shape[0] if max_frames is None else min(out.shape[0], max_frames)
        n = min(self.written - self.read_pos, limit)
        if n <= 0:
            return 0
        start = self.read_pos % self.capacity
        first = min(n, self.capacity - start)
        out[:first] = self._buf[start:start + first]
        if first < n:
            out[first:n] = self._buf[:n - first]
        self.read_pos += n  # free the space only after the copy
        return n

    def read(self, max_frames: int) -> np.ndarray:
        """Like read_into, returning a new array (for tests and non-realtime callers)."""
        out = np.empty(min(max_frames, self.available), dtype=np.float32)
        n = self.read_into(out)
        return out[:n]

    def clear(self) -> None:
        """Consumer-side: forget what is buffered (e.g. after reopening a device)."""
        self.read_pos = self.written
