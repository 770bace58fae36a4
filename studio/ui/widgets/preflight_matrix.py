"""The pre-flight matrix: one row per finding, one column per provider, verdicts on top.

Every provider column stays visible at any window width (columns share the width, titles wrap, the
full title is on hover); a row is titled by what it is about ("Sample rate"), and each cell's full
finding is on hover and, when clicked, in the detail pane below.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from studio.ui.format import cjk_spacing, finding_title, severity
from studio.ui.names import rules_notes, rules_title
from studio.ui.theme import colours, is_dark
from studio.validation.findings import Finding, ProviderVerdict

SYMBOLS = {"pass": "✓", "warn": "⚠", "fail": "✗", "error": "✗", "warning": "⚠", "info": "ℹ"}


def _colour(word: str) -> str:
    c = colours()
    return {"pass": c.good, "warn": c.warn, "fail": c.bad, "error": c.bad, "warning": c.warn,
            "info": c.info}.get(word, c.muted)


class WrappingHeader(QHeaderView):
    """Column titles that wrap onto a second line (and then elide) instead of being cut to "Tencent MM…"."""

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        text = str(self.model().headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "") \
            if self.model() is not None else ""
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        painter.save()
        font = painter.font()
        font.setBold(bool(option.state & QStyle.StateFlag.State_On) and self.highlightSections())
        painter.setFont(font)
        inner = rect.adjusted(3, 2, -3, -2)
        fm = painter.fontMetrics()
        lines: list[str] = []
        for part in text.replace("\n", " ").split(" "):
            if lines and fm.horizontalAdvance(lines[-1] + " " + part) <= inner.width():
                lines[-1] += " " + part
            else:
                lines.append(part)
        if len(lines) > 2:
            lines = [lines[0], " ".join(lines[1:])]
        shown = "\n".join(fm.elidedText(cjk_spacing(line), Qt.TextElideMode.ElideRight, inner.width())
                          for line in lines)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()


class PreflightMatrix(QTableWidget):
    finding_chosen = Signal(object)  # Finding | None (None: that provider has no such finding)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflightMatrix")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        header = WrappingHeader(Qt.Orientation.Horizontal, self)
        header.setSectionsClickable(True)
        header.setHighlightSections(True)
        self.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # two lines for the provider titles, so a narrow column wraps its title instead of cutting it
        header.setMinimumHeight(header.fontMetrics().lineSpacing() * 2 + 16)
        vertical = self.verticalHeader()
        vertical.setMaximumWidth(150)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(24)
        vertical.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cellClicked.connect(self._clicked)
        self._cells: dict[tuple[int, int], Finding] = {}
        self.verdicts: dict[str, ProviderVerdict] = {}
        self.language = "en"

    def show_verdicts(self, verdicts: dict[str, ProviderVerdict], language: str) -> None:
        self.verdicts = verdicts
        self.language = language
        zh = language.startswith("zh")
        providers = list(verdicts)
        codes: list[str] = []
        messages: dict[str, str] = {}
        for v in verdicts.values():
            for f in v.findings:
                if f.code not in codes:
                    codes.append(f.code)
                    messages[f.code] = f.message_zh if zh else f.message_en
        self.clear()
        self._cells.clear()
        if not verdicts:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        self.setColumnCount(len(providers))
        self.setRowCount(1 + len(codes))
        self.setHorizontalHeaderLabels([_two_lines(rules_title(key)) for key in providers])
        for col, (key, v) in enumerate(verdicts.items()):
            header = self.horizontalHeaderItem(col)
            if header is not None:
                notes = rules_notes(key)
                header.setToolTip((v.name_zh if zh else v.name_en) + (f"\n{notes}" if notes else ""))
        self.setVerticalHeaderLabels([self.tr("Verdict"), *(finding_title(c, messages[c]) for c in codes)])
        for row, code in enumerate(codes, start=1):
            item = self.verticalHeaderItem(row)
            if item is not None:
                item.setToolTip(messages[code])
        for col, key in enumerate(providers):
            verdict = verdicts[key].verdict
            item = QTableWidgetItem(f"{SYMBOLS[verdict]} {self._verdict_word(verdict)}")
            item.setForeground(QBrush(QColor("#111111" if is_dark() else "#ffffff")))
            item.setBackground(QBrush(QColor(_colour(verdict))))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(self._verdict_tip(verdicts[key], zh))
            self.setItem(0, col, item)
            by_code = {f.code: f for f in verdicts[key].findings}
            for row, code in enumerate(codes, start=1):
                finding = by_code.get(code)
                if finding is None:
                    cell = QTableWidgetItem("✓")
                    cell.setForeground(QBrush(QColor(_colour("pass"))))
                    cell.setToolTip(self.tr("No problem for this provider"))
                else:
                    cell = QTableWidgetItem(SYMBOLS.get(finding.severity, "•"))
                    cell.setForeground(QBrush(QColor(_colour(finding.severity))))
                    cell.setToolTip(f"{severity(finding.severity)}: {finding.message_zh if zh else finding.message_en}")
                    self._cells[(row, col)] = finding
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, col, cell)
        self.resizeRowToContents(0)

    def _verdict_tip(self, verdict: ProviderVerdict, zh: bool) -> str:
        name = verdict.name_zh if zh else verdict.name_en
        word = {"pass": self.tr("would accept this sample"), "warn": self.tr("would accept it, with advice"),
                "fail": self.tr("would refuse it as it is")}.get(verdict.verdict, "")
        return f"{name}: {word}"

    def _verdict_word(self, verdict: str) -> str:
        return {"pass": self.tr("pass"), "warn": self.tr("warn"), "fail": self.tr("fail")}.get(verdict, verdict)

    def _clicked(self, row: int, col: int) -> None:
        self.finding_chosen.emit(self._cells.get((row, col)))

    def first_finding(self) -> Finding | None:
        """The most severe finding of the matrix (the one to read first)."""
        rank = {"error": 0, "warning": 1, "info": 2}
        cells = sorted(self._cells.items(), key=lambda kv: (rank.get(kv[1].severity, 3), kv[0][1], kv[0][0]))
        if cells:
            (row, col), finding = cells[0]
            self.setCurrentCell(row, col)
            return finding
        return None


def _two_lines(title: str, width: int = 12) -> str:
    """A long column title on two lines ("Tencent MML" / "training"), so narrow columns show it whole."""
    if len(title) <= width or "\n" in title:
        return title
    cut = title.rfind(" ", 0, len(title) - 2)
    if cut > 0:
        return title[:cut] + "\n" + title[cut + 1:]
    return title
