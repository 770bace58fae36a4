"""First run with no account, timed: record a 15 s take → validate it → clone it with the offline
engine → audition it, driven through the real panes (offscreen), with a speaker reading into a fake
microphone in real time. Human reaction time is not included; the reading itself is (15 s).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_first_run.py
Goal (issue): the whole path in under two minutes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VOICE_STUDIO_HOME", tempfile.mkdtemp(prefix="vs-first-"))
os.environ.setdefault("VOICE_STUDIO_SECRETS", "memory")

import numpy as np
import soundfile as sf
from PySide6.QtWidgets import QApplication
from scipy.signal import resample_poly

from benchmarks._qt import wait_for
from studio.services.hub import Services
from studio.ui.main_window import MainWindow
from studio.workspace import Workspace
from tests.fakes.audio_stream import FakeStreamFactory

RATE = 48000


def reader() -> np.ndarray:
    raw = Path(tempfile.mkdtemp()) / "read.wav"
    subprocess.run(["espeak-ng", "-w", str(raw), "-v", "en", "-s", "140",
                    "Hello, this is my voice. I am recording a short sample at my desk, reading slowly and "
                    "clearly, so that the studio can learn how I speak."], check=True)
    x, rate = sf.read(raw, dtype="float32")
    x = resample_poly(x, RATE, rate).astype(np.float32)
    x = 0.4 * x / np.max(np.abs(x))
    x = np.tile(np.concatenate([x, np.zeros(RATE // 3, np.float32)]), 3)
    return x + 0.0005 * np.random.default_rng(1).standard_normal(x.size).astype(np.float32)


def main() -> int:
    voice = reader()

    def microphone(n: int, offset: int) -> np.ndarray:
        return np.resize(voice[offset % voice.size:], n).astype(np.float32)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    services = Services(Workspace(), stream_factory=FakeStreamFactory(source=microphone, realtime=1.0))
    window = MainWindow(services)
    window.show()
    steps: list[tuple[str, float]] = []
    t0 = time.perf_counter()

    record = window.pages["record"]
    window.show_page("record")
    wait_for(lambda: record.capture.recorder.is_open)
    record.record_button.click()
    wait_for(lambda: record.meter.snapshot.take_seconds >= 15.0, timeout=60)
    record.record_button.click()
    wait_for(lambda: record.takes.model.rowCount() == 1)
    steps.append(("record a 15 s take", time.perf_counter() - t0))

    t = time.perf_counter()
    take = record.takes.model.take_at(0)
    validate = window.pages["validate"]
    done: list[object] = []
    validate.validation.analyzed.connect(done.append)
    window.validate_take(take)
    wait_for(lambda: bool(done))
    steps.append(("validate (all providers)", time.perf_counter() - t))

    t = time.perf_counter()
    enrolled: list[object] = []
    validate.validation.enrolled.connect(enrolled.append)
    validate.validation.enroll("local", validate.subject, "My desk voice")
    wait_for(lambda: bool(enrolled))
    steps.append(("clone with the offline engine", time.perf_counter() - t))

    t = time.perf_counter()
    playground = window.pages["playground"]
    window.audition_voice(enrolled[0])
    wait_for(lambda: any(c.library_id == enrolled[0].id for c in playground.choices)  # type: ignore[attr-defined]
         and playground.current_choice() is not None
         and playground.current_choice().library_id == enrolled[0].id)  # type: ignore[attr-defined]
    heard: list[object] = []
    playground.audition.finished.connect(heard.append)
    playground.text.setPlainText("Hello! This is my voice, cloned on this computer.")
    playground.synthesize()
    wait_for(lambda: bool(heard))
    steps.append(("audition a sentence", time.perf_counter() - t))
    total = time.perf_counter() - t0

    print("| step | time |")
    print("|---|---|")
    for name, seconds in steps:
        print(f"| {name} | {seconds:.1f} s |")
    print(f"| **total** (goal < 120 s) | **{total:.1f} s** |")
    window.close()
    services.shutdown()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
