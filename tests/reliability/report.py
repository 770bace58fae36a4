"""Run the reliability suites and print their outcomes as markdown tables (for docs/reliability.md).

    .venv/bin/python tests/reliability/report.py            # matrix, crash and fast load tests
    .venv/bin/python tests/reliability/report.py --slow     # also the 200-audition load run (≥ 67 s)

Every row comes from the run itself: the tests append what they tried and what happened to the file
named by $VS_RELIABILITY_RECORD (`faults.record`), and pytest's JUnit XML says whether each test
passed. A cell reads: outcome (taxonomy kind or ok) · requests reaching the faulted endpoint (for a
create: how many creates were sent) · remote objects left · adopted, and ✓/✗ for the test's verdict.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SUITES = ["tests/reliability/test_fault_matrix.py", "tests/reliability/test_crash_jobs.py",
          "tests/reliability/test_load.py"]
OPS = {"cosyvoice": ["list", "query", "create", "synth"],
       "tencent": ["list", "query", "create", "synth", "download"],
       "sambert": ["list", "query", "create", "upload", "synth"],
       "tencent-vrs": ["list", "query", "check", "create", "synth"], "local": ["synth", "enroll"]}
OP_TITLES = {"list": "list", "query": "query", "create": "create", "synth": "synthesize", "upload": "upload",
             "download": "download result", "enroll": "enrol", "check": "online check"}
SHORT = {"transient_network": "transient", "rate_limited": "rate-limited", "vendor_rejected": "rejected",
         "invalid_input": "invalid input", "not_found": "not found", "auth": "auth", "quota": "quota",
         "internal": "internal", "cancelled": "cancelled", "ok": "ok"}


def run(slow: bool) -> tuple[list[dict[str, Any]], dict[str, str], float, str]:
    with tempfile.TemporaryDirectory(prefix="vs-reliability-") as tmp:
        records, junit = Path(tmp) / "records.jsonl", Path(tmp) / "junit.xml"
        env = {**os.environ, "VS_RELIABILITY_RECORD": str(records), "QT_QPA_PLATFORM": "offscreen"}
        started = time.monotonic()
        argv = [sys.executable, "-m", "pytest", *SUITES, "-q", "-p", "no:cacheprovider", f"--junitxml={junit}"]
        if not slow:
            argv += ["-m", "not slow"]
        done = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True)
        seconds = time.monotonic() - started
        summary = (done.stdout.strip().splitlines() or ["(no output)"])[-1]
        rows = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()] \
            if records.exists() else []
        verdicts: dict[str, str] = {}
        if junit.exists():
            for case in ET.parse(junit).iter("testcase"):
                failed = any(child.tag in ("failure", "error") for child in case)
                skipped = any(child.tag == "skipped" for child in case)
                verdicts[case.get("name", "")] = "✗" if failed else ("–" if skipped else "✓")
    return rows, verdicts, seconds, summary


def cell(r: dict[str, Any], mark: str) -> str:
    parts = [SHORT.get(r["got"], r["got"])]
    if r.get("calls") is not None and r["fault"] not in ("connect_refused", "connect_timeout"):
        parts.append(f"{r['calls']} {'sent' if r.get('create') else 'req'}")  # creates sent, else requests
    if r.get("tasks") is not None and r["op"] == "synth":
        parts.append(f"{r['tasks']} task{'s' if r['tasks'] != 1 else ''}")
    if r.get("remote") is not None:
        parts.append(f"{r['remote']} made")
    if r.get("adopted"):
        parts.append("adopted")
    return f"{mark} " + " · ".join(parts)


def matrix_tables(rows: list[dict[str, Any]], verdicts: dict[str, str]) -> list[str]:
    out: list[str] = []
    matrix = [r for r in rows if r["suite"] == "matrix"]
    for provider, ops in OPS.items():
        mine = [r for r in matrix if r["provider"] == provider]
        if not mine:
            continue
        faults: dict[str, str] = {}
        for r in mine:
            key = r["fault"] + ("-after-work" if r["after"] else "")
            tried = r["tried"] + (" — after the server did the work" if r["after"] else "")
            faults.setdefault(key, tried)
        grid = {(r["fault"] + ("-after-work" if r["after"] else ""), r["op"]): r for r in mine}
        used = [op for op in ops if any(op == r["op"] for r in mine)]
        out.append(f"\n### {provider}\n")
        out.append("| fault (what was tried) | " + " | ".join(OP_TITLES[o] for o in used) + " |")
        out.append("|---|" + "---|" * len(used))
        for key, tried in faults.items():
            cells = []
            for op in used:
                r = grid.get((key, op))
                cells.append(cell(r, verdicts.get(r["test"], "?")) if r else "—")
            out.append(f"| `{key}`: {tried} | " + " | ".join(cells) + " |")
    return out


def gui_table(rows: list[dict[str, Any]], verdicts: dict[str, str]) -> list[str]:
    gui = [r for r in rows if r["suite"] == "gui"]
    if not gui:
        return []
    out = ["\n| row (provider-operation-fault) | delivered by signal | time to signal | lag p50 | lag p99 "
           "| lag max | ticks |", "|---|---|---|---|---|---|---|"]
    for r in gui:
        mark, kind = verdicts.get(r["test"], "?"), SHORT.get(r["kind"], r["kind"])
        out.append(f"| {mark} {r['row']} | `{r['outcome']}` ({kind}) | {r['seconds']:.2f} s | {r['p50_ms']:.1f} ms "
                   f"| {r['p99_ms']:.1f} ms | {r['max_ms']:.1f} ms | {r['ticks']} |")
    return out


def crash_table(rows: list[dict[str, Any]], verdicts: dict[str, str]) -> list[str]:
    crash = [r for r in rows if r["suite"] == "crash"]
    out = ["\n| | what was tried | what happened | time |", "|---|---|---|---|"]
    out += [f"| {verdicts.get(r['test'], '?')} | {r['tried']} | {r['result']} | {r['seconds']:.1f} s |"
            for r in crash]
    return out if crash else []


def load_table(rows: list[dict[str, Any]], verdicts: dict[str, str]) -> list[str]:
    load = [r for r in rows if r["suite"] == "load"]
    out = ["\n| | run | completed | achieved rate | busiest 1 s window (±10 ms) | shortest span of 4 starts "
           "| time | RSS cold / warm (10 done) / peak / after | lag p99 |", "|---|---|---|---|---|---|---|---|---|"]
    for r in load:
        rss = (f"{r['rss_before_mb']:.0f} / {r['rss_warm_mb']:.0f} / {r['rss_peak_mb']:.0f} / "
               f"{r['rss_after_mb']:.0f} MB" if "rss_peak_mb" in r else "—")
        out.append(f"| {verdicts.get(r['test'], '?')} | {r['row']} | {r['done']}/{r['auditions']} "
                   f"| {r['rate']:.3f}/s | {r['busiest_1s']} | {r['span4_s']:.3f} s | {r['seconds']:.1f} s | {rss} "
                   f"| {r['lag_p99_ms']:.1f} ms |")
    decode = [r for r in rows if r["suite"] == "decode"]
    if decode:
        out += ["\n| | streamed audio decoding (found by the load run) | what happened |", "|---|---|---|"]
        out += [f"| {verdicts.get(r['test'], '?')} | {r['tried']} | {r['result']} |" for r in decode]
    return out if load or decode else []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slow", action="store_true", help="include the 200-audition load run")
    args = parser.parse_args()
    rows, verdicts, seconds, summary = run(args.slow)
    counts = collections.Counter(verdicts.values())
    recorded = {r["test"] for r in rows}
    lines = [f"_Generated by `tests/reliability/report.py{' --slow' if args.slow else ''}` on "
             f"{time.strftime('%Y-%m-%d')}: {summary} ({seconds:.0f} s wall, including start-up). "
             f"{counts['✓']} tests passed, {counts['✗']} failed._",
             "\n## Vendor fault matrix", *matrix_tables(rows, verdicts),
             "\n## GUI event loop during faults (real TaskRunner, LagProbe at 5 ms)", *gui_table(rows, verdicts),
             "\n## Crash safety of jobs (SIGKILL)", *crash_table(rows, verdicts),
             "\n## Load (CosyVoice synthesis, client limit 3 task starts/s)", *load_table(rows, verdicts)]
    missing = sorted(name for name, mark in verdicts.items() if name not in recorded and mark != "–")
    if missing:
        lines.append("\nTests without a recorded row: " + ", ".join(f"`{m}`" for m in missing))
    print("\n".join(lines))
    return 0 if counts["✗"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
