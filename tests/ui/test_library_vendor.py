"""The Library against the cloud emulators: design a voice from a description (and refuse before sending what
the provider's rules refuse), a delete the provider refuses, voices that expire, and every provider's voices
showing their model and status in words."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio import catalog
from studio.cancel import NEVER, CancelToken, ProgressFn, no_progress
from studio.library.models import Audition, Job, Voice
from studio.providers.base import DesignRequest, Provider, RemoteVoice
from studio.services.hub import Services
from studio.services.tasks import TaskRunner
from studio.ui import format as fmt
from studio.ui.dialogs.delete_voice import DeleteRefusedDialog, DeleteVoiceDialog
from studio.ui.dialogs.design_voice import DesignVoiceDialog
from studio.ui.models.voices_model import COL_MODEL, COL_NAME, COL_STATUS
from studio.ui.pages.library import LibraryPage
from studio.workspace import Workspace
from tests.emulators.dashscope import DashScopeEmulator
from tests.emulators.dashscope.finetunes import FineTuneJob
from tests.emulators.dashscope.state import account_of
from tests.emulators.tencent_cloud.fixtures import CloudStack
from tests.ui.screen_text import internal, screen, texts_of

PROMPT = "沉稳的中年男性播音员，音色低沉浑厚，语速平稳"
PREVIEW = "各位听众朋友，大家好，欢迎收听晚间新闻。"


@pytest.fixture
def dashscope(monkeypatch: pytest.MonkeyPatch) -> Iterator[DashScopeEmulator]:
    with DashScopeEmulator() as emu:
        emu.state.deploy_delay = 0.0
        monkeypatch.setenv("DASHSCOPE_API_KEY", emu.api_key)
        monkeypatch.setenv("DASHSCOPE_HTTP_BASE_URL", emu.http_base)
        monkeypatch.setenv("DASHSCOPE_WEBSOCKET_BASE_URL", emu.ws_base)
        yield emu


@pytest.fixture
def cloud(tencent_cloud: CloudStack, monkeypatch: pytest.MonkeyPatch) -> CloudStack:
    tencent_cloud.env(monkeypatch)
    return tencent_cloud


def _page(qtbot: QtBot, services: Services) -> LibraryPage:
    notices: list[str] = []
    services.notice.connect(lambda n: notices.append(n.text))  # what opening the pane says counts too
    page = LibraryPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.notices = notices  # type: ignore[attr-defined]
    return page


def _read(page: QWidget, lang: str, allow: tuple[str, ...] = ()) -> None:
    problems = internal(screen(page), lang, allow=allow)
    assert not problems, "\n".join(problems)


def _row_texts(page: LibraryPage, name: str) -> dict[int, str]:
    for r in range(page.proxy.rowCount()):
        if page.proxy.index(r, COL_NAME).data() == name:
            return {c: page.proxy.index(r, c).data() for c in (COL_MODEL, COL_STATUS)}
    raise AssertionError(f"{name} not listed")


# --- design ------------------------------------------------------------------------------------------
def test_design_a_voice_on_the_emulator(qtbot: QtBot, services: Services, dashscope: DashScopeEmulator,
                                        lang: str) -> None:
    page = _page(qtbot, services)
    button = page.lifecycle.design_button
    # a configured provider designs voices: asked once the list is on screen
    qtbot.waitUntil(button.isVisible, timeout=5000)
    assert button.isEnabled()
    dialog = page.lifecycle.open_design()
    assert isinstance(dialog, DesignVoiceDialog)
    qtbot.addWidget(dialog)
    spec = catalog.spec("cosyvoice")
    assert dialog.provider.currentText() == spec.title(lang) and not dialog.provider.isEnabled()
    assert dialog.name_hint.text() == spec.name_rule.hint(lang)
    assert not dialog.start_button.isEnabled()  # nothing typed yet; nothing shouted either
    assert not dialog.problems.isVisible()

    # what the provider's rules refuse is said in plain words before anything is sent
    dialog.name.setText("Announcer_1")
    dialog.prompt.setPlainText("x" * 501)
    dialog.preview.setPlainText(PREVIEW)
    shown = dialog.problems.text()
    assert spec.name_rule.hint(lang) in shown
    assert ("501" in shown and "500" in shown) and not dialog.start_button.isEnabled()
    assert "501" in dialog.prompt_count.text() and "500" in dialog.prompt_count.text()
    assert spec.name_rule.hint(lang) in dialog.start_button.toolTip()
    _read(dialog, lang, allow=("Announcer_1", PREVIEW))
    assert dashscope.state.requests == []

    dialog.name.setText("announcer")
    dialog.prompt.setPlainText(PROMPT)
    assert dialog.start_button.isEnabled() and not dialog.problems.isVisible()
    assert dialog.options is not None
    model = dialog.options.inputs["target_model"]
    model.setCurrentIndex(model.findData("cosyvoice-v3-flash"))  # type: ignore[attr-defined]
    dialog.start_button.click()
    assert dialog.voice is not None, dialog.status.text()
    voice = dialog.voice
    assert voice.remote_id.startswith("cosyvoice-v3-flash-vd-announcer-")
    assert "announcer" in dialog.status.text() and dialog.play_button.isVisible()
    _read(dialog, lang, allow=("announcer", PROMPT, PREVIEW))

    # it lands in the Library, selected, with its preview playable
    qtbot.waitUntil(lambda: page.detail.voice is not None and page.detail.voice.id == voice.id, timeout=5000)
    assert page.detail.preview_button.isVisible() and page.detail.preview_button.isEnabled()
    assert PROMPT in page.detail.source.text() and not page.detail.sample_button.isVisible()
    kept = services.workspace.store.get(Audition, voice.extra["preview_audition"])
    assert kept is not None and Path(kept.audio_path).is_file()
    row = _row_texts(page, "announcer")
    assert row[COL_MODEL] == "cosyvoice-v3-flash" and row[COL_STATUS] == fmt_status("ready")
    _read(page, lang, allow=("announcer", PROMPT))
    dialog.close_button.click()


def fmt_status(status: str) -> str:
    from studio.ui.names import voice_status_title

    return voice_status_title(status)


class SlowDesigner(Provider):
    """Designs nothing until cancelled (the dialog's cancel, with a real worker thread)."""

    spec = catalog.spec("cosyvoice")

    def __init__(self) -> None:
        self.started = False

    def design_voice(self, request: DesignRequest, cancel: CancelToken = NEVER,
                     progress: ProgressFn = no_progress) -> tuple[RemoteVoice, bytes]:
        self.started = True
        cancel.wait(20)
        cancel.raise_if_cancelled()
        raise AssertionError("not cancelled")


def test_design_runs_in_the_background_and_cancels(qtbot: QtBot) -> None:
    services = Services(Workspace(), TaskRunner())
    fake = SlowDesigner()
    services.workspace._providers["cosyvoice"] = fake
    try:
        dialog = _filled_design_dialog(qtbot, services)
        dialog.start_button.click()
        qtbot.waitUntil(lambda: fake.started, timeout=5000)
        assert dialog.progress.isVisible() and not dialog.start_button.isEnabled()
        assert not dialog.prompt.isEnabled() and "calm" in dialog.status.text()
        assert dialog.close_button.isEnabled()
        assert dialog.handle is not None
        with qtbot.waitSignal(dialog.handle.finished, timeout=5000):
            dialog.close_button.click()  # Cancel: stops the design, the dialog stays to say so
        assert dialog.isVisible() and not dialog.progress.isVisible()
        assert dialog.status.text().startswith("Cancelled") and dialog.start_button.isEnabled()
        assert services.workspace.store.count(Voice) == 0
    finally:
        services.runner.shutdown()
        services.shutdown()


def test_the_flow_refuses_what_the_spec_refuses_before_sending(dashscope: DashScopeEmulator, services: Services,
                                                                qtbot: QtBot) -> None:
    """The CLI and the dialog share the flow: a bad name or an over-long description never leaves the studio."""
    from studio.errors import InvalidInputError
    from studio.flows.enrol import design

    provider = services.workspace.provider("cosyvoice")
    for name, prompt in (("Bad_Name", PROMPT), ("good", "x" * 501)):
        with pytest.raises(InvalidInputError) as info:
            design(services.workspace.store, provider, name, prompt, PREVIEW)
        assert info.value.code == "bad_design" and info.value.detail_zh
    assert dashscope.state.requests == [] and services.workspace.store.count(Voice) == 0


def test_a_refused_design_is_said_in_the_dialog(qtbot: QtBot, services: Services, dashscope: DashScopeEmulator) -> None:
    dashscope.state.create_faults = [500, 500, 500, 500]
    services.library.design.refresh()
    dialog = _filled_design_dialog(qtbot, services)
    dialog.start_button.click()
    assert dialog.voice is None and dialog.status.text().startswith("Nothing was designed:")
    assert dialog.start_button.isEnabled() and not dialog.progress.isVisible()
    assert services.workspace.store.count(Voice) == 0
    _read(dialog, "en", allow=("calm", PROMPT, PREVIEW))


def test_design_action_hidden_without_a_designing_account(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    with qtbot.waitSignal(page.lifecycle.design.designers_changed, timeout=5000) as found:
        pass  # asked once the list is on screen
    assert found.args == [[]] and not page.lifecycle.design_button.isVisible()
    assert page.lifecycle.open_design() is None


# --- a delete the provider refuses -------------------------------------------------------------------
def _trained_model(emu: DashScopeEmulator, suffix: str = "desk") -> str:
    job_id = f"ft-202601-{suffix}"
    output = f"sambert-{suffix}-v1-{job_id}"
    emu.state.jobs[job_id] = FineTuneJob(job_id, 1, account_of(emu.api_key), suffix, ["file-1"], {},
                                         "2026-01-05 10:00:00", status="SUCCEEDED", finetuned_output=output)
    return output


def test_delete_refused_by_the_provider(qtbot: QtBot, services: Services, dashscope: DashScopeEmulator,
                                        lang: str) -> None:
    model = _trained_model(dashscope)
    page = _page(qtbot, services)
    store = services.workspace.store
    page.library.sync("sambert")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    row = _row_texts(page, "desk")
    assert row[COL_STATUS] == fmt_status("ready") and row[COL_MODEL] not in ("", model)
    voice = store.voice_by_remote("sambert", model)
    assert voice is not None and page.select_voice(voice.id)  # type: ignore[arg-type]
    seen: dict[str, str] = {}

    def refused(choice: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DeleteRefusedDialog), dialog
        seen["text"] = texts_of(screen(dialog))
        problems = internal(screen(dialog), lang, allow=("desk",))
        seen["problems"] = "\n".join(problems)
        seen["still_here"] = str(store.voice_by_remote("sambert", model) is not None)
        (dialog.remove_button if choice == "remove" else dialog.keep_button).click()

    def confirm(choice: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DeleteVoiceDialog) and dialog.remote.isChecked()
        QTimer.singleShot(50, lambda: refused(choice))
        dialog.delete_button.click()

    # Keep it: nothing changes anywhere
    QTimer.singleShot(50, lambda: confirm("keep"))
    page.detail.delete_button.click()
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    assert seen["problems"] == "" and seen["still_here"] == "True"
    title = catalog.spec("sambert").title(lang)
    assert title in seen["text"] and "desk" in seen["text"]
    assert store.voice_by_remote("sambert", model) is not None and "ft-202601-desk" in dashscope.state.jobs

    # Remove from the library only: gone here, still at the provider, and said so
    seen.clear()
    QTimer.singleShot(50, lambda: confirm("remove"))
    page.detail.delete_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert store.voice_by_remote("sambert", model) is None and "ft-202601-desk" in dashscope.state.jobs
    assert any(title in n and "desk" in n for n in page.notices)  # type: ignore[attr-defined]
    assert page.detail.voice is None


def test_delete_refused_dialog_words(qtbot: QtBot, lang: str) -> None:
    from studio.errors import VendorRejectedError

    err = VendorRejectedError("DashScope keeps training job ft-1: it does not delete jobs that have succeeded.",
                              detail_zh="DashScope 保留训练任务 ft-1：已成功的任务不能删除。", provider="sambert",
                              code="UnsupportedOperation", request_id="req-9")
    dialog = DeleteRefusedDialog(Voice("sambert", "sambert-desk-v1-ft-1", name="desk", status="ready"), err)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep_button.isDefault() and dialog.remove_button.isEnabled()
    assert not dialog.details.isVisible()
    _read(dialog, lang, allow=("desk",))


# --- expiry ------------------------------------------------------------------------------------------
def test_expiring_voices_on_the_tencent_cloud_emulator(qtbot: QtBot, services: Services, cloud: CloudStack,
                                                       lang: str) -> None:
    vrs = cloud.emu.vrs
    soon = vrs.add_task(cloud.emu.secret_id, "小娥", created=time.time() - 600)
    soon.expires = time.time() + 3 * 86400 + 3600
    later = vrs.add_task(cloud.emu.secret_id, "远方", created=time.time() - 600)
    later.expires = time.time() + 200 * 86400
    page = _page(qtbot, services)
    page.sync_button.click()  # Sync all, from the pane
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    store = services.workspace.store
    voice = store.voice_by_remote("tencent-vrs", soon.fast_voice_type)
    assert voice is not None and voice.status == "ready"
    when = page.library.expiry_of(voice)
    assert when is not None
    # the list marks the one within the warning window, not the other
    assert _row_texts(page, "小娥")[COL_STATUS] == f"{fmt_status('ready')} · {fmt.expiry(when, short=True)}"
    assert _row_texts(page, "远方")[COL_STATUS] == fmt_status("ready")
    assert _row_texts(page, "小娥")[COL_MODEL] == "—"
    # one notice, naming the voice, said once
    expiring = [n for n in page.notices if "小娥" in n]  # type: ignore[attr-defined]
    assert len(expiring) == 1 and "远方" not in expiring[0]
    page.library.sync_all()
    assert len([n for n in page.notices if "小娥" in n]) == 1  # type: ignore[attr-defined]
    # the detail says when, in days
    assert page.select_voice(voice.id)  # type: ignore[arg-type]
    assert page.detail.expires.isVisible()
    assert page.detail.expires.text() == fmt.expiry(when)
    days = (when.astimezone().date() - datetime.now(UTC).astimezone().date()).days
    assert when.astimezone().strftime("%Y-%m-%d") in page.detail.expires.text() and str(days) in page.detail.expires.text()
    _read(page, lang, allow=("小娥", "远方"))


def test_an_expired_voice_in_the_store(qtbot: QtBot, services: Services) -> None:
    store = services.workspace.store
    past = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    store.add(Voice(provider="tencent-vrs", remote_id="WCHN-old", name="旧声音", status="gone", status_raw="expired",
                    extra={"expires": past}))
    store.add(Voice(provider="cosyvoice", remote_id="cv-1", name="lasting", status="ready"))
    page = _page(qtbot, services)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert _row_texts(page, "旧声音")[COL_STATUS] == "expired"
    assert any("旧声音" in n and "expired" in n for n in page.notices)  # type: ignore[attr-defined]
    voice = store.voice_by_remote("tencent-vrs", "WCHN-old")
    assert voice is not None and page.select_voice(voice.id)  # type: ignore[arg-type]
    assert page.detail.status.text() == "expired" and page.detail.expires.text().startswith("Expired on ")
    lasting = store.voice_by_remote("cosyvoice", "cv-1")
    assert lasting is not None and page.select_voice(lasting.id)  # type: ignore[arg-type]
    assert not page.detail.expires.isVisible()


def test_expiry_formatter() -> None:
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC).astimezone()
    assert fmt.expiry(None) == ""
    assert fmt.expiry(now + timedelta(days=5), now) == f"Expires on {(now + timedelta(days=5)):%Y-%m-%d} (in 5 days)"
    assert fmt.expiry(now + timedelta(days=1), now).endswith("(tomorrow)")
    assert fmt.expiry(now + timedelta(minutes=5), now).endswith("(today)")
    assert fmt.expiry(now - timedelta(days=1), now) == f"Expired on {(now - timedelta(days=1)):%Y-%m-%d}"
    assert fmt.expiry(now + timedelta(days=5), now, short=True) == "expires in 5 days"
    assert fmt.expiry(now - timedelta(seconds=1), now, short=True) == "expired"


# --- every provider's voices, in words ----------------------------------------------------------------
def test_each_provider_shows_model_and_status_in_words(qtbot: QtBot, services: Services) -> None:
    store = services.workspace.store
    store.add(Voice(provider="cosyvoice", remote_id="cosyvoice-v3.5-plus-desk-1", name="desk",
                    target_model="cosyvoice-v3.5-plus", status="pending", status_raw="DEPLOYING"))
    store.add(Voice(provider="sambert", remote_id="sambert-read-v1-ft-1", name="read",
                    target_model="sambert-read-v1-ft-1", status="ready", status_raw="SUCCEEDED"))
    store.add(Voice(provider="tencent-vrs", remote_id="WCHN-1", name="复刻", status="ready", status_raw="deployed"))
    store.add(Voice(provider="local", remote_id="lv-0a1b2c3d", name="offline", target_model="local", status="ready"))
    store.add(Job(provider="sambert", remote_id="ft-1", status="succeeded", model_name="sambert-read-v1-ft-1"))
    page = _page(qtbot, services)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    rows = {n: _row_texts(page, n) for n in ("desk", "read", "复刻", "offline")}
    assert rows["desk"] == {COL_MODEL: "cosyvoice-v3.5-plus", COL_STATUS: "pending"}
    assert rows["read"] == {COL_MODEL: "its own trained model", COL_STATUS: "ready"}
    assert rows["复刻"] == {COL_MODEL: "—", COL_STATUS: "ready"}
    assert rows["offline"] == {COL_MODEL: "—", COL_STATUS: "ready"}
    _read(page, "en", allow=("desk", "read", "复刻", "offline"))


def _filled_design_dialog(qtbot: QtBot, services: Services) -> DesignVoiceDialog:
    """The design dialog on screen with a name, a description and a preview line typed in."""
    dialog = DesignVoiceDialog(services.library.design, ["cosyvoice"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("calm")
    dialog.prompt.setPlainText(PROMPT)
    dialog.preview.setPlainText(PREVIEW)
    return dialog
