"""The panes against the cloud emulators: enroll on CosyVoice from Validate and watch its status settle
in the Library; stream a CosyVoice stock voice in the Playground; speak a take in a Tencent voice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from studio.library.models import Audition, Take, Voice
from studio.services.audition import VoiceChoice
from studio.services.hub import Services
from studio.ui.dialogs.clone_dialog import CloneDialog
from studio.ui.pages.library import LibraryPage
from studio.ui.pages.playground import PlaygroundPage
from studio.ui.pages.validate import ValidatePage
from tests.emulators.dashscope import DashScopeEmulator
from tests.emulators.tencent import stack
from tests.fakes.audio_stream import FakeStreamFactory


@pytest.fixture
def fake_audio() -> FakeStreamFactory:
    return FakeStreamFactory(realtime=200.0)


@pytest.fixture
def cosy(monkeypatch: pytest.MonkeyPatch) -> Iterator[DashScopeEmulator]:
    with DashScopeEmulator() as emu:
        emu.state.deploy_delay = 0.3
        monkeypatch.setenv("DASHSCOPE_API_KEY", emu.api_key)
        monkeypatch.setenv("DASHSCOPE_HTTP_BASE_URL", emu.http_base)
        monkeypatch.setenv("DASHSCOPE_WEBSOCKET_BASE_URL", emu.ws_base)
        yield emu


@pytest.fixture
def take_file(english_take: Path) -> Path:
    return english_take


def test_enroll_on_cosyvoice_from_validate_then_status_settles(qtbot: QtBot, services: Services,
                                                                cosy: DashScopeEmulator, take_file: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    store = services.workspace.store
    take = store.add(Take(name="desk", path=str(take_file), duration_s=15.0))
    validate = ValidatePage(services)
    library = LibraryPage(services)
    qtbot.addWidget(validate)
    qtbot.addWidget(library)
    with qtbot.waitSignal(validate.validation.analyzed, timeout=60000):
        validate.validate_take(take)
    assert validate.clone_buttons["cosyvoice"].isEnabled(), validate.outcome.verdicts["cosyvoice"]  # type: ignore[union-attr]
    def accept(dialog: CloneDialog) -> int:
        dialog.name.setText("desk")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CloneDialog, "exec", accept)
    with qtbot.waitSignal(validate.validation.enrolled, timeout=60000) as blocker:
        validate.clone_buttons["cosyvoice"].click()
    voice: Voice = blocker.args[0]
    assert voice.provider == "cosyvoice" and voice.remote_id.startswith("cosyvoice-v3.5-plus-desk-")  # the default target model
    assert voice.status == "pending" and voice.status_raw == "DEPLOYING"  # under review at first
    assert voice.take_id == take.id
    assert voice.extra.get("sample_source") == "temporary_upload"  # the public-URL problem, solved
    qtbot.waitUntil(lambda: library.model.rowCount() == 1, timeout=5000)

    def settled() -> bool:  # the poller's next turn, now (its timer would wait 5–10 s)
        library.library.poll_pending()
        return store.voice_by_remote("cosyvoice", voice.remote_id).status == "ready"  # type: ignore[union-attr]

    qtbot.waitUntil(settled, timeout=10000)


def test_playground_streams_a_cosyvoice_stock_voice(qtbot: QtBot, services: Services, cosy: DashScopeEmulator,
                                                    fake_audio: FakeStreamFactory) -> None:
    page = PlaygroundPage(services)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: any(c.provider == "cosyvoice" for c in page.choices), timeout=30000)
    index = next(i for i, c in enumerate(page.choices) if c.provider == "cosyvoice" and c.stock)
    page.voice_combo.setCurrentIndex(index)
    page.text.setPlainText("你好，这是一段流式合成的试听。")
    assert page.counter.text().startswith("28 characters")  # 13 Chinese characters count 2, punctuation 1
    with qtbot.waitSignal(page.audition.finished, timeout=60000) as blocker:
        page.synth_button.click()
    audition: Audition = blocker.args[0]
    assert audition.provider == "cosyvoice" and audition.duration_s > 0.5
    assert audition.first_audio_s is not None and audition.cost > 0
    assert fake_audio.outputs[-1].played  # playback was fed while frames arrived
    sent = cosy.state.tasks[-1]["parameters"]
    assert sent["format"] == "pcm" and sent["voice"] == page.choices[index].voice


def test_playground_speaks_a_take_in_a_tencent_voice(qtbot: QtBot, services: Services, take_file: Path,
                                                     tmp_path: Path) -> None:
    store = services.workspace.store
    store.add(Take(name="read line", path=str(take_file), duration_s=15.0))
    with stack(tmp_path) as st:
        services.workspace._providers["tencent"] = st.provider()
        page = PlaygroundPage(services)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: any(c.provider == "tencent" for c in page.choices), timeout=30000)
        index = next(i for i, c in enumerate(page.choices) if c.provider == "tencent")
        page.voice_combo.setCurrentIndex(index)
        assert page.choices[index].converts and page.source.count() == 2
        page.source.setCurrentIndex(1)
        assert not page.text.isEnabled()
        with qtbot.waitSignal(page.audition.finished, timeout=60000) as blocker:
            page.synth_button.click()
        audition: Audition = blocker.args[0]
        assert audition.provider == "tencent" and audition.duration_s > 0.5
        assert "source" in audition.params or Path(audition.audio_path).exists()


def test_voice_choice_marks_conversion_only_where_supported() -> None:
    assert not VoiceChoice("local", "stock-base", "Base").converts
