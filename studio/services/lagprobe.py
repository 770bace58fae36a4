"""How late the GUI event loop runs: a fast timer that records how far each tick overshoots.

A blocked GUI thread shows up as large lateness. Benchmarks read `percentile(99)` while they drive
work through the services; the studio can log it in diagnostics.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer


class LagProbe(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval = interval_ms / 1000.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.samples_ms: list[float] = []

    def start(self) -> None:
        self.samples_ms.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.samples_ms.append(max(0.0, (now - self._last - self.interval) * 1000.0))
        self._last = now

    def percentile(self, q: float) -> float:
        return float(np.percentile(self.samples_ms, q)) if self.samples_ms else 0.0

    def summary(self) -> dict[str, float]:
        return {"ticks": float(len(self.samples_ms)), "p50_ms": self.percentile(50),
                "p99_ms": self.percentile(99), "max_ms": max(self.samples_ms, default=0.0)}
