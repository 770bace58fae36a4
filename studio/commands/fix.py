"""`voice-studio fix KIND FILE [-o OUT] [--provider P]`: a fixed copy of a sample, as the Validate pane's
fix buttons make it (the source is never changed), recorded in the library and checked again."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio import catalog
from studio.commands._common import emit_json, progress_printer, wants_json
from studio.errors import InvalidInputError
from studio.flows import fixes as fixes_flow
from studio.i18n import system_language
from studio.validation.findings import FixKind, preflight
from studio.workspace import Workspace

KINDS = tuple(k.value for k in fixes_flow.SUFFIX)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, help="which fix: " + ", ".join(KINDS))
    parser.add_argument("file", type=Path, help="the sample to fix (it is not changed)")
    parser.add_argument("-o", "--output", type=Path, help="where to write the fixed WAV (default: the samples folder)")
    parser.add_argument("--provider", "-p", choices=catalog.names(), help="aim at this provider's rules "
                        "(rate range, window); default: the active provider")


def run(args: argparse.Namespace, ws: Workspace) -> int:
    if not args.file.is_file():
        raise InvalidInputError(f"{args.file}: no such file.", detail_zh=f"{args.file}：文件不存在。")
    if args.output is not None and args.output.exists():
        raise InvalidInputError(f"{args.output} already exists; choose a new name.",
                                detail_zh=f"{args.output} 已存在，请换一个名称。")
    spec = catalog.spec(args.provider or ws.active_provider_name())
    keys = spec.rule_keys() or next(s for s in catalog.specs() if s.clones).rule_keys()
    fixed = fixes_flow.apply(ws.store, FixKind(args.kind), args.file, label=args.file.stem, rule_key=keys[0],
                             lang=system_language(), target=args.output,
                             progress=progress_printer(not wants_json(args)))
    verdicts = preflight(fixed.report, keys) if fixed.report is not None else {}
    if not fixed.changed:
        reason = fixed.reason(system_language()) if fixed.reason else ""
        if wants_json(args):
            emit_json({"output": None, "changed": False, "reason_en": fixed.reason.en if fixed.reason else "",
                       "reason_zh": fixed.reason.zh if fixed.reason else "",
                       "verdicts": {k: v.verdict for k, v in verdicts.items()}})
        else:
            print(reason)
        return 0
    if wants_json(args):
        emit_json({"output": str(fixed.path), "name": fixed.name, "sample_id": fixed.sample.id,
                   "params": fixed.sample.params, "verdicts": {k: v.verdict for k, v in verdicts.items()}})
    else:
        print(f"Wrote {fixed.path} ({fixed.name})")
        for key, verdict in verdicts.items():
            print(f"  {catalog.rule_tables()[key].name_en}: {verdict.verdict}", file=sys.stdout)
    return 0
