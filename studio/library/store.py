"""SQLite store for the library: WAL, a schema version, migrations, transactional writes.

One `Store` per process. sqlite3 connections are not shared across threads, so each thread gets
its own connection (WAL lets readers and one writer proceed together). Every write is a single
transaction: a crash leaves either the old row or the new one, never half of either.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from studio.library.models import Audition, Job, Sample, Take, Voice, now_iso

T = TypeVar("T", Take, Sample, Voice, Job, Audition)

TABLES: dict[type, str] = {
    Take: "takes", Sample: "samples", Voice: "voices", Job: "jobs", Audition: "auditions",
}

# Each entry moves the schema from version i to i+1. Never edit a shipped entry: append a new one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE takes (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL, duration_s REAL, sample_rate INTEGER,
        channels INTEGER, peak_db REAL, rms_db REAL, clip_count INTEGER, overflows INTEGER, warnings TEXT,
        tags TEXT, notes TEXT, source TEXT, trashed INTEGER, script TEXT, line_index INTEGER, created TEXT);
    CREATE TABLE samples (
        id INTEGER PRIMARY KEY, take_id INTEGER REFERENCES takes(id) ON DELETE SET NULL, path TEXT NOT NULL,
        kind TEXT, params TEXT, duration_s REAL, report TEXT, created TEXT);
    CREATE TABLE voices (
        id INTEGER PRIMARY KEY, provider TEXT NOT NULL, remote_id TEXT NOT NULL, name TEXT, target_model TEXT,
        status_raw TEXT, status TEXT, take_id INTEGER, sample_id INTEGER, tags TEXT, notes TEXT, extra TEXT,
        created TEXT, modified TEXT, synced TEXT, last_audition TEXT, UNIQUE(provider, remote_id));
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY, provider TEXT NOT NULL, remote_id TEXT NOT NULL, kind TEXT, status_raw TEXT,
        status TEXT, model_name TEXT, message TEXT, voice_id INTEGER, history TEXT, extra TEXT, created TEXT,
        updated TEXT, UNIQUE(provider, remote_id));
    CREATE TABLE auditions (
        id INTEGER PRIMARY KEY, provider TEXT, voice TEXT, text TEXT, audio_path TEXT, params TEXT,
        format TEXT,
        sample_rate INTEGER, duration_s REAL, first_audio_s REAL, total_s REAL, characters INTEGER, cost REAL,
        cache_key TEXT, voice_id INTEGER, created TEXT);
    CREATE INDEX auditions_cache ON auditions(cache_key);
    CREATE INDEX voices_provider ON voices(provider, status);
    """,
    # 2: jobs a provider noted before sending their create (no remote id yet) live in the jobs table too,
    # keyed by the client reference sent with the create; auditions keep their word timings; samples
    # carry a name of their own.
    """
    CREATE TABLE jobs_v2 (
        id INTEGER PRIMARY KEY, provider TEXT NOT NULL, remote_id TEXT, client_ref TEXT, kind TEXT,
        status_raw TEXT, status TEXT, model_name TEXT, message TEXT, voice_id INTEGER, history TEXT, extra TEXT,
        created TEXT, updated TEXT);
    INSERT INTO jobs_v2 (id, provider, remote_id, kind, status_raw, status, model_name, message, voice_id, history,
        extra, created, updated)
        SELECT id, provider, remote_id, kind, status_raw, status, model_name, message, voice_id, history, extra,
        created, updated FROM jobs;
    DROP TABLE jobs;
    ALTER TABLE jobs_v2 RENAME TO jobs;
    CREATE UNIQUE INDEX jobs_remote ON jobs(provider, remote_id);
    CREATE UNIQUE INDEX jobs_client_ref ON jobs(provider, client_ref);
    ALTER TABLE auditions ADD COLUMN spans TEXT;
    ALTER TABLE samples ADD COLUMN name TEXT;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

_JSON_TYPES = (list, dict)


# Columns where an empty string is stored as NULL, so a unique index allows many rows without a value.
_NULL_IF_EMPTY: dict[type, frozenset[str]] = {Job: frozenset({"remote_id", "client_ref"})}


def _to_row(obj: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    nullable = _NULL_IF_EMPTY.get(type(obj), frozenset())
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in nullable and value == "":
            value = None
        elif isinstance(value, _JSON_TYPES):
            value = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, bool):
            value = int(value)
        row[f.name] = value
    return row


_COLUMNS: dict[type, tuple[tuple[str, Any, str], ...]] = {}


def _columns(cls: type) -> tuple[tuple[str, Any, str], ...]:
    """(name, default, kind) per field, computed once per record type: row decoding is hot."""
    cached = _COLUMNS.get(cls)
    if cached is not None:
        return cached
    out = []
    for f in dataclasses.fields(cls):
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        if default is dataclasses.MISSING:  # a required field: NULL stored for "" reads back as ""
            default = "" if f.type in ("str", str) else None
        kind = ("json" if isinstance(default, _JSON_TYPES) else "bool" if isinstance(default, bool)
                else "enum" if isinstance(default, Enum) else "")
        out.append((f.name, default, kind))
    _COLUMNS[cls] = tuple(out)
    return _COLUMNS[cls]


def _select(cls: type) -> str:
    """Columns in the record's field order, so a row maps to the constructor positionally."""
    return ", ".join(name for name, _d, _k in _columns(cls))


def _from_row(cls: type[T], row: sqlite3.Row | tuple[Any, ...]) -> T:
    decode = _DECODERS.get(cls) or _decoder(cls)
    return decode(row)  # type: ignore[no-any-return]


_DECODERS: dict[type, Callable[[Any], Any]] = {}


def _decoder(cls: type[T]) -> Callable[[Any], T]:
    """Row → record for one record type. Hot path (10,000 voices open in a blink): positional, and only
    the few special columns touched, each by a loop made for its kind once per type."""
    cols = _columns(cls)
    defaults = [(i, d) for i, (_n, d, kind) in enumerate(cols) if kind in ("", "bool") and d is not None]
    bools = [i for i, (_n, _d, kind) in enumerate(cols) if kind == "bool"]
    jsons = [(i, type(d)) for i, (_n, d, kind) in enumerate(cols) if kind == "json"]
    # a status this release does not know (a newer one wrote it), or NULL: the field's default
    enums = [(i, type(d)._value2member_map_, d) for i, (_n, d, kind) in enumerate(cols) if kind == "enum"]

    def decode(row: Any) -> T:
        values = list(row)
        for i, default in defaults:
            if values[i] is None:  # NULL in an old or hand-edited row: the field's default, never None
                values[i] = default
        for i in bools:
            values[i] = bool(values[i])
        for i, empty in jsons:
            value = values[i]
            values[i] = json.loads(value) if value and value not in ("[]", "{}") else empty()
        for i, members, default in enums:
            values[i] = members.get(values[i], default)
        return cls(*values)

    _DECODERS[cls] = decode
    return decode


class StoreError(Exception):
    pass


class Store:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._migrate()

    # connections
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=True)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; inside another on this thread, part of that one (which commits or
        rolls back the whole)."""
        conn = self._conn()
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _migrate(self) -> None:
        conn = self._conn()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"The library at {self.path} was written by a newer Voice Studio (schema {version})."
            )
        for i in range(version, SCHEMA_VERSION):
            with self.transaction() as tx:
                for statement in MIGRATIONS[i].split(";"):
                    if statement.strip():
                        tx.execute(statement)
                tx.execute(f"PRAGMA user_version = {i + 1}")

    @property
    def schema_version(self) -> int:
        return int(self._conn().execute("PRAGMA user_version").fetchone()[0])

    # generic CRUD
    def add(self, obj: T) -> T:
        table = TABLES[type(obj)]
        row = _to_row(obj)
        row.pop("id")
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self.transaction() as tx:
            cur = tx.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
        obj.id = cur.lastrowid
        return obj

    def update(self, obj: T) -> T:
        if obj.id is None:
            raise StoreError("cannot update a record that was never added")
        if isinstance(obj, (Voice, Job)):
            if isinstance(obj, Voice):
                obj.modified = now_iso()
            else:
                obj.updated = now_iso()
        table = TABLES[type(obj)]
        row: dict[str, Any] = _to_row(obj)
        ident = row.pop("id")
        sets = ", ".join(f"{k} = ?" for k in row)
        with self.transaction() as tx:
            tx.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*row.values(), ident])
        return obj

    def delete(self, cls: type[T], ident: int) -> None:
        with self.transaction() as tx:
            tx.execute(f"DELETE FROM {TABLES[cls]} WHERE id = ?", (ident,))

    def get(self, cls: type[T], ident: int) -> T | None:
        row = self._conn().execute(f"SELECT {_select(cls)} FROM {TABLES[cls]} WHERE id = ?", (ident,)).fetchone()
        return _from_row(cls, row) if row else None

    def all(self, cls: type[T], where: str = "", params: Iterable[Any] = (), order: str = "id") -> list[T]:
        sql = f"SELECT {_select(cls)} FROM {TABLES[cls]}"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order}"
        return [_from_row(cls, r) for r in self._conn().execute(sql, list(params))]

    def count(self, cls: type[T], where: str = "", params: Iterable[Any] = ()) -> int:
        sql = f"SELECT COUNT(*) FROM {TABLES[cls]}" + (f" WHERE {where}" if where else "")
        return int(self._conn().execute(sql, list(params)).fetchone()[0])

    # specific lookups
    def voice_by_remote(self, provider: str, remote_id: str) -> Voice | None:
        rows = self.all(Voice, "provider = ? AND remote_id = ?", (provider, remote_id))
        return rows[0] if rows else None

    def job_by_remote(self, provider: str, remote_id: str) -> Job | None:
        rows = self.all(Job, "provider = ? AND remote_id = ?", (provider, remote_id))
        return rows[0] if rows else None

    def job_by_client_ref(self, provider: str, client_ref: str) -> Job | None:
        rows = self.all(Job, "provider = ? AND client_ref = ?", (provider, client_ref))
        return rows[0] if rows else None

    def upsert_voice(self, voice: Voice) -> Voice:
        """Insert, or update the existing row for (provider, remote_id) keeping local fields."""
        existing = self.voice_by_remote(voice.provider, voice.remote_id)
        if existing is None:
            return self.add(voice)
        voice.id = existing.id
        return self.update(voice)

    def takes(self, include_trashed: bool = False) -> list[Take]:
        return self.all(Take, "" if include_trashed else "trashed = 0", order="created DESC, id DESC")

    def audition_by_cache_key(self, key: str) -> Audition | None:
        rows = self.all(Audition, "cache_key = ?", (key,), order="id DESC")
        return rows[0] if rows else None
