"""Sub-commands for progress over time: `metrics`, `compare`, `trends`, `heatmap`, `measures`.

JSON goes to stdout with sorted keys (stable), percentages rounded to 0.01 points, Jaccard to
0.001, relative changes to 0.1 %. See docs/METRICS.md for the keys.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from bodymap.cli.words import translate
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError


def add_commands(sub) -> None:
    metrics = sub.add_parser("metrics", help=translate("CommandLine", "print a visit's pain-area and trigger-point metrics as JSON"))
    metrics.add_argument("--visit", type=int, required=True, metavar="ID")
    metrics.set_defaults(handler=_metrics)

    compare = sub.add_parser("compare", help=translate("CommandLine", "compare two visits of one patient (JSON)"))
    compare.add_argument("--from", dest="from_id", type=int, required=True, metavar="ID")
    compare.add_argument("--to", dest="to_id", type=int, required=True, metavar="ID")
    compare.set_defaults(handler=_compare)

    trends = sub.add_parser("trends", help=translate("CommandLine", "a patient's pain, pain area and trigger points per visit (JSON)"))
    trends.add_argument("--patient", required=True, metavar="CHART", help=translate("CommandLine", "chart number"))
    trends.set_defaults(handler=_trends)

    heat = sub.add_parser("heatmap", help=translate("CommandLine", "how often pain was drawn at each point of a view, as PNG"))
    heat.add_argument("view", help=translate("CommandLine", "view id, e.g. anterior or posterior"))
    heat.add_argument("--complaint", metavar="TEXT", help=translate("CommandLine", "only visits whose chief complaint contains TEXT"))
    heat.add_argument("--patient", metavar="CHART", help=translate("CommandLine", "only this patient's visits (a composite map)"))
    heat.add_argument("--since", type=_date, metavar="DATE", help=translate("CommandLine", "only visits on or after this date"))
    heat.add_argument("--until", type=_date, metavar="DATE", help=translate("CommandLine", "only visits on or before this date"))
    heat.add_argument("-o", "--output", required=True, type=Path, metavar="PNG")
    heat.set_defaults(handler=_heatmap)

    measures = sub.add_parser("measures", help=translate("CommandLine", "research export: pain-drawing measures per visit as CSV "
                                                                        "(chart numbers, no names)"))
    which = measures.add_mutually_exclusive_group(required=True)
    which.add_argument("--patient", metavar="CHART", help=translate("CommandLine", "the visits of the patient with this chart number"))
    which.add_argument("--all", action="store_true", help=translate("CommandLine", "every patient's visits"))
    measures.add_argument("-o", "--output", required=True, type=Path, metavar="CSV")
    measures.set_defaults(handler=_measures)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CommandLine", "not a date (YYYY-MM-DD): {text}").format(text=repr(text))) from None


def _progress(service):
    from bodymap.services.progress import ProgressService
    return ProgressService.for_service(service)


def _print(data) -> int:
    print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
    return 0


def _metrics(service, args) -> int:
    from bodymap.domain.measures import measures_dict
    progress = _progress(service)
    data = progress.visit_metrics(args.visit).to_dict()
    data["body_surface"] = measures_dict(progress.visit_measures(args.visit))
    return _print(data)


def _compare(service, args) -> int:
    return _print(_progress(service).compare(args.from_id, args.to_id, keep_masks=False).to_dict())


def _trends(service, args) -> int:
    from bodymap.domain.compare import trend_dict
    patient = service.find_patient(args.patient)
    return _print({"patient": patient.chart_number,
                   "visits": trend_dict(_progress(service).trends(patient.id))})


def _heatmap(service, args) -> int:
    from bodymap.domain.heatmap import heatmap_png
    from bodymap.exchange.files import write_private
    if args.output.suffix.lower() != ".png":
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "The output file name must end in {suffix}.").format(suffix=".png"))
    patients = [service.find_patient(args.patient).id] if args.patient else None
    heat = _progress(service).heatmap(args.view, complaint=args.complaint, patient_ids=patients,
                                      since=args.since, until=args.until)
    write_private(args.output, heatmap_png(heat))
    print(f"{args.output}\t{heat.visit_count} visits\t{heat.visits_with_pain} with pain\tmax {heat.max_count}")
    return 0


def _measures(service, args) -> int:
    from bodymap.exchange.measures_csv import write_measures_csv
    if args.output.suffix.lower() != ".csv":
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "The output file name must end in {suffix}.").format(suffix=".csv"))
    patient_id = service.find_patient(args.patient).id if args.patient else None
    path, count = write_measures_csv(_progress(service).measure_rows(patient_id), args.output)
    print(f"{path}\t{count} visits")
    return 0
