from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile
from pytestqt.qtbot import QtBot

from studio.library.models import Sample, Take, Voice
from studio.services.hub import Services
from studio.ui.pages.validate import ValidatePage


@pytest.fixture(scope="module")
def speech_take(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 15 s of espeak-ng speech at 24 kHz with a little room noise."""
    folder = tmp_path_factory.mktemp("speech")
    raw = folder / "raw.wav"
    text = ("The quick brown fox jumps over the lazy dog while the morning sun climbs above the quiet river. "
            "A small boat drifts slowly towards the old stone bridge near the village market, and the baker "
            "opens his door to the first customers of the day.")
    subprocess.run(["espeak-ng", "-w", str(raw), "-v", "en", "-s", "140", text], check=True)
    x, rate = soundfile.read(raw, dtype="float32")
    x = 0.5 * x / np.max(np.abs(x)) + 0.0005 * np.random.default_rng(0).standard_normal(x.size).astype(np.float32)
    pad = np.zeros(int(0.8 * rate), np.float32)
    out = folder / "take.wav"
    soundfile.write(out, np.concatenate([pad, x, pad]), rate, subtype="PCM_16")
    return out


def _page(qtbot: QtBot, services: Services) -> ValidatePage:
    page = ValidatePage(services)
    qtbot.addWidget(page)
    page.show()
    return page


def test_empty_state_until_something_is_chosen(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    assert page.stack.currentIndex() == 0 and page.source.count() == 0


def test_take_gets_a_verdict_per_provider_and_marks(qtbot: QtBot, services: Services, speech_take: Path) -> None:
    store = services.workspace.store
    take = store.add(Take(name="desk", path=str(speech_take), duration_s=15.0))
    page = _page(qtbot, services)
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000):
        page.validate_take(take)
    assert page.stack.currentIndex() == 1
    headers = [page.matrix.horizontalHeaderItem(c).text() for c in range(page.matrix.columnCount())]
    assert len(headers) == 5  # cosyvoice, sambert, tencent train / generate, local
    verdicts = {k: v.verdict for k, v in page.outcome.verdicts.items()}  # type: ignore[union-attr]
    assert verdicts["sambert"] != "pass"  # one 15 s file is a start, not a 20-minute dataset
    assert verdicts["local"] in ("pass", "warn")
    assert page.measures.count() > 10
    assert any(kind == "speech" for kind, _a, _b in page.waveform.marks())  # speech shaded on the waveform
    assert page.clone_buttons["local"].isEnabled()


def test_fix_writes_a_new_linked_sample_and_reanalyses(qtbot: QtBot, services: Services, speech_take: Path) -> None:
    store = services.workspace.store
    take = store.add(Take(name="desk", path=str(speech_take), duration_s=15.0))
    page = _page(qtbot, services)
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000):
        page.validate_take(take)
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000) as blocker:
        page.apply_fix("trim")
    outcome = blocker.args[0]
    samples = store.all(Sample)
    assert len(samples) == 1 and samples[0].take_id == take.id and samples[0].kind == "trim"
    assert outcome.subject.sample_id == samples[0].id
    assert outcome.report.speech.leading_silence_s < 0.3
    assert speech_take.exists()  # the source is never touched


def test_clone_with_the_offline_engine_lands_in_the_library(qtbot: QtBot, services: Services,
                                                            speech_take: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = services.workspace.store
    take = store.add(Take(name="desk", path=str(speech_take), duration_s=15.0))
    page = _page(qtbot, services)
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000):
        page.validate_take(take)
    monkeypatch.setattr("studio.ui.pages.validate.QInputDialog.getText", lambda *a, **k: ("Desk voice", True))
    with qtbot.waitSignal(page.validation.enrolled, timeout=60000) as blocker:
        page.clone_buttons["local"].click()
    voice: Voice = blocker.args[0]
    assert voice.provider == "local" and voice.status == "ready" and voice.take_id == take.id
    assert store.voice_by_remote("local", voice.remote_id) is not None


def test_unreadable_file_says_why_for_every_provider(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    bad = tmp_path / "notes.wav"
    bad.write_text("this is a text file renamed to .wav")
    page = _page(qtbot, services)
    from studio.services.validation_service import Subject

    with qtbot.waitSignal(page.validation.analyzed, timeout=30000):
        page.analyze(Subject(bad, bad.name))
    assert page.outcome is not None and page.outcome.error is not None
    assert all(v.verdict == "fail" for v in page.outcome.verdicts.values())
    assert page.status.text()
    assert not any(b.isEnabled() for b in page.clone_buttons.values())
