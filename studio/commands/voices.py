"""`voice-studio voices list|create|design|show|update|delete`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio import catalog
from studio.commands._common import (
    add_option_flags,
    add_provider_argument,
    emit_json,
    find_voice,
    option_values,
    print_table,
    progress_printer,
    wants_json,
)
from studio.errors import ErrorKind, InvalidInputError, StudioError
from studio.flows.enrol import design, enrol, update
from studio.flows.library import sync_all
from studio.i18n import system_language
from studio.library.models import Voice
from studio.workspace import Workspace


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="list voices in the library")
    add_provider_argument(p)
    p.add_argument("--sync", action="store_true", help="refresh from the provider(s) first")
    p.add_argument("--status", help="only voices with this status (ready, pending, failed, gone)")

    p = sub.add_parser("create", help="clone a voice from a sample", epilog=_choices_epilog("enrol"),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_provider_argument(p, required=True)
    p.add_argument("--name", required=True, help="voice name (CosyVoice: the id prefix)")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--audio", type=Path, help="local sample file")
    src.add_argument("--url", help="public URL of the sample")
    add_option_flags(p, "enrol")
    p.add_argument("--no-wait", action="store_true", help="return before the voice is ready")

    p = sub.add_parser("design", help="design a voice from a written description (where the provider can)")
    add_provider_argument(p, required=True)
    p.add_argument("--name", required=True, help="voice name (as the provider names voices)")
    p.add_argument("--prompt", required=True, help="what the voice should sound like")
    p.add_argument("--preview-text", required=True, help="a line for the new voice to read as its preview")
    p.add_argument("--model", help="the model the voice will speak with (default: the provider's default)")
    p.add_argument("--language-hint", dest="design_language_hints", action="append",
                   help="language of the description and preview; repeatable")

    p = sub.add_parser("show", help="show one voice")
    p.add_argument("voice", help="library id, remote id or name")
    add_provider_argument(p)

    p = sub.add_parser("update", help="re-enroll a voice from another sample")
    p.add_argument("voice")
    add_provider_argument(p)
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--audio", type=Path)
    src.add_argument("--url")

    p = sub.add_parser("delete", help="delete a voice at the provider and from the library")
    p.add_argument("voice")
    add_provider_argument(p)
    p.add_argument("--local-only", action="store_true", help="forget it locally, keep it at the provider")


def _choices_epilog(kind: str) -> str:
    """What each choice of each provider's options is for, as the providers' specs say (e.g. which target
    model suits what), so `--help` answers it without reading the docs."""
    lines = []
    for spec in catalog.specs():
        for option in getattr(spec, f"{kind}_options"):
            described = [c for c in option.choices if c.title.en and c.title.en != str(c.value)]
            if described:
                lines.append(f"{option.flag} ({spec.name}):")
                lines.extend(f"  {c.title.en}" if c.title.en.startswith(str(c.value)) else f"  {c.value}: {c.title.en}"
                             for c in described)
    return "\n".join(lines)


def run(args: argparse.Namespace, ws: Workspace) -> int:
    action = args.action
    if action == "list":
        return _list(args, ws)
    if action == "create":
        return _create(args, ws)
    if action == "design":
        return _design(args, ws)
    if action == "show":
        _show(args, find_voice(ws.store, args.voice, args.provider))
        return 0
    if action == "update":
        return _update(args, ws)
    if action == "delete":
        return _delete(args, ws)
    return 2


def _list(args: argparse.Namespace, ws: Workspace) -> int:
    providers = [args.provider] if args.provider else list(catalog.names())
    failures = 0
    if args.sync:
        for outcome in sync_all(ws.store, providers, ws.provider):
            if outcome.error is not None:  # one provider failing must not hide the others
                failures += 1
                print(f"{outcome.provider}: sync failed: {outcome.error.user_message(system_language())}",
                      file=sys.stderr)
            elif outcome.report is not None and not wants_json(args):
                report = outcome.report
                print(f"{outcome.provider}: {report.total_remote} remote, {len(report.adopted)} adopted, "
                      f"{len(report.gone)} gone")
    where, params = [], []
    if args.provider:
        where.append("provider = ?")
        params.append(args.provider)
    if args.status:
        where.append("status = ?")
        params.append(args.status)
    voices = ws.store.all(Voice, " AND ".join(where), params, order="provider, name")
    if wants_json(args):
        emit_json(voices)
    elif voices:
        print_table([[str(v.id), v.provider, v.name, v.remote_id, v.target_model, v.status, v.status_raw]
                     for v in voices],
                    ["id", "provider", "name", "remote id", "model", "status", "vendor status"])
    else:
        print("No voices yet. Create one with `voice-studio voices create` or sync with --sync.")
    return 1 if failures else 0


def _create(args: argparse.Namespace, ws: Workspace) -> int:
    provider = ws.provider(args.provider)
    voice = enrol(ws.store, provider, args.name, audio=args.audio, url=args.url,
                  options=option_values(args, provider.spec, "enrol"), wait=not args.no_wait,
                  progress=progress_printer(not wants_json(args)))
    _show(args, voice)
    return 0 if voice.status != "failed" else 1


def _design(args: argparse.Namespace, ws: Workspace) -> int:
    provider = ws.provider(args.provider)
    voice = design(ws.store, provider, args.name, args.prompt, args.preview_text,
                   options={"target_model": args.model, "language_hints": args.design_language_hints},
                   progress=progress_printer(not wants_json(args)))
    _show(args, voice)
    return 0 if voice.status != "failed" else 1


def _update(args: argparse.Namespace, ws: Workspace) -> int:
    voice = find_voice(ws.store, args.voice, args.provider)
    if args.audio is not None and not args.audio.exists():
        raise InvalidInputError(f"{args.audio}: no such file.", detail_zh=f"{args.audio}：文件不存在。")
    voice = update(ws.store, ws.provider(voice.provider), voice, audio=args.audio, url=args.url,
                   progress=progress_printer(not wants_json(args)))
    _show(args, voice)
    return 0


def _delete(args: argparse.Namespace, ws: Workspace) -> int:
    voice = find_voice(ws.store, args.voice, args.provider)
    if not args.local_only and voice.status != "gone":
        try:
            ws.provider(voice.provider).delete_voice(voice.remote_id)
        except StudioError as err:
            # The library keeps the voice: say how to forget it here without pretending it left the provider.
            if err.kind == ErrorKind.VENDOR_REJECTED:
                print("To remove it from the library only (it stays at the provider): voice-studio voices delete "
                      f"{voice.id} --local-only\n只从音色库移除（服务商处仍保留）：加上 --local-only。", file=sys.stderr)
            raise
    assert voice.id is not None
    ws.store.delete(Voice, voice.id)
    where = "locally" if args.local_only else f"at {voice.provider} and locally"
    if wants_json(args):
        emit_json({"deleted": voice.remote_id, "provider": voice.provider, "local_only": args.local_only})
    else:
        print(f"Deleted {voice.name or voice.remote_id} {where}. Its takes and samples are kept.")
    return 0


def _show(args: argparse.Namespace, voice: Voice) -> None:
    if wants_json(args):
        emit_json(voice)
        return
    for label, value in (("id", voice.id), ("name", voice.name), ("provider", voice.provider),
                         ("remote id", voice.remote_id), ("model", voice.target_model),
                         ("status", f"{voice.status} ({voice.status_raw})"), ("created", voice.created),
                         ("modified", voice.modified)):
        print(f"{label:>10}: {value}")
    for key, value in sorted(voice.extra.items()):
        print(f"{key:>10}: {value}")
