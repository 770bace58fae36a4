from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from studio.cancel import NEVER, CancelToken
from studio.library import exchange
from studio.library.models import Job, Take, Voice
from studio.providers.base import Provider, Quota, RemoteVoice, VoiceStatus
from studio.services.hub import Change, Services
from studio.ui.models.voice_filter import VoiceFilterProxy
from studio.ui.models.voices_model import COL_STATUS, VoiceRole, VoicesModel
from studio.ui.pages.library import DeleteVoiceDialog, LibraryPage
from studio.workspace import Workspace


class FakeCloud(Provider):
    name = "cosyvoice"
    title = "Fake"

    def __init__(self) -> None:
        self.remote = [RemoteVoice("cosyvoice", "cv-1", status_raw="OK", status=VoiceStatus.READY),
                       RemoteVoice("cosyvoice", "cv-2", status_raw="DEPLOYING", status=VoiceStatus.PENDING)]
        self.deleted: list[str] = []

    def list_voices(self, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        return list(self.remote)

    def get_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> RemoteVoice:
        return RemoteVoice("cosyvoice", remote_id, status_raw="OK", status=VoiceStatus.READY)

    def delete_voice(self, remote_id: str, cancel: CancelToken = NEVER) -> None:
        self.deleted.append(remote_id)

    def quota(self, cancel: CancelToken = NEVER) -> Quota:
        return Quota(used=len(self.remote), limit=1000, what="voices")


@pytest.fixture
def page(qtbot: QtBot, services: Services):  # type: ignore[no-untyped-def]
    ws = services.workspace
    fake = FakeCloud()
    ws._providers["cosyvoice"] = fake
    p = LibraryPage(services)
    qtbot.addWidget(p)
    p.show()
    p.fake = fake  # type: ignore[attr-defined]
    p.services_notices = []  # type: ignore[attr-defined]
    services.notice.connect(lambda n: p.services_notices.append(n.text))  # type: ignore[attr-defined]
    yield p
    p.close()


def _voices(store_voices: list[tuple[str, str, str]]) -> list[Voice]:
    return [Voice(provider=p, remote_id=r, name=n, status="ready", id=i + 1)
            for i, (p, r, n) in enumerate(store_voices)]


def test_model_without_view_incremental_updates(qtbot: QtBot) -> None:
    model = VoicesModel()
    inserted: list[tuple[int, int]] = []
    changed: list[int] = []
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    model.dataChanged.connect(lambda a, b: changed.append(a.row()))
    voices = _voices([("local", "a", "Alpha"), ("cosyvoice", "b", "Beta"), ("tencent", "c", "Gamma")])
    model.set_voices(voices)
    assert model.rowCount() == 3 and inserted == [(0, 2)]
    updated = [Voice(**{**v.__dict__}) for v in voices]
    updated[1].status = "gone"
    model.set_voices(updated[:2])  # Gamma removed, Beta changed
    assert model.rowCount() == 2
    assert changed == [1]
    assert model.data(model.index(1, COL_STATUS)).startswith("gone")
    assert model.data(model.index(0, 0), VoiceRole).name == "Alpha"


def test_proxy_filters_by_provider_status_and_text() -> None:
    model = VoicesModel()
    voices = _voices([("local", "a", "Alpha desk"), ("cosyvoice", "b", "Beta"), ("cosyvoice", "c", "Desk two")])
    voices[2].status = "pending"
    model.set_voices(voices)
    proxy = VoiceFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("desk")
    assert proxy.rowCount() == 2
    proxy.set_provider("cosyvoice")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    proxy.set_status("ready")
    assert [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())] == ["Beta"]
    # a change to the source is seen by the filter
    changed = [Voice(**{**v.__dict__}) for v in voices]
    changed[2].status = "ready"
    model.set_voices(changed)
    assert proxy.rowCount() == 2


def test_empty_state_then_sync_adopts_remote_voices(page: LibraryPage, qtbot: QtBot) -> None:
    assert page.stack.currentIndex() == 0
    page.sync_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    assert page.stack.currentIndex() == 1
    qtbot.waitUntil(lambda: "DashScope CosyVoice: 2 of 1,000 voices used" in page.quota.text(), timeout=3000)


def test_pending_voice_settles_through_poller(page: LibraryPage, qtbot: QtBot) -> None:
    page.sync_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    page.library.poll_pending()
    store = page.services.workspace.store
    assert store.voice_by_remote("cosyvoice", "cv-2").status == "ready"  # type: ignore[union-attr]


def test_a_closed_studio_polls_no_more(page: LibraryPage, qtbot: QtBot) -> None:
    """Once the studio shuts down, neither a change nor a timer asks a provider about pending voices."""
    store = page.services.workspace.store
    store.add(Voice(provider="cosyvoice", remote_id="cv-9", status="pending", status_raw="DEPLOYING"))
    asked: list[str] = []
    page.fake.get_voice = lambda rid, cancel=NEVER: asked.append(rid)  # type: ignore[attr-defined]
    library = page.services.library
    page.services.shutdown()
    library.start_polling()
    page.services.library_changed.emit(Change.VOICES)
    library.poll_pending()
    assert asked == [] and not library._poll.isActive()


def test_delete_confirms_and_deletes_remote_and_local(page: LibraryPage, qtbot: QtBot) -> None:
    store = page.services.workspace.store
    store.add(Take(name="mine", path="takes/mine.wav"))
    voice = store.add(Voice(provider="cosyvoice", remote_id="cv-9", name="Nine", status="ready"))
    page.library.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.select_voice(voice.id)  # type: ignore[arg-type]
    assert page.detail.voice is not None and page.detail.voice.remote_id == "cv-9"

    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DeleteVoiceDialog)
        assert dialog.remote.isChecked()
        dialog.accept()

    QTimer.singleShot(50, accept_dialog)
    page.detail.delete_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    assert page.fake.deleted == ["cv-9"]  # type: ignore[attr-defined]
    assert store.count(Voice) == 0 and store.count(Take) == 1  # the take is kept


def test_local_edits_are_saved(page: LibraryPage, qtbot: QtBot) -> None:
    store = page.services.workspace.store
    voice = store.add(Voice(provider="local", remote_id="local-1", name="Old", status="ready"))
    page.library.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.select_voice(voice.id)  # type: ignore[arg-type]
    page.detail.name.setText("Desk voice")
    page.detail.tags.setText("zh, warm ,")
    page.detail.save_button.click()
    saved = store.get(Voice, voice.id)  # type: ignore[arg-type]
    assert saved is not None and saved.name == "Desk voice" and saved.tags == ["zh", "warm"]
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "Desk voice", timeout=3000)


def test_saved_name_and_tags_reach_the_list_row_and_the_search(page: LibraryPage, qtbot: QtBot) -> None:
    """Item 1: the row shown (through the proxy) and the search see the new name and tags at once."""
    store = page.services.workspace.store
    voice = store.add(Voice(provider="local", remote_id="local-1", name="Old", status="ready"))
    other = store.add(Voice(provider="local", remote_id="local-2", name="Another", status="ready"))
    page.library.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    page.select_voice(voice.id)  # type: ignore[arg-type]
    shown = page.detail.voice
    page.detail.name.setText("Desk voice")
    page.detail.tags.setText("warm")
    with qtbot.waitSignal(page.proxy.dataChanged, timeout=3000):
        page.detail.save_button.click()
    assert shown is not None and shown.name == "Old"  # the list's own object was not edited behind its back
    names = [page.proxy.data(page.proxy.index(r, 0)) for r in range(page.proxy.rowCount())]
    assert "Desk voice" in names and "Old" not in names
    page.search.setText("warm")
    assert page.proxy.rowCount() == 1 and page.proxy.data(page.proxy.index(0, 0)) == "Desk voice"
    page.search.setText("old")
    assert page.proxy.rowCount() == 0
    page.search.clear()
    assert "Saved “Desk voice”" in page.services_notices[-1]  # type: ignore[attr-defined]
    assert other.id is not None


class AccountRefused(FakeCloud):
    name = "sambert"

    def list_voices(self, cancel: CancelToken = NEVER) -> list[RemoteVoice]:
        from studio.errors import AuthError

        raise AuthError("The API key is not valid.", provider="sambert", request_id="req-1")


def test_sync_all_with_one_failing_account_says_it_once(page: LibraryPage, qtbot: QtBot) -> None:
    """Item 8: one failing provider gives one non-modal notice, not one box per failure."""
    page.services.workspace._providers["sambert"] = AccountRefused()
    reported: list[object] = []
    page.services.error_reported.connect(reported.append)
    with qtbot.waitSignal(page.library.sync_all_finished, timeout=5000):
        page.sync_button.click()
    assert reported == []  # nothing sent to the error presenter one by one
    notices = page.services_notices  # type: ignore[attr-defined]
    assert len(notices) == 1
    assert "DashScope CosyVoice" in notices[0] and "Could not sync DashScope Sambert" in notices[0]
    assert "sambert" not in notices[0].replace("Sambert", "")


def test_export_import_round_trip_without_secrets(tmp_path: Path) -> None:
    ws = Workspace()
    ws.secrets.set("dashscope.api_key", "sk-" "SENTINELsecretvalue0001")
    audio = ws.home / "takes" / "t1.wav"
    audio.parent.mkdir(parents=True, exist_ok=True)
    audio.write_bytes(b"RIFF....WAVEfake")
    ws.store.add(Take(name="t1", path="takes/t1.wav", duration_s=3.0))
    ws.store.add(Voice(provider="cosyvoice", remote_id="cv-1", name="One",
                       notes="key was sk-" "SENTINELsecretvalue0001 oops"))
    ws.store.add(Job(provider="sambert", remote_id="ft-1", status="review"))
    counts = exchange.export_library(ws.store, tmp_path / "export")
    assert counts == {"voices": 1, "jobs": 1, "takes": 1, "samples": 0}
    blob = (tmp_path / "export" / "manifest.json").read_text()
    assert "SENTINEL" not in blob
    ws.close()

    other = Workspace(store=__import__("studio.library.store", fromlist=["Store"]).Store(tmp_path / "o.db"))
    assert exchange.import_library(other.store, tmp_path / "export") == {"voices": 1, "jobs": 1, "takes": 1,
                                                                         "samples": 0, "skipped": 0}
    assert exchange.import_library(other.store, tmp_path / "export") == {"voices": 0, "jobs": 0, "takes": 0,
                                                                         "samples": 0, "skipped": 3}
    other.close()


def test_import_refuses_foreign_folder(tmp_path: Path) -> None:
    from studio.errors import InvalidInputError

    (tmp_path / "manifest.json").write_text('{"format": "something else"}')
    ws = Workspace()
    with pytest.raises(InvalidInputError):
        exchange.import_library(ws.store, tmp_path)
    ws.close()


def test_delete_dialog_speaks_of_the_provider_at_hand(qtbot: QtBot) -> None:
    offline = DeleteVoiceDialog(Voice(provider="local", remote_id="lv-1", name="Desk voice", status="ready"))
    qtbot.addWidget(offline)
    text = " ".join(label.text() for label in offline.findChildren(QLabel))
    assert "offline engine" in text and "quota" not in text and not offline.remote.isVisible()
    assert offline.delete_button.text() == "Delete voice"
    cloud = DeleteVoiceDialog(Voice(provider="cosyvoice", remote_id="cv-1", name="Desk", status="ready"))
    qtbot.addWidget(cloud)
    cloud.show()
    assert cloud.remote.isVisible() and "DashScope CosyVoice" in cloud.remote.text()


def test_export_carries_the_sample_a_voice_was_cloned_from(tmp_path: Path, qtbot: QtBot, page: LibraryPage) -> None:
    """Item 11: the sample travels with its voice; importing the same folder twice says so."""
    from studio.library.models import Sample
    from studio.workspace import Workspace as W

    store = page.services.workspace.store
    home = page.services.workspace.home
    (home / "takes").mkdir(exist_ok=True)
    (home / "samples").mkdir(exist_ok=True)
    (home / "takes" / "t.wav").write_bytes(b"RIFF....WAVEtake")
    (home / "samples" / "s.wav").write_bytes(b"RIFF....WAVEsample")
    take = store.add(Take(name="Desk reading 1", path="takes/t.wav", duration_s=20.0))
    sample = store.add(Sample(take_id=take.id, path="samples/s.wav", kind="trim", duration_s=15.0,
                              name="Desk reading 1 — trimmed"))
    store.add(Voice(provider="local", remote_id="lv-1", name="Desk voice", status="ready", take_id=take.id,
                    sample_id=sample.id))
    with qtbot.waitSignal(page.library.exported, timeout=5000):
        page.library.export_to(tmp_path / "export")
    assert (tmp_path / "export" / "audio").exists()
    assert "1 voice, 1 take, 1 sample" in page.services_notices[-1]  # type: ignore[attr-defined]
    assert page.services.workspace.home != tmp_path

    other = W(store=__import__("studio.library.store", fromlist=["Store"]).Store(tmp_path / "o.db"))
    counts = exchange.import_library(other.store, tmp_path / "export")
    assert counts["samples"] == 1 and counts["voices"] == 1
    imported = other.store.voice_by_remote("local", "lv-1")
    assert imported is not None and imported.sample_id is not None
    kept = other.store.get(Sample, imported.sample_id)
    assert kept is not None and kept.name == "Desk reading 1 — trimmed" and kept.take_id is not None
    other.close()
    with qtbot.waitSignal(page.library.imported, timeout=5000):
        page.library.import_from(tmp_path / "export")
    assert "Nothing new" in page.services_notices[-1]  # type: ignore[attr-defined]


def test_delete_dialog_for_gone_voice_cannot_delete_remotely(qtbot: QtBot) -> None:
    dialog = DeleteVoiceDialog(Voice(provider="cosyvoice", remote_id="x", status="gone"))
    qtbot.addWidget(dialog)
    assert not dialog.remote.isChecked() and not dialog.remote.isEnabled()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert QModelIndex().isValid() is False
