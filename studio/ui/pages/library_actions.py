"""What the Library pane does beyond showing voices: design one from a description, delete one (and what to
do when the provider refuses), play a designed voice's preview, warn once about voices that expire, update a
voice from a new sample, export and import the library."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from studio.errors import ErrorKind, StudioError
from studio.library.models import Voice
from studio.services.hub import NoticeKind
from studio.ui import format as fmt
from studio.ui.dialogs.delete_voice import DeleteRefusedDialog, DeleteVoiceDialog
from studio.ui.dialogs.design_voice import DesignVoiceDialog
from studio.ui.names import provider_title

if TYPE_CHECKING:
    from studio.ui.pages.library import LibraryPage

PREVIEW_OWNER = "library-preview"


class LibraryActions(QObject):
    def __init__(self, page: LibraryPage) -> None:
        super().__init__(page)
        self.page = page
        self.services = page.services
        self.library = page.library
        self.design = self.library.design
        self.design_dialog: DesignVoiceDialog | None = None
        self._announced: frozenset[tuple[int, bool]] = frozenset()
        self.design_button = QPushButton()
        self.design_button.setObjectName("designVoice")
        self.design_button.setVisible(False)  # until a configured provider is found that designs voices
        self.design_button.clicked.connect(self.open_design)
        self.design.designers_changed.connect(self._designers)
        self.design.designed.connect(lambda v: self.page.select_when_loaded(v.id))
        self.library.expiring_found.connect(self._announce_expiring)
        self.library.exported.connect(self._exported)
        self.library.imported.connect(self._imported)
        self.services.accounts.saved.connect(lambda _account: self.design.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.design_button.setText(self.tr("Design a voice…"))
        self.design_button.setToolTip(self.tr("Make a new voice from a written description, with a spoken preview"))

    def start(self) -> None:
        self.design.refresh()

    # design
    def _designers(self, names: list[str]) -> None:
        self.design_button.setVisible(bool(names))

    def open_design(self) -> DesignVoiceDialog | None:
        names = self.design.designers
        if not names:
            return None
        dialog = DesignVoiceDialog(self.design, names, self.page)
        dialog.preview_requested.connect(self.play_preview)
        dialog.finished.connect(lambda _r: self.services.playback.stop(PREVIEW_OWNER))
        self.design_dialog = dialog
        dialog.open()
        return dialog

    def play_preview(self, voice: Voice) -> None:
        path = str(voice.extra.get("preview_path") or "")
        if path and Path(path).is_file():
            self.services.playback.play_file(path, PREVIEW_OWNER)

    # delete
    def confirm_delete(self, voice: Voice) -> None:
        dialog = DeleteVoiceDialog(voice, self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        remote = dialog.remote.isChecked()
        self.library.delete(voice, remote=remote, on_done=lambda _v: self._deleted(voice, remote),
                            on_error=lambda err: self._delete_failed(voice, err))

    def _deleted(self, voice: Voice, remote: bool) -> None:
        self.page.detail.show_voice(None, [])
        name = voice.name or voice.remote_id
        if remote:
            self.services.notify(self.tr("Deleted “%1”.").replace("%1", name), NoticeKind.SUCCESS)
        else:
            self.services.notify(self.tr("Removed “%1” from the library; %2 still has it.").replace("%1", name)
                                 .replace("%2", provider_title(voice.provider)), NoticeKind.SUCCESS)

    def _delete_failed(self, voice: Voice, err: StudioError) -> None:
        """A refusal in the provider's rules (not a failure to reach it) leaves the voice in the library and
        in the provider's account; removing it here only is then the user's choice, said as such."""
        if err.kind != ErrorKind.VENDOR_REJECTED:
            self.services.error_reported.emit(err)
            return
        dialog = DeleteRefusedDialog(voice, err, self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.library.delete(voice, remote=False, on_done=lambda _v: self._deleted(voice, False))

    # expiry
    def _announce_expiring(self, found: list[Any]) -> None:
        """One notice for every voice that expires soon or has expired, said again only when that list changes."""
        seen = frozenset((e.voice.id, e.expired) for e in found)
        if seen == self._announced:
            return
        self._announced = seen
        if not found:
            return
        parts = [f"“{e.voice.name or e.voice.remote_id}” ({fmt.expiry(e.expires, short=True)})" for e in found[:4]]
        if len(found) > 4:
            parts.append(self.tr("%1 more").replace("%1", fmt.count(len(found) - 4)))
        text = (self.tr("A voice expires soon or has expired: %1. Clone it again to keep using it.") if len(found) == 1
                else self.tr("%1 voices expire soon or have expired: %2. Clone them again to keep using them.")
                .replace("%1", fmt.count(len(found))))
        first = found[0].voice.id
        self.services.notify(text.replace("%2" if len(found) > 1 else "%1", ", ".join(parts)), NoticeKind.INFO,
                             key="voices-expiring", action_text=self.tr("Show"),
                             action=lambda: self.page.select_voice(first))

    # update, export, import
    def update_from_sample(self, voice: Voice) -> None:
        path, _ = QFileDialog.getOpenFileName(self.page, self.tr("Choose a new reference sample"), "",
                                              self.tr("Audio (*.wav *.mp3 *.m4a *.flac *.ogg)"))
        if not path:
            return
        self.library.update_from_sample(voice, Path(path))

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.page, self.tr("Export the library to a folder"))
        if folder:
            self.library.export_to(Path(folder))

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.page, self.tr("Import a library folder"))
        if folder:
            self.library.import_from(Path(folder))

    def _exported(self, folder: Path, counts: dict[str, int]) -> None:
        self.services.notify(self.tr("Exported %1 to “%2”.").replace("%1", self._counted(counts))
                             .replace("%2", str(folder)), NoticeKind.SUCCESS,
                             action_text=self.tr("Open folder"),
                             action=lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))

    def _imported(self, folder: Path, counts: dict[str, int]) -> None:
        added = {k: v for k, v in counts.items() if k != "skipped"}
        if not any(added.values()):
            self.services.notify(self.tr("Nothing new in “%1”: everything in it is already in the library.")
                                 .replace("%1", folder.name))
            return
        text = self.tr("Imported %1 from “%2”.").replace("%1", self._counted(added)).replace("%2", folder.name)
        if counts.get("skipped"):
            text += " " + self.tr("%1 items were already here.").replace("%1", fmt.count(counts["skipped"]))
        self.services.notify(text, NoticeKind.SUCCESS)

    def _counted(self, counts: dict[str, int]) -> str:
        words = {"voices": (self.tr("1 voice"), self.tr("%1 voices")),
                 "takes": (self.tr("1 take"), self.tr("%1 takes")),
                 "samples": (self.tr("1 sample"), self.tr("%1 samples")),
                 "jobs": (self.tr("1 training job"), self.tr("%1 training jobs"))}
        parts = [(one if n == 1 else many.replace("%1", fmt.count(n)))
                 for key, (one, many) in words.items() if (n := counts.get(key, 0))]
        return ", ".join(parts) if parts else self.tr("an empty library")
