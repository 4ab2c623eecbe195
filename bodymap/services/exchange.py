"""Import and export through the database: the JSON exchange format's database half.

Export writes one visit, one patient or the whole database (streamed patient by patient); import
is bodymap.services.exchange_import (checked first, then written in ONE transaction with its audit
rows, one patient at a time). The file format itself is bodymap.exchange.json_io (writing) and
bodymap.exchange.json_stream (reading).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain.charting import FINDINGS
from bodymap.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from bodymap.exchange.json_io import (
    CONFLICT_POLICIES,
    FORMAT,
    SCHEMA_VERSION,
    iso,
    software,
    write_json,
    write_json_stream,
)
from bodymap.exchange.json_stream import Event, ExportFile, events_of
from bodymap.services.common import BaseService
from bodymap.services.exchange_import import ImportJob
from bodymap.services.exchange_import import ImportSummary as ImportSummary
from bodymap.services.exchange_records import export_records, owners_of
from bodymap.services.patients import _by_chart
from bodymap.services.settings import CLINIC_KEY, SettingsService

_iso = iso
Json = dict[str, Any]      # a JSON object of the exchange format (its values of any JSON type), or its checked form
FINDING_KEYS = tuple(key for key, _label in FINDINGS)
# Columns written by name below; any other column of these tables (added by a later migration)
# travels generically as "extra" fields, so the export stays lossless as the schema grows.
HANDLED = {
    "patient": {"id", "chart_number", "name", "date_of_birth", "sex", "notes", "created_at", "updated_at"},
    "visit": {"id", "patient_id", "started_at", "clinician", "chief_complaint", "overall_pain", "notes",
              "status", "signed_at", "created_at", "updated_at"},
    "trigger_point": {"id", "visit_id", "view", "x", "y", "diagram_version", "region", "muscle", "side",
                      "status", *FINDING_KEYS, "pressure_pain", "needled", "needle_size", "depth_mm",
                      "twitch_responses", "notes", "carried_from_id", "carry_confirmed", "created_at",
                      "updated_at"},
    "zone": {"id", "visit_id", "view", "diagram_version", "polygons", "sides", "regions", "quality",
             "intensity", "depth", "notes", "carried_from_id", "carry_confirmed", "created_at", "updated_at"},
}
MODELS = {"patient": db.Patient, "visit": db.Visit, "trigger_point": db.TriggerPoint, "zone": db.PainZone}


def extra_columns() -> dict[str, dict[str, tuple[str, int, bool]]]:
    """kind -> {column: (type, length, nullable)} for the columns not in HANDLED (no foreign keys)."""
    from sqlalchemy import Boolean, Float, Integer, String, Text
    out: dict[str, dict[str, tuple[str, int, bool]]] = {}
    for kind, model in MODELS.items():
        cols: dict[str, tuple[str, int, bool]] = {}
        for col in model.__table__.columns:
            if col.name in HANDLED[kind] or col.foreign_keys or col.primary_key:
                continue
            t = col.type
            if isinstance(t, db.UTCDateTime):
                spec = ("timestamp", 0)
            elif isinstance(t, Boolean):
                spec = ("bool", 0)
            elif isinstance(t, Integer):
                spec = ("int", 0)
            elif isinstance(t, Float):
                spec = ("float", 0)
            elif isinstance(t, (String, Text)):
                spec = ("text", getattr(t, "length", None) or 20_000)
            else:
                continue                       # JSON and other types: not carried generically
            cols[col.name] = (*spec, bool(col.nullable))
        out[kind] = cols
    return out


def _extras(row: db.Base, kind: str) -> Json:
    out: Json = {}
    for name, (kind_, _len, _null) in extra_columns()[kind].items():
        value = getattr(row, name)
        out[name] = _iso(value) if kind_ == "timestamp" else value
    return out


class ExchangeService(BaseService):
    """JSON export and import of one visit, one patient or the whole database."""

    def export_document(self, *, visit_id: int | None = None, chart_number: str | None = None,
                        everything: bool = False, include_clinic: bool | None = None) -> Json:
        """One visit, one patient (all visits) or every patient, as a JSON-ready dict.

        The clinic settings are included for a whole-database export (include_clinic overrides)."""
        if sum(x is not None and x is not False for x in (visit_id, chart_number, everything or None)) != 1:
            raise ValidationError(QT_TRANSLATE_NOOP("Exchange", "Choose exactly one of a visit, a patient or everything to export."))
        scope = "visit" if visit_id is not None else "patient" if chart_number is not None else "database"
        with self._tx() as s:
            if visit_id is not None:
                visit = s.get(db.Visit, visit_id)
                if visit is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Records", "Visit {id} does not exist.").format(id=visit_id))
                patients = [(visit.patient, [visit])]
            elif chart_number is not None:
                patient = s.scalar(_by_chart(chart_number))
                if patient is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Records", "No patient with chart number {chart}.").format(chart=chart_number))
                patients = [(patient, _visits_of(s, patient.id))]
            else:
                rows = s.scalars(select(db.Patient).order_by(db.Patient.id)).all()
                patients = [(p, _visits_of(s, p.id)) for p in rows]
            body = [_patient_json(p, visits) for p, visits in patients]
            # the safety record, templates and settings: all of them, or those of the exported charts
            records = export_records(s, None if scope == "database" else owners_of(body))
            stored = s.get(db.Setting, CLINIC_KEY) is not None
        return {**self._head(scope, stored, include_clinic), "patients": body, "records": records}

    def _head(self, scope: str, stored: bool, include_clinic: bool | None) -> Json:
        """The document's fields before "patients" (the clinic settings when stored and wanted)."""
        clinic = None
        if stored and (include_clinic if include_clinic is not None else scope == "database"):
            clinic = SettingsService(self.sessions).clinic().stored()
        return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "scope": scope,
                "exported_at": _iso(db.utcnow()), "software": software(), "clinic": clinic}

    def write_export(self, path: str | Path, *, visit_id: int | None = None, chart_number: str | None = None,
                     everything: bool = False, include_clinic: bool | None = None, batch: int = 50) -> Path:
        """export_document written to path (as write_json). The whole database is streamed: patients
        are read `batch` at a time in one read transaction (the session forgets each batch once it is
        written), so memory stays at about one batch however big the clinic is."""
        if not everything or visit_id is not None or chart_number is not None:
            return write_json(self.export_document(visit_id=visit_id, chart_number=chart_number,
                                                   everything=everything, include_clinic=include_clinic), path)
        with self._tx() as s:
            stored = s.get(db.Setting, CLINIC_KEY) is not None
        head = self._head("database", stored, include_clinic)
        with self._tx() as s:
            ids = list(s.scalars(select(db.Patient.id).order_by(db.Patient.id)))

            def patients() -> Iterator[Json]:
                for start in range(0, len(ids), batch):
                    chunk = ids[start:start + batch]
                    rows = s.scalars(select(db.Patient).where(db.Patient.id.in_(chunk)).order_by(db.Patient.id))
                    for p in rows.all():
                        yield _patient_json(p, _visits_of(s, p.id))
                    s.expunge_all()

            return write_json_stream(head, patients(), lambda: export_records(s, None), path)

    def import_file(self, path: str | Path, on_conflict: str = "refuse") -> ImportSummary:
        """Check the whole file, then write it all in one transaction (or nothing), one patient at
        a time (bodymap.services.exchange_import): a clinic's export of any size imports in about
        the memory of one patient."""
        export = ExportFile(path)
        return self._import(export.events, on_conflict, export.name)

    def import_document(self, document: Json, on_conflict: str = "refuse",
                        source_name: str | None = None) -> ImportSummary:
        """An already parsed document, as import_file. source_name: the file's name (no folders),
        for the audit rows."""
        return self._import(lambda: events_of(document), on_conflict, source_name)

    def _import(self, walk: Callable[[], Iterable[Event]], on_conflict: str, source_name: str | None) -> ImportSummary:
        if on_conflict not in CONFLICT_POLICIES:
            raise ValidationError(QT_TRANSLATE_NOOP("Exchange", "on_conflict must be one of {choices}").format(choices=", ".join(CONFLICT_POLICIES)))
        from bodymap.domain.diagrams import available_views
        job = ImportJob(walk, on_conflict, self.actor, source_name, tuple(available_views()), extra_columns())
        session: Session = self._sessions()
        try:
            return job.run(session)
        finally:
            session.close()


def _visits_of(s: Session, patient_id: int) -> list[db.Visit]:
    return list(s.scalars(select(db.Visit).where(db.Visit.patient_id == patient_id)
                          .order_by(db.Visit.started_at, db.Visit.id)))


def _patient_json(p: db.Patient, visits: Iterable[db.Visit]) -> Json:
    return {"id": p.id, "chart_number": p.chart_number, "name": p.name,
            "date_of_birth": p.date_of_birth.isoformat() if p.date_of_birth else None,
            "sex": p.sex, "notes": p.notes, "created_at": _iso(p.created_at), "updated_at": _iso(p.updated_at),
            **_extras(p, "patient"), "visits": [_visit_json(v) for v in visits]}


def _visit_json(v: db.Visit) -> Json:
    out = {"id": v.id, "started_at": _iso(v.started_at), "clinician": v.clinician,
           "chief_complaint": v.chief_complaint, "overall_pain": v.overall_pain, "notes": v.notes,
           "status": v.status, "signed_at": _iso(v.signed_at), "created_at": _iso(v.created_at),
           "updated_at": _iso(v.updated_at), **_extras(v, "visit")}
    if hasattr(db.Visit, "addenda"):
        out["addenda"] = [{"author": a.author_name, "text": a.text, "created_at": _iso(a.created_at)}
                          for a in v.addenda]
    out["trigger_points"] = [_tp_json(t) for t in v.trigger_points]
    out["zones"] = [_zone_json(z) for z in v.zones]
    return out


def _tp_json(t: db.TriggerPoint) -> Json:
    return {"id": t.id, "view": t.view, "x": t.x, "y": t.y, "diagram_version": t.diagram_version,
            "region": t.region, "muscle": t.muscle, "side": t.side, "status": t.status,
            "findings": [k for k in FINDING_KEYS if getattr(t, k)], "pressure_pain": t.pressure_pain,
            "needled": bool(t.needled), "needle_size": t.needle_size, "depth_mm": t.depth_mm,
            "twitch_responses": t.twitch_responses, "notes": t.notes, "carried_from_id": t.carried_from_id,
            "carry_confirmed": bool(t.carry_confirmed), "created_at": _iso(t.created_at),
            "updated_at": _iso(t.updated_at), **_extras(t, "trigger_point")}


def _zone_json(z: db.PainZone) -> Json:
    return {"id": z.id, "view": z.view, "diagram_version": z.diagram_version,
            "polygons": [[[float(x), float(y)] for x, y in poly] for poly in z.polygons],
            "sides": [s for s in z.sides.split(",") if s], "regions": list(z.regions or []),
            "quality": z.quality, "intensity": z.intensity, "depth": z.depth, "notes": z.notes,
            "source_ids": [t.id for t in z.sources], "carried_from_id": z.carried_from_id,
            "carry_confirmed": bool(z.carry_confirmed), "created_at": _iso(z.created_at),
            "updated_at": _iso(z.updated_at), **_extras(z, "zone")}
