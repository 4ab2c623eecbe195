"""Watching the database for changes made elsewhere (another workstation, the command line).

watcher_for(engine) gives a watcher whose poll() returns the changes seen since the last call,
without blocking:
- PostgreSQL: a dedicated connection (not one of the engine's pool) LISTENs on the channel the
  triggers of migration 0019 notify, in a background thread; each notification is one RawChange
  with the table, the operation and the ids of the patient and the visit. If the connection
  drops, the thread reconnects quietly (backing off up to RECONNECT_MAX_S) and reports one
  change of unknown kind once it is back, as something may have been missed meanwhile.
- SQLite: PRAGMA data_version on a connection of its own, read at each poll(); it moves on when
  any other connection commits, and then poll() returns one change of unknown kind.
- anything else (an in-memory SQLite database): nothing is ever seen.

stop() ends the thread and closes the connection; it is safe to call more than once.
Payloads hold ids only, never a name; nothing here writes to the log but the connection trouble.
"""
from __future__ import annotations

import json
import logging
import queue
import sqlite3
import threading
from typing import NamedTuple

from sqlalchemy.engine import Engine

log = logging.getLogger("bodymap.db.watch")

CHANNEL = "bodymap_changes"            # the channel of migration 0019's triggers
LISTEN_WAIT_S = 0.25                   # how long the thread waits for a notification before looking at stop
RECONNECT_MIN_S, RECONNECT_MAX_S = 0.5, 5.0
MAX_BATCH = 5000                       # more at once than this: reported as one unknown change


class RawChange(NamedTuple):
    """One change seen: table and op are None when the watcher cannot tell what changed."""
    table: str | None = None
    op: str | None = None
    patient_id: int | None = None
    visit_id: int | None = None


UNKNOWN = RawChange()


class NullWatcher:
    """For a database nobody else can reach (SQLite in memory)."""
    backend = "none"

    def poll(self) -> list[RawChange]:
        return []

    def stop(self) -> None:
        pass


class SqliteWatcher:
    """PRAGMA data_version, read on a connection of its own at every poll()."""
    backend = "sqlite"

    def __init__(self, path: str) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._stopped = False
        self._version = self._read()          # the baseline: what is stored now is known

    def _read(self) -> int | None:
        try:
            if self._conn is None:
                # mode=rw: never make a new, empty database where the file went away
                self._conn = sqlite3.connect(f"file:{self._path}?mode=rw", uri=True, isolation_level=None,
                                             check_same_thread=False, timeout=0.2)
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            self._close()
            return None

    def poll(self) -> list[RawChange]:
        if self._stopped:
            return []
        had_connection = self._conn is not None
        version = self._read()
        if version is None:
            return []
        if not had_connection:                # a new connection has a new counter: compare no more
            self._version = version
            return [UNKNOWN]
        if version != self._version:
            self._version = version
            return [UNKNOWN]
        return []

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    def stop(self) -> None:
        self._stopped = True
        self._close()


def _parse(payload: str) -> RawChange:
    try:
        data = json.loads(payload)
        return RawChange(str(data["table"]), str(data["op"]), _int(data.get("patient_id")),
                         _int(data.get("visit_id")))
    except (ValueError, KeyError, TypeError):
        return UNKNOWN


def _int(value) -> int | None:
    return None if value is None else int(value)


class PostgresWatcher:
    """LISTEN on a dedicated connection, in a daemon thread that stop() ends and joins."""
    backend = "postgresql"

    def __init__(self, connect_kwargs: dict) -> None:
        self._kwargs = connect_kwargs
        self._queue: queue.SimpleQueue[RawChange] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._conn = None
        self.backend_pid: int | None = None           # the listening connection's server process
        self.reconnects = 0
        self._thread = threading.Thread(target=self._run, name="bodymap-change-watch", daemon=True)
        self._thread.start()

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    def wait_listening(self, timeout: float) -> bool:
        """True once LISTEN is in place (tests and benchmarks wait for it before changing)."""
        return self._listening.wait(timeout)

    def _connect(self):
        import psycopg
        conn = psycopg.connect(**self._kwargs, autocommit=True)
        try:
            conn.execute(f"LISTEN {CHANNEL}")
            self.backend_pid = conn.info.backend_pid
        except BaseException:
            conn.close()
            raise
        return conn

    def _run(self) -> None:
        import psycopg
        delay = RECONNECT_MIN_S
        first = True
        while not self._stop.is_set():
            conn = None
            try:
                conn = self._connect()
                self._conn = conn
                self._listening.set()
                if not first:
                    self.reconnects += 1
                    log.info("change watch: listening again")
                    self._queue.put(UNKNOWN)          # changes made while it was away were not heard
                first = False
                delay = RECONNECT_MIN_S
                while not self._stop.is_set():
                    for note in conn.notifies(timeout=LISTEN_WAIT_S):
                        self._queue.put(_parse(note.payload))
            except (psycopg.Error, OSError) as exc:
                self._listening.clear()
                if not self._stop.is_set():
                    log.warning("change watch: connection lost (%s); retrying", exc.__class__.__name__)
                    first = False
                    self._stop.wait(delay)
                    delay = min(delay * 2, RECONNECT_MAX_S)
            finally:
                self._conn = None
                if conn is not None:
                    try:
                        conn.close()
                    except Exception:
                        pass
        self._listening.clear()

    def poll(self) -> list[RawChange]:
        seen: list[RawChange] = []
        while True:
            try:
                seen.append(self._queue.get_nowait())
            except queue.Empty:
                break
            if len(seen) > MAX_BATCH:                 # a whole import: say "something", drain the rest
                while True:
                    try:
                        self._queue.get_nowait()
                    except queue.Empty:
                        return [UNKNOWN]
        return seen

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()


def _postgres_kwargs(engine: Engine) -> dict:
    _args, params = engine.dialect.create_connect_args(engine.url)
    kwargs = {k: v for k, v in params.items() if v is not None}
    kwargs.setdefault("connect_timeout", 5)
    # a connection that goes away without a word (a cable, a sleeping laptop) is found out too
    kwargs.update(keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
    return kwargs


def watcher_for(engine: Engine) -> NullWatcher | SqliteWatcher | PostgresWatcher:
    """The watcher that suits the engine's database (see the module's docstring)."""
    name = engine.dialect.name
    if name == "postgresql":
        return PostgresWatcher(_postgres_kwargs(engine))
    if name == "sqlite":
        path = engine.url.database
        if path and path != ":memory:" and not path.startswith("file::memory:"):
            return SqliteWatcher(path)
    return NullWatcher()
