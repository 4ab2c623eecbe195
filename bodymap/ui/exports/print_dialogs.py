"""Printing and PDF export of a visit report from the window.

Every entry point takes the clinic's settings (`clinic`, a ClinicSettings; None prints the
default header) so the handout carries the clinic's name, address, phone, logo and home care.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from bodymap.domain.clinic import ClinicSettings
from bodymap.domain.records import VisitChart
from bodymap.export.report import MARGINS_MM, export_pdf, paint_report
from bodymap.ui.widgets import folders

_printer: QPrinter | None = None      # remembered between calls, like the page setup


def shared_printer() -> QPrinter:
    """One high-resolution printer object for the session, with the report's margins."""
    global _printer
    if _printer is None:
        _printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        left, top, right, bottom = MARGINS_MM
        _printer.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)
    return _printer


def _report_title(chart: VisitChart) -> str:
    return f"bodymap visit {chart.visit.local_time().date().isoformat()}"


def _paint(printer: QPrinter, chart: VisitChart, parent: QWidget | None,
           clinic: ClinicSettings | None = None, extras: dict | None = None) -> None:
    try:
        paint_report(printer, chart, clinic=clinic, **(extras or {}))
    except (OSError, ValueError) as exc:
        QMessageBox.warning(parent, "Print", f"The report could not be printed.\n\n{exc}")


def print_with_preview(parent: QWidget | None, chart: VisitChart, printer: QPrinter | None = None,
                       clinic: ClinicSettings | None = None, extras: dict | None = None) -> bool:
    """Show the report in a print preview; printing from there sends it to the printer."""
    printer = printer or shared_printer()
    printer.setDocName(_report_title(chart))
    printer.setCreator("bodymap")
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print preview: visit report")
    dialog.paintRequested.connect(lambda device: _paint(device, chart, parent, clinic, extras))
    dialog.resize(900, 1000)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_directly(parent: QWidget | None, chart: VisitChart, printer: QPrinter | None = None,
                   clinic: ClinicSettings | None = None) -> bool:
    """The system print dialog, then print (no preview)."""
    printer = printer or shared_printer()
    printer.setDocName(_report_title(chart))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _paint(printer, chart, parent, clinic)
    return True


def page_setup(parent: QWidget | None, printer: QPrinter | None = None) -> bool:
    """Let the user choose paper size, orientation and margins for later prints and PDFs."""
    dialog = QPageSetupDialog(printer or shared_printer(), parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def suggested_pdf_name(chart: VisitChart) -> str:
    chart_no = re.sub(r"[^A-Za-z0-9._-]+", "_", chart.patient.chart_number).strip("_") or "patient"
    return f"{chart_no}_visit_{chart.visit.local_time().date().isoformat()}.pdf"


_PAPER_FILTERS = {"A4 (*.pdf)": "A4", "Letter (*.pdf)": "Letter"}


def export_pdf_dialog(parent: QWidget | None, chart: VisitChart, folder: str | None = None,
                      clinic: ClinicSettings | None = None, extras: dict | None = None) -> Path | None:
    """Ask where to save the report as PDF (and on which paper) and write it; returns the path."""
    printer = shared_printer()
    layout = printer.pageLayout()
    default = "Letter" if layout.pageSize().id() == QPageSize.PageSizeId.Letter else "A4"
    filters = list(_PAPER_FILTERS)
    selected = next(f for f, size in _PAPER_FILTERS.items() if size == default)
    start = folder or folders.start_folder(folders.EXPORTS)
    path, chosen = QFileDialog.getSaveFileName(
        parent, "Export visit report as PDF", str(Path(start) / suggested_pdf_name(chart)),
        ";;".join(filters), selected)
    if not path:
        return None
    folders.remember(folders.EXPORTS, path)
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    try:
        return export_pdf(chart, path, _PAPER_FILTERS.get(chosen, default), landscape, clinic=clinic,
                          **(extras or {}))
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        QMessageBox.warning(parent, "Export PDF", f"The PDF could not be saved to\n{path}\n\n{reason}")
        return None
