"""Startup time to the main window: launch the studio offscreen N times and time, from process start, the
moment it prints its ready line (the window's first frame is on screen: the first pane, menus and status
bar; the other panes, the device list and scipy arrive after it). The first run warms the caches
(bytecode, fonts) and is reported apart; the figure is the median of the warm runs.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--compare OTHER_CHECKOUT]

`--compare` times another checkout of the studio (an older commit, say) in the same run, launches
interleaved, so both figures come from the same machine under the same load.
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
HERE = Path(__file__).resolve().parents[1]


def launch_once(home: str, source: Path = HERE, timeout: float = 60.0) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VOICE_STUDIO_HOME": home,
           "VOICE_STUDIO_SECRETS": "memory", "VOICE_STUDIO_NO_WIZARD": "1", "VOICE_STUDIO_EXIT_WHEN_READY": "1",
           "PYTHONPATH": str(source)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as an installed studio has it
    code = "import sys; from studio.cli import main; sys.exit(main())"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=str(source), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith(READY):
                return time.perf_counter() - started
        raise RuntimeError(f"the studio in {source} exited without its ready line")
    finally:
        proc.terminate()
        proc.wait(timeout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, help="another checkout to time in the same run")
    args = parser.parse_args()
    sources = [("this checkout", HERE)] + ([("compared", args.compare.resolve())] if args.compare else [])
    homes = {label: tempfile.mkdtemp(prefix="vs-startup-") for label, _ in sources}
    cold = {label: launch_once(homes[label], src) for label, src in sources}
    warm: dict[str, list[float]] = {label: [] for label, _ in sources}
    for _ in range(args.runs):  # interleaved: both see the same machine load
        for label, src in sources:
            warm[label].append(launch_once(homes[label], src))
    print("| measure | " + " | ".join(label for label, _ in sources) + " |")
    print("|---|" + "---|" * len(sources))
    print("| first launch (cold caches) | " + " | ".join(f"{cold[label] * 1000:.0f} ms" for label, _ in sources) + " |")
    print(f"| warm launch, median of {args.runs} | "
          + " | ".join(f"{statistics.median(warm[label]) * 1000:.0f} ms" for label, _ in sources) + " |")
    print("| warm launch, min / max | "
          + " | ".join(f"{min(warm[label]) * 1000:.0f} / {max(warm[label]) * 1000:.0f} ms" for label, _ in sources)
          + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
