"""`voice-studio jobs list|show|cancel|delete`."""

from __future__ import annotations

import argparse
import sys

from studio import catalog
from studio.commands._common import add_provider_argument, emit_json, print_table, wants_json
from studio.errors import ErrorKind, InvalidInputError, StudioError
from studio.flows.library import refresh_pending
from studio.library.models import Job
from studio.library.sync import record_job, refresh_job
from studio.workspace import Workspace

PLAIN = {
    "queued": "waiting to start",
    "running": "training",
    "review": "trained — waiting for manual review (up to one working day)",
    "succeeded": "done",
    "failed": "failed",
    "cancelled": "cancelled",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="list jobs")
    add_provider_argument(p)
    p.add_argument("--refresh", action="store_true", help="ask the provider(s) for the latest state")
    for action, help_text in (("show", "show one job (refreshed)"), ("cancel", "cancel a job"),
                              ("delete", "delete a job at the provider and locally")):
        p = sub.add_parser(action, help=help_text)
        p.add_argument("job", help="job id (remote) or #library-id")
        add_provider_argument(p)
        if action == "delete":
            p.add_argument("--local-only", action="store_true", help="forget it locally, keep it at the provider")


def _find(ws: Workspace, ident: str, provider: str | None) -> Job:
    key = ident.lstrip("#")
    if key.isdigit() and (job := ws.store.get(Job, int(key))) is not None:
        return job
    where, params = "remote_id = ?", [ident]
    if provider:
        where += " AND provider = ?"
        params.append(provider)
    jobs = ws.store.all(Job, where, params)
    if len(jobs) != 1:
        raise InvalidInputError(f"No single job {ident!r} in the library.", detail_zh=f"音色库中没有任务 {ident!r}。")
    return jobs[0]


def run(args: argparse.Namespace, ws: Workspace) -> int:
    if args.action == "list":
        if args.refresh:
            names = [args.provider] if args.provider else list(catalog.names())
            for name in names:
                provider = ws.provider(name)
                if provider.is_configured():
                    for remote in provider.list_jobs():
                        record_job(ws.store, remote)
            refresh_pending(ws.store, ws.provider)
        jobs = ws.store.all(Job, "provider = ?" if args.provider else "",
                            [args.provider] if args.provider else [], order="created DESC")
        if wants_json(args):
            emit_json(jobs)
        elif jobs:
            print_table([[j.remote_id, j.provider, j.kind, j.status_raw, PLAIN.get(j.status, j.status),
                          j.model_name, j.created] for j in jobs],
                        ["job", "provider", "kind", "vendor status", "status", "model", "created"])
        else:
            print("No jobs yet. Start one with `voice-studio train`.")
        return 0
    job = _find(ws, args.job, args.provider)
    provider = ws.provider(job.provider)
    if args.action == "show":
        job = refresh_job(ws.store, provider, job)
    elif args.action == "cancel":
        provider.cancel_job(job.remote_id)
        job = refresh_job(ws.store, provider, job)
    elif args.action == "delete":
        if not args.local_only:
            try:
                provider.delete_job(job.remote_id)
            except StudioError as err:
                # The library keeps the job: say how to forget it here without pretending it left the provider.
                if err.kind == ErrorKind.VENDOR_REJECTED:
                    print("To remove it from the library only (it stays at the provider): voice-studio jobs delete "
                          f"#{job.id} --local-only\n只从音色库移除（服务商处仍保留）：加上 --local-only。", file=sys.stderr)
                raise
        assert job.id is not None
        ws.store.delete(Job, job.id)
    if wants_json(args):
        emit_json(job)
    else:
        print(f"{job.remote_id} ({job.provider}, {job.kind}): {PLAIN.get(job.status, job.status)}"
              f" [{job.status_raw}]" + (f" — {job.message}" if job.message else "")
              + (f"; model {job.model_name}" if job.model_name else "")
              + ("; deleted" + (" from the library only" if args.local_only else "")
                 if args.action == "delete" else ""))
        for entry in job.history:
            print(f"  {entry.get('at')}  {entry.get('status_raw')}  {entry.get('message') or ''}")
    return 0
