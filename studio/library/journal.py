"""The job journal of one provider, kept in the library's jobs table.

A provider notes a create here before sending it (with the client reference it sends, such as a
Tencent `customId`), fills in the vendor's id when the answer comes, and looks its unsettled entries up
again after a crash or a lost answer, instead of creating a twin. Entries are ordinary job rows, so the
Jobs tab shows a job from the moment it is submitted.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from studio.library.models import Job
from studio.library.store import Store
from studio.providers.base import JobStatus

_STATE_KEYS = ("kind", "model")


class StoreJournal:
    """`studio.providers.base.JobJournal` over the jobs table, for one provider."""

    def __init__(self, store: Store, provider: str) -> None:
        self.store = store
        self.provider = provider
        self._lock = threading.Lock()

    def add(self, client_ref: str, **fields: Any) -> None:
        entry = {"at": time.time(), **fields}
        remote = str(fields.get("id") or "")
        with self._lock:
            if self.store.job_by_client_ref(self.provider, client_ref) is not None:
                return
            known = self.store.job_by_remote(self.provider, remote) if remote else None
            if known is not None:  # a job the library already has (recorded before it was journalled)
                known.client_ref = client_ref
                known.extra = {**known.extra, "journal": entry}
                self.store.update(known)
                return
            self.store.add(Job(provider=self.provider, remote_id=remote, client_ref=client_ref,
                               kind=str(fields.get("kind") or "train"), status=JobStatus.QUEUED,
                               model_name=str(fields.get("model") or ""), extra={"journal": entry}))

    def update(self, client_ref: str, **fields: Any) -> None:
        with self._lock:
            job = self.store.job_by_client_ref(self.provider, client_ref)
            if job is None and fields.get("id"):
                job = self.store.job_by_remote(self.provider, str(fields["id"]))
            if job is None:
                return
            entry = dict(job.extra.get("journal") or {})
            if all(entry.get(k) == v for k, v in fields.items()):
                return
            entry.update(fields)
            job.extra = {**job.extra, "journal": entry}
            if fields.get("id") and not job.remote_id:
                job.remote_id = str(fields["id"])
            if not job.client_ref:
                job.client_ref = client_ref
            self.store.update(job)

    def remove(self, client_ref: str) -> None:
        with self._lock:
            job = self.store.job_by_client_ref(self.provider, client_ref)
            if job is not None and job.id is not None and not job.remote_id:
                self.store.delete(Job, job.id)  # a create that never arrived leaves nothing behind

    def entries(self) -> list[dict[str, Any]]:
        """Journal entries, oldest first: {"customId", "id", …what the provider noted}."""
        jobs = self.store.all(Job, "provider = ? AND client_ref IS NOT NULL", (self.provider,), order="id")
        out = []
        for job in jobs:
            entry = dict(job.extra.get("journal") or {})
            entry["customId"] = job.client_ref
            entry["id"] = job.remote_id or entry.get("id")
            out.append(entry)
        return out
