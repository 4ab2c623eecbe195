"""Patients: create, edit, find."""
from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain.charting import PatientInput, ValidationError
from bodymap.records import PatientRecord
from bodymap.services.common import NotFound
from bodymap.services.convert import _patient


class PatientsMixin:
    def create_patient(self, data: PatientInput) -> PatientRecord:
        data = data.validated()
        with self._tx() as s:
            self._check_chart_free(s, data.chart_number)
            row = db.Patient(chart_number=data.chart_number, name=data.name,
                             date_of_birth=data.date_of_birth, sex=data.sex.value, notes=data.notes)
            s.add(row)
            s.flush()
            record = _patient(row)
            self._audit(s, "create", "patient", row.id, patient_id=row.id, after=record)
            return record

    def update_patient(self, patient_id: int, data: PatientInput) -> PatientRecord:
        data = data.validated()
        with self._tx() as s:
            row = self._get(s, db.Patient, patient_id)
            before = _patient(row)
            if data.chart_number != row.chart_number:
                self._check_chart_free(s, data.chart_number)
            row.chart_number, row.name = data.chart_number, data.name
            row.date_of_birth, row.sex, row.notes = data.date_of_birth, data.sex.value, data.notes
            s.flush()
            record = _patient(row)
            self._audit(s, "update", "patient", row.id, patient_id=row.id, before=before, after=record)
            return record

    @staticmethod
    def _check_chart_free(s: Session, chart_number: str) -> None:
        taken = s.scalar(select(db.Patient.id).where(db.Patient.chart_number == chart_number))
        if taken is not None:
            raise ValidationError(f"Chart number {chart_number} is already in use.")

    def get_patient(self, patient_id: int) -> PatientRecord:
        with self._tx() as s:
            return _patient(self._get(s, db.Patient, patient_id))

    def find_patient(self, chart_number: str) -> PatientRecord:
        with self._tx() as s:
            row = s.scalar(select(db.Patient).where(db.Patient.chart_number == chart_number.strip()))
            if row is None:
                raise NotFound(f"No patient with chart number {chart_number}.")
            return _patient(row)

    def search_patients(self, text: str = "", limit: int = 200) -> list[PatientRecord]:
        """Patients whose name or chart number contains text (case-insensitive), by name.

        One statement; the rows come back as plain columns (no ORM objects to track), which is
        what makes search-as-you-type cheap with hundreds of results. The covering index
        ix_patients_search (migration 0008) gives the order and both searched columns, so a
        common text stops after `limit` rows and a rare one scans that index only."""
        text = (text or "").strip()[:200]
        if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            return []                      # no name or chart number can contain these
        p = db.Patient
        query = (select(p.id, p.chart_number, p.name, p.date_of_birth, p.sex, p.notes)
                 .order_by(p.name, p.id).limit(limit))
        with self._tx() as s:
            if text:
                like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                # SQLite's LIKE already ignores case exactly as lower() does (ASCII letters only), and
                # without lower() on both sides it is about three times cheaper per row scanned
                match = (lambda col: col.like(like, escape="\\")) if s.get_bind().dialect.name == "sqlite" \
                    else (lambda col: col.ilike(like, escape="\\"))
                query = query.where(or_(match(p.name), match(p.chart_number)))
            return [PatientRecord(id=i, chart_number=c, name=n, date_of_birth=d, sex=x, notes=t)
                    for i, c, n, d, x, t in s.execute(query)]
