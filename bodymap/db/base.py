"""Shared pieces of the schema: the declarative base and the UTC timestamp type."""
from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import (
    DateTime,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

APP_NAME = "bodymap"


class _NoResultRows(logging.Filter):
    """At DEBUG, SQLAlchemy logs every fetched row, i.e. patient data: never let those through."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row "))


logging.getLogger("sqlalchemy.engine.Engine").addFilter(_NoResultRows())
ENV_URL = "BODYMAP_DATABASE_URL"
log = logging.getLogger("bodymap.db")




def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator):
    """Timestamps are stored in UTC and always come back timezone-aware in UTC."""

    impl = DateTime
    cache_ok = True

    def __init__(self):
        super().__init__(timezone=True)

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    pass
