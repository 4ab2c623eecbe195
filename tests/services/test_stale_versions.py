"""Every update-like use case refuses a stale version, on SQLite and PostgreSQL.

The rule: a public method of a service class (a BaseService in bodymap.services) whose name says it
changes a record that already exists -- it starts with one of UPDATE_LIKE -- takes
`expected_version` and raises ConflictError, writing nothing (no audit row), when another
workstation changed that record since the caller loaded it. The list of such methods is found by
introspection; each must have a case below or a commented place in EXEMPT, so a new update method
without a version check fails this test.

A case builds its record and returns (call, table, key): call(version) makes the change with
expected_version=version, and the version it checks lives in table's row `key` (a visit's marks and
safety rows are checked against the visit's version). "Another workstation" is a direct
`version = version + 1` on that row.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select, text, update

import bodymap.services
from bodymap import db
from bodymap.domain import adverse as adv
from bodymap.domain import safety as dom
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput, ZoneDetails
from bodymap.domain.clinic import ClinicSettings
from bodymap.errors import ConflictError, ValidationError
from bodymap.services.accounts import AccountService
from bodymap.services.common import BaseService
from bodymap.services.consent import WORDING_KEY
from bodymap.services.demo import blob, region_point
from bodymap.services.safety import SafetyService
from bodymap.services.settings import LOCK_KEY, SettingsService
from bodymap.services.templates import TemplateService
from tests.accounts import PASSWORD, act_as_clinician
from tests.services.helpers import patient, visit

UPDATE_LIKE = ("update_", "set_", "save_", "edit_", "rename_", "change_", "move_", "reshape_", "review_",
               "acknowledge_", "confirm_", "unconfirm_", "sign_", "delete", "remove_", "restore_", "withdraw_")

EXEMPT = {
    # A precaution area is never edited, only added and removed: removing one another workstation
    # removed first is NotFound; there is no newer version of it that could be overwritten.
    "SafetyService.remove_precaution_area",
    # A consent is never edited; it is withdrawn once, by a conditional update (withdrawn_at IS
    # NULL): a second workstation's withdrawal is refused as already withdrawn and cannot overwrite
    # the first (test_a_consent_is_withdrawn_once below, both backends).
    "SafetyService.withdraw_consent",
    # Reads only (lists what blocks signing); its name starts like sign_visit's.
    "VisitsMixin.sign_off_problems",
}


def update_like_methods() -> set[str]:
    """'Class.method' for every update-like public method of every service class (a mixin's
    methods are named by the mixin that defines them)."""
    found: set[str] = set()
    for info in pkgutil.iter_modules(bodymap.services.__path__, "bodymap.services."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if not (issubclass(cls, BaseService) and cls.__module__.startswith("bodymap.services.")):
                continue
            for name, function in inspect.getmembers(cls, inspect.isfunction):
                if not name.startswith("_") and name.startswith(UPDATE_LIKE):
                    found.add(function.__qualname__)
    return found


# --------------------------------------------------------------------------- the records

@dataclasses.dataclass
class Env:
    service: Any
    sessions: Any

    def __post_init__(self) -> None:
        self.admin = act_as_clinician(self.service, "who", "Dr. Who")
        self.safety = SafetyService.for_service(self.service)
        self.settings = SettingsService.for_service(self.service)
        self.accounts = AccountService.for_service(self.service)
        self.templates = TemplateService.for_service(self.service)
        self.patient = patient(self.service)
        self.visit = visit(self.service, self.patient.id, days_ago=1, clinician="Dr. Who")

    def tp(self, view="anterior", region="forearm_volar"):
        x, y = region_point(view, region, "right")
        return self.service.add_trigger_point(self.visit.id, view, x, y, TriggerPointDetails(needled=True))

    def zone(self):
        x, y = region_point("anterior", "temple", "right")
        return self.service.add_zone(self.visit.id, "anterior", blob(x, y, 0.02, 0.02))

    def carried(self):
        tp = self.tp()
        later = self.service.create_visit(self.patient.id, VisitInput(started_at=dt.datetime.now(dt.UTC),
                                                                      clinician="Dr. Who"),
                                          carry_forward_from=self.visit.id)
        with self.sessions() as s:
            carried_id = s.scalar(select(db.TriggerPoint.id).where(db.TriggerPoint.visit_id == later.id,
                                                                   db.TriggerPoint.carried_from_id == tp.id))
        return later, carried_id

    def event(self):
        return self.safety.add_adverse_event(self.visit.id, dom.AdverseEventInput("bruising"))

    def user(self):
        return self.accounts.create_user(self.admin, "casey", "Dr. Casey", PASSWORD)

    def template(self, tmp_path):
        from PIL import Image
        path = tmp_path / "front.png"
        Image.new("RGB", (400, 800), "white").save(path)
        return self.templates.import_image(path, "Front", "anterior")


def _pairs():
    from bodymap.domain.calibration import calibration_landmarks
    from bodymap.domain.diagrams import load_view
    view = load_view("anterior")
    return [(lm.id, lm.side, 20 + lm.x * view.aspect * 700, 20 + lm.y * 700) for lm in calibration_landmarks(view)]


Case = Callable[[Env, Any], tuple[Callable[[int], object], str, object]]


def _visit_case(change: Callable[[Env, int], object]) -> Case:
    def case(env: Env, _tmp: Any) -> tuple[Callable[[int], object], str, object]:
        return (lambda v: change(env, v)), "visits", env.visit.id
    return case


def _tp_case(change: Callable[[Env, Any, int], object], **where: str) -> Case:
    def case(env: Env, _tmp: Any) -> tuple[Callable[[int], object], str, object]:
        tp = env.tp(**where)
        return (lambda v: change(env, tp, v)), "visits", env.visit.id
    return case


def _restore_tp(env: Env, _tmp: Any):
    record = env.service.delete_trigger_point(env.tp().id)
    return (lambda v: env.service.restore_trigger_point(record, expected_version=v)), "visits", env.visit.id


def _restore_zone(env: Env, _tmp: Any):
    record = env.service.delete_zone(env.zone().id)
    return (lambda v: env.service.restore_zone(record, expected_version=v)), "visits", env.visit.id


def _zone_case(change: Callable[[Env, Any, int], object]) -> Case:
    def case(env: Env, _tmp: Any) -> tuple[Callable[[int], object], str, object]:
        zone = env.zone()
        return (lambda v: change(env, zone, v)), "visits", env.visit.id
    return case


def _carried_case(confirm: bool) -> Case:
    def case(env: Env, _tmp: Any) -> tuple[Callable[[int], object], str, object]:
        later, carried_id = env.carried()
        method = env.service.confirm_carried if confirm else env.service.unconfirm_carried
        return (lambda v: method("tp", carried_id, expected_version=v)), "visits", later.id
    return case


def _event_case(change: Callable[[Env, Any, int], object]) -> Case:
    def case(env: Env, _tmp: Any) -> tuple[Callable[[int], object], str, object]:
        event = env.event()
        return (lambda v: change(env, event, v)), "visits", env.visit.id
    return case


def _precaution_ack(env: Env, _tmp: Any):
    x, y = region_point("anterior", "forearm_volar", "right")
    square = [[(x - 0.03, y - 0.03), (x + 0.03, y - 0.03), (x + 0.03, y + 0.03), (x - 0.03, y + 0.03)]]
    area = env.safety.add_precaution_area(env.patient.id, dom.PrecautionInput("anterior", square, "lymphoedema",
                                                                               "right", ""))
    tp = env.tp()
    return (lambda v: env.safety.acknowledge_precaution(tp.id, [area.id], expected_version=v)), "visits", env.visit.id


def _setting_case(key: str, change: Callable[[Env, int | None], object]) -> Case:
    def case(env: Env, _tmp: Any) -> tuple[Callable[[int], object], str, object]:
        change(env, None)                          # stored once, so that it has a row and a version
        return (lambda v: change(env, v)), "settings", key
    return case


def _user_case(change: Callable[[Env, Any, int], object]) -> Case:
    def case(env: Env, _tmp: Any) -> tuple[Callable[[int], object], str, object]:
        user = env.user()
        return (lambda v: change(env, user, v)), "users", user.id
    return case


def _template_case(change: Callable[[Env, Any, int], object]) -> Case:
    def case(env: Env, tmp: Any) -> tuple[Callable[[int], object], str, object]:
        template = env.template(tmp)
        return (lambda v: change(env, template, v)), "diagram_templates", template.id
    return case


CASES: dict[str, Case] = {
    "PatientsMixin.update_patient": lambda env, _tmp: (
        (lambda v: env.service.update_patient(env.patient.id, PatientInput("C-1", "Jane Roe"), expected_version=v)),
        "patients", env.patient.id),
    "VisitsMixin.update_visit": _visit_case(lambda env, v: env.service.update_visit(
        env.visit.id, VisitInput(started_at=env.visit.started_at, chief_complaint="neck"), expected_version=v)),
    "VisitsMixin.sign_visit": _visit_case(lambda env, v: env.service.sign_visit(env.visit.id, expected_version=v)),
    "MarksMixin.move_trigger_point": _tp_case(lambda env, tp, v: env.service.move_trigger_point(
        tp.id, tp.x, tp.y, expected_version=v)),
    "MarksMixin.update_trigger_point": _tp_case(lambda env, tp, v: env.service.update_trigger_point(
        tp.id, TriggerPointDetails(status="active"), expected_version=v)),
    "MarksMixin.delete_trigger_point": _tp_case(lambda env, tp, v: env.service.delete_trigger_point(
        tp.id, expected_version=v)),
    "MarksMixin.restore_trigger_point": _restore_tp,
    "MarksMixin.update_zone": _zone_case(lambda env, z, v: env.service.update_zone(
        z.id, ZoneDetails(), expected_version=v)),
    "MarksMixin.reshape_zone": _zone_case(lambda env, z, v: env.service.reshape_zone(
        z.id, blob(*region_point("anterior", "temple", "right"), 0.015, 0.015), expected_version=v)),
    "MarksMixin.delete_zone": _zone_case(lambda env, z, v: env.service.delete_zone(z.id, expected_version=v)),
    "MarksMixin.restore_zone": _restore_zone,
    "MarksMixin.confirm_carried": _carried_case(True),
    "MarksMixin.unconfirm_carried": _carried_case(False),
    "SafetyService.review_screen": _visit_case(lambda env, v: env.safety.review_screen(
        env.visit.id, {}, expected_version=v)),
    "SafetyService.set_needles": _tp_case(lambda env, tp, v: env.safety.set_needles(tp.id, 2, expected_version=v)),
    "SafetyService.acknowledge_thorax": _tp_case(lambda env, tp, v: env.safety.acknowledge_thorax(
        tp.id, expected_version=v), region="pectoral"),
    "SafetyService.acknowledge_precaution": _precaution_ack,
    "SafetyService.set_count_out": _visit_case(lambda env, v: env.safety.set_count_out(
        env.visit.id, 0, "", expected_version=v)),
    "SafetyService.set_response": _visit_case(lambda env, v: env.safety.set_response(
        env.visit.id, dom.ResponseInput(3, ""), expected_version=v)),
    "AdverseEventUseCases.update_adverse_event": _event_case(lambda env, e, v: env.safety.update_adverse_event(
        e.id, dom.AdverseEventInput("bruising", description="larger"), expected_version=v)),
    "AdverseEventUseCases.delete_adverse_event": _event_case(lambda env, e, v: env.safety.delete_adverse_event(
        e.id, expected_version=v)),
    "AdverseEventUseCases.set_session": _tp_case(lambda env, tp, v: env.safety.set_session(
        env.visit.id, adv.SessionInput(adv.Tolerance.WELL, adv.Outcome.IMPROVED), expected_version=v)),
    "SafetyService.set_consent_wording": _setting_case(WORDING_KEY, lambda env, v: env.safety.set_consent_wording(
        {"what": "What dry needling is (a thin filament needle), and that it is not acupuncture."},
        expected_version=v)),
    "SafetyService.set_after_care": _setting_case(dom.AFTER_CARE_KEY, lambda env, v: env.safety.set_after_care(
        "Rest the area.", expected_version=v)),
    "SettingsService.save_clinic": _setting_case("clinic", lambda env, v: env.settings.save_clinic(
        ClinicSettings(name="North Clinic"), expected_version=v)),
    "SettingsService.set_value": _setting_case("some_value", lambda env, v: env.settings.set_value(
        "some_value", 3, expected_version=v)),
    "SettingsService.set_backup_keep": _setting_case("backup_keep", lambda env, v: env.settings.set_backup_keep(
        7, expected_version=v)),
    "SettingsService.set_lock_minutes": _setting_case(LOCK_KEY, lambda env, v: env.settings.set_lock_minutes(
        10, expected_version=v)),
    "AccountService.set_password": _user_case(lambda env, u, v: env.accounts.set_password(
        env.admin, u.id, "another good passphrase", expected_version=v)),
    "AccountService.set_active": _user_case(lambda env, u, v: env.accounts.set_active(
        env.admin, u.id, False, expected_version=v)),
    "AccountService.set_role": _user_case(lambda env, u, v: env.accounts.set_role(
        env.admin, u.id, "admin", expected_version=v)),
    "TemplateService.save_calibration": _template_case(lambda env, t, v: env.templates.save_calibration(
        t.id, _pairs(), expected_version=v)),
    "TemplateService.set_active": _template_case(lambda env, t, v: env.templates.set_active(
        t.id, False, expected_version=v)),
    "TemplateService.delete": _template_case(lambda env, t, v: env.templates.delete(t.id, expected_version=v)),
}


# --------------------------------------------------------------------------- the tests

def test_every_update_like_method_has_a_case_or_a_commented_exemption():
    methods = update_like_methods()
    assert "PatientsMixin.update_patient" in methods and "TemplateService.delete" in methods   # the finder works
    assert methods - set(CASES) - EXEMPT == set(), "an update method without a stale-version case"
    assert set(CASES) - methods == set() and EXEMPT - methods == set(), "a case for a method that is gone"


@pytest.mark.parametrize("qualname", sorted(CASES))
def test_the_method_takes_expected_version(qualname):
    owner, name = qualname.split(".")
    classes = {cls.__qualname__: cls for cls in _service_classes()}
    parameters = inspect.signature(getattr(classes[owner], name)).parameters
    assert "expected_version" in parameters and parameters["expected_version"].default is None


def _service_classes():
    for info in pkgutil.iter_modules(bodymap.services.__path__, "bodymap.services."):
        module = importlib.import_module(info.name)
        yield from (cls for _n, cls in inspect.getmembers(module, inspect.isclass) if issubclass(cls, BaseService))


def _audit_rows(sessions) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(db.AuditEntry))


@pytest.mark.parametrize("qualname", sorted(CASES))
def test_a_stale_version_is_refused_and_nothing_is_written(qualname, service, sessions, tmp_path):
    env = Env(service, sessions)
    call, table_name, key = CASES[qualname](env, tmp_path)
    table = db.Base.metadata.tables[table_name]
    (key_column,) = table.primary_key.columns
    with sessions() as s:
        loaded = s.scalar(select(table.c.version).where(key_column == key))
    assert loaded is not None
    with sessions.begin() as s:                         # another workstation changes the record
        s.execute(update(table).where(key_column == key).values(version=table.c.version + 1))
    audit_before = _audit_rows(sessions)
    with pytest.raises(ConflictError, match="another workstation"):
        call(loaded)
    assert _audit_rows(sessions) == audit_before        # nothing written, not even an audit row
    with sessions() as s:
        assert s.scalar(select(table.c.version).where(key_column == key)) == loaded + 1
    try:                                                # the version now current is accepted
        call(loaded + 1)
    except ValidationError:                             # a rule of the change itself (sign-off)
        assert qualname == "VisitsMixin.sign_visit"
    else:
        assert _audit_rows(sessions) > audit_before


def test_a_setting_never_stored_expects_version_zero(service, sessions):
    settings = SettingsService(sessions)
    assert settings.version("fresh_key") == 0
    settings.set_value("fresh_key", 1, expected_version=0)
    assert settings.version("fresh_key") == 1
    with pytest.raises(ConflictError):
        settings.set_value("fresh_key", 2, expected_version=0)     # stored elsewhere in between
    settings.set_value("fresh_key", 2, expected_version=1)
    assert settings.value("fresh_key") == 2 and settings.version("fresh_key") == 2
    with sessions() as s:
        assert s.execute(text("SELECT version FROM settings WHERE key = 'fresh_key'")).scalar() == 2
