"""What the services say, shown by the window in its language: the sign-off dialog's problem list
and the patient dialog's validation errors in German (BODYMAP_SHOTS=<folder> keeps renderings)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from bodymap.domain import signoff
from bodymap.domain.charting import MAX_NAME
from tests.ui.flows import shot


def _problems():
    facts = signoff.SignOffFacts(clinician_id=None, signer_id=1, carried=(signoff.CarriedMark(7, "upper trapezius"),),
                                 needled=True, consent_problems=None, screen_reviewed=False,
                                 thorax_unacknowledged=((9, "left rhomboid"),))
    return signoff.problems(facts)


def _texts(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_sign_off_problems_listed_in_german(interface_language, qtbot):
    from bodymap.ui.panels.signoff import SignOffDialog
    assert interface_language("de") == "de"
    dialog = SignOffDialog(_problems())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = _texts(dialog)
    assert "Wählen Sie die behandelnde Fachkraft in den Sitzungsdetails." in texts
    assert "Sehen Sie den Gesundheitsfragebogen in dieser Sitzung durch." in texts
    assert "Bestätigen Sie den Thorax-Warnhinweis für left rhomboid." in texts
    assert not any("Review the health screen" in t for t in texts)
    shot(dialog, "signoff_problems_de")


def test_sign_off_problems_stay_english_in_english(interface_language, qtbot):
    from bodymap.ui.panels.signoff import SignOffDialog
    assert interface_language("en") == "en"
    dialog = SignOffDialog(_problems())
    qtbot.addWidget(dialog)
    assert "Review the health screen at this visit." in _texts(dialog)


def test_patient_dialog_validation_in_german(interface_language, qtbot):
    from bodymap.ui.panels.patient_dialog import PatientDialog
    assert interface_language("de") == "de"
    dialog = PatientDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.dob.setText("31 Feb 1990")
    assert dialog.dob_reading.text() == "„31 Feb 1990“ ist kein Datum (den Tag 31 gibt es in diesem Monat nicht)."
    shot(dialog, "patient_dob_de")
    dialog.dob.setText("1984-03-05")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    dialog.chart_number.setText("")
    dialog.name.setText("Erika Mustermann")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error.text() == "Aktennummer ist erforderlich."
    dialog.chart_number.setText("DE-1")
    dialog.name.setMaxLength(MAX_NAME + 10)
    dialog.name.setText("x" * (MAX_NAME + 1))
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == f"Name ist zu lang ({MAX_NAME + 1} Zeichen; höchstens {MAX_NAME})."
    shot(dialog, "patient_error_de")


def test_a_wrong_password_is_refused_in_german(interface_language, qtbot, db_url, own_settings):
    """The start window's sign-in (its password check runs on a thread of its own) keeps the
    service's message, so the refusal reads in the interface language."""
    from PySide6.QtCore import QSettings, Qt

    from bodymap import db
    from bodymap.services.accounts import AccountService
    from bodymap.ui.accounts.start import LAST_USER, StartWindow
    assert interface_language("de") == "de"
    _engine, sessions = db.open_database(db_url)
    accounts = AccountService(sessions)
    accounts.create_first_admin("ada", "Dr. Ada Admin", "correct horse battery")
    settings = QSettings("bodymap", "bodymap")
    settings.setValue(LAST_USER, "ada")
    window = StartWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.begin_loading(lambda ready: type("Clinic", (), {"accounts": accounts})())
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.form.button.isEnabled())
    qtbot.keyClicks(window.form.password, "not the password")
    qtbot.mouseClick(window.form.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.form.error.isVisibleTo(window))
    assert window.user is None
    assert window.form.error.text() == "Falscher Benutzername oder falsches Passwort."
    shot(window, "signin_refused_de")
