"""Small helpers shared by the progress dialogs: Pillow <-> Qt images, mask overlays, visit labels."""
from __future__ import annotations

import re

from PIL import Image
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPixmap

from bodymap.render import i18n

# Print-safe change colours (Okabe-Ito); each also has its own pattern, so greyscale still reads:
# new = solid orange, resolved = blue diagonal stripes, persisting = purple cross-hatch.
CHANGE_STYLES = {
    "new": (QT_TRANSLATE_NOOP("CompareDialog", "New"), QColor("#E69F00"), 0.70, None),
    "resolved": (QT_TRANSLATE_NOOP("CompareDialog", "Resolved"), QColor("#0072B2"), 0.28, Qt.BrushStyle.BDiagPattern),
    "persisting": (QT_TRANSLATE_NOOP("CompareDialog", "Persisting"), QColor("#5E3C99"), 0.50, Qt.BrushStyle.DiagCrossPattern),
}


def pil_to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def fill_change(painter: QPainter, rect, kind: str) -> None:
    """Paint rect with the fill and hatch of a change kind (used for masks and legend swatches)."""
    _label, color, alpha, pattern = CHANGE_STYLES[kind]
    fill = QColor(color)
    fill.setAlphaF(alpha)
    painter.fillRect(rect, fill)
    if pattern is not None:
        line = QColor(color).darker(115)
        painter.fillRect(rect, QBrush(line, pattern))


def overlay_mask(target: QImage, mask: Image.Image, kind: str) -> None:
    """Paint the change kind into target wherever the (Pillow "L") mask is set."""
    w, h = target.width(), target.height()
    alpha = mask.resize((w, h), Image.Resampling.BILINEAR)
    data = alpha.tobytes()
    alpha_image = QImage(data, w, h, w, QImage.Format.Format_Alpha8)
    layer = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    layer.fill(Qt.GlobalColor.transparent)
    p = QPainter(layer)
    fill_change(p, layer.rect(), kind)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    p.drawImage(0, 0, alpha_image)
    p.end()
    p = QPainter(target)
    p.drawImage(0, 0, layer)
    p.end()


def swatch(kind: str, size: int = 22) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(QColor("white"))
    p = QPainter(pix)
    fill_change(p, pix.rect(), kind)
    p.setPen(QColor("#444"))
    p.drawRect(pix.rect().adjusted(0, 0, -1, -1))
    p.end()
    return pix


def date_format() -> str:
    """A QDateEdit display format in the interface language: 2026-12-05 (English, as before),
    05.12.2026, 05/12/2026 (the locale's short format, day and month in two digits, full year)."""
    lang = i18n.current()
    if lang.code == "en":
        return "yyyy-MM-dd"
    fmt = lang.locale.dateFormat(QLocale.FormatType.ShortFormat)
    fmt = re.sub(r"(?<!d)d(?!d)", "dd", re.sub(r"(?<!M)M(?!M)", "MM", fmt))
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def visit_label(visit) -> str:
    """'05 Dec 2026  ·  pain 6/10  ·  neck pain' in the interface language."""
    when = i18n.current().date(visit.local_time())
    pain = (QCoreApplication.translate("CompareDialog", "pain {pain}/10").format(pain=visit.overall_pain)
            if visit.overall_pain is not None else QCoreApplication.translate("CompareDialog", "pain not rated"))
    complaint = (visit.chief_complaint or "").strip()
    if len(complaint) > 40:
        complaint = complaint[:39] + "…"
    return f"{when}  ·  {pain}" + (f"  ·  {complaint}" if complaint else "")
