"""Scenario 4 of the benchmark suite: patient search as you type, against the service's own SQL
through the raw driver, and its flatness from 10,000 to 100,000 patients (SQLite and PostgreSQL)."""
from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import generate as gen
from measure import Result, interleaved, qapp, ratio_result, service_for

# --------------------------------------------------------------------------- 4: patient search

TYPED = ["m", "mü", "mül", "müll", "mülle", "müller", "c000", "c0001", "c00012", "zz", "ann", "anna sch"]


def raw_search_sql(backend: str, text: str) -> tuple[str, dict]:
    """(SQL, parameters) that ChartService.search_patients runs for text, for the raw driver.

    Like-for-like: the service's own statement (bodymap.services.patients.search_sql: the search
    index's candidates, else a walk of the name index), with psycopg's placeholders on
    PostgreSQL. check_same_search asserts that the service really runs it, with the same rows."""
    from bodymap.services.patients import search_query, search_sql
    kind, params = search_query(backend, text.strip(), 200)
    sql = search_sql(backend, kind)
    if backend == "postgresql":
        sql = re.sub(r":(\w+)", r"%(\1)s", sql)
    return sql, params


def check_same_search(engine, service, raw_execute, backend: str) -> None:
    """Each typed text: the service executes the raw baseline's SQL (placeholders aside) and finds
    the same patients in the same order; otherwise the comparison would not be like-for-like."""
    from sqlalchemy import event

    def placeholders(sql):
        return re.sub(r"%\(\w+\)s|:\w+|\?", "?", sql)

    seen = []

    def capture(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", capture)
    try:
        for t in TYPED:
            seen.clear()
            found = [p.id for p in service.search_patients(t)]
            sql, params = raw_search_sql(backend, t)
            if [placeholders(s) for s in seen if "FROM patients" in s] != [placeholders(sql)]:
                raise AssertionError(f"search for {t!r}: the service does not run the baseline's SQL")
            if [row[0] for row in raw_execute(sql, params)] != found:
                raise AssertionError(f"search for {t!r}: the service and the raw SQL find different rows")
    finally:
        event.remove(engine, "before_cursor_execute", capture)


def search_pair(url: str, raw_execute, backend: str, repeats: int, panel: bool = False):
    engine, service = service_for(url)
    check_same_search(engine, service, raw_execute, backend)
    queries = [raw_search_sql(backend, t) for t in TYPED]
    if panel:
        qapp()
        from bodymap.ui.panels.patients import PatientPanel
        widget = PatientPanel(service)

        def target():
            for t in TYPED:
                widget.search.blockSignals(True)
                widget.search.setText(t)
                widget.search.blockSignals(False)
                widget.refresh_patients()
    else:
        def target():
            for t in TYPED:
                service.search_patients(t)

    def baseline():
        for sql, params in queries:
            raw_execute(sql, params)

    res = interleaved(target, baseline, repeats, warmup=2)
    engine.dispose()
    return res


def sqlite_raw(path):
    from bodymap.db.engine import register_search_fold
    conn = sqlite3.connect(path)
    register_search_fold(conn)          # the service's SQL calls bodymap_fold for non-ASCII texts

    def run(sql, params):
        return conn.execute(sql, params).fetchall()
    return run


def scenario_search(path: Path, path_100k: Path, repeats: int, pg=None) -> list[Result]:
    out = []
    r = search_pair(f"sqlite:///{path}", sqlite_raw(path), "sqlite", repeats)
    out.append(ratio_result("4a", "search as you type, 12 keystrokes (SQLite)", 1.5, *r,
                            base_name="the same SQL through raw sqlite3"))
    r = search_pair(f"sqlite:///{path}", sqlite_raw(path), "sqlite", max(3, repeats // 2), panel=True)
    out.append(ratio_result("4b", "search as you type incl. the patient list", 1.5, *r,
                            base_name="the same SQL through raw sqlite3"))
    # flatness: the service on 100k patients vs the service on 10k (interleaved)
    engine_a, svc_a = service_for(f"sqlite:///{path}")
    engine_b, svc_b = service_for(f"sqlite:///{path_100k}")
    res = interleaved(lambda: [svc_b.search_patients(t) for t in TYPED],
                      lambda: [svc_a.search_patients(t) for t in TYPED], repeats, warmup=2)
    out.append(ratio_result("4c", "search: 100,000 vs 10,000 patients (SQLite)", 1.2, *res,
                            base_name="the same search on 10,000 patients"))
    engine_a.dispose()
    engine_b.dispose()
    if pg is not None:
        url10, url100 = pg
        import psycopg
        from sqlalchemy.engine import make_url
        u = make_url(url10)
        conn = psycopg.connect(host=u.host, port=u.port, user=u.username, dbname=u.database, autocommit=True)

        def run(sql, params):
            return conn.execute(sql, params).fetchall()
        r = search_pair(url10, run, "postgresql", repeats)
        out.append(ratio_result("4d", "search as you type (PostgreSQL)", 1.5, *r,
                                base_name="the same SQL through raw psycopg"))
        engine_a, svc_a = service_for(url10)
        engine_b, svc_b = service_for(url100)
        res = interleaved(lambda: [svc_b.search_patients(t) for t in TYPED],
                          lambda: [svc_a.search_patients(t) for t in TYPED], repeats, warmup=2)
        out.append(ratio_result("4e", "search: 100,000 vs 10,000 patients (PostgreSQL)", 1.2, *res,
                                base_name="the same search on 10,000 patients"))
        engine_a.dispose()
        engine_b.dispose()
        conn.close()
    return out


def patients_only_sqlite(n: int) -> Path:
    """A database with n patients and nothing else (search flatness), cached like the clinic."""
    path = gen.CACHE_DIR / f"patients-{gen.schema_hash()}-{n}.sqlite3"
    if path.exists():
        return path
    import random

    from bodymap import db
    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    engine = db.make_engine(f"sqlite:///{tmp}")
    db.migrate(engine)
    engine.dispose()
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO patients ({gen.COLUMNS['patients']}) VALUES (?,?,?,?,?,?,?,?)",
                     gen.patient_rows(n, random.Random(42), False))
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    os.replace(tmp, path)
    gen.prune_stale(path)
    return path


def patients_only_pg(cluster, n: int, dbname: str) -> str:
    import random

    from bodymap import db
    with cluster.connect() as conn:
        conn.execute(f'CREATE DATABASE "{dbname}"')
    url = cluster.url(dbname)
    engine = db.make_engine(url)
    db.migrate(engine)
    engine.dispose()
    with cluster.connect(dbname) as conn:
        with conn.transaction(), conn.cursor() as cur:
            with cur.copy(f"COPY patients ({gen.COLUMNS['patients']}) FROM STDIN") as copy:
                for row in gen.patient_rows(n, random.Random(42), True):
                    copy.write_row(row)
        conn.execute("VACUUM ANALYZE patients")
    return url
