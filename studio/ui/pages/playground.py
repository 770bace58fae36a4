"""Playground pane: audition synthesized speech with any voice — streaming playback, parameters
remembered per voice, character counts as each provider bills, history, A/B, export and batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.library.models import Audition
from studio.services.audition import Progress, VoiceChoice
from studio.services.hub import Change, Services
from studio.ui.names import provider_title
from studio.ui.pages.base import Page
from studio.ui.widgets.history_panel import HistoryPanel
from studio.ui.widgets.waveform import WaveformView

RATES = (8000, 16000, 22050, 24000, 44100, 48000)


class PlaygroundPage(Page):
    page_id = "playground"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.audition = services.audition
        self.choices: list[VoiceChoice] = []
        self._pending_voice: tuple[str, str] | None = None
        outer = QHBoxLayout(self)
        splitter = QSplitter()
        outer.addWidget(splitter)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)

        voice_row = QHBoxLayout()
        self.voice_label = QLabel()
        self.voice_combo = QComboBox()
        self.voice_combo.setObjectName("voiceChoice")
        self.voice_combo.setMinimumWidth(280)
        self.voice_combo.currentIndexChanged.connect(self._voice_changed)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.audition.list_voices)
        voice_row.addWidget(self.voice_label)
        voice_row.addWidget(self.voice_combo, 1)
        voice_row.addWidget(self.reload_button)
        layout.addLayout(voice_row)
        self.voice_note = QLabel()
        self.voice_note.setObjectName("voiceNote")
        self.voice_note.setWordWrap(True)
        layout.addWidget(self.voice_note)

        source_row = QHBoxLayout()
        self.source_label = QLabel()
        self.source = QComboBox()
        self.source.setObjectName("speakSource")
        self.source.currentIndexChanged.connect(self._source_changed)
        source_row.addWidget(self.source_label)
        source_row.addWidget(self.source, 1)
        layout.addLayout(source_row)
        self.text = QPlainTextEdit()
        self.text.setObjectName("textEditor")
        self.text.textChanged.connect(self._count)
        layout.addWidget(self.text, 2)
        self.counter = QLabel()
        self.counter.setObjectName("charCounter")
        layout.addWidget(self.counter)

        form = QGridLayout()
        self.rate = QComboBox()
        for r in RATES:
            self.rate.addItem(f"{r} Hz", r)
        self.rate.setCurrentIndex(RATES.index(24000))
        self.volume = QSpinBox()
        self.volume.setRange(0, 100)
        self.volume.setValue(50)
        self.speed = QDoubleSpinBox()
        self.speed.setRange(0.5, 2.0)
        self.speed.setSingleStep(0.1)
        self.speed.setValue(1.0)
        self.pitch = QDoubleSpinBox()
        self.pitch.setRange(0.5, 2.0)
        self.pitch.setSingleStep(0.1)
        self.pitch.setValue(1.0)
        self.seed = QSpinBox()
        self.seed.setRange(0, 65535)
        self.instruction = QLineEdit()
        self.instruction.setMaxLength(128)
        self.form_labels = [QLabel() for _ in range(6)]
        widgets = (self.rate, self.volume, self.speed, self.pitch, self.seed, self.instruction)
        for n, (lab, w) in enumerate(zip(self.form_labels, widgets, strict=True)):
            row, col = divmod(n, 3)
            if w is self.instruction:
                form.addWidget(lab, row, 0)
                form.addWidget(w, row, 1, 1, 5)
            else:
                form.addWidget(lab, row, col * 2)
                form.addWidget(w, row, col * 2 + 1)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.synth_button = QPushButton()
        self.synth_button.setObjectName("synthesize")
        self.synth_button.clicked.connect(self.synthesize)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.audition.stop)
        self.replay_button = QPushButton()
        self.replay_button.clicked.connect(self.replay)
        self.batch_button = QPushButton()
        self.batch_button.clicked.connect(self.batch)
        for w in (self.synth_button, self.stop_button, self.replay_button, self.batch_button):
            buttons.addWidget(w)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.stats = QLabel()
        self.stats.setObjectName("auditionStats")
        self.stats.setWordWrap(True)
        layout.addWidget(self.stats)
        self.waveform = WaveformView()
        self.waveform.setMaximumHeight(140)
        layout.addWidget(self.waveform, 1)
        splitter.addWidget(left)
        self.history = HistoryPanel(self.audition)
        self.history.audition_selected.connect(self._show_audition)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.last: Audition | None = None
        self._cursor = QTimer(self)
        self._cursor.setInterval(40)
        self._cursor.timeout.connect(self._move_cursor)
        self.audition.voices_listed.connect(self._fill_voices)
        self.audition.progress.connect(self._on_progress)
        self.audition.finished.connect(self._on_finished)
        self.audition.playback_changed.connect(self._playback_changed)
        services.library_changed.connect(lambda what: what == Change.VOICES and self.audition.list_voices())
        self.retranslate()
        self.audition.list_voices()

    def retranslate(self) -> None:
        self.voice_label.setText(self.tr("Voice"))
        self.source_label.setText(self.tr("Speak"))
        self.reload_button.setText(self.tr("Refresh"))
        self.text.setPlaceholderText(self.tr("Type or paste the text to hear. Long text is split by sentence "
                                             "within the provider's limits."))
        for lab, text in zip(self.form_labels, (self.tr("Sample rate"), self.tr("Volume"),
                                                self.tr("Rate"), self.tr("Pitch"), self.tr("Seed"),
                                                self.tr("Instruction")), strict=True):
            lab.setText(text)
        self.instruction.setPlaceholderText(self.tr("e.g. speak warmly and slowly (CosyVoice v3)"))
        self.synth_button.setText(self.tr("Synthesize"))
        self.stop_button.setText(self.tr("Stop"))
        self.replay_button.setText(self.tr("Replay"))
        self.batch_button.setText(self.tr("Batch from file…"))
        self.history.retranslate()
        self._voice_changed()
        self._count()

    # voices
    def _fill_voices(self, choices: list[VoiceChoice]) -> None:
        current = self.current_choice()
        self.choices = choices
        self.voice_combo.blockSignals(True)
        self.voice_combo.clear()
        for i, c in enumerate(choices):
            suffix = self.tr(" (stock)") if c.stock else ""
            self.voice_combo.addItem(f"{provider_title(c.provider)} — {c.label}{suffix}", i)
        wanted = self._pending_voice or ((current.provider, current.voice) if current else None)
        index = next((i for i, c in enumerate(choices) if wanted and (c.provider, c.voice) == wanted), 0)
        self.voice_combo.setCurrentIndex(index if choices else -1)
        self.voice_combo.blockSignals(False)
        self._pending_voice = None
        self._voice_changed()

    def current_choice(self) -> VoiceChoice | None:
        i = self.voice_combo.currentIndex()
        return self.choices[i] if 0 <= i < len(self.choices) else None

    def select_voice(self, provider: str, remote_id: str) -> None:
        """Choose a voice (e.g. from the Library's Audition button), once the list has it."""
        self._pending_voice = (provider, remote_id)
        self.audition.list_voices()

    def _voice_changed(self, *_: Any) -> None:
        choice = self.current_choice()
        self.synth_button.setEnabled(choice is not None)
        if choice is None:
            self.voice_note.setText(self.tr("No voices yet: clone one in the Validate pane, or add a provider "
                                            "account to use its stock voices."))
            return
        notes = []
        spec = self.services.spec(choice.provider)
        if choice.preview or spec.feature("OFFLINE"):
            notes.append(self.tr("Offline preview voice: an approximation made on this computer, not a "
                                 "cloud clone."))
        self._fill_sources(choice)
        self.instruction.setEnabled(spec.feature("INSTRUCTION"))
        self.seed.setEnabled(spec.feature("SEED"))
        self.voice_note.setText(" ".join(notes))
        params = self.audition.remembered(choice)
        if params:
            self._apply_params(params)
        self._count()

    def _source_changed(self, _index: int) -> None:
        self.text.setEnabled(not self.source.currentData())

    def _fill_sources(self, choice: VoiceChoice | None) -> None:
        """Text, or — for providers that convert speech — a recorded take spoken in the voice."""
        current = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("the text below"), "")
        if choice is not None and choice.converts:
            home = self.services.workspace.home
            for take in self.services.workspace.store.takes():
                path = take.path if Path(take.path).is_absolute() else str(home / take.path)
                self.source.addItem(self.tr("take: %1").replace("%1", take.name), path)
        self.source.setCurrentIndex(max(0, self.source.findData(current)))
        self.source.blockSignals(False)
        self.source.setVisible(self.source.count() > 1)
        self.source_label.setVisible(self.source.count() > 1)
        self.text.setEnabled(not self.source.currentData())

    def _apply_params(self, p: dict[str, Any]) -> None:
        self.rate.setCurrentIndex(max(0, self.rate.findData(p.get("sample_rate", 24000))))
        self.volume.setValue(int(p.get("volume", 50)))
        self.speed.setValue(float(p.get("rate", 1.0)))
        self.pitch.setValue(float(p.get("pitch", 1.0)))
        self.seed.setValue(int(p.get("seed") or 0))
        self.instruction.setText(str(p.get("instruction") or ""))

    def params(self) -> dict[str, Any]:
        return {"sample_rate": self.rate.currentData(),
                "volume": self.volume.value(), "rate": round(self.speed.value(), 2),
                "pitch": round(self.pitch.value(), 2),
                "seed": self.seed.value() if self.seed.isEnabled() else None,
                "instruction": self.instruction.text().strip() if self.instruction.isEnabled() else ""}

    # text
    def _count(self) -> None:
        choice = self.current_choice()
        text = self.text.toPlainText()
        if choice is None:
            self.counter.setText("")
            return
        rule = self.services.spec(choice.provider).text
        n = rule.count(text)
        parts = len(rule.split(text)) if text.strip() else 0
        how = self.tr(" (a Chinese character counts 2)") if rule.han_counts_double else ""
        line = self.tr("%1 characters%2 · limit %3 per request").replace("%1", str(n)).replace("%2", how) \
            .replace("%3", f"{rule.total:,}")
        if parts > 1:
            line += " · " + self.tr("will be sent as %1 requests").replace("%1", str(parts))
        cost = rule.cost(text)
        if cost:
            line += " · " + self.tr("≈ ¥%1").replace("%1", f"{cost:.4f}")
        self.counter.setStyleSheet("color: #ef6c00;" if n > rule.per_request * 0.9 else "")
        self.counter.setText(line)

    # synthesis
    def synthesize(self) -> None:
        choice = self.current_choice()
        if choice is None:
            return
        params = self.params()
        self.audition.remember(choice, params)
        if self.source.currentData():
            params["source_audio"] = self.source.currentData()
        try:
            self.audition.synthesize(choice, self.text.toPlainText(), params)
        except StudioError as err:
            self.services.error_reported.emit(err)
            return
        self.progress.setVisible(True)
        self.stats.setText(self.tr("Waiting for the first audio…"))
        self.waveform.clear()

    def _on_progress(self, p: Progress) -> None:
        first = f"{p.first_audio_s * 1000:.0f} ms" if p.first_audio_s is not None else "…"
        self.stats.setText(self.tr("Receiving: %1 s of audio · first audio after %2")
                           .replace("%1", f"{p.audio_s:.1f}").replace("%2", first))
        self._cursor.start()

    def _on_finished(self, audition: Audition) -> None:
        self.progress.setVisible(False)
        self.last = audition
        self._show_audition(audition)

    def _show_audition(self, audition: Audition | None) -> None:
        if audition is None:
            return
        rtf = audition.total_s / audition.duration_s if audition.duration_s else 0.0
        first = f"{audition.first_audio_s * 1000:.0f} ms" if audition.first_audio_s is not None else "—"
        line = self.tr("First audio %1 · total %2 s · real-time factor %3 · %4 s of audio · %5 characters") \
            .replace("%1", first).replace("%2", f"{audition.total_s:.2f}").replace("%3", f"{rtf:.2f}") \
            .replace("%4", f"{audition.duration_s:.1f}").replace("%5", str(audition.characters))
        if audition.cost:
            line += " · " + self.tr("≈ ¥%1").replace("%1", f"{audition.cost:.4f}")
        self.stats.setText(line)
        self.last = audition
        self.audition.load_envelope(audition, self._show_envelope)

    def _show_envelope(self, result: Any) -> None:
        lo, hi, per_bin, audition_id = result
        if self.last is not None and self.last.id == audition_id:
            self.waveform.set_envelope(lo, hi, per_bin)

    def replay(self) -> None:
        if self.last is not None:
            self.audition.play(self.last)

    def _playback_changed(self, playing: bool) -> None:
        if playing:
            self._cursor.start()
        else:
            self._cursor.stop()
            self.waveform.set_cursor(None)

    def _move_cursor(self) -> None:
        self.waveform.set_cursor(self.audition.position_s if self.audition.is_playing else None)

    def batch(self) -> None:
        choice = self.current_choice()
        if choice is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Text file: one line becomes one audio file"), "",
                                              self.tr("Text (*.txt)"))
        if not path:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the audio files"))
        if not folder:
            return
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
        self.audition.batch(choice, lines, Path(folder), self.params())

    def closeEvent(self, event: Any) -> None:
        self.audition.close()
        super().closeEvent(event)

