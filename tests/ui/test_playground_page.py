from __future__ import annotations

from pathlib import Path

import pytest
import soundfile
from pytestqt.qtbot import QtBot

from studio.library.models import Audition
from studio.services.hub import Services
from studio.ui.pages.playground import PlaygroundPage
from tests.fakes.audio_stream import FakeStreamFactory


@pytest.fixture
def fake_audio() -> FakeStreamFactory:
    return FakeStreamFactory(realtime=200.0)  # the fake device drains output 200× faster than real time


def _page(qtbot: QtBot, services: Services) -> PlaygroundPage:
    page = PlaygroundPage(services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.voice_combo.count() > 0, timeout=20000)
    return page


def test_offline_stock_voice_synthesizes_streams_and_caches(qtbot: QtBot, services: Services,
                                                            fake_audio: FakeStreamFactory) -> None:
    page = _page(qtbot, services)
    choice = page.current_choice()
    assert choice is not None and choice.provider == "local" and choice.stock
    assert "Offline preview voice" in page.voice_note.text()
    page.text.setPlainText("Hello from the studio. This is a second sentence.")
    assert "characters" in page.counter.text()
    with qtbot.waitSignal(page.audition.finished, timeout=60000) as blocker:
        page.synth_button.click()
    audition: Audition = blocker.args[0]
    assert audition.duration_s > 1.0 and audition.first_audio_s is not None
    data, rate = soundfile.read(audition.audio_path)
    assert rate == 24000 and len(data) / rate == pytest.approx(audition.duration_s, abs=0.05)
    assert fake_audio.outputs and fake_audio.outputs[-1].played, "playback started while audio arrived"
    assert page.history.list.count() == 1
    # the same request again is served from the cache: no new audio file, same audition
    with qtbot.waitSignal(page.audition.finished, timeout=30000) as again:
        page.synth_button.click()
    assert again.args[0].id == audition.id
    assert services.workspace.store.count(Audition) == 1


def test_counter_counts_like_the_provider(qtbot: QtBot, services: Services) -> None:
    from studio.services.audition import VoiceChoice

    page = _page(qtbot, services)
    page._fill_voices([VoiceChoice("cosyvoice", "longxiaochun_v2", "Long Xiaochun", stock=True),
                       VoiceChoice("tencent", "default", "default", stock=True)])
    page.voice_combo.setCurrentIndex(0)
    page.text.setPlainText("你好ab")
    assert page.counter.text().startswith("6 characters")
    page.voice_combo.setCurrentIndex(1)
    page.text.setPlainText("x" * 600)
    assert "600 characters" in page.counter.text() and "2 requests" in page.counter.text()
    assert not page.instruction.isEnabled()


def test_parameters_are_remembered_per_voice(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    choice = page.current_choice()
    assert choice is not None
    page.volume.setValue(80)
    page.speed.setValue(1.3)
    page.audition.remember(choice, page.params())
    page.volume.setValue(10)
    page._voice_changed()
    assert page.volume.value() == 80 and page.speed.value() == pytest.approx(1.3)


def test_batch_writes_one_file_per_line_and_resumes(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    page = _page(qtbot, services)
    choice = page.current_choice()
    assert choice is not None
    out = tmp_path / "batch"
    handle = page.audition.batch(choice, ["First line.", "", "Second line."], out, page.params())
    assert (handle.result.done, handle.result.skipped, handle.result.total) == (2, 0, 2)
    assert sorted(p.name for p in out.glob("*.wav")) == ["0001.wav", "0002.wav"]
    (out / "0002.wav").unlink()
    again = page.audition.batch(choice, ["First line.", "Second line."], out, page.params())
    assert (again.result.done, again.result.skipped, again.result.total) == (1, 1, 2)
