"""The patient banner: who is being charted, always visible, so nobody charts the wrong patient."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from bodymap.render.i18n import current as language
from bodymap.render.i18n import translate
from bodymap.ui.widgets import theme


def age_on(dob: dt.date, day: dt.date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


class PatientBanner(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("patientBanner")
        self.setAutoFillBackground(True)
        self.name = QLabel()
        self.name.setObjectName("bannerName")
        self.details = QLabel()
        self.details.setObjectName("bannerDetails")
        self.visit = QLabel()
        self.visit.setObjectName("bannerVisit")
        self.status = QLabel()
        self.status.setObjectName("bannerStatus")
        # who on the left (name over date of birth and chart number), the visit on the right;
        # the visit's lines (visit, treated by, signed by) and the patient's details share the
        # width and wrap only when the window is narrow
        self.details.setWordWrap(True)
        self.visit.setWordWrap(True)
        self.visit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 6, 14, 6)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.details, 1, 0)
        grid.addWidget(self.status, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.visit, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        theme.style(self, """
            #patientBanner { background: @banner_bg; border-bottom: 1px solid @banner_border; }
            #bannerName { font-size: 17pt; font-weight: 700; color: @banner_name; }
            #bannerDetails { font-size: 11pt; color: @banner_text; }
            #bannerVisit { font-size: 11pt; color: @banner_text; }
            #bannerStatus { font-size: 10pt; font-weight: 700; padding: 3px 8px; border-radius: 4px; }
        """)
        self.set_patient(None)

    def set_patient(self, patient, visit=None) -> None:
        if patient is None:
            self.name.setText(translate("MainWindow", "No patient selected"))
            self.details.setText(translate("MainWindow", "Choose or create a patient on the left."))
            self.visit.setText("")
            self.status.hide()
            return
        today = dt.date.today()
        if patient.date_of_birth:
            born = translate("MainWindow", "born {date} ({age} y)").format(
                date=language().date(patient.date_of_birth), age=age_on(patient.date_of_birth, today))
        else:
            born = translate("MainWindow", "date of birth unknown")
        self.name.setText(patient.name)
        # a narrow window wraps between facts only
        facts = (born, translate("MainWindow", "chart {number}").format(number=patient.chart_number))
        self.details.setText("  ·  ".join(f.replace(" ", "\u00a0") for f in facts))
        if visit is None:
            self.visit.setText(translate("MainWindow", "No visit open"))
            self.status.hide()
            return
        lang = language()
        lines = [translate("MainWindow", "Visit {when}").format(when=lang.date_time(visit.local_time())),
                 translate("MainWindow", "Treated by {name}").format(name=visit.clinician) if visit.clinician
                 else translate("MainWindow", "No treating clinician yet")]
        if visit.is_signed and visit.signed_by:
            signed_at = visit.signed_at.astimezone() if visit.signed_at else None
            when = f", {lang.date(signed_at)} {lang.time(signed_at)}" if signed_at else ""
            lines.append(translate("MainWindow", "Signed by {name}").format(name=visit.signed_by) + when)
        self.visit.setText("\n".join(lines))           # one fact per line: nothing wraps mid-name
        signed = visit.is_signed
        self.status.setText(translate("MainWindow", "SIGNED") if signed else translate("MainWindow", "DRAFT"))
        theme.style(self.status, "background: @signed_bg; color: @signed_fg;" if signed
                    else "background: @draft_bg; color: @draft_fg;")
        self.status.show()
