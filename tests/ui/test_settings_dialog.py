"""The clinic settings dialog: logo chooser with checks, searchable home-care texts, save."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from bodymap import db
from bodymap.domain.clinic import MAX_LOGO_BYTES
from bodymap.services.settings import SettingsService


@pytest.fixture
def settings_service(tmp_path):
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 's.sqlite3'}")
    yield SettingsService(sessions)
    engine.dispose()


def png(path, size=(300, 120)):
    buf = io.BytesIO()
    Image.new("RGB", size, (20, 110, 140)).save(buf, "PNG")
    path.write_bytes(buf.getvalue())
    return path


def test_edit_and_save_everything(qtbot, settings_service, tmp_path):
    from bodymap.ui.clinic.settings_dialog import SettingsDialog
    dialog = SettingsDialog(settings_service)
    qtbot.addWidget(dialog)
    dialog.name.setText("Harbour Physio")
    dialog.address.setPlainText("1 Quay\nPortsmouth")
    dialog.phone.setText("0123")
    assert dialog.load_logo(png(tmp_path / "logo.png"))
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    dialog.search.setText("trapez")
    visible = [dialog.muscles.item(i).text() for i in range(dialog.muscles.count())
               if not dialog.muscles.item(i).isHidden()]
    assert visible and all("trapezius" in v.lower() for v in visible)
    dialog.select_muscle("upper_trapezius")
    dialog.advice.setPlainText("Stretch gently.")
    dialog.select_muscle("lower_trapezius")
    assert dialog.advice.toPlainText() == ""
    dialog.show_home_care.setChecked(False)
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = settings_service.clinic()
    assert (saved.name, saved.address, saved.phone) == ("Harbour Physio", "1 Quay\nPortsmouth", "0123")
    assert saved.logo_png.startswith(b"\x89PNG") and saved.home_care == {"upper_trapezius": "Stretch gently."}
    assert saved.show_home_care is False
    again = SettingsDialog(settings_service)          # reopened: shows what was saved
    qtbot.addWidget(again)
    again.select_muscle("upper_trapezius")
    assert again.advice.toPlainText() == "Stretch gently." and again.remove_logo_button.isEnabled()


def test_home_care_written_per_language(qtbot, settings_service):
    """The advice language box: the general text, and the advice a language's handouts print
    instead; a language with nothing written shows the general text it will fall back to."""
    from bodymap.ui.clinic.settings_dialog import SettingsDialog
    dialog = SettingsDialog(settings_service)
    qtbot.addWidget(dialog)
    dialog.select_muscle("upper_trapezius")
    qtbot.keyClicks(dialog.advice, "Stretch gently.")
    dialog.care_language.setCurrentIndex(dialog.care_language.findData("de"))
    assert dialog.advice.toPlainText() == ""
    assert "Stretch gently." in dialog.advice.placeholderText()
    qtbot.keyClicks(dialog.advice, "Sanft dehnen.")
    dialog.care_language.setCurrentIndex(dialog.care_language.findData("es"))
    assert dialog.advice.toPlainText() == ""
    dialog.care_language.setCurrentIndex(dialog.care_language.findData(""))
    assert dialog.advice.toPlainText() == "Stretch gently."
    dialog.buttons.accepted.emit()
    saved = settings_service.clinic()
    assert saved.home_care == {"upper_trapezius": "Stretch gently."}
    assert saved.home_care_languages == {"de": {"upper_trapezius": "Sanft dehnen."}}
    again = SettingsDialog(settings_service)
    qtbot.addWidget(again)
    again.select_muscle("upper_trapezius")
    again.care_language.setCurrentIndex(again.care_language.findData("de"))
    assert again.advice.toPlainText() == "Sanft dehnen."
    ticked = [again.muscles.item(i).text() for i in range(again.muscles.count())
              if again.muscles.item(i).text().startswith("\u2713")]
    assert len(ticked) == 1


def test_refuses_non_images_and_huge_files(qtbot, settings_service, tmp_path):
    from bodymap.ui.clinic.settings_dialog import SettingsDialog
    dialog = SettingsDialog(settings_service)
    qtbot.addWidget(dialog)
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    assert not dialog.load_logo(text)
    assert "not a PNG or JPEG" in dialog.error.text() and not dialog.error.isHidden()
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (MAX_LOGO_BYTES + 1))
    assert not dialog.load_logo(huge)
    assert "too large" in dialog.error.text()
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)
    assert not dialog.load_logo(damaged) and "damaged" in dialog.error.text()
    assert dialog.logo == b""
    assert dialog.load_logo(png(tmp_path / "ok.png")) and dialog.error.isHidden()


def test_invalid_values_keep_the_dialog_open(qtbot, settings_service):
    from bodymap.ui.clinic.settings_dialog import SettingsDialog
    dialog = SettingsDialog(settings_service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("   ")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "required" in dialog.error.text()
    dialog.name.setText("Fine")
    dialog.select_muscle("soleus")
    dialog.advice.setPlainText("x" * 4001)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "too long" in dialog.error.text()
