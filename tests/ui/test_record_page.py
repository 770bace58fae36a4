from __future__ import annotations

import numpy as np
import soundfile
from pytestqt.qtbot import QtBot

from studio.library.models import Take
from studio.services.hub import Services
from studio.ui.pages.record import RecordPage
from tests.fakes.audio_stream import FakeStreamFactory


def _page(qtbot: QtBot, services: Services) -> RecordPage:
    page = RecordPage(services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.capture.recorder.is_open, timeout=3000)
    return page


def _tone(seconds: float, amplitude: float = 0.3, rate: int = 48000) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amplitude * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def test_opens_default_device_and_meters_without_recording(qtbot: QtBot, services: Services,
                                                           fake_audio: FakeStreamFactory) -> None:
    page = _page(qtbot, services)
    assert page.device_combo.count() == 2  # the fake has two inputs and one output-only device
    assert "Fake USB Microphone" in page.device_status.text()
    fake_audio.input.push(_tone(0.5, amplitude=0.5))
    qtbot.waitUntil(lambda: page.meter.snapshot.peak_db > -10, timeout=3000)
    assert abs(page.meter.snapshot.peak_db - 20 * np.log10(0.5)) < 1.0
    assert not page.capture.recording
    page.close()


def test_record_a_take_lands_in_the_list(qtbot: QtBot, services: Services, fake_audio: FakeStreamFactory) -> None:
    page = _page(qtbot, services)
    page.record_button.click()
    assert page.capture.recording and "Stop" in page.record_button.text()
    fake_audio.input.push(_tone(2.0))
    qtbot.waitUntil(lambda: page.meter.snapshot.take_seconds >= 1.9, timeout=5000)
    page.record_button.click()
    qtbot.waitUntil(lambda: page.takes.model.rowCount() == 1, timeout=5000)
    take = page.takes.model.take_at(0)
    assert abs(take.duration_s - 2.0) < 0.1
    path = page.capture.take_path(take)
    data, rate = soundfile.read(str(path))
    assert rate == 48000 and abs(len(data) / rate - 2.0) < 0.1
    assert "Kept" in page.warnings.text()
    page.close()


def test_failed_device_keeps_the_previous_one(qtbot: QtBot, services: Services,
                                              fake_audio: FakeStreamFactory) -> None:
    page = _page(qtbot, services)
    fake_audio.fail_open[1] = "device busy"
    page.device_combo.setCurrentIndex(1)
    page._open_selected()
    qtbot.waitUntil(lambda: "Still using Fake USB Microphone" in page.device_status.text(), timeout=3000)
    assert page.capture.device is not None and page.capture.device.index == 0
    page.close()


def test_no_device_says_so_and_disables_record(qtbot: QtBot, services: Services,
                                               fake_audio: FakeStreamFactory) -> None:
    fake_audio.set_devices([])
    page = RecordPage(services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "No input device" in page.device_status.text(), timeout=3000)
    assert not page.record_button.isEnabled()
    page.close()


def test_trash_and_restore_a_take(qtbot: QtBot, services: Services) -> None:
    store = services.workspace.store
    take = store.add(Take(name="keep me", path="takes/x.wav", duration_s=1.0))
    page = _page(qtbot, services)
    page.takes.refresh()
    page.takes.select_take(take.id)  # type: ignore[arg-type]
    page.takes.delete_button.click()
    assert page.takes.model.rowCount() == 0
    page.takes.trash_toggle.setChecked(True)
    assert page.takes.model.rowCount() == 1
    page.takes.select_take(take.id)  # type: ignore[arg-type]
    page.takes.delete_button.click()  # "Restore" in the trash view
    page.takes.trash_toggle.setChecked(False)
    assert page.takes.model.rowCount() == 1
    page.close()


def test_script_booth_records_one_take_per_line(qtbot: QtBot, services: Services,
                                                fake_audio: FakeStreamFactory) -> None:
    page = _page(qtbot, services)
    page.tabs.setCurrentWidget(page.booth)
    page.booth.open_script("en")
    session = page.booth.session
    assert session is not None and session.current == 0
    first_line = page.booth.line.text()
    assert first_line == session.script.lines[0]
    page.booth.record_button.click()
    assert page.capture.recording
    rate = 48000
    speechlike = _tone(3.0, amplitude=0.3) * (0.5 + 0.5 * np.sin(2 * np.pi * 3 * np.arange(3 * rate) / rate))
    fake_audio.input.push(speechlike.astype(np.float32))
    qtbot.waitUntil(lambda: page.meter.snapshot.take_seconds >= 2.9, timeout=5000)
    page.booth.record_button.click()
    qtbot.waitUntil(lambda: 0 in session.takes, timeout=5000)
    takes = services.workspace.store.takes()
    assert len(takes) == 1 and takes[0].script == "en" and takes[0].line_index == 0
    assert page.booth.check.text() != ""
    page.close()


def _take_file(services: Services, name: str, seconds: float = 0.3) -> Take:
    path = services.workspace.home / "takes" / f"{name}.wav"
    path.parent.mkdir(parents=True, exist_ok=True)
    soundfile.write(path, _tone(seconds), 48000, subtype="PCM_16")
    return services.workspace.store.add(Take(name=name, path=str(path), duration_s=seconds, peak_db=-10.5))


def _drain(fake_audio: FakeStreamFactory) -> bool:
    """Pull the fake output like a sound card would; True once playback has ended."""
    out = fake_audio.outputs[-1]
    out.pull(20)
    return out.done


def test_play_to_the_end_puts_the_button_back_to_play(qtbot: QtBot, services: Services,
                                                      fake_audio: FakeStreamFactory) -> None:
    """Item 4: a take that plays to its end leaves Play, not Stop; Space plays and stops it too."""
    take = _take_file(services, "Desk reading 1")
    page = _page(qtbot, services)
    page.takes.refresh()
    page.takes.select_take(take.id)  # type: ignore[arg-type]
    page.takes.play_button.click()
    assert "Stop" in page.takes.play_button.text() and page.capture.is_playing
    qtbot.waitUntil(lambda: _drain(fake_audio), timeout=5000)
    qtbot.waitUntil(lambda: "Play" in page.takes.play_button.text(), timeout=3000)
    assert not page.capture.is_playing and page.capture.playing is None
    page.on_key("play")  # Space
    assert "Stop" in page.takes.play_button.text()
    page.on_key("play")
    assert "Play" in page.takes.play_button.text()
    page.close()


def test_drag_select_play_and_keep_a_stretch_as_a_sample(qtbot: QtBot, services: Services,
                                                         fake_audio: FakeStreamFactory) -> None:
    """The manual twin of Best 10–20 s: select on the take's waveform, play it, keep it as a named sample."""
    from studio.library.models import Sample

    take = _take_file(services, "Desk reading 1", seconds=3.0)
    page = _page(qtbot, services)
    page.takes.refresh()
    page.takes.select_take(take.id)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: page.takes.waveform.has_audio(), timeout=3000)
    assert not page.takes.tools.keep_button.isEnabled() and "Drag" in page.takes.tools.keep_button.toolTip()
    page.takes.waveform._dragged(0.5, 2.0, finished=True)  # what a mouse drag over the plot reports
    assert page.takes.waveform.selection() == (0.5, 2.0)
    assert page.takes.tools.keep_button.isEnabled() and page.takes.tools.play_button.isEnabled()
    page.takes.tools.play_button.click()
    assert page.capture.is_playing
    page.takes.waveform.zoom(0.5)
    x0, x1 = page.takes.waveform.visible_range()
    assert x1 - x0 < 3.0 and x0 <= 1.25 <= x1  # zoomed in around the selection
    with qtbot.waitSignal(services.validation.fixed, timeout=10000) as kept:
        page.takes.tools.keep_button.click()
    samples = services.workspace.store.all(Sample)
    assert len(samples) == 1 and samples[0].take_id == take.id
    assert samples[0].name == "Desk reading 1 — 0.5–2.0 s" == kept.args[0].label
    assert abs(samples[0].duration_s - 1.5) < 0.01
    data, rate = soundfile.read(str(kept.args[0].path))
    assert abs(len(data) / rate - 1.5) < 0.01
    assert soundfile.info(str(page.capture.take_path(take))).duration == 3.0  # the take is not cut
    page.close()
