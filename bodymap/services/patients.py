"""Patients: create, edit, find."""
from __future__ import annotations

import dataclasses
import functools
from typing import Any

from sqlalchemy import Select, String, TextualSelect, func, or_, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from bodymap import db
from bodymap.domain.charting import PatientInput, chart_key, search_fold
from bodymap.domain.identity import may_be_same_person, name_key
from bodymap.domain.records import PatientRecord
from bodymap.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, PossibleDuplicatePatient, ValidationError
from bodymap.services.common import BaseService
from bodymap.services.convert import _patient


class PatientsMixin(BaseService):
    """ChartService's use cases of patients (a BaseService, for its transactions and audit rows)."""

    def create_patient(self, data: PatientInput, *, same_person_checked: bool = False) -> PatientRecord:
        """A new patient. One whose name and date of birth (or name, where a date is unknown) match
        a patient on record raises PossibleDuplicatePatient unless the clinician has said that it is
        a different person (same_person_checked)."""
        data = data.validated()
        with self._tx() as s:
            self._check_chart_free(s, data.chart_number)
            if not same_person_checked:
                self._refuse_possible_duplicate(s, data)
            row = db.Patient(chart_number=data.chart_number, name=data.name,
                             date_of_birth=data.date_of_birth, sex=data.sex.value, notes=data.notes,
                             language=data.language)
            s.add(row)
            s.flush()
            record = _patient(row)
            self._audit(s, "create", "patient", row.id, patient_id=row.id, after=record)
            return record

    def update_patient(self, patient_id: int, data: PatientInput, expected_version: int | None = None,
                       *, same_person_checked: bool = False) -> PatientRecord:
        """expected_version: the version the caller loaded; a patient changed elsewhere since then
        raises ConflictError instead of being overwritten (the bump locks the row until commit).
        A change of name or date of birth that makes the patient match another one raises
        PossibleDuplicatePatient unless same_person_checked."""
        data = data.validated()
        with self._tx() as s:
            bump = update(db.Patient).where(db.Patient.id == patient_id).values(version=db.Patient.version + 1)
            if expected_version is not None:
                bump = bump.where(db.Patient.version == expected_version)
            if s.connection().execute(bump).rowcount != 1:
                self._get(s, db.Patient, patient_id)            # NotFound when it is gone
                raise ConflictError(QT_TRANSLATE_NOOP("Records", "This patient's details were changed on another "
                                                      "workstation. They have been reloaded: please check them "
                                                      "and make your change again."))
            row = s.get(db.Patient, patient_id, populate_existing=True)
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Records", "Patient {id} does not exist.").format(id=patient_id))
            before = dataclasses.replace(_patient(row), version=row.version - 1)
            self._check_chart_free(s, data.chart_number, patient_id)
            identity_changed = (name_key(row.name), row.date_of_birth) != (name_key(data.name), data.date_of_birth)
            if identity_changed and not same_person_checked:
                self._refuse_possible_duplicate(s, data, patient_id)
            row.chart_number, row.name = data.chart_number, data.name
            row.date_of_birth, row.sex, row.notes = data.date_of_birth, data.sex.value, data.notes
            row.language = data.language
            s.flush()
            record = _patient(row)
            self._audit(s, "update", "patient", row.id, patient_id=row.id, before=before, after=record)
            return record

    def possible_duplicates(self, data: PatientInput, exclude_id: int | None = None) -> list[PatientRecord]:
        """Patients on record who may be the person data describes (domain.identity's rule)."""
        with self._tx() as s:
            return self._possible_duplicates(s, data, exclude_id)

    def _possible_duplicates(self, s: Session, data: PatientInput, exclude_id: int | None) -> list[PatientRecord]:
        key = name_key(data.name)
        if not key:
            return []
        # the same name as SQL folds it (ASCII case), and, where the date is known, everyone born
        # that day, whose names are compared here with full case and spacing folding
        same_name = func.lower(db.Patient.name) == " ".join(data.name.split()).lower()
        stmt = select(db.Patient).where(or_(same_name, db.Patient.date_of_birth == data.date_of_birth)
                                        if data.date_of_birth is not None else same_name)
        candidates = list(s.scalars(stmt.limit(1000)))
        return [_patient(row) for row in candidates if row.id != exclude_id
                and may_be_same_person(row.name, row.date_of_birth, data.name, data.date_of_birth)]

    def _refuse_possible_duplicate(self, s: Session, data: PatientInput, exclude_id: int | None = None) -> None:
        matches = self._possible_duplicates(s, data, exclude_id)
        if matches:
            raise PossibleDuplicatePatient(tuple(matches))

    @staticmethod
    def _check_chart_free(s: Session, chart_number: str, patient_id: int | None = None) -> None:
        """Chart numbers differing only by case or surrounding spaces are the same chart."""
        same = select(db.Patient.id).where(chart_key_of(db.Patient.chart_number) == chart_key(chart_number))
        if patient_id is not None:
            same = same.where(db.Patient.id != patient_id)
        if s.scalar(same.limit(1)) is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Records", "Chart number {chart} is already in use.").format(
                chart=chart_number))

    def get_patient(self, patient_id: int) -> PatientRecord:
        with self._tx() as s:
            return _patient(self._get(s, db.Patient, patient_id))

    def find_patient(self, chart_number: str) -> PatientRecord:
        with self._tx() as s:
            row = s.scalar(_by_chart(chart_number))
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Records", "No patient with chart number {chart}.").format(
                    chart=chart_number))
            return _patient(row)

    def search_patients(self, text: str = "", limit: int = 200) -> list[PatientRecord]:
        """Patients whose name or chart number contains text (case-insensitive), by name.

        One statement (search_sql), its rows taken as plain columns (no ORM objects to track)."""
        text = (text or "").strip()[:200]
        if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            return []                      # no name or chart number can contain these
        with self._core_tx() as connection:
            kind, params = search_query(connection.dialect.name, text, limit)
            rows = connection.execute(_search_statement(connection.dialect.name, kind), params).all()
        return [PatientRecord(*row) for row in rows]       # the columns are PatientRecord's fields, in order


class chart_key_of(FunctionElement[str]):      # noqa: N801 (used like a SQL function)
    """A chart number as compared, in SQL: trimmed, ASCII letters folded (domain.charting.chart_key).
    SQLite's lower() folds ASCII only; on PostgreSQL lower() follows the server's locale, so
    translate() spells out the same rule. Migration 0010's ix_patients_chart_key indexes it."""
    type = String()
    name = "chart_key"
    inherit_cache = True


@compiles(chart_key_of)
def _chart_key_sqlite(element: chart_key_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower(trim({compiler.process(element.clauses, **kw)}))"


@compiles(chart_key_of, "postgresql")
def _chart_key_postgresql(element: chart_key_of, compiler: SQLCompiler, **kw: Any) -> str:
    return (f"translate(trim({compiler.process(element.clauses, **kw)}), "
            "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')")


def _by_chart(chart_number: str) -> Select[db.Patient]:
    """The patient with this chart number as compared (trimmed, case-folded); an exact match
    first, should an old database hold two that differ only by case."""
    col = db.Patient.chart_number
    return (select(db.Patient).where(chart_key_of(col) == chart_key(chart_number))
            .order_by((col == chart_number.strip()).desc(), db.Patient.id).limit(1))


# --------------------------------------------------------------------------- search as you type
# A substring search (name or chart number contains the text) cannot use a B-tree, so it goes
# through the search index of migration 0009 in one statement: `hits` are the candidates the
# index finds, at most SEARCH_CANDIDATES + 1. If they all fit (a rare text), only they are read,
# checked and sorted. If not (a common text), the name index is walked in order, and a common
# text fills the page soon. Either way the LIKE / ILIKE of the real columns decides, as before
# the index existed: the index only has to find every match, never to be exact.
SEARCH_CANDIDATES = 200
_COLUMNS = "id, chart_number, name, date_of_birth, sex, notes, version, language"
_HITS = {
    # SQLite, 3+ characters: the patients with every trigram of the text (FTS5 folds the case)
    "trigrams": "SELECT rowid FROM patient_search WHERE patient_search MATCH :trigrams",
    # SQLite, 1-2 ASCII characters: the patients with a trigram that starts with them (the index
    # pads every value with two U+001F, so every character starts a trigram)
    "prefix": ("SELECT DISTINCT doc FROM patient_search_terms "
               "WHERE term >= :prefix AND term <= :prefix || char(1114111, 1114111)"),
    # PostgreSQL: the patients with every gram of the text (GIN index of lower() pieces)
    "grams": "SELECT id FROM patients WHERE patient_search_grams(name, chart_number) @> patient_search_keys(:text)",
}


# SQLite, a text with other than ASCII characters: LIKE folds ASCII letters only, so a name or chart
# number holding other characters is compared folded by search_fold (bodymap_fold, registered on
# every SQLite connection by db.engine), as PostgreSQL's ILIKE compares in a UTF-8 locale. Two C
# tests come first, so that few values cost a Python call: GLOB :wide (the value holds a non-ASCII
# character) and LIKE :skeleton (the folded text with each non-ASCII character a "_" wildcard:
# search_fold maps a character to one character, and a non-ASCII one never to ASCII, so a value
# that fails it cannot match folded either). :like is the folded text.
_FOLDED_MATCH = ("(name LIKE :like ESCAPE '\\' OR chart_number LIKE :like ESCAPE '\\' "
                 "OR (name LIKE :skeleton ESCAPE '\\' AND name GLOB :wide "
                 "AND bodymap_fold(name) LIKE :like ESCAPE '\\') "
                 "OR (chart_number LIKE :skeleton ESCAPE '\\' AND chart_number GLOB :wide "
                 "AND bodymap_fold(chart_number) LIKE :like ESCAPE '\\'))")
NOT_ASCII_GLOB = "*[^\x01-\x7f]*"
FOLDED = "+fold"


def search_sql(dialect: str, kind: str) -> str:
    """The SQL of one kind of search (see search_query), with :named parameters."""
    if kind == "all":
        return f"SELECT {_COLUMNS} FROM patients ORDER BY name, id LIMIT :limit"
    kind, folded, _ = kind.partition(FOLDED)
    # SQLite's LIKE ignores case exactly as lower() does (ASCII letters only), and costs less; an
    # ASCII text matches an ASCII value the same folded or not, so only other texts need more
    like = "LIKE" if dialect == "sqlite" else "ILIKE"
    match = (_FOLDED_MATCH if folded else
             f"(name {like} :like ESCAPE '\\' OR chart_number {like} :like ESCAPE '\\')")
    if kind == "scan":
        return f"SELECT {_COLUMNS} FROM patients WHERE {match} ORDER BY name, id LIMIT :limit"
    # the branch not taken has LIMIT 0, which ends it before its first row (SQLite would test a
    # WHERE on every row instead)
    return (f"WITH hits(id) AS MATERIALIZED ({_HITS[kind]} LIMIT :cap + 1), "
            "few(yes) AS MATERIALIZED (SELECT count(*) <= :cap FROM hits) "
            f"SELECT * FROM (SELECT {_COLUMNS} FROM patients WHERE id IN (SELECT id FROM hits) AND {match} "
            "LIMIT CASE WHEN (SELECT yes FROM few) THEN :cap ELSE 0 END) AS checked "
            "UNION ALL "
            f"SELECT * FROM (SELECT {_COLUMNS} FROM patients WHERE {match} ORDER BY name, id "
            "LIMIT CASE WHEN (SELECT yes FROM few) THEN 0 ELSE :limit END) AS walked "
            "ORDER BY name, id LIMIT :limit")


def search_query(dialect: str, text: str, limit: int) -> tuple[str, dict[str, object]]:
    """(kind, parameters) of the search for text (stripped) on dialect."""
    if not text:
        return "all", {"limit": limit}
    params = {"limit": limit, "cap": SEARCH_CANDIDATES,
              "like": "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"}
    if dialect == "postgresql":
        return "grams", params | {"text": text}
    if dialect != "sqlite":
        return "scan", params
    fold = ""
    if not text.isascii():             # compared folded, as PostgreSQL's ILIKE does (search_fold)
        folded = search_fold(text)
        fold = FOLDED
        escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params |= {"wide": NOT_ASCII_GLOB, "like": f"%{escaped}%",
                   "skeleton": "%" + "".join(c if c.isascii() else "_" for c in escaped) + "%"}
    if len(text) >= 3:                 # FTS5's trigrams fold case too: the index finds every match
        pieces = dict.fromkeys(text[i:i + 3] for i in range(len(text) - 2))
        return "trigrams" + fold, params | {"trigrams": " AND ".join('"' + p.replace('"', '""') + '"'
                                                                      for p in pieces)}
    if not fold:                       # FTS5 folds ASCII letters as str.lower() does
        return "prefix", params | {"prefix": text.lower()}
    return "scan" + fold, params       # 1-2 other characters: no index (their case folding may differ)


@functools.cache
def _search_statement(dialect: str, kind: str) -> TextualSelect:
    p = db.Patient.__table__.c
    return sql_text(search_sql(dialect, kind)).columns(p.id, p.chart_number, p.name, p.date_of_birth, p.sex, p.notes,
                                                        p.version, p.language)
