"""The Playground with what providers declare beyond plain text, driven against the DashScope emulator:
stock voices named by gender and language and filtered to find one, the SSML switch (where the voice
takes SSML, counted as billed, refused in the pane when malformed), the word being heard lit during
playback (and on a replay from the history), and subtitles exported and read back."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio import catalog, subtitles
from studio.i18n import translations_dir
from studio.library.models import Audition
from studio.providers.base import Capability, RemoteVoice, VoiceStatus
from studio.services.audition import AuditionService
from studio.services.hub import Services
from studio.ui.pages.playground import PlaygroundPage
from studio.ui.translations import Translations
from tests.emulators.dashscope import DashScopeEmulator
from tests.fakes.audio_stream import FakeStreamFactory
from tests.ui.screen_text import internal, screen

SPOKEN = "你好，这是一段流式合成的试听。"


@pytest.fixture
def fake_audio() -> FakeStreamFactory:
    return FakeStreamFactory(realtime=200.0)


def _page(qtbot: QtBot, services: Services, provider: str = "") -> PlaygroundPage:
    page = PlaygroundPage(services)
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    qtbot.waitUntil(lambda: any(c.provider == (provider or "local") for c in page.choices), timeout=30000)
    return page


def _choose(page: PlaygroundPage, provider: str, voice: str, model: str = "") -> None:
    assert page.chooser.choose(lambda c: c.provider == provider and c.voice == voice
                               and (not model or c.model == model)), voice
    chosen = page.current_choice()
    assert chosen is not None and chosen.voice == voice


def _synthesize(qtbot: QtBot, page: PlaygroundPage, text: str) -> Audition:
    page.text.setPlainText(text)
    with qtbot.waitSignal(page.audition.finished, timeout=60000) as blocker:
        page.synth_button.click()
    audition: Audition = blocker.args[0]
    return audition


def test_stock_voices_say_gender_and_language_and_filter_to_a_chinese_female_voice(
        qtbot: QtBot, services: Services, dashscope_env: DashScopeEmulator) -> None:
    page = _page(qtbot, services, "cosyvoice")
    items = [page.voice_combo.itemText(i) for i in range(page.voice_combo.count())]
    longwan = next(t for t in items if t.startswith("龙婉 Long Wan (cosyvoice-v2)"))
    assert "female voice · Chinese, English" in longwan and longwan.endswith("DashScope CosyVoice")
    assert any("male voice · Cantonese, English" in t for t in items)
    assert not any(re.search(r"\b(female|male|zh|yue)\b(?! voice)", t) for t in items)  # no codes on screen
    assert page.chooser.filters.isVisible()
    page.chooser.language_filter.setCurrentIndex(page.chooser.language_filter.findText("Chinese"))
    page.chooser.gender_filter.setCurrentIndex(page.chooser.gender_filter.findText("female voice"))
    shown = [page.choices[page.voice_combo.itemData(i)] for i in range(page.voice_combo.count())]
    assert len(shown) >= 8 and all(c.stock and "zh" in c.languages and c.gender == "female" for c in shown)
    assert all("female voice" in page.voice_combo.itemText(i) for i in range(page.voice_combo.count()))
    chosen = page.current_choice()
    assert chosen is not None and chosen.gender == "female" and "zh" in chosen.languages
    page.chooser.language_filter.setCurrentIndex(page.chooser.language_filter.findText("Korean"))
    assert page.voice_combo.count() == 1 and "Korean" in page.voice_combo.currentText()
    page.select_voice("local", page.choices[0].voice)  # asked for from elsewhere: the filters step aside
    qtbot.waitUntil(lambda: getattr(page.current_choice(), "provider", "") == "local", timeout=10000)
    assert page.chooser.language_filter.currentIndex() == 0 and page.chooser.gender_filter.currentIndex() == 0
    assert internal(screen(page), "en") == []


def test_stock_voices_read_right_in_chinese(qtbot: QtBot, services: Services, dashscope_env: DashScopeEmulator,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    if not (translations_dir() / "studio_zh_CN.qm").exists():
        pytest.skip("translations not built (python -m studio.i18n build)")
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.install("zh_CN")
    services.workspace.settings.set("general.language", "zh_CN")
    try:
        page = _page(qtbot, services, "cosyvoice")
        _choose(page, "cosyvoice", "longjiaxin_v3")
        assert "龙嘉欣 Long Jiaxin — 女声 · 粤语、英文 — " in page.voice_combo.currentText()
        assert page.chooser.language_filter.itemText(0) == "任意语言"
        assert page.chooser.gender_filter.findText("男声") > 0
        assert page.ssml.toolTip().startswith("将文本作为一个 SSML 文档")
        page.text.setPlainText(SPOKEN)
        _play_at(monkeypatch, page, -1.0)
        assert internal(screen(page), "zh_CN") == []
        local = next(i for i, c in enumerate(page.choices) if c.provider == "local")
        page.chooser.language_filter.setCurrentIndex(0)
        page.chooser.gender_filter.setCurrentIndex(0)
        page.voice_combo.setCurrentIndex(page.voice_combo.findData(local))
        assert page.ssml.toolTip() == "离线引擎不支持 SSML，文本将按原样朗读"
    finally:
        translations.install("en")


def test_stock_voices_come_only_from_providers_that_declare_them(qtbot: QtBot, services: Services) -> None:
    without = next(s for s in catalog.specs() if not s.can(Capability.STOCK_VOICES))

    class Offers:  # a provider that would offer voices its spec does not declare
        spec = without

        def is_configured(self) -> bool:
            return True

        def stock_voices(self) -> list[RemoteVoice]:
            return [RemoteVoice(without.name, "undeclared", "Undeclared", status=VoiceStatus.READY, stock=True)]

        def close(self) -> None:
            pass

    services.workspace._providers[without.name] = Offers()  # type: ignore[assignment]
    page = _page(qtbot, services)
    assert page.choices and all(catalog.spec(c.provider).can(Capability.STOCK_VOICES) for c in page.choices
                                if c.stock)
    assert not any(c.voice == "undeclared" for c in page.choices)


def test_ssml_switch_is_off_for_the_offline_engine_and_says_why(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    choice = page.current_choice()
    assert choice is not None and choice.provider == "local"
    assert not page.ssml.isEnabled()
    assert page.ssml.toolTip() == "Offline engine takes no SSML; the text is read as written"
    page.ssml.setChecked(True)  # a switch left on from another voice changes nothing here
    page.text.setPlainText("<speak>Hello</speak>")
    assert page.counter.text().startswith("20 characters") and not page.problem.isVisible()


def test_ssml_is_sent_whole_with_enable_ssml_and_counted_without_its_tags(
        qtbot: QtBot, services: Services, dashscope_env: DashScopeEmulator) -> None:
    page = _page(qtbot, services, "cosyvoice")
    _choose(page, "cosyvoice", "longxiaochun_v2")
    assert page.ssml.isEnabled() and "not billed" in page.ssml.toolTip()
    document = '<speak>你好，<break time="300ms"/>世界。</speak>'
    page.text.setPlainText(document)
    assert page.counter.text().startswith(f"{len(document) + 4} characters")  # tags read, and billed, as text
    page.ssml.setChecked(True)
    assert page.counter.text().startswith("10 characters (a Chinese character counts 2), tags not counted")
    audition = _synthesize(qtbot, page, document)
    sent = dashscope_env.state.tasks[-1]["parameters"]
    assert sent["enable_ssml"] is True and sent["word_timestamp_enabled"] is True
    assert audition.params.get("ssml") is True and audition.characters == 10
    assert page.spoken.view.toPlainText() == "你好， 世界。"  # what is spoken, markup gone
    # a voice whose model takes no SSML: the switch goes off and says why
    _choose(page, "cosyvoice", "longwan", "cosyvoice-v1")
    assert not page.ssml.isEnabled() and page.ssml.toolTip() == "This voice takes no SSML; its text is read as written"


def test_malformed_ssml_is_refused_in_the_pane_before_anything_is_sent(
        qtbot: QtBot, services: Services, dashscope_env: DashScopeEmulator) -> None:
    page = _page(qtbot, services, "cosyvoice")
    _choose(page, "cosyvoice", "longxiaochun_v2")
    page.ssml.setChecked(True)
    page.text.setPlainText("<speak>你好<break time='1s'></speak>")
    assert page.problem.isVisible() and page.problem.text().startswith("The SSML is not well-formed XML (line 1,")
    assert not page.synth_button.isEnabled() and page.synth_button.toolTip().startswith("Fix the text first:")
    reported: list[Any] = []
    services.error_reported.connect(reported.append)
    page.synthesize()  # even when asked directly (a shortcut), nothing goes out
    assert dashscope_env.state.tasks == [] and reported == [] and not page.progress.isVisible()
    page.text.setPlainText("<p>你好</p>")
    assert page.problem.text() == "An SSML document is one <speak> element, not <p>."
    services.workspace.settings.set("general.language", "zh_CN")
    page.text.setPlainText("<speak>你好<break time='1s'></speak>")
    assert page.problem.text().startswith("SSML 不是格式正确的 XML（第 1 行")
    page.ssml.setChecked(False)  # the same text as plain text is simply read out
    assert not page.problem.isVisible() and page.synth_button.isEnabled()


def _play_at(monkeypatch: pytest.MonkeyPatch, page: PlaygroundPage, seconds: float) -> None:
    """The play position the pane reads on its cursor timer's next tick, and that tick."""
    monkeypatch.setattr(AuditionService, "is_playing", property(lambda self: True))
    monkeypatch.setattr(AuditionService, "position_s", property(lambda self: seconds))
    page._move_cursor()


def test_the_word_being_heard_is_lit_and_again_on_a_replay_from_the_history(
        qtbot: QtBot, services: Services, dashscope_env: DashScopeEmulator,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, services, "cosyvoice")
    _choose(page, "cosyvoice", "longxiaochun_v2")
    audition = _synthesize(qtbot, page, SPOKEN)
    assert dashscope_env.state.tasks[-1]["parameters"]["word_timestamp_enabled"] is True
    words = [s["text"] for s in audition.spans]
    assert "".join(words) == "你好这是一段流式合成的试听" and page.spoken.view.toPlainText() == SPOKEN
    fifth = audition.spans[4]
    _play_at(monkeypatch, page, (fifth["begin_s"] + fifth["end_s"]) / 2)
    assert page.spoken.highlighted() == fifth["text"] == "一"
    last = audition.spans[-1]
    _play_at(monkeypatch, page, last["end_s"] - 0.01)
    assert page.spoken.highlighted() == "听"
    _play_at(monkeypatch, page, audition.spans[0]["begin_s"] - 0.01 if audition.spans[0]["begin_s"] > 0.01
             else last["end_s"] + 1.0)
    assert page.spoken.highlighted() == ""  # before the first word or after the last, nothing is lit
    monkeypatch.undo()

    # a fresh pane: the history's latest audition is shown with its stored timings
    again = _page(qtbot, services, "cosyvoice")
    assert again.last is not None and again.last.id == audition.id
    assert again.spoken.view.toPlainText() == SPOKEN and again.spoken.export_button.isEnabled()
    _play_at(monkeypatch, again, (fifth["begin_s"] + fifth["end_s"]) / 2)
    assert again.spoken.highlighted() == "一"


def test_the_lit_word_follows_real_playback(qtbot: QtBot, dashscope_env: DashScopeEmulator) -> None:
    from studio.workspace import Workspace

    services = Services.for_tests(Workspace(), stream_factory=FakeStreamFactory(realtime=1.0))
    try:
        page = _page(qtbot, services, "cosyvoice")
        _choose(page, "cosyvoice", "longxiaochun_v2")
        audition = _synthesize(qtbot, page, SPOKEN)
        page.replay()
        seen: set[str] = set()

        def lit_several() -> bool:
            if page.spoken.highlighted():
                seen.add(page.spoken.highlighted())
            return len(seen) >= 3

        qtbot.waitUntil(lit_several, timeout=max(5000, int(audition.duration_s * 2000)))
        assert seen <= {s["text"] for s in audition.spans}
        page.stop()
        qtbot.waitUntil(lambda: page.spoken.highlighted() == "", timeout=5000)
    finally:
        services.shutdown()


def test_subtitles_export_as_srt_and_vtt_the_same_as_the_command_line(
        qtbot: QtBot, services: Services, dashscope_env: DashScopeEmulator, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, services, "cosyvoice")
    _choose(page, "cosyvoice", "longxiaochun_v2")
    audition = _synthesize(qtbot, page, SPOKEN)
    notices: list[tuple[str, Any]] = []
    monkeypatch.setattr(services, "notify", lambda text, kind=None, **kw: notices.append((text, kw)))
    for name, filter_index in (("words.srt", 0), ("words", 1)):  # a name without a type takes the filter's
        def save(*args: Any, _n: str = name, _f: int = filter_index, **kw: Any) -> tuple[str, str]:
            return str(tmp_path / _n), str(args[3]).split(";;")[_f]

        monkeypatch.setattr("studio.ui.pages.playground.QFileDialog.getSaveFileName", save)
        assert page.spoken.export_button.isEnabled()
        with qtbot.waitSignal(services.audition.exported, timeout=30000):
            page.spoken.export_button.click()
    srt = (tmp_path / "words.srt").read_text(encoding="utf-8")
    vtt = (tmp_path / "words.vtt").read_text(encoding="utf-8")
    assert srt == subtitles.to_srt(subtitles.spans_from(audition.spans))  # what `synth --subtitles` writes
    cues = re.findall(r"(\d+)\n(\d\d:\d\d:\d\d,\d\d\d) --> (\d\d:\d\d:\d\d,\d\d\d)\n(.+)\n", srt)
    assert [int(c[0]) for c in cues] == list(range(1, len(cues) + 1))
    assert "".join(c[3] for c in cues) == "你好这是一段流式合成的试听"

    def secs(clock: str) -> float:
        h, m, s = clock.replace(",", ".").split(":")
        return int(h) * 3600 + int(m) * 60 + float(s)

    assert secs(cues[0][1]) == pytest.approx(audition.spans[0]["begin_s"], abs=0.001)
    assert secs(cues[-1][2]) == pytest.approx(audition.spans[-1]["end_s"], abs=0.001)
    assert secs(cues[-1][2]) <= audition.duration_s + 0.05
    assert vtt.startswith("WEBVTT\n\n") and f"{cues[0][1].replace(',', '.')} --> " in vtt
    assert [t for t, _ in notices] == ["Exported “words.srt”.", "Exported “words.vtt”."]
    assert all(kw.get("action_text") == "Open folder" for _, kw in notices)


def test_subtitles_export_is_off_and_says_why_without_word_timings(
        qtbot: QtBot, services: Services, dashscope_env: DashScopeEmulator) -> None:
    page = _page(qtbot, services, "cosyvoice")
    assert not page.spoken.export_button.isEnabled()
    _choose(page, "cosyvoice", "longwan", "cosyvoice-v1")  # its model gives no word timings
    audition = _synthesize(qtbot, page, SPOKEN)
    assert "word_timestamp_enabled" not in dashscope_env.state.tasks[-1]["parameters"]
    assert audition.spans == [] and page.spoken.view.toPlainText() == SPOKEN
    assert not page.spoken.export_button.isEnabled()
    assert page.spoken.export_button.toolTip().startswith("This audition has no word timings")
