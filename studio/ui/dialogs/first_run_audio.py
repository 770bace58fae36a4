"""The first-run wizard's microphone page: pick an input device and measure the room for 5 s.

Opening and closing the device go through the task runner (PortAudio calls can block); the meter
and the room-check progress are read from a 30 ms GUI timer, as the Record pane does. The page
holds the device only while the check runs, so the Record pane gets it back straight after.
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
from studio.ui.widgets.meter import LevelMeter

ROOM_CHECK_S = 5.0
METER_INTERVAL_MS = 30


class AudioPage(QWizardPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunAudio")
        self.services = services
        self.devices: list[DeviceInfo] = []
        self.state = "idle"  # idle | listing | none | ready | opening | checking | done | failed
        self.noise_floor: NoiseFloor | None = None
        self._error = ""
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
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.device_label)
        row.addWidget(self.device_combo, 1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        layout.addSpacing(6)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.check_button = QPushButton()
        self.check_button.setObjectName("roomCheckButton")
        self.check_button.clicked.connect(self.start_check)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        self.meter = LevelMeter()
        self.meter.setMinimumWidth(0)
        layout.addWidget(self.meter)
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
            suffix = self.tr(" (default)") if info.is_default else ""
            self.device_combo.addItem(info.name + suffix)
        remembered = str(self.services.workspace.settings.get("audio.input_device") or "")
        names = [d.name for d in self.devices]
        self.device_combo.setCurrentIndex(names.index(remembered) if remembered in names else 0)
        self.state = "ready" if self.devices else "none"
        self._update()

    def _on_list_failed(self, err: StudioError) -> None:
        self.devices = []
        self.device_combo.clear()
        self.state = "none"
        self._error = self._message(err)
        self._update()

    def selected(self) -> DeviceInfo | None:
        i = self.device_combo.currentIndex()
        return self.devices[i] if 0 <= i < len(self.devices) else None

    # room check
    def start_check(self) -> None:
        device = self.selected()
        if device is None or self.state in ("opening", "checking", "listing"):
            return
        rate = int(self.services.workspace.settings.get("audio.sample_rate"))
        # a device the studio was not using before the check is let go after it (the Record pane
        # opens its own when shown); one it was using stays open
        self._release_after = self._release_after or not self.capture.is_open
        self.state, self.noise_floor, self._error = "opening", None, ""
        self._update()
        # not remembered yet: the wizard keeps the choice only when the user moves on (not on Skip)
        self.capture.open_device(device, rate, on_done=self._on_opened, on_error=self._on_check_failed,
                                 remember=False)

    def _on_opened(self, _info: object) -> None:
        if self.state != "opening":  # the page was left meanwhile
            return
        try:
            self.capture.begin_room_check(ROOM_CHECK_S)
        except StudioError as err:
            self._on_check_failed(err)
            return
        self.state = "checking"
        self.timer.start()
        self._update()

    def _tick(self) -> None:
        if self.state != "checking":
            self.timer.stop()
            return
        snapshot = self.capture.read_meter()
        self.meter.set_snapshot(snapshot)
        self.progress.setValue(round(self.capture.room_check_progress() * 100))
        if self.capture.noise_floor is not None:
            self.noise_floor = self.capture.noise_floor
            self.state = "done"
        elif snapshot.error or not snapshot.monitoring:
            self.state = "failed"
            self._error = snapshot.error or self.tr("The microphone stopped delivering sound.")
        else:
            return
        self.timer.stop()
        self.meter.set_snapshot(MeterSnapshot())  # a bar left standing would look like a live reading
        self._release()
        self._update()

    def _on_check_failed(self, err: StudioError) -> None:
        self.timer.stop()
        self.state, self._error = "failed", self._message(err)
        self._release()
        self._update()

    def _message(self, err: StudioError) -> str:
        lang = self.services.language
        return (err.detail_zh if lang.startswith("zh") and err.detail_zh else err.detail) or err.user_message(lang)

    def stop(self) -> None:
        """Abandon a check in progress (leaving the page or the wizard); the device stays with the
        studio's capture engine, where the Record pane finds it."""
        self.timer.stop()
        if self.state in ("opening", "checking"):
            self.state = "ready" if self.devices else "idle"
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
            return self.tr("The room check did not finish: %1").replace("%1", self._error)
        if floor is None:
            return ""
        level = f"{floor.db:.0f}"
        if floor.booth:
            text = self.tr("Noise floor %1 dBFS: excellent, as quiet as a recording booth.")
        elif floor.rating == Rating.GOOD:
            text = self.tr("Noise floor %1 dBFS: good for cloning.")
        elif floor.rating == Rating.ACCEPTABLE:
            text = self.tr("Noise floor %1 dBFS: acceptable. A quieter room will give a cleaner voice.")
        else:
            text = self.tr("Noise floor %1 dBFS: too noisy for cloning. Switch off fans, close the window, "
                           "or move the microphone away from the computer, then check again.")
        return text.replace("%1", level.replace("-", "−"))

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
        for widget in (self.explain, self.check_button, self.meter, self.progress, self.result):
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
        self.setSubTitle(self.tr("Pick your microphone and measure the room's background noise."))
        self.device_label.setText(self.tr("Input device"))
        self.device_combo.setPlaceholderText(self.tr("No input device"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.explain.setText(self.tr("Press the button, then stay quiet for 5 seconds: the studio listens to the "
                                     "room and rates its noise floor (−60 dBFS or lower is good)."))
        for i, info in enumerate(self.devices):
            self.device_combo.setItemText(i, info.name + (self.tr(" (default)") if info.is_default else ""))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
