"""Capture at length: a simulated 60-minute take through the real recorder, ring, meter and writer,
faster than real time — RSS growth and throughput — and the cost of each per-block stage.

Run: .venv/bin/python benchmarks/bench_capture.py [--minutes 60] [--rate 48000] [--bits 16]
Goal: RSS growth ≤ 10 MB over 60 minutes; meter well under 1 % of a 10 ms block's time.

The audio comes from the fake stream factory (tests/fakes), pushed in 10 ms callback blocks as fast
as the worker drains the ring (the producer waits for ring space, as a real device never would),
so the figure is the engine's headroom over real time. The take goes to a real file, with the
header patched and fsynced once per second of audio, exactly as in the studio.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.audio.meter import Meter
from studio.audio.recorder import Recorder
from studio.audio.ringbuffer import RingBuffer
from studio.audio.take import TakeStats
from tests.fakes.audio_stream import FakeStreamFactory

MB = 1024 * 1024


def speechlike(rate: int, seconds: float = 10.0) -> np.ndarray:
    """Noise shaped by a syllable-rate envelope with pauses: level and crest factor like read speech."""
    rng = np.random.default_rng(7)
    n = int(rate * seconds)
    t = np.arange(n) / rate
    envelope = np.clip(np.sin(2 * np.pi * 4.0 * t), 0, None) * (np.sin(2 * np.pi * 0.3 * t) > -0.5)
    voice = 0.3 * np.sin(2 * np.pi * 180 * t) + 0.1 * rng.standard_normal(n)
    return (envelope * voice + 3e-4 * rng.standard_normal(n)).astype(np.float32)


def long_take(minutes: float, rate: int, bits: int, folder: Path) -> dict[str, float]:
    proc = psutil.Process()
    factory = FakeStreamFactory()
    recorder = Recorder(factory, blocksize=rate // 100, stall_timeout_s=None)
    recorder.open_device(None, rate)
    stream = factory.input
    source = speechlike(rate)
    block = rate // 100
    blocks_per_loop = source.shape[0] // block
    total_blocks = int(minutes * 60 * 100)
    ring = recorder._ring

    def push(n_blocks: int) -> None:
        for i in range(n_blocks):
            start = (i % blocks_per_loop) * block
            take = recorder._take
            # Faster than real time, the producer must wait for the worker and the disk instead of
            # overrunning them (a real device delivers only 100 blocks a second).
            while ring.capacity - ring.available < block or (take is not None and take.writer.backlog > 8):
                time.sleep(0.0005)
            stream.callback(source[start:start + block, None], False)

    push(100 * 30)  # warm-up: 30 s of monitoring before the take
    gc.collect()
    rss0 = proc.memory_info().rss
    rss_peak = rss0
    recorder.start_take(folder / "long.wav", bits)
    t0 = time.perf_counter()
    done = 0
    samples: list[float] = []
    while done < total_blocks:
        n = min(100 * 60, total_blocks - done)  # one simulated minute
        push(n)
        done += n
        rss = proc.memory_info().rss
        rss_peak = max(rss_peak, rss)
        samples.append((rss - rss0) / MB)
    take = recorder.stop_take()
    wall = time.perf_counter() - t0
    rss_end = proc.memory_info().rss
    rss_peak = max(rss_peak, rss_end)
    recorder.close()
    size = (folder / "long.wav").stat().st_size
    assert take.frames == total_blocks * block, (take.frames, total_blocks * block)
    return {
        "minutes": minutes, "wall_s": wall, "speed_x": minutes * 60 / wall,
        "rss_start_mb": rss0 / MB, "rss_end_mb": rss_end / MB, "rss_growth_mb": (rss_end - rss0) / MB,
        "rss_peak_growth_mb": (rss_peak - rss0) / MB, "rss_growth_first_half_mb": samples[len(samples) // 2],
        "file_mb": size / MB, "overflows": take.overflows, "dropped": take.dropped_frames,
        "write_mb_s": size / MB / wall,
    }


def per_block(fn: Callable[[np.ndarray], object], x: np.ndarray, block: int, repeat: int = 2000) -> float:
    """Median µs per call of fn on consecutive blocks."""
    times = []
    n_blocks = x.shape[0] // block
    for i in range(repeat):
        b = x[(i % n_blocks) * block:(i % n_blocks + 1) * block]
        t = time.perf_counter()
        fn(b)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e6


def stage_costs(rate: int) -> list[tuple[str, int, float, float]]:
    x = speechlike(rate)
    rows = []
    for block in (rate // 100, 1024, rate // 10):
        meter = Meter(rate)
        us = per_block(meter.process, x, block)
        rows.append(("meter.process", block, us, us / (block / rate * 1e6) * 100))
        stats = TakeStats(rate)
        m2 = Meter(rate)

        def take_stage(b: np.ndarray, stats: TakeStats = stats, m2: Meter = m2) -> None:
            stats.add(b, m2.process(b), m2.rms_db, 0)

        us = per_block(take_stage, x, block) - rows[-1][2]
        rows.append(("take stats (hist+env+warn)", block, us, us / (block / rate * 1e6) * 100))
        ring = RingBuffer(rate * 10)
        out = np.empty(rate * 10, np.float32)

        def callback(b: np.ndarray, ring: RingBuffer = ring, out: np.ndarray = out) -> None:
            ring.write(b)
            if ring.available > rate * 5:
                ring.read_into(out)

        us = per_block(callback, x[:, None].copy(), block)
        rows.append(("callback (ring write)", block, us, us / (block / rate * 1e6) * 100))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--rate", type=int, default=48000)
    parser.add_argument("--bits", type=int, default=16, choices=(16, 24))
    args = parser.parse_args()

    print(f"Per-block cost at {args.rate} Hz (median of 2000 calls; % of the block's real-time duration)")
    print(f"{'stage':30} {'block':>6} {'µs/block':>9} {'% of RT':>8}")
    for name, block, us, pct in stage_costs(args.rate):
        print(f"{name:30} {block:6d} {us:9.1f} {pct:7.2f}%")

    with tempfile.TemporaryDirectory(prefix="vs-bench-capture-") as tmp:
        r = long_take(args.minutes, args.rate, args.bits, Path(tmp))
    print()
    print(f"Simulated {r['minutes']:.0f}-minute take, {args.rate} Hz {args.bits}-bit, 10 ms callback blocks, "
          "fsync each second")
    print(f"{'wall time':28} {r['wall_s']:8.1f} s   ({r['speed_x']:.0f}× real time)")
    print(f"{'file written':28} {r['file_mb']:8.1f} MB  ({r['write_mb_s']:.1f} MB/s)")
    print(f"{'RSS at take start':28} {r['rss_start_mb']:8.1f} MB")
    print(f"{'RSS growth at half time':28} {r['rss_growth_first_half_mb']:8.2f} MB")
    print(f"{'RSS growth at the end':28} {r['rss_growth_mb']:8.2f} MB  (peak {r['rss_peak_growth_mb']:.2f} MB; "
          "goal ≤ 10 MB)")
    print(f"{'overflows / dropped frames':28} {r['overflows']:8.0f} / {r['dropped']:.0f}")


if __name__ == "__main__":
    main()
