"""Full sample analysis of a 20-minute 48 kHz mono 16-bit take, against `sox stats` and FFmpeg's ebur128.

The take is generated (espeak-ng sentences in a random order and level, 0.3–1.5 s pauses, −68 dBFS
room noise) into a temporary folder and deleted afterwards. Every tool runs on the same file, in
interleaved rounds so that background load hits them alike; the table gives the median and the best
round. Each run is its own process, so its peak RSS (ru_maxrss from wait4) is its own.

- `sox FILE -n stats`: peak, RMS, DC, crest factor, bit depth (no loudness, true peak, VAD, spectrum);
- `ffmpeg -af ebur128`: BS.1770 loudness and LRA (the `peak=true` row adds its true-peak meter);
- studio: `studio.validation.analyze()` — everything in docs/check-json.md. "analyze()" is the call
  the GUI makes in a warm process; "process" adds Python and numpy start-up to compare with the
  command-line tools; `voice-studio check` is the whole command (analysis, every provider's verdict,
  the printed table). The Python heap peak comes from a separate tracemalloc run.
- with `--baseline REV`, the same studio rows run from that commit's tree in the same rounds.

Run: .venv/bin/python benchmarks/bench_validation.py [--minutes 20] [--runs 5] [--baseline REV] [--json out.json]
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._proc import ROOT, TIME, Row, baseline, env_for, rounds

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
                  "speech_s": r.speech.effective_s, "tp_fraction": r.analysis["true_peak_oversampled_fraction"],
                  "compiled": r.analysis.get("compiled_kernels")}))
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
    from benchmarks._proc import run_measured as measured

    return measured(cmd, env)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", default=None, help="a commit to measure beside the working tree")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    for tool in ("sox", "ffmpeg", "espeak-ng", TIME):
        if shutil.which(tool) is None:
            print(f"{tool} is required", file=sys.stderr)
            return 2
    env = env_for(ROOT)
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="vs-bench-validation-") as tmp:
        take = Path(tmp) / "take.wav"
        t = time.perf_counter()
        make_take(take, args.minutes, Path(tmp))
        print(f"generated {take.stat().st_size / 2**20:.0f} MB take ({args.minutes:g} min) "
              f"in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        sox = Row("sox stats", ["sox", str(take), "-n", "stats"])
        rows = [
            sox,
            Row("ffmpeg ebur128", ["ffmpeg", "-nostats", "-hide_banner", "-i", str(take), "-af", "ebur128", "-f",
                                   "null", "-"]),
            Row("ffmpeg ebur128 peak=true", ["ffmpeg", "-nostats", "-hide_banner", "-i", str(take), "-af",
                                             "ebur128=peak=true", "-f", "null", "-"]),
        ]
        trees = [("", ROOT)]
        if args.baseline:
            trees.append((f" [{args.baseline}]", baseline(args.baseline, Path(tmp))))
        studio_rows: dict[str, Row] = {}
        for suffix, root in trees:
            e = env_for(root)
            studio_rows[f"process{suffix}"] = Row(f"studio analyze() process{suffix}", [py, "-c", CHILD, str(take)], e)
            studio_rows[f"check{suffix}"] = Row(f"voice-studio check{suffix}", [py, "-m", "studio.cli", "check",
                                                                                 str(take)], e)
        rows += list(studio_rows.values())
        rounds(rows, args.runs, on_round=lambda i: print(f"round {i + 1}/{args.runs}", file=sys.stderr))
        _, _, base_rss, _ = run_measured([py, "-c", CHILD_IMPORT], env)
        _, _, _, traced = run_measured([py, "-c", CHILD_TRACE, str(take)], env)
        heap_peak = json.loads(traced)["heap_peak"]

    med = statistics.median
    print(f"\n{args.minutes:g} min, 48 kHz mono 16-bit; {args.runs} interleaved rounds after a warm-up round; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs\n")
    print("| tool | wall, median (min) | wall / sox | CPU (user+sys), median | CPU / sox | peak RSS |")
    print("|---|---|---|---|---|---|")
    for suffix, _ in trees:
        detail = [json.loads(o) for o in studio_rows[f"process{suffix}"].outputs]
        warm = [d["analyze_s"] for d in detail]
        warm_cpu = [d["analyze_cpu_s"] for d in detail]
        print(f"| studio analyze() (warm){suffix} | {med(warm):.3f} s ({min(warm):.3f}) | {med(warm) / sox.wall:.2f}× | "
              f"{med(warm_cpu):.3f} s | {med(warm_cpu) / sox.cpu:.2f}× | – |")
    for r in rows:
        print(f"| {r.name} | {r.wall:.3f} s ({min(r.walls):.3f}) | {r.wall / sox.wall:.2f}× | {r.cpu:.3f} s | "
              f"{r.cpu / sox.cpu:.2f}× | {r.rss_kib / 1024:.0f} MB |")
    detail = json.loads(studio_rows["process"].outputs[-1])
    print(f"\nstudio: Python heap peak during analyze() {heap_peak / 2**20:.1f} MB (tracemalloc); process peak RSS "
          f"{studio_rows['process'].rss_kib / 1024:.0f} MB, of which {base_rss / 1024:.0f} MB is the interpreter with "
          "the validation package imported")
    print(f"studio: {detail['lufs']:.2f} LUFS, true peak {detail['true_peak']:.2f} dBTP, "
          f"{detail['speech_s'] / 60:.1f} min speech, {detail['tp_fraction']:.1%} of samples oversampled, "
          f"compiled kernels: {detail.get('compiled')}")
    check = studio_rows["check"]
    print(f"goal ≤ 1.5× sox stats wall: voice-studio check is {check.wall / sox.wall:.2f}× "
          f"(best rounds {min(check.walls) / min(sox.walls):.2f}×)")
    if args.json:
        args.json.write_text(json.dumps({
            "minutes": args.minutes, "runs": args.runs, "loadavg": os.getloadavg()[0],
            "rows": {r.name: {"walls": r.walls, "cpus": r.cpus, "peak_rss_kib": r.rss_kib} for r in rows},
            "import_rss_kib": base_rss, "heap_peak_bytes": heap_peak}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
