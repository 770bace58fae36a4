"""The spoken text of an audition, read-only, with the word being heard highlighted while it plays.

Word timings (spans: text, begin and end in seconds) come from providers that give them. Each span is
found in order in the text that was spoken (markup removed), so the view shows the text as typed,
punctuation and all; where a span cannot be found there (a provider that normalises numbers, say),
the view shows the words as the provider gave them instead. An "Export subtitles…" button sits
beside it and is off, saying why, when the audition has no timings.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTextEdit, QVBoxLayout, QWidget

_TAG = re.compile(r"<[^>]*>")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _joined(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The words as one text (Chinese characters without spaces, other words with one) and where each is."""
    text, where = "", []
    for word in words:
        if text and not (_HAN.match(text[-1]) or _HAN.match(word[:1]) or not word[:1].isalnum()):
            text += " "
        where.append((len(text), len(text) + len(word)))
        text += word
    return text, where


def locate(text: str, words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The text to show and the (start, end) of each word in it."""
    where: list[tuple[int, int]] = []
    at = 0
    for word in words:
        found = text.find(word, at) if word else -1
        if found < 0:
            return _joined(words)
        where.append((found, found + len(word)))
        at = found + len(word)
    return text, where


class SpokenWords(QWidget):
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("spokenHeading")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportSubtitles")
        self.export_button.clicked.connect(self.export_requested.emit)
        row.addWidget(self.heading, 1)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.view = QTextEdit()
        self.view.setObjectName("spokenText")
        self.view.setReadOnly(True)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 2 + 12)
        layout.addWidget(self.view, 1)
        self.words: list[str] = []
        self.where: list[tuple[int, int]] = []
        self.begins: list[float] = []
        self.ends: list[float] = []
        self.current = -1
        self._has_audition = False
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Words as they are spoken"))
        self.export_button.setText(self.tr("Export subtitles…"))
        self._update_export()

    def show_audition(self, text: str, spans: list[dict[str, Any]], ssml: bool = False) -> None:
        """The audition's spoken text and its word timings (none: the text alone, nothing lights up)."""
        spoken = " ".join(_TAG.sub(" ", text).split()) if ssml else text.strip()
        timed = sorted((s for s in spans if str(s.get("text", "")).strip()), key=lambda s: float(s["begin_s"]))
        self.words = [str(s["text"]).strip() for s in timed]
        self.begins = [float(s["begin_s"]) for s in timed]
        self.ends = [float(s["end_s"]) for s in timed]
        shown, self.where = locate(spoken, self.words) if timed else (spoken, [])
        self.view.setPlainText(shown)
        self.current = -1
        self._has_audition = True
        self._update_export()

    def clear(self) -> None:
        self.view.clear()
        self.words, self.where, self.begins, self.ends = [], [], [], []
        self.current = -1
        self._has_audition = False
        self._update_export()

    @property
    def timed(self) -> bool:
        return bool(self.words)

    def _update_export(self) -> None:
        self.export_button.setEnabled(self.timed)
        if self.timed:
            self.export_button.setToolTip(self.tr("Save subtitles made from the words' timings: SubRip (.srt) or "
                                                  "WebVTT (.vtt), by the file type you choose"))
        elif self._has_audition:
            self.export_button.setToolTip(self.tr("This audition has no word timings: its voice or provider does "
                                                  "not give them, so no subtitles can be made"))
        else:
            self.export_button.setToolTip(self.tr("Synthesize or pick an audition first"))

    def word_at(self, position_s: float | None) -> int:
        """The index of the word heard at `position_s` (the last one begun, until it ends), or −1."""
        if position_s is None or not self.begins:
            return -1
        i = bisect.bisect_right(self.begins, position_s) - 1
        return i if i >= 0 and position_s < max(self.ends[i], self.begins[i] + 0.05) else -1

    def follow(self, position_s: float | None) -> None:
        """Highlight the word heard at the play position (None: nothing plays, nothing is lit)."""
        index = self.word_at(position_s)
        if index == self.current:
            return
        self.current = index
        selections = []
        if 0 <= index < len(self.where):
            start, end = self.where[index]
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            palette = self.view.palette()  # the theme's own highlight, readable in light and dark
            fmt.setBackground(palette.highlight())
            fmt.setForeground(palette.highlightedText())
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
            self.view.setTextCursor(QTextCursor(cursor.block()))
            self.view.ensureCursorVisible()
        self.view.setExtraSelections(selections)

    def highlighted(self) -> str:
        """The text lit now, as the screen shows it ("" when none)."""
        selections = self.view.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""  # type: ignore[attr-defined]
