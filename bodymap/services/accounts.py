"""Accounts: create, sign in, manage. Passwords are hashed with argon2 (argon2-cffi)."""
from __future__ import annotations

import math
import time
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bodymap import db
from bodymap.domain.accounts import Role, UserRecord, check_display_name, check_password, check_username
from bodymap.errors import QT_TRANSLATE_NOOP, AccessDenied, ValidationError
from bodymap.services.audit import ActorLike, record_audit
from bodymap.services.common import BaseService

_hasher = PasswordHasher()
# verified against when the user name is unknown, so timing does not reveal which names exist.
# A stored hash (of "not a real password") rather than one computed at import: hashing costs
# ~0.1 s of every start-up. Its cost parameters must be _hasher's: tests/db check that.
_DUMMY_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$k0oi5u2Q8u6otyB2fHhkNg$"
               "NQi+N+StBvdUJw4L21B1HxRUgExYIk3EF2Iyvjh7yl4")




class SignInThrottle:
    """Wrong passwords per user name, in this process: how long the next try must wait."""

    FREE_FAILURES = 3
    MAX_DELAY = 300.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._failures: dict[str, tuple[int, float]] = {}      # name -> (count, time of the last)

    def wait(self, name: str) -> float:
        count, last = self._failures.get(name, (0, 0.0))
        if count < self.FREE_FAILURES:
            return 0.0
        delay = min(2.0 ** (count - self.FREE_FAILURES), self.MAX_DELAY)
        return max(0.0, last + delay - self.clock())

    def failed(self, name: str) -> None:
        count, _last = self._failures.get(name, (0, 0.0))
        self._failures[name] = (count + 1, self.clock())

    def succeeded(self, name: str) -> None:
        self._failures.pop(name, None)


def _user(row: db.User) -> UserRecord:
    return UserRecord(id=row.id, username=row.username, display_name=row.display_name,
                      role=row.role, active=row.active, version=row.version)


DEMO_USERNAME = "demo.clinician"


class AccountService(BaseService):
    """Accounts and sign-in. Each change names the acting account explicitly (the first
    administrator acts as itself), so these methods take it as an argument."""

    def __init__(self, sessions: sessionmaker[Session], actor: ActorLike | None = None, *,
                 follows: BaseService | None = None) -> None:
        super().__init__(sessions, actor, follows=follows)
        self.throttle = SignInThrottle()

    def has_users(self) -> bool:
        """Whether anyone can sign in and administer: an active administrator exists. (The demo's
        clinician is an account nobody can sign in as, so a database holding only the demo still
        asks for its first administrator.)"""
        with self._tx() as s:
            return self._active_admins(s) > 0

    def list_users(self) -> list[UserRecord]:
        with self._tx() as s:
            return [_user(u) for u in s.scalars(select(db.User).order_by(db.User.display_name))]

    def create_first_admin(self, username: str, display_name: str, password: str) -> UserRecord:
        """Only while there is no active administrator (the first run)."""
        with self._tx() as s:
            if self._active_admins(s):
                raise AccessDenied(QT_TRANSLATE_NOOP("Accounts", "The first administrator already exists; sign in instead."))
            return self._create(s, None, username, display_name, password, Role.ADMIN)

    def create_user(self, admin: UserRecord, username: str, display_name: str, password: str,
                    role: Role | str = Role.CLINICIAN) -> UserRecord:
        self._require_admin(admin)
        with self._tx() as s:
            return self._create(s, admin, username, display_name, password, Role(role))

    def _create(self, s: Session, actor: UserRecord | None, username: str, display_name: str, password: str,
                role: Role) -> UserRecord:
        username = check_username(username)
        display_name = check_display_name(display_name)
        check_password(password, username)
        if s.scalar(select(db.User.id).where(db.User.username == username)) is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "The user name {name} is already taken.").format(
                name=username))
        row = db.User(username=username, display_name=display_name, role=role.value,
                      password_hash=_hasher.hash(password), active=True)
        s.add(row)
        s.flush()
        user = _user(row)
        record_audit(s, actor or user, "create", "user", row.id,
                     after={"username": username, "display_name": display_name, "role": role.value})
        return user

    def demo_clinician(self) -> UserRecord:
        """The demo patient's treating clinician: an inactive account with no password (nobody can
        sign in as it), made once."""
        with self._tx() as s:
            row = s.scalar(select(db.User).where(db.User.username == DEMO_USERNAME))
            if row is None:
                row = db.User(username=DEMO_USERNAME, display_name="Dr. Sam Rivera, PT (demo)",
                              role=Role.CLINICIAN.value, password_hash="!", active=False)
                s.add(row)
                s.flush()
                self._audit(s, "create", "user", row.id,
                            after={"username": row.username, "display_name": row.display_name, "demo": True})
            return _user(row)

    def authenticate(self, username: str, password: str) -> UserRecord:
        """The account for these credentials; AccessDenied with one neutral message otherwise.

        After FREE_FAILURES wrong passwords for a user name, each further try must wait a delay
        that doubles with every failure (up to MAX_DELAY): a guessing run is slowed to a crawl,
        while a clinician who mistypes twice is not held up. Unknown names are throttled the same
        way, so the wait reveals nothing about which names exist."""
        name = (username or "").strip().lower()
        wait = self.throttle.wait(name)
        if wait > 0:
            raise AccessDenied(QT_TRANSLATE_NOOP("Accounts", "Too many wrong passwords for this user name: try again "
                                                 "in {seconds} s.").format(seconds=math.ceil(wait)))
        with self._tx() as s:
            row = s.scalar(select(db.User).where(db.User.username == name))
            try:
                _hasher.verify(row.password_hash if row else _DUMMY_HASH, password or "")
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                row = None
            if row is None or not row.active:
                self.throttle.failed(name)
                raise AccessDenied(QT_TRANSLATE_NOOP("Accounts", "Wrong user name or password."))
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
            self.throttle.succeeded(name)
            return _user(row)

    def set_password(self, actor: UserRecord, user_id: int, new_password: str,
                     old_password: str | None = None, expected_version: int | None = None) -> None:
        """Admins reset anyone's password; a clinician changes their own with the old one.
        expected_version (here and below): the account's version as listed; ConflictError when
        another workstation changed the account since."""
        with self._tx() as s:
            row = self._account(s, user_id, expected_version)
            if not actor.is_admin:
                if actor.id != user_id:
                    raise AccessDenied(QT_TRANSLATE_NOOP("Accounts", "Only an administrator can change another person's "
                                                           "password."))
                try:
                    _hasher.verify(row.password_hash, old_password or "")
                except (VerifyMismatchError, VerificationError, InvalidHashError):
                    raise AccessDenied(QT_TRANSLATE_NOOP("Accounts", "The current password is wrong.")) from None
            check_password(new_password, row.username)
            row.password_hash = _hasher.hash(new_password)
            record_audit(s, actor, "update", "user", user_id, after={"password": "changed"})

    def set_active(self, admin: UserRecord, user_id: int, active: bool,
                   expected_version: int | None = None) -> UserRecord:
        self._require_admin(admin)
        with self._tx() as s:
            row = self._account(s, user_id, expected_version)
            if not active and row.role == Role.ADMIN.value and self._active_admins(s) <= 1 and row.active:
                raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "The last active administrator cannot be deactivated."))
            before = {"active": row.active}
            row.active = bool(active)
            record_audit(s, admin, "update", "user", user_id, before=before, after={"active": row.active})
            return _user(row)

    def set_role(self, admin: UserRecord, user_id: int, role: Role | str,
                 expected_version: int | None = None) -> UserRecord:
        self._require_admin(admin)
        role = Role(role)
        with self._tx() as s:
            row = self._account(s, user_id, expected_version)
            if role != Role.ADMIN and row.role == Role.ADMIN.value and self._active_admins(s) <= 1:
                raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "The last administrator cannot lose the administrator "
                                                            "role."))
            before = {"role": row.role}
            row.role = role.value
            record_audit(s, admin, "update", "user", user_id, before=before, after={"role": role.value})
            return _user(row)

    def _account(self, s: Session, user_id: int, expected_version: int | None) -> db.User:
        if s.get(db.User, user_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "No such account."))
        return self._bump_row(s, db.User, user_id, expected_version, "This account")

    @staticmethod
    def _active_admins(s: Session) -> int:
        return s.scalar(select(func.count()).select_from(db.User)
                        .where(db.User.role == Role.ADMIN.value, db.User.active.is_(True))) or 0

    @staticmethod
    def _require_admin(user: UserRecord | None) -> None:
        if user is None or not user.is_admin:
            raise AccessDenied(QT_TRANSLATE_NOOP("Accounts", "Only an administrator can manage accounts."))
