"""The page check at opening (PRAGMA quick_check, time-bounded) on a ~1 GB SQLite database.

Run:  .venv/bin/python benchmarks/open_check.py [--size-mb 1024] [--repeats 7]

The database is a migrated bodymap schema padded with patients whose notes make it about
--size-mb (cached under /tmp/bodymap-bench). Opening (db.make_engine, which connects once) is
timed with the check (db.OPEN_CHECK_SECONDS) and without it (check_seconds=0), interleaved in the
same run; a full, unbounded quick_check is timed too, for the backup's cost.
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import CACHE_DIR  # noqa: E402
from benchmarks.measure import interleaved, q  # noqa: E402
from bodymap import db  # noqa: E402

NOTE_BYTES = 8_000


def padded_database(size_mb: int) -> Path:
    path = CACHE_DIR / f"open-check-{size_mb}mb.sqlite3"
    if path.is_file() and path.stat().st_size >= size_mb * 1_000_000 * 0.9:
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine, _sessions = db.open_database(f"sqlite:///{path}")
    engine.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    rows = size_mb * 1_000_000 // (NOTE_BYTES + 200)
    conn.execute("BEGIN")
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO patients (chart_number, name, sex, notes, version, created_at, updated_at) "
        "SELECT 'B' || i, 'Bench patient ' || i, 'unknown', hex(randomblob(?)), 1, "
        "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000' FROM n", (rows, NOTE_BYTES // 2))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    path = padded_database(args.size_mb)
    url = f"sqlite:///{path}"

    def open_with():
        db.make_engine(url).dispose()

    def open_without():
        db.make_engine(url, check_seconds=0).dispose()

    with_ms, without_ms, _ratios = interleaved(open_with, open_without, args.repeats)
    conn = sqlite3.connect(path)
    started = time.perf_counter()
    full = db.sqlite_damage(conn)
    full_ms = (time.perf_counter() - started) * 1000
    conn.close()
    print(f"file {path.stat().st_size / 1e6:.0f} MB, SQLite {sqlite3.sqlite_version}, "
          f"check limit {db.OPEN_CHECK_SECONDS} s, {args.repeats} pairs")
    print(f"open with the check:    median {statistics.median(with_ms):.1f} ms (q1..q3 {q(with_ms, 1):.1f}..{q(with_ms, 3):.1f})")
    print(f"open without the check: median {statistics.median(without_ms):.1f} ms (q1..q3 {q(without_ms, 1):.1f}..{q(without_ms, 3):.1f})")
    print(f"full quick_check (the backup's): {full_ms:.0f} ms, result {'ok' if full is None else full}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
