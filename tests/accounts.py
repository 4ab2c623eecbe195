"""Accounts for tests that sign visits: signing needs a treating and a signing clinician account."""
from __future__ import annotations

from bodymap.domain.accounts import UserRecord
from bodymap.services.accounts import AccountService

PASSWORD = "correct horse battery"


def act_as_clinician(service, username: str = "casey", display_name: str = "Dr. Casey Clinician, PT") -> UserRecord:
    """Make (once) a clinician account and let service (and the services following it) act as it;
    the first account made is the clinic's administrator."""
    accounts = AccountService.for_service(service)
    existing = {u.username: u for u in accounts.list_users()}
    if username in existing:
        user = existing[username]
    elif not accounts.has_users():
        user = accounts.create_first_admin(username, display_name, PASSWORD)
    else:
        admin = next(u for u in existing.values() if u.is_admin and u.active)
        user = accounts.create_user(admin, username, display_name, PASSWORD)
    service.actor = user
    return user
