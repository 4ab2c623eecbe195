"""Menu actions for exporting and importing, ready for the main window to wire up.

    export_visit_dialog(parent, service, settings_service, chart)   File > Export visit…
    import_dialog(parent, service)                                    File > Import…
    batch_export_dialog(parent, service, settings_service, patient_id) File > Export handouts…
    clinic_settings_dialog(parent, settings_service)                  Edit > Clinic settings…

Each returns what it did (paths, an ImportSummary, saved settings) or None/[] when cancelled, and
tells the user about failures itself.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from bodymap.domain.records import VisitChart
from bodymap.errors import BodymapError
from bodymap.render import i18n
from bodymap.ui.widgets import folders

translate = QCoreApplication.translate

EXPORT_FILTERS = {                      # the first is the default: the handout made for the patient
    QT_TRANSLATE_NOOP("ExportActions", "PDF handout, patient copy (*.pdf)"): "pdf",
    QT_TRANSLATE_NOOP("ExportActions", "PDF handout, clinician copy: full record (*.pdf)"): "pdf-clinician",
    QT_TRANSLATE_NOOP("ExportActions", "PNG images of the charted views (*.png)"): "png",
    QT_TRANSLATE_NOOP("ExportActions", "CSV spreadsheet (*.csv)"): "csv",
    QT_TRANSLATE_NOOP("ExportActions", "bodymap JSON, complete (*.json)"): "json",
    QT_TRANSLATE_NOOP("ExportActions", "FHIR R4 bundle (*.fhir.json)"): "fhir",
}
SUFFIX = {"pdf": ".pdf", "pdf-clinician": ".pdf", "png": ".png", "csv": ".csv", "json": ".json", "fhir": ".fhir.json"}


def _clinic(settings_service):
    if settings_service is None:
        return None
    try:
        return settings_service.clinic()
    except Exception:           # the header falls back to the defaults rather than failing the export
        return None


def export_visit(service, settings_service, chart: VisitChart, fmt: str, path) -> list[Path]:
    """Write chart in fmt at path (PNG: one file per charted view, named <path stem>_<view>.png).

    fmt "pdf" is the patient copy of the handout, "pdf-clinician" the clinician copy."""
    path = Path(path)
    if fmt in ("pdf", "pdf-clinician"):
        from bodymap.export.report import export_pdf
        from bodymap.services.handout import handout_extras
        copy = "clinician" if fmt == "pdf-clinician" else "patient"
        return [export_pdf(chart, path, clinic=_clinic(settings_service), copy=copy,
                           **handout_extras(service, chart))]
    if fmt == "png":
        from bodymap.exchange.files import PRIVATE_MODE
        from bodymap.export.png import save_view_png
        views = chart.views_with_marks() or ["anterior"]
        stem = path.name[:-4] if path.name.lower().endswith(".png") else path.name
        return [save_view_png(view, chart, path.with_name(f"{stem}_{view}.png"), 1600, PRIVATE_MODE)
                for view in views]
    if fmt == "csv":
        from bodymap.exchange.csv_io import write_csv
        return [write_csv([chart], path)]
    if fmt == "json":
        from bodymap.exchange.json_io import write_json
        from bodymap.services.exchange import ExchangeService
        return [write_json(ExchangeService.for_service(service).export_document(visit_id=chart.visit.id), path)]
    if fmt == "fhir":
        from bodymap.exchange.fhir import write_fhir
        return [write_fhir([chart], path)]
    raise ValueError(f"Unknown export format {fmt!r}.")


def export_visit_dialog(parent: QWidget | None, service, settings_service, chart: VisitChart,
                        folder: str | None = None) -> list[Path]:
    """Ask for a file name and a format, then export the open visit."""
    from bodymap.exchange.files import safe_name
    stem = f"{safe_name(chart.patient.chart_number)}_{chart.visit.local_time().date().isoformat()}"
    start = folder or folders.start_folder(folders.EXPORTS)
    filters = {translate("ExportActions", text): fmt for text, fmt in EXPORT_FILTERS.items()}
    path, chosen = QFileDialog.getSaveFileName(parent, translate("ExportActions", "Export visit"), str(Path(start) / stem),
                                               ";;".join(filters), next(iter(filters)))
    if not path:
        return []
    folders.remember(folders.EXPORTS, path)
    fmt = filters.get(chosen, "pdf")
    if not path.lower().endswith(SUFFIX[fmt]):
        path += SUFFIX[fmt]
    try:
        return export_visit(service, settings_service, chart, fmt, path)
    except (BodymapError, OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or i18n.message(exc)
        QMessageBox.warning(parent, translate("ExportActions", "Export visit"),
                            translate("ExportActions", "The visit could not be exported to\n{path}\n\n{reason}").format(
                                path=path, reason=reason))
        return []


def import_dialog(parent: QWidget | None, service, path: str | None = None):
    """Choose a bodymap JSON file and import it. A chart number already in use is reported, and the
    user may import that patient under a new number instead. Returns the ImportSummary or None."""
    from bodymap.errors import ChartNumberConflict
    from bodymap.services.exchange import ExchangeService
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("ExportActions", "Import a bodymap export"),
                                              folders.start_folder(folders.IMPORTS),
                                              translate("ExportActions", "bodymap JSON (*.json);;All files (*)"))
        if not path:
            return None
        folders.remember(folders.IMPORTS, path)
    exchange = ExchangeService.for_service(service)
    try:
        try:
            summary = exchange.import_file(path, "refuse")
        except ChartNumberConflict as exc:
            answer = QMessageBox.question(
                parent, translate("ExportActions", "Import"),
                f"{i18n.message(exc.problem)}.\n\n" + translate("ExportActions", "Import the patients whose chart numbers are taken "
                                                  "under new chart numbers (for example CH-1-2)?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return None
            summary = exchange.import_file(path, "rename")
    except BodymapError as exc:
        QMessageBox.warning(parent, translate("ExportActions", "Import"),
                            translate("ExportActions", "Nothing was imported.") + f"\n\n{i18n.message(exc)}")
        return None
    QMessageBox.information(parent, translate("ExportActions", "Import"), i18n.message(summary.describe()))
    return summary


def batch_export_dialog(parent: QWidget | None, service, settings_service=None,
                        patient_id: int | None = None) -> list[Path]:
    """Export the handouts of a patient's visits or of a date range, one PDF per visit."""
    from bodymap.ui.exports.batch_export import run_batch_export_dialog
    return run_batch_export_dialog(parent, service, _clinic(settings_service), patient_id)


def clinic_settings_dialog(parent: QWidget | None, settings_service):
    """Edit the clinic's header and home-care advice; returns the saved ClinicSettings or None."""
    from bodymap.ui.clinic.settings_dialog import SettingsDialog
    dialog = SettingsDialog(settings_service, parent)
    return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
