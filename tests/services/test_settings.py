"""Clinic settings are shared through the database and validated before they are stored."""
import pytest

from bodymap import db
from bodymap.domain.clinic import ClinicSettings
from bodymap.errors import ValidationError
from bodymap.services.settings import SettingsService

PNG_1PX = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
           b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
           b"\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def settings(database_url):
    engine, sessions = db.open_database(database_url)
    yield SettingsService(sessions), sessions
    engine.dispose()


def test_defaults_before_anything_is_saved(settings):
    service, _ = settings
    assert service.clinic() == ClinicSettings()


def test_saved_settings_are_seen_by_another_workstation(settings, database_url):
    service, _ = settings
    service.save_clinic(ClinicSettings(name="  Harbour Physio ", address="1 Quay St\nPort Town",
                                       phone="555 0100", logo_png=PNG_1PX,
                                       home_care={"upper_trapezius": "Gentle neck stretches twice a day.",
                                                  "masseter": "   "}))
    other_engine, other_sessions = db.open_database(database_url)
    try:
        seen = SettingsService(other_sessions).clinic()
    finally:
        other_engine.dispose()
    assert seen.name == "Harbour Physio"
    assert seen.address == "1 Quay St\nPort Town"
    assert seen.logo_png == PNG_1PX
    assert seen.home_care == {"upper_trapezius": "Gentle neck stretches twice a day."}


def test_home_care_per_language_is_kept_and_falls_back_to_the_general_text(settings, database_url):
    service, _ = settings
    service.save_clinic(ClinicSettings(home_care={"masseter": "Jaw rest.", "soleus": "Calf stretch."},
                                       home_care_languages={"de": {"masseter": " Kiefer entspannen. ", "soleus": " "},
                                                            "pt-BR": {"soleus": "Alongar a panturrilha."}}))
    other_engine, other_sessions = db.open_database(database_url)
    try:
        seen = SettingsService(other_sessions).clinic()
    finally:
        other_engine.dispose()
    assert seen.home_care_languages == {"de": {"masseter": "Kiefer entspannen."},
                                        "pt_BR": {"soleus": "Alongar a panturrilha."}}
    assert seen.advice("masseter", "de") == "Kiefer entspannen."
    assert seen.advice("soleus", "de") == "Calf stretch."          # none in German: the general text
    assert seen.advice("soleus", "pt_BR") == "Alongar a panturrilha."
    assert seen.advice("masseter", "es") == seen.advice("masseter") == "Jaw rest."
    assert seen.advice("gastrocnemius", "de") == ""


@pytest.mark.parametrize("bad, message", [
    (ClinicSettings(home_care_languages={"xx": {"soleus": "?"}}), "Unknown language"),
    (ClinicSettings(home_care_languages={"de": {"soleus": "x" * 5000}}), "too long"),
    (ClinicSettings(name=""), "Clinic name is required"),
    (ClinicSettings(logo_png=b"GIF89a" + b"\0" * 10), "PNG or JPEG"),
    (ClinicSettings(logo_png=PNG_1PX + b"\0" * (3 * 1024 * 1024)), "too large"),
    (ClinicSettings(name="x" * 10_000_000), "too long"),
])
def test_bad_settings_are_refused_and_nothing_is_written(settings, bad, message):
    service, _ = settings
    service.save_clinic(ClinicSettings(name="Kept"))
    with pytest.raises(ValidationError, match=message):
        service.save_clinic(bad)
    assert service.clinic().name == "Kept"
