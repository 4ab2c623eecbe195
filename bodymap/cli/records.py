"""`bodymap incomplete [--older-than DAYS] [--json]`: every draft visit and what blocks its signing.

The same rules as the Sign action (domain/signoff.py), so a clinic lead can find the open records.
Rows name the chart number, not the patient. Who will sign is not known here, so "sign in as a
clinician" is not listed; a visit with no other problem is shown as ready to sign.
"""
from __future__ import annotations

import json
import sys

from bodymap.cli.words import message, translate


def add_commands(sub) -> None:
    incomplete = sub.add_parser("incomplete", help=translate("CommandLine", "list draft visits and what blocks signing them"))
    incomplete.add_argument("--older-than", type=float, metavar="DAYS",
                            help=translate("CommandLine", "only visits that started more than DAYS days ago"))
    incomplete.add_argument("--json", action="store_true", help=translate("CommandLine", "print JSON instead of text"))
    incomplete.set_defaults(handler=_incomplete)


def _incomplete(service, args) -> int:
    visits = service.incomplete_visits(args.older_than)
    if args.json:
        json.dump([{"visit_id": v.visit_id, "chart_number": v.chart_number,
                    "started_at": v.started_at.isoformat(), "clinician": v.clinician,
                    "ready_to_sign": not v.problems,
                    "problems": [{"kind": p.kind.value, "message": p.message} for p in v.problems]}
                   for v in visits], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    ready = sum(1 for v in visits if not v.problems)
    one = len(visits) == 1
    if args.older_than is not None:
        head = translate("CommandLine", "{count} draft visit started more than {days} days ago: {open} with "
                         "something to complete, {ready} ready to sign.") if one else \
            translate("CommandLine", "{count} draft visits started more than {days} days ago: {open} with "
                      "something to complete, {ready} ready to sign.")
    else:
        head = translate("CommandLine", "{count} draft visit: {open} with something to complete, {ready} ready "
                         "to sign.") if one else \
            translate("CommandLine", "{count} draft visits: {open} with something to complete, {ready} ready "
                      "to sign.")
    print(head.format(count=len(visits), days=f"{args.older_than or 0:g}", open=len(visits) - ready, ready=ready))
    for v in visits:
        clinician = v.clinician or translate("CommandLine", "no treating clinician")
        print(translate("CommandLine", "{when}  chart {chart}  visit {visit}  {clinician}").format(
            when=f"{v.started_at.astimezone():%Y-%m-%d %H:%M}", chart=v.chart_number, visit=v.visit_id,
            clinician=clinician))
        for p in v.problems or ():
            print(f"    - {message(p.message)}")
        if not v.problems:
            print("    " + translate("CommandLine", "ready to sign"))
    return 0
