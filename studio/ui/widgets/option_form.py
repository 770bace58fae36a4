"""Inputs for a provider's typed options (enrolment, training), built from their specs: a spin box for a
number with its range, a list for a choice, check boxes for a choice of several, a line for text."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from studio.providers.spec import OptionSpec
from studio.ui.names import language


class ChoiceBoxes(QWidget):
    """Several choices at once (a list option): one check box each, a few to a row so none is cut short."""

    PER_ROW = 4

    def __init__(self, spec: OptionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes = [(choice.value, QCheckBox(choice.title(language()))) for choice in spec.choices]
        for i, (value, box) in enumerate(self.boxes):
            box.setChecked(value in (spec.default or []))
            layout.addWidget(box, i // self.PER_ROW, i % self.PER_ROW)
        layout.setColumnStretch(self.PER_ROW, 1)

    def values(self) -> list[Any]:
        return [value for value, box in self.boxes if box.isChecked()]


class OptionForm(QWidget):
    """`columns` > 1 lays short inputs side by side (label, input, label, input …); text inputs take a row."""

    def __init__(self, specs: tuple[OptionSpec, ...], defaults: dict[str, Any] | None = None,
                 parent: QWidget | None = None, *, columns: int = 1) -> None:
        super().__init__(parent)
        self.specs = specs
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        defaults = defaults or {}
        lang = language()
        self.form: QFormLayout | QGridLayout
        if columns <= 1:
            self.form = QFormLayout(self)
        else:
            self.form = QGridLayout(self)
            for c in range(columns):
                self.form.setColumnStretch(c * 2 + 1, 1)
        self.form.setContentsMargins(0, 0, 0, 0)
        row = col = 0
        for spec in specs:
            widget = self._widget(spec, defaults.get(spec.key, spec.default))
            widget.setObjectName(f"option_{spec.key}")
            if spec.help is not None:
                widget.setToolTip(spec.help(lang))
                if isinstance(widget, QLineEdit):
                    widget.setPlaceholderText(spec.help(lang))
            label = QLabel(spec.title(lang))
            label.setBuddy(widget)
            self.inputs[spec.key] = widget
            self.labels[spec.key] = label
            if isinstance(self.form, QFormLayout):
                self.form.addRow(label, widget)
                continue
            wide = isinstance(widget, QLineEdit | ChoiceBoxes)
            if wide and col:
                row, col = row + 1, 0
            self.form.addWidget(label, row, col * 2)
            self.form.addWidget(widget, row, col * 2 + 1, 1, (columns * 2 - 1) if wide else 1)
            col = 0 if wide else col + 1
            if wide or col >= columns:
                row, col = row + 1, 0

    def set_values(self, values: dict[str, Any]) -> None:
        """Show remembered values (unknown keys and values out of range are left as they are)."""
        for key, value in values.items():
            widget = self.inputs.get(key)
            if widget is None or value is None:
                continue
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index >= 0:
                    widget.setCurrentIndex(index)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))

    @staticmethod
    def _widget(spec: OptionSpec, value: Any) -> QWidget:
        lang = language()
        if spec.type is list and spec.choices:
            return ChoiceBoxes(spec)
        if spec.choices:
            combo = QComboBox()
            if spec.default is None:
                combo.addItem("—", None)
            for choice in spec.choices:
                combo.addItem(choice.title(lang), choice.value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if spec.type is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if spec.type is int:
            spin = QSpinBox()
            spin.setRange(int(spec.minimum if spec.minimum is not None else -(2**31)),
                          int(spec.maximum if spec.maximum is not None else 2**31 - 1))
            spin.setValue(int(value or 0))
            return spin
        if spec.type is float:
            dspin = QDoubleSpinBox()
            dspin.setRange(spec.minimum if spec.minimum is not None else -1e9,
                           spec.maximum if spec.maximum is not None else 1e9)
            dspin.setSingleStep(0.1)
            dspin.setValue(float(value or 0.0))
            return dspin
        line = QLineEdit(str(value or ""))
        if spec.max_length:
            line.setMaxLength(spec.max_length)
        return line

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, ChoiceBoxes):
                chosen = widget.values()
                out[key] = chosen or None
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text().strip() or None
        return out
