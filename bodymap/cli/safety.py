"""`bodymap adverse-events [--from DATE] [--to DATE]`: the clinic's adverse events as CSV.

Rows name the chart number, never the patient. Dates are local calendar days, inclusive.
"""
from __future__ import annotations

import csv
import datetime as dt
import sys

from bodymap.errors import ValidationError

COLUMNS = ("date", "chart_number", "visit_id", "kind", "severity", "action", "follow_up", "recorded_by")


def add_commands(sub) -> None:
    events = sub.add_parser("adverse-events", help="list adverse events after needling across the clinic (CSV)")
    events.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    events.add_argument("--to", dest="date_to", metavar="DATE", help="last day (YYYY-MM-DD)")
    events.set_defaults(handler=_adverse_events)


def parse_day(text: str | None, what: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"{what} must be a date like 2026-03-31, not {text!r}.") from None


def _defuse(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _adverse_events(service, args) -> int:
    date_from, date_to = parse_day(args.date_from, "--from"), parse_day(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise ValidationError("--from must not be after --to.")
    from bodymap.services.safety import SafetyService
    rows = SafetyService(service.sessions, service.actor).clinic_adverse_events(date_from, date_to)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(COLUMNS)
    for r in rows:
        out.writerow([r.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"), _defuse(r.chart_number), r.visit_id,
                      r.kind, r.severity, _defuse(r.action_taken), _defuse(r.follow_up), _defuse(r.recorded_by)])
    return 0
