"""Accounts (argon2), attribution, the append-only audit trail and addenda, on both backends."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from bodymap import db
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.errors import AccessDenied, ValidationError
from bodymap.services.accounts import AccountService
from bodymap.services.demo import region_point
from bodymap.services.history import AuditService


@pytest.fixture
def accounts(service):
    return AccountService(service.sessions)


@pytest.fixture
def admin(accounts):
    return accounts.create_first_admin("ada", "Dr. Ada Admin", "correct horse battery")


def test_first_admin_then_sign_in(accounts, admin, service):
    assert admin.is_admin and accounts.has_users()
    with pytest.raises(AccessDenied):
        accounts.create_first_admin("eve", "Eve", "another password")
    assert accounts.authenticate("ADA ", "correct horse battery") == admin
    with pytest.raises(AccessDenied, match="Wrong user name or password"):
        accounts.authenticate("ada", "wrong password!")
    with pytest.raises(AccessDenied, match="Wrong user name or password"):
        accounts.authenticate("nobody", "correct horse battery")
    with service.sessions() as s:
        stored = s.scalar(select(db.User.password_hash).where(db.User.username == "ada"))
    assert stored.startswith("$argon2id$") and "correct horse" not in stored


def test_unknown_names_verify_against_a_hash_as_costly_as_a_real_one():
    # the stored dummy hash must carry the hasher's current cost parameters, or an unknown user
    # name would answer faster (or slower) than a known one
    from argon2.exceptions import VerifyMismatchError

    from bodymap.services import accounts as module
    assert not module._hasher.check_needs_rehash(module._DUMMY_HASH)
    module._hasher.verify(module._DUMMY_HASH, "not a real password")
    with pytest.raises(VerifyMismatchError):
        module._hasher.verify(module._DUMMY_HASH, "a guess")


def test_account_rules(accounts, admin):
    clinician = accounts.create_user(admin, "bo", "Bo Clinician", "needles-and-pins")
    with pytest.raises(AccessDenied):
        accounts.create_user(clinician, "cy", "Cy", "whatever-long")
    with pytest.raises(ValidationError, match="at least 10"):
        accounts.create_user(admin, "cy", "Cy", "short")
    with pytest.raises(ValidationError, match="already taken"):
        accounts.create_user(admin, "bo", "Bo Again", "needles-and-pins")
    with pytest.raises(ValidationError, match="user name"):
        accounts.create_user(admin, "bad name!", "Bad", "needles-and-pins")
    with pytest.raises(ValidationError, match="last active administrator"):
        accounts.set_active(admin, admin.id, False)
    accounts.set_active(admin, clinician.id, False)
    with pytest.raises(AccessDenied):
        accounts.authenticate("bo", "needles-and-pins")
    with pytest.raises(AccessDenied):
        accounts.set_password(clinician, admin.id, "taking-over-123")
    accounts.set_password(admin, clinician.id, "a-new-password")
    accounts.set_active(admin, clinician.id, True)
    assert accounts.authenticate("bo", "a-new-password").id == clinician.id


def _charted(service, user):
    service.actor = user
    p = service.create_patient(PatientInput(chart_number="AU-1", name="Audit Person"))
    v = service.create_visit(p.id, VisitInput(clinician=user.display_name))
    tp = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "buttock", "right"))
    return p, v, tp


def test_every_change_is_attributed_and_audited(service, admin):
    audit = AuditService(service.sessions)
    p, v, tp = _charted(service, admin)
    service.update_trigger_point(tp.id, TriggerPointDetails(status="latent", pressure_pain=4))
    service.delete_trigger_point(tp.id)
    service.sign_visit(v.id)
    entries = audit.for_visit(v.id)
    assert [(e.action, e.entity) for e in entries] == [
        ("create", "visit"), ("create", "trigger_point"), ("update", "trigger_point"),
        ("delete", "trigger_point"), ("sign", "visit")]
    assert {e.actor_name for e in entries} == {"Dr. Ada Admin"}
    update = entries[2]
    assert update.before["status"] == "active" and update.after["status"] == "latent"
    assert update.after["pressure_pain"] == 4
    assert entries[3].before["region"] == "buttock" and entries[3].after is None
    assert service.get_visit(v.id).signed_by == "Dr. Ada Admin"
    assert service.get_visit(v.id).created_by == "Dr. Ada Admin"
    assert [e.action for e in audit.for_patient(p.id)][:1] == ["create"]


def test_audit_log_is_append_only_in_the_database(service, admin):
    _charted(service, admin)
    for statement in ("UPDATE audit_log SET actor_name = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            with service.sessions.begin() as s:
                s.execute(text(statement))
    with service.sessions() as s:
        assert {n for (n,) in s.execute(text("SELECT actor_name FROM audit_log"))} == {"Dr. Ada Admin"}


def test_addenda_only_on_signed_visits(service, admin, accounts):
    _p, v, _tp = _charted(service, admin)
    with pytest.raises(ValidationError, match="draft"):
        service.add_addendum(v.id, "Too early")
    service.sign_visit(v.id)
    with pytest.raises(ValidationError, match="signed"):
        service.add_trigger_point(v.id, "posterior", *region_point("posterior", "buttock", "left"))
    other = accounts.create_user(admin, "bo", "Bo Clinician", "needles-and-pins")
    service.actor = other
    added = service.add_addendum(v.id, "  Patient called: soreness settled after 24 h.  ")
    with pytest.raises(ValidationError, match="required"):
        service.add_addendum(v.id, "   ")
    chart = service.get_chart(v.id)
    assert [(a.author, a.text) for a in chart.addenda] == [
        ("Bo Clinician", "Patient called: soreness settled after 24 h.")]
    assert added.created_at.tzinfo is not None
    assert AuditService(service.sessions).for_visit(v.id)[-1].action == "addendum"


def test_stale_version_is_refused(service, admin):
    from bodymap.errors import ConflictError
    _p, v, tp = _charted(service, admin)
    loaded = service.get_chart(v.id).visit.version
    service.update_trigger_point(tp.id, TriggerPointDetails(pressure_pain=2))   # another workstation
    with pytest.raises(ConflictError, match="another workstation"):
        service.update_trigger_point(tp.id, TriggerPointDetails(pressure_pain=9), expected_version=loaded)
    assert service.get_chart(v.id).trigger_points[0].pressure_pain == 2
    fresh = service.get_chart(v.id).visit.version
    service.update_trigger_point(tp.id, TriggerPointDetails(pressure_pain=9), expected_version=fresh)
    assert service.get_chart(v.id).visit.version == fresh + 1


def test_the_audit_trail_cannot_be_overwritten_or_emptied(service, admin, backend, database_url):
    """SQLite: REPLACE INTO audit_log(id, ...) rewrote a row (REPLACE deletes without firing the
    DELETE trigger). PostgreSQL: TRUNCATE audit_log emptied it, as the app's own role."""
    service.actor = admin
    service.create_patient(PatientInput(chart_number="AU-9", name="Audit Target"))
    with service.sessions() as s:
        first = s.scalar(select(db.AuditEntry).order_by(db.AuditEntry.id).limit(1))
        count = s.scalar(select(func.count()).select_from(db.AuditEntry))
    attacks = (["REPLACE INTO audit_log (id, at, actor_name, action, entity) "
                f"VALUES ({first.id}, '2020-01-01', 'nobody', 'forged', 'patient')",
                f"INSERT OR REPLACE INTO audit_log (id, at, actor_name, action, entity) "
                f"VALUES ({first.id}, '2020-01-01', 'nobody', 'forged', 'patient')"]
               if backend == "sqlite" else ["TRUNCATE audit_log", "TRUNCATE audit_log CASCADE"])
    for attack in attacks:
        with pytest.raises(DBAPIError, match="append-only"), service.sessions.begin() as s:
            s.execute(text(attack))
    with service.sessions() as s:
        assert s.scalar(select(func.count()).select_from(db.AuditEntry)) == count
        assert s.get(db.AuditEntry, first.id).actor_name == first.actor_name


def test_dropped_audit_triggers_are_put_back_when_the_database_opens(service, backend, database_url):
    drop = ({"sqlite": "DROP TRIGGER audit_log_no_overwrite", "postgresql": "DROP TRIGGER audit_log_no_truncate ON audit_log"}
            [backend])
    with service.sessions.begin() as s:
        s.execute(text(drop))
    engine, _sessions = db.open_database(database_url)
    try:
        with engine.connect() as connection:
            assert db.missing_audit_triggers(connection) == []
    finally:
        engine.dispose()


def test_wrong_passwords_slow_down_the_next_try(accounts, admin):
    """200 wrong passwords took 44 s; now each failure past the third doubles the wait."""
    from bodymap.services.accounts import SignInThrottle
    now = [1000.0]
    accounts.throttle = SignInThrottle(clock=lambda: now[0])
    for _ in range(SignInThrottle.FREE_FAILURES):
        with pytest.raises(AccessDenied, match="Wrong user name or password"):
            accounts.authenticate("ada", "not the password")
    with pytest.raises(AccessDenied, match=r"try again in 1 s"):
        accounts.authenticate("ada", "correct horse battery")       # even the right one must wait
    now[0] += 1.0
    with pytest.raises(AccessDenied, match="Wrong user name or password"):
        accounts.authenticate("ada", "still wrong")
    with pytest.raises(AccessDenied, match=r"try again in 2 s"):
        accounts.authenticate("ada", "correct horse battery")
    now[0] += 2.0
    assert accounts.authenticate("ada", "correct horse battery").username == "ada"
    assert accounts.throttle.wait("ada") == 0                          # a success starts afresh
    for _ in range(SignInThrottle.FREE_FAILURES):                      # unknown names: the same
        with pytest.raises(AccessDenied, match="Wrong user name or password"):
            accounts.authenticate("nobody", "guess")
    with pytest.raises(AccessDenied, match="try again"):
        accounts.authenticate("nobody", "guess")
    assert accounts.throttle.wait("ada") == 0                          # one name does not lock another
