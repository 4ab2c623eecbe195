"""Line charts of a patient's progress across visits, painted with QPainter.

``paint_trends(painter, rect, points)`` draws onto any painter (widget, printer, image), so the
printed handout can include the same chart.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from bodymap.render import i18n

# (attribute, title, unit, colour, marker); colours are dark enough to print in greyscale and each
# series also has its own marker shape.
SERIES = (
    ("overall_pain", QT_TRANSLATE_NOOP("Handout", "Overall pain"), "/10", QColor("#B2182B"), "circle"),
    ("pain_area_percent", QT_TRANSLATE_NOOP("Handout", "Pain area"), QT_TRANSLATE_NOOP("Handout", "% of body surface"),
     QColor("#2166AC"), "square"),
    ("active_trigger_points", QT_TRANSLATE_NOOP("Handout", "Active trigger points"), "", QColor("#1B7837"), "triangle"),
)


def _nice_max(value: float, attr: str) -> float:
    if attr == "overall_pain":
        return 10.0
    if value <= 0:
        return 1.0
    for step in (1, 2, 2.5, 5, 10, 20, 25, 50, 100):
        if value <= step:
            return float(step)
    return float(int(value) + 1)


def percent_text(value: float, lang: i18n.Language | None = None) -> str:
    """A pain area as printed: one decimal and a percent sign (0.63 -> '0.6 %', German '0,6 %');
    a small area that would round to nothing reads '<0.1 %'."""
    lang = lang or i18n.current()
    if 0 < value < 0.05:
        return "<" + lang.percent(0.1)
    return lang.percent(value)


def tick_text(value: float, attr: str, lang: i18n.Language | None = None) -> str:
    lang = lang or i18n.current()
    text = lang.number(value, 0) if value == int(value) else lang.number(value, 1)
    return text + " %" if attr == "pain_area_percent" else text


def _marker(painter: QPainter, p: QPointF, shape: str, r: float) -> None:
    if shape == "circle":
        painter.drawEllipse(p, r, r)
    elif shape == "square":
        painter.drawRect(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r))
    else:
        path = QPainterPath(QPointF(p.x(), p.y() - r * 1.2))
        path.lineTo(p.x() + r * 1.1, p.y() + r * 0.8)
        path.lineTo(p.x() - r * 1.1, p.y() + r * 0.8)
        path.closeSubpath()
        painter.drawPath(path)


def _x_positions(dates: Sequence[dt.datetime], x0: float, x1: float) -> list[float]:
    if len(dates) == 1:
        return [(x0 + x1) / 2]
    t0, t1 = dates[0].timestamp(), dates[-1].timestamp()
    if t1 - t0 < 1:
        return [x0 + (x1 - x0) * i / (len(dates) - 1) for i in range(len(dates))]
    return [x0 + (x1 - x0) * (d.timestamp() - t0) / (t1 - t0) for d in dates]


def paint_trends(painter: QPainter, rect: QRectF, points: Sequence, font: QFont | None = None,
                 unit: float = 1.0, across: bool = False, lang: i18n.Language | None = None) -> None:
    """Three charts (overall pain, pain area %, active trigger points) over the visit dates:
    stacked sharing one date axis, or (across=True, for print) side by side in one row, each
    with its own date axis and one "Visit date" caption under the row.

    unit: device pixels per screen pixel (1 on screen; dpi / 96 on paper), so lines and gaps keep
    their size on a printer; fonts are in points and need no scaling."""
    u = unit
    lang = lang or i18n.current()
    rect = QRectF(rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = QFont(font) if font is not None else QFont(painter.font())
    size = max(7.0, min(11.0, rect.height() / u / (24 if across else 48)))
    base.setPointSizeF(size)
    painter.setFont(base)
    fm = painter.fontMetrics()
    painter.fillRect(rect, QColor("white"))
    if not points:
        painter.setPen(QColor("#555"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, lang.translate("Handout", "No visits yet"))
        painter.restore()
        return
    dates = [p.started_at.astimezone() for p in points]
    years = len({d.year for d in dates}) > 1
    if across:
        _paint_across(painter, rect, points, dates, base, u, lang)
    else:
        left = rect.left() + fm.horizontalAdvance("100.0 %") + 14 * u
        right = rect.right() - max(18.0 * u, fm.horizontalAdvance("00 Mmm") / 2 + 4 * u)
        axis_h = fm.height() * 2.6
        gap = fm.height() * 0.8
        panel_h = (rect.height() - axis_h - gap * 3) / 3
        xs = _x_positions(dates, left + 10 * u, right - 10 * u)
        title_h = fm.height() * 1.7
        for index, series in enumerate(SERIES):
            top = rect.top() + gap + index * (panel_h + gap)
            plot = QRectF(left, top + title_h, right - left, panel_h - title_h)
            _series(painter, base, series, points, xs, plot, QPointF(rect.left() + 2 * u, top), rect.left(), u, lang)
        # shared date axis
        axis_y = rect.bottom() - axis_h + 4 * u
        _date_axis(painter, fm, xs, dates, left, right, axis_y, years, u, lang)
        _date_caption(painter, fm, dates, years, lang, QRectF(left, axis_y + 4 * u + fm.height(), right - left,
                                                        fm.height() + 4 * u))
    painter.restore()


def _paint_across(painter: QPainter, rect: QRectF, points: Sequence, dates: list, base: QFont,
                  u: float, lang: i18n.Language) -> None:
    """The three charts side by side, a date axis under each, titles wrapped onto two lines
    where a panel is too narrow for them on one."""
    fm = painter.fontMetrics()
    bold = QFont(base)
    bold.setBold(True)
    bfm = QFontMetricsF(bold, painter.device())
    gap = max(8.0 * u, fm.horizontalAdvance("0") * 3)
    panel_w = (rect.width() - 2 * gap) / 3
    titles = []
    for _attr, title, unit, _color, _shape in SERIES:
        title, unit = lang.translate("Handout", title), lang.translate("Handout", unit) if unit else ""
        full = f"{title}" + (f" ({unit})" if unit else "")
        titles.append([full] if bfm.horizontalAdvance(full) <= panel_w - 2 * u else [title, f"({unit})"])
    lines = max(len(t) for t in titles)
    title_h = bfm.lineSpacing() * lines + fm.height() * 0.7
    years = len({d.year for d in dates}) > 1
    date_w = fm.horizontalAdvance("00 Mmm 0000" if years else "00 Mmm")
    axis_h = fm.height() * 2.6
    for index, series in enumerate(SERIES):
        attr = series[0]
        x0 = rect.left() + index * (panel_w + gap)
        known = [getattr(p, attr) for p in points if getattr(p, attr) is not None]
        vmax = _nice_max(max(known) if known else 0, attr)
        label_w = max(fm.horizontalAdvance(tick_text(vmax * f, attr, lang)) for f in (0.0, 0.5, 1.0))
        left = x0 + label_w + 6 * u
        right = x0 + panel_w - 2 * u
        inset = max(10.0 * u, date_w / 2 + 3 * u)
        xs = _x_positions(dates, left + inset, right - max(inset - 2 * u, 6 * u))
        plot = QRectF(left, rect.top() + title_h, right - left, rect.height() - title_h - axis_h)
        _series(painter, base, series, points, xs, plot, QPointF(x0 + 2 * u, rect.top()), x0, u, lang,
                title_lines=titles[index])
        axis_y = plot.bottom()
        _date_axis(painter, fm, xs, dates, left, right, axis_y, years, u, lang)
    axis_y = rect.bottom() - axis_h
    _date_caption(painter, fm, dates, years, lang, QRectF(rect.left(), axis_y + 4 * u + fm.height(), rect.width(),
                                                    fm.height() + 4 * u))


def _series(painter: QPainter, base: QFont, series: tuple, points: Sequence, xs: list[float], plot: QRectF,
            title_at: QPointF, label_x: float, u: float, lang: i18n.Language,
            title_lines: list[str] | None = None) -> None:
    """One chart: its title above plot, the grid with y ticks (right-aligned left of plot from
    label_x), the line with a marker and the value at each visit."""
    attr, title, unit, color, shape = series
    fm = painter.fontMetrics()
    top = title_at.y()
    title_h = plot.top() - top
    values = [getattr(p, attr) for p in points]
    known = [v for v in values if v is not None]
    vmax = _nice_max(max(known) if known else 0, attr)
    bold = QFont(base)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(QColor("#111"))
    bfm = painter.fontMetrics()
    plain = lang.translate("Handout", title) + (f" ({lang.translate('Handout', unit)})" if unit else "")
    for number, text in enumerate(title_lines or [plain]):
        painter.drawText(QPointF(title_at.x(), top + number * bfm.lineSpacing() + fm.ascent()), text)
    painter.setFont(base)
    left = plot.left()
    # grid and y ticks
    for frac in (0.0, 0.5, 1.0):
        y = plot.bottom() - frac * plot.height()
        painter.setPen(QPen(QColor("#D0D0D0"), u, Qt.PenStyle.DotLine if frac else Qt.PenStyle.SolidLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = tick_text(vmax * frac, attr, lang)
        painter.setPen(QColor("#444"))
        painter.drawText(QRectF(label_x, y - fm.height() / 2, left - label_x - 6 * u, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    painter.setPen(QPen(QColor("#888"), u))
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    pts = [(QPointF(x, plot.bottom() - (v / vmax) * plot.height()), v) for x, v in zip(xs, values)
           if v is not None]
    pen = QPen(color, 2.2 * u)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for (a, _va), (b, _vb) in zip(pts, pts[1:]):
        painter.drawLine(a, b)
    for p, v in pts:
        painter.setPen(QPen(QColor("white"), 1.2 * u))
        painter.setBrush(color)
        _marker(painter, p, shape, 4.5 * u)
        text = f"{v:.0f}" if attr != "pain_area_percent" else percent_text(v, lang)
        painter.setPen(QColor("#111"))
        ty = p.y() - 8 * u if p.y() - fm.height() - 8 * u > plot.top() - title_h * 0.2 else p.y() + fm.height() + 6 * u
        tw = fm.horizontalAdvance(text)
        tx = min(max(p.x() - tw / 2, plot.left() + 2 * u), plot.right() - tw)
        painter.drawText(QPointF(tx, ty), text)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _date_axis(painter: QPainter, fm, xs: list[float], dates: list, left: float, right: float, axis_y: float,
               years: bool, u: float, lang: i18n.Language) -> None:
    painter.setPen(QPen(QColor("#888"), u))
    painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
    last_right = -1e9
    for x, d in zip(xs, dates):
        painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4 * u))
        text = lang.date(d) if years else lang.short_date(d)
        w = fm.horizontalAdvance(text)
        if x - w / 2 > last_right + 4 * u:
            painter.setPen(QColor("#333"))
            painter.drawText(QPointF(x - w / 2, axis_y + 4 * u + fm.ascent()), text)
            painter.setPen(QPen(QColor("#888"), u))
            last_right = x + w / 2


def _date_caption(painter: QPainter, fm, dates: list, years: bool, lang: i18n.Language, box: QRectF) -> None:
    painter.setPen(QColor("#555"))
    caption = (lang.translate("Handout", "Visit date") if years
               else lang.translate("Handout", "Visit date ({year})").format(year=dates[-1].year))
    painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, caption)
