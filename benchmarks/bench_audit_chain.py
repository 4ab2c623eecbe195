"""Benchmark: what the audit trail's hash chain costs when a trigger point is placed.

Run:  .venv/bin/python benchmarks/bench_audit_chain.py [--repeats N] [--audit-rows N] [--no-postgres]

In the same run, interleaved (so the machine's noise hits all alike), on a database whose trail
already holds --audit-rows rows:
  * raw:      one sqlite3/psycopg INSERT + COMMIT of a trigger point (the floor, as scenario 2),
  * before:   ChartService.add_trigger_point with the audit row written as before the chain (one
              plain INSERT, no lock, no hash),
  * after:    ChartService.add_trigger_point as it is (the chain head locked, the row hashed and
              linked, the head moved on).
Printed: the median of each, the extra time per action (after - before, median of the pairs) and
the ratio after/before. SQLite (WAL, synchronous FULL) and, when its binaries are found,
PostgreSQL (fsync on, over TCP on localhost).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sqlalchemy import insert, text  # noqa: E402

from bodymap import db  # noqa: E402
from bodymap.domain.charting import PatientInput, VisitInput  # noqa: E402
from bodymap.services import ChartService  # noqa: E402
from bodymap.services import audit as audit_module  # noqa: E402
from bodymap.services.demo import region_point  # noqa: E402

_CHAINED = audit_module.append_audit
_PLAIN_INSERT = insert(db.AuditEntry.__table__)


def _unchained(connection, values):
    """The audit row as it was written before the chain: one INSERT, the time from the column default."""
    connection.execute(_PLAIN_INSERT, values)


def _fill_trail(engine, rows: int, backend: str) -> None:
    """rows audit rows already chained (as the upgrade would leave them), with a head naming the last."""
    from bodymap.domain.audit_chain import link_hash
    with engine.connect() as conn:
        prev_id, prev_hash = conn.execute(text("SELECT last_id, last_hash FROM audit_chain")).one()
        start = conn.execute(text("SELECT coalesce(max(id), 0) FROM audit_log")).scalar_one() + 1
    batch, at = [], db.utcnow()
    table = db.AuditEntry.__table__
    with engine.begin() as conn:
        for ident in range(start, start + rows):
            row = {"id": ident, "prev_id": prev_id, "at": at, "actor_id": None, "actor_name": "bench",
                   "action": "update", "entity": "visit", "entity_id": 1, "patient_id": 1, "visit_id": 1,
                   "before": {"notes": "x" * 40}, "after": {"notes": "y" * 40}}
            row["hash"] = prev_hash = link_hash(prev_hash, row)
            prev_id = ident
            batch.append(row)
            if len(batch) == 5000:
                conn.execute(insert(table), batch)
                batch = []
        if batch:
            conn.execute(insert(table), batch)
        conn.execute(text("UPDATE audit_chain SET last_id = :i, last_hash = :h"), {"i": prev_id, "h": prev_hash})
        if backend == "postgresql":
            conn.execute(text("SELECT setval(pg_get_serial_sequence('audit_log', 'id'), :i)"), {"i": prev_id})


def measure(url: str, backend: str, repeats: int, audit_rows: int, raw_insert) -> dict:
    engine, sessions = db.open_database(url)
    service = ChartService(sessions)
    patient = service.create_patient(PatientInput(chart_number="BENCH-1", name="Bench Patient"))
    visit = service.create_visit(patient.id, VisitInput(started_at=db.utcnow().replace(microsecond=0)))
    _fill_trail(engine, audit_rows, backend)
    x, y = region_point("anterior", "pectoral", "right")

    def chained():
        audit_module.append_audit = _CHAINED
        service.add_trigger_point(visit.id, "anterior", x, y)

    def unchained():
        audit_module.append_audit = _unchained
        try:
            service.add_trigger_point(visit.id, "anterior", x, y)
        finally:
            audit_module.append_audit = _CHAINED

    def raw():
        raw_insert(visit.id, x, y)

    runs = {"raw": [], "before": [], "after": []}
    order = (("raw", raw), ("before", unchained), ("after", chained))
    for k in range(repeats + 5):
        for name, fn in (order if k % 2 == 0 else order[::-1]):     # alternate the order too
            t0 = time.perf_counter()
            fn()
            elapsed = (time.perf_counter() - t0) * 1000
            if k >= 5:                                                # warm-up
                runs[name].append(elapsed)
    engine.dispose()
    return runs


def _sqlite(repeats: int, audit_rows: int) -> dict:
    import sqlite3
    folder = Path(tempfile.mkdtemp(prefix="bodymap-bench-chain-"))
    path = folder / "bench.sqlite3"
    db.open_database(f"sqlite:///{path}")[0].dispose()
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")

    def raw_insert(visit_id, x, y):
        raw.execute("BEGIN")
        raw.execute(_RAW_TP, (visit_id, x, y))
        raw.execute("COMMIT")
    try:
        return measure(f"sqlite:///{path}", "sqlite", repeats, audit_rows, raw_insert)
    finally:
        raw.close()
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()


def _postgres(repeats: int, audit_rows: int) -> tuple[dict, str]:
    import generate as gen
    cluster = gen.PgCluster().start()
    try:
        with cluster.connect() as conn:
            conn.execute('CREATE DATABASE "chain"')
        raw = cluster.connect("chain")

        def raw_insert(visit_id, x, y):
            with raw.transaction():
                raw.execute(_RAW_TP.replace("?", "%s"), (visit_id, x, y))
        raw.autocommit = True
        try:
            return measure(cluster.url("chain"), "postgresql", repeats, audit_rows, raw_insert), cluster.version()
        finally:
            raw.close()
    finally:
        cluster.stop()


_RAW_TP = ("INSERT INTO trigger_points (visit_id, view, x, y, diagram_version, region, muscle, site, side, status, "
           "taut_band, spot_tenderness, pain_recognition, local_twitch, referred_pain, needled, needle_size, notes, "
           "carry_confirmed, created_at, updated_at) VALUES (?, 'anterior', ?, ?, 1, 'pectoral', NULL, NULL, 'right', "
           "'active', false, false, false, false, false, false, '', '', false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")


def report(label: str, runs: dict) -> None:
    med = {k: statistics.median(v) for k, v in runs.items()}
    extra = [a - b for a, b in zip(runs["after"], runs["before"])]
    ratios = sorted(a / b for a, b in zip(runs["after"], runs["before"]))
    q1, q3 = ratios[len(ratios) // 4], ratios[3 * len(ratios) // 4]
    print(f"{label}: raw INSERT+COMMIT {med['raw']:.2f} ms | place a trigger point: before the chain "
          f"{med['before']:.2f} ms, with the chain {med['after']:.2f} ms | extra per action "
          f"{statistics.median(extra):+.3f} ms (median of pairs), ratio {statistics.median(ratios):.3f} "
          f"[{q1:.3f}..{q3:.3f}]; vs raw {med['after'] / med['raw']:.2f}x (before {med['before'] / med['raw']:.2f}x)",
          flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200)
    parser.add_argument("--audit-rows", type=int, default=100_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    report(f"SQLite, {args.audit_rows} audit rows", _sqlite(args.repeats, args.audit_rows))
    if not args.no_postgres:
        try:
            runs, version = _postgres(args.repeats, args.audit_rows)
        except Exception as exc:            # no server binaries here
            print(f"PostgreSQL not measured: {exc}")
        else:
            report(f"PostgreSQL {version}, {args.audit_rows} audit rows", runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
