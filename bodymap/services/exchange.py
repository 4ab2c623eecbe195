"""Import and export through the database: the JSON exchange format's database half.

An import validates the whole file first, then writes everything in ONE transaction, with its
audit rows (who imported which patient, from what file, and the new ids) in the same transaction:
on any error nothing is written. Ids are the
exporting database's; every imported row gets a new id and the links (zone sources,
carried-forward marks) are remapped. The file format itself is bodymap.exchange.json_io.
"""
from __future__ import annotations

import base64
import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain.charting import FINDINGS, MAX_CHART_NUMBER, chart_key
from bodymap.errors import BodymapError, ChartNumberConflict, ExchangeError, NotFound, ValidationError
from bodymap.exchange.json_check import check_document
from bodymap.exchange.json_io import (
    CONFLICT_POLICIES,
    FORMAT,
    SCHEMA_VERSION,
    iso,
    read_document,
    software,
    write_json,
    write_json_stream,
)
from bodymap.exchange.json_tables import check_records
from bodymap.services import import_rules
from bodymap.services.common import BaseService
from bodymap.services.exchange_records import export_records, import_records, owners_of, record_spec
from bodymap.services.patients import _by_chart, chart_key_of
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


def _apply_extras(row: db.Base, checked: Json) -> None:
    for name, value in checked.get("_extras", {}).items():
        setattr(row, name, value)


class ExchangeService(BaseService):
    """JSON export and import of one visit, one patient or the whole database."""

    def export_document(self, *, visit_id: int | None = None, chart_number: str | None = None,
                        everything: bool = False, include_clinic: bool | None = None) -> Json:
        """One visit, one patient (all visits) or every patient, as a JSON-ready dict.

        The clinic settings are included for a whole-database export (include_clinic overrides)."""
        if sum(x is not None and x is not False for x in (visit_id, chart_number, everything or None)) != 1:
            raise ValidationError("Choose exactly one of a visit, a patient or everything to export.")
        scope = "visit" if visit_id is not None else "patient" if chart_number is not None else "database"
        with self._tx() as s:
            if visit_id is not None:
                visit = s.get(db.Visit, visit_id)
                if visit is None:
                    raise NotFound(f"Visit {visit_id} does not exist.")
                patients = [(visit.patient, [visit])]
            elif chart_number is not None:
                patient = s.scalar(_by_chart(chart_number))
                if patient is None:
                    raise NotFound(f"No patient with chart number {chart_number}.")
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
            settings = SettingsService(self.sessions).clinic()
            clinic = {"name": settings.name, "address": settings.address, "phone": settings.phone,
                      "logo_png_b64": base64.b64encode(settings.logo_png).decode("ascii"),
                      "home_care": dict(settings.home_care), "show_home_care": settings.show_home_care}
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
        """Validate the file, then write it all in one transaction (or nothing)."""
        return self.import_document(read_document(path), on_conflict, source_name=Path(path).name)

    def import_document(self, document: Json, on_conflict: str = "refuse",
                        source_name: str | None = None) -> ImportSummary:
        """source_name: the file's name (no folders), for the audit rows."""
        if on_conflict not in CONFLICT_POLICIES:
            raise ValidationError(f"on_conflict must be one of {', '.join(CONFLICT_POLICIES)}")
        from bodymap.domain.diagrams import available_views
        try:
            checked = check_document(document, tuple(available_views()), extra_columns())
            records = check_records(document, record_spec())
        except RecursionError:
            raise ExchangeError("The file is nested too deeply to be a bodymap export") from None
        report = import_rules.apply_rules(document, checked)
        summary = ImportSummary(id_map={"patients": {}, "visits": {}, "trigger_points": {}, "zones": {}})
        session: Session = self._sessions()
        try:
            with session.begin():
                _resolve_charts(session, checked["patients"], on_conflict, summary)
                for patient in checked["patients"]:
                    _write_patient(session, patient, summary)
                _write_links(session, checked["patients"], summary)
                _write_clinic(session, checked["clinic"], summary)
                summary.records = import_records(session, records, summary.id_map, summary.notes,
                                                 summary.record_ids)
                source = self._audit_import(session, document, checked, summary, source_name)
                import_rules.audit_visits(session.connection(), self.actor, checked, summary.id_map, source)
        except BodymapError:
            raise
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
            raise ExchangeError(f"The database refused the import, so nothing was imported: {reason}") from None
        finally:
            session.close()
        summary.notes += report.notes()
        summary.relabelled = report.relabelled
        return summary

    def _audit_import(self, s: Session, document: Json, checked: Json, summary: ImportSummary,
                      source_name: str | None = None) -> Json:
        """The trace of the import, in its transaction: one row per patient it created (so each
        patient's history says where the record came from) and one for imported clinic settings."""
        source = {"file": source_name, "scope": checked["scope"],
                  "exported_at": import_rules.header_text(document, "exported_at"),
                  "software": import_rules.header_text(document, "software")}
        visits = summary.id_map["visits"]
        for p in checked["patients"]:
            new_id = summary.id_map["patients"][p["id"]]
            self._audit(s, "import", "patient", new_id, patient_id=new_id, after={
                "chart_number": p["chart_number"], "source": source,
                "visits": [visits[v["id"]] for v in p["visits"]],
                "trigger_points": sum(len(v["trigger_points"]) for v in p["visits"]),
                "zones": sum(len(v["zones"]) for v in p["visits"])})
        if summary.clinic_imported:
            self._audit(s, "import", "setting", None, after={CLINIC_KEY: "imported", "source": source})
        if summary.records:
            self._audit(s, "import", "records", None, after={"rows": dict(summary.records), "source": source})
        return source


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


@dataclasses.dataclass
class ImportSummary:
    patients: int = 0
    visits: int = 0
    trigger_points: int = 0
    zones: int = 0
    renamed: dict[str, str] = dataclasses.field(default_factory=dict)     # old chart -> new chart
    id_map: dict[str, dict[int, int]] = dataclasses.field(default_factory=dict)  # kind -> old -> new
    notes: list[str] = dataclasses.field(default_factory=list)
    clinic_imported: bool = False
    relabelled: int = 0            # marks whose labels in the file disagreed with the diagram (import_rules)
    records: dict[str, int] = dataclasses.field(default_factory=dict)    # table -> rows (safety, templates, ...)
    record_ids: dict[str, dict[int, int]] = dataclasses.field(default_factory=dict)  # table -> old -> new

    def describe(self) -> str:
        text = (f"Imported {self.patients} patient(s), {self.visits} visit(s), "
                f"{self.trigger_points} trigger point(s) and {self.zones} zone(s).")
        if self.records:
            text += f" Also {sum(self.records.values())} row(s) of the safety record, templates and settings."
        for old, new in self.renamed.items():
            text += f" Chart {old} was already in use and was imported as {new}."
        return " ".join([text, *self.notes])


def _resolve_charts(s: Session, patients: list[Json], on_conflict: str, summary: ImportSummary) -> None:
    """Chart numbers are compared trimmed and case-folded (chart_key), as everywhere."""
    key = chart_key_of(db.Patient.chart_number)
    wanted = [chart_key(p["chart_number"]) for p in patients]
    taken: set[str] = set()
    for start in range(0, len(wanted), 500):
        taken |= set(s.scalars(select(key).where(key.in_(wanted[start:start + 500]))))
    in_file = set(wanted)
    for p in patients:
        chart = p["chart_number"]
        if chart_key(chart) not in taken:
            continue
        if on_conflict == "refuse":
            raise ChartNumberConflict(f"Chart number {chart!r} is already in use in this database; nothing was "
                                      "imported (import with 'rename' to give the imported patient a new number)",
                                      f"{p['_path']}.chart_number")
        n = 2
        while True:
            suffix = f"-{n}"
            candidate = chart[:MAX_CHART_NUMBER - len(suffix)] + suffix
            exists = s.scalar(select(func.count()).where(key == chart_key(candidate)))
            if not exists and chart_key(candidate) not in in_file:
                break
            n += 1
        summary.renamed[chart] = candidate
        in_file.add(chart_key(candidate))
        p["chart_number"] = candidate


def _write_patient(s: Session, p: Json, summary: ImportSummary) -> None:
    row = db.Patient(chart_number=p["chart_number"], name=p["name"], date_of_birth=p["date_of_birth"],
                     sex=p["sex"], notes=p["notes"], created_at=p["created_at"], updated_at=p["updated_at"])
    _apply_extras(row, p)
    s.add(row)
    s.flush()
    summary.id_map["patients"][p["id"]] = row.id
    summary.patients += 1
    for visit in p["visits"]:
        _write_visit(s, row.id, visit, summary)


def _write_visit(s: Session, patient_id: int, v: Json, summary: ImportSummary) -> None:
    row = db.Visit(patient_id=patient_id, started_at=v["started_at"], clinician=v["clinician"],
                   chief_complaint=v["chief_complaint"], overall_pain=v["overall_pain"], notes=v["notes"],
                   status=v["status"], signed_at=v["signed_at"], created_at=v["created_at"],
                   updated_at=v["updated_at"])
    _apply_extras(row, v)
    s.add(row)
    s.flush()
    if hasattr(db, "Addendum"):
        for a in v["addenda"]:
            s.add(db.Addendum(visit_id=row.id, author_name=a["author"], text=a["text"], created_at=a["created_at"]))
    summary.id_map["visits"][v["id"]] = row.id
    summary.visits += 1
    tps = {}
    for t in v["trigger_points"]:
        tp = db.TriggerPoint(visit_id=row.id, view=t["view"], x=t["x"], y=t["y"],
                             diagram_version=t["diagram_version"], region=t["region"], muscle=t["muscle"],
                             side=t["side"], status=t["status"], pressure_pain=t["pressure_pain"],
                             needled=t["needled"], needle_size=t["needle_size"], depth_mm=t["depth_mm"],
                             twitch_responses=t["twitch_responses"], notes=t["notes"],
                             carry_confirmed=t["carry_confirmed"], created_at=t["created_at"],
                             updated_at=t["updated_at"])
        for key in FINDING_KEYS:
            setattr(tp, key, key in t["findings"])
        _apply_extras(tp, t)
        s.add(tp)
        tps[t["id"]] = tp
    zones = []
    for z in v["zones"]:
        zone = db.PainZone(visit_id=row.id, view=z["view"], diagram_version=z["diagram_version"],
                           polygons=[[list(pt) for pt in poly] for poly in z["polygons"]],
                           sides=",".join(z["sides"]), regions=list(z["regions"]), quality=z["quality"],
                           intensity=z["intensity"], depth=z["depth"], notes=z["notes"],
                           carry_confirmed=z["carry_confirmed"], created_at=z["created_at"],
                           updated_at=z["updated_at"])
        _apply_extras(zone, z)
        zone.sources = [tps[i] for i in z["source_ids"]]
        s.add(zone)
        zones.append((z["id"], zone))
    s.flush()
    summary.id_map["trigger_points"].update({old: tp.id for old, tp in tps.items()})
    summary.id_map["zones"].update({old: zone.id for old, zone in zones})
    summary.trigger_points += len(tps)
    summary.zones += len(zones)


def _write_links(s: Session, patients: list[Json], summary: ImportSummary) -> None:
    """Carried-forward links, remapped; a link to a mark outside the file is dropped (reported)."""
    dropped = 0
    for kind, key, model in (("trigger_points", "trigger_points", db.TriggerPoint),
                             ("zones", "zones", db.PainZone)):
        mapping = summary.id_map[kind]
        for p in patients:
            for v in p["visits"]:
                for mark in v[key]:
                    source = mark["carried_from_id"]
                    if source is None:
                        continue
                    if source not in mapping:
                        dropped += 1
                        continue
                    # updated_at is set explicitly, so the import keeps the exported timestamp
                    s.execute(update(model).where(model.id == mapping[mark["id"]])
                              .values(carried_from_id=mapping[source], updated_at=mark["updated_at"]))
    if dropped:
        summary.notes.append(f"{dropped} carried-forward link(s) pointed to marks outside the file and "
                             "were left out.")


def _write_clinic(s: Session, clinic: Json | None, summary: ImportSummary) -> None:
    """The file's clinic settings are used only when this database has none yet."""
    if clinic is None:
        return
    if s.get(db.Setting, CLINIC_KEY) is not None:
        summary.notes.append("This database's clinic settings were kept; the file's were not imported.")
        return
    st = clinic["settings"]
    s.add(db.Setting(key=CLINIC_KEY, value={
        "name": st.name, "address": st.address, "phone": st.phone,
        "logo_png_b64": base64.b64encode(st.logo_png).decode("ascii"), "home_care": dict(st.home_care),
        "show_home_care": st.show_home_care}))
    summary.notes.append("The clinic settings were imported.")
    summary.clinic_imported = True
