"""`bodymap export` and `bodymap import`: PDF, PNG, CSV, JSON and FHIR from the command line.

    bodymap export (--visit ID | --patient CHART | --all) --format pdf|png|csv|json|fhir -o PATH
                   [--copy patient|clinician] [--page-size A4|Letter] [--landscape]
                   [--height PX] [--view VIEW]
                   [--since DATE] [--until DATE]
    bodymap import FILE [--on-conflict refuse|rename]

PDF and PNG of one visit go to a file (PNG: with --view) or a folder; of several visits to a
folder (one PDF per visit, one PNG per visit and view). CSV, JSON and FHIR always make one file.
A PDF is the patient copy of the handout (plain words) unless --copy clinician asks for the full
record.
"""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from bodymap.cli.qt import qt_app
from bodymap.cli.words import message, translate
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError

FORMATS = ("pdf", "png", "csv", "json", "fhir")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CommandLine", "not a date (YYYY-MM-DD): {text}").format(text=repr(text))) from None


def add_commands(sub) -> None:
    export = sub.add_parser("export", help=translate("CommandLine", "export visits as PDF, PNG, CSV, JSON or FHIR"))
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--visit", type=int, metavar="ID", help=translate("CommandLine", "one visit"))
    which.add_argument("--patient", metavar="CHART", help=translate("CommandLine", "every visit of the patient with this chart number"))
    which.add_argument("--all", action="store_true", help=translate("CommandLine", "every patient and visit"))
    export.add_argument("--format", choices=FORMATS, default="pdf", help=translate("CommandLine", "file format (default pdf)"))
    export.add_argument("-o", "--output", required=True, type=Path, metavar="PATH", help=translate("CommandLine", "file or folder"))
    export.add_argument("--copy", choices=("patient", "clinician"), default="patient",
                        help=translate("CommandLine", "PDF: the patient copy in plain words (default) or the clinician copy "
                                                      "with the full record"))
    export.add_argument("--language", metavar="CODE", default=None,
                        help=translate("CommandLine", "PDF: the handout's language for this export (en, es, de, pt_BR); default: the "
                                                      "patient's preferred language for the patient copy, else LANGUAGE / LANG"))
    export.add_argument("--page-size", default="A4", metavar="SIZE", help=translate("CommandLine", "PDF paper: A4 (default), Letter, "
                                                                                                   "Legal, A3, A5"))
    export.add_argument("--landscape", action="store_true", help=translate("CommandLine", "PDF in landscape"))
    export.add_argument("--height", type=int, default=1600, metavar="PX", help=translate("CommandLine", "PNG height (default 1600)"))
    export.add_argument("--view", metavar="VIEW", help=translate("CommandLine", "PNG: only this view (e.g. anterior)"))
    export.add_argument("--since", type=_date, metavar="DATE", help=translate("CommandLine", "only visits on or after this date"))
    export.add_argument("--until", type=_date, metavar="DATE", help=translate("CommandLine", "only visits on or before this date"))
    export.set_defaults(handler=run_export)
    imp = sub.add_parser("import", help=translate("CommandLine", "import a bodymap JSON export"))
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--on-conflict", choices=("refuse", "rename"), default="refuse",
                     help=translate("CommandLine", "a chart number already in use: refuse the file (default) or give the "
                                                   "imported patient a new number"))
    imp.set_defaults(handler=run_import)


def _clinic(service):
    from bodymap.services.settings import SettingsService
    return SettingsService(service._sessions).clinic()


def _language(args) -> str | None:
    """--language as a supported code, or None (then the patient's, else LANGUAGE / LANG)."""
    if not getattr(args, "language", None):
        return None
    from bodymap.domain.languages import clean_language
    try:
        return clean_language(args.language) or None
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


def run_export(service, args) -> int:
    try:
        paths = _export(service, args)
    except ValidationError:
        raise
    except ValueError as exc:               # a bad page size, height or date range
        raise ValidationError(str(exc)) from None
    for path in paths:
        print(path)
    return 0


def _export(service, args) -> list[Path]:
    from bodymap.exchange.charts import iter_charts, select_visit_ids, select_visits
    scope = dict(visit_id=args.visit, chart_number=args.patient, everything=args.all,
                 since=args.since, until=args.until)
    out: Path = args.output
    if args.format == "json":
        from bodymap.services.exchange import ExchangeService
        if args.since or args.until:
            raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "--since and --until do not apply to JSON exports."))
        return [ExchangeService.for_service(service).write_export(
            out, visit_id=args.visit, chart_number=args.patient, everything=args.all)]
    if args.format in ("csv", "fhir"):              # streamed: only the visits' ids are held
        ids = select_visit_ids(service, **scope)
        if not ids:
            raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "No visits match; nothing was exported."))
        if args.format == "csv":
            from bodymap.exchange.csv_io import write_csv
            return [write_csv(iter_charts(service, ids), out)]
        from bodymap.exchange.fhir import write_fhir
        return [write_fhir(iter_charts(service, ids), out)]
    visits = select_visits(service, **scope)
    if not visits:
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "No visits match; nothing was exported."))
    _app = qt_app()
    if args.format == "png":
        from bodymap.export.batch import save_views_png
        if not 16 <= args.height <= 20000:
            raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "--height must be between {least} and {most} pixels.").format(
                least=16, most=20000))
        if len(visits) > 1 and not out.is_dir():
            raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "Several visits make several images: {folder} must be an existing "
                                                    "folder.").format(folder=out))
        views = [args.view] if args.view else None
        return [p for chart in iter_charts(service, visits) for p in save_views_png(chart, out, args.height, views)]
    from bodymap.export.report import export_pdf
    language = _language(args)
    clinic = _clinic(service)
    if args.visit is not None and not out.is_dir():
        from bodymap.services.handout import handout_extras
        chart = service.get_chart(args.visit)
        return [export_pdf(chart, out, args.page_size, args.landscape, clinic=clinic, copy=args.copy,
                           language=language, **handout_extras(service, chart))]
    if not out.is_dir():
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "Several visits make one PDF each: {folder} must be an existing "
                                                "folder.").format(folder=out))
    from bodymap.export.batch import batch_export_pdfs
    return [step.path for step in batch_export_pdfs(service, visits, out, args.page_size, args.landscape, clinic,
                                                    copy=args.copy, language=language)
            if step.path is not None]


def run_import(service, args) -> int:
    from bodymap.services.exchange import ExchangeService
    summary = ExchangeService.for_service(service).import_file(args.file, args.on_conflict)
    print(message(summary.describe()))
    return 0
