"""Clinic diagram templates: a clinic's own diagram image, calibrated on a built-in view.

The image (PNG or JPEG, as uploaded) is stored in the database so every workstation sees it.
Marks charted on a template are stored in the built-in view's normalised coordinates; the
template only changes what is drawn (see bodymap.domain.calibration).
"""
from __future__ import annotations

import datetime as dt
import functools
import io
import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain.calibration import Calibration, LandmarkPair, PairLike
from bodymap.domain.diagrams import VIEW_IDS, load_view
from bodymap.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from bodymap.services.audit import record_audit
from bodymap.services.common import BaseService

Row = db.DiagramTemplate

MAX_BYTES = 15 * 1024 * 1024
MAX_PIXELS = 40_000_000
MIN_SIDE = 300
MAX_NAME = 200
FORMATS = {"PNG": "png", "JPEG": "jpeg"}


@dataclass(frozen=True)
class TemplateRecord:
    """A template as the services return it; ``image`` is empty in listings."""

    id: int
    name: str
    view_id: str
    width: int
    height: int
    image_format: str
    pairs: tuple[LandmarkPair, ...]
    created_at: dt.datetime
    created_by: str
    active: bool
    image: bytes = field(default=b"", repr=False, compare=False)
    version: int = 1                # bumped by every change; an edit passes it back

    @property
    def calibrated(self) -> bool:
        return len(self.pairs) > 0

    @property
    def view_label(self) -> str:
        return load_view(self.view_id).label

    @functools.cached_property
    def calibration(self) -> Calibration:
        """The validated calibration (ValidationError when not calibrated yet)."""
        if not self.pairs:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The clinic diagram {name} has not been calibrated yet.").format(name=repr(self.name)))
        return Calibration(self.view_id, self.pairs, (self.width, self.height))


def _record(row: Row, with_image: bool) -> TemplateRecord:
    pairs = tuple(LandmarkPair.from_any(p) for p in (row.calibration or []))
    return TemplateRecord(id=row.id, name=row.name, view_id=row.view_id, width=row.width,
                          height=row.height, image_format=row.image_format, pairs=pairs,
                          created_at=row.created_at, created_by=row.created_by or "",
                          active=bool(row.active), image=bytes(row.image) if with_image else b"",
                          version=row.version)


def _summary(row: Row) -> dict[str, object]:
    return {"name": row.name, "view": row.view_id, "size": f"{row.width}x{row.height}",
            "landmarks": len(row.calibration or []), "active": bool(row.active)}


@dataclass(frozen=True)
class CheckedImage:
    data: bytes
    image_format: str
    width: int
    height: int


def check_image(path: str | os.PathLike[str]) -> CheckedImage:
    """Read and check an image file; ValidationError with a clear message when refused."""
    path = Path(path)
    shown = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} does not exist.").format(name=shown)) from None
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Cannot read {name}: {reason}.").format(name=shown, reason=exc.strerror)) from None
    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is not a file.").format(name=shown))
    if size > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is too large ({size} MB); the limit is {most} MB. Save it smaller (e.g. as JPEG).").format(
            name=shown, size=f"{size / 1024 / 1024:.1f}", most=MAX_BYTES // (1024 * 1024)))
    if size == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is empty.").format(name=shown))
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Cannot read {name}: {reason}.").format(name=shown, reason=exc.strerror)) from None
    if len(data) > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is larger than {most} MB.").format(name=shown, most=MAX_BYTES // (1024 * 1024)))
    return check_image_bytes(data, shown)


def check_image_bytes(data: bytes, shown: str = QT_TRANSLATE_NOOP("Validation", "The file")) -> CheckedImage:
    from PIL import Image, UnidentifiedImageError

    too_big = QT_TRANSLATE_NOOP("Validation", "{name} has too many pixels (the limit is {most} megapixels); "
                                              "scale it down first.").format(name=shown, most=MAX_PIXELS // 1_000_000)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as img:    # reads the header only
                kind, (width, height) = img.format, img.size
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ValidationError(too_big) from None
        except UnidentifiedImageError:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is not an image Bodymap can read; choose a PNG or JPEG "
                                                                "file.").format(name=shown)) from None
        except Exception:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is damaged and cannot be read as an image.").format(name=shown)) from None
        if kind not in FORMATS:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is a {kind} image; save it as PNG or JPEG first.").format(name=shown, kind=kind))
        if width * height > MAX_PIXELS:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} has too many pixels (the limit is {most} megapixels); scale it down first. "
                                                    "It is {width} x {height} pixels.").format(
                name=shown, most=MAX_PIXELS // 1_000_000, width=width, height=height))
        if min(width, height) < MIN_SIDE:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is too small ({width} x {height} pixels); a diagram needs at least {least} pixels "
                                                                "on each side.").format(name=shown, width=width, height=height, least=MIN_SIDE))
        try:
            with Image.open(io.BytesIO(data)) as img:
                img.load()                              # decodes everything: finds truncation
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ValidationError(too_big) from None
        except Exception:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{name} is damaged (incomplete or corrupt image data).").format(name=shown)) from None
    return CheckedImage(data, FORMATS[kind], width, height)


def _checked_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Give the clinic diagram a name."))
    if len(name) > MAX_NAME:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The name is too long (at most {most} characters).").format(most=MAX_NAME))
    return name


def _checked_view(view_id: str) -> str:
    if view_id not in VIEW_IDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown diagram view {view}.").format(view=repr(view_id)))
    return view_id


class TemplateService(BaseService):
    """Import, calibrate, list and retire clinic diagrams (one transaction per call)."""

    # -- use cases ------------------------------------------------------------------
    def import_image(self, path: str | os.PathLike[str], name: str, view_id: str) -> TemplateRecord:
        """Store an image file as a new (not yet calibrated) template; nothing is written when
        the file is refused."""
        name, view_id = _checked_name(name), _checked_view(view_id)
        image = check_image(path)
        with self._tx() as s:
            row = Row(name=name, view_id=view_id, image=image.data, image_format=image.image_format,
                      width=image.width, height=image.height, calibration=[],
                      created_by=getattr(self.actor, "display_name", "") or "", active=True)
            s.add(row)
            s.flush()
            record_audit(s, self.actor, "create", "diagram_template", row.id, after=_summary(row))
            return _record(row, with_image=True)

    def save_calibration(self, template_id: int, pairs: Iterable[PairLike],
                         expected_version: int | None = None) -> TemplateRecord:
        """Validate the landmark positions (ValidationError naming the problem) and store them.
        expected_version (here and below): the template's version as loaded; ConflictError when
        another workstation changed it since."""
        with self._tx() as s:
            row = self._locked(s, template_id, expected_version)
            calibration = Calibration(row.view_id, pairs, (row.width, row.height))
            before = _summary(row)
            row.calibration = calibration.pairs_json()
            record_audit(s, self.actor, "update", "diagram_template", row.id, before=before,
                         after=_summary(row))
            return _record(row, with_image=False)

    def list_templates(self, view_id: str | None = None, active_only: bool = False) -> list[TemplateRecord]:
        """Templates (without their image bytes), by name."""
        with self._tx() as s:
            query = select(Row).order_by(Row.name, Row.id)
            if view_id is not None:
                query = query.where(Row.view_id == view_id)
            if active_only:
                query = query.where(Row.active.is_(True))
            return [_record(row, with_image=False) for row in s.scalars(query)]

    def get(self, template_id: int) -> TemplateRecord:
        """One template with its image (NotFound if there is no such template)."""
        with self._tx() as s:
            return _record(self._row(s, template_id), with_image=True)

    def set_active(self, template_id: int, active: bool, expected_version: int | None = None) -> TemplateRecord:
        with self._tx() as s:
            row = self._locked(s, template_id, expected_version)
            before = _summary(row)
            row.active = bool(active)
            record_audit(s, self.actor, "update", "diagram_template", row.id, before=before,
                         after=_summary(row))
            return _record(row, with_image=False)

    def delete(self, template_id: int, expected_version: int | None = None) -> None:
        """Remove a template. Marks charted on it are kept (they are stored on the view)."""
        with self._tx() as s:
            row = self._locked(s, template_id, expected_version)
            record_audit(s, self.actor, "delete", "diagram_template", row.id, before=_summary(row))
            s.delete(row)

    def _locked(self, s: Session, template_id: int, expected_version: int | None) -> Row:
        self._row(s, template_id)
        return self._bump_row(s, Row, template_id, expected_version, "This clinic diagram")

    @staticmethod
    def _row(s: Session, template_id: int) -> Row:
        row = s.get(Row, template_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Records", "There is no clinic diagram number {id}.").format(id=template_id))
        return row
