"""Light and dark: the studio follows the system's colour scheme and keeps its own colours readable in both.

Qt (6.5+) reports the desktop's scheme through `QStyleHints.colorScheme()` and announces changes. The
light scheme is the platform's own palette; the dark one is a Fusion palette drawn up here (the platform
styles do not all provide one). Views ask `colours()` for status colours instead of writing hex codes, so a
red that reads on white is not left glaring on near-black. `VOICE_STUDIO_SCHEME=dark|light` forces a
scheme (screenshots, a desktop that does not say).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SCHEME_ENV = "VOICE_STUDIO_SCHEME"


@dataclass(frozen=True)
class Colours:
    good: str
    warn: str
    bad: str
    info: str
    muted: str
    wave: str
    wave_fill: tuple[int, int, int, int]
    cursor: str
    selection: tuple[int, int, int, int]
    speech: tuple[int, int, int, int]
    pause: tuple[int, int, int, int]
    clip: tuple[int, int, int, int]
    notice_info: str
    notice_error: str
    notice_success: str


LIGHT = Colours(good="#2e7d32", warn="#b45309", bad="#c62828", info="#1565c0", muted="#6b6b6b",
                wave="#1e88e5", wave_fill=(30, 136, 229, 110), cursor="#e53935", selection=(255, 193, 7, 70),
                speech=(76, 175, 80, 40), pause=(255, 152, 0, 70), clip=(229, 57, 53, 170),
                notice_info="#e3f2fd", notice_error="#fdecea", notice_success="#e8f5e9")
DARK = Colours(good="#81c784", warn="#ffb74d", bad="#ef7070", info="#64b5f6", muted="#a0a0a0",
               wave="#64b5f6", wave_fill=(100, 181, 246, 110), cursor="#ff8a80", selection=(255, 213, 79, 60),
               speech=(129, 199, 132, 45), pause=(255, 183, 77, 70), clip=(239, 83, 80, 180),
               notice_info="#1d3347", notice_error="#4a2323", notice_success="#1e3b22")


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colours() -> Colours:
    return DARK if is_dark() else LIGHT


def system_scheme() -> str:
    forced = os.environ.get(SCHEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        scheme = app.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            return "dark"
    return "light"


def dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    base, window, text = QColor("#1f2124"), QColor("#2a2d31"), QColor("#e6e6e6")
    for r, c in ((role.Window, window), (role.WindowText, text), (role.Base, base),
                 (role.AlternateBase, QColor("#26292d")), (role.ToolTipBase, QColor("#33373c")),
                 (role.ToolTipText, text), (role.Text, text), (role.Button, QColor("#34383d")),
                 (role.ButtonText, text), (role.BrightText, QColor("#ff6b6b")), (role.Link, QColor("#7cb8f7")),
                 (role.LinkVisited, QColor("#b39ddb")), (role.Highlight, QColor("#2f6fb5")),
                 (role.HighlightedText, QColor("#ffffff")), (role.PlaceholderText, QColor("#8d9096")),
                 (role.Light, QColor("#44484e")), (role.Midlight, QColor("#3a3e43")), (role.Mid, QColor("#2e3135")),
                 (role.Dark, QColor("#17191b")), (role.Shadow, QColor("#000000"))):
        p.setColor(r, c)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#6f7378"))
    p.setColor(group.Disabled, role.Base, QColor("#25272a"))
    p.setColor(group.Disabled, role.Button, QColor("#2c2f33"))
    return p


class SchemeFollower:
    """Applies the system's scheme now and whenever the desktop switches it."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._light = app.palette()
        self._light_style = app.style().name()
        self.scheme = ""
        self.apply(system_scheme())
        app.styleHints().colorSchemeChanged.connect(lambda _s: self.apply(system_scheme()))

    def apply(self, scheme: str) -> None:
        if scheme == self.scheme:
            return
        self.scheme = scheme
        if scheme == "dark":
            # Fusion draws every control from the palette, so the dark palette is honoured everywhere.
            self.app.setStyle(QStyleFactory.create("Fusion"))
            self.app.setPalette(dark_palette())
        else:
            style = QStyleFactory.create(self._light_style)
            if style is not None:
                self.app.setStyle(style)
            self.app.setPalette(self._light)
