"""Printing and PDF export of a visit report from the window.

Every entry point takes the clinic's settings (`clinic`, a ClinicSettings; None prints the
default header) so the handout carries the clinic's name, address, phone, logo and home care.

Each offers the two copies of the handout (export/copies.py): the print preview has a "Copy"
choice in its toolbar and the PDF dialog a file type per copy and paper. The patient copy is
the default, since a handout is printed for the patient; the choice is remembered for the session.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QMessageBox, QToolBar, QWidget

from bodymap.domain.clinic import ClinicSettings
from bodymap.domain.records import VisitChart
from bodymap.export.copies import DEFAULT_COPY, Copy
from bodymap.export.report import MARGINS_MM, export_pdf, paint_report
from bodymap.render import i18n
from bodymap.ui.exports import copy_name
from bodymap.ui.widgets import folders

_printer: QPrinter | None = None      # remembered between calls, like the page setup
_copy: Copy = DEFAULT_COPY            # the copy last chosen, for the session


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
           clinic: ClinicSettings | None = None, extras: dict | None = None, copy: Copy | None = None) -> None:
    try:
        paint_report(printer, chart, clinic=clinic, copy=copy or _copy, **(extras or {}))
    except (OSError, ValueError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ExportActions", "Print"),
                            QCoreApplication.translate("ExportActions", "The report could not be printed.") + f"\n\n{i18n.message(exc)}")


def print_with_preview(parent: QWidget | None, chart: VisitChart, printer: QPrinter | None = None,
                       clinic: ClinicSettings | None = None, extras: dict | None = None) -> bool:
    """Show the report in a print preview; printing from there sends it to the printer."""
    printer = printer or shared_printer()
    printer.setDocName(_report_title(chart))
    printer.setCreator("bodymap")
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ExportActions", "Print preview: visit report"))
    dialog.paintRequested.connect(lambda device: _paint(device, chart, parent, clinic, extras))
    add_copy_choice(dialog)
    dialog.resize(900, 1000)
    return dialog.exec() == QDialog.DialogCode.Accepted


def add_copy_choice(dialog: QPrintPreviewDialog) -> QComboBox:
    """A "Copy" box in the preview's toolbar: patient copy (default) or clinician copy; changing
    it repaints the preview, and printing prints the copy shown."""
    combo = QComboBox(dialog)
    combo.setObjectName("handoutCopy")
    for copy in Copy:
        combo.addItem(copy_name(copy), copy.value)
    combo.setCurrentIndex(combo.findData(_copy.value))
    combo.setToolTip(QCoreApplication.translate("ExportActions", "The patient copy is in plain words, without needle "
                                                 "details or the safety record; the clinician copy is the full record."))

    def chosen(_index: int) -> None:
        global _copy
        _copy = Copy(combo.currentData())
        preview = dialog.findChild(QPrintPreviewWidget)
        if preview is not None:
            preview.updatePreview()
    combo.currentIndexChanged.connect(chosen)
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" " + QCoreApplication.translate("ExportActions", "Copy:") + " "))
        toolbar.addWidget(combo)
    return combo


def print_directly(parent: QWidget | None, chart: VisitChart, printer: QPrinter | None = None,
                   clinic: ClinicSettings | None = None, copy: Copy | None = None) -> bool:
    """The system print dialog, then print (no preview); copy: default the one last chosen."""
    printer = printer or shared_printer()
    printer.setDocName(_report_title(chart))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _paint(printer, chart, parent, clinic, copy=copy)
    return True


def page_setup(parent: QWidget | None, printer: QPrinter | None = None) -> bool:
    """Let the user choose paper size, orientation and margins for later prints and PDFs."""
    dialog = QPageSetupDialog(printer or shared_printer(), parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def suggested_pdf_name(chart: VisitChart) -> str:
    chart_no = re.sub(r"[^A-Za-z0-9._-]+", "_", chart.patient.chart_number).strip("_") or "patient"
    return f"{chart_no}_visit_{chart.visit.local_time().date().isoformat()}.pdf"


def _paper_filters() -> dict[str, tuple[Copy, str]]:
    """The PDF dialog's file types, one per copy and paper, in the interface language."""
    papers = {"A4": "A4", "Letter": QCoreApplication.translate("ExportActions", "Letter")}
    return {QCoreApplication.translate("ExportActions", "{copy}, {paper} (*.pdf)").format(copy=copy_name(copy), paper=papers[paper]):
            (copy, paper) for copy in Copy for paper in ("A4", "Letter")}


def export_pdf_dialog(parent: QWidget | None, chart: VisitChart, folder: str | None = None,
                      clinic: ClinicSettings | None = None, extras: dict | None = None) -> Path | None:
    """Ask where to save the report as PDF (and on which paper) and write it; returns the path."""
    printer = shared_printer()
    layout = printer.pageLayout()
    default = "Letter" if layout.pageSize().id() == QPageSize.PageSizeId.Letter else "A4"
    paper_filters = _paper_filters()
    filters = list(paper_filters)
    selected = next(f for f, choice in paper_filters.items() if choice == (_copy, default))
    start = folder or folders.start_folder(folders.EXPORTS)
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportActions", "Export visit report as PDF"), str(Path(start) / suggested_pdf_name(chart)),
        ";;".join(filters), selected)
    if not path:
        return None
    folders.remember(folders.EXPORTS, path)
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    copy, paper = paper_filters.get(chosen, (_copy, default))
    try:
        return export_pdf(chart, path, paper, landscape, clinic=clinic, copy=copy, **(extras or {}))
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or i18n.message(exc)
        QMessageBox.warning(parent, QCoreApplication.translate("ExportActions", "Export PDF"),
                            QCoreApplication.translate("ExportActions", "The PDF could not be saved to\n{path}\n\n{reason}").format(
                                path=path, reason=reason))
        return None
