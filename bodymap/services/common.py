"""What every use case shares: the transaction, the acting clinician, the visit's version lock."""
from __future__ import annotations

import contextlib
import logging

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bodymap import db
from bodymap.audit import Actor, record_audit
from bodymap.db import DatabaseError
from bodymap.domain.charting import ValidationError, VisitStatus
from bodymap.services.convert import _integrity_message

log = logging.getLogger("bodymap.services")


class NotFound(LookupError):
    pass


class ConflictError(RuntimeError):
    """Another workstation changed the visit since this one loaded it."""


class BaseService:
    def __init__(self, sessions: sessionmaker, actor=None):
        self._sessions = sessions
        self.actor = actor or Actor.command_line()   # a UserRecord once someone has signed in

    @property
    def sessions(self) -> sessionmaker:
        """For read-only companion services (progress, exports) that share the same database."""
        return self._sessions

    @contextlib.contextmanager
    def _tx(self):
        """One transaction; database trouble becomes DatabaseError with a plain message.

        Log lines name only the kind of failure: patient data never goes to logs."""
        session: Session = self._sessions()
        try:
            with session.begin():
                yield session
        except (ValidationError, NotFound, ConflictError):
            raise
        except IntegrityError as exc:
            raise ValidationError(_integrity_message(exc)) from None
        except (OperationalError, InterfaceError) as exc:
            log.warning("database unavailable: %s", exc.__class__.__name__)
            raise DatabaseError("The database cannot be reached; nothing was changed. "
                                "Check the connection and try again.") from exc
        except DBAPIError as exc:
            log.warning("database error: %s", exc.__class__.__name__)
            raise DatabaseError("The database refused the change; nothing was changed.") from exc
        finally:
            session.close()

    @staticmethod
    def _get(session: Session, model, ident: int):
        row = session.get(model, ident)
        if row is None:
            raise NotFound(f"{model.__name__} {ident} does not exist.")
        return row

    def _lock_visit(self, s: Session, visit_id: int, expected_version: int | None) -> db.Visit:
        """Bumps the visit's version (locking its row until commit) and returns it, editable.

        With expected_version, a visit changed elsewhere since it was loaded raises ConflictError:
        two workstations never silently overwrite each other."""
        stmt = update(db.Visit).where(db.Visit.id == visit_id)
        if expected_version is not None:
            stmt = stmt.where(db.Visit.version == expected_version)
        result = s.execute(stmt.values(version=db.Visit.version + 1).execution_options(synchronize_session=False))
        if result.rowcount == 0:
            if s.scalar(select(db.Visit.id).where(db.Visit.id == visit_id)) is None:
                raise NotFound(f"Visit {visit_id} does not exist.")
            raise ConflictError("This visit was changed on another workstation. It has been reloaded: "
                                "please check it and repeat your last change.")
        visit = s.get(db.Visit, visit_id, populate_existing=True)
        if visit.status == VisitStatus.SIGNED.value:
            raise ValidationError("This visit is signed and can no longer be changed.")
        return visit

    def _audit(self, s: Session, action: str, entity: str, entity_id: int | None, *, patient_id=None,
               visit_id=None, before=None, after=None) -> None:
        record_audit(s, self.actor, action, entity, entity_id, patient_id=patient_id, visit_id=visit_id,
                     before=before, after=after)
