"""Render every pane of the studio to PNG (offscreen), for the README and for looking at.

Usage: .venv/bin/python scripts/screenshots.py [OUTDIR] [--lang en|zh_CN] [--size WxH] [--scheme light|dark] [--demo]
Uses a throwaway data home unless VOICE_STUDIO_HOME is set, so it shows a first-run studio.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1180x760")
    parser.add_argument("--settle", type=float, default=2.0, help="seconds to let each pane load")
    parser.add_argument("--scheme", choices=("light", "dark"), default="",
                        help="force the colour scheme (default: the system's)")
    parser.add_argument("--demo", action="store_true",
                        help="first make real content: a spoken take (espeak-ng), an offline clone and an audition")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VOICE_STUDIO_HOME", tempfile.mkdtemp(prefix="vs-shots-"))
    os.environ.setdefault("VOICE_STUDIO_SECRETS", "memory")
    if args.scheme:
        os.environ["VOICE_STUDIO_SCHEME"] = args.scheme

    from PySide6.QtCore import QCoreApplication

    from studio.app import build

    if args.demo:
        make_demo_content()
    _app, services, window = build()
    from studio.i18n import LANGUAGES

    if args.lang in LANGUAGES:
        services.workspace.settings.set("general.language", args.lang)
        services.set_language(args.lang)
    else:  # a test catalogue such as the pseudo-locale: installed for this run only
        _app._studio_translations.install(args.lang)  # type: ignore[attr-defined]
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("" if args.lang == "en" else f"-{args.lang}") + (f"-{args.scheme}" if args.scheme == "dark" else "")
    import time

    from PySide6.QtCore import QEventLoop

    for page_id in window.pages:  # type: ignore[attr-defined]
        page = window.show_page(page_id)  # type: ignore[attr-defined]
        if args.demo and page_id == "validate" and page._subjects:
            page.analyze(page._subjects[-1])
        if args.demo and page_id == "library" and page.model.rowCount():
            page.table.selectRow(0)
        if args.demo and page_id == "playground":
            page.text.setPlainText("Hello! This is my voice, cloned on this computer. 你好，欢迎使用语音工作室。")
        # let background work a real user would wait for (device list, voices) land first
        end = time.monotonic() + args.settle
        while time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        path = out / f"{page_id}{suffix}.png"
        window.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)
    services.shutdown()
    return 0


def make_demo_content() -> None:
    """A spoken take, an offline clone of it and one audition, made by the studio itself."""
    import shutil
    import subprocess

    import numpy as np
    import soundfile

    from studio import paths
    from studio.library import auditions
    from studio.library.models import Take
    from studio.library.sync import record_voice
    from studio.providers.base import EnrollRequest, SynthesisRequest
    from studio.workspace import Workspace

    ws = Workspace()
    raw = paths.takes_dir() / "demo-raw.wav"
    text = ("The quick brown fox jumps over the lazy dog while the morning sun climbs above the quiet river. "
            "A small boat drifts slowly towards the old stone bridge near the village market.")
    subprocess.run([shutil.which("espeak-ng") or "espeak-ng", "-w", str(raw), "-v", "en", "-s", "140", text],
                   check=True)
    x, rate = soundfile.read(raw, dtype="float32")
    raw.unlink()
    x = 0.45 * x / np.max(np.abs(x)) + 0.0004 * np.random.default_rng(0).standard_normal(x.size).astype(np.float32)
    pad = np.zeros(int(0.6 * rate), np.float32)
    take_path = paths.takes_dir() / "demo-take.wav"
    y = np.concatenate([pad, x, pad])
    soundfile.write(take_path, y, rate, subtype="PCM_16")
    peak = float(20 * np.log10(np.max(np.abs(y))))
    rms = float(10 * np.log10(np.mean(np.square(y))))
    take = ws.store.add(Take(name="Desk take", path=str(take_path.relative_to(ws.home)), duration_s=len(y) / rate,
                             sample_rate=rate, peak_db=round(peak, 1), rms_db=round(rms, 1)))
    local = ws.provider("local")
    remote = local.enroll(EnrollRequest(name="Desk voice", audio_path=take_path))
    voice = record_voice(ws.store, remote, take_id=take.id, name="Desk voice")
    request = SynthesisRequest(text="Hello! This is my voice, cloned on this computer.", voice=remote.remote_id)
    auditions.save(ws.store, "local", request, local.synthesize(request), voice_id=voice.id)
    ws.close()


if __name__ == "__main__":
    sys.exit(main())
