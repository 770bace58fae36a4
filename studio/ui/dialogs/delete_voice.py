"""Deleting a voice: the dialog says exactly what is deleted where, for the provider at hand."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from studio import catalog
from studio.library.models import Voice
from studio.ui.names import provider_title


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
