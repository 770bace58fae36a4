"""The library's detail panel: one voice's facts, local edits, job history and actions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio import catalog
from studio.library.models import Job, Voice
from studio.ui import format as fmt
from studio.ui.names import job_status_title, model_title, provider_title, voice_status_title


class VoiceDetail(QWidget):
    audition_requested = Signal(object)  # Voice
    update_requested = Signal(object)  # Voice
    delete_requested = Signal(object)  # Voice
    clone_requested = Signal(object, str)  # Voice, provider name
    sample_requested = Signal(object)  # Voice: show its reference sample in Validate
    save_requested = Signal(object)  # Voice with edited local fields
    preview_requested = Signal(object)  # Voice: play the preview a designed voice came with

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voice: Voice | None = None
        self.expiry_of: Callable[[Voice], datetime | None] = lambda _v: None  # given by the page
        layout = QVBoxLayout(self)
        self.box = QGroupBox()
        self.form = form = QFormLayout(self.box)
        self.name = QLineEdit()
        self.name.setObjectName("voiceName")
        self.provider = QLabel()
        self.remote_id = QLabel()
        self.remote_id.setObjectName("remoteId")  # the provider's id, shown where it is asked for (with Copy)
        self.remote_id.setWordWrap(True)
        self.copy_id = QToolButton()
        self.copy_id.clicked.connect(self._copy_id)
        id_row = QHBoxLayout()
        id_row.addWidget(self.remote_id, 1)
        id_row.addWidget(self.copy_id)
        self.model = QLabel()
        self.status = QLabel()
        self.status.setObjectName("voiceStatus")
        self.dates = QLabel()
        self.source = QLabel()
        self.sample_button = QToolButton()
        self.sample_button.setObjectName("checkSample")
        self.sample_button.clicked.connect(self._sample)
        # a long source (a designed voice's description) is cut, never widening the panel past its labels
        self.source.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.preview_button = QToolButton()
        self.preview_button.setObjectName("playPreview")
        self.preview_button.clicked.connect(lambda: self.voice and self.preview_requested.emit(self.voice))
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.sample_button)
        source_row.addWidget(self.preview_button)
        self.expires = QLabel()
        self.expires.setObjectName("voiceExpires")
        self.expires.setWordWrap(True)
        self.tags = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.labels = [QLabel() for _ in range(9)]
        for lab, field in zip(self.labels, (self.name, self.provider, id_row, self.model, self.status, self.dates,
                                            source_row, self.tags, self.notes), strict=True):
            form.addRow(lab, field)  # type: ignore[call-overload]
        self.expires_label = QLabel()
        form.insertRow(5, self.expires_label, self.expires)  # under the status, for voices that expire
        layout.addWidget(self.box)

        self.save_button = QPushButton()
        self.save_button.setObjectName("saveVoice")
        self.save_button.clicked.connect(self._save)
        layout.addWidget(self.save_button)

        self.jobs_label = QLabel()
        self.jobs = QListWidget()
        self.jobs.setObjectName("voiceJobs")
        self.jobs.setMaximumHeight(110)
        layout.addWidget(self.jobs_label)
        layout.addWidget(self.jobs)
        self.setMinimumWidth(340)
        self.setMaximumWidth(520)

        actions = QGridLayout()  # two by two: the labels fit in any font and language
        self.audition_button = QPushButton()
        self.audition_button.setObjectName("auditionVoice")
        self.audition_button.clicked.connect(lambda: self.voice and self.audition_requested.emit(self.voice))
        self.update_button = QPushButton()
        self.update_button.clicked.connect(lambda: self.voice and self.update_requested.emit(self.voice))
        self.clone_button = QToolButton()
        self.clone_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.clone_menu = QMenu(self)
        self.clone_button.setMenu(self.clone_menu)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteVoice")
        self.delete_button.clicked.connect(lambda: self.voice and self.delete_requested.emit(self.voice))
        self.clone_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for i, w in enumerate((self.audition_button, self.update_button, self.clone_button, self.delete_button)):
            actions.addWidget(w, i // 2, i % 2)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.retranslate()
        self.show_voice(None, [])

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Voice"))
        for lab, text in zip(self.labels, (self.tr("Name"), self.tr("Provider"), self.tr("Remote id"),
                                           self.tr("Model"), self.tr("Status"), self.tr("Created"),
                                           self.tr("Reference sample"), self.tr("Tags"), self.tr("Notes")),
                             strict=True):
            lab.setText(text)
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.copy_id.setText(self.tr("Copy"))
        self.sample_button.setText(self.tr("Play and check…"))
        self.sample_button.setToolTip(self.tr("Open the reference sample in Validate: waveform, playback, report"))
        self.preview_button.setText(self.tr("Play preview"))
        self.preview_button.setToolTip(self.tr("The provider's preview of the designed voice"))
        self.expires_label.setText(self.tr("Expires"))
        self.save_button.setText(self.tr("Save name, tags and notes"))
        self.jobs_label.setText(self.tr("Job history"))
        self.audition_button.setText(self.tr("Audition"))
        self.update_button.setText(self.tr("Update from sample…"))
        self.clone_button.setText(self.tr("Clone on another provider"))
        self.delete_button.setText(self.tr("Delete…"))
        self.clone_menu.clear()
        for spec in catalog.specs():
            if spec.clones or spec.trains:
                action = self.clone_menu.addAction(provider_title(spec.name))
                action.triggered.connect(lambda _c=False, n=spec.name: self._clone(n))

    def show_voice(self, voice: Voice | None, jobs: list[Job], source: str = "") -> None:
        self.voice = voice
        enabled = voice is not None
        for w in (self.box, self.save_button, self.audition_button, self.update_button, self.clone_button,
                  self.delete_button):
            w.setEnabled(enabled)
        self.jobs.clear()
        self.jobs.setVisible(False)
        self.jobs_label.setVisible(False)
        if voice is None:
            for label in (self.provider, self.remote_id, self.model, self.status, self.dates, self.source):
                label.setText("")
            self.name.clear()
            self.tags.clear()
            self.notes.clear()
            self.form.setRowVisible(self.expires, False)
            self.preview_button.setVisible(False)
            return
        self.name.setText(voice.name)
        self.provider.setText(provider_title(voice.provider))
        self.remote_id.setText(voice.remote_id)
        self.model.setText(model_title(voice))
        self.status.setText(voice_status_title(voice.status))
        self.status.setToolTip(self.tr("The provider's own word: %1").replace("%1", voice.status_raw)
                               if voice.status_raw else "")
        created, modified = fmt.when(voice.created), fmt.when(voice.modified)
        changed = modified not in ("—", created)  # the date alone when it never changed: short enough for any width
        self.dates.setText(created + ("\n" + self.tr("changed %1").replace("%1", modified) if changed else ""))
        expires = self.expiry_of(voice)
        self.form.setRowVisible(self.expires, expires is not None)
        self.expires.setText(fmt.expiry(expires))
        if expires is not None and expires <= datetime.now(UTC):
            self.status.setText(fmt.expiry(expires, short=True))
        prompt = str(voice.extra.get("voice_prompt") or "") if voice.extra.get("designed") else ""
        short = prompt if len(prompt) <= 24 else prompt[:23].rstrip() + "…"  # the whole of it in the tooltip
        self.source.setText(source or (self.tr("Designed from “%1”").replace("%1", short) if prompt
                                       else self.tr("none recorded here")))
        self.source.setToolTip(prompt)
        preview = str(voice.extra.get("preview_path") or "")
        self.preview_button.setVisible(bool(preview))
        self.preview_button.setEnabled(bool(preview) and Path(preview).is_file())
        self.tags.setText(", ".join(voice.tags))
        self.notes.setPlainText(voice.notes)
        self.update_button.setEnabled(voice.status != "gone")
        self.update_button.setToolTip("" if voice.status != "gone" else self.tr("The provider no longer has this voice"))
        has_sample = bool(voice.take_id or voice.sample_id)
        self.sample_button.setEnabled(has_sample)
        self.sample_button.setVisible(has_sample or not prompt)
        self.sample_button.setToolTip(self.tr("Open the reference sample in Validate: waveform, playback, report")
                                      if has_sample else self.tr("This voice's sample is not in this library"))
        self.jobs.setVisible(bool(jobs))  # a voice cloned from one sample has no training history
        self.jobs_label.setVisible(bool(jobs))
        for job in jobs:
            name = job.model_name or self.tr("training job")
            self.jobs.addItem(f"{name}: {job_status_title(job.status)} · {fmt.when(job.updated)}")
            for entry in job.history:
                status = job_status_title(str(entry.get("status") or "")) if entry.get("status") else ""
                message = str(entry.get("message") or "")
                self.jobs.addItem(f"    {fmt.when(str(entry.get('at', '')))}  {status}  {message}".rstrip())

    def _sample(self) -> None:
        if self.voice is not None:
            self.sample_requested.emit(self.voice)

    def _clone(self, provider: str) -> None:
        if self.voice is not None:
            self.clone_requested.emit(self.voice, provider)

    def _copy_id(self) -> None:
        if self.voice is not None:
            QGuiApplication.clipboard().setText(self.voice.remote_id)

    def _save(self) -> None:
        if self.voice is None:
            return
        # A copy: the list holds the object it shows, and must see the saved one as a change.
        edited = dataclasses.replace(
            self.voice, name=self.name.text().strip() or self.voice.name or self.voice.remote_id,
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()], notes=self.notes.toPlainText())
        self.save_requested.emit(edited)

