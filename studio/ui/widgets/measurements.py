"""The Validate pane's measurements: one value per row, each in its unit, through the presentation layer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from studio.ui import format as fmt
from studio.ui.theme import colours


class Measurements(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measurements")
        box_layout = QVBoxLayout(self)
        box_layout.setContentsMargins(4, 4, 4, 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.form = QFormLayout(inner)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        scroll.setWidget(inner)
        box_layout.addWidget(scroll)
        self.setMinimumWidth(285)

    def rowCount(self) -> int:
        return self.form.rowCount()

    def show_report(self, r: Any) -> None:
        """The report's values (None: nothing to show, e.g. a file that could not be read)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        if r is None:
            return
        f = r.file
        clip = r.clipping
        clipping = self.tr("none") if not clip.runs else self.tr("%1 stretches, longest %2 samples") \
            .replace("%1", fmt.count(clip.runs)).replace("%2", fmt.count(clip.longest_run))
        snr = r.noise.snr_db
        rows = [
            (self.tr("Format"), f"{fmt.audio_format(f.container, f.codec, f.bit_depth, f.sample_format)} · "
                                f"{fmt.size(f.size_bytes)}"),
            (self.tr("Sample rate"), f"{fmt.rate(f.sample_rate)} · {fmt.channels(f.channels)}"),
            (self.tr("Duration"), fmt.duration(r.duration_s)),
            (self.tr("Peak"), fmt.level(r.levels.sample_peak_dbfs)),
            (self.tr("True peak"), fmt.level(r.levels.true_peak_dbtp, "dBTP")),
            (self.tr("Loudness"), fmt.level(r.levels.integrated_lufs, "LUFS")),
            (self.tr("RMS level"), fmt.level(r.levels.rms_dbfs)),
            (self.tr("Noise floor"), fmt.level(r.noise.noise_floor_dbfs)),
            (self.tr("Speech over noise"), f"{fmt.number(snr, 0)} dB" if snr is not None else "—"),
            (self.tr("Clipping"), clipping),
            (self.tr("Speech"), fmt.duration(r.speech.effective_s)),
            (self.tr("Longest stretch"), fmt.duration(r.speech.longest_continuous_s)),
            (self.tr("Longest pause"), fmt.duration(r.speech.longest_pause_s)),
            (self.tr("Silence at the edges"), self.tr("%1 and %2").replace("%1", fmt.duration(r.speech.leading_silence_s))
             .replace("%2", fmt.duration(r.speech.trailing_silence_s))),
            (self.tr("Bandwidth"), self.tr("up to %1 (of %2)").replace("%1", fmt.rate(r.bandwidth.effective_hz))
             .replace("%2", fmt.rate(r.bandwidth.nyquist_hz))),
            (self.tr("DC offset"), fmt.level(r.levels.dc_offset_dbfs)),
        ]
        if r.stereo is not None:
            rows.append((self.tr("Channel difference"), f"{fmt.number(r.stereo.difference_db, 1)} dB"))
        muted = colours().muted
        for label, value in rows:
            name = QLabel(label)
            name.setStyleSheet(f"color: {muted};")
            val = QLabel(value)
            val.setWordWrap(True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(name, val)
