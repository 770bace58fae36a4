"""Validate pane: one take measured once, every provider's verdict before any upload, the fixes,
and the way on to cloning (enroll now, or train on a dataset)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.library.models import Voice
from studio.services.hub import Change, Services
from studio.services.validation_service import Outcome, Subject
from studio.ui.names import language
from studio.ui.pages.base import Page
from studio.ui.widgets.empty_state import EmptyState
from studio.ui.widgets.preflight_matrix import PreflightMatrix
from studio.ui.widgets.waveform import WaveformView
from studio.validation import Report
from studio.validation.findings import Finding, long_pauses


class ValidatePage(Page):
    page_id = "validate"
    train_requested = Signal(str, object)  # provider, Subject
    voice_created = Signal(object)  # Voice

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.validation = services.validation
        self.subject: Subject | None = None
        self.outcome: Outcome | None = None
        self._subjects: list[Subject] = []
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)

        row = QHBoxLayout()
        self.source_label = QLabel()
        self.source = QComboBox()
        self.source.setObjectName("validateSource")
        self.source.setMinimumWidth(320)
        self.source.activated.connect(lambda _i: self._choose(self.source.currentIndex()))
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.play_button = QPushButton()
        self.play_button.setObjectName("playSample")
        self.play_button.clicked.connect(self._play)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(lambda: self.subject and self.analyze(self.subject))
        row.addWidget(self.source_label)
        row.addWidget(self.source, 1)
        row.addWidget(self.play_button)
        row.addWidget(self.open_button)
        row.addWidget(self.again_button)
        outer.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        outer.addWidget(self.progress)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.empty = EmptyState()
        self.empty.action_clicked.connect(self.open_file)
        self.stack.addWidget(self.empty)
        body = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter()
        self.measures_box = QGroupBox()
        self.measures = QGridLayout(self.measures_box)
        top.addWidget(self.measures_box)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.matrix = PreflightMatrix()
        self.matrix.finding_chosen.connect(self._show_finding)
        right_layout.addWidget(self.matrix, 1)
        self.detail = QLabel()
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.detail)
        top.addWidget(right)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 3)
        top.setSizes([300, 720])
        body.addWidget(top)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.waveform = WaveformView()
        bottom_layout.addWidget(self.waveform, 1)
        self.legend = QLabel()
        bottom_layout.addWidget(self.legend)
        fix_row = QHBoxLayout()
        self.fix_label = QLabel()
        fix_row.addWidget(self.fix_label)
        self.fix_buttons: dict[str, QPushButton] = {}
        for kind in ("convert", "trim", "normalize", "best_window"):
            button = QPushButton()
            button.setObjectName(f"fix_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.apply_fix(k))
            self.fix_buttons[kind] = button
            fix_row.addWidget(button)
        fix_row.addStretch(1)
        bottom_layout.addLayout(fix_row)
        clone_row = QHBoxLayout()
        self.clone_label = QLabel()
        clone_row.addWidget(self.clone_label)
        self.clone_buttons: dict[str, QPushButton] = {}
        # one-sample clones first (the quick way), then trainings; each in the catalogue's order
        ordered = sorted(services.specs(), key=lambda s: not s.clones)
        for spec in (s for s in ordered if s.clones or s.trains):
            button = QPushButton()
            button.setObjectName(f"clone_{spec.name}")
            button.clicked.connect(lambda _c=False, p=spec.name: self.clone(p))
            self.clone_buttons[spec.name] = button
            clone_row.addWidget(button)
        clone_row.addStretch(1)
        bottom_layout.addLayout(clone_row)
        self.status = QLabel()
        self.status.setObjectName("validateStatus")
        self.status.setWordWrap(True)
        bottom_layout.addWidget(self.status)
        body.addWidget(bottom)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([380, 280])
        self.stack.addWidget(body)

        self.validation.analyzed.connect(self._on_analyzed)
        self.validation.fixed.connect(self._on_fixed)
        self.validation.enrolled.connect(self._on_enrolled)
        services.library_changed.connect(self._library_changed)
        self.retranslate()
        self.refresh_sources()

    def title(self) -> str:
        return self.tr("Validate")

    def retranslate(self) -> None:
        self.source_label.setText(self.tr("Sample"))
        self.open_button.setText(self.tr("Open file…"))
        self.again_button.setText(self.tr("Analyse again"))
        self.play_button.setText(self.tr("Play / stop"))
        self.empty.set_text(
            self.tr("Nothing to check yet"),
            self.tr("Record a take or drop an audio file here to see, before any upload, whether each "
                    "provider would accept it — and fix what can be fixed."),
            self.tr("Open an audio file…"))
        self.measures_box.setTitle(self.tr("Measurements"))
        self.fix_label.setText(self.tr("Fix (writes a new sample):"))
        self.fix_buttons["convert"].setText(self.tr("Convert"))
        self.fix_buttons["convert"].setToolTip(self.tr("Mono, 16-bit WAV at the provider's rate"))
        self.fix_buttons["trim"].setText(self.tr("Trim edges"))
        self.fix_buttons["trim"].setToolTip(self.tr("Cut leading and trailing silence to about 150 ms"))
        self.fix_buttons["normalize"].setText(self.tr("Normalise loudness"))
        self.fix_buttons["normalize"].setToolTip(self.tr("−20 LUFS, peaks at or below −3 dBFS"))
        self.fix_buttons["best_window"].setText(self.tr("Best 10–20 s"))
        self.fix_buttons["best_window"].setToolTip(self.tr("The cleanest continuous 10–20 s for zero-shot cloning"))
        self.clone_label.setText(self.tr("Clone:"))
        for name, button in self.clone_buttons.items():
            spec = self.services.spec(name)
            title = spec.short_title(language())
            button.setText(self.tr("Clone on %1").replace("%1", title) if spec.clones
                           else self.tr("Train on %1…").replace("%1", title))
        self.legend.setText(self.tr("Green: speech · orange: pauses longer than allowed · red: clipping"))
        if self.outcome is not None:
            self._on_analyzed(self.outcome)

    # sources
    def _library_changed(self, what: str) -> None:
        if what in (Change.TAKES, Change.SAMPLES):
            self.refresh_sources()

    def refresh_sources(self) -> None:
        current = self.subject
        self._subjects = self.validation.subjects()
        self.source.blockSignals(True)
        self.source.clear()
        for s in self._subjects:
            self.source.addItem(s.label + (self.tr(" (sample)") if s.sample_id else ""))
        if current is not None:
            index = next((i for i, s in enumerate(self._subjects) if s.path == current.path), -1)
            if index < 0:
                self._subjects.insert(0, current)
                self.source.insertItem(0, current.label)
                index = 0
            self.source.setCurrentIndex(index)
        self.source.blockSignals(False)
        if self.subject is None:
            self.stack.setCurrentIndex(0)

    def _play(self) -> None:
        if self.subject is not None:
            self.validation.play(self.subject)

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self._subjects):
            self.analyze(self._subjects[index])

    def validate_take(self, take: Any) -> None:
        """Open a take from the Record pane."""
        self.refresh_sources()
        match = next((s for s in self._subjects if s.take_id == take.id and s.sample_id is None), None)
        if match is not None:
            self.analyze(match)

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an audio file to check"), "",
                                              self.tr("Audio (*.wav *.flac *.ogg *.mp3 *.m4a *.aac);;All files (*)"))
        if path:
            self.analyze(Subject(Path(path), Path(path).name))

    def analyze(self, subject: Subject) -> None:
        self.subject = subject
        self.refresh_sources()
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Analysing %1…").replace("%1", subject.label))
        handle = self.validation.analyze(subject)
        handle.progress.connect(lambda f, _t: self.progress.setValue(int(max(0.0, f) * 1000)))
        handle.finished.connect(lambda: self.progress.setVisible(False))

    # results
    def _on_analyzed(self, outcome: Outcome) -> None:
        if self.subject is not None and outcome.subject.path != self.subject.path:
            return  # a superseded analysis
        self.outcome = outcome
        self.stack.setCurrentIndex(1)
        lang = self.services.language
        self.matrix.show_verdicts(outcome.verdicts, lang)
        self._show_measures(outcome.report)
        first = self.matrix.first_finding()
        self._show_finding(first)
        if outcome.error is not None:
            self.status.setText(outcome.error.user_message(lang))
            self.waveform.clear()
        else:
            self.status.setText("")
            self._show_waveform(outcome.report)
        for kind, button in self.fix_buttons.items():
            button.setEnabled(outcome.report is not None or kind == "convert")
        for provider, button in self.clone_buttons.items():
            keys = self.services.spec(provider).rule_keys()[:1]  # the provider's main table decides
            failing = any(outcome.verdicts.get(k) is not None and outcome.verdicts[k].verdict == "fail" for k in keys)
            button.setEnabled(outcome.report is not None and not failing)
            button.setToolTip(self.tr("Fix the errors in this column first") if failing else "")

    def _show_measures(self, r: Report | None) -> None:
        while self.measures.count():
            item = self.measures.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        if r is None:
            return
        f = r.file
        rows = [
            (self.tr("Format"), f"{f.container} / {f.codec}" + (f", {f.bit_depth}-bit" if f.bit_depth else "")
             + f", {f.size_bytes / 1e6:.2f} MB"),
            (self.tr("Rate, channels"), f"{f.sample_rate} Hz, {f.channels} ch"),
            (self.tr("Duration"), f"{r.duration_s:.2f} s"),
            (self.tr("Peak / true peak"), f"{r.levels.sample_peak_dbfs:.1f} dBFS / {r.levels.true_peak_dbtp:.1f} dBTP"),
            (self.tr("RMS / loudness"), f"{r.levels.rms_dbfs:.1f} dBFS / {r.levels.integrated_lufs:.1f} LUFS"),
            (self.tr("Noise floor / SNR"), f"{r.noise.noise_floor_dbfs:.1f} dBFS / "
             + (f"{r.noise.snr_db:.1f} dB" if r.noise.snr_db is not None else "—")),
            (self.tr("Clipping"), self.tr("%1 runs, longest %2 samples").replace("%1", str(r.clipping.runs))
             .replace("%2", str(r.clipping.longest_run))),
            (self.tr("Speech"), self.tr("%1 s effective, longest %2 s continuous")
             .replace("%1", f"{r.speech.effective_s:.1f}").replace("%2", f"{r.speech.longest_continuous_s:.1f}")),
            (self.tr("Pauses"), self.tr("longest %1 s; edges %2 / %3 s").replace("%1", f"{r.speech.longest_pause_s:.1f}")
             .replace("%2", f"{r.speech.leading_silence_s:.2f}").replace("%3", f"{r.speech.trailing_silence_s:.2f}")),
            (self.tr("Bandwidth"), f"{r.bandwidth.effective_hz / 1000:.1f} / {r.bandwidth.nyquist_hz / 1000:.1f} kHz"),
            (self.tr("DC offset"), f"{r.levels.dc_offset_dbfs:.1f} dBFS"),
        ]
        if r.stereo is not None:
            rows.append((self.tr("Channel difference"), f"{r.stereo.difference_db:.1f} dB"))
        for i, (label, value) in enumerate(rows):
            name = QLabel(label)
            name.setStyleSheet("color: palette(placeholder-text);")
            val = QLabel(value)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.measures.addWidget(name, i, 0)
            self.measures.addWidget(val, i, 1)

    def _show_waveform(self, r: Report | None) -> None:
        if r is None:
            self.waveform.clear()
            return
        import numpy as np

        self.waveform.set_envelope(np.asarray(r.envelope.min, np.float32), np.asarray(r.envelope.max, np.float32),
                                   r.envelope.hop_s)
        marks: list[tuple[str, float, float]] = [("speech", a, b) for a, b in r.speech.segments]
        marks += [("pause", a, b) for a, b in self._long_pauses(r)]
        rate = r.file.sample_rate or 1
        marks += [("clip", start, start + max(length / rate, 0.01)) for start, length in r.clipping.positions]
        self.waveform.set_marks(marks)

    def _long_pauses(self, r: Report) -> list[tuple[float, float]]:
        """Pauses longer than the active provider allows (or than any one-sample clone allows)."""
        active = self.services.spec(self.services.active_provider)
        keys = active.rule_keys() if active.clones else tuple(k for s in self.services.specs() if s.clones
                                                               for k in s.rule_keys())
        found: list[tuple[float, float]] = []
        for key in keys:
            found = long_pauses(r, key)
            if found:
                break
        return found

    def _show_finding(self, finding: Finding | None) -> None:
        if finding is None:
            self.detail.setText(self.tr("No problem found in this column.") if self.outcome else "")
            return
        zh = self.services.language.startswith("zh")
        parts = [finding.message_zh if zh else finding.message_en]
        if finding.measured is not None:
            parts.append(self.tr("Measured %1, limit %2.").replace("%1", f"{finding.measured} {finding.unit}".strip())
                         .replace("%2", f"{finding.limit} {finding.unit}".strip()))
        if finding.vendor_code:
            parts.append(self.tr("The provider would answer %1.").replace("%1", finding.vendor_code))
        if finding.fix:
            parts.append(self.tr("Fix: %1.").replace("%1", finding.fix))
        if finding.source:
            parts.append(self.tr("Source: %1").replace("%1", finding.source))
        self.detail.setText("  ".join(parts))

    # fixes and cloning
    def apply_fix(self, kind: str) -> None:
        if self.subject is None:
            return
        report = self.outcome.report if self.outcome else None
        self.status.setText(self.tr("Applying the fix…"))
        self.validation.apply_fix(kind, self.subject, report, self.services.active_provider)

    def _on_fixed(self, subject: Subject) -> None:
        self.status.setText(self.tr("New sample: %1").replace("%1", str(subject.path.name)))
        self.analyze(subject)

    def clone(self, provider: str) -> None:
        if self.subject is None:
            return
        spec = self.services.spec(provider)
        if spec.clones_at_once:
            rule = spec.name_rule
            default = rule.suggest(self.subject.label) or rule.suggest("voice")
            hint = rule.hint(language())
            name, ok = QInputDialog.getText(
                self, self.tr("Name the voice"),
                self.tr("Voice name") + (f"\n{hint}" if hint else ""), text=default)
            if not ok or not name.strip():
                return
            self.status.setText(self.tr("Cloning on %1…").replace("%1", spec.title(language())))
            self.validation.enroll(provider, self.subject, name.strip())
        else:
            self.train_requested.emit(provider, self.subject)

    def _on_enrolled(self, voice: Voice) -> None:
        text = self.tr("Voice “%1” is in the Library (%2).").replace("%1", voice.name).replace("%2", voice.status)
        note = voice.extra.get("note_zh" if self.services.language.startswith("zh") else "note")
        self.status.setText(f"{text} {note}" if note else text)  # e.g. which sample URL was used, and for how long
        self.voice_created.emit(voice)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.analyze(Subject(files[0], files[0].name))
            event.acceptProposedAction()
