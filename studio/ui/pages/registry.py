"""The panes the main window shows, in sidebar order: their ids, titles and classes (imported when built)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from studio.ui.pages.base import Page

PAGE_IDS = ("record", "validate", "providers", "library", "playground")


def page_class(page_id: str) -> type[Page]:
    """A pane's class, imported when the pane is first built (pyqtgraph and friends load with it)."""
    if page_id == "record":
        from studio.ui.pages.record import RecordPage

        return RecordPage
    if page_id == "validate":
        from studio.ui.pages.validate import ValidatePage

        return ValidatePage
    if page_id == "providers":
        from studio.ui.pages.providers import ProvidersPage

        return ProvidersPage
    if page_id == "library":
        from studio.ui.pages.library import LibraryPage

        return LibraryPage
    from studio.ui.pages.playground import PlaygroundPage

    return PlaygroundPage


def page_title(page_id: str) -> str:
    translate = QCoreApplication.translate
    return {
        "record": translate("MainWindow", "Record"),
        "validate": translate("MainWindow", "Validate"),
        "providers": translate("MainWindow", "Providers"),
        "library": translate("MainWindow", "Library"),
        "playground": translate("MainWindow", "Playground"),
    }[page_id]


class Pages(Mapping[str, Page]):
    """The panes by id, in sidebar order; a pane is built the first time it is asked for."""

    def __init__(self, window: Any) -> None:  # the MainWindow that builds the panes
        self._window = window
        self._built: dict[str, Page] = {}

    def __getitem__(self, page_id: str) -> Page:
        if page_id not in PAGE_IDS:
            raise KeyError(page_id)
        if page_id not in self._built:
            self._built[page_id] = self._window._build_page(page_id)
        return self._built[page_id]

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_IDS)

    def __len__(self) -> int:
        return len(PAGE_IDS)

    def built(self) -> list[Page]:
        return list(self._built.values())

    def is_built(self, page_id: str) -> bool:
        return page_id in self._built
