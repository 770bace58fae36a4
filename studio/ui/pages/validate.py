"""Validate pane: one take measured once, every provider's verdict before any upload, the fixes (and the
hand-made one: a selection dragged on the waveform), and the way on to cloning (enroll now, or train)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.library.models import Voice
from studio.services.hub import Change, NoticeKind, Services
from studio.services.validation_service import Outcome, Subject, Unchanged
from studio.ui import format as fmt
from studio.ui.pages.base import Page
from studio.ui.theme import colours
from studio.ui.widgets.clone_bar import CloneBar, OnlineChecks
from studio.ui.widgets.empty_state import EmptyState
from studio.ui.widgets.measurements import Measurements
from studio.ui.widgets.preflight_matrix import PreflightMatrix
from studio.ui.widgets.selection_bar import SelectionBar
from studio.ui.widgets.waveform import WaveformView
from studio.validation.findings import Finding, long_pauses

FIX_KINDS = ("convert", "trim", "normalize", "best_window")
CLIP_MERGE_S = 0.05  # clipped runs closer than this are drawn as one stretch


def clip_spans(clipping: Any, rate: int) -> list[tuple[float, float]]:
    """Where the sample clips, as (start, end) seconds: the report's spans when it has them, else its
    clipped runs merged into stretches (thousands of runs draw as a few regions)."""
    spans = getattr(clipping, "spans", None)
    if spans:
        return [(float(a), float(b)) for a, b in spans]
    out: list[tuple[float, float]] = []
    for start, length in sorted(getattr(clipping, "positions", []) or []):
        end = start + max(length / max(rate, 1), 0.002)
        if out and start - out[-1][1] <= CLIP_MERGE_S:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((float(start), float(end)))
    return out


def _status_label(name: str, lines: int = 2) -> QLabel:
    """A status line that keeps room for `lines` lines, so the pane does not jump when it wraps."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines + 4)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return label


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
        self._busy_fix = ""
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)

        row = QHBoxLayout()
        self.source_label = QLabel()
        self.source = QComboBox()
        self.source.setObjectName("validateSource")
        self.source.setMinimumWidth(240)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.activated.connect(lambda _i: self._choose(self.source.currentIndex()))
        self.play_button = QPushButton()
        self.play_button.setObjectName("playSample")
        self.play_button.clicked.connect(self.toggle_play)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.again_button = QPushButton()
        self.again_button.setObjectName("analyseAgain")
        self.again_button.clicked.connect(lambda: self.subject and self.analyze(self.subject))
        row.addWidget(self.source_label)
        row.addWidget(self.source, 1)
        for w in (self.play_button, self.open_button, self.again_button):
            row.addWidget(w)
        outer.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the pane does not move when it appears
        self.progress.setSizePolicy(policy)
        self.progress.setVisible(False)
        outer.addWidget(self.progress)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.empty = EmptyState()
        self.empty.action_clicked.connect(self._empty_action)
        self.stack.addWidget(self.empty)
        body = QSplitter(Qt.Orientation.Vertical)
        body.setChildrenCollapsible(False)
        top = QSplitter()
        top.setChildrenCollapsible(False)
        self.measures = Measurements()
        top.addWidget(self.measures)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.matrix = PreflightMatrix()
        self.matrix.setMinimumWidth(360)
        self.matrix.finding_chosen.connect(self._show_finding)
        right_layout.addWidget(self.matrix, 1)
        self.detail = _status_label("findingDetail", lines=4)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setOpenExternalLinks(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        right_layout.addWidget(self.detail)
        self.online = OnlineChecks(services)  # the providers' own checks, beside the local findings
        right_layout.addWidget(self.online)
        top.addWidget(right)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 3)
        top.setSizes([285, 715])
        body.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.waveform = WaveformView(selectable=True)
        bottom_layout.addWidget(self.waveform, 1)
        self.legend = QLabel()
        self.legend.setObjectName("waveLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.tools = SelectionBar(self.waveform, self)
        self.tools.layout().insertWidget(0, self.legend, 1)  # type: ignore[union-attr]
        self.tools.play_requested.connect(self.play_selection)
        self.tools.keep_requested.connect(self.keep_selection)
        bottom_layout.addWidget(self.tools)

        fix_row = QHBoxLayout()
        self.fix_label = QLabel()
        fix_row.addWidget(self.fix_label)
        self.fix_buttons: dict[str, QPushButton] = {}
        for kind in FIX_KINDS:
            button = QPushButton()
            button.setObjectName(f"fix_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.apply_fix(k))
            self.fix_buttons[kind] = button
            fix_row.addWidget(button)
        fix_row.addStretch(1)
        bottom_layout.addLayout(fix_row)
        self.clone_bar = CloneBar(services, self.online, self)
        self.clone_bar.train_requested.connect(self.train_requested)
        self.clone_bar.voice_created.connect(self.voice_created)
        self.clone_buttons = self.clone_bar.buttons
        bottom_layout.addWidget(self.clone_bar)
        self.status = _status_label("validateStatus")
        self.clone_bar.status.connect(self.status.setText)
        bottom_layout.addWidget(self.status)
        body.addWidget(bottom)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([330, 300])
        self.stack.addWidget(body)

        self._cursor = QTimer(self)
        self._cursor.setInterval(40)
        self._cursor.timeout.connect(lambda: self.waveform.set_cursor(self.validation.position_s))
        self.validation.analyzed.connect(self._on_analyzed)
        self.validation.fixed.connect(self._on_fixed)
        self.validation.fix_unchanged.connect(self._on_unchanged)
        self.validation.fix_failed.connect(self._on_fix_failed)
        self.validation.playback_changed.connect(self._playback_changed)
        services.library_changed.connect(self._library_changed)
        services.accounts.saved.connect(self._rules_changed)
        self.refresh_sources()
        self.retranslate()
        self._set_enabled()

    def retranslate(self) -> None:
        self.source_label.setText(self.tr("Sample"))
        self.source.setPlaceholderText(self.tr("Choose a take or sample…"))
        self.open_button.setText(self.tr("Open file…"))
        self.again_button.setText(self.tr("Analyse again"))
        self._playback_changed(self.validation.is_playing)
        self._set_empty_text()
        self.measures.setTitle(self.tr("Measurements"))
        self.fix_label.setText(self.tr("Fix (writes a new sample):"))
        tips = {"convert": self.tr("Mono, 16-bit WAV at a rate the provider takes"),
                "trim": self.tr("Cut leading and trailing silence to about 150 ms"),
                "normalize": self.tr("Loudness to −20 LUFS, peaks at or below −3 dBTP"),
                "best_window": self.tr("The cleanest continuous 10–20 s for one-sample cloning")}
        for kind, button in self.fix_buttons.items():
            button.setText(fmt.fix_title(kind))
            button.setProperty("purpose", tips[kind])
        self.clone_bar.retranslate()
        self.online.retranslate()
        self._legend()
        if self.outcome is not None:
            self._on_analyzed(self.outcome)
        else:
            self._set_enabled()

    def _set_empty_text(self) -> None:
        if self._subjects:
            latest = self._subjects[0].label
            self.empty.set_text(
                self.tr("Choose a sample to check"),
                self.tr("Pick a take or sample above, or drop an audio file here, to see before any upload whether "
                        "each provider would accept it — and fix what can be fixed."),
                self.tr("Check “%1”").replace("%1", latest))
        else:
            self.empty.set_text(
                self.tr("Nothing to check yet"),
                self.tr("Record a take or drop an audio file here to see, before any upload, whether each "
                        "provider would accept it — and fix what can be fixed."),
                self.tr("Open an audio file…"))

    def _empty_action(self) -> None:
        if self._subjects:
            self.analyze(self._subjects[0])
        else:
            self.open_file()

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
            self.source.addItem(s.label)
        index = -1
        if current is not None:
            index = next((i for i, s in enumerate(self._subjects) if s.path == current.path), -1)
            if index < 0:  # a file from outside the library
                self._subjects.insert(0, current)
                self.source.insertItem(0, current.label)
                index = 0
        self.source.setCurrentIndex(index)  # nothing chosen: the placeholder, never a sample not analysed
        self.source.blockSignals(False)
        if self.subject is None:
            self._set_empty_text()
            self.stack.setCurrentIndex(0)

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self._subjects):
            self.analyze(self._subjects[index])

    def validate_take(self, take: Any) -> None:
        """Open a take from the Record pane."""
        self.refresh_sources()
        match = next((s for s in self._subjects if s.take_id == take.id and s.sample_id is None), None)
        if match is not None:
            self.analyze(match)

    def open_reference(self, voice: Voice) -> bool:
        """Show the sample a voice was cloned from; False when it is not in this library."""
        subject = self.validation.subject_for_voice(voice)
        if subject is None:
            return False
        self.analyze(subject)
        return True

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an audio file to check"), "",
                                              self.tr("Audio (*.wav *.flac *.ogg *.mp3 *.m4a *.aac);;All files (*)"))
        if path:
            self.analyze(Subject(Path(path), Path(path).name))

    def _rules_changed(self, _account: str) -> None:
        """A saved account can change a provider's rules (its chosen model's languages): judge again."""
        if self.subject is not None and self.outcome is not None:
            self.analyze(self.subject)

    def analyze(self, subject: Subject) -> None:
        self.validation.stop()
        self.subject = subject
        self.outcome = None
        self.refresh_sources()
        self.stack.setCurrentIndex(1)
        self.waveform.clear()  # never the previous sample's waveform under this one's name
        self.matrix.show_verdicts({}, self.services.language)
        self._show_measures(None)
        self.detail.setText("")
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Analysing “%1”…").replace("%1", subject.label))
        self._set_enabled()
        handle = self.validation.analyze(subject)
        handle.progress.connect(lambda f, _t: self.progress.setValue(int(max(0.0, f) * 1000)))
        handle.finished.connect(lambda: self.progress.setVisible(False))
        handle.failed.connect(lambda _e: self.status.setText(""))
        if handle.done:  # answered already (an inline runner, in tests)
            self.progress.setVisible(False)

    # results
    def _on_analyzed(self, outcome: Outcome) -> None:
        if self.subject is not None and outcome.subject.path != self.subject.path:
            return  # a superseded analysis
        self.outcome = outcome
        self.stack.setCurrentIndex(1)
        lang = self.services.language
        self.matrix.show_verdicts(outcome.verdicts, lang)
        self._show_measures(outcome.report)
        self._show_finding(self.matrix.first_finding())
        if outcome.error is not None:
            self.status.setText(self.tr("“%1” could not be analysed: %2").replace("%1", outcome.subject.label)
                                .replace("%2", fmt_error(outcome.error, lang)))
            self.waveform.clear()
        else:
            if not self._busy_fix:
                self.status.setText("")
            self._show_waveform(outcome.report)
        self._set_enabled()

    def _set_enabled(self) -> None:
        outcome = self.outcome
        readable = outcome is not None and outcome.report is not None
        busy = bool(self._busy_fix)
        why = "" if readable else (self.tr("This file could not be read: there is nothing to fix")
                                   if outcome is not None else self.tr("Choose a sample first"))
        for button in self.fix_buttons.values():
            button.setEnabled(readable and not busy)
            button.setToolTip(str(button.property("purpose") or "") if readable else why)
        self.clone_bar.set_state(self.subject, outcome, busy, why)
        self.online.set_subject(self.subject, readable)
        self.play_button.setEnabled(self.subject is not None)
        self.again_button.setEnabled(self.subject is not None)
        self._update_selection_buttons()

    def _update_selection_buttons(self) -> None:
        readable = self.outcome is not None and self.outcome.report is not None
        self.tools.refresh(readable, busy=bool(self._busy_fix))

    def _show_measures(self, r: Any) -> None:
        self.measures.show_report(r)

    def _show_waveform(self, r: Any) -> None:
        if r is None:
            self.waveform.clear()
            return
        import numpy as np

        self.waveform.set_envelope(np.asarray(r.envelope.min, np.float32), np.asarray(r.envelope.max, np.float32),
                                   r.envelope.hop_s)
        marks: list[tuple[str, float, float]] = [("speech", a, b) for a, b in r.speech.segments]
        marks += [("pause", a, b) for a, b in self._long_pauses(r)]
        marks += [("clip", a, b) for a, b in clip_spans(r.clipping, r.file.sample_rate)]
        self.waveform.set_marks(marks)
        self._legend(r)

    def _legend(self, r: Any = None) -> None:
        c = colours()

        def swatch(rgba: tuple[int, int, int, int]) -> str:
            return f'<span style="color: rgb({rgba[0]},{rgba[1]},{rgba[2]});">■</span>'

        speech, pauses, clipping = (self.tr("speech"), self.tr("pauses longer than allowed"),
                                    self.tr("clipping"))
        parts = [f"{swatch((*c.speech[:3], 255))} {speech}", f"{swatch((*c.pause[:3], 255))} {pauses}",
                 f"{swatch((*c.clip[:3], 255))} {clipping}"]
        text = " &nbsp; ".join(parts)
        if r is not None and r.clipping.runs and getattr(r.clipping, "positions_truncated", False) \
                and not getattr(r.clipping, "spans", None):
            text += " &nbsp; " + self.tr("(clipping marked where it starts; %1 stretches in all)") \
                .replace("%1", fmt.count(r.clipping.runs))
        self.legend.setText(text)
        self.legend.setToolTip(self.tr("Drag on the waveform to select a stretch; the mouse wheel zooms."))

    def _long_pauses(self, r: Any) -> list[tuple[float, float]]:
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
            verdicts = self.outcome.verdicts if self.outcome else {}
            self.detail.setText(self.tr("No problem found in this column.") if verdicts else "")
            return
        from studio.validation.findings import vendor_answers

        lang = self.services.language
        answers = vendor_answers([finding])
        meaning = (answers[0].meaning_zh if lang.startswith("zh") else answers[0].meaning_en) if answers else ""
        self.detail.setText(fmt.finding_detail_html(finding, meaning))
        self.detail.setToolTip(self.tr("Provider's error code: %1").replace("%1", answers[0].code) if answers else "")

    # playback
    def toggle_play(self) -> None:
        if self.subject is not None:
            self.validation.play(self.subject)

    def play_selection(self, start_s: float, end_s: float) -> None:
        if self.subject is None:
            return
        if self.validation.is_playing:
            self.validation.stop()
        self.validation.play(self.subject, start_s, end_s)

    def _playback_changed(self, playing: bool) -> None:
        self.play_button.setText(self.tr("■ Stop") if playing else self.tr("▶ Play"))
        if playing:
            self._cursor.start()
        else:
            self._cursor.stop()
            self.waveform.set_cursor(None)

    def on_key(self, what: str) -> None:
        if what == "play":
            chosen = self.waveform.selection()
            if chosen is not None and not self.validation.is_playing:
                self.play_selection(*chosen)
            else:
                self.toggle_play()

    # fixes and cloning
    def apply_fix(self, kind: str) -> None:
        if self.subject is None or self.outcome is None or self.outcome.report is None:
            return
        self._busy_fix = kind
        self.status.setText(self.tr("Applying “%1” to “%2”…").replace("%1", fmt.fix_title(kind))
                            .replace("%2", self.subject.label))
        self._set_enabled()
        self.validation.apply_fix(kind, self.subject, self.outcome.report, self.services.active_provider)

    def keep_selection(self, start_s: float, end_s: float) -> None:
        if self.subject is None:
            return
        self._busy_fix = "selection"
        self.status.setText(self.tr("Keeping %1 – %2 of “%3”…").replace("%1", fmt.duration(start_s))
                            .replace("%2", fmt.duration(end_s)).replace("%3", self.subject.label))
        self._set_enabled()
        self.validation.keep_selection(self.subject, start_s, end_s)

    def _on_fixed(self, subject: Subject) -> None:
        self._busy_fix = ""
        self.analyze(subject)
        self.status.setText(self.tr("New sample “%1”; the original is unchanged. Checking it now…")
                            .replace("%1", subject.label))
        self.services.notify(self.tr("Saved a new sample: “%1”.").replace("%1", subject.label), NoticeKind.SUCCESS)

    def _on_unchanged(self, result: Unchanged) -> None:
        self._busy_fix = ""
        reason = result.reason or self.tr("the sample already meets it")
        self.status.setText(self.tr("“%1” changed nothing, so no new sample was written: %2")
                            .replace("%1", fmt.fix_title(result.kind)).replace("%2", reason))
        self._set_enabled()

    def _on_fix_failed(self, _err: StudioError) -> None:
        self._busy_fix = ""
        self.status.setText("")  # the error itself is in the notice bar
        self._set_enabled()

    def clone(self, provider: str) -> None:
        self.clone_bar.clone(provider)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.analyze(Subject(files[0], files[0].name))
            event.acceptProposedAction()


def fmt_error(err: StudioError, lang: str) -> str:
    detail = err.detail_zh if lang.startswith("zh") and err.detail_zh else err.detail
    return detail or err.headline(lang)
