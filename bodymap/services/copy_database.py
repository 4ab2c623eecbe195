"""Copy a whole database to another one (SQLite <-> PostgreSQL): growing from one workstation to a
server without losing a row.

Every table of db.Base.metadata is copied, found generically, so a table added later comes along
without a change here. The target is migrated to head first and must be empty. Tables are copied
in dependency order (metadata.sorted_tables), streamed in batches, with their ids exactly as they
were; PostgreSQL sequences are then moved past the highest id. Before anything is committed, every
table is checked on both sides: the row count and a SHA-256 over the rows in primary-key order,
each value in one canonical encoding (timestamps UTC ISO 8601, floats repr, bytes hex, JSON with
sorted keys, SQL NULL told apart from JSON null). Any difference rolls the whole copy back. The
copy and its audit row ("copied from <URL without password>") are one transaction on the target.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import JSON, Column, ColumnElement, LargeBinary, String, Table, func, null, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from bodymap import db
from bodymap.errors import QT_TRANSLATE_NOOP, BodymapError, DatabaseError, Joined, ValidationError
from bodymap.services.audit import ActorLike, insert_audit

DEFAULT_BATCH = 2000
Progress = Callable[[str, int], None]       # (table name, rows copied so far in it)


@dataclasses.dataclass(frozen=True)
class TableCheck:
    """One table, as counted and checksummed on both sides."""

    table: str
    source_rows: int
    target_rows: int
    source_sha256: str
    target_sha256: str

    @property
    def same(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sha256 == self.target_sha256


@dataclasses.dataclass(frozen=True)
class CopyReport:
    source: str                   # the URLs without passwords
    target: str
    tables: tuple[TableCheck, ...]
    seconds: float
    committed: bool

    @property
    def ok(self) -> bool:
        return all(t.same for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables)

    def lines(self) -> list[str]:
        """The per-table report, one tab-separated line per table, then a summary (the check word
        and the summary are Messages: bodymap.cli.words.message shows them in the user's language)."""
        out: list[str] = [Joined((t.table, str(t.source_rows), str(t.target_rows), t.target_sha256[:16],
                                  QT_TRANSLATE_NOOP("Records", "ok") if t.same else
                                  QT_TRANSLATE_NOOP("Records", "DIFFERENT")), "\t") for t in self.tables]
        rate = self.rows / self.seconds if self.seconds > 0 else 0.0
        if self.committed:
            out.append(QT_TRANSLATE_NOOP("Records", "Copied {rows} rows in {tables} tables from {source} to {target} "
                                         "in {seconds} s ({rate} rows/s); every table checked.").format(
                rows=self.rows, tables=len(self.tables), source=self.source, target=self.target,
                seconds=round(self.seconds, 1), rate=round(rate)))
        else:
            bad = ", ".join(t.table for t in self.tables if not t.same)
            out.append(QT_TRANSLATE_NOOP("Records", "The copy differs from the source in: {tables}. Nothing was kept "
                                         "in {target}.").format(tables=bad, target=self.target))
        return out


def copy_database(source: Engine, target: Engine, actor: ActorLike, *, batch: int = DEFAULT_BATCH,
                  progress: Progress | None = None) -> CopyReport:
    """Copy every table of source into the empty database target (migrated to head here).

    The source must already be at head (db.open_database). ValidationError for a target that is
    the source or not empty; DatabaseError when a database refuses; a report with committed=False
    (and nothing written) when a table's count or checksum differs."""
    if batch < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The batch size must be at least 1."))
    shown_source, shown_target = db.mask_url(source.url), db.mask_url(target.url)
    if _same_database(source, target):
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The target is the source database itself; choose "
                                                      "another database to copy to."))
    _refuse_non_empty(target, shown_target)
    db.migrate(target)
    db.ensure_audit_protection(target)
    _refuse_non_empty(target, shown_target)
    started = time.perf_counter()
    tables = list(db.Base.metadata.sorted_tables)
    try:
        with _snapshot(source) as src, target.connect() as dst:
            with dst.begin() as transaction:
                sums = [_copy_table(src, dst, table, batch, progress) for table in tables]
                _fix_sequences(dst, tables)
                checks = tuple(TableCheck(table.name, rows, *_target_sum(dst, table, digest))
                               for table, (rows, digest) in zip(tables, sums, strict=True))
                report = CopyReport(shown_source, shown_target, checks, time.perf_counter() - started, True)
                if not report.ok:
                    transaction.rollback()
                    return dataclasses.replace(report, committed=False)
                insert_audit(dst, actor, "copy", "database", None, after={
                    "from": shown_source, "rows": {c.table: c.source_rows for c in checks}})
            missing = db.missing_audit_triggers(dst)
    except BodymapError:
        raise
    except SQLAlchemyError as exc:
        raise DatabaseError(QT_TRANSLATE_NOOP("Records", "The copy to {target} failed, so nothing was kept there: "
                                              "{reason}").format(target=shown_target, reason=db._first_line(exc))) from exc
    if missing:
        db.ensure_audit_protection(target)
    return dataclasses.replace(report, seconds=time.perf_counter() - started)


def table_checksums(engine: Engine) -> dict[str, tuple[int, str]]:
    """{table: (rows, sha256)} of every table in metadata, in the copy's canonical encoding."""
    with engine.connect() as connection:
        return {table.name: _checksum(connection, table) for table in db.Base.metadata.sorted_tables}


# --------------------------------------------------------------------------- the steps

def _same_database(source: Engine, target: Engine) -> bool:
    a, b = source.url, target.url
    if a.get_backend_name() != b.get_backend_name():
        return False
    if a.get_backend_name() == "sqlite":
        import os
        if not a.database or not b.database or ":memory:" in (a.database, b.database):
            return False
        try:
            return os.path.samefile(os.path.expanduser(a.database), os.path.expanduser(b.database))
        except OSError:
            return False
    return (a.host or "", a.port or 5432, a.database) == (b.host or "", b.port or 5432, b.database)


# Tables a migrated target already holds one row of (the audit chain's head): the source's row
# replaces it, so the copied trail continues from the source's head.
REPLACED_ON_COPY = frozenset({"audit_chain"})


def _refuse_non_empty(target: Engine, shown: str) -> None:
    """The target may hold the schema, but no row in any table the copy writes."""
    from sqlalchemy import inspect
    try:
        with target.connect() as connection:
            present = set(inspect(connection).get_table_names())
            for table in db.Base.metadata.sorted_tables:
                if table.name not in present or table.name in REPLACED_ON_COPY:
                    continue
                rows = connection.scalar(select(func.count()).select_from(table))
                if rows:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Validation", "The target database {target} is not empty ({table} has {rows} rows); "
                        "copy-database copies only into an empty database. Create a new one and try "
                        "again.").format(target=shown, table=table.name, rows=rows))
    except SQLAlchemyError as exc:
        raise DatabaseError(QT_TRANSLATE_NOOP("Records", "Cannot read the target database {target}: {reason}").format(
            target=shown, reason=db._first_line(exc))) from None


class _snapshot:
    """A read-only connection to the source that sees one moment (REPEATABLE READ on PostgreSQL;
    on SQLite, one read transaction)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.connection: Connection | None = None

    def __enter__(self) -> Connection:
        connection = self.engine.connect()
        if self.engine.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            connection.begin()
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        else:
            connection.begin()
            connection.exec_driver_sql("BEGIN")      # pysqlite starts none before a read
        self.connection = connection
        return connection

    def __exit__(self, *exc: object) -> None:
        assert self.connection is not None
        self.connection.rollback()
        self.connection.close()


def _order(table: Table, dialect: str) -> list[ColumnElement[Any]]:
    """Primary-key order, the same on both backends (text compared byte-wise, not by locale)."""
    columns: Sequence[Column[Any]] = list(table.primary_key.columns) or [
        c for c in table.columns if not isinstance(c.type, (JSON, LargeBinary))]
    out: list[ColumnElement[Any]] = []
    for c in columns:
        if isinstance(c.type, String):
            out.append(c.collate("C") if dialect == "postgresql" else c.collate("BINARY"))
        else:
            out.append(c)
    return out


def _json_null_flags(table: Table) -> list[ColumnElement[Any]]:
    """For each JSON column: is it SQL NULL (as opposed to JSON null)? Both read back as None."""
    return [c.is_(None).label(f"__null_{c.name}") for c in table.columns if isinstance(c.type, JSON)]


def _rows(connection: Connection, table: Table, batch: int) -> Iterator[Sequence[Any]]:
    query = select(*table.columns, *_json_null_flags(table)).order_by(*_order(table, connection.dialect.name))
    result = connection.execute(query, execution_options={"yield_per": batch})   # this query only
    yield from result.partitions(batch)


def _copy_table(src: Connection, dst: Connection, table: Table, batch: int,
                progress: Progress | None) -> tuple[int, str]:
    """Streams the table into dst in batches; returns the source's (rows, sha256)."""
    if table.name in REPLACED_ON_COPY:
        dst.execute(table.delete())
    names = [c.name for c in table.columns]
    json_cols = [c.name for c in table.columns if isinstance(c.type, JSON)]
    pk = list(table.primary_key.columns)
    # a link to a row of the same table that comes later (by id) is set after the table is copied
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    # (an UPDATE would set the columns with an onupdate default, e.g. updated_at: keep them as they were)
    kept = [c.name for c in table.columns if c.onupdate is not None or c.server_onupdate is not None]
    later: list[tuple[Any, dict[str, Any]]] = []
    digest, count, encode = hashlib.sha256(), 0, row_encoder(table)
    for part in _rows(src, table, batch):
        values = []
        for row in part:
            digest.update(encode(row))
            mapping = dict(zip(names, row[:len(names)], strict=True))
            for name, is_null in zip(json_cols, row[len(names):], strict=True):
                if is_null:
                    mapping[name] = null()
            if self_refs and len(pk) == 1:
                own = mapping[pk[0].name]
                for name in self_refs:
                    if mapping[name] is not None and mapping[name] >= own:
                        later.append((own, {name: mapping[name], **{k: mapping[k] for k in kept}}))
                        mapping[name] = None
            values.append(mapping)
        dst.execute(table.insert(), values)
        count += len(values)
        if progress is not None:
            progress(table.name, count)
    for own, changes in later:
        dst.execute(update(table).where(pk[0] == own).values(changes))
    return count, digest.hexdigest()


def _target_sum(connection: Connection, table: Table, source_sha256: str) -> tuple[int, str, str]:
    rows, digest = _checksum(connection, table)
    return rows, source_sha256, digest


def _checksum(connection: Connection, table: Table, batch: int = DEFAULT_BATCH) -> tuple[int, str]:
    digest, count, encode = hashlib.sha256(), 0, row_encoder(table)
    for part in _rows(connection, table, batch):
        for row in part:
            digest.update(encode(row))
        count += len(part)
    return count, digest.hexdigest()


def _fix_sequences(dst: Connection, tables: Sequence[Table]) -> None:
    """PostgreSQL: move each serial id's sequence past the highest copied id (SQLite needs nothing:
    a new rowid is always past the highest)."""
    if dst.dialect.name != "postgresql":
        return
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        sequence = dst.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name})
        if sequence is None:
            continue
        highest = dst.scalar(select(func.max(pk[0])))
        if highest is None:
            dst.execute(text("SELECT setval(CAST(:s AS regclass), 1, false)"), {"s": sequence})
        else:
            dst.execute(text("SELECT setval(CAST(:s AS regclass), :v, true)"), {"s": sequence, "v": highest})


# --------------------------------------------------------------------------- canonical encoding

def _plain(value: Any) -> Any:
    """One value as the checksum sees it, the same whichever backend it was read from."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return {"f": repr(value)}
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return {"t": value.astimezone(dt.UTC).isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"b": bytes(value).hex()}
    if isinstance(value, decimal.Decimal):
        return {"n": str(value)}
    if isinstance(value, dict):
        return {"o": {str(k): _plain(v) for k, v in value.items()}}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return {"s": str(value)}


def row_encoder(table: Table) -> Callable[[Sequence[Any]], bytes]:
    """The canonical bytes of one row as _rows reads it (the table's columns in order, then a SQL
    NULL flag per JSON column). A JSON value is written as JSON text with sorted keys (floats in
    repr, as json does), a SQL NULL in a JSON column as a marker of its own."""
    n = len(table.columns)
    json_flag = {i: n + k for k, i in enumerate(i for i, c in enumerate(table.columns) if isinstance(c.type, JSON))}

    def encode(row: Sequence[Any]) -> bytes:
        values: list[Any] = []
        for i in range(n):
            if i in json_flag:
                values.append("SQL NULL" if row[json_flag[i]] else
                              {"j": json.dumps(row[i], sort_keys=True, ensure_ascii=False, separators=(",", ":"))})
            else:
                values.append(_plain(row[i]))
        return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    return encode
