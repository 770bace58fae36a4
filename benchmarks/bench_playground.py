"""Playground streaming: from the first audio frame arriving to playback starting, and the GUI event
loop's lateness while a streaming synthesis plays.

A CosyVoice emulator on loopback streams real audio frames (paced like the service); the audition
service decodes them in its worker and writes them to the output device, here a fake device that
drains in real time (the same seam the tests use; no sound card on this machine). A LagProbe runs
on the GUI thread the whole time.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_playground.py [--runs 5]
Goals: first frame → playback ≤ 50 ms; event-loop lag p99 < 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VOICE_STUDIO_HOME", tempfile.mkdtemp(prefix="vs-bench-"))
os.environ.setdefault("VOICE_STUDIO_SECRETS", "memory")

from PySide6.QtWidgets import QApplication

from benchmarks._proc import as_installed
from benchmarks._qt import wait_for
from studio.services.audition import VoiceChoice
from studio.services.hub import Services
from studio.services.lagprobe import LagProbe
from studio.workspace import Workspace
from tests.emulators.dashscope import DashScopeEmulator
from tests.fakes.audio_stream import FakeStreamFactory

TEXT = ("The studio plays this sentence while it is still arriving from the service. "
        "A second sentence keeps the stream going for a little longer, so the lag probe sees real work.")


def main() -> int:
    as_installed()  # what a worker imports later loads as an installed studio loads it
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with DashScopeEmulator() as emu:
        os.environ["DASHSCOPE_API_KEY"] = emu.api_key
        os.environ["DASHSCOPE_HTTP_BASE_URL"] = emu.http_base
        os.environ["DASHSCOPE_WEBSOCKET_BASE_URL"] = emu.ws_base
        services = Services(Workspace(), stream_factory=FakeStreamFactory(realtime=1.0))
        audition = services.audition
        choice = VoiceChoice("cosyvoice", "longxiaochun_v2", "Long Xiaochun", "cosyvoice-v2", stock=True)
        starts, firsts, lags, rtf = [], [], [], []
        for i in range(args.runs):
            probe = LagProbe(interval_ms=5)
            probe.start()
            done: list[object] = []
            audition.finished.connect(done.append)
            audition.synthesize(choice, f"{TEXT} ({i})", {"format": "wav", "sample_rate": 24000})
            wait_for(lambda done=done: bool(done))
            audition.finished.disconnect(done.append)
            wait_for(lambda: not audition.is_playing)
            probe.stop()
            a = done[0]
            starts.append(a.params["playback_start_s"] * 1000)  # type: ignore[attr-defined]
            firsts.append(a.first_audio_s * 1000)  # type: ignore[attr-defined]
            rtf.append(a.total_s / a.duration_s)  # type: ignore[attr-defined]
            lags.append(probe.summary())
        print("| measure | median | max | goal |")
        print("|---|---|---|---|")
        print(f"| first audio frame → playback started | {statistics.median(starts):.1f} ms | {max(starts):.1f} ms "
              "| ≤ 50 ms |")
        print(f"| request → first audio frame (emulator) | {statistics.median(firsts):.0f} ms | {max(firsts):.0f} ms | |")
        print(f"| GUI event-loop lag p99 during streaming playback | "
              f"{statistics.median(s['p99_ms'] for s in lags):.1f} ms | {max(s['p99_ms'] for s in lags):.1f} ms "
              "| < 16 ms |")
        print(f"| synthesis real-time factor | {statistics.median(rtf):.2f} | {max(rtf):.2f} | |")
        audition.close()
        services.shutdown()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
