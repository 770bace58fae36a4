"""SIGKILL during library writes: the database opens afterwards and every committed row is there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studio.library.models import Voice
from studio.library.store import Store

WRITER = r"""
import sys
from studio.library.models import Voice, Job
from studio.library.store import Store
store = Store(sys.argv[1])
i = 0
while True:
    v = store.add(Voice(provider="cosyvoice", remote_id=f"v{i}", name="x" * 200, extra={"blob": "y" * 2000}))
    with store.transaction() as tx:  # a multi-statement transaction too
        tx.execute("UPDATE voices SET status = 'ready' WHERE id = ?", (v.id,))
        tx.execute("INSERT INTO jobs (provider, remote_id, status) VALUES ('sambert', ?, 'queued')", (f"j{i}",))
    print(v.id, flush=True)  # committed
    i += 1
"""


@pytest.mark.slow
@pytest.mark.parametrize("after_rows", [5, 200])
def test_sigkill_mid_write_keeps_every_committed_row(tmp_path: Path, after_rows: int) -> None:
    db = tmp_path / "library.sqlite3"
    Store(db).close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert proc.stdout is not None
    committed = []
    deadline = time.monotonic() + 60
    while len(committed) < after_rows and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed.append(int(line))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert len(committed) >= after_rows, "the writer did not get going"

    store = Store(db)
    assert store.schema_version >= 1
    assert store._conn().execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ids = {v.id for v in store.all(Voice)}
    assert set(committed) <= ids  # every row the writer reported as committed survived
    ready = {v.id for v in store.all(Voice, "status = 'ready'")}
    assert set(committed) <= ready  # and so did the second transaction of each pair
    jobs = store._conn().execute("SELECT COUNT(*) FROM jobs").fetchone()[0]
    assert jobs >= len(committed)
