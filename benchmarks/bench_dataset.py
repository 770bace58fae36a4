"""The training dataset check: 300 takes, 20 minutes in all, checked and zipped (`build_dataset`).

The takes are cut from one generated 20-minute take (espeak-ng sentences, room noise; 48 kHz mono
16-bit, 4 s each) into a temporary folder, deleted afterwards. Whole processes, interleaved rounds,
medians:

- studio, a pool of processes (one per core) and the same call serial (`workers=1`): the two reports
  must be identical, and the benchmark says so;
- with `--baseline REV`, that commit's `build_dataset` (serial: it had no pool);
- reference: `sox` reading the same 300 files in one process (`sox f1 … f300 -n stats`).

Run: .venv/bin/python benchmarks/bench_dataset.py [--takes 300] [--minutes 20] [--runs 5] [--baseline REV]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import soundfile as sf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._proc import ROOT, Row, baseline, env_for, rounds, table

CHILD = """
import json, sys, tempfile, time
from pathlib import Path
from studio.validation.dataset import build_dataset
takes = sorted(Path(sys.argv[1]).glob("*.wav"))
workers = None if sys.argv[2] == "auto" else int(sys.argv[2])
kw = {} if workers is None else {"workers": workers}
with tempfile.TemporaryDirectory() as out:
    t = time.perf_counter()
    try:
        rep = build_dataset(takes, Path(out) / "ds.zip", provider="sambert", **kw)
    except TypeError:  # a build_dataset without a pool
        rep = build_dataset(takes, Path(out) / "ds.zip", provider="sambert")
    d = rep.to_dict()
    d.pop("output")
    print(json.dumps({"s": time.perf_counter() - t, "report": d}))
"""


def cut_takes(folder: Path, n: int, minutes: float) -> list[Path]:
    from benchmarks.bench_validation import make_take

    long = folder / "long.wav"
    make_take(long, minutes, folder)
    x, rate = sf.read(long, dtype="int16")
    long.unlink()
    per = len(x) // n
    takes = []
    for i in range(n):
        p = folder / "takes" / f"take{i:03d}.wav"
        p.parent.mkdir(exist_ok=True)
        sf.write(p, x[i * per:(i + 1) * per], rate, subtype="PCM_16")
        takes.append(p)
    return takes


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--takes", type=int, default=300)
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", default=None, help="a commit to measure beside the working tree")
    args = parser.parse_args()
    for tool in ("sox", "espeak-ng"):
        if shutil.which(tool) is None:
            print(f"{tool} is required", file=sys.stderr)
            return 2
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="vs-bench-dataset-") as tmp:
        takes = cut_takes(Path(tmp), args.takes, args.minutes)
        folder = str(takes[0].parent)
        env = env_for(ROOT)
        sox = Row(f"sox stats, the {args.takes} files in one process", ["sox", *map(str, takes), "-n", "stats"])
        pooled = Row(f"studio build_dataset, {len(os.sched_getaffinity(0))} processes", [py, "-c", CHILD, folder,
                                                                                          "auto"], env)
        serial = Row("studio build_dataset, serial", [py, "-c", CHILD, folder, "1"], env)
        rows = [sox, pooled, serial]
        if args.baseline:
            rows.append(Row(f"studio build_dataset [{args.baseline}]", [py, "-c", CHILD, folder, "1"],
                            env_for(baseline(args.baseline, Path(tmp)))))
        rounds(rows, args.runs, on_round=lambda i: print(f"round {i + 1}/{args.runs}", file=sys.stderr))
    print(table(rows, sox, f"Dataset check: {args.takes} takes, {args.minutes:g} min in all (48 kHz mono 16-bit), "
                           f"whole processes, medians of {args.runs} interleaved rounds; load average "
                           f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"))
    a = json.loads(pooled.outputs[-1])["report"]
    b = json.loads(serial.outputs[-1])["report"]
    print(f"\npool and serial reports identical: {a == b}; {a['total_effective_min']:.1f} min of effective speech, "
          f"verdict {a['verdict']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
