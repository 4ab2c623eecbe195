"""Dialogs that edit accounts, clinic settings, after-care text and clinic diagrams carry the version
they loaded: a change made meanwhile on another workstation is not overwritten; the dialog says
"changed on another workstation" and shows what is stored now."""
from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from bodymap import db
from bodymap.domain.clinic import ClinicSettings
from bodymap.services import ChartService
from bodymap.services.accounts import AccountService
from bodymap.services.safety import SafetyService
from bodymap.services.settings import SettingsService
from bodymap.services.templates import TemplateService
from tests.accounts import PASSWORD

STALE = "another workstation"


@pytest.fixture
def sessions(tmp_path):
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    yield sessions
    engine.dispose()


def test_accounts_dialog_refuses_a_stale_account_and_reloads(qtbot, sessions, monkeypatch):
    from bodymap.ui.accounts.admin import AccountsDialog
    here, there = AccountService(sessions), AccountService(sessions)
    admin = here.create_first_admin("ada", "Dr. Ada", PASSWORD)
    casey = here.create_user(admin, "casey", "Dr. Casey", PASSWORD)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = AccountsDialog(here, SettingsService(sessions), admin)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentCell([u.id for u in dialog.users].index(casey.id), 0)
    there.set_role(admin, casey.id, "admin")                  # another workstation, meanwhile
    dialog.toggle_active()
    assert len(shown) == 1 and STALE in shown[0]
    stored = next(u for u in here.list_users() if u.id == casey.id)
    assert stored.active and stored.role == "admin"           # not deactivated over the change
    assert next(u for u in dialog.users if u.id == casey.id).version == stored.version   # reloaded
    dialog.table.setCurrentCell([u.id for u in dialog.users].index(casey.id), 0)
    dialog.toggle_active()                                    # now with the version stored
    assert len(shown) == 1
    assert not next(u for u in here.list_users() if u.id == casey.id).active


def test_accounts_dialog_refuses_a_stale_lock_time(qtbot, sessions, monkeypatch):
    from bodymap.ui.accounts.admin import AccountsDialog
    accounts = AccountService(sessions)
    admin = accounts.create_first_admin("ada", "Dr. Ada", PASSWORD)
    settings = SettingsService(sessions)
    settings.set_lock_minutes(5)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = AccountsDialog(accounts, settings, admin)
    qtbot.addWidget(dialog)
    SettingsService(sessions).set_lock_minutes(30)            # another workstation
    dialog.lock.setValue(10)
    dialog.save_lock()
    assert len(shown) == 1 and STALE in shown[0]
    assert settings.lock_minutes() == 30 and dialog.lock.value() == 30    # reloaded, not overwritten
    dialog.lock.setValue(12)
    dialog.save_lock()
    assert len(shown) == 1 and settings.lock_minutes() == 12


def test_clinic_settings_dialog_refuses_stale_settings_and_reloads(qtbot, sessions):
    from bodymap.ui.clinic.settings_dialog import SettingsDialog
    service = SettingsService(sessions)
    service.save_clinic(ClinicSettings(name="Harbour Physio"))
    dialog = SettingsDialog(service)
    qtbot.addWidget(dialog)
    SettingsService(sessions).save_clinic(ClinicSettings(name="Quay Physio", phone="0123"))   # elsewhere
    dialog.name.setText("My Clinic")
    dialog.buttons.accepted.emit()
    assert dialog.result() != dialog.DialogCode.Accepted and STALE in dialog.error.text()
    assert service.clinic().name == "Quay Physio"
    assert (dialog.name.text(), dialog.phone.text()) == ("Quay Physio", "0123")       # what is stored now
    dialog.name.setText("My Clinic")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted and service.clinic().name == "My Clinic"


def test_after_care_dialog_refuses_a_stale_text(qtbot, sessions, monkeypatch):
    from bodymap.ui.safety import dialogs
    safety = SafetyService(sessions)
    safety.set_after_care("Rest.")
    opened: list = []
    monkeypatch.setattr(dialogs.AfterCareDialog, "exec", lambda self: opened.append(self) or 0)

    class Host:                     # the controller's read() and service, without a window
        service, host, last_dialog = safety, None, None

        def read(self, fn, *args):
            return fn(*args)
    from bodymap.ui.safety import SafetyController
    SafetyController.edit_after_care(Host())
    dialog = opened[0]
    qtbot.addWidget(dialog)
    SafetyService(sessions).set_after_care("Drink water.")   # another workstation
    dialog.text.setPlainText("Ice the area.")
    dialog.buttons.accepted.emit()
    assert STALE in dialog.error.text() and safety.after_care() == "Drink water."
    assert dialog.text.toPlainText() == "Drink water."
    dialog.text.setPlainText("Ice the area.")
    dialog.buttons.accepted.emit()
    assert safety.after_care() == "Ice the area."


def test_removing_a_stale_clinic_diagram_is_refused(qtbot, sessions, tmp_path, monkeypatch):
    from bodymap.ui.templates.choose_dialog import ChooseTemplateDialog
    path = tmp_path / "front.png"
    Image.new("RGB", (400, 800), "white").save(path)
    templates = TemplateService(sessions)
    record = templates.import_image(path, "Front", "anterior")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    chooser = ChooseTemplateDialog(templates, "anterior")
    qtbot.addWidget(chooser)
    chooser.reload(select_id=record.id)
    TemplateService(sessions).set_active(record.id, True)      # another workstation touched it
    chooser.remove()
    assert STALE in chooser.error.text() and templates.get(record.id).active
    assert chooser.selected_id() == record.id                  # reloaded, still selected
    chooser.remove()
    assert not templates.get(record.id).active
    ChartService(sessions)                                     # the database is still usable
