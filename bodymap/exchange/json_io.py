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
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bodymap.exchange.files import open_private, write_private
from bodymap.exchange.json_check import FORMAT, SCHEMA_VERSION

__all__ = ["CONFLICT_POLICIES", "FORMAT", "SCHEMA_VERSION", "iso", "read_document",
           "software", "write_json", "write_json_stream"]

CONFLICT_POLICIES = ("refuse", "rename")


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


def read_document(path) -> Any:
    """The parsed JSON of path, whole (for a file known to be small: one visit or patient; an
    import walks the file instead, bodymap.exchange.json_stream). ExchangeError as the import's."""
    from bodymap.exchange.json_stream import ExportFile
    document: dict[str, Any] = {}
    for kind, key, value in ExportFile(path).events():
        if kind == "document":
            return value
        if kind == "patient":
            document["patients"].append(value)
        else:
            document[key] = value
    return document
