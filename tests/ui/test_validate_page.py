from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from studio import catalog
from studio.library.models import Sample, Take, Voice
from studio.services.hub import Services
from studio.ui.dialogs.clone_dialog import CloneDialog
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
    assert len(headers) == len(catalog.rule_tables())  # a column per provider rule table
    verdicts = {k: v.verdict for k, v in page.outcome.verdicts.items()}  # type: ignore[union-attr]
    assert verdicts["sambert"] != "pass"  # one 15 s file is a start, not a 20-minute dataset
    assert verdicts["local"] in ("pass", "warn")
    assert page.measures.rowCount() > 10
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
    seen: list[CloneDialog] = []

    def accept(dialog: CloneDialog) -> int:  # the user names the voice and presses Clone
        seen.append(dialog)
        dialog.name.setText("Desk voice")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CloneDialog, "exec", accept)
    with qtbot.waitSignal(page.validation.enrolled, timeout=60000) as blocker:
        page.clone_buttons["local"].click()
    voice: Voice = blocker.args[0]
    assert voice.provider == "local" and voice.status == "ready" and voice.take_id == take.id
    assert store.voice_by_remote("local", voice.remote_id) is not None
    assert seen and seen[0].name.text() == "Desk voice" and seen[0].ok.isEnabled()


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


def test_an_unreadable_file_after_a_good_one_leaves_nothing_of_it(qtbot: QtBot, services: Services,
                                                                    speech_take: Path, tmp_path: Path) -> None:
    """Item 3: no previous waveform under the new name; no fix offered for a file that cannot be read."""
    from studio.services.validation_service import Subject

    store = services.workspace.store
    take = store.add(Take(name="desk", path=str(speech_take), duration_s=15.0))
    page = _page(qtbot, services)
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000):
        page.validate_take(take)
    assert page.waveform.has_audio() and page.fix_buttons["convert"].isEnabled()
    for bad in (tmp_path / "empty.wav", tmp_path / "notes.wav"):
        bad.write_bytes(b"" if bad.name == "empty.wav" else b"plain text, not audio")
        with qtbot.waitSignal(page.validation.analyzed, timeout=30000):
            page.analyze(Subject(bad, bad.name))
        assert not page.waveform.has_audio() and page.waveform.marks() == []
        assert page.measures.rowCount() == 0
        assert not any(b.isEnabled() for b in page.fix_buttons.values())
        assert "nothing to fix" in page.fix_buttons["convert"].toolTip()
        assert bad.name in page.status.text() and "Applying" not in page.status.text()


def test_after_a_restart_nothing_looks_chosen_until_it_is(qtbot: QtBot, services: Services, speech_take: Path) -> None:
    """Item 12: the sample box does not show a sample that was never analysed."""
    store = services.workspace.store
    store.add(Take(name="Desk reading 1", path=str(speech_take), duration_s=15.0))
    page = _page(qtbot, services)
    assert page.source.currentIndex() == -1 and page.source.count() == 1
    assert page.stack.currentIndex() == 0 and page.empty.button.text() == "Check “Desk reading 1”"
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000):
        page.empty.button.click()
    assert page.source.currentText() == "Desk reading 1" and page.stack.currentIndex() == 1


def test_a_fix_that_changes_nothing_says_why_and_writes_nothing(qtbot: QtBot, services: Services,
                                                                speech_take: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 10 (screen side): a result with changed=False shows its reason; no sample, no new file."""
    from types import SimpleNamespace

    from studio.i18n import Text

    store = services.workspace.store
    take = store.add(Take(name="Desk reading 1", path=str(speech_take), duration_s=15.0))
    page = _page(qtbot, services)
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000):
        page.validate_take(take)
    reason = Text("it is already 48 kHz, 16-bit mono", "已是 48 kHz、16 位单声道")
    monkeypatch.setattr("studio.flows.fixes.apply",
                        lambda *a, **k: SimpleNamespace(changed=False, reason=reason, sample=None))
    with qtbot.waitSignal(page.validation.fix_unchanged, timeout=10000):
        page.fix_buttons["convert"].click()
    assert "changed nothing" in page.status.text() and "already 48 kHz" in page.status.text()
    assert store.count(Sample) == 0 and all(b.isEnabled() for b in page.fix_buttons.values())


def test_a_no_speech_finding_is_shown_in_plain_words(qtbot: QtBot, services: Services, speech_take: Path) -> None:
    """Item 9 (screen side): whatever the report finds is said by its message, titled, never by its code."""
    from dataclasses import replace

    from studio.validation.findings import FAIL, Finding

    store = services.workspace.store
    take = store.add(Take(name="hum", path=str(speech_take), duration_s=15.0))
    page = _page(qtbot, services)
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000) as done:
        page.validate_take(take)
    outcome = done.args[0]
    finding = Finding("no_speech", "error", None, None, "No speech was found: this sounds like a steady tone.",
                      "未检测到语音：这听起来像持续的音调。", None, "cosyvoice")
    outcome.verdicts = {k: replace(v, verdict=FAIL, findings=[finding]) for k, v in outcome.verdicts.items()}
    page._on_analyzed(outcome)
    rows = [page.matrix.verticalHeaderItem(r).text() for r in range(page.matrix.rowCount())]
    assert rows == ["Verdict", "No speech found"]
    assert "No speech was found" in page.detail.text() and "no_speech" not in page.detail.text()
    assert "record it again" in page.detail.text()
    assert not any(b.isEnabled() for b in page.clone_buttons.values())


def test_clipping_is_drawn_where_it_is_not_only_where_it_starts() -> None:
    """Item 9 (screen side): thousands of clipped runs over 12 s draw as stretches over those 12 s; the
    report's own spans are used when it has them."""
    from types import SimpleNamespace

    from studio.ui.pages.validate import clip_spans

    rate = 48000
    runs = [(i * 12.0 / 10560, 8) for i in range(10560)]  # a clipped tone: a run every 1.1 ms
    spans = clip_spans(SimpleNamespace(positions=runs, runs=10560), rate)
    assert len(spans) == 1 and spans[0][0] == 0.0 and spans[0][1] > 11.9
    apart = clip_spans(SimpleNamespace(positions=[(1.0, 10), (5.0, 10)]), rate)
    assert [round(a, 2) for a, _b in apart] == [1.0, 5.0]
    given = clip_spans(SimpleNamespace(spans=[(0.5, 2.5), (7.0, 9.0)], positions=[(0.5, 3)]), rate)
    assert given == [(0.5, 2.5), (7.0, 9.0)]


def test_a_columns_notes_follow_the_chosen_target_model(qtbot: QtBot, services: Services, speech_take: Path) -> None:
    """The CosyVoice column says which languages the sample may be read in: those of the target model
    chosen on the Providers pane, as soon as it is saved (the take is judged again)."""
    take = services.workspace.store.add(Take(name="desk", path=str(speech_take), duration_s=15.0))
    page = _page(qtbot, services)
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000):
        page.validate_take(take)

    def cosyvoice_tip() -> str:
        col = list(page.outcome.verdicts).index("cosyvoice")  # type: ignore[union-attr]
        return page.matrix.horizontalHeaderItem(col).toolTip()

    with qtbot.waitSignal(page.validation.analyzed, timeout=60000):
        services.accounts.save("dashscope", {"cosyvoice.target_model": "cosyvoice-v2"})
    assert "cosyvoice-v2" in cosyvoice_tip() and "French" not in cosyvoice_tip()
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000):
        services.accounts.save("dashscope", {"cosyvoice.target_model": "cosyvoice-v3-flash"})
    assert "cosyvoice-v3-flash" in cosyvoice_tip() and "French" in cosyvoice_tip()
