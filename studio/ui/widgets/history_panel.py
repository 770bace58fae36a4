"""Audition history: search, replay, A/B with matched loudness, export, delete."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.library.models import Audition
from studio.services.audition import AuditionService
from studio.ui.names import provider_title


class HistoryPanel(QWidget):
    audition_selected = Signal(object)  # Audition | None

    def __init__(self, audition: AuditionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = audition
        self.ab: tuple[Audition, Audition] | None = None
        self.ab_gain = 1.0
        self.ab_current = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("historyList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _i: self.play_selected())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.play_button = QPushButton()
        self.play_button.clicked.connect(self.play_selected)
        self.ab_button = QPushButton()
        self.ab_button.setObjectName("abButton")
        self.ab_button.clicked.connect(self.start_ab)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        for w in (self.play_button, self.ab_button, self.export_button, self.delete_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.ab_label = QLabel()
        self.ab_label.setObjectName("abLabel")
        self.ab_label.setWordWrap(True)
        layout.addWidget(self.ab_label)
        self.switch = QShortcut(QKeySequence(Qt.Key.Key_Tab), self)
        self.switch.activated.connect(self.switch_ab)
        audition.history_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("History"))
        self.search.setPlaceholderText(self.tr("Search text, voice, provider…"))
        self.play_button.setText(self.tr("Play"))
        self.ab_button.setText(self.tr("A/B"))
        self.ab_button.setToolTip(self.tr("Select two auditions, then press Tab to switch between them"))
        self.export_button.setText(self.tr("Export…"))
        self.delete_button.setText(self.tr("Delete"))
        self._show_ab()

    def refresh(self) -> None:
        self.list.clear()
        for a in self.service.history(self.search.text()):
            latency = f"{a.first_audio_s * 1000:.0f} ms" if a.first_audio_s is not None else "—"
            text = a.text if len(a.text) <= 60 else a.text[:57] + "…"
            item = QListWidgetItem(f"{text}\n{provider_title(a.provider)} · {a.voice} · {a.duration_s:.1f} s · "
                                   f"{latency} · {a.created[:16].replace('T', ' ')}")
            item.setData(Qt.ItemDataRole.UserRole, a)
            self.list.addItem(item)

    def selected(self) -> list[Audition]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]

    def _selected(self) -> None:
        chosen = self.selected()
        self.audition_selected.emit(chosen[0] if len(chosen) == 1 else None)
        self.ab_button.setEnabled(len(chosen) == 2)

    def play_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.service.play(chosen[0])

    def start_ab(self) -> None:
        chosen = self.selected()
        if len(chosen) != 2:
            return
        a, b = chosen
        self.ab = (a, b)
        self.ab_current = 0

        def ready(gain: Any) -> None:
            self.ab_gain = float(gain)
            self._show_ab()
            self.service.play(a)

        self.service.loudness_gain(a, b).succeeded.connect(ready)

    def switch_ab(self) -> None:
        if self.ab is None:
            return
        position = self.service.position_s if self.service.is_playing else 0.0
        self.ab_current = 1 - self.ab_current
        target = self.ab[self.ab_current]
        self.service.play(target, position, gain=self.ab_gain if self.ab_current == 1 else 1.0)
        self._show_ab()

    def _show_ab(self) -> None:
        if self.ab is None:
            self.ab_label.setText("")
            return
        now = "A" if self.ab_current == 0 else "B"
        self.ab_label.setText(self.tr("Playing %1 (loudness matched, B gain %2 dB). Press Tab to switch.")
                              .replace("%1", now).replace("%2", f"{20 * math.log10(max(self.ab_gain, 1e-6)):+.1f}"))

    def export_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audition"), f"audition-{chosen[0].id}.wav",
                                              self.tr("WAV (*.wav);;MP3 (*.mp3)"))
        if path:
            self.service.export(chosen[0], Path(path))

    def delete_selected(self) -> None:
        for audition in self.selected():
            self.service.delete(audition)
