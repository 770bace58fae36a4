"""Offline engine in a warm studio: from *Synthesize* to the first audio reaching the output device.

The real services (task runner threads, the shared audio output) over a fake output device that drains
in real time (no sound card here); the studio is warmed as it is at start-up (`Services.build_all`
warms the active provider in the background), then each run synthesizes a new sentence (no cache).
Measured: the click (the `synthesize` call on the GUI thread) → the output callback first handing
audio to the device (`first_output_at`). Medians of --runs, per English base voice and for Mandarin.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_offline_first_audio.py [--runs 5]
Goal: ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VOICE_STUDIO_HOME", tempfile.mkdtemp(prefix="vs-bench-first-"))
os.environ.setdefault("VOICE_STUDIO_SECRETS", "memory")

from PySide6.QtWidgets import QApplication

from benchmarks._qt import wait_for
from studio.services.audition import VoiceChoice
from studio.services.hub import Services
from studio.workspace import Workspace
from tests.fakes.audio_stream import FakeStreamFactory

TEXTS = {
    "en": ["Good morning, this is a short test of the offline voice number {n}. It should sound calm.",
           "The rainbow is a division of white light into many beautiful colors, seen {n} times."],
    "zh": ["今天天气很好，我们第{n}次一起去公园散步吧。明天早上八点见。"],
}


def first_audio_ms(services: Services, text: str) -> float:
    audition = services.audition
    done: list[object] = []
    audition.finished.connect(done.append)
    clicked = time.perf_counter()
    audition.synthesize(VoiceChoice("local", "stock-base", "Base voice", stock=True), text, {"sample_rate": 24000})
    wait_for(lambda: services.playback.first_output_at is not None and services.playback.first_output_at > clicked)
    first = services.playback.first_output_at
    wait_for(lambda: bool(done))
    audition.finished.disconnect(done.append)
    audition.stop()
    assert first is not None
    return (first - clicked) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows = []
    for english in ("piper", "espeak"):
        services = Services(Workspace(), stream_factory=FakeStreamFactory(realtime=1.0))
        services.workspace.settings.set("local.english_voice", english)
        warmed = services.warm_up("local")
        services.build_all()
        wait_for(lambda warmed=warmed: warmed.done, timeout=120)
        for lang, texts in TEXTS.items():
            if lang == "zh" and english == "espeak":
                continue
            times = [first_audio_ms(services, texts[i % len(texts)].format(n=i)) for i in range(args.runs)]
            rows.append((lang if lang == "zh" else f"en ({english})", statistics.median(times), max(times)))
        services.shutdown()
    print("| offline engine, warm studio | first audio median | max | goal |")
    print("|---|---|---|---|")
    for name, med, worst in rows:
        print(f"| {name} | {med:.0f} ms | {worst:.0f} ms | ≤ 300 ms |")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
