"""The first-run wizard's microphone page: pick an input device, see it move, measure the room for 5 s.

The chosen device is opened for monitoring as soon as the page shows (and again when another is
chosen), so the meter answers to a voice before any check: a microphone that does not move the meter
is found here, not in a first take. Opening and closing go through the task runner (PortAudio calls can
block); the meter and the room-check progress are read from a 30 ms GUI timer, as the Record pane does.
A device the studio was not using before is let go when the page is left.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from studio.audio import DeviceInfo, MeterSnapshot, NoiseFloor, Rating, list_input_devices
from studio.errors import StudioError
from studio.services.hub import Services
from studio.ui import format as fmt
from studio.ui.widgets.meter import LevelMeter

ROOM_CHECK_S = 5.0
METER_INTERVAL_MS = 30


class AudioPage(QWizardPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunAudio")
        self.services = services
        self.devices: list[DeviceInfo] = []
        # idle | listing | none | ready | opening | monitoring | checking | done | failed
        self.state = "idle"
        self.noise_floor: NoiseFloor | None = None
        self._error = ""
        self._check_after_open = False
        self.capture = services.capture  # the studio's one capture engine, shared with the Record pane
        self._release_after = False

        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("audioStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.device_label = QLabel()
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("inputDevice")
        self.device_combo.activated.connect(lambda _i: self.monitor())
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.device_label)
        row.addWidget(self.device_combo, 1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        layout.addSpacing(6)
        self.meter = LevelMeter()
        self.meter.setMinimumWidth(0)
        self.meter.provider_band = services.spec(services.active_provider).recording.peak_band
        layout.addWidget(self.meter)
        self.speak_hint = QLabel()
        self.speak_hint.setObjectName("speakHint")
        self.speak_hint.setWordWrap(True)
        layout.addWidget(self.speak_hint)
        layout.addSpacing(6)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.check_button = QPushButton()
        self.check_button.setObjectName("roomCheckButton")
        self.check_button.clicked.connect(self.start_check)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)
        self.result = QLabel()
        self.result.setObjectName("roomResult")
        self.result.setWordWrap(True)
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        layout.addWidget(self.result)
        layout.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setInterval(METER_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.retranslate()
        self._update()

    # devices
    def initializePage(self) -> None:
        if not self.devices and self.state in ("idle", "failed", "none"):
            self.refresh()
        else:
            QTimer.singleShot(0, self, self._monitor_if_shown)

    def _monitor_if_shown(self) -> None:
        wizard = self.wizard()
        if self.devices and wizard is not None and wizard.currentPage() is self and self.state in ("ready", "done"):
            self.monitor()

    def refresh(self) -> None:
        if self.state in ("listing", "opening", "checking"):
            return
        factory = self.services.stream_factory()
        # Re-reading PortAudio's list restarts PortAudio, which would cut any stream the Record pane has
        # open; only do it when no device was found (a microphone just plugged in), when none can be open.
        reinit = self.state == "none"
        self.state = "listing"
        self._update()
        self.services.run(lambda _ctx: list_input_devices(factory, refresh=reinit),
                          name=self.tr("Looking for input devices"), queue="audio", track=False,
                          on_done=self._on_devices, on_error=self._on_list_failed)

    def _on_devices(self, devices: Any) -> None:
        self.devices = list(devices)
        self.device_combo.clear()
        for info in self.devices:
            self.device_combo.addItem(fmt.device_name(info.name, info.is_default))
            self.device_combo.setItemData(self.device_combo.count() - 1, info.label, Qt.ItemDataRole.ToolTipRole)
        remembered = str(self.services.workspace.settings.get("audio.input_device") or "")
        names = [d.name for d in self.devices]
        self.device_combo.setCurrentIndex(names.index(remembered) if remembered in names else 0)
        self.state = "ready" if self.devices else "none"
        self._update()
        QTimer.singleShot(0, self, self._monitor_if_shown)

    def _on_list_failed(self, err: StudioError) -> None:
        self.devices = []
        self.device_combo.clear()
        self.state = "none"
        self._error = self._message(err)
        self._update()

    def selected(self) -> DeviceInfo | None:
        i = self.device_combo.currentIndex()
        return self.devices[i] if 0 <= i < len(self.devices) else None

    # monitoring: the meter follows the chosen microphone while the page is shown
    def monitor(self, then_check: bool = False) -> None:
        device = self.selected()
        if device is None or self.state in ("opening", "checking", "listing"):
            return
        rate = int(self.services.workspace.settings.get("audio.sample_rate"))
        # a device the studio was not using before is let go when the page is left; one it was using stays
        self._release_after = self._release_after or not self.capture.is_open
        self.state, self._error = "opening", ""
        self._check_after_open = then_check
        self._update()
        # not remembered yet: the wizard keeps the choice only when the user moves on (not on Skip)
        self.capture.open_device(device, rate, on_done=self._on_opened, on_error=self._on_open_failed,
                                 remember=False)

    def _on_opened(self, _info: object) -> None:
        if self.state != "opening":  # the page was left meanwhile
            return
        self.state = "done" if self.noise_floor is not None else "monitoring"
        self.timer.start()
        self._update()
        if self._check_after_open:
            self._check_after_open = False
            self.start_check()

    # room check
    def start_check(self) -> None:
        if self.state in ("opening", "checking", "listing") or self.selected() is None:
            return
        device = self.capture.device
        if not self.capture.is_open or device is None or device.index != self.selected().index:  # type: ignore[union-attr]
            self.noise_floor = None
            self.monitor(then_check=True)
            return
        try:
            self.capture.begin_room_check(ROOM_CHECK_S)
        except StudioError as err:
            self._on_check_failed(err)
            return
        self.noise_floor, self._error = None, ""
        self.state = "checking"
        self.timer.start()
        self._update()

    def _tick(self) -> None:
        if self.state not in ("monitoring", "checking", "done"):
            self.timer.stop()
            return
        snapshot = self.capture.read_meter()
        self.meter.set_snapshot(snapshot)
        if snapshot.error or (not snapshot.monitoring and self.capture.is_open is False):
            self.state = "failed"
            self._error = snapshot.error or self.tr("The microphone stopped delivering sound.")
            self.timer.stop()
            self.meter.set_snapshot(MeterSnapshot())  # a bar left standing would look like a live reading
            self._update()
            return
        if self.state != "checking":
            return
        self.progress.setValue(round(self.capture.room_check_progress() * 100))
        if self.capture.noise_floor is not None:
            self.noise_floor = self.capture.noise_floor
            self.state = "done"
            self._update()

    def _on_open_failed(self, err: StudioError) -> None:
        self._check_after_open = False
        self._on_check_failed(err)

    def _on_check_failed(self, err: StudioError) -> None:
        self.timer.stop()
        self.state, self._error = "failed", self._message(err)
        self.meter.set_snapshot(MeterSnapshot())
        self._release()
        self._update()

    def _message(self, err: StudioError) -> str:
        lang = self.services.language
        return (err.detail_zh if lang.startswith("zh") and err.detail_zh else err.detail) or err.user_message(lang)

    def stop(self) -> None:
        """Leave the page (or the wizard): stop metering and any check; the device stays with the studio's
        capture engine only if the studio was using it before."""
        self.timer.stop()
        self._check_after_open = False
        if self.state in ("opening", "checking", "monitoring"):
            self.state = "ready" if self.devices else "idle"
        if self.state == "done" or self.state == "ready":
            self.meter.set_snapshot(MeterSnapshot())
        self._release()
        self._update()

    def _release(self) -> None:
        if self._release_after:
            self._release_after = False
            self.capture.close_device()

    # wizard hooks
    def validatePage(self) -> bool:
        skipping = bool(getattr(self.wizard(), "is_skipping", False))
        device = self.selected()
        if not skipping and device is not None:
            self.services.workspace.settings.set("audio.input_device", device.name)
        self.stop()
        return True

    def cleanupPage(self) -> None:
        self.stop()

    # text
    def result_text(self) -> str:
        floor = self.noise_floor
        if self.state == "failed":
            return self.tr("The microphone could not be used: %1").replace("%1", self._error)
        if floor is None:
            return ""
        level = fmt.level(floor.db).replace(" dBFS", "")
        if getattr(floor, "silent", False):
            text = self.tr("No sound at all came in (%1 dBFS): the microphone is muted, switched off or not the "
                           "input you speak into. Check its mute switch and the system's input level, then check "
                           "again.")
        elif floor.booth:
            text = self.tr("Noise floor %1 dBFS: excellent, as quiet as a recording booth.")
        elif floor.rating == Rating.GOOD:
            text = self.tr("Noise floor %1 dBFS: good for cloning.")
        elif floor.rating == Rating.ACCEPTABLE:
            text = self.tr("Noise floor %1 dBFS: acceptable. A quieter room will give a cleaner voice.")
        else:
            text = self.tr("Noise floor %1 dBFS: too noisy for cloning. Switch off fans, close the window, "
                           "or move the microphone away from the computer, then check again.")
        return text.replace("%1", level)

    def _update(self) -> None:
        busy = self.state in ("listing", "opening", "checking")
        if self.state == "listing":
            status = self.tr("Looking for input devices…")
        elif self.state == "none":
            status = self.tr("No input device was found. Connect a microphone and press Refresh, or skip this "
                             "step: you can record later, and import audio files without a microphone.")
            if self._error:
                status += "\n" + self._error
        elif self.state == "idle":
            status = ""
        else:
            status = self.tr("Choose the microphone you will record with.")
        self.status.setText(status)
        has_device = bool(self.devices)
        self.device_combo.setEnabled(has_device and not busy)
        self.refresh_button.setEnabled(not busy)
        self.check_button.setEnabled(has_device and not busy)
        for widget in (self.explain, self.check_button, self.meter, self.speak_hint, self.progress, self.result):
            widget.setVisible(has_device or self.state == "failed")
        if self.state == "checking":
            self.check_button.setText(self.tr("Measuring… stay quiet"))
        elif self.state == "opening":
            self.check_button.setText(self.tr("Opening the microphone…"))
        else:
            self.check_button.setText(self.tr("Check the room (5 s)") if self.state != "done"
                                      else self.tr("Check again"))
        if self.state not in ("checking", "done"):
            self.progress.setValue(0)
        self.result.setText(self.result_text())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Microphone and room"))
        self.setSubTitle(self.tr("Pick your microphone, see it react, and measure the room's background noise."))
        self.device_label.setText(self.tr("Input device"))
        self.device_combo.setPlaceholderText(self.tr("No input device"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.speak_hint.setText(self.tr("Say a few words: the meter should move. Aim for peaks in the green band."))
        self.explain.setText(self.tr("Then press the button and stay quiet for 5 seconds: the studio listens to "
                                     "the room and rates its noise floor (−60 dBFS or lower is good)."))
        for i, info in enumerate(self.devices):
            self.device_combo.setItemText(i, fmt.device_name(info.name, info.is_default))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
