"""Validation of the "records" part of a bodymap JSON document: the rows of the tables that are not
charts (the needling safety record, clinic diagram templates, settings, and any table added later),
carried column by column.

    "records": {"safety_consents": [{"id": 3, "patient_id": 7, "visit_id": 12, ...}], ...}

The columns and their kinds come from the database half (bodymap.services.exchange_records), as a
plain spec, so this module stays free of sessions:

    {table: {column: {"kind": "int" | "float" | "bool" | "text" | "timestamp" | "date" | "json" | "bytes",
                      "length": int, "nullable": bool, "default": bool, "ref": table | None}}}

Values come back typed (datetimes aware in UTC, dates, bytes); links (ref) are left as the file's
ids, for the importer to remap. A missing column takes the database default when it has one (files
of older versions), else None when it may be null; otherwise it is an error with its JSON path.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from typing import Any

from bodymap.errors import QT_TRANSLATE_NOOP, ExchangeError, Number
from bodymap.exchange.json_check import MAX_ID, MAX_ROWS, Checker, _kind, _short, iso_date

MAX_BYTES = 50 * 1024 * 1024       # one binary value (a template image), decoded
MAX_JSON_TEXT = 5_000_000          # one JSON value, as text


def check_records(doc: dict, spec: dict[str, dict[str, dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """{table: [row]} of the document's "records" (missing: none). Tables this version does not
    know are refused: their rows could not be kept."""
    raw = doc.get("records")
    if raw is None:
        return {}
    c = Checker()
    raw = c.obj(raw, "$.records")
    out: dict[str, list[dict[str, Any]]] = {}
    for table, rows in raw.items():
        path = f"$.records.{table}"
        if table not in spec:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Unknown table {table}: this file comes from a newer bodymap; "
                                                  "update bodymap to import it").format(table=_short(table)), path)
        seen: set = set()
        out[table] = [_row(c, row, f"{path}[{i}]", spec[table], seen)
                      for i, row in enumerate(c.items(rows, path, MAX_ROWS))]
    return out


def _row(c: Checker, row: Any, path: str, columns: dict[str, dict[str, Any]], seen: set) -> dict[str, Any]:
    row = c.obj(row, path)
    out: dict[str, Any] = {"_path": path}
    for name, col in columns.items():
        if name not in row:
            if col["default"]:
                continue
            if col["nullable"]:
                out[name] = None
                continue
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Missing field {name}").format(name=repr(name)), path)
        out[name] = _value(c, row, name, path, col)
    key = tuple(out.get(name) for name, col in columns.items() if col.get("primary_key"))
    if key:
        if key in seen:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Duplicate row {key}").format(key=_short(key[0] if len(key) == 1 else key)), path)
        seen.add(key)
    return out


def _value(c: Checker, row: dict, name: str, path: str, col: dict[str, Any]) -> Any:
    here = f"{path}.{name}"
    value = row[name]
    if value is None:
        if not col["nullable"]:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Must not be null"), here)
        return None
    kind = col["kind"]
    if kind == "int":
        return c.integer(row, name, path, 1 if col["ref"] else -MAX_ID, MAX_ID)
    if kind == "float":
        return c.number(row, name, path, -1e12, 1e12)
    if kind == "bool":
        return c.boolean(row, name, path)
    if kind == "text":
        return c.text(row, name, path, col["length"])
    if kind == "timestamp":
        return c.timestamp(row, name, path)
    if kind == "date":
        return _date(value, here)
    if kind == "bytes":
        return _bytes(value, here)
    if kind == "json":
        try:
            size = len(json.dumps(value, allow_nan=False))
        except ValueError:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Holds a number that is not finite"), here) from None
        if size > MAX_JSON_TEXT:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Too large ({count} characters; at most {most})").format(count=Number(size), most=Number(MAX_JSON_TEXT)), here)
        _no_nul(value, here)
        return value
    raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Cannot carry a column of kind {kind}").format(kind=kind), here)


def _date(value: Any, here: str) -> dt.date:
    parsed = iso_date(value, here, "2025-03-12")
    if not 1890 <= parsed.year <= 2200:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Implausible year {year}").format(year=parsed.year), here)
    return parsed


def _bytes(value: Any, here: str) -> bytes:
    if not isinstance(value, str):
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected base64 text, found {kind}").format(kind=_kind(value)), here)
    if len(value) > MAX_BYTES * 4 // 3 + 4:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Too large (at most {most} MB)").format(most=MAX_BYTES // 1_000_000), here)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Not valid base64"), here) from None


def _no_nul(value: Any, here: str) -> None:
    if isinstance(value, str):
        if "\x00" in value:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Contains a NUL character"), here)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Contains an invalid character (a lone surrogate)"), here) from None
    elif isinstance(value, dict):
        for k, v in value.items():
            _no_nul(k, here)
            _no_nul(v, here)
    elif isinstance(value, list):
        for v in value:
            _no_nul(v, here)
