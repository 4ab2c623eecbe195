"""What an import never takes on trust: the rules applied to a checked document before (and as)
it is written. bodymap.exchange.json_check has already checked types, ranges and lengths; this
module applies the record's own rules, which live in the domain:

* chart numbers are stored as the identity rules compare them (trimmed; charting.chart_key);
* visit dates in the future (beyond the allowance a clinician has when charting) are refused;
* every mark's labels come from the diagram: a trigger point's region, muscle, side and nearest
  reference site, a zone's sides and regions are recomputed from its position or outline with the
  canvas's placement code (domain.placement); what the file said is never stored, and labels that
  disagree are counted and shown (JSON paths and the diagram's labels only, never patient data);
* a mark off the body (outside every body outline of its view) is refused;
* the trace: one audit row per patient and one per visit, naming the file (its name only) and the
  importing user; a signed visit stays signed by its original signer and time, and its audit row
  says it was signed elsewhere and imported.

Every refusal is an ExchangeError naming the JSON path. Nothing here opens a transaction: the
import's one transaction is bodymap.services.exchange_import's.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from bodymap.domain import diagrams
from bodymap.domain.placement import is_deep_muscle, trigger_point_placement, zone_outline, zone_shape
from bodymap.domain.wording import counted_message
from bodymap.errors import QT_TRANSLATE_NOOP, ExchangeError, ValidationError
from bodymap.services.audit import ActorLike, audit_values

Json = dict[str, Any]

# a visit may be dated up to a day ahead, as when charting (charting.VisitInput: time zones);
# a signature is a machine's timestamp: only clock skew between two machines is allowed for
VISIT_DATE_ALLOWANCE = dt.timedelta(days=1)
CLOCK_SKEW = dt.timedelta(minutes=15)
EXAMPLES = 5                       # disagreeing labels shown in the summary
HEADER_TEXT = 100                  # exported_at / software as the audit row keeps them


@dataclasses.dataclass
class ImportReport:
    """What the rules found, for the summary and the audit rows."""

    relabelled: int = 0                                    # marks whose file labels disagreed
    examples: list[str] = dataclasses.field(default_factory=list)
    signed_elsewhere: int = 0

    def note(self, label: str) -> None:
        self.relabelled += 1
        if len(self.examples) < EXAMPLES:
            self.examples.append(label)

    def notes(self) -> list[str]:
        out: list[str] = []
        if self.relabelled:
            out.append(QT_TRANSLATE_NOOP("Exchange", "{marks} had region, side or muscle labels that disagree with where "
                                                     "they lie on the diagram; the diagram's labels were recorded "
                                                     "instead (e.g. {examples}).").format(
                marks=counted_message(self.relabelled, QT_TRANSLATE_NOOP("Exchange", "1 mark"),
                                      QT_TRANSLATE_NOOP("Exchange", "{count} marks")),
                examples="; ".join(self.examples)))
        if self.signed_elsewhere == 1:
            out.append(QT_TRANSLATE_NOOP("Exchange", "1 signed visit keeps its original signer and time and is recorded "
                                                     "as signed elsewhere and imported."))
        elif self.signed_elsewhere:
            out.append(QT_TRANSLATE_NOOP("Exchange", "{count} signed visits keep their original signer and time and are "
                                                     "recorded as signed elsewhere and imported.").format(
                count=self.signed_elsewhere))
        return out


class Rules:
    """The rules, applied patient by patient as the import walks the file (the views' diagrams are
    loaded once). check_header first; then patient() on each checked patient, in place."""

    def __init__(self, now: dt.datetime | None = None) -> None:
        self.now = now or dt.datetime.now(dt.UTC)
        self.report = ImportReport()
        self._views: dict[str, diagrams.DiagramView] = {}

    def patient(self, patient: Json) -> None:
        """Applies every rule to one checked patient in place (or raises ExchangeError with the path)."""
        patient["chart_number"] = patient["chart_number"].strip()
        patient["name"] = patient["name"].strip()
        for visit in patient["visits"]:
            _check_dates(visit, self.now)
            if visit["status"] == "signed":
                self.report.signed_elsewhere += 1
            for tp in visit["trigger_points"]:
                _place_trigger_point(tp, _view(self._views, tp["view"]), self.report)
            for zone in visit["zones"]:
                _shape_zone(zone, _view(self._views, zone["view"]), self.report)


def check_header(document: Json) -> None:
    """exported_at and software go to the audit rows: text without NUL or lone surrogates."""
    for key in ("exported_at", "software"):
        value = document.get(key)
        if isinstance(value, str) and not _clean(value[:HEADER_TEXT]):
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Contains a NUL character or a lone surrogate"), f"$.{key}")


def _clean(text: str) -> bool:
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def header_text(document: Json, key: str) -> str | None:
    value = document.get(key)
    return value[:HEADER_TEXT] if isinstance(value, str) else None


def _check_dates(visit: Json, now: dt.datetime) -> None:
    path = visit["_path"]
    if visit["started_at"] > now + VISIT_DATE_ALLOWANCE:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "The visit is dated in the future ({when} UTC)").format(when=f"{visit['started_at']:%Y-%m-%d %H:%M}"),
                            f"{path}.started_at")
    signed = visit["signed_at"]
    if signed is not None and signed > now + CLOCK_SKEW:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "The visit was signed in the future ({when} UTC)").format(when=f"{signed:%Y-%m-%d %H:%M}"), f"{path}.signed_at")


def _view(cache: dict[str, diagrams.DiagramView], view_id: str) -> diagrams.DiagramView:
    if view_id not in cache:
        cache[view_id] = diagrams.load_view(view_id)
    return cache[view_id]


def _current(diagram: diagrams.DiagramView, version: int, x: float, y: float) -> tuple[float, float]:
    """A point stored on an older version of the view, where it lies on the current one (as the
    canvas shows it: render.scene.current_point); a version this build does not know stays put."""
    if version == diagram.version:
        return x, y
    try:
        return diagram.map_from_version(version, x, y)
    except KeyError:
        return x, y


def _place_trigger_point(tp: Json, diagram: diagrams.DiagramView, report: ImportReport) -> None:
    x, y = _current(diagram, tp["diagram_version"], tp["x"], tp["y"])
    # a point on a deep muscle was placed with the deep layer shown: resolve that layer again
    deep = isinstance(tp["muscle"], str) and is_deep_muscle(diagram.id, tp["muscle"])
    try:
        placed = trigger_point_placement(diagram, x, y, deep)
    except ValidationError:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "The trigger point lies off the body: ({x}, {y}) is outside every "
                                                  "body outline of the view {view}").format(
            x=f"{tp['x']:.4f}", y=f"{tp['y']:.4f}", view=repr(diagram.id)), tp["_path"]) from None
    extras = tp["_extras"]
    file_labels = {"region": tp["region"], "muscle": tp["muscle"], "side": tp["side"]}
    if "site" in extras:
        file_labels["site"] = extras["site"]
    wrong = [key for key, value in file_labels.items() if value != placed[key]]
    if wrong:
        report.note(f"{tp['_path']}: " + ", ".join(f"{key} is {placed[key]!s}" for key in wrong))
    tp["region"], tp["muscle"], tp["side"] = placed["region"], placed["muscle"], placed["side"]
    extras["site"] = placed["site"]


def _shape_zone(zone: Json, diagram: diagrams.DiagramView, report: ImportReport) -> None:
    version = zone["diagram_version"]
    polys: Sequence[Sequence[tuple[float, float]]] = [
        [_current(diagram, version, x, y) for x, y in poly] for poly in zone["polygons"]]
    shape = zone_shape(diagram, polys)
    if not shape.regions:                     # covering a region, it lies on the body; else ask as the canvas does
        try:
            zone_outline(diagram, polys)      # what the canvas keeps of the outline: not nothing
        except ValidationError:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "The zone lies off the body: it covers no part of any body outline "
                                                      "of the view {view} (or has no area)").format(view=repr(diagram.id)), f"{zone['_path']}.polygons") from None
    sides = tuple(s for s in shape.sides.split(",") if s)
    wrong = []
    if set(sides) != set(zone["sides"]):
        wrong.append(f"sides are {', '.join(sides)}")
    if set(shape.regions) != set(zone["regions"]):
        wrong.append(f"regions are {', '.join(shape.regions) or 'none'}")
    if wrong:
        report.note(f"{zone['_path']}: " + "; ".join(wrong))
    zone["sides"], zone["regions"] = sides, tuple(shape.regions)


# --------------------------------------------------------------------------- the trace

def audit_visits(connection: Connection, actor: ActorLike, patient: Json, id_map: Any, source: Json) -> None:
    """One audit row per imported visit of the patient (its history starts with where it came
    from), written with one lock of the audit chain (append_audits). A signed visit's row says it
    was signed elsewhere, by whom and when. id_map: kind -> old id -> new id."""
    from bodymap.services.audit import append_audits
    rows = []
    patient_id = id_map["patients"][patient["id"]]
    for visit in patient["visits"]:
        new_id = id_map["visits"][visit["id"]]
        after: Json = {"source": source, "status": visit["status"],
                       "trigger_points": len(visit["trigger_points"]), "zones": len(visit["zones"])}
        if visit["status"] == "signed":
            after["signed_elsewhere"] = {"signed_by": visit["_extras"].get("signed_by", ""),
                                         "signed_at": visit["signed_at"]}
        rows.append(audit_values(actor, "import", "visit", new_id, patient_id=patient_id, visit_id=new_id,
                                 after=after))
    append_audits(connection, rows)          # chained like every other audit row
