"""Deleting a voice: the dialog says exactly what is deleted where, for the provider at hand; and when the
provider refuses, what that means and what can still be done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QToolButton, QVBoxLayout, QWidget

from studio import catalog
from studio.errors import StudioError
from studio.library.models import Voice
from studio.ui.names import language, provider_title


class DeleteVoiceDialog(QDialog):
    """Says exactly what is deleted where, for the provider at hand; local takes and samples are always kept."""

    def __init__(self, voice: Voice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteVoiceDialog")
        self.setWindowTitle(self.tr("Delete voice"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        name, title = voice.name or voice.remote_id, provider_title(voice.provider)
        offline = voice.provider in catalog.names() and not catalog.spec(voice.provider).needs_account
        if offline:
            body = self.tr("Delete “%1”?\n\nThe voice is removed from this library and from the offline engine on "
                           "this computer. Your takes and samples stay; you can clone it again from them.")
        else:
            body = self.tr("Delete “%1” (%2)?\n\nThe voice is removed from this library. Your takes and samples "
                           "stay on this computer.")
        text = QLabel(body.replace("%1", name).replace("%2", title))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.remote = QCheckBox(self.tr("Also delete it at %1: it cannot be undone, and frees one of the "
                                        "account's voice places").replace("%1", title))
        self.remote.setObjectName("deleteRemote")
        self.remote.setChecked(voice.status != "gone")
        self.remote.setEnabled(voice.status != "gone")
        self.remote.setVisible(not offline)  # an offline voice has no account and no quota
        if offline:
            self.remote.setChecked(True)
        if voice.status == "gone":
            self.remote.setToolTip(self.tr("%1 no longer has this voice").replace("%1", title))
        layout.addWidget(self.remote)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = buttons.addButton(self.tr("Delete voice"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setObjectName("confirmDelete")
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class DeleteRefusedDialog(QDialog):
    """The provider refused to delete the voice in its current state (a trained model whose job it keeps):
    says so in plain words, and offers to remove it from this library only, without pretending it left the
    provider."""

    def __init__(self, voice: Voice, error: StudioError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteRefusedDialog")
        self.setWindowTitle(self.tr("The provider kept the voice"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        name, title = voice.name or voice.remote_id, provider_title(voice.provider)
        body = self.tr("%2 did not delete “%1”: it does not delete it in its current state. Nothing was removed, "
                       "neither at %2 nor from this library.\n\nYou can remove it from this library only. %2 "
                       "keeps it, it still counts against the account, and the next sync lists it here again.")
        text = QLabel(body.replace("%1", name).replace("%2", title))
        text.setObjectName("refusedText")
        text.setWordWrap(True)
        layout.addWidget(text)
        lang = language()
        said = (error.detail_zh if lang.startswith("zh") and error.detail_zh else error.detail) or error.headline(lang)
        self.details = QLabel(self.tr("What %1 answered: %2").replace("%1", title).replace("%2", said))
        self.details.setObjectName("refusedDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        toggle = QToolButton()
        toggle.setText(self.tr("Show the provider's answer"))
        toggle.setCheckable(True)
        toggle.toggled.connect(self.details.setVisible)
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(self.tr("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        self.remove_button = buttons.addButton(self.tr("Remove from the library only"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("removeLocalOnly")
        self.remove_button.clicked.connect(self.accept)
        self.keep_button.clicked.connect(self.reject)
        self.keep_button.setDefault(True)
        layout.addWidget(buttons)
