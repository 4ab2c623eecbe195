"""The bodymap JSON exchange format: reading and writing the file (lossless, versioned).

    {"format": "bodymap", "schema_version": 1, "scope": "visit" | "patient" | "database",
     "exported_at": "...Z", "software": "bodymap 0.1.0", "clinic": {...} | null,
     "patients": [{..., "visits": [{..., "trigger_points": [...], "zones": [...]}]}]}

This module knows the file only; bodymap.services.exchange reads and writes the database (one
transaction and one audit row per import). json_check.py validates a parsed document. See
docs/EXPORTS.md.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from bodymap.errors import ExchangeError
from bodymap.exchange.files import open_private, write_private
from bodymap.exchange.json_check import FORMAT, SCHEMA_VERSION, parse_int

__all__ = ["CONFLICT_POLICIES", "FORMAT", "MAX_FILE_BYTES", "SCHEMA_VERSION", "iso", "read_document",
           "software", "write_json", "write_json_stream"]

CONFLICT_POLICIES = ("refuse", "rename")
MAX_FILE_BYTES = 512 * 1024 * 1024


def iso(value: dt.datetime | None) -> str | None:
    """A timestamp as the file writes it: UTC, ISO 8601, with Z."""
    if value is None:
        return None
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def software() -> str:
    """The "software" field: this program and its installed version."""
    try:
        from importlib.metadata import version
        return f"bodymap {version('bodymap')}"
    except Exception:
        return "bodymap unknown"


def write_json(document: dict, path) -> Path:
    """Write an export document (UTF-8, indented, mode 0600, atomically)."""
    text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False)
    return write_private(path, text + "\n")


_HOLE = "\x00patients\x00"         # where the streamed patients go in the dumped opening


def _nested(value, depth: int) -> str:
    """value as write_json writes it `depth` levels deep (JSON strings hold no raw newline)."""
    return json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False).replace("\n", "\n" + " " * depth)


def write_json_stream(head: dict, patients: Iterable[dict], records: Callable[[], dict], path) -> Path:
    """Write {**head, "patients": [...], "records": records()} exactly as write_json would, but one
    patient at a time (a whole-database export never holds more than one patient's JSON in memory).
    records is called after the last patient. Atomic and mode 0600 like write_json."""
    opening = json.dumps({**head, "patients": _HOLE}, ensure_ascii=False, indent=1, allow_nan=False)
    opening, _closing = opening.rsplit(json.dumps(_HOLE), 1)      # "patients" is the last key
    with open_private(path) as out:
        out.write(opening)
        first = True
        for patient in patients:
            out.write("[\n  " if first else ",\n  ")
            out.write(_nested(patient, 2))
            first = False
        out.write("[]" if first else "\n ]")
        out.write(',\n "records": ' + _nested(records(), 1) + "\n}\n")
    return Path(path)


def read_document(path) -> dict:
    """The parsed JSON of path; ExchangeError for anything but a readable regular file of at most
    MAX_FILE_BYTES holding UTF-8 JSON. A device (/dev/zero) or a FIFO is refused before a byte is
    read, so it can neither exhaust memory nor hang the import."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ExchangeError(f"Cannot read {path}: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ExchangeError(f"{path.name} is not a regular file, so it cannot be a bodymap export")
        if info.st_size > MAX_FILE_BYTES:
            raise ExchangeError(f"{path.name} is too large to import ({info.st_size / 1e6:.0f} MB; "
                                f"at most {MAX_FILE_BYTES / 1e6:.0f} MB)")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ExchangeError(f"Cannot read {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:                       # it grew while being read
        raise ExchangeError(f"{path.name} is too large to import")
    try:
        # an over-long whole number is kept as its length, and refused with its JSON path
        return json.loads(raw.decode("utf-8-sig"), parse_int=parse_int)
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"{path.name} is not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ExchangeError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") \
            from None
    except ValueError:             # an integer of thousands of digits (Python refuses to convert it)
        raise ExchangeError(f"{path.name} holds a number too long to be part of a bodymap export") from None
    except RecursionError:
        raise ExchangeError(f"{path.name} is nested too deeply to be a bodymap export") from None
