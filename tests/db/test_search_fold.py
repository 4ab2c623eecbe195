"""SQLite's patient search folds case beyond ASCII as PostgreSQL's ILIKE does in a UTF-8 locale:
"müller" finds "MÜLLER", "ÉLODIE" finds "élodie", with the same patients in the same order on
both backends. Chart numbers as keys (find_patient, uniqueness) keep folding ASCII letters only."""
from __future__ import annotations

import contextlib
import itertools

import pytest

from bodymap import db
from bodymap.domain.charting import PatientInput, search_fold
from bodymap.errors import ValidationError
from bodymap.services import ChartService

NAMES = ["Anna MÜLLER", "anna müller", "Élodie Durand", "ÉLODIE MARTIN", "élodie petit", "Zoë Ñúñez",
         "ZOË ÑÚÑEZ", "Søren ØSTER", "ŁUCJA ŻAK", "łucja żak", "Οδυσσεύς ΠΑΠΑΔΟΠΟΥΛΟΣ", "ИВАН Петров",
         "Straße", "STRASSE", "plain ascii", "Jazz"]
QUERIES = ["müller", "MÜLLER", "Müller", "mü", "ü", "Ü", "ÉLODIE", "élodie", "Élo", "é", "É", "ñúñ", "ÑÚÑ",
           "zoë", "ZOË", "ø", "Ø", "øster", "łucja", "ŁUCJA ż", "ż", "οδυσ", "ΟΔΥΣ", "παπα", "σ", "Σ", "иван",
           "ПЕТР", "λοσ", "λος", "ß", "straße", "anna", "ANNA M", "jazz", "ch-00", "ÜB-", "qq"]
_counter = itertools.count()


def _clinic(url: str) -> ChartService:
    _engine, sessions = db.open_database(url)
    service = ChartService(sessions)
    for n, name in enumerate(NAMES):
        chart = "ÜB-7" if name == "Straße" else f"CH-{n:03d}"
        service.create_patient(PatientInput(chart_number=chart, name=name), same_person_checked=True)   # "Ä" and "ä" are two people here
    return service


def _names(service: ChartService, query: str) -> list[str]:
    return [p.name for p in service.search_patients(query)]


@contextlib.contextmanager
def _utf8_database(pg_server):
    """A PostgreSQL database whose character type is UTF-8 (lower(), ILIKE fold every letter), in
    byte order (LC_COLLATE C, as SQLite's BINARY) -- the test cluster's default is locale C."""
    name = f"bodymap_fold_{next(_counter)}"
    with pg_server.connect() as conn:
        try:
            conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                         "LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'")
        except Exception as exc:            # a server without the C.UTF-8 locale
            pytest.skip(f"no C.UTF-8 locale on the PostgreSQL server: {exc}")
    try:
        yield pg_server.url_for(name)
    finally:
        with pg_server.connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_sqlite_folds_non_ascii_letters(tmp_path):
    service = _clinic(f"sqlite:///{tmp_path / 'fold.sqlite3'}")
    assert _names(service, "müller") == ["Anna MÜLLER", "anna müller"]
    assert _names(service, "MÜLLER") == ["Anna MÜLLER", "anna müller"]
    assert _names(service, "ÉLODIE") == ["ÉLODIE MARTIN", "Élodie Durand", "élodie petit"]
    assert _names(service, "é") == _names(service, "É")                     # one or two characters
    assert set(_names(service, "ΟΔΥΣ")) == {"Οδυσσεύς ΠΑΠΑΔΟΠΟΥΛΟΣ"}         # a final sigma too
    assert _names(service, "λοσ") == ["Οδυσσεύς ΠΑΠΑΔΟΠΟΥΛΟΣ"]     # a final "Σ" folds to "σ" ...
    assert _names(service, "λος") == []                               # ... not "ς", as in PostgreSQL
    assert _names(service, "üb-") == ["Straße"]                              # chart numbers as well


def test_chart_numbers_as_keys_still_fold_ascii_only(tmp_path):
    """The deliberate rule of chart keys: "üb-7" is not the chart "ÜB-7" (find, uniqueness)."""
    service = _clinic(f"sqlite:///{tmp_path / 'keys.sqlite3'}")
    assert service.find_patient(" ÜB-7 ").name == "Straße"
    with pytest.raises(LookupError):
        service.find_patient("üb-7")
    service.create_patient(PatientInput(chart_number="üb-7", name="Another"), same_person_checked=True)       # a different chart
    with pytest.raises(ValidationError):
        service.create_patient(PatientInput(chart_number="ch-000", name="Duplicate"), same_person_checked=True)  # ASCII folds


def test_sqlite_and_postgresql_find_the_same_patients_in_the_same_order(tmp_path, pg_server):
    sqlite = _clinic(f"sqlite:///{tmp_path / 'same.sqlite3'}")
    with _utf8_database(pg_server) as url:
        postgresql = _clinic(url)
        try:
            differ = {q: (_names(sqlite, q), _names(postgresql, q)) for q in QUERIES
                      if _names(sqlite, q) != _names(postgresql, q)}
            assert differ == {}
            assert _names(postgresql, "müller") == ["Anna MÜLLER", "anna müller"]   # the server folds
        finally:
            postgresql.sessions.kw["bind"].dispose()


def test_search_fold_is_per_letter():
    assert search_fold("MÜLLER") == "müller" and search_fold("ÉLODIE") == "élodie"
    assert search_fold("ΟΔΥΣΣΕΥΣ") == "οδυσσευσ"           # no final-sigma rule: each letter alone
    assert search_fold("İpek") == "İpek"                    # lowercase of two characters: kept
    assert search_fold("\u212a") == "\u212a"               # Kelvin sign: non-ASCII stays non-ASCII
    assert search_fold("Straße") == "straße" and search_fold("ẞ") == "ß"
