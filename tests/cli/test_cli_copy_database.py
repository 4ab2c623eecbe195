"""`bodymap copy-database --to URL`: the demo clinic SQLite -> PostgreSQL -> SQLite, and the copy in use."""
from __future__ import annotations

import json

from bodymap import cli, db
from bodymap.services.copy_database import table_checksums
from tests.conftest import pg_database


def _bodymap(capsys, url, *args):
    code = cli.main(["--database", url, *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_demo_clinic_to_postgresql_and_back(tmp_path, capsys, pg_server):
    first = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    back = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    assert _bodymap(capsys, first, "demo")[0] == 0
    with pg_database(pg_server) as pg:
        code, out, err = _bodymap(capsys, first, "copy-database", "--to", pg)
        assert code == 0, err
        lines = out.splitlines()
        table_lines = [line.split("\t") for line in lines[1:-1]]
        assert {row[0] for row in table_lines} == set(db.Base.metadata.tables)
        assert all(row[-1] == "ok" and row[1] == row[2] for row in table_lines)
        assert "every table checked" in lines[-1] and "rows/s" in lines[-1]
        code, out, err = _bodymap(capsys, pg, "copy-database", "--to", back)
        assert code == 0, err

        engines = [db.make_engine(url) for url in (first, pg, back)]
        try:
            sums = [table_checksums(e) for e in engines]
        finally:
            for e in engines:
                e.dispose()
        for name in db.Base.metadata.tables:
            if name not in ("audit_log", "audit_chain"):         # the trail and its head grow by the copy's row
                assert sums[0][name] == sums[1][name] == sums[2][name], name
        # each copy adds exactly its own audit row
        assert sums[1]["audit_log"][0] == sums[0]["audit_log"][0] + 1
        assert sums[2]["audit_log"][0] == sums[0]["audit_log"][0] + 2

        # the copies work: list visits, export the whole database, add a patient
        for url in (pg, back):
            code, out_visits, err = _bodymap(capsys, url, "visits")
            assert code == 0 and len(out_visits.splitlines()) == 3, err
            target = tmp_path / f"export-{url.rsplit('/', 1)[-1]}.json"
            code, _out, err = _bodymap(capsys, url, "export", "--all", "--format", "json", "-o", target)
            assert code == 0, err
            assert json.loads(target.read_text())["patients"][0]["chart_number"] == "DEMO-0001"
            code, out_demo, err = _bodymap(capsys, url, "demo")
            assert code == 0 and "DEMO-0002" in out_demo, err


def test_a_target_with_data_is_refused(tmp_path, capsys):
    first = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert _bodymap(capsys, first, "demo")[0] == 0
    assert _bodymap(capsys, other, "demo")[0] == 0
    engine = db.make_engine(other)
    before = table_checksums(engine)
    code, out, err = _bodymap(capsys, first, "copy-database", "--to", other)
    assert code == 1
    assert err.startswith("bodymap: The target database") and "not empty" in err
    assert table_checksums(engine) == before
    engine.dispose()


def test_a_bad_target_url_is_a_clear_message(tmp_path, capsys):
    first = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    code, _out, err = _bodymap(capsys, first, "copy-database", "--to", "nonsense://")
    assert code == 1 and err.startswith("bodymap: ") and "Traceback" not in err
