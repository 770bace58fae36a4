"""Playground pane: audition synthesized speech with any voice — streaming playback, parameters
remembered per voice, character counts as each provider bills, SSML where the voice takes it, the word
being heard lit while it plays, subtitles from word timings, history, A/B, export and batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio.errors import InvalidInputError, StudioError
from studio.library.models import Audition
from studio.services.audition import Progress, VoiceChoice, WavePiece
from studio.services.hub import Change, NoticeKind, Services
from studio.ui import format as fmt
from studio.ui.pages.base import Page
from studio.ui.widgets.history_panel import HistoryPanel
from studio.ui.widgets.option_form import OptionForm
from studio.ui.widgets.spoken_words import SpokenWords
from studio.ui.widgets.text_meter import TextMeter
from studio.ui.widgets.voice_chooser import VoiceChooser
from studio.ui.widgets.waveform import WaveformView


class PlaygroundPage(Page):
    page_id = "playground"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.audition = services.audition
        self._pending_voice: tuple[str, str] | None = None
        outer = QHBoxLayout(self)
        splitter = QSplitter()
        outer.addWidget(splitter)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)

        self.chooser = VoiceChooser()
        self.voice_combo = self.chooser.combo
        self.chooser.changed.connect(self._voice_changed)
        self.chooser.refresh_requested.connect(self.audition.list_voices)
        layout.addWidget(self.chooser)
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
        self.meter = TextMeter(self.audition)
        self.counter, self.ssml, self.problem = self.meter.counter, self.meter.ssml, self.meter.problem
        self.meter.ssml_toggled.connect(self._count)
        layout.addWidget(self.meter)

        # the voice's provider declares its options (rate, volume, speed, pitch, seed, instruction …)
        self.options_holder = QVBoxLayout()
        self.options_holder.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.options_holder)
        self.options: OptionForm | None = None
        self._options_provider = ""

        buttons = QHBoxLayout()
        self.synth_button = QPushButton()
        self.synth_button.setObjectName("synthesize")
        self.synth_button.clicked.connect(self.synthesize)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopSynthesis")
        self.stop_button.clicked.connect(self.stop)
        self.replay_button = QPushButton()
        self.replay_button.clicked.connect(self.replay)
        self.batch_button = QPushButton()
        self.batch_button.clicked.connect(self.batch)
        for w in (self.synth_button, self.stop_button, self.replay_button, self.batch_button):
            buttons.addWidget(w)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.stats = QLabel()
        self.stats.setObjectName("auditionStats")
        self.stats.setWordWrap(True)
        self.stats.setMinimumHeight(self.stats.fontMetrics().lineSpacing() * 2 + 4)
        self.stats.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stats.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.stats)
        self.waveform = WaveformView()
        self.waveform.setMaximumHeight(220)
        layout.addWidget(self.waveform, 1)
        self.spoken = SpokenWords()
        self.spoken.setMaximumHeight(160)
        self.spoken.export_requested.connect(self.export_subtitles)
        layout.addWidget(self.spoken, 1)
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
        self._cached: int | None = None
        self.audition.voices_listed.connect(self._fill_voices)
        self.audition.progress.connect(self._on_progress)
        self.audition.wave.connect(self._on_wave)
        self.audition.from_cache.connect(lambda a: setattr(self, "_cached", a.id))
        self.audition.finished.connect(self._on_finished)
        self.audition.stopped.connect(self._on_stopped)
        self.audition.playback_changed.connect(self._playback_changed)
        services.library_changed.connect(lambda what: what == Change.VOICES and self.audition.list_voices())
        self.retranslate()
        self.audition.list_voices()
        # the latest audition, ready to replay, when the pane opens
        if self.history.list.count():
            self.history.list.setCurrentRow(0)

    def retranslate(self) -> None:
        self.chooser.retranslate()
        self.spoken.retranslate()
        self.source_label.setText(self.tr("Speak"))
        self.meter.retranslate()
        self.text.setPlaceholderText(self.tr("Type or paste the text to hear. Long text is split by sentence "
                                             "within the provider's limits."))
        self.synth_button.setText(self.tr("Synthesize"))
        self.stop_button.setText(self.tr("Stop"))
        self.replay_button.setText(self.tr("Replay"))
        self.batch_button.setText(self.tr("Batch from file…"))
        self.history.retranslate()
        self._voice_changed()
        self._count()

    # voices
    @property
    def choices(self) -> list[VoiceChoice]:
        return self.chooser.choices

    def _fill_voices(self, choices: list[VoiceChoice]) -> None:
        current = self.current_choice()
        wanted = self._pending_voice or ((current.provider, current.voice) if current else None)
        self._pending_voice = None
        self.chooser.set_choices(choices, wanted)

    def current_choice(self) -> VoiceChoice | None:
        return self.chooser.current()

    def select_voice(self, provider: str, remote_id: str) -> None:
        """Choose a voice (e.g. from the Library's Audition button), once the list has it."""
        self._pending_voice = (provider, remote_id)
        self.audition.list_voices()

    def _voice_changed(self, *_: Any) -> None:
        choice = self.current_choice()
        if choice is None:
            self.voice_note.setVisible(True)
            self.voice_note.setText(self.tr("No voice matches the language and gender chosen.") if self.choices
                                    else self.tr("No voices yet: clone one in the Validate pane, or add a "
                                                 "provider account to use its voices."))
            self._set_options("")
            self.meter.set_choice(None)
            self._update_buttons()
            return
        notes = []
        spec = self.services.spec(choice.provider)
        if choice.preview or spec.feature("OFFLINE"):
            notes.append(self.tr("Offline preview voice: an approximation made on this computer, not a "
                                 "cloud clone."))
        self._fill_sources(choice)
        self._set_options(choice.provider)
        self.meter.set_choice(choice)
        self.voice_note.setText(" ".join(notes))
        self.voice_note.setVisible(bool(notes))  # no empty line above the text when there is nothing to say
        params = self.audition.remembered(choice)
        if params and self.options is not None:
            self.options.set_values(params)
        self._count()

    def _set_options(self, provider: str) -> None:
        """The option inputs the voice's provider declares (rebuilt when the provider changes)."""
        if provider == self._options_provider and self.options is not None:
            return
        if self.options is not None:
            self.options_holder.removeWidget(self.options)
            self.options.hide()  # gone from the screen now, not only when the event loop deletes it
            self.options.deleteLater()
            self.options = None
        self._options_provider = provider
        if provider:
            specs = self.services.spec(provider).synth_options
            if specs:
                self.options = OptionForm(specs, parent=self, columns=3)
                self.options.setObjectName("synthOptions")
                self.options_holder.addWidget(self.options)

    def _source_changed(self, _index: int) -> None:
        self.text.setEnabled(not self.source.currentData())
        self._update_buttons()

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

    def params(self) -> dict[str, Any]:
        return {k: v for k, v in (self.options.values() if self.options is not None else {}).items()
                if v is not None}

    # text
    def _count(self, *_: Any) -> None:
        self.meter.count(self.text.toPlainText())
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Buttons that cannot act are off, and say why."""
        choice = self.current_choice()
        has_text = bool(self.text.toPlainText().strip()) or bool(self.source.currentData())
        busy = self.audition.busy
        refused = self.meter.refused and not self.source.currentData()
        self.synth_button.setEnabled(choice is not None and has_text and not busy and not refused)
        if choice is None:
            why = self.tr("Choose a voice first")
        elif not has_text:
            why = self.tr("Type some text first")
        elif refused:
            why = self.tr("Fix the text first: %1").replace("%1", self.problem.text())
        elif busy:
            why = self.tr("Synthesizing… press Stop to cancel")
        else:
            why = self.tr("Synthesize and play as it arrives (Ctrl+Enter)")
        self.synth_button.setToolTip(why)
        self.stop_button.setEnabled(busy or self.audition.is_playing)
        self.stop_button.setToolTip("" if self.stop_button.isEnabled() else self.tr("Nothing is playing"))
        self.replay_button.setEnabled(self.last is not None)
        self.replay_button.setToolTip("" if self.last is not None else self.tr("Nothing synthesized yet"))
        self.batch_button.setEnabled(choice is not None and not busy)

    # synthesis
    def synthesize(self) -> None:
        choice = self.current_choice()
        if choice is None:
            return
        params = self.params()
        self.audition.remember(choice, params)
        if self.source.currentData():
            params["source_audio"] = self.source.currentData()
        elif self.meter.ssml_on:
            params["ssml"] = True
        self._cached = None
        # Said before the request goes: an answer from the cache can come back within this call.
        self.progress.setVisible(True)
        self.stats.setText(self.tr("Waiting for the first audio…"))
        self.waveform.clear()  # the new audition grows here as it arrives
        self.spoken.show_audition(self.text.toPlainText(), [], bool(params.get("ssml")))
        try:
            self.audition.synthesize(choice, self.text.toPlainText(), params)
        except StudioError as err:
            self.progress.setVisible(False)
            self.stats.setText("")
            self.spoken.clear()
            if isinstance(err, InvalidInputError):
                self.meter.say(err)  # the text's own fault: said beside it, not in a dialog
                self._update_buttons()
            else:
                self.services.error_reported.emit(err)
            return
        self._update_buttons()

    def stop(self) -> None:
        self.audition.stop()
        self._update_buttons()

    def _on_progress(self, p: Progress) -> None:
        if not self.audition.busy:
            return  # a late report of a synthesis already stopped
        first = fmt.latency(p.first_audio_s) if p.first_audio_s is not None else "…"
        self.stats.setText(self.tr("Receiving: %1 of audio so far · first audio after %2")
                           .replace("%1", fmt.duration(p.audio_s)).replace("%2", first))
        self._cursor.start()

    def _on_wave(self, piece: WavePiece) -> None:
        if self.audition.busy:
            self.waveform.append_envelope(piece.lo, piece.hi, piece.seconds_per_bin)

    def _on_stopped(self) -> None:
        """Stopped, or failed: nothing more arrives, so nothing may look as if it still does."""
        self.progress.setVisible(False)
        heard = self.waveform.duration_s
        self.stats.setText(self.tr("Stopped after %1 of audio; nothing was saved.").replace("%1", fmt.duration(heard))
                           if heard else self.tr("Stopped; nothing was saved."))
        self._update_buttons()

    def _on_finished(self, audition: Audition) -> None:
        self.progress.setVisible(False)
        self.last = audition
        self.history.select_audition(audition.id)
        self._show_audition(audition, cached=self._cached == audition.id)
        self._update_buttons()

    def _show_audition(self, audition: Audition | None, cached: bool | None = None) -> None:
        if audition is None:
            return
        if cached is None:  # shown again from the history: still the answer the cache gave
            cached = self._cached == audition.id
        rtf = audition.total_s / audition.duration_s if audition.duration_s else 0.0
        timings = self.tr("first audio %1 · total %2 · real-time factor %3") \
            .replace("%1", fmt.latency(audition.first_audio_s)).replace("%2", fmt.duration(audition.total_s)) \
            .replace("%3", fmt.number(rtf, 2))
        size = self.tr("%1 of audio · %2 characters").replace("%1", fmt.duration(audition.duration_s)) \
            .replace("%2", fmt.count(audition.characters))
        if cached:
            line = self.tr("Answered from the cache (made %1): no request was sent. Original timings: %2 · %3") \
                .replace("%1", fmt.when(audition.created)).replace("%2", timings).replace("%3", size)
        else:
            line = f"{timings[:1].upper()}{timings[1:]} · {size}"
        if audition.cost:
            line += " · " + fmt.money(audition.cost)
        self.stats.setText(line)
        self.last = audition
        self.spoken.show_audition(audition.text, audition.spans, bool(audition.params.get("ssml")))
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
            self.spoken.follow(None)
        self._update_buttons()

    def on_key(self, what: str) -> None:
        if what == "synthesize" and self.synth_button.isEnabled():
            self.synthesize()
        elif what == "play":
            if self.audition.busy or self.audition.is_playing:
                self.stop()
            else:
                self.replay()
        elif what == "delete" and self.history.list.hasFocus():
            self.history.delete_selected()

    def _move_cursor(self) -> None:
        position = self.audition.position_s if self.audition.is_playing else None
        self.waveform.set_cursor(position)
        self.spoken.follow(position)

    def export_subtitles(self) -> None:
        """Subtitles of the audition shown, SubRip or WebVTT by the file type chosen."""
        if self.last is None or not self.last.spans:
            return
        stem = self.history.file_stem(self.last)
        srt, vtt = self.tr("SubRip subtitles (*.srt)"), self.tr("WebVTT subtitles (*.vtt)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export subtitles"), f"{stem}.srt",
                                                   f"{srt};;{vtt}")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".srt", ".vtt"):
            target = target.with_name(target.name + (".vtt" if chosen == vtt else ".srt"))
        self.audition.export_subtitles(self.last, target)

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
        handle = self.audition.batch(choice, lines, Path(folder), self.params())
        handle.succeeded.connect(lambda result: self._batch_done(result, Path(folder)))

    def _batch_done(self, result: Any, folder: Path) -> None:
        text = self.tr("Batch finished: %1 new audio files in “%2”.").replace("%1", fmt.count(result.done)) \
            .replace("%2", folder.name)
        if result.skipped:
            text += " " + self.tr("%1 were there already and were kept.").replace("%1", fmt.count(result.skipped))
        self.services.notify(text, NoticeKind.SUCCESS, action_text=self.tr("Open folder"),
                             action=lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))

    def closeEvent(self, event: Any) -> None:
        self.audition.close()
        super().closeEvent(event)

