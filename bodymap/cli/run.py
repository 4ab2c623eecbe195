"""The `bodymap` command: the parser, the core commands (gui, where, demo, visits, render) and the
dispatch to the command-group modules beside this one."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bodymap import __version__, db
from bodymap.cli import audit, copy_database, diagrams, exchange, maintenance, progress, records, safety, suggest
from bodymap.cli.qt import qt_app
from bodymap.cli.words import message, translate, translate_argparse
from bodymap.errors import QT_TRANSLATE_NOOP, CorruptDatabaseError, DatabaseError, ValidationError

EXIT_USAGE, EXIT_FAILED = 2, 1

# Modules that add sub-commands: each has add_commands(subparsers) and sets `handler`
# (called as handler(service, args) -> exit code) with set_defaults.
EXTRA_COMMANDS: list = [progress, diagrams, exchange, maintenance, suggest, safety, records, audit, copy_database]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodymap", description=translate("CommandLine", "Chart trigger points and referred pain on body diagrams."))
    parser.add_argument("--database", metavar="URL",
                        help=translate("CommandLine", "database URL (default: $BODYMAP_DATABASE_URL, else the embedded "
                                                      "SQLite file in the user-data folder)"))
    parser.add_argument("--version", action="version", version=f"bodymap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help=translate("CommandLine", "open the window (the default)"))
    sub.add_parser("demo", help=translate("CommandLine", "create a demo patient with three charted visits"))
    visits = sub.add_parser("visits", help=translate("CommandLine", "list visits as tab-separated lines"))
    visits.add_argument("--patient", metavar="CHART", help=translate("CommandLine", "only this chart number"))
    render = sub.add_parser("render", help=translate("CommandLine", "render a view with a visit's marks to PNG"))
    render.add_argument("view", nargs="?", help=translate("CommandLine", "view id, e.g. anterior or posterior"))
    render.add_argument("--list", action="store_true", help=translate("CommandLine", "list the views and exit"))
    render.add_argument("--visit", type=int, metavar="ID", help=translate("CommandLine", "visit whose marks to draw"))
    render.add_argument("-o", "--output", type=Path, metavar="PNG")
    render.add_argument("--height", type=int, default=1600, metavar="PX", help=translate("CommandLine", "image height (default 1600)"))
    render.add_argument("--layers", metavar="LIST", default=None,
                        help=translate("CommandLine", "comma-separated diagram layers: outline,regions,muscles,deep,landmarks,labels "
                                                      "(default outline,labels)"))
    sub.add_parser("where", help=translate("CommandLine", "print where the data lives"))
    for module in EXTRA_COMMANDS:
        module.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    translate_argparse()
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    try:
        if command == "gui":
            from bodymap.app import run_gui
            return run_gui(args.database)
        if command == "where":
            url = db.resolve_url(args.database)
            print(db.mask_url(url))
            from bodymap.app import network_share_warning
            warning = network_share_warning(url)
            if warning:
                print("bodymap: " + translate("CommandLine", "warning: {warning}").format(warning=message(warning)),
                      file=sys.stderr)
            return 0
        if getattr(args, "needs_database", True) is False or not getattr(args, "needs_service", True):
            return args.handler(None, args)     # e.g. restore, which must work on a damaged file
        if command == "render" and args.list:
            from bodymap.domain.diagrams import available_views, load_view
            for view_id in available_views():
                view = load_view(view_id)
                print(f"{view_id}\t{view.label}\tversion {view.version}")
            return 0
        service = _service(args.database)
        if command == "demo":
            from bodymap.services.demo import create_demo
            print("\n".join(create_demo(service)))
            return 0
        if command == "visits":
            return _visits(service, args.patient)
        if command == "render":
            return _render(service, args)
        if hasattr(args, "handler"):
            return args.handler(service, args)
    except (DatabaseError, ValidationError) as exc:
        if isinstance(exc, CorruptDatabaseError):
            from bodymap.migrations.backup import corrupt_database_message
            exc = corrupt_database_message(exc)
        print(f"bodymap: {message(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except LookupError as exc:
        print(f"bodymap: {message(exc.args[0]) if exc.args else exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:          # `bodymap diagram ... | head`
        return 0
    except OSError as exc:
        print(f"bodymap: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_USAGE


def gui_main(argv: list[str] | None = None) -> int:
    """`bodymap-gui` (a gui-scripts launcher: no console window on Windows): the window only, with
    --database as for `bodymap`. Without a console, messages go to the log file and dialogs."""
    parser = argparse.ArgumentParser(prog="bodymap-gui", description=translate("CommandLine", "Open the bodymap window."))
    parser.add_argument("--database", metavar="URL", help=translate("CommandLine", "database URL (as for `bodymap --database`)"))
    parser.add_argument("--version", action="version", version=f"bodymap {__version__}")
    args = parser.parse_args(argv)
    return main([*(["--database", args.database] if args.database else []), "gui"])


def _service(url: str | None):
    from bodymap.migrations.backup import remove_leftovers
    from bodymap.services import ChartService
    remove_leftovers(db.resolve_url(url))      # copies a killed backup or restore left behind
    _engine, sessions = db.open_database(url)
    return ChartService(sessions)


def _visits(service, chart_number: str | None) -> int:
    patient_id = service.find_patient(chart_number).id if chart_number else None
    charts = {p.id: p.chart_number for p in service.search_patients("", limit=10**9)} if patient_id is None \
        else {patient_id: chart_number.strip()}
    for v in reversed(service.list_visits(patient_id)):
        print("\t".join([str(v.id), charts.get(v.patient_id, "?"), v.started_at.isoformat(timespec="minutes"),
                         v.status, str(v.trigger_point_count), str(v.zone_count)]))
    return 0


def _render(service, args) -> int:
    from bodymap.domain.diagrams import available_views
    if args.view is None or args.output is None:
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "render needs a VIEW and -o PNG (or --list)."))
    if args.view not in available_views():
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "Unknown view {view}; choose one of: {choices}.").format(
            view=repr(args.view), choices=", ".join(available_views())))
    if not 100 <= args.height <= 10000:
        raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "--height must be between {least} and {most} pixels.").format(
            least=100, most=10000))
    layers = None
    if args.layers is not None:
        known = ("outline", "regions", "muscles", "deep", "landmarks", "labels", "names")
        layers = [part.strip() for part in args.layers.split(",") if part.strip()]
        unknown = sorted(set(layers) - set(known))
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP("CommandLine", "Unknown layer(s) {layers}; choose from: {choices}.").format(
                layers=", ".join(unknown), choices=", ".join(known)))
    chart = service.get_chart(args.visit) if args.visit is not None else None
    _app = qt_app()
    from bodymap.export.png import save_view_png
    save_view_png(args.view, chart, args.output, args.height, layers=layers)
    print(args.output)
    return 0
