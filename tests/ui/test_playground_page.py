from __future__ import annotations

from pathlib import Path

import numpy as np
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
    assert page.options is None or "instruction" not in page.options.inputs  # only where the provider takes one
    page.voice_combo.setCurrentIndex(0)
    assert page.options is not None and "instruction" in page.options.inputs


def test_parameters_are_remembered_per_voice(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    choice = page.current_choice()
    assert choice is not None
    assert page.options is not None
    volume, speed = page.options.inputs["volume"], page.options.inputs["rate"]
    volume.setValue(80)  # type: ignore[attr-defined]
    speed.setValue(1.3)  # type: ignore[attr-defined]
    page.audition.remember(choice, page.params())
    volume.setValue(10)  # type: ignore[attr-defined]
    page._voice_changed()
    assert volume.value() == 80 and speed.value() == pytest.approx(1.3)  # type: ignore[attr-defined]


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


def test_synthesize_is_off_without_text_and_says_why(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    page.text.setPlainText("   ")
    assert not page.synth_button.isEnabled() and "Type some text" in page.synth_button.toolTip()
    page.text.setPlainText("Hello.")
    assert page.synth_button.isEnabled()
    assert not page.history.ab_button.isEnabled() and "Select two" in page.history.ab_button.toolTip()


def test_a_repeat_is_labelled_as_answered_from_the_cache(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    page.text.setPlainText("Cached words.")
    with qtbot.waitSignal(page.audition.finished, timeout=60000):
        page.synth_button.click()
    assert "cache" not in page.stats.text()
    with qtbot.waitSignal(page.audition.finished, timeout=30000):
        page.synth_button.click()
    assert "Answered from the cache" in page.stats.text() and "Original timings" in page.stats.text()


class SlowStream:
    """A streaming provider that sends a second of audio every 20 ms until cancelled."""

    def __init__(self, base: object) -> None:
        self._base = base

    def __getattr__(self, name: str) -> object:
        return getattr(self._base, name)

    def synthesize(self, request: object, on_chunk: object, cancel: object) -> object:
        import time

        import numpy as np

        for _ in range(600):
            cancel.raise_if_cancelled()  # type: ignore[attr-defined]
            tone = (0.2 * np.sin(np.arange(24000) / 24000 * 2 * np.pi * 200) * 32767).astype("<i2")
            on_chunk(tone.tobytes())  # type: ignore[operator]
            time.sleep(0.02)
        raise AssertionError("not stopped")


def test_stop_during_a_long_synthesis_leaves_nothing_running_on_screen(qtbot: QtBot, fake_audio: FakeStreamFactory,
                                                                       tmp_path: Path) -> None:
    """Item 2: Stop clears "Receiving …" and the busy bar; the waveform shows only the new audio."""
    from studio.services.tasks import TaskRunner
    from studio.workspace import Workspace

    services = Services(Workspace(), TaskRunner(max_workers=2), fake_audio)
    ws = services.workspace
    ws._providers["local"] = SlowStream(ws.provider("local"))  # type: ignore[assignment]
    page = _page(qtbot, services)
    page.waveform.set_samples(np.ones(24000, np.float32), 24000)  # a previous clip on screen
    page.text.setPlainText("A very long text to read.")
    page.synth_button.click()
    assert not page.waveform.has_audio()  # the previous clip is gone at once
    qtbot.waitUntil(lambda: "Receiving" in page.stats.text(), timeout=20000)
    qtbot.waitUntil(lambda: page.waveform.duration_s > 2.0, timeout=20000)
    assert page.progress.isVisible() and page.stop_button.isEnabled()
    with qtbot.waitSignal(page.audition.stopped, timeout=10000):
        page.stop_button.click()
    qtbot.wait(100)  # late reports from the worker are dropped, not shown
    assert not page.progress.isVisible()
    assert "Receiving" not in page.stats.text() and "Stopped after" in page.stats.text()
    assert page.synth_button.isEnabled() and not page.audition.busy
    services.shutdown()


def test_chinese_history_rows_keep_their_detail_line(qtbot: QtBot, services: Services) -> None:
    """Item 12: a Chinese row shows its second line (who spoke, how long, when), sized for CJK glyphs."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

    from studio.i18n import translations_dir
    from studio.ui.translations import Translations

    if not (translations_dir() / "studio_zh_CN.qm").exists():
        pytest.skip("translations not built")
    page = _page(qtbot, services)
    page.text.setPlainText("你好，欢迎使用语音工作室。这是第二句话。")
    with qtbot.waitSignal(page.audition.finished, timeout=60000):
        page.synth_button.click()
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    try:
        translations.install("zh_CN")
        qtbot.waitUntil(lambda: page.history.heading.text() == "历史记录", timeout=3000)
        (title, detail), = page.history.rows()
        assert title.startswith("你好") and "离线引擎" in detail and "秒" in detail
        option = QStyleOptionViewItem()
        option.initFrom(page.history.list)
        height = page.history.list.itemDelegate().sizeHint(option, page.history.list.model().index(0, 0)).height()
        assert height >= 2 * QFontMetrics(page.history.list.font()).boundingRect("汉字").height()
        assert page.history.list.visualItemRect(page.history.list.item(0)).height() == height
    finally:
        translations.install("en")
