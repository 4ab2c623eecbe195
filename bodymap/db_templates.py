"""ORM row of a clinic diagram template (an image calibrated on a built-in view's landmarks).

Kept apart from bodymap.db; imported by bodymap.migrations.env (and bodymap.templates) so that
Base.metadata is complete whenever migrations run.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Integer, LargeBinary, String, text, true
from sqlalchemy.orm import Mapped, mapped_column

from bodymap.db import Base, UTCDateTime, utcnow


class DiagramTemplate(Base):
    """A clinic's own diagram image for one built-in view, with its landmark calibration.

    ``calibration`` is a list of {"id", "side", "x", "y"} (landmark id and side of the view,
    image pixels); empty until calibrated. Marks charted on it are stored in the view's
    normalised coordinates, never in image pixels."""

    __tablename__ = "diagram_templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    view_id: Mapped[str] = mapped_column(String(40), index=True)
    image: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)   # PNG / JPEG as uploaded
    image_format: Mapped[str] = mapped_column(String(8))               # 'png' | 'jpeg'
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    calibration: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
