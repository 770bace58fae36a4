"""Command-line start-up: `voice-studio --version`, `--help`, and `check` of a 15 s take, whole processes.

Every row runs as its own process, medians of `--runs` interleaved rounds after a warm-up round (warm
caches: what a user sees the second time). With `--baseline REV` the same rows run from that commit's
tree too, in the same rounds, so "before" and "after" come from the same machine and the same load.

The 15 s take is generated (espeak-ng, 48 kHz mono 16-bit) into a temporary folder and deleted.

Run: .venv/bin/python benchmarks/bench_cli.py [--runs 5] [--baseline 7339f1d]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._proc import ROOT, Row, baseline, env_for, rounds, table


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", default=None, help="a commit to measure beside the working tree")
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is required", file=sys.stderr)
        return 2
    from benchmarks.bench_validation import make_take

    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="vs-bench-cli-") as tmp:
        take = Path(tmp) / "take15.wav"
        make_take(take, 0.25, Path(tmp))
        trees = [("", ROOT)]
        if args.baseline:
            trees.append((f" [{args.baseline}]", baseline(args.baseline, Path(tmp))))
        rows: list[Row] = []
        for suffix, root in trees:
            env = env_for(root)
            rows += [
                Row(f"voice-studio --version{suffix}", [py, "-m", "studio.cli", "--version"], env),
                Row(f"voice-studio --help{suffix}", [py, "-m", "studio.cli", "--help"], env),
                Row(f"voice-studio check (15 s take){suffix}", [py, "-m", "studio.cli", "check", str(take)], env),
                Row(f"voice-studio --json check (15 s take){suffix}",
                    [py, "-m", "studio.cli", "--json", "check", str(take)], env),
            ]
        python = Row("python -c pass (the interpreter alone)", [py, "-c", "pass"])
        rows.append(python)
        rounds(rows, args.runs)
    print(table(rows, python, f"CLI start-up, whole processes, medians of {args.runs} interleaved rounds"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
