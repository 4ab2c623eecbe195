"""Patient search through the search index (migration 0009), on SQLite and PostgreSQL.

The index only proposes candidates; the LIKE (SQLite) / ILIKE (PostgreSQL) of the real columns
decides. So on every path (1-2 characters, 3 and more, few or many candidates) a search must find
exactly what the plain scan finds: the same patients in the same order. `scan` is that oracle.
"""
from __future__ import annotations

import random

import pytest
from alembic import command
from sqlalchemy import inspect, text

from bodymap import db
from bodymap.services import patients as search
from tests.services.helpers import patient

NAMES = ["Zoë Ñúñez", "ZOË ÑÚÑEZ", "Anna Müller", "ANNA MÜLLER", "Jazz", "Al", "Bo", "b", "Müller-Lüdenscheidt",
         "Søren Øster", "Łucja Żak", "O'Brien", "Ana-María García", "İpek Işık", "Straße", "STRASSE"]


def scan(service, text_: str, limit: int = 200) -> list[int]:
    """The ids the plain LIKE / ILIKE scan finds (the search as it was before the index)."""
    with service.sessions() as s:
        dialect = s.get_bind().dialect.name
        kind, params = search.search_query(dialect, text_.strip(), limit)
        scan_kind = "scan" + search.FOLDED if kind.endswith(search.FOLDED) else "scan"
        sql = search.search_sql(dialect, scan_kind if text_.strip() else "all")
        return [row[0] for row in s.execute(text(sql), params)]


def ids(service, text_: str, limit: int = 200) -> list[int]:
    return [p.id for p in service.search_patients(text_, limit)]


@pytest.fixture
def clinic(service):
    return {name: patient(service, chart=f"CH-{n:03d}", name=name).id for n, name in enumerate(NAMES)}


def test_the_index_path_is_taken(backend):
    """A guard for the tests below: non-empty texts go through the index (except 1-2 non-ASCII
    characters on SQLite, whose case folding in FTS5 may differ from SQLite's LIKE)."""
    kinds = {t: search.search_query(backend, t, 200)[0] for t in ["", "a", "zz", "mül", "ë", "ëz"]}
    if backend == "sqlite":
        assert kinds == {"": "all", "a": "prefix", "zz": "prefix", "mül": "trigrams+fold", "ë": "scan+fold",
                         "ëz": "scan+fold"}
    else:
        assert kinds == {"": "all", "a": "grams", "zz": "grams", "mül": "grams", "ë": "grams", "ëz": "grams"}


@pytest.mark.parametrize("query", ["ANNA", "anna", "müller", "MÜLLER", "Müller", "mül", "ÜLL", "ller-l",
                                   "zoë", "ZOË", "ñúñ", "Ñúñ", "ÑÚÑ", "ë", "Ë", "ñ", "ø", "ß", "ss", "İ", "ı",
                                   "ok", "o'b", "a-m", "-", " ", "ch-0", "CH-01", "h-00", "ch-015"])
def test_same_patients_and_order_as_the_plain_scan(service, clinic, query):
    assert ids(service, query) == scan(service, query)


def test_case_insensitive_for_ascii_letters(service, clinic, backend):
    both_annas = {clinic["Anna Müller"], clinic["ANNA MÜLLER"]}
    for query in ["anna", "ANNA", "aNnA", "nna m", "NNA M"]:
        assert set(ids(service, query)) == both_annas, query
    assert set(ids(service, "jAZZ")) == {clinic["Jazz"]}
    # non-ASCII letters: SQLite folds them as PostgreSQL does in a UTF-8 locale (tests/db/
    # test_search_fold.py); the test cluster's PostgreSQL (locale C) folds ASCII letters only
    both_zoes = {clinic["Zoë Ñúñez"], clinic["ZOË ÑÚÑEZ"]}
    if backend == "sqlite":
        for query in ["zOë Ñúñ", "Ñúñ", "ñúñ", "ÑÚÑ", "zoë"]:
            assert set(ids(service, query)) == both_zoes, query


def test_one_and_two_characters(service, clinic):
    assert clinic["Jazz"] in ids(service, "zz")          # at the end of the name
    assert clinic["Jazz"] in ids(service, "ZZ")
    assert ids(service, "al") == scan(service, "al")     # a whole two-letter name, and inside others
    assert clinic["Al"] in ids(service, "al")
    assert clinic["b"] in ids(service, "B")              # a one-letter name
    assert clinic["Bo"] in ids(service, "bo")
    assert ids(service, "qq") == []
    for query in ["a", "A", "z", "é", "ø", "ñ", "'", "-", "0", "h-"]:
        assert ids(service, query) == scan(service, query), query


def test_chart_numbers(service, clinic):
    assert ids(service, "CH-004") == [clinic["Jazz"]]
    assert ids(service, "ch-004") == [clinic["Jazz"]]
    assert ids(service, "h-00") == scan(service, "h-00")
    assert len(ids(service, "ch-0")) == len(NAMES)


def test_patients_created_renamed_and_deleted_after_the_index_exists(service, sessions):
    from bodymap.domain.charting import PatientInput
    first = patient(service, chart="Q-1", name="Quentin Quail")
    assert ids(service, "quail") == [first.id]
    assert ids(service, "qu") == [first.id]
    service.update_patient(first.id, PatientInput(chart_number="R-77", name="Rupert Rook"))
    for gone in ["quail", "qu", "Q-1"]:
        assert ids(service, gone) == [], gone
    for found in ["rook", "ru", "r-77", "R-7"]:
        assert ids(service, found) == [first.id], found
    second = patient(service, chart="R-78", name="Rosa Rook")
    assert ids(service, "rook") == [second.id, first.id]          # by name
    with sessions.begin() as s:
        s.delete(s.get(db.Patient, first.id))
    assert ids(service, "rook") == [second.id]
    assert ids(service, "rupert") == []
    assert ids(service, "r-77") == []


def test_rows_written_without_the_service_are_indexed(service, sessions):
    """The benchmark generator, an import or a restore may insert rows directly: the index
    (triggers on SQLite, an expression index on PostgreSQL) covers them too."""
    with sessions.begin() as s:
        s.execute(text("INSERT INTO patients (chart_number, name, sex, notes, created_at, updated_at) "
                       "VALUES ('RAW-1', 'Raw Inserted', 'unknown', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        s.execute(text("UPDATE patients SET name = 'Raw Updated' WHERE chart_number = 'RAW-1'"))
    assert [p.name for p in service.search_patients("updated")] == ["Raw Updated"]
    assert service.search_patients("inserted") == []
    assert [p.name for p in service.search_patients("w-1")] == ["Raw Updated"]


def test_many_candidates_walk_the_name_index(service, monkeypatch):
    """More candidates than SEARCH_CANDIDATES: the name index is walked instead; same results."""
    made = [patient(service, chart=f"W-{n:02d}", name=f"Walker {chr(90 - n)}").id for n in range(12)]
    monkeypatch.setattr(search, "SEARCH_CANDIDATES", 3)
    for query in ["walker", "wa", "w", "w-0", "r z", "lker y"]:
        assert ids(service, query) == scan(service, query), query
    assert ids(service, "walker", limit=5) == list(reversed(made))[:5]
    assert ids(service, "walker", limit=5) == scan(service, "walker", limit=5)


def test_random_names_and_texts_match_the_plain_scan(service, monkeypatch):
    rng = random.Random(7)
    letters = "abcAB-' éÉüÜñ0"
    for n in range(60):
        name = "".join(rng.choice(letters) for _ in range(rng.randint(1, 9))).strip() or "x"
        patient(service, chart=f"R{rng.choice('aA')}{n:03d}", name=name)
    for cap in (200, 4):
        monkeypatch.setattr(search, "SEARCH_CANDIDATES", cap)
        for _ in range(80):
            query = "".join(rng.choice(letters) for _ in range(rng.randint(1, 5)))
            assert ids(service, query) == scan(service, query), (cap, query)
            assert ids(service, query, limit=3) == scan(service, query, limit=3), (cap, query)


def test_patients_already_there_are_indexed_by_the_migration(database_url):
    """Upgrading a database at 0008 indexes the patients it already has."""
    from sqlalchemy.orm import sessionmaker

    from bodymap.services import ChartService
    engine = db.make_engine(database_url)
    try:
        command.upgrade(db.alembic_config(engine), "0008")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO patients (chart_number, name, sex, notes, created_at, updated_at) "
                              "VALUES ('OLD-1', 'Olga Oldtimer', 'unknown', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        db.migrate(engine)
        service = ChartService(sessionmaker(engine, expire_on_commit=False))
        assert [p.name for p in service.search_patients("oldtimer")] == ["Olga Oldtimer"]
        assert [p.name for p in service.search_patients("ol")] == ["Olga Oldtimer"]
        assert [p.name for p in service.search_patients("d-1")] == ["Olga Oldtimer"]
        command.downgrade(db.alembic_config(engine), "0008")     # and 0009 goes away cleanly
        left = set(db.table_names(engine)) | {i["name"] for i in inspect(engine).get_indexes("patients")}
        assert not left & db.SEARCH_INDEX_OBJECTS
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM patients")).scalar_one() == 1
    finally:
        engine.dispose()
