"""The "records" of the JSON export: every table that is not a chart, carried column by column.

That is the needling safety record (screen reviews, precaution areas, consents, needle logs, visit
safety rows, adverse events), the clinic's diagram templates with their images, the settings
(other than the clinic settings, which travel as "clinic"), and any table a later migration adds:
the tables are found in db.Base.metadata, not listed here. Charts (patients, visits, marks,
zone sources, addenda) are written by bodymap.services.exchange; accounts and the audit trail are
never exported.

On import the rows get new ids and their links are remapped through the ids of the patients,
visits and marks imported with them; a link to an account becomes empty (the names recorded
beside it, such as "obtained_by", stay). A setting the database already has is kept.
"""
from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, LargeBinary, String, Table, Text, and_, insert, or_, select
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain.wording import counted_message
from bodymap.errors import QT_TRANSLATE_NOOP, ExchangeError, ValidationError, said
from bodymap.exchange.json_io import iso
from bodymap.services.settings import CLINIC_KEY

CHART_TABLES = frozenset({"patients", "visits", "trigger_points", "pain_zones", "zone_sources", "visit_addenda"})
NOT_EXPORTED = frozenset({"users", "audit_log", "audit_chain"})   # the chain head belongs to its database
# the exchange's id_map kind of each chart table a record may link to
OWNERS = {"patients": "patients", "visits": "visits", "trigger_points": "trigger_points", "pain_zones": "zones"}
Json = dict[str, Any]


def record_tables() -> list[Table]:
    """The tables carried as records, parents before children."""
    return [t for t in db.Base.metadata.sorted_tables if t.name not in CHART_TABLES | NOT_EXPORTED]


def _kind(column: Any) -> str | None:
    t = column.type
    if isinstance(t, db.UTCDateTime):
        return "timestamp"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, Float):
        return "float"
    if isinstance(t, (String, Text)):
        return "text"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, LargeBinary):
        return "bytes"
    return None


def record_spec() -> dict[str, dict[str, dict[str, Any]]]:
    """The plain column spec that bodymap.exchange.json_tables checks a file's records against."""
    spec: dict[str, dict[str, dict[str, Any]]] = {}
    for table in record_tables():
        columns: dict[str, dict[str, Any]] = {}
        for col in table.columns:
            kind = _kind(col)
            if kind is None:
                raise ValidationError(f"The column {table.name}.{col.name} has a type the export cannot carry.")
            ref = next((fk.column.table.name for fk in col.foreign_keys), None)
            columns[col.name] = {
                "kind": kind, "length": getattr(col.type, "length", None) or 100_000,
                "nullable": bool(col.nullable), "ref": ref, "primary_key": col.primary_key,
                "default": col.default is not None or col.server_default is not None}
        spec[table.name] = columns
    return spec


# --------------------------------------------------------------------------- export

def export_records(s: Session, owners: dict[str, set[int]] | None) -> dict[str, list[Json]]:
    """{table: [row]} in primary-key order. owners None: every row (a whole-database export);
    otherwise {chart table: ids in the file}: only rows whose links to charts all point into the
    file (tables without such links, e.g. templates and settings, are left out)."""
    out: dict[str, list[Json]] = {}
    for table in record_tables():
        query = select(table).order_by(*table.primary_key.columns)
        links = [c for c in table.columns for fk in c.foreign_keys if fk.column.table.name in OWNERS]
        if owners is not None:
            if not links:
                continue
            conditions = []
            for c in links:
                ids = owners.get(next(iter(c.foreign_keys)).column.table.name, set())
                conditions.append(or_(c.is_(None), c.in_(sorted(ids))) if ids else c.is_(None))
            query = query.where(and_(*conditions, or_(*(c.is_not(None) for c in links))))
        if table.name == "settings":
            query = query.where(table.c.key != CLINIC_KEY)      # travels as "clinic"
        out[table.name] = [_row_json(table, row._mapping) for row in s.execute(query)]
    return out


def _row_json(table: Table, row: Any) -> Json:
    out: Json = {}
    for col in table.columns:
        value = row[col.name]
        kind = _kind(col)
        if value is None:
            out[col.name] = None
        elif kind == "timestamp":
            out[col.name] = iso(value)
        elif kind == "date":
            out[col.name] = value.isoformat()
        elif kind == "bytes":
            out[col.name] = base64.b64encode(bytes(value)).decode("ascii")
        else:
            out[col.name] = value
    return out


def owners_of(patients: Iterable[Json]) -> dict[str, set[int]]:
    """The chart ids of an export document's patients (the keys of OWNERS)."""
    owners: dict[str, set[int]] = {name: set() for name in OWNERS}
    for p in patients:
        owners["patients"].add(p["id"])
        for v in p["visits"]:
            owners["visits"].add(v["id"])
            owners["trigger_points"].update(t["id"] for t in v["trigger_points"])
            owners["pain_zones"].update(z["id"] for z in v["zones"])
    return owners


# --------------------------------------------------------------------------- import

def import_records(s: Session, records: dict[str, list[Json]], id_map: Mapping[str, Mapping[int, int]],
                   notes: list[str], own_ids: dict[str, dict[int, int]]) -> dict[str, int]:
    """Writes the checked records (bodymap.exchange.json_tables.check_records), remapping links
    through id_map (the charts' old -> new ids); returns {table: rows written}. A row that must
    link to a chart not in the file is left out, an optional link to one is left empty (both
    reported in notes). own_ids receives the records' own old -> new ids, by table. ExchangeError (with the JSON path) for a kind the record does not know or
    a template image that is not what it says."""
    written: dict[str, int] = {}
    kept_settings: list[str] = []
    unlinked = orphans = 0
    for table in record_tables():
        rows = records.get(table.name)
        if not rows:
            continue
        pk = list(table.primary_key.columns)
        own_id = pk[0] if len(pk) == 1 and not pk[0].foreign_keys and _kind(pk[0]) == "int" else None
        mapping = own_ids.setdefault(table.name, {})
        for row in rows:
            path = row["_path"]
            values = {k: v for k, v in row.items() if k != "_path"}
            _check_row(table, values, path)
            orphan = False
            for col in table.columns:
                if not col.foreign_keys or values.get(col.name) is None:
                    continue
                target = next(iter(col.foreign_keys)).column.table.name
                ids: Mapping[int, int] = id_map.get(OWNERS[target], {}) if target in OWNERS else own_ids.get(target, {})
                new = ids.get(values[col.name])
                if new is None and target != "users":
                    orphan = orphan or not col.nullable
                    unlinked += 1 if col.nullable else 0
                values[col.name] = new
            if orphan:
                orphans += 1
                continue
            if table.name == "settings" and s.get(db.Setting, values["key"]) is not None:
                kept_settings.append(values["key"])
                continue
            old = values.pop(own_id.name) if own_id is not None else None
            if own_id is None:
                s.execute(insert(table).values(values))
            else:
                new_id = s.scalar(insert(table).values(values).returning(own_id))
                if old is not None:
                    mapping[old] = new_id
            written[table.name] = written.get(table.name, 0) + 1
    if kept_settings:
        notes.append(QT_TRANSLATE_NOOP("Exchange", "This database's settings were kept for: {keys}.").format(keys=", ".join(sorted(kept_settings))))
    if orphans:
        notes.append(QT_TRANSLATE_NOOP("Exchange", "{rows} of the safety record belonged to charts outside the file "
                                                   "and were left out.").format(
            rows=counted_message(orphans, QT_TRANSLATE_NOOP("Exchange", "1 row"), QT_TRANSLATE_NOOP("Exchange", "{count} rows"))))
    if unlinked:
        notes.append(QT_TRANSLATE_NOOP("Exchange", "{links} of the safety record pointed to rows outside the file and "
                                                   "were left empty.").format(
            links=counted_message(unlinked, QT_TRANSLATE_NOOP("Exchange", "1 link"),
                                  QT_TRANSLATE_NOOP("Exchange", "{count} links"))))
    return written


ENUMS: dict[tuple[str, str], str] = {
    ("safety_precaution_areas", "kind"): "PrecautionKind", ("safety_consents", "method"): "ConsentMethod",
    ("safety_consents", "scope"): "ConsentScope", ("safety_adverse_events", "kind"): "AdverseKind",
    ("safety_adverse_events", "severity"): "Severity"}


def _check_row(table: Table, values: Json, path: str) -> None:
    """What the record's own rules say beyond the column types: known kinds, real images."""
    from bodymap.domain import safety
    for (name, column), enum_name in ENUMS.items():
        if table.name == name and values.get(column) is not None:
            allowed = [m.value for m in getattr(safety, enum_name)]
            if values[column] not in allowed:
                raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Must be one of {choices}; found {value}").format(choices=", ".join(allowed), value=repr(values[column])),
                                    f"{path}.{column}")
    if table.name == "diagram_templates" and values.get("image") is not None:
        from bodymap.services.templates import check_image_bytes
        try:
            image = check_image_bytes(values["image"], QT_TRANSLATE_NOOP("Validation", "The template image"))
        except ValidationError as exc:
            raise ExchangeError(said(exc), f"{path}.image") from None
        if (values.get("width"), values.get("height")) != (image.width, image.height) \
                or values.get("image_format") != image.image_format:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "The image is a {format} of {width} x {height} pixels, not what the row says").format(
                format=image.image_format, width=image.width, height=image.height), f"{path}.image")
