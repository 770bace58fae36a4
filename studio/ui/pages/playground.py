"""Playground pane: audition synthesized speech with any voice."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.services.hub import Services
from studio.ui.pages.base import Page
from studio.ui.widgets.empty_state import EmptyState


class PlaygroundPage(Page):
    page_id = "playground"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = QVBoxLayout(self)
        self.empty = EmptyState(self)
        layout.addWidget(self.empty)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Playground")

    def retranslate(self) -> None:
        self.empty.set_text(
            self.tr("No auditions yet"),
            self.tr("Pick a voice, type some text and press Synthesize. Playback starts as soon as "
                    "the first audio arrives."),
        )
