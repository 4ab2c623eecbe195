"""What every use case shares: the transaction, the acting clinician, the visit's version lock."""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Self, TypeVar, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bodymap import db
from bodymap.domain.charting import VisitStatus
from bodymap.errors import (
    QT_TRANSLATE_NOOP,
    BodymapError,
    ConflictError,
    CorruptDatabaseError,
    DatabaseError,
    NotFound,
    ValidationError,
)
from bodymap.services.audit import Actor, ActorLike, insert_audit
from bodymap.services.convert import _integrity_message

log = logging.getLogger("bodymap.services")
_Model = TypeVar("_Model", bound=db.Base)

# the record kinds in "{model} {id} does not exist." (English: the class's name, as before)
MODEL_NAMES = {
    "AdverseEvent": QT_TRANSLATE_NOOP("Records", "AdverseEvent"),
    "Consent": QT_TRANSLATE_NOOP("Records", "Consent"),
    "DiagramTemplate": QT_TRANSLATE_NOOP("Records", "DiagramTemplate"),
    "PainZone": QT_TRANSLATE_NOOP("Records", "PainZone"),
    "Patient": QT_TRANSLATE_NOOP("Records", "Patient"),
    "PrecautionArea": QT_TRANSLATE_NOOP("Records", "PrecautionArea"),
    "Setting": QT_TRANSLATE_NOOP("Records", "Setting"),
    "TriggerPoint": QT_TRANSLATE_NOOP("Records", "TriggerPoint"),
    "User": QT_TRANSLATE_NOOP("Records", "User"),
    "Visit": QT_TRANSLATE_NOOP("Records", "Visit"),
}


def does_not_exist(model: type[db.Base], ident: object) -> NotFound:
    """The not-found error for the row of model with this id, the record kind translated too."""
    name = model.__name__
    return NotFound(QT_TRANSLATE_NOOP("Records", "{model} {id} does not exist.").format(
        model=MODEL_NAMES.get(name, name), id=str(ident)))




class BaseService:
    """The base of every use case: the session factory, who is acting, one transaction per call.

    A companion service made with for_service(chart_service) works on the same database and acts
    as whoever acts there, so signing in once attributes every service's audit rows."""

    def __init__(self, sessions: sessionmaker[Session], actor: ActorLike | None = None, *,
                 follows: BaseService | None = None) -> None:
        self._sessions = sessions
        self._follows = follows
        self._actor: ActorLike = actor or Actor.command_line()   # a UserRecord once someone has signed in

    @classmethod
    def for_service(cls, service: BaseService) -> Self:
        """On the same database as service, acting as whoever acts there."""
        return cls(service.sessions, follows=service)

    @property
    def actor(self) -> ActorLike:
        return self._follows.actor if self._follows is not None else self._actor

    @actor.setter
    def actor(self, value: ActorLike) -> None:
        if self._follows is not None:
            self._follows.actor = value
        else:
            self._actor = value

    @property
    def sessions(self) -> sessionmaker[Session]:
        """For companion services (progress, exports) that share the same database."""
        return self._sessions

    @contextlib.contextmanager
    def _tx(self) -> Iterator[Session]:
        """One transaction on a Session; database trouble becomes DatabaseError with a plain message."""
        session: Session = self._sessions()
        try:
            with _plain_database_errors(self._sessions), session.begin():
                yield session
        finally:
            session.close()

    @contextlib.contextmanager
    def _core_tx(self) -> Iterator[Connection]:
        """The same one transaction and the same errors, on a bare Connection (no Session to set up,
        flush and close): for the per-click writes that are made of Core statements only."""
        with _plain_database_errors(self._sessions), self._sessions.kw["bind"].begin() as connection:
            yield connection

    @staticmethod
    def _get(session: Session, model: type[_Model], ident: int) -> _Model:
        row = session.get(model, ident)
        if row is None:
            raise does_not_exist(model, ident)
        return row

    def _bump_visit(self, connection: Connection, visit_id: int, expected_version: int | None) -> int:
        """Bumps the visit's version (locking its row until commit) and returns its patient id.

        One UPDATE ... RETURNING: the row count, the status and the patient come back with the bump.
        With expected_version, a visit changed elsewhere since it was loaded raises ConflictError:
        two workstations never silently overwrite each other. A signed visit raises ValidationError
        (the bump is rolled back with the transaction)."""
        if expected_version is None:
            bumped = connection.execute(_BUMP_VISIT, {"visit_id": visit_id}).first()
        else:
            bumped = connection.execute(_BUMP_VISIT_AT_VERSION,
                                        {"visit_id": visit_id, "expected_version": expected_version}).first()
        if bumped is None:
            if connection.scalar(select(db.Visit.id).where(db.Visit.id == visit_id)) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Records", "Visit {id} does not exist.").format(id=visit_id))
            raise ConflictError(QT_TRANSLATE_NOOP("Records", "This visit was changed on another workstation. It "
                                                  "has been reloaded: please check it and repeat your last "
                                                  "change."))
        if bumped.status == VisitStatus.SIGNED.value:
            raise ValidationError(QT_TRANSLATE_NOOP("Records", "This visit is signed and can no longer be changed."))
        patient_id: int = bumped.patient_id
        return patient_id

    @staticmethod
    def _bump_row(s: Session, model: type[_Model], key: object, expected_version: int | None,
                  changed: str) -> _Model:
        """Bumps the version of the row of model with primary key `key` (locking it until commit)
        and returns the row, fresh. With expected_version, a row changed elsewhere since it was
        loaded raises ConflictError naming `changed` ("This account"); a missing row NotFound.
        For the records edited as a whole: accounts, settings, clinic diagrams (visits and
        patients have their own, see _bump_visit and PatientsMixin.update_patient)."""
        table = cast(Table, model.__table__)
        (key_column,) = table.primary_key.columns
        bump = update(table).where(key_column == key).values(version=table.c.version + 1)
        if expected_version is not None:
            bump = bump.where(table.c.version == expected_version)
        if s.connection().execute(bump).rowcount != 1:
            if s.get(model, key) is None:
                raise does_not_exist(model, key)
            raise stale(changed)
        row = s.get(model, key, populate_existing=True)
        assert row is not None              # just bumped, and locked until commit
        return row

    def _lock_visit(self, s: Session, visit_id: int, expected_version: int | None) -> db.Visit:
        """_bump_visit, for the use cases that edit the visit itself: returns it, editable."""
        self._bump_visit(s.connection(), visit_id, expected_version)
        visit = s.get(db.Visit, visit_id, populate_existing=True)
        assert visit is not None            # _bump_visit found it, and its row stays locked until commit
        return visit

    def _audit(self, s: Session, action: str, entity: str, entity_id: int | None, *,
               patient_id: int | None = None, visit_id: int | None = None, before: object = None,
               after: object = None) -> None:
        """The audit row, written at once in the same transaction (bodymap.services.audit.audit_values is its content)."""
        insert_audit(s.connection(), self.actor, action, entity, entity_id, patient_id=patient_id,
                     visit_id=visit_id, before=before, after=after)


def stale(changed: str) -> ConflictError:
    """The conflict of an edit that carried a version another workstation has moved on from."""
    return ConflictError(f"{changed} was changed on another workstation. It has been reloaded: "
                         "please check it and make your change again.")


@contextlib.contextmanager
def _plain_database_errors(sessions: sessionmaker[Session] | None = None) -> Iterator[None]:
    """Database trouble becomes DatabaseError (or ValidationError) with a plain message.

    A SQLite file found damaged on the way (a page the check at opening did not reach) becomes
    CorruptDatabaseError, the message at opening. Log lines name only the kind of failure:
    patient data never goes to logs."""
    try:
        yield
    except BodymapError:
        raise
    except IntegrityError as exc:
        raise ValidationError(_integrity_message(exc)) from None
    except DBAPIError as exc:
        damaged = _damaged_file(sessions, exc)
        if damaged is not None:
            log.warning("database file damaged")
            raise CorruptDatabaseError(damaged) from None
        if isinstance(exc, OperationalError | InterfaceError):
            log.warning("database unavailable: %s", exc.__class__.__name__)
            raise DatabaseError(QT_TRANSLATE_NOOP("Records", "The database cannot be reached; nothing was "
                                                  "changed. Check the connection and try again.")) from exc
        log.warning("database error: %s", exc.__class__.__name__)
        raise DatabaseError(QT_TRANSLATE_NOOP("Records", "The database refused the change; nothing was changed.")) from exc


def _damaged_file(sessions: sessionmaker[Session] | None, exc: DBAPIError) -> Path | None:
    """The SQLite file behind sessions when exc says it is damaged (SQLITE_CORRUPT, SQLITE_NOTADB)."""
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if sessions is None or not isinstance(code, int) or code & 0xFF not in db.SQLITE_DAMAGE_CODES:
        return None
    name = getattr(getattr(sessions.kw.get("bind"), "url", None), "database", None)
    return Path(name) if isinstance(name, str) and name not in ("", ":memory:") else None


_VISITS = cast(Table, db.Visit.__table__)      # typed as any FromClause; a declarative model's is its Table
# built once (bound parameters, not literals): a click compiles nothing. updated_at is set by the
# column's onupdate, as an ORM update would.
_BUMP_VISIT = (update(_VISITS).where(_VISITS.c.id == bindparam("visit_id"))
               .values(version=_VISITS.c.version + 1).returning(_VISITS.c.status, _VISITS.c.patient_id))
_BUMP_VISIT_AT_VERSION = _BUMP_VISIT.where(_VISITS.c.version == bindparam("expected_version"))
