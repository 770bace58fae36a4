"""Validate pane: one take measured once, every provider's verdict, and the fixes."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.services.hub import Services
from studio.ui.pages.base import Page
from studio.ui.widgets.empty_state import EmptyState


class ValidatePage(Page):
    page_id = "validate"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = QVBoxLayout(self)
        self.empty = EmptyState(self)
        layout.addWidget(self.empty)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Validate")

    def retranslate(self) -> None:
        self.empty.set_text(
            self.tr("Nothing to check yet"),
            self.tr("Record a take or drop an audio file here to see, before any upload, whether each "
                    "provider would accept it — and fix what can be fixed."),
        )
