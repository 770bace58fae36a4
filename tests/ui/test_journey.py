"""The first-time flow through the real main window, read as a person reads it, in English and in Chinese.

Record a take (a fake microphone delivering real speech) → name it → validate → fix → clone with the
offline engine → rename the voice and tag it in the Library → audition it → export the audition and the
library. After every step the text of every visible widget and model cell is collected and must hold
nothing internal (codes, long floats, our file names, provider keys, untranslated strings) and nothing
stale (a name the user just changed, still shown the old way).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile
from PySide6.QtWidgets import QApplication, QComboBox, QDialog
from pytestqt.qtbot import QtBot

from studio.i18n import translations_dir
from studio.library.models import Sample, Take, Voice
from studio.services.hub import Services
from studio.ui.dialogs.clone_dialog import CloneDialog
from studio.ui.main_window import MainWindow
from studio.ui.translations import Translations
from studio.workspace import Workspace
from tests.fakes.audio_stream import FakeStreamFactory
from tests.ui.screen_text import internal, screen, texts_of

RATE = 48000
pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng makes the speech")


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    """About 14 s of read English at 48 kHz, peaking at −6 dBFS, with room noise and quiet edges."""
    raw = tmp_path_factory.mktemp("journey") / "raw.wav"
    text = ("The quick brown fox jumps over the lazy dog while the morning sun climbs above the quiet river. "
            "A small boat drifts slowly towards the old stone bridge near the village market.")
    subprocess.run(["espeak-ng", "-w", str(raw), "-v", "en", "-s", "140", text], check=True)
    x, rate = soundfile.read(raw, dtype="float32")
    t = np.arange(int(len(x) * RATE / rate)) / RATE
    y = np.interp(t, np.arange(len(x)) / rate, x).astype(np.float32)
    y = 0.5 * y / np.max(np.abs(y))
    pad = np.zeros(int(0.7 * RATE), np.float32)
    out = np.concatenate([pad, y, pad])
    return out + 0.0003 * np.random.default_rng(3).standard_normal(out.size).astype(np.float32)


@pytest.fixture
def fake_audio() -> FakeStreamFactory:
    """A fake microphone the test speaks into, and a fake sound card that plays 200× faster than real time."""
    return FakeStreamFactory(realtime=200.0)


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param != "en" and not (translations_dir() / "studio_zh_CN.qm").exists():
        pytest.skip("translations not built (python -m studio.i18n build)")
    app = QApplication.instance()
    assert app is not None
    translations = Translations(app)  # type: ignore[arg-type]
    translations.install(request.param)
    yield request.param
    translations.install("en")


@pytest.fixture
def window(qtbot: QtBot, lang: str, fake_audio: FakeStreamFactory) -> Iterator[MainWindow]:
    services = Services.for_tests(Workspace(), stream_factory=fake_audio)
    services.workspace.settings.set("general.language", lang)
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(1024, 640)
    w.show()
    yield w
    w.close()
    services.shutdown()


class Journey:
    """The steps a person takes, and a look at the screen after each."""

    def __init__(self, window: MainWindow, qtbot: QtBot, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.w, self.qtbot, self.lang, self.mp = window, qtbot, lang, monkeypatch
        self.services = window.services
        self.typed: list[str] = []  # what the user typed: shown back as it was typed
        self.looked = 0

    def look(self, step: str, *, gone: tuple[str, ...] = ()) -> str:
        QApplication.processEvents()
        seen = screen(self.w)
        problems = internal(seen, self.lang, allow=self.typed)
        text = texts_of(seen)
        problems += [f"stale: {old!r} still shown" for old in gone if old and old in text]
        assert not problems, f"after {step} ({self.lang}):\n" + "\n".join(problems)
        self.looked += 1
        return text

    def answer(self, text: str | None = None) -> dict[str, Any]:
        """The next text-input dialog is answered with `text` (None: accept what it proposes)."""
        asked: dict[str, Any] = {}

        def get_text(_parent: object, title: str, label: str, *args: Any, **kwargs: Any) -> tuple[str, bool]:
            asked.update(title=title, label=label, proposed=kwargs.get("text", args[1] if len(args) > 1 else ""))
            return (asked["proposed"] if text is None else text), True

        def clone_dialog(dialog: CloneDialog) -> int:  # the clone dialog: read as shown, then answered
            dialog.show()
            problems = internal(screen(dialog), self.lang, allow=self.typed)
            assert not problems, "the clone dialog:\n" + "\n".join(problems)
            asked.update(title=dialog.windowTitle(), proposed=dialog.voice_name())
            if text is not None:
                dialog.name.setText(text)
            return QDialog.DialogCode.Accepted

        self.mp.setattr("PySide6.QtWidgets.QInputDialog.getText", get_text)
        self.mp.setattr(CloneDialog, "exec", clone_dialog)
        return asked


def test_first_time_flow_reads_right_at_every_step(window: MainWindow, qtbot: QtBot, lang: str,
                                                    fake_audio: FakeStreamFactory, speech: np.ndarray,
                                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    j = Journey(window, qtbot, lang, monkeypatch)
    store = window.services.workspace.store
    j.look("start")

    # 1. record a take with the microphone, then give it a name
    record: Any = window.show_page("record")
    qtbot.waitUntil(lambda: window.services.capture.is_open, timeout=5000)
    j.look("opening the microphone")
    record.record_button.click()
    step = RATE // 2  # the microphone delivers half a second at a time, as the writer keeps up
    for start in range(0, len(speech), step):
        fake_audio.input.push(speech[start:start + step])
        qtbot.waitUntil(lambda s=start: window.services.capture.read_meter().take_seconds
                        >= (s + min(step, len(speech) - s)) / RATE - 0.05, timeout=5000)
    record.record_button.click()
    qtbot.waitUntil(lambda: record.takes.model.rowCount() == 1, timeout=10000)
    default_name = store.takes()[0].name
    j.look("recording a take")
    j.typed.append("Desk reading 1")
    j.answer("Desk reading 1")
    record.takes.select_take(store.takes()[0].id)
    record.takes.rename_button.click()
    assert store.takes()[0].name == "Desk reading 1"
    j.look("renaming the take", gone=(default_name,))

    # 2. validate it
    validate: Any = window.pages["validate"]
    with qtbot.waitSignal(window.services.validation.analyzed, timeout=60000):
        record.takes.validate_button.click()
    assert window.current_page_id() == "validate" and validate.source.currentText() == "Desk reading 1"
    assert validate.outcome.report is not None
    j.look("validating", gone=(default_name,))

    # 3. fix it: a new sample named after the take (or, if nothing needed trimming, a reason and no file)
    samples_before = store.count(Sample)
    results: list[str] = []
    window.services.validation.fixed.connect(lambda s: results.append(s.label))
    window.services.validation.fix_unchanged.connect(lambda u: results.append(""))
    assert validate.fix_buttons["trim"].isEnabled(), validate.fix_buttons["trim"].toolTip()
    validate.fix_buttons["trim"].click()
    qtbot.waitUntil(lambda: bool(results) or window.errors.shown, timeout=60000)
    assert not window.errors.shown
    qtbot.waitUntil(lambda: validate.outcome is not None and not validate.progress.isVisible(), timeout=60000)
    if results[0]:
        sample = store.all(Sample)[-1]
        assert sample.name == results[0] and sample.name.startswith("Desk reading 1 — ")
        assert validate.source.currentText() == sample.name
        subject_name = sample.name
    else:
        assert store.count(Sample) == samples_before and validate.status.text()
        subject_name = "Desk reading 1"
    j.typed.append(subject_name)
    j.look("fixing")

    # 4. clone with the offline engine: the dialog proposes the sample's name
    asked = j.answer(None)
    with qtbot.waitSignal(window.services.validation.enrolled, timeout=120000) as enrolled:
        validate.clone_buttons["local"].click()
    voice: Voice = enrolled.args[0]
    assert asked["proposed"] == subject_name and voice.name == subject_name
    j.look("cloning offline")

    # 5. rename and tag the voice in the Library: every view shows the new name at once
    library: Any = window.show_page("library")
    qtbot.waitUntil(lambda: library.model.row_of(voice.id) is not None, timeout=10000)
    assert library.select_voice(voice.id)
    source_col = library.model.index(library.model.row_of(voice.id), 7)
    assert library.model.data(source_col) == subject_name  # cloned from: the sample, by its name
    j.typed.extend(["Desk voice", "warm"])
    library.detail.name.setText("Desk voice")
    library.detail.tags.setText("warm")
    with qtbot.waitSignal(library.proxy.dataChanged, timeout=5000):
        library.detail.save_button.click()
    names = [library.proxy.data(library.proxy.index(r, 0)) for r in range(library.proxy.rowCount())]
    assert names == ["Desk voice"]
    library.search.setText("warm")
    assert library.proxy.rowCount() == 1
    library.search.clear()
    j.look("editing the voice")

    # 6. audition it: the Playground and its history name the voice as it is now called
    playground: Any = window.pages["playground"]
    library.detail.audition_button.click()
    qtbot.waitUntil(lambda: playground.current_choice() is not None
                    and playground.current_choice().voice == voice.remote_id, timeout=20000)
    assert window.current_page_id() == "playground"
    combo: QComboBox = playground.voice_combo
    assert "Desk voice" in combo.currentText()
    assert not any(subject_name in combo.itemText(i) for i in range(combo.count()))  # the old name is gone
    playground.text.setPlainText("Hello, this is my voice.")
    j.typed.append("Hello, this is my voice.")
    with qtbot.waitSignal(window.services.audition.finished, timeout=120000):
        playground.synth_button.click()
    rows = playground.history.rows()
    assert rows and "Desk voice" in rows[0][1] and voice.remote_id not in rows[0][1]
    j.look("auditioning")

    # 7. export the audition and the library, each confirmed with a way to the folder
    out = tmp_path / "exported.wav"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    playground.history.list.setCurrentRow(0)
    with qtbot.waitSignal(window.services.audition.exported, timeout=30000):
        playground.history.export_button.click()
    assert out.exists() and window.notices.isVisible() and window.notices.action_button.isVisible()
    j.look("exporting the audition")
    folder = tmp_path / "library-export"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(folder))
    window.show_page("library")
    with qtbot.waitSignal(window.services.library.exported, timeout=30000):
        library.export_button.click()
    assert (folder / "manifest.json").exists() and window.notices.action_button.isVisible()
    j.look("exporting the library")

    # every pane once more, as it is now
    for page_id in window.pages:
        window.show_page(page_id)
        qtbot.wait(50)
        j.look(f"visiting {page_id}", gone=(default_name,))
    assert j.looked == 16
    assert store.count(Take) == 1 and store.count(Voice) == 1


def test_the_screen_check_finds_what_users_saw() -> None:
    """The texts users reported, fed to the same check: each is caught; their fixed forms pass."""
    from tests.ui.screen_text import Seen

    reported = ["too_loud", "Fix: normalize / dataset / best_window", "Measured −0.6273748809935525 dBTP",
                "16.080000000000002 s", "Source: specs/providers-and-samples.md §3", "(provider: cosyvoice)",
                "Cloning on local…", "1 task(s) running", "Voice %1 is ready"]
    problems = internal([Seen("QLabel#report", text) for text in reported], "en")
    caught = {p.split(" in ")[-1] for p in problems}
    assert caught == {repr(t) for t in reported}, problems
    fine = ["Too loud", "Measured −0.6 dBTP; the limit is −1.0 dBTP.", "16.1 s", "1 background task",
            "From: Microsoft Azure AI Speech: Recording voice samples for custom voice", "Cloning on Offline engine…"]
    assert internal([Seen("QLabel#ok", text) for text in fine], "en") == []
    assert internal([Seen("QPushButton#b", "Trim edges")], "zh_CN")  # English left in a Chinese screen
    assert internal([Seen("QPushButton#b", "裁剪首尾")], "zh_CN") == []
