"""Shared by the GUI benchmarks: wait in the event loop the way an idle GUI does."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def wait_for(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop (blocked in exec, GIL released, as an idle GUI is) until `predicate` holds.

    A processEvents() spin would hold the interpreter and slow the very worker threads being measured."""
    if predicate():
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)
    end = time.perf_counter() + timeout
    timer.timeout.connect(lambda: (predicate() or time.perf_counter() > end) and loop.quit())
    timer.start()
    loop.exec()
    timer.stop()
    if not predicate():
        raise TimeoutError
