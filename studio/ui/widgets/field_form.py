"""A form for provider fields as their specs declare them: secrets masked and never shown again,
choices in the studio language, advanced fields folded away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.providers.spec import Field, FieldKind
from studio.services.accounts import AccountsService, SecretState
from studio.ui.names import language

FieldWidget = QLineEdit | QComboBox | QCheckBox


class FieldForm(QWidget):
    """The inputs of some fields, with advanced ones folded away behind a toggle."""

    def __init__(self, accounts: AccountsService, fields: tuple[Field, ...], parent: QWidget | None = None, *,
                 simple: bool = False) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.fields = fields
        self.simple = simple  # leave out choices that need the advanced fields (a wizard's short form)
        self.inputs: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.more = QToolButton()
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.toggled.connect(self._fold)
        self.advanced = QFormLayout()
        self.advanced_box = QWidget()
        self.advanced_box.setLayout(self.advanced)
        self.advanced_box.setVisible(False)
        layout.addLayout(self.form)
        if any(f.advanced for f in fields):
            layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self.advanced_box)
        for field in fields:
            widget = self._widget(field)
            label = QLabel()
            label.setBuddy(widget)
            self.labels[field.key] = label
            self.inputs[field.key] = widget
            (self.advanced if field.advanced else self.form).addRow(label, widget)

    def _widget(self, field: Field) -> FieldWidget:
        simple = self.simple
        widget: FieldWidget
        if field.kind == FieldKind.CHOICE:
            widget = QComboBox()
            for choice in field.choices:
                if not (simple and choice.advanced):
                    widget.addItem(choice.title(language()), choice.value)
            widget.setCurrentIndex(max(0, widget.findData(self.accounts.value(field))))
        elif field.kind == FieldKind.FLAG:
            widget = QCheckBox()
            widget.setChecked(bool(self.accounts.value(field)))
        else:
            widget = QLineEdit()
            widget.setMinimumWidth(280)
            if field.kind == FieldKind.SECRET:
                widget.setEchoMode(QLineEdit.EchoMode.Password)
            else:
                widget.setText(str(self.accounts.value(field) or ""))
        widget.setObjectName(f"field_{field.key}")
        return widget

    def _fold(self, open_: bool) -> None:
        self.advanced_box.setVisible(open_)
        self.more.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def retranslate(self) -> None:
        lang = language()
        self.more.setText(self.tr("More settings"))
        for field in self.fields:
            self.labels[field.key].setText(field.title(lang))
            widget = self.inputs[field.key]
            if field.help is not None:
                widget.setToolTip(field.help(lang))
            if isinstance(widget, QComboBox):
                titles = {c.value: c.title(lang) for c in field.choices}
                for i in range(widget.count()):
                    widget.setItemText(i, titles.get(widget.itemData(i), str(widget.itemData(i))))
            elif isinstance(widget, QLineEdit):
                widget.setPlaceholderText(self._placeholder(field))

    def _placeholder(self, field: Field) -> str:
        if field.kind == FieldKind.SECRET:
            state = self.accounts.secret_state(field)
            if state == SecretState.ENVIRONMENT:
                return self.tr("from the environment (%1)").replace("%1", field.env)
            return self.tr("already set — type to replace") if state == SecretState.STORED else self.tr("not set")
        if self.accounts.from_environment(field):
            return self.tr("from the environment (%1)").replace("%1", field.env)
        return self.tr("optional") if field.optional else ""

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            else:
                out[key] = widget.text()
        return out

    def clear_secrets(self) -> None:
        """A key never stays in a widget once it has been handed over."""
        for field in self.fields:
            widget = self.inputs[field.key]
            if field.kind == FieldKind.SECRET and isinstance(widget, QLineEdit):
                widget.clear()
