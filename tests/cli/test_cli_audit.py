"""`bodymap audit --verify [--expect-head HASH]`: exit codes and output, on SQLite and PostgreSQL."""
from __future__ import annotations

import re

from sqlalchemy import text

from bodymap import cli, db
from tests.integrity.test_audit_chain import _as_owner


def _run(url, capsys, *args):
    code = cli.main(["--database", url, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _audit_ids(url) -> list[int]:
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text("SELECT id FROM audit_log ORDER BY id")).scalars())
    finally:
        engine.dispose()


def test_verify_prints_the_count_and_head_and_exits_0(database_url, capsys):
    assert _run(database_url, capsys, "demo")[0] == 0
    ids = _audit_ids(database_url)
    code, out, err = _run(database_url, capsys, "audit", "--verify")
    assert (code, err) == (0, "")
    match = re.fullmatch(r"audit trail intact: (\d+) rows, head row (\d+), hash ([0-9a-f]{64})\n", out)
    assert match and (int(match[1]), int(match[2])) == (len(ids), ids[-1])
    head = match[3]
    assert _run(database_url, capsys, "demo")[0] == 0            # the trail grows
    code, out, _err = _run(database_url, capsys, "audit", "--verify", "--expect-head", head.upper())
    assert code == 0 and "the expected head hash is in the chain\n" in out


def test_a_changed_row_exits_3_naming_only_its_id(database_url, backend, capsys):
    assert _run(database_url, capsys, "demo")[0] == 0
    ids = _audit_ids(database_url)
    engine = db.make_engine(database_url)
    try:
        _as_owner(engine, backend, "UPDATE audit_log SET actor_name = 'Dr. Someone Else' WHERE id = :id", id=ids[4])
    finally:
        engine.dispose()
    code, out, err = _run(database_url, capsys, "audit", "--verify")
    assert code == 3 and out == ""
    assert err.startswith(f"bodymap: the audit trail does not verify at row {ids[4]}: content changed")
    assert "4 rows before it verify" in err
    assert "DEMO" not in err and "Someone" not in err


def test_a_head_that_is_not_in_the_chain_exits_3(database_url, capsys):
    assert _run(database_url, capsys, "demo")[0] == 0
    code, _out, err = _run(database_url, capsys, "audit", "--verify", "--expect-head", "ab" * 32)
    assert code == 3 and "the expected head hash is not the hash of any row" in err


def test_usage_errors_exit_2(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    code, _out, err = _run(url, capsys, "audit")
    assert code == 2 and "audit needs --verify" in err
    code, _out, err = _run(url, capsys, "audit", "--verify", "--expect-head", "1234")
    assert code == 2 and "64 hexadecimal digits" in err
