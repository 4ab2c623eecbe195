"""Sub-commands that look after the data: `backup`, `restore`, `backups`.

They work on the database file itself, so they do not need the database to be readable: a
damaged database can still be restored. cli.main calls handlers with needs_service=False without
opening the database (service is then None); when it does open it first, the engine is closed
before the file is replaced.
"""
from __future__ import annotations

import sys
from pathlib import Path

from bodymap import db
from bodymap.cli import words
from bodymap.cli.words import translate
from bodymap.errors import QT_TRANSLATE_NOOP, BackupError
from bodymap.migrations import backup

EXIT_OK, EXIT_FAILED = 0, 1


def add_commands(sub) -> None:
    b = sub.add_parser("backup", help=translate("CommandLine", "copy the SQLite database to a file (online, consistent)"))
    b.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help=translate("CommandLine", "where to write the copy (default: a dated file in the backup folder)"))
    b.add_argument("--keep", type=int, default=backup.DEFAULT_KEEP, metavar="N",
                   help=translate("CommandLine", "without -o: how many dated backups to keep (default {keep})").format(
                       keep=backup.DEFAULT_KEEP))
    b.set_defaults(handler=_backup, needs_service=False)

    r = sub.add_parser("restore", help=translate("CommandLine", "replace the SQLite database with a checked backup"))
    r.add_argument("file", type=Path, metavar="FILE", help=translate("CommandLine", "the backup to restore"))
    r.add_argument("--yes", action="store_true", help=translate("CommandLine", "do not ask for confirmation"))
    r.set_defaults(handler=_restore, needs_service=False)

    ls = sub.add_parser("backups", help=translate("CommandLine", "list the dated backups with their dates and sizes"))
    ls.add_argument("--folder", type=Path, metavar="DIR", help=translate("CommandLine", "backup folder (default: beside the database)"))
    ls.set_defaults(handler=_backups, needs_service=False)


def _fail(message: object) -> int:
    print(f"bodymap: {words.message(message)}", file=sys.stderr)
    return EXIT_FAILED


def _sqlite_file(args) -> Path | None:
    """The SQLite file of --database / $BODYMAP_DATABASE_URL / the default; None for PostgreSQL."""
    return backup.sqlite_path(db.resolve_url(getattr(args, "database", None)))


def _close(service) -> None:
    """cli.main may have opened the database: let go of it before the file is replaced."""
    sessions = getattr(service, "sessions", None)
    engine = getattr(sessions, "kw", {}).get("bind") if sessions is not None else None
    if engine is not None:
        engine.dispose()


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _local(when) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S") if when else "?"


def _backup(service, args) -> int:
    try:
        path = _sqlite_file(args)
        if path is None:
            return _fail(backup.PG_DUMP_HELP)
        if args.output is not None:
            written = backup.backup_to(path, args.output)
        else:
            written = backup.rolling_backup(path, keep=args.keep)
    except BackupError as exc:
        return _fail(exc)
    print(written)
    return EXIT_OK


def _restore(service, args) -> int:
    try:
        path = _sqlite_file(args)
        if path is None:
            return _fail("Restoring is for the embedded SQLite database. " + backup.PG_DUMP_HELP)
        info = backup.check_backup_file(args.file)
        if not args.yes:
            if not sys.stdin or not sys.stdin.isatty():
                return _fail(QT_TRANSLATE_NOOP("CommandLine", "restore needs confirmation, but input is not a terminal; "
                                               "run it again with --yes to replace the database."))
            print(translate("CommandLine", "{path}: a sound bodymap backup ({patients} patients, {size}).").format(
                path=info.path, patients=info.patients, size=_size(info.size)))
            try:
                answer = input(translate("CommandLine", "Replace the current database {path} with this backup? "
                                         "Close bodymap on every workstation first. [y/N] ").format(path=path))
            except (EOFError, KeyboardInterrupt):
                answer = ""
            if answer.strip().lower() not in ("y", "yes", translate("CommandLine", "y"),
                                              translate("CommandLine", "yes")):
                print(translate("CommandLine", "Nothing was changed."))
                return EXIT_FAILED
        _close(service)
        kept = backup.restore(args.file, path)
    except BackupError as exc:
        return _fail(exc)
    print(translate("CommandLine", "Restored {path} from {file}.").format(path=path, file=args.file))
    if kept is not None:
        print(translate("CommandLine", "The previous database was kept as {kept}.").format(kept=kept))
    return EXIT_OK


def _backups(service, args) -> int:
    try:
        if args.folder is not None:
            folder = args.folder
        else:
            path = _sqlite_file(args)
            if path is None:
                return _fail(backup.PG_DUMP_HELP)
            folder = backup.default_folder(path)
        found = backup.list_backups(folder)
    except (BackupError, OSError) as exc:
        return _fail(exc)
    if not found:
        print(translate("CommandLine", "No backups in {folder}.").format(folder=folder), file=sys.stderr)
        return EXIT_OK
    for info in found:
        print(f"{_local(info.taken_at)}\t{_size(info.size)}\t{info.path}")
    return EXIT_OK
