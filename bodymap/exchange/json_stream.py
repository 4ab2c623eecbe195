"""Reading a bodymap JSON export one patient at a time.

A whole-database export of a large clinic is hundreds of megabytes; parsed at once it would take
gigabytes. ExportFile walks the file's top-level object and hands out each member ("format",
"clinic", "records", ...) whole, but the "patients" list one patient at a time, so an import never
holds more than one patient's JSON (plus the other members) in memory. The values are exactly what
json.loads gives (the same decoder, the same parse_int), and every problem is an ExchangeError
with the message read_document gives. The file is opened afresh for each walk, so the import can
check the whole file first and write it in a second walk.

Events, in file order:
    ("field", key, value)     a top-level member other than the list of patients
    ("patient", index, value) one entry of "patients" (after ("field", "patients", []))
    ("document", None, value) the whole file, when it is not an object (the check refuses it)
"""
from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bodymap.errors import QT_TRANSLATE_NOOP, ExchangeError, Number
from bodymap.exchange.json_check import parse_int

__all__ = ["MAX_FILE_BYTES", "MAX_VALUE_CHARS", "Event", "ExportFile", "events_of"]

MAX_FILE_BYTES = 4 * 1024**3          # a 10,000-patient clinic is about 1 GB
MAX_VALUE_CHARS = 256 * 1024**2       # one patient, or one other member (e.g. "records")
CHUNK = 1 << 20
_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBER_TAIL = re.compile(r"[0-9.eE+-]*")
Event = tuple[str, Any, Any]


def events_of(document: Any) -> Iterator[Event]:
    """The events of an already parsed document (ExchangeService.import_document)."""
    if not isinstance(document, dict):
        yield ("document", None, document)
        return
    for key, value in document.items():
        if key == "patients" and isinstance(value, list):
            yield ("field", key, [])
            for i, patient in enumerate(value):
                yield ("patient", i, patient)
        else:
            yield ("field", key, value)


class ExportFile:
    """An export file to import: a regular file of at most MAX_FILE_BYTES (checked on opening,
    before a byte is read, so /dev/zero or a FIFO can neither exhaust memory nor hang the import)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = self.path.name
        os.close(self._open())

    def _open(self) -> int:
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Cannot read {path}: {reason}").format(path=str(self.path), reason=str(exc.strerror or exc))) from None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} is not a regular file, so it cannot be a bodymap export").format(name=self.name))
            if info.st_size > MAX_FILE_BYTES:
                raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} is too large to import ({size} MB; at most {most} MB)").format(
                    name=self.name, size=Number(round(info.st_size / 1e6)), most=Number(round(MAX_FILE_BYTES / 1e6))))
        except BaseException:
            os.close(fd)
            raise
        return fd

    def events(self) -> Iterator[Event]:
        fd = self._open()
        try:
            with os.fdopen(fd, "rb", closefd=False) as handle:
                yield from _Walk(handle, self.name).events()
        except OSError as exc:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Cannot read {path}: {reason}").format(path=str(self.path), reason=str(exc.strerror or exc))) from None
        finally:
            os.close(fd)


class _Walk:
    """One pass over the file's text, decoded incrementally, with a buffer of what is not parsed yet."""

    def __init__(self, handle, name: str) -> None:
        self.handle, self.name = handle, name
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.json = json.JSONDecoder(parse_int=parse_int)
        self.buf, self.pos, self.eof = "", 0, False
        self.bytes_read = 0
        self.line, self.column = 1, 0          # where self.buf starts (for error messages)

    # ------------------------------------------------------------------ the structure
    def events(self) -> Iterator[Event]:
        if self._peek() != "{":
            yield ("document", None, self._value())
            self._end()
            return
        self.pos += 1
        seen_patients = False
        if self._peek() == "}":
            self.pos += 1
        else:
            while True:
                key = self._value()
                if not isinstance(key, str):
                    self._fail("Expecting property name enclosed in double quotes")
                self._expect(":", "Expecting ':' delimiter")
                if key == "patients" and self._peek() == "[":
                    if seen_patients:
                        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "The file holds two lists of patients"), "$.patients")
                    seen_patients = True
                    yield ("field", "patients", [])          # the list is there; its entries follow
                    yield from self._patients()
                else:
                    yield ("field", key, self._value())
                if self._peek() == "}":
                    self.pos += 1
                    break
                self._expect(",", "Expecting ',' delimiter")
        self._end()

    def _patients(self) -> Iterator[Event]:
        self.pos += 1                                   # the "["
        if self._peek() == "]":
            self.pos += 1
            return
        index = 0
        while True:
            yield ("patient", index, self._value())
            index += 1
            if self._peek() == "]":
                self.pos += 1
                return
            self._expect(",", "Expecting ',' delimiter")

    def _end(self) -> None:
        if self._peek() != "":
            self._fail("Extra data")

    # ------------------------------------------------------------------ the text
    def _value(self) -> Any:
        self._peek()
        while True:
            try:
                value, end = self.json.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.eof or len(self.buf) - self.pos > MAX_VALUE_CHARS:
                    self._fail(exc.msg, exc.pos)
                self._fill(max(CHUNK, len(self.buf) - self.pos))     # doubling: linear overall
                continue
            except RecursionError:
                raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} is nested too deeply to be a bodymap export").format(name=self.name)) from None
            if not self.eof and _NUMBER_TAIL.fullmatch(self.buf, end):
                self._fill(CHUNK)                # a number ("0" of "0.5") may go on in the next chunk
                continue
            self.pos = end
            return value

    def _peek(self) -> str:
        """The next character that is not white space ("" at the end of the file)."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()      # type: ignore[union-attr]
            if self.pos < len(self.buf) or self.eof:
                return self.buf[self.pos] if self.pos < len(self.buf) else ""
            self._fill(CHUNK)

    def _expect(self, char: str, message: str) -> None:
        if self._peek() != char:
            self._fail(message)
        self.pos += 1

    def _fill(self, size: int) -> None:
        done = self.buf[:self.pos]
        newlines = done.count("\n")
        if newlines:
            self.line += newlines
            self.column = len(done) - done.rfind("\n") - 1
        else:
            self.column += len(done)
        raw = self.handle.read(size)
        self.eof = not raw
        try:
            text = self.decoder.decode(raw, final=self.eof)
        except UnicodeDecodeError as exc:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} is not UTF-8 text (byte {byte})").format(name=self.name, byte=self.bytes_read + exc.start)) from None
        self.bytes_read += len(raw)
        self.buf, self.pos = self.buf[self.pos:] + text, 0

    def _fail(self, message: str, at: int | None = None):
        at = self.pos if at is None else at
        before = self.buf[:at]
        newlines = before.count("\n")
        line = self.line + newlines
        column = (len(before) - before.rfind("\n") if newlines else self.column + len(before) + 1)
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "{name} is not valid JSON: {message} at line {line}, column {column}").format(
            name=self.name, message=message, line=line, column=column))
