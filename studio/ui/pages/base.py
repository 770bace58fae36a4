"""What every pane shares: access to the services, re-translation on a language switch, and keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from studio.services.hub import Services


class Page(QWidget):
    page_id = ""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName(f"page_{self.page_id}")

    def title(self) -> str:
        from studio.ui.pages.registry import page_title

        return page_title(self.page_id)

    def retranslate(self) -> None:
        """Set every visible string again (called at construction and on a language switch)."""

    def on_key(self, what: str) -> None:
        """A window shortcut while this pane is in front: "play", "record", "synthesize" or "delete"."""

    def changeEvent(self, event: QEvent) -> None:
        # A language switch re-reads every string; a light/dark switch redraws the status colours with them.
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)
