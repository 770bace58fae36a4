"""Full sample analysis of a 20-minute 48 kHz mono 16-bit take, against `sox stats` and FFmpeg's ebur128.

The take is generated (espeak-ng sentences in a random order and level, 0.3–1.5 s pauses, −68 dBFS
room noise) into a temporary folder and deleted afterwards. Every tool runs on the same file, in
interleaved rounds so that background load hits them alike; the table gives the median and the best
round. Each run is its own process, so its peak RSS (ru_maxrss from wait4) is its own.

- `sox FILE -n stats`: peak, RMS, DC, crest factor, bit depth (no loudness, true peak, VAD, spectrum);
- `ffmpeg -af ebur128`: BS.1770 loudness and LRA (the `peak=true` row adds its true-peak meter);
- studio: `studio.validation.analyze()` — everything in docs/check-json.md. "analyze()" is the call
  the GUI makes in a warm process; "process" adds Python, numpy and scipy start-up to compare with
  the command-line tools. The Python heap peak comes from a separate tracemalloc run.

Run: .venv/bin/python benchmarks/bench_validation.py [--minutes 20] [--runs 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

ROOT = Path(__file__).resolve().parents[1]
TIME = "/usr/bin/time"  # GNU time
RATE = 48000
SENTENCES = (
    ("en", "The old lighthouse keeper climbed the winding stairs every evening, polished the great lamp, "
           "and watched the ships pass safely along the rocky coast."),
    ("en", "Fresh bread from the village bakery fills the narrow streets with a warm smell long before "
           "the first shops open their doors in the morning."),
    ("en", "When the autumn rain finally arrives, the farmers gather in the square to share stories."),
    ("en", "Please read each line slowly and clearly, keeping the same distance from the microphone."),
    ("cmn", "清晨的阳光洒在安静的街道上，老人们在公园里打太极拳，孩子们背着书包走向学校。"),
    ("cmn", "我们在周末去了郊外的农场，摘了新鲜的草莓和番茄。"),
)

CHILD = """
import json, sys, time
from studio.validation import analyze
t, c = time.perf_counter(), time.process_time()
r = analyze(sys.argv[1])
elapsed, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"analyze_s": elapsed, "analyze_cpu_s": cpu, "lufs": r.levels.integrated_lufs, "true_peak": r.levels.true_peak_dbtp,
                  "speech_s": r.speech.effective_s, "tp_fraction": r.analysis["true_peak_oversampled_fraction"]}))
"""
CHILD_TRACE = """
import json, sys, tracemalloc
from studio.validation import analyze
tracemalloc.start()
analyze(sys.argv[1])
print(json.dumps({"heap_peak": tracemalloc.get_traced_memory()[1]}))
"""
CHILD_IMPORT = "import studio.validation"


def make_take(path: Path, minutes: float, workdir: Path) -> None:
    """Write the synthetic take block by block (the generator itself stays small)."""
    rng = np.random.default_rng(2024)
    clips = []
    for i, (voice, text) in enumerate(SENTENCES):
        wav = workdir / f"s{i}.wav"
        subprocess.run(["espeak-ng", "-w", str(wav), "-v", voice, text], check=True, capture_output=True)
        x, rate = sf.read(str(wav), dtype="float64")
        x = resample_poly(x, 320, 147) if rate == 22050 else x  # 22.05 → 48 kHz
        clips.append(x / np.abs(x).max())
    total = int(minutes * 60 * RATE)
    with sf.SoundFile(str(path), "w", RATE, 1, subtype="PCM_16") as out:
        written = 0
        out.write(rng.standard_normal(RATE) * 10 ** (-68 / 20))
        written += RATE
        while written < total:
            x = clips[rng.integers(len(clips))] * 10 ** (rng.uniform(-10, -4) / 20)
            gap = np.zeros(int(rng.uniform(0.3, 1.5) * RATE))
            piece = np.concatenate((x, gap))[: total - written]
            out.write(piece + rng.standard_normal(len(piece)) * 10 ** (-68 / 20))
            written += len(piece)


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, str]:
    """(wall s, CPU s = user + sys, peak RSS KiB, stdout) of one child process.

    GNU time does the fork, so the RSS is the tool's own and not the fork of this (large) process.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t = time.perf_counter()
        proc = subprocess.run([TIME, "-o", tf.name, "-f", "%U %S %M", *cmd], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, env=env, check=True)
        wall = time.perf_counter() - t
        user, system, rss = tf.read().split()[-3:]
    return wall, float(user) + float(system), int(rss), proc.stdout.decode()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    for tool in ("sox", "ffmpeg", "espeak-ng", TIME):
        if shutil.which(tool) is None:
            print(f"{tool} is required", file=sys.stderr)
            return 2
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="vs-bench-validation-") as tmp:
        take = Path(tmp) / "take.wav"
        t = time.perf_counter()
        make_take(take, args.minutes, Path(tmp))
        print(f"generated {take.stat().st_size / 2**20:.0f} MB take ({args.minutes:g} min) "
              f"in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        tools = {
            "sox stats": ["sox", str(take), "-n", "stats"],
            "ffmpeg ebur128": ["ffmpeg", "-nostats", "-hide_banner", "-i", str(take), "-af", "ebur128", "-f", "null", "-"],
            "ffmpeg ebur128 peak=true": ["ffmpeg", "-nostats", "-hide_banner", "-i", str(take), "-af",
                                         "ebur128=peak=true", "-f", "null", "-"],
            "studio process": [py, "-c", CHILD, str(take)],
        }
        walls: dict[str, list[float]] = {k: [] for k in tools}
        cpus: dict[str, list[float]] = {k: [] for k in tools}
        rss: dict[str, int] = {}
        analyze_s: list[float] = []
        analyze_cpu: list[float] = []
        detail: dict[str, float] = {}
        for _ in range(args.runs):  # interleaved rounds
            for name, cmd in tools.items():
                wall, cpu, maxrss, out = run_measured(cmd, env)
                walls[name].append(wall)
                cpus[name].append(cpu)
                rss[name] = max(rss.get(name, 0), maxrss)
                if name == "studio process":
                    detail = json.loads(out)
                    analyze_s.append(detail["analyze_s"])
                    analyze_cpu.append(detail["analyze_cpu_s"])
        _, _, base_rss, _ = run_measured([py, "-c", CHILD_IMPORT], env)
        _, _, _, traced = run_measured([py, "-c", CHILD_TRACE, str(take)], env)
        heap_peak = json.loads(traced)["heap_peak"]

    med = statistics.median
    sox, sox_cpu = med(walls["sox stats"]), med(cpus["sox stats"])
    rows = [("studio analyze() (warm)", analyze_s, analyze_cpu, rss["studio process"])]
    rows += [(name, walls[name], cpus[name], rss[name]) for name in tools]
    print(f"\n{args.minutes:g} min, 48 kHz mono 16-bit; {args.runs} interleaved rounds; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs\n")
    print("| tool | wall, median (best) | wall / sox | CPU (user+sys), median | CPU / sox | peak RSS |")
    print("|---|---|---|---|---|---|")
    for name, w, c, maxrss in rows:
        print(f"| {name} | {med(w):.3f} s ({min(w):.3f}) | {med(w) / sox:.2f}× | {med(c):.3f} s | "
              f"{med(c) / sox_cpu:.2f}× | {maxrss / 1024:.0f} MB |")
    print(f"\nstudio: Python heap peak during analyze() {heap_peak / 2**20:.1f} MB (tracemalloc); process peak RSS "
          f"{rss['studio process'] / 1024:.0f} MB, of which {base_rss / 1024:.0f} MB is the interpreter with numpy, "
          f"scipy, soundfile and webrtcvad imported")
    print(f"studio: {detail['lufs']:.2f} LUFS, true peak {detail['true_peak']:.2f} dBTP, "
          f"{detail['speech_s'] / 60:.1f} min speech, {detail['tp_fraction']:.1%} of samples oversampled")
    print(f"goal ≤ 1.5× sox stats wall: analyze() is {med(analyze_s) / sox:.2f}× (best rounds "
          f"{min(analyze_s) / min(walls['sox stats']):.2f}×)")
    if args.json:
        args.json.write_text(json.dumps({
            "minutes": args.minutes, "runs": args.runs, "walls": walls, "cpus": cpus, "analyze_s": analyze_s,
            "analyze_cpu_s": analyze_cpu,
            "peak_rss_kib": rss, "import_rss_kib": base_rss, "heap_peak_bytes": heap_peak,
            "loadavg": os.getloadavg()[0]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
