"""Startup time to the main window: launch the studio offscreen N times and time, from process
start, the moment it prints its ready line (the window has been shown). The first run warms the
caches (bytecode, fonts) and is reported apart; the figure is the median of the warm runs.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY = "voice-studio: ready"


def launch_once(home: str, timeout: float = 60.0) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VOICE_STUDIO_HOME": home,
           "VOICE_STUDIO_SECRETS": "memory", "VOICE_STUDIO_NO_WIZARD": "1", "VOICE_STUDIO_EXIT_WHEN_READY": "1"}
    exe = Path(sys.executable).parent / "voice-studio"
    started = time.perf_counter()
    proc = subprocess.Popen([str(exe)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith(READY):
                return time.perf_counter() - started
        raise RuntimeError("the studio exited without its ready line")
    finally:
        proc.terminate()
        proc.wait(timeout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="vs-startup-")
    cold = launch_once(home)
    warm = [launch_once(home) for _ in range(args.runs)]
    print("| measure | value |")
    print("|---|---|")
    print(f"| first launch (cold caches) | {cold * 1000:.0f} ms |")
    print(f"| warm launch, median of {args.runs} | {statistics.median(warm) * 1000:.0f} ms |")
    print(f"| warm launch, min / max | {min(warm) * 1000:.0f} / {max(warm) * 1000:.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
