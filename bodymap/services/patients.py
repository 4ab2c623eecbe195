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
        """Patients whose name or chart number contains text (case-insensitive), by name."""
        text = (text or "").strip()[:200]
        if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            return []                      # no name or chart number can contain these
        query = select(db.Patient).order_by(db.Patient.name, db.Patient.id).limit(limit)
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            query = query.where(or_(db.Patient.name.ilike(like, escape="\\"),
                                    db.Patient.chart_number.ilike(like, escape="\\")))
        with self._tx() as s:
            return [_patient(p) for p in s.scalars(query)]
