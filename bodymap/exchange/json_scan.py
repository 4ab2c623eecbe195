"""The check of a whole export, one patient at a time (the first of an import's two walks).

Everything about a single patient is json_check.check_patient's; what spans patients is here:
chart numbers that appear twice, ids that appear twice, a carried-forward link to another
patient's mark, the header. Memory stays small however large the clinic: per patient only its
chart number is kept, and the ids of the file sit in flat integer arrays (8 bytes each).
"""
from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from bodymap.domain.charting import chart_key
from bodymap.errors import QT_TRANSLATE_NOOP, ExchangeError, Number
from bodymap.exchange.json_check import MAX_ROWS, Checker, check_header, check_patient
from bodymap.exchange.json_stream import Event

if TYPE_CHECKING:                        # numpy is loaded by an import only, not at start-up
    import numpy as np

__all__ = ["Scan", "marks_of"]

KINDS = {"patient": "patient", "visit": "visit", "tp": "trigger point", "zone": "zone"}
LINKED = (("tp", "trigger_points"), ("zone", "zones"))


def marks_of(patient: dict[str, Any], key: str) -> Iterator[dict[str, Any]]:
    """The checked patient's trigger points (key "trigger_points") or zones ("zones")."""
    for visit in patient["visits"]:
        yield from visit[key]


class Scan:
    """Walks the events once, checking each patient as it comes; `fields` (the members other than
    the patients), `header` (check_header's result) and `charts` ([(chart number, path)]) are what
    the write needs afterwards."""

    def __init__(self, known_views: tuple[str, ...], extras: dict | None = None) -> None:
        self.checker = Checker()
        self.checker.extras = extras or {}
        self.known_views = known_views
        self.fields: dict[str, Any] = {}
        self.header: dict[str, Any] = {}
        self.charts: list[tuple[str, str]] = []
        self._chart_paths: dict[str, str] = {}
        self._ids = {kind: array("q") for kind in KINDS}
        self._links: list[tuple[str, int, str]] = []       # (kind, source, path) pointing outside the patient
        self._patients = 0

    def check_patient(self, index: int, raw: Any) -> dict[str, Any]:
        """The checked patient (the write's second walk calls this too)."""
        return check_patient(self.checker, raw, index, self.known_views)

    def run(self, walk: Callable[[], Iterable[Event]],
            each: Callable[[dict[str, Any]], None] | None = None) -> Scan:
        """walk() gives the events (it is called again only to name a duplicate id's place);
        each(checked patient) applies further rules (bodymap.services.import_rules)."""
        for kind, key, value in walk():
            if kind == "patient":
                if self._patients == 0:
                    check_header(self.fields, first_patient=True)
                self._patients += 1
                if self._patients > MAX_ROWS:
                    raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Too many entries (at most {most})").format(most=Number(MAX_ROWS)), "$.patients")
                patient = self.check_patient(key, value)
                self._note(patient)
                if each is not None:
                    each(patient)
            elif kind == "document":
                check_header(value)                      # not an object: refused with its kind
            else:
                self.fields[key] = value
        self.header = check_header(self.fields)
        self.checker.items(self.checker.field(self.fields, "patients", "$"), "$.patients")   # there, and a list
        self._check_ids(walk)
        self._check_links()
        return self

    def _note(self, patient: dict[str, Any]) -> None:
        key = chart_key(patient["chart_number"])
        path = f"{patient['_path']}.chart_number"
        if key in self._chart_paths:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Chart number {chart} appears twice in the file (also at {other})").format(
                chart=repr(patient["chart_number"]), other=self._chart_paths[key]), path)
        self._chart_paths[key] = path
        self.charts.append((patient["chart_number"], patient["_path"]))
        self._ids["patient"].append(patient["id"])
        for visit in patient["visits"]:
            self._ids["visit"].append(visit["id"])
        for kind, key_ in LINKED:
            own = {mark["id"] for mark in marks_of(patient, key_)}
            self._ids[kind].extend(own)
            for mark in marks_of(patient, key_):
                source = mark["carried_from_id"]
                if source == mark["id"]:
                    raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "A {kind} cannot be carried forward from itself").format(kind=KINDS[kind]),
                                        f"{mark['_path']}.carried_from_id")
                if source is not None and source not in own:
                    self._links.append((kind, source, f"{mark['_path']}.carried_from_id"))

    def _sorted(self, kind: str) -> np.ndarray:
        import numpy as np
        return np.sort(np.frombuffer(self._ids[kind], dtype=np.int64)) if self._ids[kind] else np.zeros(0, np.int64)

    def _check_ids(self, walk: Callable[[], Iterable[Event]]) -> None:
        for kind, label in KINDS.items():
            ids = self._sorted(kind)
            twice = ids[1:][ids[1:] == ids[:-1]]
            if twice.size:
                value = int(twice[0])
                raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Duplicate {what} id {value}").format(what=label, value=value), _second_place(walk, kind, value))

    def _check_links(self) -> None:
        import numpy as np
        for kind, _key in LINKED:
            ids = self._sorted(kind)
            for kind_, source, path in self._links:
                if kind_ != kind:
                    continue
                at = int(np.searchsorted(ids, source))
                if at < ids.size and ids[at] == source:
                    raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Carried forward from {kind} {source} of another patient").format(kind=KINDS[kind], source=source), path)


def _second_place(walk: Callable[[], Iterable[Event]], kind: str, value: int) -> str:
    """The JSON path of the second occurrence of an id (the error case only: a third walk)."""
    seen = False
    for event, index, raw in walk():
        if event != "patient":
            continue
        for path, item in _items(kind, f"$.patients[{index}]", raw):
            if item.get("id") == value:
                if seen:
                    return f"{path}.id"
                seen = True
    return "$.patients"


def _items(kind: str, path: str, patient: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    if kind == "patient":
        yield path, patient
        return
    for i, visit in enumerate(patient["visits"]):
        here = f"{path}.visits[{i}]"
        if kind == "visit":
            yield here, visit
            continue
        key = "trigger_points" if kind == "tp" else "zones"
        for k, mark in enumerate(visit[key]):
            yield f"{here}.{key}[{k}]", mark
