"""First-run wizard: language, microphone and room check, provider accounts, where the data lives.

Every page can be skipped ("Skip this step" moves on without keeping that page's choices).
Finishing, or closing the wizard, records `general.first_run_done`, so it does not come back
by itself; Help ▸ First-run setup… opens it again (`open_first_run`). Set `VOICE_STUDIO_NO_WIZARD`
to never show it at start (kiosks, screenshots, the packaging smoke test).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from studio import logsetup
from studio.i18n import LANGUAGES
from studio.paths import HOME_ENV, resource_dir
from studio.providers.spec import AccountSpec, FieldKind
from studio.services.accounts import AccountsService
from studio.services.hub import Services
from studio.ui.dialogs.first_run_audio import AudioPage
from studio.ui.names import language, provider_title
from studio.ui.widgets.field_form import FieldForm

NO_WIZARD_ENV = "VOICE_STUDIO_NO_WIZARD"


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class WizardPage(QWizardPage):
    """A page that re-reads its strings on a language switch and knows when it is being skipped."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services

    def retranslate(self) -> None:
        """Set every visible string again (at construction and on a language switch)."""

    def skipping(self) -> bool:
        wizard = self.wizard()
        return isinstance(wizard, FirstRunWizard) and wizard.is_skipping

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguagePage(WizardPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setObjectName("firstRunLanguage")
        layout = QVBoxLayout(self)
        self.intro = _wrapped()
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, label in LANGUAGES.items():
            button = QRadioButton(label)  # each language in its own script: never translated
            button.setObjectName(f"language_{code}")
            button.setChecked(code == services.language)
            button.toggled.connect(lambda on, c=code: self._choose(c) if on else None)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addSpacing(8)
        self.later = _wrapped()
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.retranslate()

    def _choose(self, code: str) -> None:
        if code != self.services.language:
            self.services.set_language(code)  # the app's translator switches; LanguageChange follows

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Voice Studio"))
        self.setSubTitle(self.tr("Choose the language of the studio."))
        self.intro.setText(self.tr(
            "This short set-up checks your microphone and the room, adds provider accounts if you have "
            "them, and shows where your recordings are kept. Every step can be skipped."))
        self.later.setText(self.tr("You can switch the language at any time from the Language menu."))


class AccountsPage(WizardPage):
    """The keys (and region) of each account that needs one, as the providers' specs declare them."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setObjectName("firstRunAccounts")
        self.accounts = AccountsService(services, self)
        layout = QVBoxLayout(self)
        self.offline = _wrapped()
        layout.addWidget(self.offline)
        self.boxes: list[tuple[AccountSpec, QGroupBox, FieldForm, QLabel]] = []
        for account in _accounts_needing_keys(services):
            box = QGroupBox()
            box.setObjectName(f"account_{account.key}")
            inner = QVBoxLayout(box)
            simple = tuple(f for f in account.fields if (f.kind == FieldKind.SECRET and not f.optional)
                           or (f.kind == FieldKind.CHOICE and not f.advanced))
            form = FieldForm(self.accounts, simple, box, simple=True)
            inner.addWidget(form)
            note = _wrapped()
            inner.addWidget(note)
            layout.addWidget(box)
            self.boxes.append((account, box, form, note))

        row = QHBoxLayout()
        self.default_label = QLabel()
        self.default_provider = QComboBox()
        self.default_provider.setObjectName("defaultProvider")
        for spec in services.specs():
            self.default_provider.addItem("", spec.name)
        self.default_provider.setCurrentIndex(max(0, self.default_provider.findData(services.active_provider)))
        row.addWidget(self.default_label)
        row.addWidget(self.default_provider, 1)
        layout.addLayout(row)
        self.storage = _wrapped()
        self.storage.setObjectName("keyStorage")
        layout.addWidget(self.storage)
        layout.addStretch(1)
        self.retranslate()

    def field(self, key: str) -> QWidget:
        for _account, _box, form, _note in self.boxes:
            if key in form.inputs:
                return form.inputs[key]
        raise KeyError(key)

    def initializePage(self) -> None:
        # A keyring look-up can wait on D-Bus: ask in the background, show "already set" when it answers.
        self.services.run(lambda _ctx: None, name=self.tr("Reading stored keys"),
                          on_done=lambda _r: self._refresh_forms(), report_errors=False)

    def _refresh_forms(self) -> None:
        for _account, _box, form, _note in self.boxes:
            form.retranslate()

    def validatePage(self) -> bool:
        if self.skipping():
            return True
        saves = [(account.key, form.values()) for account, _box, form, _note in self.boxes]
        for _account, _box, form, _note in self.boxes:
            form.clear_secrets()  # a key never stays in a widget once it has been handed over
        accounts = self.accounts

        def save(_ctx: object) -> None:
            for key, values in saves:
                accounts.save(key, values)

        self.services.run(save, name=self.tr("Saving provider keys"), on_done=lambda _r: self._refresh_forms())
        self.services.set_active_provider(self.default_provider.currentData())
        return True

    def retranslate(self) -> None:
        lang = language()
        self.setTitle(self.tr("Provider accounts"))
        self.setSubTitle(self.tr("Optional: the offline engine needs no account."))
        self.offline.setText(self.tr(
            "The offline engine makes a preview voice on this computer and is the default. Add a cloud "
            "account now for full-quality cloning, or skip and add it later on the Providers pane."))
        for account, box, form, note in self.boxes:
            names = ", ".join(s.short_title(lang) for s in self.services.specs() if s.account.key == account.key)
            box.setTitle(f"{account.title(lang)} · {names}")
            form.retranslate()
            shown = set(form.inputs)
            rest = [f for f in account.fields if f.key not in shown and not f.optional and not f.advanced]
            note.setText(self.tr("This account also needs: %1. Finish its set-up on the Providers pane.")
                         .replace("%1", ", ".join(f.title(lang) for f in rest)) if rest else "")
            note.setVisible(bool(rest))
        self.default_label.setText(self.tr("Default provider"))
        for i in range(self.default_provider.count()):
            self.default_provider.setItemText(i, provider_title(self.default_provider.itemData(i)))
        self.storage.setText(self._storage_text())

    def _storage_text(self) -> str:
        where = {
            "keyring": self.tr("Keys are kept in the system keyring."),
            "file": self.tr("Keys are kept in a private file in the data folder (readable by your user account, "
                            "not encrypted)."),
        }.get(self.accounts.secrets_backend,
              self.tr("Keys are kept for this session only and forgotten when the studio quits."))
        notice = self.tr("No system keyring is available.") if self.accounts.keyring_notice else ""
        return f"{where} {notice}".strip()


def _accounts_needing_keys(services: Services) -> list[AccountSpec]:
    seen: dict[str, AccountSpec] = {}
    for spec in services.specs():
        if spec.needs_account and any(f.kind == FieldKind.SECRET for f in spec.account.fields):
            seen.setdefault(spec.account.key, spec.account)
    return list(seen.values())


class DataPage(WizardPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setObjectName("firstRunData")
        layout = QVBoxLayout(self)
        self.home = QLabel(str(services.workspace.home))
        self.home.setObjectName("dataHome")
        self.home.setWordWrap(True)
        self.home.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.home.font()
        font.setBold(True)
        self.home.setFont(font)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(services.workspace.home))))
        self.explain, self.override, self.logs, self.again = _wrapped(), _wrapped(), _wrapped(), _wrapped()
        self.override.setObjectName("homeOverride")
        layout.addWidget(self.explain)
        layout.addWidget(self.home)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        for label in (self.override, self.logs, self.again):
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where your data is kept"))
        self.setSubTitle(self.tr("Recordings, the voice library, settings and logs live in one folder."))
        self.explain.setText(self.tr("Your data folder:"))
        self.open_button.setText(self.tr("Open data folder"))
        if os.environ.get(HOME_ENV):
            override = self.tr("It was chosen with the environment variable %1.").replace("%1", HOME_ENV)
        else:
            override = self.tr("To keep it somewhere else, set the environment variable %1 to a folder "
                               "before starting the studio.").replace("%1", HOME_ENV)
        self.override.setText(override)
        self.logs.setText(self.tr("The log is written to %1.").replace("%1", logsetup.log_path()))
        self.again.setText(self.tr("You can run this set-up again from Help ▸ First-run setup…"))


class FirstRunWizard(QWizard):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.services = services
        self.is_skipping = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        B = QWizard.WizardButton
        self.setButtonLayout([B.CustomButton1, B.Stretch, B.BackButton, B.NextButton, B.FinishButton,
                              B.CancelButton])
        icon = resource_dir() / "icons" / "voice-studio.svg"
        if icon.exists():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, QIcon(str(icon)).pixmap(40, 40))
        self.setMinimumSize(640, 520)
        self.language_page = LanguagePage(services)
        self.audio_page = AudioPage(services)
        self.accounts_page = AccountsPage(services)
        self.data_page = DataPage(services)
        for page in (self.language_page, self.audio_page, self.accounts_page, self.data_page):
            self.addPage(page)
        self.customButtonClicked.connect(self._on_custom_button)
        self.currentIdChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def skip(self) -> None:
        """Move on without keeping the current page's choices (finish on the last page)."""
        self.is_skipping = True
        try:
            if self.nextId() == -1:
                self.accept()
            else:
                self.next()
        finally:
            self.is_skipping = False

    def _on_custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.skip()

    def _update_buttons(self, _page_id: int = 0) -> None:
        button = self.button(QWizard.WizardButton.CustomButton1)
        button.setObjectName("skipButton")
        button.setVisible(self.nextId() != -1)  # on the last page Finish already moves on

    def done(self, result: int) -> None:
        self.audio_page.stop()
        # Dismissing counts as "seen": the wizard stays reachable from the Help menu.
        self.services.workspace.settings.set("general.first_run_done", True)
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Voice Studio"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Skip this step"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_first_run(window: QWidget, services: Services) -> FirstRunWizard:
    """Show the wizard (again) over `window`, without blocking: for a Help or Settings menu entry."""
    for existing in window.findChildren(FirstRunWizard):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    wizard = FirstRunWizard(services, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def maybe_show_first_run(window: QWidget, services: Services) -> None:
    """At start: show the wizard unless it was completed or VOICE_STUDIO_NO_WIZARD is set."""
    if os.environ.get(NO_WIZARD_ENV) or services.workspace.settings.get("general.first_run_done"):
        return
    open_first_run(window, services)
