"""Installs the studio's and Qt's own translators for the chosen language, switchable at run time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studio.i18n import translations_dir

log = logging.getLogger(__name__)


class Translations:
    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        for tr in self._installed:
            self.app.removeTranslator(tr)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return True
        ok = True
        studio = QTranslator(self.app)
        qm = translations_dir() / f"studio_{language}.qm"
        if studio.load(str(qm)):
            self.app.installTranslator(studio)
            self._installed.append(studio)
        else:
            ok = False
            log.warning("translation %s missing; run `python -m studio.i18n build`", qm)
        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.app.installTranslator(qt)
            self._installed.append(qt)
        return ok
