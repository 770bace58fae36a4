"""A waveform view (pyqtgraph): min/max envelope, a play cursor, shaded regions for marks (speech
segments, long pauses, clipping) supplied by whoever owns the audio, and — where editing is allowed — a
selection made by dragging, with zoom.

pyqtgraph is imported when the view is first shown, not when it is built, so a pane that holds one opens
without waiting for it; whatever was set before that is kept and drawn once the plot exists.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.ui.theme import colours

Mark = tuple[str, float, float]
MIN_SELECTION_S = 0.05


def _pg() -> Any:
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=False, background=None, foreground="#888")
    return pg


class WaveformView(QWidget):
    selection_changed = Signal(object)  # (start_s, end_s) or None

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False, selectable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("waveform")
        self.compact = compact
        self.selectable = selectable
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(50 if compact else 90)
        self.plot: Any = None
        self._marks: list[Any] = []
        self._mark_data: list[Mark] = []
        self._envelope: tuple[np.ndarray, np.ndarray, float, float] | None = None
        self._cursor: float | None = None
        self._selection: tuple[float, float] | None = None
        self._region: Any = None
        self.duration_s = 0.0

    # the plot, built on first show
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.plot is None:
            QTimer.singleShot(0, self, self.ensure_plot)

    def ensure_plot(self) -> Any:
        if self.plot is not None:
            return self.plot
        pg = _pg()
        view = _selecting_viewbox(pg)(self)
        self.plot = pg.PlotWidget(viewBox=view)
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setYRange(-1, 1, padding=0.02)
        self.plot.hideAxis("left")
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        if self.compact:
            self.plot.hideAxis("bottom")
        else:
            self.plot.setLabel("bottom", self.tr("seconds"))
        self.plot.setMinimumHeight(50 if self.compact else 90)
        self._layout.addWidget(self.plot)
        c = colours()
        self._upper = self.plot.plot(pen=pg.mkPen(c.wave, width=1))
        self._lower = self.plot.plot(pen=pg.mkPen(c.wave, width=1))
        self._fill = pg.FillBetweenItem(self._upper, self._lower, brush=pg.mkBrush(*c.wave_fill))
        self.plot.addItem(self._fill)
        self.play_line = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(c.cursor, width=1))
        self.play_line.setVisible(False)
        self.plot.addItem(self.play_line)
        self._draw_envelope()
        self._draw_marks()
        self._draw_selection()
        self.set_cursor(self._cursor)
        return self.plot

    def changeEvent(self, event: QEvent) -> None:
        # The desktop switched between light and dark: the same data, drawn in the new colours.
        if event.type() == QEvent.Type.PaletteChange and self.plot is not None:
            pg, c = _pg(), colours()
            for curve in (self._upper, self._lower):
                curve.setPen(pg.mkPen(c.wave, width=1))
            self._fill.setBrush(pg.mkBrush(*c.wave_fill))
            self.play_line.setPen(pg.mkPen(c.cursor, width=1))
            if self._region is not None:
                self._region.setBrush(pg.mkBrush(*c.selection))
            self._draw_marks()
        super().changeEvent(event)

    # data
    def set_envelope(self, lo: np.ndarray, hi: np.ndarray, seconds_per_bin: float, offset_s: float = 0.0) -> None:
        n = min(len(lo), len(hi))
        self._envelope = (np.asarray(lo[:n], np.float64), np.asarray(hi[:n], np.float64), seconds_per_bin, offset_s)
        self.duration_s = offset_s + n * seconds_per_bin if n else 0.0
        self._draw_envelope()

    def append_envelope(self, lo: np.ndarray, hi: np.ndarray, seconds_per_bin: float) -> None:
        """Grow the envelope as audio arrives (streamed synthesis)."""
        if self._envelope is None or abs(self._envelope[2] - seconds_per_bin) > 1e-9:
            self.set_envelope(lo, hi, seconds_per_bin)
            return
        old_lo, old_hi, per, offset = self._envelope
        self.set_envelope(np.concatenate([old_lo, lo]), np.concatenate([old_hi, hi]), per, offset)

    def _draw_envelope(self) -> None:
        if self.plot is None:
            return
        if self._envelope is None or not len(self._envelope[0]):
            self._upper.setData([], [])
            self._lower.setData([], [])
            self._fill.setVisible(False)  # an emptied curve leaves the fill's old path behind otherwise
            self.plot.setXRange(0, 10, padding=0)
            self.plot.getViewBox().setLimits(xMin=None, xMax=None)
            return
        lo, hi, per, offset = self._envelope
        t = offset + np.arange(len(lo), dtype=np.float64) * per
        self._upper.setData(t, hi)
        self._lower.setData(t, lo)
        self._fill.setVisible(True)
        end = max(offset + 1.0, self.duration_s)
        self.plot.getViewBox().setLimits(xMin=offset, xMax=end)
        self.plot.setXRange(offset, end, padding=0)

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

    def has_audio(self) -> bool:
        return self._envelope is not None and len(self._envelope[0]) > 0

    # marks
    def set_marks(self, marks: list[Mark]) -> None:
        self._mark_data = list(marks)
        self._draw_marks()

    def _draw_marks(self) -> None:
        if self.plot is None:
            return
        pg = _pg()
        for item in self._marks:
            self.plot.removeItem(item)
        self._marks.clear()
        c = colours()
        palette = {"speech": c.speech, "pause": c.pause, "clip": c.clip}
        for kind, start, end in self._mark_data:
            colour = palette.get(kind, (158, 158, 158, 60))
            region = pg.LinearRegionItem(values=(start, max(end, start + 0.01)), movable=False,
                                         brush=pg.mkBrush(*colour), pen=pg.mkPen(None))
            region.setZValue(-10 if kind == "speech" else -5)
            self.plot.addItem(region)
            self._marks.append(region)

    def marks(self) -> list[Mark]:
        return list(self._mark_data)

    # cursor
    def set_cursor(self, seconds: float | None) -> None:
        self._cursor = seconds
        if self.plot is None:
            return
        self.play_line.setVisible(seconds is not None)
        if seconds is not None:
            self.play_line.setValue(seconds)

    # selection and zoom
    def selection(self) -> tuple[float, float] | None:
        return self._selection

    def set_selection(self, start_s: float, end_s: float) -> None:
        a, b = sorted((start_s, end_s))
        if self.duration_s:
            a, b = max(0.0, a), min(self.duration_s, b)
        self._selection = (a, b) if b - a >= MIN_SELECTION_S else None
        self._draw_selection()
        self.selection_changed.emit(self._selection)

    def clear_selection(self) -> None:
        if self._selection is not None:
            self._selection = None
            self._draw_selection()
            self.selection_changed.emit(None)

    def _draw_selection(self) -> None:
        if self.plot is None:
            return
        if self._selection is None:
            if self._region is not None:
                self._region.setVisible(False)
            return
        if self._region is None:
            pg = _pg()
            self._region = pg.LinearRegionItem(values=self._selection, movable=True,
                                               brush=pg.mkBrush(*colours().selection))
            self._region.setZValue(5)
            self._region.sigRegionChangeFinished.connect(self._region_moved)
            self.plot.addItem(self._region)
        self._region.blockSignals(True)
        self._region.setRegion(self._selection)
        self._region.blockSignals(False)
        self._region.setVisible(True)

    def _region_moved(self) -> None:
        a, b = self._region.getRegion()
        self.set_selection(float(a), float(b))

    def _dragged(self, a: float, b: float, finished: bool) -> None:
        lo, hi = sorted((a, b))
        self._selection = (max(0.0, lo), min(self.duration_s or hi, hi))
        self._draw_selection()
        if finished:
            self.set_selection(*self._selection)

    def zoom(self, factor: float) -> None:
        """Zoom in (factor < 1) or out around the selection, else the middle of the view."""
        plot = self.ensure_plot()
        (x0, x1), _ = plot.getViewBox().viewRange()
        centre = sum(self._selection) / 2 if self._selection else (x0 + x1) / 2
        half = max(0.05, (x1 - x0) * factor / 2)
        plot.setXRange(centre - half, centre + half, padding=0)

    def zoom_fit(self) -> None:
        self.ensure_plot().setXRange(0, max(1.0, self.duration_s), padding=0)

    def visible_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.ensure_plot().getViewBox().viewRange()
        return float(x0), float(x1)

    def clear(self) -> None:
        self._envelope = None
        self._mark_data = []
        self._cursor = None
        self.duration_s = 0.0
        self._selection = None
        self._draw_envelope()
        self._draw_marks()
        self._draw_selection()
        self.set_cursor(None)


def _selecting_viewbox(pg: Any) -> Any:
    """A ViewBox where a left-drag selects a stretch (when the view allows it) and the wheel zooms in time."""

    class SelectingViewBox(pg.ViewBox):  # type: ignore[misc, name-defined]
        def __init__(self, owner: WaveformView) -> None:
            super().__init__(enableMenu=False)
            self.owner = owner

        def mouseDragEvent(self, ev: Any, axis: Any = None) -> None:
            if not self.owner.selectable or ev.button() != Qt.MouseButton.LeftButton:
                super().mouseDragEvent(ev, axis)
                return
            ev.accept()
            a = self.mapSceneToView(ev.buttonDownScenePos()).x()
            b = self.mapSceneToView(ev.scenePos()).x()
            self.owner._dragged(float(a), float(b), ev.isFinish())

        def mouseClickEvent(self, ev: Any) -> None:
            if self.owner.selectable and ev.button() == Qt.MouseButton.LeftButton:
                ev.accept()
                self.owner.clear_selection()
                return
            super().mouseClickEvent(ev)

    return SelectingViewBox
