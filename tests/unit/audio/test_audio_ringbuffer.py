"""The lock-free SPSC ring between the audio callback and the worker."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from studio.audio.ringbuffer import RingBuffer


def test_wraps_around_and_keeps_order() -> None:
    ring = RingBuffer(10)
    out = np.zeros(10, np.float32)
    for start in range(0, 100, 7):
        assert ring.write(np.arange(start, start + 7, dtype=np.float32)) == 7
        n = ring.read_into(out)
        assert np.array_equal(out[:n], np.arange(start, start + 7))
    assert ring.overruns == 0 and ring.available == 0


def test_full_ring_drops_the_excess_and_never_overwrites() -> None:
    ring = RingBuffer(8)
    ring.write(np.arange(6, dtype=np.float32))
    kept = ring.write(np.arange(6, 12, dtype=np.float32))
    assert kept == 2 and ring.overruns == 1 and ring.dropped == 4
    assert np.array_equal(ring.read(100), np.arange(8))
    assert ring.write(np.ones(3, np.float32)) == 3  # space again after reading


def test_takes_the_first_channel_of_2d_blocks() -> None:
    ring = RingBuffer(16)
    block = np.stack([np.arange(4), -np.arange(4)], axis=1).astype(np.float32)
    ring.write(block)
    assert np.array_equal(ring.read(4), np.arange(4))


def test_rejects_a_zero_capacity() -> None:
    with pytest.raises(ValueError):
        RingBuffer(0)


def test_producer_and_consumer_threads_lose_nothing_when_the_consumer_keeps_up() -> None:
    ring = RingBuffer(4096)
    total = 200_000
    received: list[np.ndarray] = []
    done = threading.Event()

    def consume() -> None:
        out = np.zeros(1024, np.float32)
        got = 0
        while got < total:
            n = ring.read_into(out)
            if n:
                received.append(out[:n].copy())
                got += n
            else:
                done.wait(0.0001)

    consumer = threading.Thread(target=consume)
    consumer.start()
    sent = 0
    while sent < total:
        block = np.arange(sent, min(total, sent + 256), dtype=np.float32)
        if ring.capacity - ring.available >= block.shape[0]:  # a producer that waits instead of dropping
            ring.write(block)
            sent += block.shape[0]
    consumer.join(30)
    data = np.concatenate(received)
    assert data.shape[0] == total and np.array_equal(data, np.arange(total, dtype=np.float32))
    assert ring.overruns == 0
