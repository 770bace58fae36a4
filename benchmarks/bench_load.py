"""Load: N auditions queued at once against the CosyVoice emulator, through the services' runner.

Every audition is the Playground's own work (stream, decode, play on a device that drains in real
time, join, save to the library), queued on the DashScope account's serial queue; the client-side
limit of 3 synthesis task starts per second paces them. Reported: the achieved start rate (from the
emulator's arrival times), the busiest 1 s window and the shortest span of 4 consecutive starts, total
time, RSS (psutil, sampled every 0.25 s: before, after a 10-audition warm-up, peak, after) and the GUI
event-loop lag. The emulator runs in the same process, so RSS includes it; the output device is a
fake that drains 20× faster than real time and keeps nothing (playback is not what is measured).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_load.py [--auditions 200] [--parallel]
Goals: every audition completes; rate ≤ 3.0/s and close to it; RSS flat after warm-up (growth over the
run a small fraction of the warm figure, no steady climb); lag p99 < 16 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VOICE_STUDIO_HOME", tempfile.mkdtemp(prefix="vs-bench-load-"))
os.environ.setdefault("VOICE_STUDIO_SECRETS", "memory")

from PySide6.QtWidgets import QApplication

from benchmarks._qt import wait_for
from studio.providers.dashscope.limits import SYNTH_RPS
from tests.reliability.test_load import EDGE, emulated_cosyvoice, run_auditions


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--auditions", type=int, default=200)
    parser.add_argument("--parallel", action="store_true", help="four workers at once instead of the queue")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with emulated_cosyvoice() as emu:
        run = run_auditions(emu, args.auditions, lambda done, timeout: wait_for(done, timeout),
                            parallel=args.parallel, sample_rss=True)
    n = args.auditions
    rss = run.rss_mb
    warm = run.rss_after(10)
    print(f"| measure ({n} auditions, {'parallel workers' if args.parallel else 'provider queue'}) | value |")
    print("|---|---|")
    print(f"| completed | {run.done} / {n} |")
    print(f"| task starts seen by the emulator | {len(run.starts)} (no refusals, no retries) |")
    print(f"| achieved start rate | {run.rate:.3f} /s (limit {SYNTH_RPS:g} /s) |")
    print(f"| busiest 1 s window (10 ms tolerance for clock edges) | {run.busiest_window(EDGE)} starts |")
    print(f"| shortest span of 4 consecutive starts | {run.shortest_span():.3f} s (limit implies ≥ 1.000 s) |")
    print(f"| total time | {run.seconds:.1f} s |")
    print(f"| start rate per quarter of the run | "
          f"{' / '.join(f'{run.rate_of(q * n // 4, (q + 1) * n // 4):.2f}' for q in range(4))} /s |")
    print(f"| RSS before (cold) | {rss[0][1]:.1f} MB |")
    print(f"| RSS after 10 auditions (warm: decoders, emulator speech, threads loaded) | {warm:.1f} MB |")
    for q in (2, 3, 4):
        print(f"| RSS after {q * n // 4} auditions | {run.rss_after(q * n // 4):.1f} MB |")
    print(f"| RSS peak / after | {max(r for _, r in rss):.1f} / {rss[-1][1]:.1f} MB "
          f"(+{rss[-1][1] - warm:.1f} MB over {n - 10} auditions after warm-up) |")
    print(f"| GUI event-loop lag p50 / p99 / max | {run.lag['p50_ms']:.1f} / {run.lag['p99_ms']:.1f} / "
          f"{run.lag['max_ms']:.1f} ms |")
    del app
    return 0 if run.done == n else 1


if __name__ == "__main__":
    sys.exit(main())
