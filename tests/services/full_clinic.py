"""fill_clinic(sessions): a clinic with at least one row in EVERY table of db.Base.metadata.

The demo clinic (made through the services) gives the charts and a safety record; rows for the
tables the demo leaves empty are added directly, with awkward values (accents, floats that do not
round-trip through decimal text, JSON null beside SQL NULL, a real PNG). A table added later that
this helper does not fill makes fill_clinic fail (and with it every test built on it): add a row
for it here.
"""
from __future__ import annotations

import datetime as dt
import struct
import zlib

from sqlalchemy import func, insert, select

from bodymap import db

UTC = dt.UTC


def tiny_png(width: int = 3, height: int = 2) -> bytes:
    """A valid RGB PNG, made without Qt."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(v for x in range(width) for v in (x % 256, 90, y % 256))
                   for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def row_counts(sessions) -> dict[str, int]:
    with sessions() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in db.Base.metadata.sorted_tables}


def fill_clinic(sessions) -> dict[str, int]:
    """Fills every table; returns the row counts. AssertionError names any table left empty."""
    from bodymap.services import ChartService
    from bodymap.services.demo import create_demo
    service = ChartService(sessions)
    create_demo(service)
    with sessions.begin() as s:
        user = s.scalars(select(db.User).order_by(db.User.id)).first()
        visits = s.scalars(select(db.Visit).order_by(db.Visit.id)).all()
        patient_id = visits[0].patient_id
        last = visits[-1]
        tps = s.scalars(select(db.TriggerPoint).where(db.TriggerPoint.visit_id == last.id)
                        .order_by(db.TriggerPoint.id)).all()
        zones = s.scalars(select(db.PainZone).where(db.PainZone.visit_id == last.id)
                          .order_by(db.PainZone.id)).all()
        tps[0].depth_mm = 0.1 + 0.2                     # 0.30000000000000004: floats travel exactly
        tps[0].notes = "Zoë's tender spot ✓\nsecond line"
        at = dt.datetime(2026, 3, 29, 1, 30, 15, 123456, tzinfo=UTC)   # a DST night in Europe
        s.add(db.Addendum(visit_id=visits[0].id, author_id=user.id if user else None, author_name="Dr. Ünal",
                          text="Addendum: patient phoned, headache eased.", created_at=at))
        if not s.scalar(select(func.count()).select_from(db.zone_sources)):
            s.execute(insert(db.zone_sources), [{"zone_id": zones[0].id, "trigger_point_id": tps[0].id}])
        s.add(db.DiagramTemplate(name="Clinic posterior (scan)", view_id="posterior", image=tiny_png(300, 320),
                                 image_format="png", width=300, height=320,
                                 calibration=[{"id": "c7", "side": "midline", "x": 1.5, "y": 0.25}],
                                 created_at=at, created_by="Dr. Ünal", active=True))
        s.add(db.DiagramTemplate(name="Old anterior", view_id="anterior", image=tiny_png(300, 300),
                                 image_format="png", width=300, height=300, calibration=[], created_at=at,
                                 active=False))
        s.add(db.Setting(key="clinic", value={"name": "Praxis Süd", "address": "Hauptstraße 1",
                                              "phone": "+49 89 1234", "logo_png_b64": "",
                                              "home_care": {"upper_trapezius": "Heat, 10 minutes."},
                                              "show_home_care": True,
                                              "home_care_languages": {"de": {"upper_trapezius": "Wärme, 10 Minuten."}}}))
        s.add(db.Setting(key="backup_keep", value=9))
        s.add(db.PrecautionArea(patient_id=patient_id, view="anterior", diagram_version=2,
                                polygons=[[[0.4, 0.3], [0.45, 0.3], [0.42, 0.34]]], kind="implant",
                                side="left", note="Pacemaker", created_by="Dr. Ünal", created_at=at))
        s.add(db.AdverseEvent(visit_id=last.id, kind="bruising", severity="mild", description="Small bruise",
                              action_taken="Pressure", follow_up="", occurred_at=at,
                              recorded_by="Dr. Ünal", recorded_by_id=user.id if user else None, created_at=at))
        if not s.scalar(select(func.count()).select_from(db.NeedleLog)):
            s.add(db.NeedleLog(trigger_point_id=tps[0].id, needles=2, passes=5, thorax_ack_by="Dr. Ünal",
                               thorax_ack_at=at, precaution_ack_areas=None))
    counts = row_counts(sessions)
    empty = [name for name, n in counts.items() if n == 0]
    assert not empty, f"fill_clinic leaves these tables empty, add rows for them: {', '.join(empty)}"
    return counts
