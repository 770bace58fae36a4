"""Record pane: input device, meter, room check, takes and the script booth."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.services.hub import Services
from studio.ui.pages.base import Page
from studio.ui.widgets.empty_state import EmptyState


class RecordPage(Page):
    page_id = "record"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = QVBoxLayout(self)
        self.empty = EmptyState(self)
        layout.addWidget(self.empty)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Record")

    def retranslate(self) -> None:
        self.empty.set_text(
            self.tr("No takes yet"),
            self.tr("Connect a microphone and press Record. A 10–20 s take is enough for zero-shot "
                    "cloning; training needs a 20-minute script session."),
        )
