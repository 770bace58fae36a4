"""The pre-flight matrix: one row per finding, one column per provider, verdicts on top."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from studio.ui.names import rules_title
from studio.validation.findings import Finding, ProviderVerdict

COLOURS = {"pass": "#2e7d32", "warn": "#ef6c00", "fail": "#c62828", "error": "#c62828", "warning": "#ef6c00",
           "info": "#1565c0"}
SYMBOLS = {"pass": "✓", "warn": "⚠", "fail": "✗", "error": "✗", "warning": "⚠", "info": "ℹ"}


class PreflightMatrix(QTableWidget):
    finding_chosen = Signal(object)  # Finding | None (None: that provider has no such finding)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflightMatrix")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(64)
        self.verticalHeader().setMaximumWidth(250)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        labels: dict[str, str] = {}
        for v in verdicts.values():
            for f in v.findings:
                if f.code not in codes:
                    codes.append(f.code)
                    labels[f.code] = _short(f.message_zh if zh else f.message_en)
        self.clear()
        self._cells.clear()
        self.setColumnCount(len(providers))
        self.setRowCount(1 + len(codes))
        self.setHorizontalHeaderLabels([rules_title(key) for key in providers])
        for col, v in enumerate(verdicts.values()):
            header = self.horizontalHeaderItem(col)
            if header is not None:
                header.setToolTip(v.name_zh if zh else v.name_en)
        self.setVerticalHeaderLabels([self.tr("Verdict"), *(labels[c] for c in codes)])
        for col, key in enumerate(providers):
            verdict = verdicts[key].verdict
            item = QTableWidgetItem(f"{SYMBOLS[verdict]} {self._verdict_word(verdict)}")
            item.setForeground(QBrush(QColor("white")))
            item.setBackground(QBrush(QColor(COLOURS[verdict])))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(0, col, item)
            by_code = {f.code: f for f in verdicts[key].findings}
            for row, code in enumerate(codes, start=1):
                finding = by_code.get(code)
                if finding is None:
                    cell = QTableWidgetItem("✓")
                    cell.setForeground(QBrush(QColor(COLOURS["pass"])))
                else:
                    cell = QTableWidgetItem(SYMBOLS.get(finding.severity, "•"))
                    cell.setForeground(QBrush(QColor(COLOURS.get(finding.severity, "#555"))))
                    cell.setToolTip(finding.message_zh if zh else finding.message_en)
                    self._cells[(row, col)] = finding
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, col, cell)

    def _verdict_word(self, verdict: str) -> str:
        return {"pass": self.tr("pass"), "warn": self.tr("warn"), "fail": self.tr("fail")}.get(verdict, verdict)

    def _clicked(self, row: int, col: int) -> None:
        self.finding_chosen.emit(self._cells.get((row, col)))

    def first_finding(self) -> Finding | None:
        return next(iter(self._cells.values()), None)


def _short(message: str, limit: int = 38) -> str:
    first = message.split("。")[0].split(". ")[0].split(":")[0]
    return first if len(first) <= limit else first[: limit - 1] + "…"
