"""`bodymap adverse-events [--from DATE] [--to DATE] [--summary]`: the clinic's adverse events and
near misses as CSV, or (--summary) their rates per 1,000 needled trigger points and per 1,000
needling visits, by severity and by type.

Rows name the chart number, never the patient. Dates are local calendar days, inclusive.
"""
from __future__ import annotations

import csv
import datetime as dt
import sys

from bodymap.cli.words import translate
from bodymap.domain.adverse import EventSummary
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError

COLUMNS = ("date", "chart_number", "visit_id", "kind", "severity", "near_miss", "onset", "action", "follow_up",
           "recorded_by")


def add_commands(sub) -> None:
    events = sub.add_parser("adverse-events", help=translate("CommandLine", "list adverse events after needling across the clinic (CSV)"))
    events.add_argument("--from", dest="date_from", metavar="DATE", help=translate("CommandLine", "first day (YYYY-MM-DD)"))
    events.add_argument("--to", dest="date_to", metavar="DATE", help=translate("CommandLine", "last day (YYYY-MM-DD)"))
    events.add_argument("--summary", action="store_true",
                        help=translate("CommandLine", "rates per 1,000 needled trigger points and per 1,000 needling visits, by "
                                                      "severity and type (near misses separately)"))
    events.set_defaults(handler=_adverse_events)


def parse_day(text: str | None, what: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "{what} must be a date like 2026-03-31, not {text}.").format(
            what=what, text=repr(text))) from None


def _defuse(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _adverse_events(service, args) -> int:
    date_from, date_to = parse_day(args.date_from, "--from"), parse_day(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "--from must not be after --to."))
    from bodymap.services.safety import SafetyService
    safety = SafetyService(service.sessions, service.actor)
    if args.summary:
        sys.stdout.write(summary_text(safety.adverse_event_summary(date_from, date_to), date_from, date_to))
        return 0
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(COLUMNS)
    for r in safety.clinic_adverse_events(date_from, date_to):
        out.writerow([r.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"), _defuse(r.chart_number), r.visit_id,
                      r.kind, r.severity or "", "yes" if r.near_miss else "no", r.onset or "",
                      _defuse(r.action_taken), _defuse(r.follow_up), _defuse(r.recorded_by)])
    return 0


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}"


def summary_text(summary: EventSummary, date_from: dt.date | None, date_to: dt.date | None) -> str:
    """The --summary table: counts and rates, aligned for a terminal."""
    period = f"{date_from or 'the first record'} to {date_to or 'today'}"
    lines = [f"Adverse events after dry needling, {period}",
             f"Needling visits: {summary.visits:,}    Needled trigger points: {summary.points:,}",
             "(events dated in the period; visits and trigger points of visits that started in it)", ""]
    width = max([len(r.label) for r in (summary.total, summary.near_misses, *summary.by_severity,
                                         *summary.by_kind, *summary.near_misses_by_kind)] + [20]) + 2

    def row(label: str, events: str, points: str, visits: str) -> str:
        return f"{label:<{width}}{events:>8}{points:>20}{visits:>20}"

    def rates(items) -> list[str]:
        return [row("  " + r.label, str(r.events), _rate(r.per_1000_points), _rate(r.per_1000_visits))
                for r in items] or ["  none"]

    total, near = summary.total, summary.near_misses
    lines.append(row("", "events", "per 1,000 points", "per 1,000 visits"))
    lines.append(row(total.label, str(total.events), _rate(total.per_1000_points), _rate(total.per_1000_visits)))
    lines += ["By severity", *rates(summary.by_severity), "By type", *rates(summary.by_kind), "",
              "Near misses (nobody harmed; not counted above)", *rates([near]),
              *(rates(summary.near_misses_by_kind) if summary.near_misses_by_kind else [])]
    return "\n".join(lines) + "\n"
