"""The vendors' cloning features on screen, against the emulators: the lines a provider gives read in the
script booth, its online check of that take in Validate, the clone dialog (name, options from the spec,
the take's line and the passed check handed on) starting a clone job the Library then follows, the room
check's online mode, and the enrol options the dialog sends to DashScope. Read in English and Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialog
from pytestqt.qtbot import QtBot

from studio.library.models import Job, Take, Voice
from studio.services.hub import Services
from studio.ui.dialogs.clone_dialog import CloneDialog
from studio.ui.pages.library import LibraryPage
from studio.ui.pages.record import RecordPage
from studio.ui.pages.validate import ValidatePage
from studio.ui.widgets.script_booth import LINES
from tests.emulators.dashscope import DashScopeEmulator
from tests.emulators.tencent_cloud.fixtures import CloudStack, Takes
from tests.fakes.audio_stream import FakeStreamFactory
from tests.ui.screen_text import internal, screen, texts_of

VRS = "tencent-vrs"  # tests may name providers; the studio never does


@pytest.fixture
def cloud(tencent_cloud: CloudStack, monkeypatch: pytest.MonkeyPatch) -> CloudStack:
    tencent_cloud.env(monkeypatch)  # configured the way a user would: the SDK's environment variables
    return tencent_cloud


@pytest.fixture
def cosy(monkeypatch: pytest.MonkeyPatch) -> Iterator[DashScopeEmulator]:
    with DashScopeEmulator() as emu:
        monkeypatch.setenv("DASHSCOPE_API_KEY", emu.api_key)
        monkeypatch.setenv("DASHSCOPE_HTTP_BASE_URL", emu.http_base)
        monkeypatch.setenv("DASHSCOPE_WEBSOCKET_BASE_URL", emu.ws_base)
        yield emu


def _record_page(qtbot: QtBot, services: Services) -> RecordPage:
    page = RecordPage(services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.capture.recorder.is_open, timeout=3000)
    return page


def _validate(qtbot: QtBot, services: Services, take: Take) -> ValidatePage:
    page = ValidatePage(services)
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    with qtbot.waitSignal(page.validation.analyzed, timeout=60000):
        page.validate_take(take)
    return page


def _read_line_in_booth(qtbot: QtBot, services: Services, fake_audio: FakeStreamFactory, takes: Takes) -> Take:
    """Fetch the provider's lines in the booth and read the first one (a spoken reading of it)."""
    page = _record_page(qtbot, services)
    booth = page.booth
    page.tabs.setCurrentWidget(booth)
    qtbot.waitUntil(lambda: VRS in booth.line_providers, timeout=5000)
    index = booth.script_combo.findData(LINES + VRS)
    assert booth.script_combo.itemText(index) == "Lines from Tencent Cloud 声音复刻"
    booth.script_combo.setCurrentIndex(index)
    booth.script_combo.activated.emit(index)
    qtbot.waitUntil(lambda: booth.session is not None, timeout=10000)
    assert booth.session is not None
    first = booth.session.script.lines[0]
    assert booth.line.text() == first and first == "在很久很久以前鸟群中有一只小鸟"  # the emulator's first line
    assert "checks the reading" in booth.progress.format()
    reading, _rate = soundfile.read(takes.line(first, seconds=8.0), dtype="float32")
    booth.record_button.click()
    fake_audio.input.push(reading)
    qtbot.waitUntil(lambda: page.meter.snapshot.take_seconds >= 7.9, timeout=10000)
    booth.record_button.click()
    qtbot.waitUntil(lambda: len(services.workspace.store.takes()) == 1, timeout=10000)
    take = services.workspace.store.takes()[0]
    assert take.name == "Lines from Tencent Cloud 声音复刻, line 1"
    page.close()
    return take


def test_booth_lines_online_check_and_a_clone_job_the_library_follows(
        qtbot: QtBot, services: Services, cloud: CloudStack, takes: Takes, fake_audio: FakeStreamFactory,
        monkeypatch: pytest.MonkeyPatch) -> None:
    take = _read_line_in_booth(qtbot, services, fake_audio, takes)
    line = services.cloning.line_of_take(take.id)
    assert line is not None and line.provider == VRS and line.text_id  # the take knows which line it read
    page = _validate(qtbot, services, take)
    row = page.online.rows[VRS]
    assert row.isVisible() and row.title.text() == "Tencent Cloud 声音复刻 online check"
    assert row.button.text() == "Check online" and row.button.isEnabled()
    assert row.verdict.text() == "Not checked yet"
    with qtbot.waitSignal(services.cloning.checked, timeout=30000):
        row.button.click()
    assert row.verdict.text() == "✓ Tencent's check passed: the take can be used to clone the voice."
    detect = cloud.emu.of("DetectEnvAndSoundQuality")
    assert len(detect) == 1 and detect[0].json()["TextId"] == line.text_id and detect[0].json()["TypeId"] == 2
    audio_id = row.result.audio_id if row.result else ""
    assert audio_id

    seen: list[CloneDialog] = []

    def accept(dialog: CloneDialog) -> int:  # the user keeps the proposed name, picks a gender, starts
        seen.append(dialog)
        gender = dialog.options_form.inputs["gender"]
        assert isinstance(gender, QComboBox)
        # Tencent refuses a clone without a gender, and there is none to assume: asked for before sending
        assert not dialog.ok.isEnabled() and dialog.problem.text() == "Gender is needed."
        gender.setCurrentIndex(gender.findData("female"))
        assert dialog.ok.isEnabled() and dialog.problem.text() == ""
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CloneDialog, "exec", accept)
    button = page.clone_buttons[VRS]
    assert button.isEnabled() and button.text() == "Clone on Tencent Cloud…"
    with qtbot.waitSignal(services.cloning.cloned, timeout=30000) as blocker:
        button.click()
    dialog = seen[0]
    assert dialog.windowTitle() == "Clone a voice on Tencent Cloud 声音复刻" and dialog.ok.text() == "Start cloning"
    assert dialog.options_form.inputs["text_id"].text() == line.text_id  # type: ignore[attr-defined]
    assert dialog.line.text() == line.text and not dialog.options_form.inputs["text_id"].isVisible()  # words, not id
    assert "checked this take online and it passed" in dialog.checked.text()
    assert dialog.voice_name() == take.name  # proposed from the take's name (any name is fine there)
    assert not dialog.more.isVisible() and dialog.more_button.text() == "More options"  # callback URL folded
    job = blocker.args[0]
    assert isinstance(job, Job) and job.provider == VRS and job.extra.get("take_id") == take.id
    sent = cloud.emu.of("CreateVRSTask")[-1].json()
    assert sent["AudioIdList"] == [audio_id] and sent["VoiceGender"] == 2 and sent["VoiceName"] == take.name
    assert len(cloud.emu.of("DetectEnvAndSoundQuality")) == 1  # the passed check was not repeated
    assert "is making the voice" in page.status.text() and take.name in page.status.text()

    library = LibraryPage(services)
    qtbot.addWidget(library)
    store = services.workspace.store

    def landed() -> bool:  # the poller's next turn, now
        library.library.poll_pending()
        return any(v.provider == VRS and v.status == "ready" for v in store.all(Voice))

    qtbot.waitUntil(landed, timeout=20000)
    voice = next(v for v in store.all(Voice) if v.provider == VRS)
    assert voice.name == take.name and voice.take_id == take.id and voice.extra.get("expires")


def test_online_check_says_why_it_cannot_run(qtbot: QtBot, services: Services, english_take: Path,
                                            tencent_cloud: CloudStack, monkeypatch: pytest.MonkeyPatch,
                                            lang: str) -> None:
    take = services.workspace.store.add(Take(name="desk", path=str(english_take), duration_s=15.0))
    page = _validate(qtbot, services, take)
    row = page.online.rows[VRS]
    zh = lang.startswith("zh")
    assert not row.button.isEnabled()
    assert row.button.toolTip() == ("请先在“服务商”中添加您的腾讯云声音复刻账号" if zh else
                                    "Add your Tencent Cloud 声音复刻 account in Providers first")
    problems = internal(screen(page), lang, allow=("desk",))
    assert not problems, "\n".join(problems)

    tencent_cloud.env(monkeypatch)  # the account is added: the row asks again
    services.accounts.reset("tencentcloud")  # what saving the account in Providers does
    services.accounts.saved.emit("tencentcloud")
    qtbot.waitUntil(lambda: row.configured is True, timeout=5000)
    assert not row.button.isEnabled()  # a take not read from the provider's lines has no line to check against
    assert ("脚本录音" in row.button.toolTip()) if zh else ("script booth" in row.button.toolTip())
    problems = internal(screen(page), lang, allow=("desk",))
    assert not problems, "\n".join(problems)


def test_clone_dialog_reads_right_and_checks_the_name(qtbot: QtBot, services: Services, lang: str) -> None:
    for spec in (s for s in services.specs() if s.clones):
        dialog = CloneDialog(spec, "Desk reading 1", defaults=services.cloning.option_defaults(spec.name))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.more_button.setChecked(True)
        QApplication.processEvents()
        problems = internal(screen(dialog), lang, allow=("Desk reading 1", dialog.voice_name()))
        assert not problems, f"{spec.name} ({lang}):\n" + "\n".join(problems)
        for option in (o for o in spec.enrol_options if o.required):  # what the vendor needs, the user gives
            assert not dialog.ok.isEnabled() and option.title(lang) in dialog.problem.text()
            chooser = dialog.options_form.inputs[option.key]
            assert isinstance(chooser, QComboBox)
            chooser.setCurrentIndex(chooser.findData(option.choices[0].value))
        assert dialog.ok.isEnabled(), dialog.problem.text()
        dialog.name.setText("")
        assert not dialog.ok.isEnabled() and dialog.problem.text()
        dialog.close()
    cosy = CloneDialog(services.spec("cosyvoice"), "Desk reading 1")
    qtbot.addWidget(cosy)
    assert cosy.voice_name() == "deskreadin"  # the naming rule: 10 lowercase letters or digits
    cosy.name.setText("Desk Voice!")
    assert not cosy.ok.isEnabled()
    assert ("小写字母" in cosy.problem.text()) if lang.startswith("zh") else ("lowercase" in cosy.problem.text())


def test_enrol_options_reach_dashscope(qtbot: QtBot, services: Services, cosy: DashScopeEmulator,
                                       english_take: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    take = services.workspace.store.add(Take(name="desk", path=str(english_take), duration_s=15.0))
    page = _validate(qtbot, services, take)
    dialog = page.clone_bar.dialog_for("cosyvoice")
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.options_form.inputs["target_model"]
    assert isinstance(model, QComboBox)
    assert model.currentData() == "cosyvoice-v3.5-plus" and model.currentText().endswith("(default)")
    help_label = dialog.findChild(type(dialog.checked), "choiceHelp_target_model")
    assert help_label is not None and "recommended for cloned and designed voices" in help_label.text()
    model.setCurrentIndex(model.findData("cosyvoice-v3-plus"))
    assert "best sound and expression" in help_label.text()  # what the chosen model is for
    assert not dialog.more.isVisible() and dialog.more_button.isVisible()  # v3.5-only options folded away
    longest = dialog.more_form.inputs["max_prompt_audio_length"]
    assert longest.text() == "Not set"  # type: ignore[attr-defined]  # never a number nobody chose
    hints = dialog.options_form.inputs["language_hints"]
    english = next(b for b in hints.findChildren(QCheckBox) if b.text() == "English")
    english.setChecked(True)
    options = dialog.options()
    assert options == {"target_model": "cosyvoice-v3-plus", "language_hints": ["en"]}  # nothing nobody chose
    name = dialog.voice_name()
    with qtbot.waitSignal(services.validation.enrolled, timeout=60000) as blocker:
        page.clone_bar.send("cosyvoice", name, options)
    body = next(r["body"] for r in reversed(cosy.state.requests) if r["body"].get("input", {}).get("action")
                == "create_voice")
    assert body["input"]["target_model"] == "cosyvoice-v3-plus" and body["input"]["language_hints"] == ["en"]
    assert "max_prompt_audio_length" not in body["input"] and "enable_preprocess" not in body["input"]
    assert blocker.args[0].remote_id.startswith("cosyvoice-v3-plus-desk")


def test_room_check_asks_the_provider_too(qtbot: QtBot, services: Services, cloud: CloudStack,
                                          fake_audio: FakeStreamFactory) -> None:
    page = _record_page(qtbot, services)
    room = page.room_online
    qtbot.waitUntil(lambda: VRS in room.configured, timeout=5000)
    button = room.buttons[VRS]
    assert room.isVisible() and button.text() == "Ask Tencent Cloud 声音复刻 too"
    assert not button.isEnabled() and button.toolTip().startswith("Run the room check first")
    page.start_room_check()
    fake_audio.input.push((0.001 * np.random.default_rng(3).standard_normal(48000 * 5)).astype(np.float32))
    qtbot.waitUntil(lambda: room.ready, timeout=10000)
    assert button.isEnabled()
    with qtbot.waitSignal(services.cloning.checked, timeout=30000):
        button.click()
    assert room.verdicts[VRS].text() == "✓ Tencent's environment check passed: the room is quiet enough."
    sent = cloud.emu.of("DetectEnvAndSoundQuality")[-1].json()
    assert sent["TypeId"] == 1 and sent["TextId"]
    assert "Noise floor" in page.readout.text()  # beside the local verdict
    assert "Tencent" in texts_of(screen(page))
    page.close()
