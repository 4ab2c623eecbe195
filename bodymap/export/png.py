"""One diagram view with a visit's marks, saved as a PNG image.

The image may be shared (e.g. with a colleague), so its metadata names the view and the visit's
date and internal id, never the patient or the chart number. Like every file bodymap writes, it is
readable by its owner only (0600 on POSIX).
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from bodymap.domain.records import VisitChart
from bodymap.exchange.files import PRIVATE_MODE

MIN_HEIGHT, MAX_HEIGHT = 16, 20_000


def qimage_to_pil(image) -> Image.Image:
    """A Pillow RGB copy of a QImage (any format)."""
    from PySide6.QtGui import QImage
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = bytes(rgb.constBits())[: stride * height]
    return Image.frombuffer("RGB", (width, height), data, "raw", "RGB", stride, 1).copy()


def png_metadata(view_id: str, chart: VisitChart | None) -> PngInfo:
    info = PngInfo()
    info.add_text("Software", "bodymap")
    info.add_text("View", view_id)
    if chart is not None:
        info.add_text("Visit id", str(chart.visit.id))
        info.add_text("Visit date", chart.visit.local_time().date().isoformat())
    return info


def save_view_png(view_id: str, chart: VisitChart | None, path, height_px: int = 1600,
                  mode: int | None = None, layers=None) -> Path:
    """Render view_id (with chart's marks, if any) height_px tall and save it as PNG at path.

    Written atomically: a partly written file never replaces an existing one; mode as in
    atomic_path (0600 unless asked otherwise). Raises ValueError
    for a bad height and OSError (naming the path) when the folder is missing or unwritable.
    """
    if isinstance(height_px, bool) or not isinstance(height_px, int):
        raise ValueError(f"The image height must be a whole number of pixels, not {height_px!r}.")
    if not MIN_HEIGHT <= height_px <= MAX_HEIGHT:
        raise ValueError(f"The image height must be between {MIN_HEIGHT} and {MAX_HEIGHT} pixels.")
    with atomic_path(path, mode) as temp_name:
        from bodymap.render.scene import render_view_image
        image = qimage_to_pil(render_view_image(view_id, chart, height_px, layers))
        with open(temp_name, "wb") as handle:
            image.save(handle, format="PNG", pnginfo=png_metadata(view_id, chart))
            handle.flush()
            os.fsync(handle.fileno())
    return Path(path)


@contextmanager
def atomic_path(path, mode: int | None = None) -> Iterator[str]:
    """A temporary file name beside path; when the block succeeds it replaces path in one step.

    The file gets mode, by default 0600: what bodymap writes is health data, whatever the umask.

    OSError (with the path) when the folder is missing or unwritable or path is a folder; on any
    error the temporary file is removed and an existing file at path is left as it was.
    """
    from bodymap.exchange.files import check_target
    target = check_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        yield temp_name
        os.chmod(temp_name, PRIVATE_MODE if mode is None else mode)
        os.replace(temp_name, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp_name)
        raise
