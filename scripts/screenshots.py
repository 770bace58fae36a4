"""Render every pane of the studio to PNG (offscreen), for the README and for looking at.

Usage: .venv/bin/python scripts/screenshots.py [OUTDIR] [--lang en|zh_CN]
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
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VOICE_STUDIO_HOME", tempfile.mkdtemp(prefix="vs-shots-"))
    os.environ.setdefault("VOICE_STUDIO_SECRETS", "memory")

    from PySide6.QtCore import QCoreApplication

    from studio.app import build

    _app, services, window = build()
    services.workspace.settings.set("general.language", args.lang)
    services.set_language(args.lang)
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    import time

    from PySide6.QtCore import QEventLoop

    for page_id in window.pages:  # type: ignore[attr-defined]
        window.show_page(page_id)  # type: ignore[attr-defined]
        # let background work a real user would wait for (device list, voices) land first
        end = time.monotonic() + args.settle
        while time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        path = out / f"{page_id}{suffix}.png"
        window.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)
    services.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
