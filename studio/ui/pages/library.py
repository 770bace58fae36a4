"""Library pane: every voice across providers, with status, jobs and lifecycle."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.services.hub import Services
from studio.ui.pages.base import Page
from studio.ui.widgets.empty_state import EmptyState


class LibraryPage(Page):
    page_id = "library"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = QVBoxLayout(self)
        self.empty = EmptyState(self)
        layout.addWidget(self.empty)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Library")

    def retranslate(self) -> None:
        self.empty.set_text(
            self.tr("No voices yet"),
            self.tr("Voices you clone, and voices already on your provider accounts, appear here "
                    "with their status. Clone one from the Validate pane, or sync an account."),
        )
