"""Many files at once: every view of a visit as PNG, and one PDF per visit into a folder.

batch_export_pdfs is a generator that yields after each file, so a window can show progress and
stop between two files (Cancel); each file is written atomically, so a cancelled or failed batch
leaves only complete files behind.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

from bodymap.domain.clinic import ClinicSettings
from bodymap.domain.records import VisitChart, VisitRecord
from bodymap.domain.wording import counted
from bodymap.exchange.files import PRIVATE_MODE, safe_name


@dataclasses.dataclass(frozen=True)
class BatchProgress:
    done: int                 # files finished so far
    total: int
    path: Path | None         # the file just written
    label: str                # what was just done, for a progress dialog


def visit_stem(chart: VisitChart) -> str:
    """<chart number>_<visit date>_<visit id>: sorts by patient, then date."""
    return (f"{safe_name(chart.patient.chart_number)}_{chart.visit.local_time().date().isoformat()}"
            f"_{chart.visit.id}")


def batch_pdf_name(chart: VisitChart) -> str:
    return visit_stem(chart) + ".pdf"


def save_views_png(chart: VisitChart | None, target, height_px: int = 1600, views=None) -> list[Path]:
    """PNG images of views (default: every view of the diagram) with the chart's marks.

    target is a file name (one view only) or a folder: then one file per view, named
    <chart>_<date>_<visit>_<view>.png. Returns the paths written."""
    from bodymap.domain.diagrams import available_views
    from bodymap.export.png import save_view_png
    known = tuple(available_views())
    views = list(views or known)
    unknown = [v for v in views if v not in known]
    if unknown:
        raise ValueError(f"Unknown view {unknown[0]!r}; choose one of: {', '.join(known)}.")
    target = Path(target)
    if target.suffix.lower() == ".png" and not target.is_dir():
        if len(views) != 1:
            raise ValueError("Several views make several images: give a folder, or choose one view.")
        return [save_view_png(views[0], chart, target, height_px, PRIVATE_MODE)]
    if not target.is_dir():
        raise FileNotFoundError(2, "The folder does not exist", str(target))
    stem = visit_stem(chart) if chart is not None else "bodymap"
    return [save_view_png(view, chart, target / f"{stem}_{view}.png", height_px, PRIVATE_MODE) for view in views]


def batch_export_pdfs(service, visits: list[VisitRecord], folder, page_size="A4", landscape: bool = False,
                      clinic: ClinicSettings | None = None, copy: str = "patient",
                      language: str | None = None) -> Iterator[BatchProgress]:
    """One PDF per visit into folder (<chart>_<date>_<visit id>.pdf), yielding after each file;
    copy: "patient" (plain words, the default) or "clinician" (the full record)."""
    from bodymap.export.copies import copy_of
    from bodymap.export.report import export_pdf, page_size_of
    page_size_of(page_size)                       # refuse a bad size or copy before writing anything
    copy = copy_of(copy)
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(2, "The folder does not exist", str(folder))
    total = len(visits)
    yield BatchProgress(0, total, None, f"Exporting {counted(total, 'visit')}…")
    from bodymap.services.handout import HandoutExtras
    extras = HandoutExtras.for_service(service)  # trends once per patient, not once per visit
    for done, visit in enumerate(visits, start=1):
        chart = service.get_chart(visit.id)
        path = export_pdf(chart, folder / batch_pdf_name(chart), page_size, landscape, clinic=clinic,
                          copy=copy, language=language, **extras(chart))
        yield BatchProgress(done, total, path, f"{chart.patient.chart_number}, visit of "
                                               f"{chart.visit.local_time():%d %b %Y}")
