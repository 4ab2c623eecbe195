"""Printouts and files from the window: print, export PDF, export a visit, batch handouts, import,
page setup and the clinic's handout settings.

MainWindow makes one ExportsController; its methods are the slots of the File and Edit menu
commands (ui/actions.py names them "exports.<method>"). Service calls go through the window's
Operations runner.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

# the handout copies' names (export.copies.COPY_LABELS, which a test keeps equal), translated
COPY_NAMES = {
    "patient": QT_TRANSLATE_NOOP("ExportActions", "Patient copy (plain words)"),
    "clinician": QT_TRANSLATE_NOOP("ExportActions", "Clinician copy (full record)"),
}


def copy_name(copy) -> str:
    """An export.copies.Copy's name in the interface language."""
    return QCoreApplication.translate("ExportActions", COPY_NAMES[copy.value])


class ExportsController(QObject):
    imported = Signal()           # patients were imported: the patient list refreshes

    def __init__(self, services, document, operations, host: QWidget,
                 patient: Callable[[], object], user: Callable[[], object]):
        """patient() and user(): the patient selected and the clinician signed in, when asked."""
        super().__init__(host)
        self.services, self.document, self.operations, self.host = services, document, operations, host
        self._patient, self._user = patient, user

    def print_visit(self) -> None:
        if self.document.chart is not None:
            from bodymap.ui.exports.print_dialogs import print_with_preview
            chart = self._fresh_chart()
            print_with_preview(self.host, chart, clinic=self.operations.run(self.services.settings.clinic),
                               extras=self._handout_extras(chart))

    def export_pdf(self) -> None:
        if self.document.chart is not None:
            from bodymap.ui.exports.print_dialogs import export_pdf_dialog
            chart = self._fresh_chart()
            export_pdf_dialog(self.host, chart, clinic=self.operations.run(self.services.settings.clinic),
                              extras=self._handout_extras(chart))

    def export_visit(self) -> None:
        if self.document.chart is not None:
            from bodymap.ui.exports import exchange_actions
            exchange_actions.export_visit_dialog(self.host, self.services.chart, self.services.settings,
                                                 self._fresh_chart())

    def batch_export(self) -> None:
        from bodymap.ui.exports import exchange_actions
        patient = self._patient()
        exchange_actions.batch_export_dialog(self.host, self.services.chart, self.services.settings,
                                             patient_id=getattr(patient, "id", None))

    def import_file(self) -> None:
        from bodymap.ui.exports import exchange_actions
        if exchange_actions.import_dialog(self.host, self.services.chart):
            self.imported.emit()

    def page_setup(self) -> None:
        from bodymap.ui.exports.print_dialogs import page_setup
        page_setup(self.host)

    def edit_clinic(self) -> None:
        user = self._user()
        if user is not None and not user.is_admin:
            return
        from bodymap.ui.exports import exchange_actions
        exchange_actions.clinic_settings_dialog(self.host, self.services.settings)

    def _handout_extras(self, chart) -> dict:
        from bodymap.services.handout import handout_extras
        return self.operations.run(handout_extras, self.services.chart, chart) or {}

    def _fresh_chart(self):
        """What is stored now (another workstation may have added to the visit)."""
        chart = self.document.chart
        return self.operations.run(self.services.chart.get_chart, chart.visit.id) or chart
