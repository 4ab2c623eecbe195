"""`bodymap copy-database --to URL`: copy the whole database into another, empty one.

    bodymap [--database SOURCE] copy-database --to TARGET [--batch N]

For growing from one workstation (the embedded SQLite file) to a clinic server (PostgreSQL), and
back. Every table is copied with its ids and checked (row count and checksum per table); one line
per table is printed: table, rows in the source, rows in the copy, checksum, ok/DIFFERENT. The
exit status is 1 when anything differs (and then nothing is kept in the target).
"""
from __future__ import annotations

import sys

from bodymap import db
from bodymap.cli.words import message, translate

EXIT_OK, EXIT_FAILED = 0, 1


def add_commands(sub) -> None:
    c = sub.add_parser("copy-database",
                       help=translate("CommandLine", "copy every table (with its ids) into another, empty database and check it"))
    c.add_argument("--to", required=True, metavar="URL",
                   help=translate("CommandLine", "the target database, e.g. postgresql+psycopg://user@server/clinic or "
                                                 "sqlite:///path/copy.sqlite3 (made and migrated if new; must be empty)"))
    c.add_argument("--batch", type=int, default=2000, metavar="N",
                   help=translate("CommandLine", "rows read and written at a time (default 2000)"))
    c.set_defaults(handler=run_copy, needs_service=False)


def run_copy(_service, args) -> int:
    from bodymap.services.audit import Actor
    from bodymap.services.copy_database import copy_database
    source, _sessions = db.open_database(args.database)
    try:
        target = db.make_engine(args.to)
        try:
            report = copy_database(source, target, Actor.command_line(), batch=args.batch)
        finally:
            target.dispose()
    finally:
        source.dispose()
    print("\t".join((translate("CommandLine", "table"), translate("CommandLine", "source rows"),
                     translate("CommandLine", "copied rows"), "sha256", translate("CommandLine", "check"))))
    lines = [message(line) for line in report.lines()]
    print("\n".join(lines[:-1]))
    print(lines[-1], file=sys.stdout if report.ok else sys.stderr)
    return EXIT_OK if report.ok and report.committed else EXIT_FAILED
