"""The script booth: one prompt line at a time, one take per line, progress toward a speech target,
and a quick check after each line so a bad line is re-read at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio import paths
from studio.audio.scripts import available_scripts, load_script
from studio.audio.session import ScriptSession
from studio.audio.take import TakeInfo
from studio.errors import StudioError
from studio.services.capture import CaptureService
from studio.ui import format as fmt

OPEN_FILE = "__file__"
LINES = "__lines__:"  # + a provider: the lines that provider wants read (fetched when chosen)


class ScriptBooth(QWidget):
    record_line = Signal()  # the pane starts a take for the current line

    def __init__(self, capture: CaptureService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capture = capture
        self.services = capture.services
        self.cloning = capture.services.cloning
        self.session: ScriptSession | None = None
        self.line_providers: list[str] = []  # configured providers that give lines to read, in catalogue order
        self._fetching = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.script_label = QLabel()
        self.script_combo = QComboBox()
        self.script_combo.setObjectName("scriptChoice")
        self.script_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.script_combo.activated.connect(self._choose_script)
        self.position = QLabel()
        self.position.setObjectName("linePosition")
        top.addWidget(self.script_label)
        top.addWidget(self.script_combo)
        top.addStretch(1)
        top.addWidget(self.position)
        layout.addLayout(top)
        self.line = QLabel()
        self.line.setObjectName("currentLine")
        self.line.setWordWrap(True)
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.line.setMinimumHeight(90)
        font = self.line.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        self.line.setFont(font)
        layout.addWidget(self.line, 1)
        self.check = QLabel()
        self.check.setObjectName("lineCheck")
        self.check.setWordWrap(True)
        self.check.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.check)
        nav = QHBoxLayout()
        self.prev_button = QPushButton()
        self.prev_button.clicked.connect(lambda: self._move(-1))
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordLine")
        self.record_button.clicked.connect(self.record_line)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextLine")
        self.next_button.clicked.connect(lambda: self._move(1))
        nav.addStretch(1)
        for w in (self.prev_button, self.record_button, self.next_button):
            nav.addWidget(w)
        nav.addStretch(1)
        layout.addLayout(nav)
        self.progress = QProgressBar()
        self.progress.setObjectName("sessionProgress")
        self.progress.setRange(0, 1000)
        layout.addWidget(self.progress)
        self.cloning.lines_ready.connect(self._lines_ready)
        self.cloning.lines_failed.connect(self._lines_failed)
        self.services.accounts.saved.connect(lambda _a: self.ask_line_providers())
        self.retranslate()
        self._fill_scripts()
        self._show()
        self.ask_line_providers()

    def ask_line_providers(self) -> None:
        """Offer "Lines from X" for each provider that gives lines to read, once its account is set up."""
        for spec in self.services.specs():
            if spec.feature("TRAINING_TEXT"):
                self.cloning.configured(spec.name, lambda ok, n=spec.name: self._configured(n, ok), owner=self)

    def _configured(self, provider: str, ok: bool) -> None:
        known = set(self.line_providers)
        if ok:
            known.add(provider)
        else:
            known.discard(provider)
        self.line_providers = [s.name for s in self.services.specs() if s.name in known]
        self._fill_scripts()

    def lines_title(self, provider: str) -> str:
        return fmt.cjk_spacing(self.tr("Lines from %1").replace("%1", self.services.spec(provider).title(
            self.services.language)))

    def retranslate(self) -> None:
        self.script_label.setText(self.tr("Script"))
        self.prev_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        recorded = self.session is not None and self.session.current in self.session.takes
        self.record_button.setText(self.tr("Re-record line") if recorded else self.tr("Record line"))
        self._fill_scripts()
        self._show()

    def _fill_scripts(self) -> None:
        current = self.script_combo.currentData()
        self.script_combo.blockSignals(True)
        self.script_combo.clear()
        self.script_combo.addItem(self.tr("Choose a script…"), "")
        titles = {"zh-CN": self.tr("Mandarin reading script"), "en": self.tr("English reading script")}
        for sid in available_scripts():
            self.script_combo.addItem(titles.get(sid, sid), sid)
        for provider in self.line_providers:
            self.script_combo.addItem(self.lines_title(provider), LINES + provider)
        session_provider = self._session_provider()
        if session_provider:
            current = LINES + session_provider
        elif self.session is not None and self.session.script.id not in available_scripts():
            self.script_combo.addItem(self.session.script.title, self.session.script.path)
        self.script_combo.addItem(self.tr("Open a text file…"), OPEN_FILE)
        self.script_combo.setCurrentIndex(max(0, self.script_combo.findData(current)))
        self.script_combo.blockSignals(False)

    def _choose_script(self, _index: int) -> None:
        key = self.script_combo.currentData()
        if not key:
            return
        if key.startswith(LINES):
            self.fetch_lines(key[len(LINES):])
            return
        if key == OPEN_FILE:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a script (one sentence per line)"), "",
                                                  self.tr("Text (*.txt)"))
            if not path:
                return
            key = path
        self.open_script(key)

    def fetch_lines(self, provider: str) -> None:
        """Ask the provider for the lines it wants read (in the background); they open as the script."""
        if self.capture.recording:
            return
        self._fetching = provider
        self.check.setText("")
        self.line.setText(self.tr("Asking %1 for the lines to read…")
                          .replace("%1", self.services.spec(provider).title(self.services.language)))
        for w in (self.prev_button, self.record_button, self.next_button):
            w.setEnabled(False)
        self.cloning.fetch_lines(provider)

    def _lines_ready(self, provider: str, path: Path) -> None:
        if provider == self._fetching:
            self._fetching = ""
            self.open_script(path)

    def _lines_failed(self, provider: str, _err: StudioError) -> None:
        if provider == self._fetching:
            self._fetching = ""
            self.retranslate()
            self.check.setStyleSheet("")
            self.check.setText(self.tr("The lines could not be fetched; the message above says why."))

    def _session_provider(self) -> str | None:
        return self.cloning.lines_provider(self.session.script.id) if self.session is not None else None

    def open_script(self, key: str | Path) -> None:
        try:
            script = load_script(key)
        except StudioError as err:
            self.capture.services.error_reported.emit(err)
            return
        folder = paths.takes_dir() / "sessions" / script.id
        try:
            self.session = ScriptSession.load(folder) if (folder / "session.json").exists() else None
        except (OSError, ValueError, KeyError):
            self.session = None  # an unreadable session file: start afresh beside it, keep its takes
        if self.session is None:
            self.session = ScriptSession(script, folder)
            self.session.save()
        self.retranslate()
        provider = self._session_provider()
        index = self.script_combo.findData(LINES + provider if provider else script.id)
        if index >= 0:
            self.script_combo.setCurrentIndex(index)

    def _move(self, step: int) -> None:
        if self.session is None or self.capture.recording:
            return
        self.session.goto(self.session.current + step)
        self.session.save()
        self.check.setText("")
        self.retranslate()

    def _show(self) -> None:
        s = self.session
        for w in (self.prev_button, self.record_button, self.next_button):
            w.setEnabled(s is not None)
        if s is None:
            self.line.setText(self.tr("Choose a script to start a long reading session. Each line becomes "
                                      "one take; aim for 20 minutes of speech to train a voice."))
            self.position.setText("")
            self.progress.setValue(0)
            self.progress.setFormat("")
            return
        self.line.setText(s.current_line)
        self.position.setText(self.tr("Line %1 of %2").replace("%1", str(s.current + 1))
                              .replace("%2", str(len(s.script))))
        provider = self._session_provider()
        if provider:  # one good reading of one line is what a one-line clone needs
            good = len(s.takes) - len(s.lines_needing_redo)
            self.progress.setValue(1000 if good else 0)
            self.progress.setFormat(fmt.cjk_spacing(
                self.tr("Read a line exactly as written; %1 checks the reading before cloning. Good takes: %2")
                .replace("%1", self.services.spec(provider).title(self.services.language)).replace("%2", str(good))))
        else:
            self.progress.setValue(int(s.progress * 1000))
            self.progress.setFormat(self.tr("%1 of %2 minutes of speech · %3 lines to redo")
                                    .replace("%1", f"{s.speech_minutes:.1f}").replace("%2", f"{s.target_minutes:g}")
                                    .replace("%3", str(len(s.lines_needing_redo))))
        line = s.takes.get(s.current)
        if line is not None and not self.check.text():
            self._show_check(line.check.messages(self.capture.services.language))

    def script_title(self) -> str:
        if self.session is None:
            return ""
        provider = self._session_provider()
        if provider:
            return self.lines_title(provider)
        titles = {"zh-CN": self.tr("Mandarin reading script"), "en": self.tr("English reading script")}
        return titles.get(self.session.script.id, self.session.script.title)

    def take_name(self, line_index: int) -> str:
        """A script line's take, named as the user sees the script: "English reading script, line 3"."""
        return self.tr("%1, line %2").replace("%1", self.script_title()).replace("%2", str(line_index + 1))

    # recording hooks used by the pane
    def take_target(self) -> tuple[Path, dict[str, Any]] | None:
        if self.session is None:
            return None
        return self.session.recording_path(), self.session.recorder_meta()

    def keep(self, info: TakeInfo) -> TakeInfo:
        """Runs in the capture worker: file the take under its line (replacing an earlier one)."""
        assert self.session is not None
        index = int(info.meta.get("line_index", self.session.current))
        _line, kept = self.session.record_result(info, index)
        return kept

    def line_finished(self) -> None:
        s = self.session
        if s is None:
            return
        line = s.takes.get(s.current)
        if line is None:
            return
        messages = line.check.messages(self.capture.services.language)
        self._show_check(messages)
        if not messages:
            s.next()
            s.save()
        self.retranslate()
        if not messages:
            self.check.setText(self.tr("✓ Line %1 is good.").replace("%1", str(s.current)))

    def _show_check(self, messages: list[str]) -> None:
        self.check.setStyleSheet("color: #c62828;" if messages else "color: #2e7d32;")
        self.check.setText("\n".join(messages) if messages else self.tr("✓ Good take."))
