"""The windows around the chart in the interface language: the start (sign-in) window, the first
start, the sign-in and accounts dialogs, the clinic settings and the restore dialog read in German
or Spanish with LANGUAGE=de / es, and counts take the language's plural forms. Set
BODYMAP_SHOTS=<folder> to keep renderings of them."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton

from bodymap import db
from bodymap.services.accounts import AccountService
from bodymap.services.settings import SettingsService
from tests.ui.flows import labels, shot


@pytest.fixture
def clinic(db_url):
    """A clinic with an administrator and a clinician."""
    engine, sessions = db.open_database(db_url)
    accounts = AccountService(sessions)
    admin = accounts.create_first_admin("ada", "Dr. Ada Admin", "correct horse battery")
    accounts.create_user(admin, "bo", "Bo Clinician", "needles-and-pins")
    yield SimpleNamespace(accounts=accounts, settings=SettingsService(sessions), admin=admin)
    engine.dispose()


def _start(qtbot, job):
    from bodymap.ui.accounts.start import StartWindow
    window = StartWindow()
    qtbot.addWidget(window)
    window.show()
    window.begin_loading(job)
    qtbot.waitExposed(window)
    return window


def test_the_start_window_reads_german(interface_language, qtbot, clinic):
    assert interface_language("de") == "de"
    window = _start(qtbot, lambda ready: clinic)
    assert window.windowTitle() == "bodymap — anmelden"
    assert window.status.text() == "Datenbank der Praxis wird geöffnet…"
    assert window.form.button.text() == "Anmelden"
    assert labels(window.form.layout()) == ["Therapeut", "Passwort"]
    assert window.form.who.placeholderText() == "Die Therapeuten erscheinen, sobald die Datenbank geöffnet ist"
    assert "<b>Wer dokumentiert?</b>" in [label.text() for label in window.findChildren(QLabel)]
    qtbot.waitUntil(lambda: window.clinic is not None)
    shot(window, "start_window_de")
    assert window.form.who.count() == 2 and window.retry.text() == "Erneut versuchen"


def test_the_first_start_reads_spanish(interface_language, qtbot, db_url):
    assert interface_language("es") == "es"
    _engine, sessions = db.open_database(db_url)
    window = _start(qtbot, lambda ready: SimpleNamespace(accounts=AccountService(sessions)))
    qtbot.waitUntil(lambda: window.first_page.isVisibleTo(window))
    assert window.windowTitle() == "bodymap — primer inicio"
    form = window.first
    assert labels(form.layout().itemAt(2).layout()) == ["Nombre completo", "Nombre de usuario", "Contraseña",
                                                        "Repetir contraseña"]
    assert form.intro.text().startswith("<b>Bienvenido a bodymap.</b>")
    assert "Crear cuenta" in [b.text() for b in window.findChildren(QPushButton)]
    form.password.setText("uno")
    form.repeat.setText("dos")
    form.submit()
    assert form.error.text() == "Las dos contraseñas no coinciden."
    shot(window, "first_start_es")


@pytest.mark.parametrize("code", ["de", "es"])
def test_sign_in_and_accounts_dialogs(interface_language, qtbot, clinic, code):
    from bodymap.ui.accounts.admin import AccountsDialog, NewAccountDialog
    from bodymap.ui.accounts.auth import SignInDialog
    assert interface_language(code) == code
    sign_in = SignInDialog(clinic.accounts)
    qtbot.addWidget(sign_in)
    sign_in.resize(sign_in.sizeHint())
    shot(sign_in, f"sign_in_{code}")
    accounts = AccountsDialog(clinic.accounts, clinic.settings, clinic.admin)
    qtbot.addWidget(accounts)
    accounts.show()
    qtbot.waitExposed(accounts)
    shot(accounts, f"accounts_{code}")
    new = NewAccountDialog()
    qtbot.addWidget(new)
    headers = [accounts.table.horizontalHeaderItem(i).text() for i in range(accounts.table.columnCount())]
    roles = {accounts.table.item(r, 2).text() for r in range(accounts.table.rowCount())}
    buttons = {b.text() for b in accounts.findChildren(QPushButton)}
    if code == "de":
        assert sign_in.windowTitle() == "bodymap — anmelden" and sign_in.form.button.text() == "Anmelden"
        assert accounts.windowTitle() == "Konten und Sicherheit"
        assert headers == ["Name", "Benutzername", "Rolle", "Aktiv"] and roles == {"Administrator", "Therapeut"}
        assert {"Neues Konto…", "Passwort zurücksetzen…", "Rolle wechseln"} <= buttons
        assert labels(new.layout()) == ["Vollständiger Name", "Benutzername", "Anfangspasswort", "Rolle"]
    else:
        assert sign_in.windowTitle() == "bodymap — iniciar sesión"
        assert accounts.windowTitle() == "Cuentas y seguridad"
        assert headers == ["Nombre", "Nombre de usuario", "Función", "Activo"]
        assert roles == {"Administrador", "Profesional"} and "Nueva cuenta…" in buttons


def test_clinic_settings_read_german(interface_language, qtbot, clinic, tmp_path):
    from bodymap.ui.clinic.settings_dialog import SettingsDialog
    assert interface_language("de") == "de"
    dialog = SettingsDialog(clinic.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Praxiseinstellungen"
    boxes = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert boxes == ["Auf jedem gedruckten Patientenblatt", "Hinweise für zu Hause"]
    # the checkbox quotes the handout's own heading, as the German handout prints it
    assert dialog.show_home_care.text() == "„Selbstfürsorge zu Hause“ mit den Hinweisen zu den behandelten " \
                                           "Muskeln drucken"
    assert dialog.logo_preview.text() == "Kein Logo" and dialog.search.placeholderText() == "Muskeln suchen…"
    # the muscles by their German names, and the advice counted with German digit grouping
    dialog.select_muscle("upper_trapezius")
    assert dialog.muscles.currentItem().text() == "M. trapezius, Pars descendens"
    assert dialog.advice_title.text() == "Hinweise zu M. trapezius, Pars descendens"
    dialog.advice.setPlainText("Dehnen")
    assert dialog.advice_count.text() == "6 / 4.000 Zeichen"
    assert dialog.muscles.currentItem().text() == "\u2713 M. trapezius, Pars descendens"
    dialog.search.setText("pars desc")
    assert not dialog.muscles.currentItem().isHidden()
    dialog.search.clear()
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("no picture")
    assert not dialog.load_logo(not_an_image)
    assert dialog.error.text() == "logo.png ist kein PNG- oder JPEG-Bild."
    shot(dialog, "settings_de")
    dialog.name.setText("  ")          # the service's refusal, in German too
    dialog.save()
    assert dialog.isVisible() and "erforderlich" in dialog.error.text()


@pytest.mark.parametrize("code", ["de", "es"])
def test_restore_dialog_and_backup_status(interface_language, qtbot, db_url, code):
    from bodymap.services.backups import Backups
    from bodymap.ui.backups import BackupCounts, RestoreDialog, age_text, status_text
    assert interface_language(code) == code
    db.open_database(db_url)[0].dispose()
    backups = Backups(db_url)
    backups.back_up_now()
    dialog = RestoreDialog(backups)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(dialog, f"restore_{code}")
    item = dialog.list.item(0).text()
    now = dt.datetime.now(dt.UTC)
    if code == "de":
        assert dialog.windowTitle() == "Aus Sicherung wiederherstellen"
        assert f"{now.astimezone():%d.%m.%Y}" in item and "gerade eben" in item
        assert status_text(backups) == "Letzte Sicherung: gerade eben"
        assert age_text(now - dt.timedelta(days=3), now) == "vor 3 Tagen"
        assert (BackupCounts().patients(1), BackupCounts().patients(12)) == ("1 Patient", "12 Patienten")
    else:
        assert dialog.windowTitle() == "Restaurar desde una copia"
        assert f"{now.astimezone():%d/%m/%Y}" in item and "ahora mismo" in item
        assert age_text(now - dt.timedelta(minutes=5), now) == "hace 5 min"
        assert (BackupCounts().patients(1), BackupCounts().patients(2)) == ("1 paciente", "2 pacientes")


def test_counts_in_english_keep_their_singular_and_plural(interface_language):
    from bodymap.ui.backups import BackupCounts, age_text
    assert interface_language("en") == "en"
    now = dt.datetime.now(dt.UTC)
    assert (BackupCounts().patients(1), BackupCounts().patients(3)) == ("1 patient", "3 patients")
    assert age_text(now - dt.timedelta(days=3), now) == "3 days ago"


def test_a_missing_plural_form_is_found(tmp_path):
    """tests/render/test_i18n.py checks every plural form of a count, not only the first."""
    from tests.render.test_i18n import _untranslated, translations
    text = translations.ts_path("de").read_text(encoding="utf-8")
    broken = text.replace("<numerusform>vor %n Tagen</numerusform>", "<numerusform></numerusform>", 1)
    assert broken != text
    path = tmp_path / "bodymap_de.ts"
    path.write_text(broken, encoding="utf-8")
    assert [p for p in _untranslated(path) if "%n day(s) ago" in p] != []
    path.write_text(text, encoding="utf-8")
    assert _untranslated(path) == []


@pytest.mark.parametrize(("code", "expected"), [
    ("de", "M. trapezius, Pars descendens (rechts), aktiv"),
    ("es", "Trapecio superior (derecho), activo"),
])
def test_the_audit_trail_names_a_trigger_point_in_the_language(interface_language, code, expected):
    from bodymap.domain.reference import muscle_name
    from bodymap.ui.accounts.admin import ACTION_LABELS, HistoryDialog, describe_change
    point = {"muscle": "upper_trapezius", "side": "right", "status": "active"}
    assert interface_language("en") == "en"
    assert describe_change(None, point) == f"{muscle_name('upper_trapezius')} (right), active"
    assert interface_language(code) == code
    assert describe_change(None, point) == expected
    assert HistoryDialog.tr(ACTION_LABELS["create"]) == {"de": "Angelegt", "es": "Creado"}[code]


def test_saving_the_settings_keeps_the_advice_written_per_language(qtbot, clinic):
    """The dialog edits the clinic's general advice; what the clinic wrote in Spanish or German
    (an import) is saved back as it was, not dropped."""
    from bodymap.domain.clinic import ClinicSettings
    from bodymap.services.settings import CLINIC_KEY
    from bodymap.ui.clinic.settings_dialog import SettingsDialog
    clinic.settings.save_clinic(ClinicSettings(name="Harbour Physio", home_care={"soleus": "Stretch daily."},
                                               home_care_languages={"es": {"soleus": "Estirar a diario."}}),
                                expected_version=clinic.settings.version(CLINIC_KEY))
    dialog = SettingsDialog(clinic.settings)
    qtbot.addWidget(dialog)
    dialog.phone.setText("0123")
    dialog.save()
    stored = clinic.settings.clinic()
    assert stored.phone == "0123" and stored.advice("soleus", "es") == "Estirar a diario."


def test_the_settings_muscle_list_sorts_by_the_spanish_alphabet(interface_language, qtbot, clinic):
    from bodymap.ui.clinic.settings_dialog import SettingsDialog
    assert interface_language("es") == "es"
    dialog = SettingsDialog(clinic.settings)
    qtbot.addWidget(dialog)
    shown = [dialog.muscles.item(i).text() for i in range(dialog.muscles.count())]
    assert shown.index("Bíceps braquial") < shown.index("Braquiorradial")
