"""Record → Validate → "Train on Sambert": the guided flow against the emulator, to a ready voice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.library.models import Job, Take, Voice
from studio.services.hub import Services
from studio.ui.dialogs.train_dialog import TrainDialog
from studio.ui.pages.library import LibraryPage
from tests.emulators.dashscope import DashScopeEmulator


@pytest.mark.slow
def test_guided_sambert_training_to_a_ready_voice(qtbot: QtBot, services: Services, dashscope_env: DashScopeEmulator,
                                                  sambert_takes: list[Path]) -> None:
    store = services.workspace.store
    for i, path in enumerate(sambert_takes):
        store.add(Take(name=f"line {i + 1}", path=str(path), duration_s=63.0, script="zh-CN", line_index=i))
    library = LibraryPage(services)
    qtbot.addWidget(library)
    dialog = TrainDialog(library.training, "sambert")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 21 and len(dialog.chosen()) == 21  # script-session takes are preselected
    assert "22.1 min recorded" in dialog.minutes.text()
    dialog.name.setText("deskvoice")
    dialog.start_button.click()  # inline runner: dataset, upload and job creation happen now
    assert dialog.job is not None, dialog.status.text()
    assert "started" in dialog.status.text()
    job = store.job_by_remote("sambert", dialog.job.remote_id)
    assert job is not None and job.status in ("queued", "running")
    assert library.jobs.table.rowCount() == 1

    def settled() -> bool:
        library.library.poll_pending()
        j = store.get(Job, job.id)  # type: ignore[arg-type]
        return j is not None and j.status == "succeeded"

    qtbot.waitUntil(settled, timeout=20000)
    voices = store.all(Voice, "provider = 'sambert'")
    assert len(voices) == 1 and voices[0].status == "ready"
    statuses = [h["status_raw"] for h in store.get(Job, job.id).history]  # type: ignore[union-attr]
    assert statuses[-1] == "SUCCEEDED" and len(statuses) >= 2


def test_too_little_speech_is_refused_and_nothing_is_created(qtbot: QtBot, services: Services,
                                                              dashscope_env: DashScopeEmulator, sambert_takes: list[Path]) -> None:
    store = services.workspace.store
    take = store.add(Take(name="short", path=str(sambert_takes[0]), duration_s=63.0))
    library = LibraryPage(services)
    qtbot.addWidget(library)
    dialog = TrainDialog(library.training, "sambert", {take.id})  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).checkState() == Qt.CheckState.Checked
    dialog.name.setText("tooshort")
    dialog.start_button.click()
    assert dialog.job is None and dialog.start_button.isEnabled()
    assert "20" in dialog.status.text()  # says how much speech is needed
    assert store.count(Job) == 0 and sambert_takes[0].exists()
