"""The Playground's voice chooser: the library's voices and the providers' stock voices, each stock voice
with its gender and languages in plain words, and two filters (language, gender) to find e.g. a Chinese
female voice among dozens.

The combo keeps the index of each voice in `choices` as its item data, so a filter can hide voices
without the rest of the pane losing track of which voice is chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from studio.services.audition import VoiceChoice
from studio.ui.names import gender_title, language_title, model_name, provider_title, voice_traits


class ElidingCombo(QComboBox):
    """A combo box whose closed face ends a long voice name with "…" instead of cutting it mid-letter;
    the open list shows every name whole."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        opt.currentText = self.fontMetrics().elidedText(opt.currentText, Qt.TextElideMode.ElideRight,  # type: ignore[attr-defined]
                                                        field.width() - 4)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


class VoiceChooser(QWidget):
    changed = Signal()  # the chosen voice changed (or the list under it)
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: list[VoiceChoice] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.label = QLabel()
        self.combo = ElidingCombo()
        self.combo.setObjectName("voiceChoice")
        self.combo.setMinimumWidth(280)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        self.combo.setMaxVisibleItems(20)
        self.combo.currentIndexChanged.connect(lambda _i: self._chosen())
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.refresh_requested.emit)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.reload_button)
        layout.addLayout(row)
        filters = QHBoxLayout()
        self.filter_label = QLabel()
        self.language_filter = QComboBox()
        self.language_filter.setObjectName("voiceLanguageFilter")
        self.gender_filter = QComboBox()
        self.gender_filter.setObjectName("voiceGenderFilter")
        for combo in (self.language_filter, self.gender_filter):
            combo.currentIndexChanged.connect(lambda _i: self._fill())
        filters.addWidget(self.filter_label)
        filters.addWidget(self.language_filter)
        filters.addWidget(self.gender_filter)
        filters.addStretch(1)
        self.filters = QWidget()
        self.filters.setLayout(filters)
        filters.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Voice"))
        self.reload_button.setText(self.tr("Refresh"))
        self.filter_label.setText(self.tr("Stock voices:"))
        self.language_filter.setToolTip(self.tr("Show only the providers' voices that speak this language"))
        self.gender_filter.setToolTip(self.tr("Show only the providers' female or male voices"))
        current = self.current()
        self.set_choices(self.choices, (current.provider, current.voice) if current else None)

    def item_text(self, choice: VoiceChoice, twins: bool) -> str:
        """What the list shows for a voice: its name, what it is (stock voices), whose it is."""
        name = choice.label
        if twins and choice.model and (model := model_name(choice.provider, choice.model)):
            name = f"{name} ({model})"  # the same stock voice for several models
        if choice.stock:
            traits = voice_traits(choice.languages, choice.gender)
            name += " — " + (traits or self.tr("provider's voice"))
        return f"{name} — {provider_title(choice.provider)}"

    def set_choices(self, choices: list[VoiceChoice], wanted: tuple[str, str] | None = None) -> None:
        """A new list of voices; `wanted` (provider, voice) stays chosen when it is still there."""
        self.choices = choices
        languages = sorted({code for c in choices if c.stock for code in c.languages}, key=language_title)
        genders = sorted({c.gender for c in choices if c.stock and c.gender})
        for combo, values, every, title in ((self.language_filter, languages, self.tr("any language"),
                                             language_title),
                                            (self.gender_filter, genders, self.tr("any gender"), gender_title)):
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, "")
            for value in values:
                combo.addItem(title(value), value)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)
        self.filters.setVisible(bool(languages or genders))
        if wanted and not any((c.provider, c.voice) == wanted and self.shown(c) for c in choices):
            for combo in (self.language_filter, self.gender_filter):  # a voice asked for is never hidden
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self._fill(wanted)

    def shown(self, choice: VoiceChoice) -> bool:
        language, gender = self.language_filter.currentData(), self.gender_filter.currentData()
        if not choice.stock:
            return not (language or gender)
        return (not language or language in choice.languages) and (not gender or gender == choice.gender)

    def _fill(self, wanted: tuple[str, str] | None = None) -> None:
        current = self.current()
        wanted = wanted or ((current.provider, current.voice) if current else None)
        labels: dict[tuple[str, str], int] = {}
        for c in self.choices:
            labels[(c.provider, c.label)] = labels.get((c.provider, c.label), 0) + 1
        self.combo.blockSignals(True)
        self.combo.clear()
        for i, c in enumerate(self.choices):
            if self.shown(c):
                self.combo.addItem(self.item_text(c, labels[(c.provider, c.label)] > 1), i)
        index = next((row for row in range(self.combo.count())
                      if wanted and self._key(self.combo.itemData(row)) == wanted), 0)
        self.combo.setCurrentIndex(index if self.combo.count() else -1)
        self.combo.setEnabled(self.combo.count() > 0)
        view = self.combo.view()  # the open list as wide as its longest name (within reason)
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 32, 1000))
        self.combo.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        self.combo.setToolTip(self.combo.currentText())  # the whole name, where the face has to shorten it
        self.changed.emit()

    def _key(self, index: Any) -> tuple[str, str] | None:
        if isinstance(index, int) and 0 <= index < len(self.choices):
            return self.choices[index].provider, self.choices[index].voice
        return None

    def current(self) -> VoiceChoice | None:
        index = self.combo.currentData()
        return self.choices[index] if isinstance(index, int) and 0 <= index < len(self.choices) else None

    def choose(self, predicate: Any) -> bool:
        """Choose the first listed voice for which `predicate(choice)` holds (clearing the filters if needed)."""
        for attempt in range(2):
            for row in range(self.combo.count()):
                index = self.combo.itemData(row)
                if predicate(self.choices[index]):
                    self.combo.setCurrentIndex(row)
                    return True
            if attempt == 0:
                self.language_filter.setCurrentIndex(0)
                self.gender_filter.setCurrentIndex(0)
        return False
