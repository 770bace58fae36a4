"""The tools under an editable waveform: zoom out, zoom in, fit, play the selection, keep it as a sample.

Shared by the takes list and the Validate pane; the owner says whether keeping is possible now
(`refresh(enabled, busy)`) and acts on `play_requested` / `keep_requested`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from studio.ui import format as fmt
from studio.ui.widgets.waveform import WaveformView

MIN_KEEP_S = 0.5


class SelectionBar(QWidget):
    play_requested = Signal(float, float)
    keep_requested = Signal(float, float)

    def __init__(self, waveform: WaveformView, parent: QWidget | None = None, *, hint: bool = False,
                 name: str = "") -> None:
        super().__init__(parent)
        self.waveform = waveform
        self._enabled = False
        self._busy = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setObjectName("editHint")
        self.hint.setVisible(hint)
        layout.addWidget(self.hint, 1)
        if not hint:
            layout.addStretch(1)
        self.zoom_out_button, self.zoom_in_button, self.fit_button = QToolButton(), QToolButton(), QToolButton()
        self.zoom_out_button.clicked.connect(lambda: waveform.zoom(2.0))
        self.zoom_in_button.clicked.connect(lambda: waveform.zoom(0.5))
        self.fit_button.clicked.connect(waveform.zoom_fit)
        self.play_button = QPushButton()
        self.play_button.setObjectName(f"play{name}Selection")
        self.play_button.clicked.connect(lambda: self._emit(self.play_requested))
        self.keep_button = QPushButton()
        self.keep_button.setObjectName(f"keep{name}Selection")
        self.keep_button.clicked.connect(lambda: self._emit(self.keep_requested))
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.play_button, self.keep_button):
            layout.addWidget(w)
        waveform.selection_changed.connect(lambda _s: self.refresh(self._enabled, self._busy))
        self.retranslate()

    def _emit(self, signal: SignalInstance) -> None:
        chosen = self.waveform.selection()
        if chosen is not None:
            signal.emit(*chosen)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Drag on the waveform to select; the wheel zooms."))
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (or use the mouse wheel)"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show all of it"))
        self.play_button.setText(self.tr("Play selection"))
        self.keep_button.setText(self.tr("Keep selection as sample"))
        self.refresh(self._enabled, self._busy)

    def refresh(self, enabled: bool, busy: bool = False) -> None:
        """`enabled`: there is audio to edit; `busy`: a kept selection is being written."""
        self._enabled, self._busy = enabled, busy
        chosen = self.waveform.selection() if enabled else None
        long_enough = chosen is not None and chosen[1] - chosen[0] >= MIN_KEEP_S
        self.play_button.setEnabled(chosen is not None)
        self.keep_button.setEnabled(long_enough and not busy)
        drag = self.tr("Drag on the waveform to select a stretch")
        self.play_button.setToolTip("" if chosen else drag)
        if chosen is None:
            self.keep_button.setToolTip(drag)
        elif not long_enough:
            self.keep_button.setToolTip(self.tr("Select at least half a second"))
        else:
            self.keep_button.setToolTip(self.tr("Write %1 – %2 as a new sample (the original is not changed)")
                                        .replace("%1", fmt.duration(chosen[0])).replace("%2", fmt.duration(chosen[1])))
        for tool in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            tool.setEnabled(enabled)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
