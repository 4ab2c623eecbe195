"""The research export: one row per visit of pain-drawing measures (measures_table.COLUMNS).

For statistics software (R, pandas, SPSS): UTF-8 without a byte-order mark, LF line ends, a header
row, numbers with a dot, empty cells for "not applicable". Chart numbers only, never names; a
chart number a spreadsheet would run as a formula is defused as in csv_io. File mode 0600,
written to a temporary file that replaces the target only when complete (files.open_private).
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path

from bodymap.domain.measures_table import COLUMNS, Cell
from bodymap.exchange.csv_io import defuse
from bodymap.exchange.files import open_private


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_measures_csv(rows: Iterable[Mapping[str, Cell]], path: Path) -> tuple[Path, int]:
    """Write the rows to path; (path, number of rows)."""
    count = 0
    with open_private(path, newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(COLUMNS)
        for row in rows:
            cells = [_cell(row.get(c)) for c in COLUMNS]
            cells[0] = defuse(cells[0])
            out.writerow(cells)
            count += 1
    return Path(path), count
