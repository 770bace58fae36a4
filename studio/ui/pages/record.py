"""Record pane: input device, a cloning-grade meter, room check, live warnings, takes and the
script booth. The meter is drawn from the recorder's snapshot on a 16 ms timer; nothing here
blocks: devices open and takes finish through the capture service's tasks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.audio import DeviceInfo, EventKind, RecorderEvent, TakeInfo
from studio.audio.devices import SUPPORTED_RATES
from studio.errors import StudioError
from studio.library.models import Take
from studio.services.hub import Services
from studio.ui import format as fmt
from studio.ui.models.takes_model import fmt_duration
from studio.ui.pages.base import Page
from studio.ui.theme import colours
from studio.ui.widgets.meter import LevelMeter
from studio.ui.widgets.room_online import RoomOnlineCheck
from studio.ui.widgets.script_booth import ScriptBooth
from studio.ui.widgets.takes_panel import TakesPanel
from studio.ui.widgets.waveform import WaveformView


class RecordPage(Page):
    page_id = "record"
    validate_requested = Signal(object)  # Take
    sample_check_requested = Signal(object)  # Subject: a sample kept from a take, to check in Validate

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.capture = services.capture
        self._devices: list[DeviceInfo] = []
        self._live_warnings: list[str] = []
        self._room_checking = False
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.device_label = QLabel()
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("inputDevice")
        self.device_combo.setMinimumWidth(260)
        self.device_combo.activated.connect(lambda _i: self._open_selected())
        self.refresh_button = QToolButton()
        self.refresh_button.clicked.connect(lambda: self.capture.list_devices(refresh=True))
        self.rate_combo = QComboBox()
        self.rate_combo.setObjectName("sampleRate")
        for rate in SUPPORTED_RATES:
            self.rate_combo.addItem(f"{rate / 1000:g} kHz", rate)
        self.rate_combo.setCurrentIndex(max(0, self.rate_combo.findData(services.workspace.settings.get(
            "audio.sample_rate"))))
        self.rate_combo.activated.connect(lambda _i: self._open_selected())
        self.room_button = QPushButton()
        self.room_button.setObjectName("roomCheck")
        self.room_button.clicked.connect(self.start_room_check)
        self.device_status = QLabel()
        self.device_status.setObjectName("deviceStatus")
        self.device_status.setWordWrap(True)
        # two lines kept for it, so the meter does not move when a message wraps
        self.device_status.setMinimumHeight(self.device_status.fontMetrics().lineSpacing() * 2 + 2)
        self.device_status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for w in (self.device_label, self.device_combo, self.refresh_button, self.rate_combo, self.room_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.device_status)
        self.room_online = RoomOnlineCheck(services)  # the providers' own verdict on the same room tone
        layout.addWidget(self.room_online)

        self.meter = LevelMeter()
        self.meter.clip_reset_requested.connect(self.capture.reset_clip)
        layout.addWidget(self.meter)
        self.readout = QLabel()
        self.readout.setObjectName("meterReadout")
        layout.addWidget(self.readout)
        self.advice = QLabel()
        self.advice.setObjectName("levelAdvice")
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.live_wave = WaveformView(compact=True)
        self.live_wave.setMaximumHeight(70)
        self.live_wave.setVisible(False)  # shown once a microphone is open
        layout.addWidget(self.live_wave)

        rec_row = QHBoxLayout()
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordButton")
        self.record_button.setMinimumWidth(140)
        self.record_button.setMinimumHeight(36)
        self.record_button.clicked.connect(self.toggle_record)
        self.clock = QLabel("0:00.0")
        self.clock.setObjectName("takeClock")
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.clock.setFont(font)
        self.warnings = QLabel()
        self.warnings.setObjectName("liveWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setMinimumHeight(self.warnings.fontMetrics().lineSpacing() * 2 + 2)
        rec_row.addWidget(self.record_button)
        rec_row.addWidget(self.clock)
        rec_row.addWidget(self.warnings, 1)
        layout.addLayout(rec_row)

        self.tabs = QTabWidget()
        self.takes = TakesPanel(self.capture)
        self.takes.validate_requested.connect(self.validate_requested)
        self.takes.sample_kept.connect(self.sample_check_requested)
        self.booth = ScriptBooth(self.capture)
        self.booth.record_line.connect(self.toggle_record)
        self.tabs.addTab(self.takes, "")
        self.tabs.addTab(self.booth, "")
        layout.addWidget(self.tabs, 1)

        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(16)
        self._meter_timer.timeout.connect(self._paint_meter)
        self._slow_timer = QTimer(self)
        self._slow_timer.setInterval(250)
        self._slow_timer.timeout.connect(self._update_readout)

        self.capture.devices_listed.connect(self._on_devices)
        self.capture.device_opened.connect(self._on_opened)
        self.capture.device_failed.connect(self._on_device_failed)
        self._kept: tuple[int | None, TakeInfo] | None = None
        self.capture.take_finished.connect(self._on_take_finished)
        self.capture.takes_changed.connect(self._show_kept)
        self.capture.recorder_event.connect(self._on_recorder_event)
        services.active_provider_changed.connect(lambda _n: self._set_provider_band())
        self._set_provider_band()
        self.retranslate()
        self.capture.recover()

    def retranslate(self) -> None:
        self.device_label.setText(self.tr("Input"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Look for input devices again"))
        self.room_button.setText(self.tr("Room check"))
        self.room_button.setToolTip(self.tr("Stay quiet for 4 s: measures the room's noise floor"))
        self.record_button.setToolTip(self.tr("Start or stop a take (R)"))
        self._advice()
        self.record_button.setText(self.tr("■ Stop") if self.capture.recording else self.tr("● Record"))
        self.tabs.setTabText(0, self.tr("Takes"))
        self.tabs.setTabText(1, self.tr("Script booth"))
        self.takes.retranslate()
        self.booth.retranslate()
        self.room_online.retranslate()
        if not self._devices and not self.device_status.text():
            self.device_status.setText(self.tr("Looking for input devices…"))
        self._update_readout()

    # monitoring: the stream is opened while the pane is shown
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._meter_timer.start()
        self._slow_timer.start()
        if not self.capture.recorder.is_open:
            # PortAudio's device list loads a library and asks the sound server: after the first frame
            window = self.window()
            if hasattr(window, "when_painted"):
                window.when_painted(self._list_if_closed)
            else:
                self.capture.list_devices()

    def _list_if_closed(self) -> None:
        if not self.capture.recorder.is_open and self.isVisible():
            self.capture.list_devices()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not self.capture.recording:
            self._meter_timer.stop()
            self._slow_timer.stop()

    def _on_devices(self, devices: list[DeviceInfo]) -> None:
        self._devices = devices
        self.device_combo.clear()
        for info in devices:
            self.device_combo.addItem(fmt.device_name(info.name, info.is_default), info.index)
            self.device_combo.setItemData(self.device_combo.count() - 1, info.label, Qt.ItemDataRole.ToolTipRole)
        if not devices:
            self.device_status.setText(self.tr("No input device found. Connect a microphone and press Refresh; "
                                               "you can still import audio files as takes."))
            self.record_button.setEnabled(False)
            self.room_button.setEnabled(False)
            return
        remembered = str(self.services.workspace.settings.get("audio.input_device"))
        names = [d.name for d in devices]
        self.device_combo.setCurrentIndex(names.index(remembered) if remembered in names else 0)
        if not self.capture.recorder.is_open:
            self._open_selected()

    def _open_selected(self) -> None:
        if self.capture.recording or self.device_combo.currentIndex() < 0:
            return
        self.device_status.setText(self.tr("Opening…"))
        self.capture.open_device(self.device_combo.currentData(), int(self.rate_combo.currentData()))

    def _on_opened(self, info: DeviceInfo) -> None:
        self.live_wave.setVisible(True)
        self.device_status.setText(fmt.cjk_spacing(self.tr("Listening to %1 at %2.")
                                                   .replace("%1", fmt.device_name(info.name))
                                                   .replace("%2", fmt.rate(self.capture.recorder.rate))))
        self.record_button.setEnabled(True)
        self.room_button.setEnabled(True)

    def _on_device_failed(self, err: StudioError) -> None:
        current = self.capture.device
        keep = self.tr(" Still using %1.").replace("%1", fmt.device_name(current.name)) if current else ""
        self.device_status.setText(err.user_message(self.services.language).split("\n")[0] + " "
                                   + (err.detail_zh if self.services.language.startswith("zh") and err.detail_zh
                                      else err.detail) + keep)
        if current is not None:
            self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(current.index)))

    def _set_provider_band(self) -> None:
        # where the active provider wants the take's peaks (its spec's recording target)
        self.meter.provider_band = self.services.spec(self.services.active_provider).recording.peak_band
        self.meter.update()
        self._advice()

    def _advice(self) -> None:
        """The same level advice as the meter's band, the findings and the live warnings."""
        spec = self.services.spec(self.services.active_provider)
        low, high = spec.recording.peak_band
        self.advice.setText(fmt.cjk_spacing(
            self.tr("Aim for peaks between %1 and %2 dBFS (the green band, for %3); above −1 dBFS is too loud.")
            .replace("%1", fmt.number(low, 0)).replace("%2", fmt.number(high, 0))
            .replace("%3", spec.title(self.services.language))))

    # meter
    def _paint_meter(self) -> None:
        snap = self.capture.read_meter()
        self.meter.set_snapshot(snap)
        if self.capture.recording:
            self.clock.setText(fmt_duration(snap.take_seconds))

    def _update_readout(self) -> None:
        snap = self.meter.snapshot
        if not self.capture.is_open:
            self.readout.setText(self.tr("Peak —   ·   RMS —   ·   Loudness —"))
            return
        parts = [self.tr("Peak %1").replace("%1", fmt.level(snap.peak_db)),
                 self.tr("RMS %1").replace("%1", fmt.level(snap.rms_db)),
                 self.tr("Loudness %1").replace("%1", fmt.level(snap.momentary_lufs, "LUFS"))]
        if snap.overflows:
            parts.append(self.tr("audio lost %1 times").replace("%1", fmt.count(snap.overflows)))
        floor = self.capture.recorder.noise_floor
        if self._room_checking:
            parts.append(self.tr("Room check %1%").replace("%1", str(int(self.capture.room_check_progress() * 100))))
        elif floor is not None and getattr(floor, "silent", False):
            parts.append(self.tr("Room check: no sound at all — is the microphone muted?"))
        elif floor is not None:
            parts.append(self.tr("Noise floor %1 (%2)").replace("%1", fmt.level(floor.db))
                         .replace("%2", fmt.rating(str(floor.rating))))
        self.readout.setText("   ·   ".join(parts))
        if len(snap.wave_min):
            self.live_wave.set_envelope(snap.wave_min, snap.wave_max, 0.01)

    def _rating(self, rating: str) -> str:
        return fmt.rating(rating)

    def start_room_check(self) -> None:
        try:
            self.capture.begin_room_check(4.0)
        except StudioError as err:
            self.services.error_reported.emit(err)
            return
        self._room_checking = True
        self.room_button.setEnabled(False)
        self.room_online.set_ready(False)

    # recording
    def toggle_record(self) -> None:
        if self.capture.recording:
            keep = self.booth.keep if self._booth_active() else None
            self.record_button.setEnabled(False)
            self.capture.stop_take(keep=keep)
            return
        self._live_warnings.clear()
        self._kept = None
        self.warnings.setText("")
        try:
            target = self.booth.take_target() if self._booth_active() else None
            if target is not None:
                path, meta = target
                self.capture.start_take(path=path, meta=meta, name=self.booth.take_name(meta["line_index"]))
            else:
                self.capture.start_take()
        except StudioError as err:
            self.services.error_reported.emit(err)
            return
        self._meter_timer.start()
        self.retranslate()

    def _booth_active(self) -> bool:
        return self.tabs.currentWidget() is self.booth and self.booth.session is not None

    def _on_take_finished(self, take: Take | None, info: TakeInfo) -> None:
        self.record_button.setEnabled(True)
        self.retranslate()
        if self._booth_active():
            self.booth.line_finished()
        if take is not None and take.id is not None:
            self.takes.select_take(take.id)
        self._kept = (take.id if take is not None else None, info)
        self._show_kept()

    def _show_kept(self) -> None:
        """The last take's summary, under its current name (renaming the take renames it here too)."""
        if self._kept is None or self.capture.recording:
            return
        take_id, info = self._kept
        name = info.name
        if take_id is not None:
            current = next((t for t in self.capture.takes() if t.id == take_id), None)
            if current is None:  # deleted: the summary would speak of a take that is gone
                self._kept = None
                self.warnings.setText("")
                return
            name = current.name
        lang = self.services.language
        summary = self.tr("Kept “%1”: %2, peaks at %3.").replace("%1", name) \
            .replace("%2", fmt.duration(info.duration_s)).replace("%3", fmt.level(info.peak_db))
        if info.clip_count:
            summary += " " + self.tr("%1 clipped samples.").replace("%1", fmt.count(info.clip_count))
        if info.snr is not None:
            summary += " " + self.tr("Speech %1 dB above the room (%2).").replace("%1", fmt.number(info.snr.snr_db, 0)) \
                .replace("%2", self._rating(str(info.snr.rating)))
        self.warnings.setText("\n".join([summary, *(w.message(lang) for w in info.warnings)]))
        self.warnings.setStyleSheet(f"color: {colours().bad};" if info.warnings or info.clip_count else "")

    def _on_recorder_event(self, event: RecorderEvent) -> None:
        lang = self.services.language
        if event.kind == EventKind.WARNING and event.warning is not None:
            text = event.warning.message(lang)
            if text not in self._live_warnings:
                self._live_warnings.append(text)
            self.warnings.setStyleSheet(f"color: {colours().bad};")
            self.warnings.setText("  ·  ".join(self._live_warnings))
        elif event.kind == EventKind.ROOM_TONE_DONE:
            self._room_checking = False
            self.room_button.setEnabled(True)
            self.room_online.set_ready(self.capture.noise_floor is not None)
            self._update_readout()
        elif event.kind in (EventKind.DEVICE_LOST, EventKind.TAKE_ENDED) and event.error is not None:
            self.services.error_reported.emit(event.error)
            if self.capture.recording:
                self.capture.stop_take(keep=self.booth.keep if self._booth_active() else None)
        elif event.kind == EventKind.TAKE_ENDED and self.capture.recording:
            self.capture.stop_take(keep=self.booth.keep if self._booth_active() else None)

    def on_key(self, what: str) -> None:
        if what == "record":
            if self.record_button.isEnabled():
                self.toggle_record()
        elif what == "play" and self.tabs.currentWidget() is self.takes:
            self.takes.play_or_stop()
        elif what == "delete" and self.tabs.currentWidget() is self.takes:
            self.takes.delete_or_restore()

    def closeEvent(self, event: Any) -> None:
        self._meter_timer.stop()
        self._slow_timer.stop()
        self.capture.close()
        super().closeEvent(event)
