"""`voice-studio voices list|create|design|show|update|delete|texts|check`."""

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
from studio.flows import clone as clone_flow
from studio.flows.enrol import design, enrol, update
from studio.flows.library import sync_all
from studio.i18n import system_language
from studio.library.models import Job, Voice
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
    p.add_argument("--name", required=True, help="voice name (as the provider names voices: some take it as the id prefix)")
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
    p = sub.add_parser("texts", help="the lines a provider wants read for a clone")
    add_provider_argument(p, required=True)
    p.add_argument("--domain", help="the kind of lines, where the provider offers kinds")

    p = sub.add_parser("check", help="the provider's own online check of a take of one of its lines")
    add_provider_argument(p, required=True)
    p.add_argument("--audio", type=Path, required=True, help="the take")
    p.add_argument("--text-id", dest="check_text_id", required=True, help="the id of the line the take reads")
    p.add_argument("--environment", action="store_true", help="only check that the room is quiet enough")

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
    if action == "texts":
        return _texts(args, ws)
    if action == "check":
        return _check(args, ws)
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
    if not wants_json(args):
        shown = {v.id for v in voices}
        for soon in clone_flow.expiring(ws.store):
            if soon.voice.id in shown:
                when = soon.expires.astimezone().strftime("%Y-%m-%d %H:%M")
                state = "expired" if soon.expired else f"expires in {soon.days_left:.0f} day(s)"
                print(f"Warning: {soon.voice.name or soon.voice.remote_id} ({soon.voice.provider}) {state}, on {when}.",
                      file=sys.stderr)
    return 1 if failures else 0


def _create(args: argparse.Namespace, ws: Workspace) -> int:
    provider = ws.provider(args.provider)
    options = option_values(args, provider.spec, "enrol")
    progress = progress_printer(not wants_json(args))
    if provider.spec.clones and not provider.spec.clones_at_once:  # a clone through the provider's job
        if args.audio is None:
            raise InvalidInputError("This provider clones from a take on this computer: give --audio.",
                                    detail_zh="该服务商需要本机录音文件：请使用 --audio。")
        made = clone_flow.clone(ws.store, provider, args.name, args.audio, options=options, wait=not args.no_wait,
                                progress=progress)
        if isinstance(made, Job):
            _show_job(args, made)
            return 1 if made.status == "failed" else 0
        voice = made
    else:
        voice = enrol(ws.store, provider, args.name, audio=args.audio, url=args.url, options=options,
                      wait=not args.no_wait, progress=progress)
    _show(args, voice)
    return 0 if voice.status != "failed" else 1


def _design(args: argparse.Namespace, ws: Workspace) -> int:
    provider = ws.provider(args.provider)
    voice = design(ws.store, provider, args.name, args.prompt, args.preview_text,
                   options={"target_model": args.model, "language_hints": args.design_language_hints},
                   progress=progress_printer(not wants_json(args)))
    _show(args, voice)
    return 0 if voice.status != "failed" else 1


def _texts(args: argparse.Namespace, ws: Workspace) -> int:
    lines = clone_flow.training_texts(ws.provider(args.provider), domain=args.domain)
    if wants_json(args):
        emit_json(lines)
    else:
        print_table([[line.text_id, line.text] for line in lines], ["text id", "line to read"])
    return 0


def _check(args: argparse.Namespace, ws: Workspace) -> int:
    check = clone_flow.check_take(ws.provider(args.provider), args.audio, text_id=args.check_text_id,
                                  environment=args.environment)
    if wants_json(args):
        emit_json(check)
    else:
        print(check.message_zh if system_language().startswith("zh") else check.message)
    return 0 if check.passed else 1


def _show_job(args: argparse.Namespace, job: Job) -> None:
    if wants_json(args):
        emit_json(job)
        return
    print(f"The provider is still making the voice (job {job.remote_id}, {job.status_raw or job.status}); "
          "the Library follows it: see `voice-studio jobs show`.")
    if job.message:
        print(job.message)


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
