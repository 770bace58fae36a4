"""Cloning a voice from one sample: its name (checked against the provider's naming rule as it is typed)
and the provider's clone options, built from its spec — the common ones shown, the rarely needed folded
away, each choice saying what it is for and which one is the default. Used for providers that clone at
once and for those that clone through a job; the caller sends what the dialog gathered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.providers.spec import OptionSpec, ProviderSpec, parse_options
from studio.ui import format as fmt
from studio.ui.names import language
from studio.ui.theme import colours
from studio.ui.widgets.option_form import OptionForm


def _note(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class CloneDialog(QDialog):
    """`defaults`: option values to start from (the user's default target model, the take's line id);
    `checked`: a sentence on the provider's online check of this sample, when one was made; `line`: the
    text of the provider's line the take read (shown instead of its id, which is sent)."""

    def __init__(self, spec: ProviderSpec, sample: str, *, defaults: dict[str, Any] | None = None,
                 checked: str = "", line: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cloneDialog")
        self.spec = spec
        lang = language()
        title = spec.title(lang)
        self.setWindowTitle(fmt.cjk_spacing(self.tr("Clone a voice on %1").replace("%1", title)))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = _note("cloneIntro")
        via_job = not spec.clones_at_once
        intro.setText(fmt.cjk_spacing(
            (self.tr("A new voice on %1 from “%2”. The provider makes it in a few minutes; the Library follows it "
                     "and tells you when it is ready.") if via_job else
             self.tr("A new voice on %1 from “%2”; it appears in the Library at once."))
            .replace("%1", title).replace("%2", sample)))
        layout.addWidget(intro)

        form = QFormLayout()
        proposed = spec.name_rule.suggest(sample)
        if len(proposed) < 3:  # little of the sample's name fits the rule ("1" of "…, line 1"): say what it is
            proposed = spec.name_rule.suggest("voice" + proposed) or spec.name_rule.suggest("voice")
        self.name = QLineEdit(proposed)
        self.name.setObjectName("voiceName")
        self.name.textChanged.connect(lambda _t: self._check())
        form.addRow(self.tr("Name"), self.name)
        layout.addLayout(form)
        self.name_hint = _note("nameHint")
        self.name_hint.setText(spec.name_rule.hint(lang))
        self.name_hint.setVisible(bool(self.name_hint.text()))
        layout.addWidget(self.name_hint)

        basic = tuple(o for o in spec.enrol_options if not o.advanced)
        more = tuple(o for o in spec.enrol_options if o.advanced)
        given = {k: v for k, v in (defaults or {}).items() if v not in (None, "")}
        self.forms: list[OptionForm] = []
        self._baseline: dict[str, Any] = {}
        self._prefilled = set(given)
        self.options_form = self._form(basic, given, layout)
        self._show_line(line)
        self.more_button = QToolButton()
        self.more_button.setObjectName("moreOptions")
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setText(self.tr("More options"))
        self.more_button.setVisible(bool(more))
        layout.addWidget(self.more_button)
        self.more = QWidget()
        more_layout = QVBoxLayout(self.more)
        more_layout.setContentsMargins(16, 0, 0, 0)
        self.more_form = self._form(more, given, more_layout)
        self.more.setVisible(False)
        layout.addWidget(self.more)
        self.more_button.toggled.connect(self._fold)

        self.checked = _note("onlineCheckNote")
        self.checked.setText(checked)
        self.checked.setVisible(bool(checked))
        layout.addWidget(self.checked)
        self.problem = _note("cloneProblem")
        layout.addWidget(self.problem)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Start cloning") if via_job else self.tr("Clone"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("startClone")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._typed: dict[str, Any] = {}
        self._check()

    def _form(self, specs: tuple[OptionSpec, ...], given: dict[str, Any], layout: QVBoxLayout) -> OptionForm:
        form = OptionForm(specs, parent=self)
        self._baseline.update(form.values())  # what "nobody chose this" looks like
        form.set_values({k: v for k, v in given.items() if k in form.inputs})
        layout.addWidget(form)
        self.forms.append(form)
        for spec in specs:
            widget = form.inputs[spec.key]
            self._watch(widget)
            if isinstance(widget, QSpinBox | QDoubleSpinBox) and spec.default is None:
                # nothing chosen: the provider's own default, said in words (never a number nobody chose)
                step = widget.singleStep()
                widget.setMinimum(widget.minimum() - step)  # type: ignore[arg-type]
                widget.setSpecialValueText(self.tr("Not set"))
                widget.setValue(widget.minimum())  # type: ignore[arg-type]
                self._baseline[spec.key] = widget.value()
                form.set_values({spec.key: given[spec.key]} if spec.key in given else {})
            if not isinstance(widget, QComboBox):
                continue
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(24)
            fallback = given.get(spec.key, spec.default)
            for i in range(widget.count()):
                value = widget.itemData(i)
                head, _sep, purpose = widget.itemText(i).partition(" — ")
                widget.setItemText(i, head)  # "cosyvoice-v3.5-plus"; what it is for goes on the line below
                if purpose:  # … and beside each name in the open list
                    widget.setItemData(i, purpose, Qt.ItemDataRole.ToolTipRole)
                if value is None:
                    widget.setItemText(i, self.tr("Not set"))
                elif value == fallback:
                    widget.setItemText(i, self.tr("%1 (default)").replace("%1", widget.itemText(i)))
            help_label = _note(f"choiceHelp_{spec.key}")
            help_label.setStyleSheet(f"color: {colours().muted};")
            if isinstance(form.form, QFormLayout):
                position: Any = form.form.getWidgetPosition(widget)
                form.form.insertRow(int(position[0]) + 1, "", help_label)
            widget.currentIndexChanged.connect(lambda _i, s=spec, w=widget, h=help_label: self._choice_help(s, w, h))
            self._choice_help(spec, widget, help_label)
        return form

    def _show_line(self, line: str) -> None:
        """The line the take read, in its words: its id is what is sent, not what a person reads."""
        self.line = _note("lineRead")
        self.line.setText(line)
        for form in self.forms:
            field = form.inputs.get("text_id")
            if field is None or not line or not isinstance(form.form, QFormLayout):
                continue
            position: Any = form.form.getWidgetPosition(field)
            form.form.insertRow(int(position[0]) + 1, form.labels["text_id"].text(), self.line)
            form.form.setRowVisible(field, False)

    def _watch(self, widget: QWidget) -> None:
        for box in [widget, *widget.findChildren(QWidget)]:
            for name in ("textChanged", "toggled", "valueChanged", "currentIndexChanged"):
                signal = getattr(box, name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(lambda *_a: self._check())
                    break

    def _choice_help(self, spec: OptionSpec, widget: QComboBox, label: QLabel) -> None:
        """What the chosen value is for (the list shows its name; a long title in full, as the list may cut it)."""
        lang = language()
        value = widget.currentData()
        choice = next((c for c in spec.choices if c.value == value), None)
        parts = []
        if choice is not None and " — " in choice.title(lang):  # the list shows the name, this line the purpose
            parts.append(choice.title(lang).partition(" — ")[2])
        elif choice is not None and len(choice.title(lang)) > 24:
            parts.append(choice.title(lang))
        if choice is not None and choice.help is not None:
            parts.append(choice.help(lang))
        label.setText(" ".join(parts))
        label.setVisible(bool(parts))
        self._check()

    def _fold(self, open_: bool) -> None:
        self.more.setVisible(open_)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.adjustSize()

    def voice_name(self) -> str:
        return self.name.text().strip()

    def options(self) -> dict[str, Any]:
        """The options to send: what the user set or was given, never a value nobody chose (the provider's
        own default applies)."""
        out: dict[str, Any] = {}
        for form in self.forms:
            for key, value in form.values().items():
                if key in self._prefilled or value != self._baseline.get(key):
                    out[key] = value
        return {k: v for k, v in out.items() if v not in (None, [], "")}

    def _check(self) -> bool:
        if not hasattr(self, "ok"):
            return True
        lang = language()
        try:
            if not self.voice_name():
                raise StudioError(self.tr("Give the voice a name."))
            self.spec.name_rule.check(self.voice_name())
            self._typed = parse_options(self.spec.enrol_options, self.options())
        except StudioError as err:
            detail = err.detail_zh if lang.startswith("zh") and err.detail_zh else err.detail
            self.problem.setText(detail)
            self.problem.setStyleSheet(f"color: {colours().bad};")
            self.ok.setEnabled(False)
            return False
        self.problem.setText("")
        self.ok.setEnabled(True)
        return True

    def accept(self) -> None:
        if self._check():
            super().accept()
