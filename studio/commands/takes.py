"""`voice-studio takes list | import FILE... | recover`: the library's takes, as the Record pane has them."""

from __future__ import annotations

import argparse
from pathlib import Path

from studio.commands._common import emit_json, print_table, progress_printer, wants_json
from studio.flows import takes as takes_flow
from studio.workspace import Workspace


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="list the takes")
    p.add_argument("--trash", action="store_true", help="list the trashed takes instead")
    p = sub.add_parser("import", help="copy audio files into the library as takes (the originals stay)")
    p.add_argument("files", nargs="+", type=Path)
    sub.add_parser("recover", help="add takes a crash left unfinished")


def run(args: argparse.Namespace, ws: Workspace) -> int:
    if args.action == "import":
        takes = takes_flow.import_files(ws.store, args.files, progress=progress_printer(not wants_json(args)))
    elif args.action == "recover":
        takes = takes_flow.recover(ws.store)
    else:
        takes = [t for t in ws.store.takes(include_trashed=True) if t.trashed == args.trash]
    if wants_json(args):
        emit_json(takes)
    elif takes:
        print_table([[str(t.id), t.name, f"{t.duration_s:.1f} s", f"{t.sample_rate} Hz", t.source, t.created]
                     for t in takes], ["id", "name", "duration", "rate", "source", "created"])
    else:
        print({"import": "Nothing was imported.", "recover": "No unfinished takes to recover."}.get(
            args.action, "No takes yet. Record one with `voice-studio record -o take.wav --library`."))
    return 0
