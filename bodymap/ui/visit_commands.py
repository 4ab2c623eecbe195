"""The window's patient and visit commands: new and edited patients and visits, signing with its
list of unmet rules, and going to what fixes one. A mixin of MainWindow (ui/main_window.py), which
holds the services, the document, the operations runner and the panels these use."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from bodymap.domain.charting import MarkKind
from bodymap.render.i18n import translate
from bodymap.ui.panels.dialogs import PatientDialog, VisitDialog


class VisitCommands:
    # patients and visits ----------------------------------------------------------
    def new_patient(self) -> None:
        dialog = PatientDialog(parent=self)
        dialog.submit_checked = lambda data, checked: self.service.create_patient(data, same_person_checked=checked)
        if dialog.exec():
            self.patients.search.clear()
            self.operations.run(self.patients.refresh_patients, dialog.result_value.id)

    def edit_patient(self) -> None:
        if self.patient is None:
            return
        patient = self.patient
        dialog = PatientDialog(patient, parent=self)
        dialog.submit_checked = lambda data, checked: self.service.update_patient(
            patient.id, data, expected_version=patient.version, same_person_checked=checked)
        accepted = dialog.exec()
        # what is stored now: the edit, or another workstation's after a conflict
        current = dialog.result_value if accepted else self.operations.run(self.service.get_patient, patient.id)
        if current is not None:
            self.operations.run(self.patients.refresh_patients, current.id)
            self._patient_selected(current)
            self.banner.set_patient(current, self.document.chart.visit if self.document.chart else None)

    def new_visit(self) -> None:
        if self.patient is None:
            return
        previous = self.operations.run(self.service.list_visits, self.patient.id) or []
        previous_chart = self.operations.run(self.service.get_chart, previous[0].id) if previous else None
        clinicians = self.operations.run(self.service.clinicians) or []
        default = self.service.actor.id or (previous[0].clinician_id if previous else None)
        dialog = VisitDialog(previous_chart=previous_chart, clinicians=clinicians, default_clinician_id=default,
                             parent=self)
        patient_id = self.patient.id

        def submit(data):
            if previous_chart is None or not dialog.carry.isChecked():
                return self.service.create_visit(patient_id, data)
            return self.service.create_visit(patient_id, data, previous_chart.visit.id,
                                             carry_trigger_points=dialog.carried_marks(MarkKind.TRIGGER_POINT),
                                             carry_zones=dialog.carried_marks(MarkKind.ZONE))
        dialog.submit = submit
        if dialog.exec():
            self.operations.run(self.patients.refresh_visits, dialog.result_value.id)

    def edit_visit(self) -> None:
        chart = self.document.chart
        if chart is None or not self.document.editable:
            return
        dialog = VisitDialog(chart.visit, clinicians=self.operations.run(self.service.clinicians) or [],
                             parent=self)
        dialog.submit = lambda data: self.operations.change_visit_or_raise(
            lambda v: self.service.update_visit(chart.visit.id, data, expected_version=v))
        if dialog.exec():
            self.operations.run(self.document.reload)
            self.operations.run(self.patients.refresh_visits)
        if self.document.chart is not None:
            self.banner.set_patient(self.patient, self.document.chart.visit)

    def sign_visit(self) -> None:
        """Sign the open visit: every unmet rule is listed first (each with a button that goes to
        it) and the confirmation is asked only when none is left. A refusal changes nothing: the
        undo history, the view and the selection stay as they are."""
        chart = self.document.chart
        if chart is None or not self.document.editable:
            return
        problems = self.operations.run(self.service.sign_off_problems, chart.visit.id)
        if problems is None:
            return
        if problems:
            from bodymap.ui.panels.signoff import SignOffDialog
            dialog = SignOffDialog(problems, self)
            self.last_sign_off = dialog
            if dialog.exec() and dialog.chosen is not None:
                self.go_to_problem(dialog.chosen)
            return
        signer = self.service.actor.display_name
        treating = chart.visit.clinician or translate("VisitCommands", "not recorded")
        answer = QMessageBox.question(
            self, translate("VisitCommands", "Sign visit"), translate("VisitCommands", "Sign this visit as {signer}?\n\nTreating clinician: {treating}\n\n"
                                       "A signed visit can no longer be changed; later corrections are addenda.").format(
                signer=signer, treating=treating),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        signed = self.operations.change_visit(
            lambda v: self.service.sign_visit(chart.visit.id, expected_version=v))
        if signed is None:              # refused (another workstation changed it meanwhile): nothing moves
            return
        self.operations.run(self.document.open_visit, chart.visit.id)
        self.operations.run(self.patients.refresh_visits)
        if self.document.chart is not None:
            self._visit_selected(self.document.chart.visit)

    def go_to_problem(self, problem) -> None:
        """Open what fixes one sign-off problem (domain.signoff.Blocker)."""
        from bodymap.domain.signoff import Blocker
        kind = problem.kind
        if kind is Blocker.CLINICIAN:
            self.edit_visit()
        elif kind is Blocker.CARRIED and problem.mark_id is not None:
            self.workspace.select_mark(MarkKind.ZONE if problem.mark_is_zone else MarkKind.TRIGGER_POINT,
                                       problem.mark_id)
        elif kind is Blocker.CONSENT:
            self.safety.record_consent()
        elif kind is Blocker.SCREEN:
            self.safety.show_tab("Screen")
        elif kind is Blocker.COUNT:
            self.safety.show_tab("Needle count")
        elif kind is Blocker.THORAX and problem.mark_id is not None:
            self.workspace.select_mark(MarkKind.TRIGGER_POINT, problem.mark_id)
            self.safety.ask_thorax(problem.mark_id, force=True)
