"""CSV export: one row per trigger point and one per pain zone (told apart by `record_type`).

For spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents correctly), CRLF line ends,
every field quoted where needed by the csv module, and cells that a spreadsheet would run as a
formula (starting with = + - @, tab or carriage return) prefixed with a single quote.
The columns are documented in docs/EXPORTS.md.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from bodymap.domain.charting import PainQuality
from bodymap.domain.records import VisitChart
from bodymap.exchange.files import open_private

ENCODING = "utf-8-sig"
COLUMNS = (
    "record_type", "chart_number", "patient_name", "date_of_birth", "visit_id", "visit_start",
    "visit_status", "clinician", "signed_by", "signed_at", "mark_key", "mark_id", "view", "side", "regions", "region_ids",
    "muscle", "tp_status", "findings", "pressure_pain", "needled", "needle_size", "depth_mm",
    "twitch_responses", "zone_quality", "zone_intensity", "zone_depth", "referred_from",
    "carried_forward", "x", "y", "notes",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(value) -> str:
    """The cell's text; text a spreadsheet would treat as a formula gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _num(value) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _labels(entries) -> str:
    from bodymap.domain.reference import region_label
    out = []
    for entry in entries:
        side, _, region = entry.rpartition(":")
        try:
            label = region_label(region)
        except KeyError:
            label = region
        out.append(f"{side} {label}".strip() if side in ("left", "right") else label)
    return "; ".join(out)


def zone_key(index: int) -> str:
    from bodymap.domain.mark_order import zone_key as key
    return key(index)


def chart_rows(chart: VisitChart) -> Iterable[list[str]]:
    """The CSV rows (without header) of one visit."""
    p, v = chart.patient, chart.visit
    common = ["", p.chart_number, p.name, p.date_of_birth.isoformat() if p.date_of_birth else "", str(v.id),
              v.local_time().strftime("%Y-%m-%d %H:%M"), v.status, v.clinician, v.signed_by if v.is_signed else "",
              v.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if v.is_signed and v.signed_at else ""]
    from bodymap.domain.mark_order import mark_keys
    numbers, letters = mark_keys(chart)            # the keys printed on the handout (page order)
    for tp in chart.trigger_points:
        row = dict(zip(COLUMNS, common))
        row.update(record_type="trigger_point", mark_key=numbers[tp.id], mark_id=str(tp.id), view=tp.view,
                   side=tp.side, regions=tp.region_label, region_ids=tp.region or "", muscle=tp.muscle_label,
                   tp_status=tp.status, findings="; ".join(lbl for lbl in tp.findings_text().split(", ") if lbl),
                   pressure_pain=_num(tp.pressure_pain), needled=_yes(tp.needled), needle_size=tp.needle_size,
                   depth_mm=_num(tp.depth_mm), twitch_responses=_num(tp.twitch_responses),
                   carried_forward=_yes(tp.carried), x=f"{tp.x:.5f}", y=f"{tp.y:.5f}", notes=tp.notes)
        yield [defuse(row.get(c, "")) for c in COLUMNS]
    for zone in chart.zones:
        try:
            quality = PainQuality(zone.quality).label
        except ValueError:
            quality = zone.quality
        row = dict(zip(COLUMNS, common))
        row.update(record_type="zone", mark_key=letters[zone.id], mark_id=str(zone.id), view=zone.view,
                   side="; ".join(zone.sides), regions=_labels(zone.regions), region_ids="; ".join(zone.regions),
                   zone_quality=quality, zone_intensity=str(zone.intensity), zone_depth=zone.depth,
                   referred_from="; ".join(sorted((numbers[i] for i in zone.source_ids if i in numbers), key=int)),
                   carried_forward=_yes(zone.carried), notes=zone.notes)
        yield [defuse(row.get(c, "")) for c in COLUMNS]


def csv_text(charts: Iterable[VisitChart]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for chart in charts:
        writer.writerows(chart_rows(chart))
    return buffer.getvalue()


def write_csv(charts: Iterable[VisitChart], path) -> Path:
    """Write the rows of charts to path (UTF-8 with BOM, mode 0600, atomically), chart by chart:
    only the chart being written is held in memory (the same bytes as csv_text)."""
    with open_private(path, encoding=ENCODING, newline="") as out:
        writer = csv.writer(out, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        for chart in charts:
            writer.writerows(chart_rows(chart))
    return Path(path)
