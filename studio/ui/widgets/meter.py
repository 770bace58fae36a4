"""A level meter that only paints: dBFS scale with a floor, RMS and peak bars, a peak-hold
marker, the target band, and a latched clip light (click resets it).

The green band is where the active provider wants the take's peaks (its spec's recording target: the
band the findings and the live warnings speak of); amber from there up to −1 dBFS, red above −1 dBFS,
where the "too loud" warning fires. It is given `MeterSnapshot`s by its pane's timer; all ballistics
live in `studio.audio.meter`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.audio.meter import MeterSnapshot

SCALE_TICKS = (-60, -48, -36, -24, -18, -12, -6, -3, 0)
CLIP_W = 34
TOO_LOUD_DB = -1.0  # the live "too loud" warning and the peak finding start here


class LevelMeter(QWidget):
    clip_reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self.snapshot = MeterSnapshot()
        self.provider_band: tuple[float, float] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Peak (light bar), RMS (dark bar), peak hold (line). Keep the peaks in the green "
                                "band; above −1 dBFS (red) is too loud. Click the clip light to reset it."))

    def sizeHint(self) -> QSize:
        return QSize(640, 58)

    def set_snapshot(self, snapshot: MeterSnapshot) -> None:
        self.snapshot = snapshot
        self.update()

    def _x(self, db: float, width: float) -> float:
        floor = self.snapshot.floor_db
        frac = (max(floor, min(0.0, db)) - floor) / -floor
        return frac * width

    def paintEvent(self, event: QPaintEvent) -> None:
        s = self.snapshot
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        bar_w = self.width() - CLIP_W - 8
        bar = QRectF(0, 4, bar_w, 28)
        p.fillRect(bar, QColor("#1e1e1e"))
        low, high = self.provider_band or (s.target_low_db, s.target_high_db)
        p.fillRect(QRectF(self._x(low, bar_w), bar.top(), self._x(high, bar_w) - self._x(low, bar_w), bar.height()),
                   QColor(46, 125, 50, 110))
        p.fillRect(QRectF(self._x(TOO_LOUD_DB, bar_w), bar.top(), bar_w - self._x(TOO_LOUD_DB, bar_w), bar.height()),
                   QColor(198, 40, 40, 90))
        peak_colour = QColor("#e53935") if s.peak_db > TOO_LOUD_DB else QColor("#fdd835") if s.peak_db > high \
            else QColor("#66bb6a")
        p.fillRect(QRectF(0, bar.top() + 3, self._x(s.peak_db, bar_w), bar.height() - 6), peak_colour.lighter(115))
        p.fillRect(QRectF(0, bar.top() + 9, self._x(s.rms_db, bar_w), bar.height() - 18), QColor("#1b5e20"))
        hold_x = self._x(s.hold_db, bar_w)
        if s.hold_db > s.floor_db:
            p.setPen(QPen(QColor("#ffffff"), 2))
            p.drawLine(int(hold_x), int(bar.top()), int(hold_x), int(bar.bottom()))
        # scale
        p.setPen(self.palette().color(self.foregroundRole()))
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        p.setFont(font)
        for tick in SCALE_TICKS:
            x = self._x(tick, bar_w)
            p.drawLine(int(x), int(bar.bottom()), int(x), int(bar.bottom()) + 4)
            label = f"{tick}"
            w = p.fontMetrics().horizontalAdvance(label)
            p.drawText(int(min(max(0, x - w / 2), bar_w - w)), int(bar.bottom()) + 16, label)
        # clip light
        clip = QRectF(self.width() - CLIP_W, 4, CLIP_W, 28)
        p.fillRect(clip, QColor("#d32f2f") if s.clip else QColor("#4a4a4a"))
        p.setPen(QColor("#ffffff"))
        p.drawText(clip, Qt.AlignmentFlag.AlignCenter, self.tr("CLIP"))
        p.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.position().x() >= self.width() - CLIP_W:
            self.clip_reset_requested.emit()
        super().mousePressEvent(event)
