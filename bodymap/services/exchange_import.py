"""Import of a bodymap JSON export into the database, one patient at a time.

Two walks over the file (bodymap.exchange.json_stream): the first checks everything
(bodymap.exchange.json_scan and the record's rules, bodymap.services.import_rules) and writes
nothing; the second writes, in ONE transaction with its audit rows (who imported which patient and
visit, from what file, and the new ids): on any error nothing is written. Between patients the
session forgets what it wrote, so memory stays at about one patient (and the old -> new ids of the
marks, in flat arrays) however big the clinic is. Ids are the exporting database's; every
imported row gets a new id and the links (zone sources, carried-forward marks) are remapped.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain.charting import FINDINGS, MAX_CHART_NUMBER, chart_key
from bodymap.domain.wording import counted_message
from bodymap.errors import QT_TRANSLATE_NOOP, BodymapError, ChartNumberConflict, ExchangeError, Joined
from bodymap.exchange.json_scan import Scan, marks_of
from bodymap.exchange.json_stream import Event
from bodymap.exchange.json_tables import check_records
from bodymap.services import import_rules
from bodymap.services.audit import ActorLike, insert_audit
from bodymap.services.exchange_records import import_records, record_spec
from bodymap.services.id_map import IdMap
from bodymap.services.patients import chart_key_of
from bodymap.services.settings import CLINIC_KEY

Json = dict[str, Any]
Walk = Callable[[], Iterable[Event]]
FINDING_KEYS = tuple(key for key, _label in FINDINGS)


@dataclasses.dataclass
class ImportSummary:
    patients: int = 0
    visits: int = 0
    trigger_points: int = 0
    zones: int = 0
    renamed: dict[str, str] = dataclasses.field(default_factory=dict)     # old chart -> new chart
    id_map: dict[str, Mapping[int, int]] = dataclasses.field(default_factory=dict)  # kind -> old -> new
    notes: list[str] = dataclasses.field(default_factory=list)
    clinic_imported: bool = False
    relabelled: int = 0            # marks whose labels in the file disagreed with the diagram (import_rules)
    records: dict[str, int] = dataclasses.field(default_factory=dict)    # table -> rows (safety, templates, ...)
    record_ids: dict[str, dict[int, int]] = dataclasses.field(default_factory=dict)  # table -> old -> new

    def describe(self) -> Joined:
        """What was imported, one sentence after another (each translated where it is shown)."""
        parts: list[str] = [QT_TRANSLATE_NOOP("Exchange", "Imported {patients}, {visits}, {trigger_points} and {zones}.").format(
            patients=counted_message(self.patients, QT_TRANSLATE_NOOP("Exchange", "1 patient"),
                                     QT_TRANSLATE_NOOP("Exchange", "{count} patients")),
            visits=counted_message(self.visits, QT_TRANSLATE_NOOP("Exchange", "1 visit"),
                                   QT_TRANSLATE_NOOP("Exchange", "{count} visits")),
            trigger_points=counted_message(self.trigger_points, QT_TRANSLATE_NOOP("Exchange", "1 trigger point"),
                                           QT_TRANSLATE_NOOP("Exchange", "{count} trigger points")),
            zones=counted_message(self.zones, QT_TRANSLATE_NOOP("Exchange", "1 zone"),
                                  QT_TRANSLATE_NOOP("Exchange", "{count} zones")))]
        if self.records:
            parts.append(QT_TRANSLATE_NOOP("Exchange", "Also {rows} of the safety record, templates and settings.").format(
                rows=counted_message(sum(self.records.values()), QT_TRANSLATE_NOOP("Exchange", "1 row"),
                                     QT_TRANSLATE_NOOP("Exchange", "{count} rows"))))
        for old, new in self.renamed.items():
            parts.append(QT_TRANSLATE_NOOP("Exchange", "Chart {old} was already in use and was imported as {new}.").format(
                old=old, new=new))
        return Joined([*parts, *self.notes])


@dataclasses.dataclass
class ImportJob:
    """One import: the events of its file (walk() gives them afresh each time), what to do with a
    chart number already in use, who imports, and the file's name (no folders) for the audit rows."""

    walk: Walk
    on_conflict: str
    actor: ActorLike
    source_name: str | None
    known_views: tuple[str, ...]
    extras: dict[str, Any]

    def run(self, session: Session) -> ImportSummary:
        try:
            scan = Scan(self.known_views, self.extras).run(self.walk, import_rules.Rules().patient)
            import_rules.check_header(scan.fields)
            records = check_records(scan.fields, record_spec())
        except RecursionError:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "The file is nested too deeply to be a bodymap export")) from None
        rules = import_rules.Rules()
        summary = ImportSummary(id_map={"patients": {}, "visits": {}, "trigger_points": IdMap(), "zones": IdMap()})
        source = {"file": self.source_name, "scope": scan.header["scope"],
                  "exported_at": import_rules.header_text(scan.fields, "exported_at"),
                  "software": import_rules.header_text(scan.fields, "software")}
        dropped = 0
        try:
            with session.begin():
                charts = _resolve_charts(session, scan.charts, self.on_conflict, summary)
                for kind, index, raw in self.walk():
                    if kind != "patient":
                        continue
                    patient = scan.check_patient(index, raw)
                    rules.patient(patient)
                    patient["chart_number"] = charts.get(index, patient["chart_number"])
                    dropped += self._write(session, patient, summary, source)
                    session.expunge_all()                 # the session forgets the patient just written
                _write_clinic(session, scan.header["clinic"], summary)
                summary.records = import_records(session, records, summary.id_map, summary.notes,
                                                 summary.record_ids)
                if summary.clinic_imported:
                    self._audit(session, "setting", None, after={CLINIC_KEY: "imported", "source": source})
                if summary.records:
                    self._audit(session, "records", None, after={"rows": dict(summary.records), "source": source})
        except BodymapError:
            raise
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "The database refused the import, so nothing was imported: {reason}").format(reason=reason)) from None
        if dropped:
            summary.notes.append(QT_TRANSLATE_NOOP("Exchange", "{count} carried-forward link(s) pointed to marks outside "
                                                               "the file and were left out.").format(count=dropped))
        summary.notes += rules.report.notes()
        summary.relabelled = rules.report.relabelled
        return summary

    def _write(self, s: Session, patient: Json, summary: ImportSummary, source: Json) -> int:
        """The patient, its visits and marks, its links and its audit rows; returns the links left out."""
        own: dict[str, dict[int, int]] = {"trigger_points": {}, "zones": {}}
        new_id = _write_patient(s, patient, summary, own)
        dropped = _write_links(s, patient, own)
        visits = summary.id_map["visits"]
        self._audit(s, "patient", new_id, patient_id=new_id, after={
            "chart_number": patient["chart_number"], "source": source,
            "visits": [visits[v["id"]] for v in patient["visits"]],
            "trigger_points": sum(len(v["trigger_points"]) for v in patient["visits"]),
            "zones": sum(len(v["zones"]) for v in patient["visits"])})
        import_rules.audit_visits(s.connection(), self.actor, patient, summary.id_map, source)
        return dropped

    def _audit(self, s: Session, entity: str, entity_id: int | None, *, patient_id: int | None = None,
               after: object = None) -> None:
        insert_audit(s.connection(), self.actor, "import", entity, entity_id, patient_id=patient_id, after=after)


def _resolve_charts(s: Session, charts: list[tuple[str, str]], on_conflict: str,
                    summary: ImportSummary) -> dict[int, str]:
    """{patient index: new chart number} for the charts already in use (on_conflict "rename");
    ChartNumberConflict for the first of them under "refuse". Chart numbers are compared trimmed
    and case-folded (chart_key), as everywhere."""
    key = chart_key_of(db.Patient.chart_number)
    wanted = [chart_key(chart) for chart, _path in charts]
    taken: set[str] = set()
    for start in range(0, len(wanted), 500):
        taken |= set(s.scalars(select(key).where(key.in_(wanted[start:start + 500]))))
    in_file = set(wanted)
    renamed: dict[int, str] = {}
    for index, (chart, path) in enumerate(charts):
        chart = chart.strip()
        if chart_key(chart) not in taken:
            continue
        if on_conflict == "refuse":
            raise ChartNumberConflict(QT_TRANSLATE_NOOP("Exchange", "Chart number {chart} is already in use in this database; nothing was imported "
                                                        "(import with 'rename' to give the imported patient a new number)")
                                      .format(chart=repr(chart)),
                                      f"{path}.chart_number")
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
        renamed[index] = candidate
    return renamed


def _apply_extras(row: db.Base, checked: Json) -> None:
    for name, value in checked.get("_extras", {}).items():
        setattr(row, name, value)


def _write_patient(s: Session, p: Json, summary: ImportSummary, own: dict[str, dict[int, int]]) -> int:
    row = db.Patient(chart_number=p["chart_number"], name=p["name"], date_of_birth=p["date_of_birth"],
                     sex=p["sex"], notes=p["notes"], created_at=p["created_at"], updated_at=p["updated_at"])
    _apply_extras(row, p)
    s.add(row)
    s.flush()
    summary.id_map["patients"][p["id"]] = row.id       # type: ignore[index]
    summary.patients += 1
    for visit in p["visits"]:
        _write_visit(s, row.id, visit, summary, own)
    return row.id


def _write_visit(s: Session, patient_id: int, v: Json, summary: ImportSummary, own: dict[str, dict[int, int]]) -> None:
    row = db.Visit(patient_id=patient_id, started_at=v["started_at"], clinician=v["clinician"],
                   chief_complaint=v["chief_complaint"], overall_pain=v["overall_pain"], notes=v["notes"],
                   status=v["status"], signed_at=v["signed_at"], created_at=v["created_at"],
                   updated_at=v["updated_at"])
    _apply_extras(row, v)
    s.add(row)
    s.flush()
    for a in v["addenda"]:
        s.add(db.Addendum(visit_id=row.id, author_name=a["author"], text=a["text"], created_at=a["created_at"]))
    summary.id_map["visits"][v["id"]] = row.id         # type: ignore[index]
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
    for kind, written in (("trigger_points", [(old, tp.id) for old, tp in tps.items()]),
                          ("zones", [(old, zone.id) for old, zone in zones])):
        own[kind].update(written)
        summary.id_map[kind].update(dict(written))             # type: ignore[attr-defined]
    summary.trigger_points += len(tps)
    summary.zones += len(zones)


def _write_links(s: Session, patient: Json, own: dict[str, dict[int, int]]) -> int:
    """The patient's carried-forward links, remapped (the scan made sure a link inside the file
    stays inside its patient); returns how many pointed outside the file and were left out."""
    dropped = 0
    for key, model in (("trigger_points", db.TriggerPoint), ("zones", db.PainZone)):
        mapping = own[key]
        for mark in marks_of(patient, key):
            source = mark["carried_from_id"]
            if source is None:
                continue
            if source not in mapping:
                dropped += 1
                continue
            # updated_at is set explicitly, so the import keeps the exported timestamp
            s.execute(update(model).where(model.id == mapping[mark["id"]])
                      .values(carried_from_id=mapping[source], updated_at=mark["updated_at"]))
    return dropped


def _write_clinic(s: Session, clinic: Json | None, summary: ImportSummary) -> None:
    """The file's clinic settings are used only when this database has none yet."""
    if clinic is None:
        return
    if s.get(db.Setting, CLINIC_KEY) is not None:
        summary.notes.append("This database's clinic settings were kept; the file's were not imported.")
        return
    st = clinic["settings"]
    s.add(db.Setting(key=CLINIC_KEY, value=st.stored()))
    summary.notes.append("The clinic settings were imported.")
    summary.clinic_imported = True
