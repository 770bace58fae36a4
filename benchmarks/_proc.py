"""Whole-process measurements shared by the command-line benchmarks.

Each command runs as its own process under GNU time (so its CPU time and peak RSS are its own), in
interleaved rounds (so background load hits every row alike); tables give medians. `baseline()` unpacks
an earlier commit of this repository into a temporary folder, so that "before" and "after" are measured
on the same machine in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIME = "/usr/bin/time"  # GNU time


@dataclass
class Row:
    name: str
    cmd: list[str]
    env: dict[str, str] | None = None
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    rss_kib: int = 0
    outputs: list[str] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, str]:
    """(wall s, CPU s = user + sys, peak RSS KiB, stdout) of one child process (any exit code)."""
    import time

    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t = time.perf_counter()
        # a neutral working directory: `python -m` puts it first on sys.path, ahead of PYTHONPATH
        proc = subprocess.run([TIME, "-o", tf.name, "-f", "%U %S %M", *cmd], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, env=env, check=False, cwd=tempfile.gettempdir())
        wall = time.perf_counter() - t
        user, system, rss = tf.read().split()[-3:]
    return wall, float(user) + float(system), int(rss), proc.stdout.decode(errors="replace")


def rounds(rows: list[Row], runs: int, warmup: bool = True, on_round: Callable[[int], None] | None = None) -> None:
    """Run every row once per round, `runs` rounds (after one unmeasured warm-up round)."""
    if warmup:
        for row in rows:
            run_measured(row.cmd, row.env)
    for i in range(runs):
        for row in rows:
            wall, cpu, rss, out = run_measured(row.cmd, row.env)
            row.walls.append(wall)
            row.cpus.append(cpu)
            row.rss_kib = max(row.rss_kib, rss)
            row.outputs.append(out)
        if on_round is not None:
            on_round(i)


def as_installed(root: Path = ROOT) -> None:
    """For a benchmark that runs the studio in its own process: every module's bytecode written now, as pip
    writes it when the studio is installed. Without it a shell that turned bytecode off
    (PYTHONDONTWRITEBYTECODE) makes each import compile its source — one long call that holds the GIL, so
    a worker importing a provider stalls the event loop being measured."""
    import compileall

    compileall.compile_dir(str(root / "studio"), quiet=1)


def env_for(root: Path) -> dict[str, str]:
    """The environment that runs the studio from `root` (a checkout) with this interpreter, as an installed
    studio runs: with its bytecode cached (the warm-up round writes it), even where the calling shell
    turned that off (PYTHONDONTWRITEBYTECODE), which would add a compile of every module to each run."""
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def baseline(rev: str, into: Path) -> Path:
    """The tree of commit `rev` unpacked under `into` (translations are not needed by these rows)."""
    out = into / f"baseline-{rev[:12]}"
    out.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    return out


def table(rows: list[Row], reference: Row | None = None, title: str = "") -> str:
    lines = [title, ""] if title else []
    ref = f" / {reference.name}" if reference is not None else ""
    lines.append(f"| what | wall, median (min–max) | wall{ref} | CPU (user+sys), median | peak RSS |")
    lines.append("|---|---|---|---|---|")
    for r in rows:
        ratio = f"{r.wall / reference.wall:.2f}×" if reference is not None else "–"
        lines.append(f"| {r.name} | {r.wall:.3f} s ({min(r.walls):.3f}–{max(r.walls):.3f}) | {ratio} | "
                     f"{r.cpu:.3f} s | {r.rss_kib / 1024:.0f} MB |")
    return "\n".join(lines)
