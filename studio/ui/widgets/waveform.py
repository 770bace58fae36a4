"""A waveform view (pyqtgraph): min/max envelope, a play cursor, and shaded regions for marks
(speech segments, long pauses, clipping) supplied by whoever owns the audio."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

pg.setConfigOptions(antialias=False, background=None, foreground="#888")

MARK_COLOURS = {"speech": (76, 175, 80, 40), "pause": (255, 152, 0, 70), "clip": (229, 57, 53, 160)}


class WaveformView(QWidget):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("waveform")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget()
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setYRange(-1, 1, padding=0.02)
        self.plot.hideAxis("left")
        bottom = self.plot.getAxis("bottom")
        bottom.enableAutoSIPrefix(False)
        if compact:
            self.plot.hideAxis("bottom")
        else:
            self.plot.setLabel("bottom", "s")
        self.plot.setMinimumHeight(50 if compact else 90)
        self.plot.setXRange(0, 10, padding=0)
        layout.addWidget(self.plot)
        self._upper = self.plot.plot(pen=pg.mkPen("#42a5f5", width=1))
        self._lower = self.plot.plot(pen=pg.mkPen("#42a5f5", width=1))
        self._fill = pg.FillBetweenItem(self._upper, self._lower, brush=pg.mkBrush(66, 165, 245, 120))
        self.plot.addItem(self._fill)
        self.play_line = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#e53935", width=1))
        self.play_line.setVisible(False)
        self.plot.addItem(self.play_line)
        self._marks: list[pg.LinearRegionItem] = []
        self.duration_s = 0.0

    def set_envelope(self, lo: np.ndarray, hi: np.ndarray, seconds_per_bin: float, offset_s: float = 0.0) -> None:
        n = min(len(lo), len(hi))
        t = offset_s + np.arange(n, dtype=np.float64) * seconds_per_bin
        self._upper.setData(t, np.asarray(hi[:n], dtype=np.float64))
        self._lower.setData(t, np.asarray(lo[:n], dtype=np.float64))
        self.duration_s = float(t[-1] + seconds_per_bin) if n else 0.0
        self.plot.setXRange(offset_s, max(offset_s + 1.0, self.duration_s), padding=0)

    def set_samples(self, samples: np.ndarray, rate: int, bins: int = 2000) -> None:
        """Peak-downsample a mono signal to `bins` min/max pairs and show it."""
        x = np.asarray(samples, dtype=np.float32)
        if x.ndim > 1:
            x = x.mean(axis=1)
        if x.size == 0 or rate <= 0:
            self.clear()
            return
        per = max(1, int(np.ceil(x.size / bins)))
        pad = (-x.size) % per
        if pad:
            x = np.concatenate([x, np.zeros(pad, np.float32)])
        blocks = x.reshape(-1, per)
        self.set_envelope(blocks.min(axis=1), blocks.max(axis=1), per / rate)

    def set_marks(self, marks: list[tuple[str, float, float]]) -> None:
        for item in self._marks:
            self.plot.removeItem(item)
        self._marks.clear()
        for kind, start, end in marks:
            colour = MARK_COLOURS.get(kind, (158, 158, 158, 60))
            region = pg.LinearRegionItem(values=(start, max(end, start + 0.01)), movable=False,
                                         brush=pg.mkBrush(*colour), pen=pg.mkPen(None))
            region.setZValue(-10)
            self.plot.addItem(region)
            self._marks.append(region)

    def set_cursor(self, seconds: float | None) -> None:
        self.play_line.setVisible(seconds is not None)
        if seconds is not None:
            self.play_line.setValue(seconds)

    def clear(self) -> None:
        self._upper.setData([], [])
        self._lower.setData([], [])
        self.set_marks([])
        self.set_cursor(None)
        self.duration_s = 0.0
        self.plot.setXRange(0, 10, padding=0)
