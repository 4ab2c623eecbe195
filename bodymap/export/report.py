"""The printed visit report: a handout the patient can take home.

Everything is painted with QPainter onto any paged device (QPrinter, QPdfWriter). Text is drawn
as text and the diagrams are rendered from their scenes, so a PDF stays vector and selectable.
Sizes are given in points and millimetres and converted with the device's DPI, so the layout
works on A4 and Letter, portrait and landscape.

Layout is done first into a list of pages of drawing operations, so every footer can say
"Page N of M"; then the pages are painted.
"""
from __future__ import annotations

import datetime as dt
import os
import string
import unicodedata
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter,
                           QPdfWriter, QPen, QTextLayout, QTextOption, QTransform)

from bodymap.domain.charting import PainQuality
from bodymap.export.png import atomic_path
from bodymap.records import VisitChart
from bodymap.ui import style
from bodymap.ui.legend import PAPER_HATCH_DPI, draw_legend, draw_symbol, legend_layout

CLINIC_NAME = "Clinic"
SUBTITLE = "Trigger point and referred pain chart"
FONT_FAMILY = "DejaVu Sans"
MARGINS_MM = (15.0, 13.0, 15.0, 12.0)          # left, top, right, bottom
PDF_RESOLUTION = 1200
NOTE_SPILL_CHARS = 400        # longer notes leave the table and are printed in full below it
NOTE_PREVIEW_CHARS = 120
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter,
              "legal": QPageSize.PageSizeId.Legal, "a3": QPageSize.PageSizeId.A3,
              "a5": QPageSize.PageSizeId.A5}

INK = QColor("#1B1B1B")
MUTED = QColor("#5B6670")
ACCENT = QColor("#1F4E79")
RULE = QColor("#C5CDD5")
BAND = QColor("#EEF2F6")
ZEBRA = QColor("#F6F8FA")
HEAD_FILL = QColor("#E3EAF1")
DRAFT_RED = QColor("#C62828")
SIGNED_GREEN = QColor("#2E7D32")

# font key: (points, bold, colour)
FONTS = {
    "clinic": (15.0, True, INK), "subtitle": (8.0, False, MUTED),
    "name": (11.5, True, INK), "banner": (8.5, False, INK), "banner_b": (8.5, True, INK),
    "badge": (11.0, True, QColor("white")), "h2": (11.0, True, ACCENT),
    "body": (9.0, False, INK), "body_b": (9.0, True, INK), "label": (9.0, True, MUTED),
    "cell": (8.0, False, INK), "cell_b": (8.0, True, INK), "cell_m": (7.5, False, MUTED),
    "th": (7.5, True, INK), "view": (9.5, True, INK), "small": (7.0, False, MUTED),
    "index": (6.5, True, INK), "callout": (9.0, True, DRAFT_RED),
}

TP_COLUMNS = [("#", 6), ("Muscle / location", 31), ("Side", 13), ("Status", 19), ("Findings", 29),
              ("Pressure pain", 14), ("Treatment", 32), ("Notes", 36)]
ZONE_COLUMNS = [("Key", 7), ("View", 18), ("Regions", 50), ("Sides", 13), ("Quality", 26),
                ("Intensity", 15), ("Depth", 18), ("Notes", 40)]


def zone_key(index: int) -> str:
    """A, B, ... Z, AA, AB, ... for the index-th zone (0-based)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = string.ascii_uppercase[rem] + letters
    return letters


def _no_ligatures(font: QFont) -> None:
    """'fi' drawn as one glyph is copied out of a PDF as U+FB01, which defeats searching."""
    if hasattr(font, "setFeature") and hasattr(QFont, "Tag"):
        font.setFeature(QFont.Tag("liga"), 0)


def _clean(text: str | None) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C")


def _side(side: str) -> str:
    return (side or "").capitalize() or "—"


def _region_entry(entry: str) -> str:
    from bodymap.domain.reference import region_label
    side, _, region = entry.rpartition(":")
    try:
        label = region_label(region)
    except KeyError:
        label = region.replace("_", " ").capitalize()
    if side in ("left", "right"):
        return f"{side.capitalize()} {label[:1].lower() + label[1:]}"
    return label


def _view_label(view_id: str) -> str:
    from bodymap.domain.diagrams import load_view
    try:
        return load_view(view_id).label
    except (KeyError, LookupError, ValueError, OSError):
        return view_id.replace("_", " ").capitalize()


def quality_of(zone) -> str:
    try:
        return PainQuality(zone.quality).label
    except ValueError:
        return zone.quality.replace("_", " ").capitalize()


def _score(value: int | None) -> str:
    return "—" if value is None else f"{value}/10"


def _treatment(tp) -> str:
    if not tp.needled:
        return "Not needled"
    nbsp = "\u00a0"                   # keep "0.25 x 40 mm" and "15 mm" on one line
    parts = []
    if tp.needle_size:
        size = tp.needle_size.strip()
        parts.append(size.replace(" ", nbsp) if len(size) <= 20 else size)
    if tp.depth_mm is not None:
        parts.append(f"depth {tp.depth_mm:g}{nbsp}mm")
    if tp.twitch_responses is not None:
        n = tp.twitch_responses
        parts.append(f"{n} twitch response{'' if n == 1 else 's'}")
    return "Needled" + (": " + ", ".join(parts) if parts else "")


class _Report:
    """Lays out one chart on one device, then paints it."""

    def __init__(self, device, chart: VisitChart, printed_at: dt.datetime | None = None):
        self.device, self.chart = device, chart
        self.dpi = float(device.logicalDpiY()) or 72.0
        self.W, self.H = float(device.width()), float(device.height())
        self.printed_at = printed_at or dt.datetime.now()
        self.fonts = {key: self._font(pt, bold) for key, (pt, bold, _c) in FONTS.items()}
        self.metrics = {key: QFontMetricsF(font, device) for key, font in self.fonts.items()}
        self.header_h = self._header_height()
        self.footer_h = self.line("small") + self.mm(2.5)
        self.top = self.header_h + self.mm(5)
        self.bottom = self.H - self.footer_h - self.mm(3)
        if self.bottom - self.top < self.mm(40) or self.W < self.mm(60):
            raise ValueError("The page is too small for the visit report.")
        self.pages: list[list] = []
        self.scenes: list = []          # kept alive until painted
        self.y = self.top
        self.new_page()

    # units and text --------------------------------------------------------
    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72.0

    def _font(self, points: float, bold: bool) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPixelSize(max(1, round(self.pt(points))))
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(True)
        _no_ligatures(font)
        return font

    def line(self, key: str) -> float:
        """Distance between baselines; running text gets a little extra leading."""
        leading = 1.18 if key in ("body", "callout") else 1.0
        return self.metrics[key].lineSpacing() * leading

    def width_of(self, key: str, text: str) -> float:
        return self.metrics[key].horizontalAdvance(text)

    def wrap(self, text: str, key: str, width: float) -> list[str]:
        """text broken into lines no wider than width; blank lines kept (at most one in a row)."""
        lines: list[str] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for para in _clean(text).split("\n"):
            if not para.strip():
                if lines and lines[-1] != "":
                    lines.append("")
                continue
            units = para.encode("utf-16-le")
            layout = QTextLayout(para, self.fonts[key], self.device)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                ln = layout.createLine()
                if not ln.isValid():
                    break
                ln.setLineWidth(max(1.0, width))
                start, length = ln.textStart(), ln.textLength()
                lines.append(units[2 * start: 2 * (start + length)].decode("utf-16-le", "replace").rstrip())
            layout.endLayout()
        while lines and lines[-1] == "":
            lines.pop()
        return lines or [""]

    # page operations ---------------------------------------------------------
    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def op(self, fn) -> None:
        self.pages[-1].append(fn)

    def text_top(self, x: float, top: float, text: str, key: str) -> None:
        """One line of text (as text) whose top is at top."""
        font, color, at = self.fonts[key], QColor(FONTS[key][2]), QPointF(x, top + self.metrics[key].ascent())

        def draw(p: QPainter):
            p.setFont(font)
            p.setPen(color)
            p.drawText(at, text)
        self.op(draw)

    def fill(self, rect: QRectF, color: QColor, radius: float = 0.0) -> None:
        def draw(p: QPainter):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(rect, radius, radius)
        self.op(draw)

    def hline(self, y: float, color: QColor = RULE, width_mm: float = 0.25, x0=0.0, x1=None) -> None:
        x1 = self.W if x1 is None else x1
        pen = QPen(color, self.mm(width_mm))

        def draw(p: QPainter):
            p.setPen(pen)
            p.drawLine(QPointF(x0, y), QPointF(x1, y))
        self.op(draw)

    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        if height > self.room() and self.y > self.top:
            self.new_page()

    # header and footer -------------------------------------------------------
    def _header_height(self) -> float:
        title = self.line("clinic") + self.line("subtitle")
        band = 2 * self.mm(2.2) + self.line("name") + self.line("banner")
        return title + self.mm(2) + band

    def _paint_header(self, p: QPainter) -> None:
        chart, W = self.chart, self.W
        m = self.metrics
        p.setFont(self.fonts["clinic"])
        p.setPen(ACCENT)
        p.drawText(QPointF(0, m["clinic"].ascent()), CLINIC_NAME)
        p.setFont(self.fonts["subtitle"])
        p.setPen(MUTED)
        p.drawText(QPointF(0, self.line("clinic") + m["subtitle"].ascent()), SUBTITLE)
        # status badge, top right
        signed = chart.visit.is_signed
        label = "Signed" if signed else "DRAFT"
        bw = self.width_of("badge", label) + self.mm(6)
        bh = self.line("badge") + self.mm(1.6)
        badge = QRectF(W - bw, (self.line("clinic") + self.line("subtitle") - bh) / 2, bw, bh)
        color = SIGNED_GREEN if signed else DRAFT_RED
        p.setPen(QPen(color, self.mm(0.4)))
        p.setBrush(QColor("white") if signed else color)
        p.drawRoundedRect(badge, self.mm(1.2), self.mm(1.2))
        p.setFont(self.fonts["badge"])
        p.setPen(color if signed else QColor("white"))
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        # patient and visit band
        top = self.line("clinic") + self.line("subtitle") + self.mm(2)
        band = QRectF(0, top, W, self.header_h - top)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BAND)
        p.drawRoundedRect(band, self.mm(1.2), self.mm(1.2))
        pad = self.mm(3)
        y1 = top + self.mm(2.2)
        y2 = y1 + self.line("name")
        patient, visit = chart.patient, chart.visit
        dob = patient.date_of_birth.strftime("%d %b %Y") if patient.date_of_birth else "unknown"
        visit_text = "Visit " + visit.local_time().strftime("%d %b %Y, %H:%M")
        clinician = f"Clinician: {visit.clinician}" if visit.clinician else "Clinician: not recorded"
        right_w = max(self.width_of("banner_b", visit_text), self.width_of("banner", clinician))
        right_w = min(right_w, (W - 2 * pad) * 0.45)
        left_w = W - 2 * pad - right_w - self.mm(4)
        name = m["name"].elidedText(patient.name, Qt.TextElideMode.ElideRight, left_w)
        info = m["banner"].elidedText(f"Born {dob}   ·   Chart {patient.chart_number}",
                                      Qt.TextElideMode.ElideRight, left_w)
        p.setFont(self.fonts["name"])
        p.setPen(INK)
        p.drawText(QPointF(pad, y1 + m["name"].ascent()), name)
        p.setFont(self.fonts["banner"])
        p.drawText(QPointF(pad, y2 + m["banner"].ascent()), info)
        for key, text, yy in (("banner_b", visit_text, y1 + (self.line("name") - self.line("banner_b"))),
                              ("banner", clinician, y2)):
            text = m[key].elidedText(text, Qt.TextElideMode.ElideRight, right_w)
            p.setFont(self.fonts[key])
            p.drawText(QPointF(W - pad - m[key].horizontalAdvance(text), yy + m[key].ascent()), text)

    def _paint_footer(self, p: QPainter, number: int, total: int) -> None:
        y = self.H - self.footer_h
        p.setPen(QPen(RULE, self.mm(0.25)))
        p.drawLine(QPointF(0, y), QPointF(self.W, y))
        base = self.H - self.metrics["small"].descent()
        p.setFont(self.fonts["small"])
        p.setPen(MUTED)
        p.drawText(QPointF(0, base), "Printed " + self.printed_at.strftime("%d %b %Y, %H:%M"))
        middle = "Left and right are the patient's own left and right"
        if self.W > self.mm(150):
            p.drawText(QPointF((self.W - self.width_of("small", middle)) / 2, base), middle)
        page = f"Page {number} of {total}"
        p.drawText(QPointF(self.W - self.width_of("small", page), base), page)

    # sections ------------------------------------------------------------------
    def heading(self, title: str, keep: float = 0.0) -> None:
        h = self.line("h2") + self.mm(1.8)
        self.ensure(h + keep)
        if self.y > self.top:
            self.y += self.mm(3)
        self.text_top(0, self.y, title, "h2")
        self.y += self.line("h2") + self.mm(0.6)
        self.hline(self.y, ACCENT, 0.35)
        self.y += self.mm(1.8)

    def paragraph(self, text: str, key: str = "body", indent: float = 0.0, title: str = "") -> None:
        for line in self.wrap(text, key, self.W - indent):
            if self.line(key) > self.room():
                self.new_page()
                if title:
                    self.text_top(0, self.y, f"{title} (continued)", "cell_m")
                    self.y += self.line("cell_m") + self.mm(1)
                if not line:
                    continue
            if line:
                self.text_top(indent, self.y, line, key)
            self.y += self.line(key)

    def draft_callout(self) -> None:
        msg = "DRAFT: this record has not yet been signed by the clinician and may still change."
        lines = self.wrap(msg, "callout", self.W - self.mm(8))
        h = len(lines) * self.line("callout") + self.mm(3)
        rect = QRectF(0, self.y, self.W, h)
        pale = QColor(DRAFT_RED)
        pale.setAlphaF(0.08)
        self.fill(rect, pale, self.mm(1))
        self.fill(QRectF(0, self.y, self.mm(1.2), h), DRAFT_RED)
        yy = self.y + self.mm(1.5)
        for line in lines:
            self.text_top(self.mm(4), yy, line, "callout")
            yy += self.line("callout")
        self.y += h + self.mm(3)

    def summary(self) -> None:
        visit = self.chart.visit
        rows = [[{"paras": [("Chief complaint", "label")]},
                 {"paras": [(visit.chief_complaint or "Not recorded", "body")]}],
                [{"paras": [("Overall pain", "label")]},
                 {"paras": [(_score(visit.overall_pain) if visit.overall_pain is not None
                             else "Not recorded", "body")]}]]
        self.table([("", 38), ("", 150)], rows, header=False, zebra=False, rules=False)

    # tables --------------------------------------------------------------------
    def table(self, columns, rows, header=True, zebra=True, rules=True, title: str = "") -> None:
        pad_x, pad_y = self.mm(1.3), self.mm(1.0)
        sym = self.pt(9)
        widths = self._column_widths(columns, rows, pad_x, sym + self.mm(1.2))
        xs = [sum(widths[:i]) for i in range(len(widths))]

        def layout(cell, width):
            inner = width - 2 * pad_x - (sym + self.mm(1.2) if cell.get("symbol") else 0)
            out = []
            for text, key in cell["paras"]:
                out += [(ln, key) for ln in self.wrap(text, key, inner)]
            return out

        head = [[(ln, "th") for ln in self.wrap(t, "th", w - 2 * pad_x)] for (t, _w), w in zip(columns, widths)]
        head_h = max(sum(self.line(k) for _l, k in c) for c in head) + 2 * pad_y if header else 0.0

        def draw_head():
            if not header:
                return
            self.fill(QRectF(0, self.y, self.W, head_h), HEAD_FILL)
            for x, cell in zip(xs, head):
                yy = self.y + pad_y
                for ln, key in cell:
                    self.text_top(x + pad_x, yy, ln, key)
                    yy += self.line(key)
            self.y += head_h
            self.hline(self.y, MUTED, 0.3)

        def cells_height(cells):
            return max((sum(self.line(k) for _l, k in c) for c in cells), default=0.0) + 2 * pad_y

        def draw_row(cells, symbols, shade):
            h = cells_height(cells)
            if shade:
                self.fill(QRectF(0, self.y, self.W, h), ZEBRA)
            for x, cell, symbol in zip(xs, cells, symbols):
                yy, tx = self.y + pad_y, x + pad_x
                if symbol:
                    box = QRectF(tx, yy + (self.line(cell[0][1] if cell else "cell") - sym) / 2, sym, sym)
                    self.op(lambda p, box=box, s=symbol: draw_symbol(p, s[0], s[1], box))
                    tx += sym + self.mm(1.2)
                for ln, key in cell:
                    if ln:
                        self.text_top(tx, yy, ln, key)
                    yy += self.line(key)
            self.y += h
            if rules:
                self.hline(self.y, RULE, 0.2)

        min_line = self.line("cell")
        self.ensure(head_h + min_line * 2 + 2 * pad_y)
        draw_head()
        fresh = self.bottom - self.top - head_h - self.line("h2")
        for index, row in enumerate(rows):
            cells = [layout(c, w) for c, w in zip(row, widths)]
            symbols = [c.get("symbol") for c in row]
            shade = zebra and index % 2 == 1
            while True:
                need = cells_height(cells)
                if need <= self.room():
                    draw_row(cells, symbols, shade)
                    break
                if need <= fresh * 0.5 or self.room() < 3 * min_line + 2 * pad_y:
                    self._continue_table(title, draw_head)
                    continue
                # split the row: what fits here, the rest on the next page
                avail = self.room() - 2 * pad_y
                first, rest = [], []
                for cell in cells:
                    used, k = 0.0, 0
                    while k < len(cell) and used + self.line(cell[k][1]) <= avail:
                        used += self.line(cell[k][1])
                        k += 1
                    first.append(cell[:k])
                    rest.append(cell[k:])
                draw_row(first, symbols, shade)
                cells, symbols = rest, [None] * len(rest)
                self._continue_table(title, draw_head)
                if not any(cells):
                    break

    def _column_widths(self, columns, rows, pad_x: float, symbol_w: float) -> list[float]:
        """Widths from the columns' weights, widened so no word (or heading) is broken when the
        other columns can spare the room."""
        weights = [w for _t, w in columns]
        for i, (title, _w) in enumerate(columns):
            if rows and all(not "".join(text for text, _k in row[i]["paras"]).strip() for row in rows):
                weights[i] = min(weights[i], 12)        # an empty column gives its room to the others
        total = sum(weights)
        widths = [self.W * w / total for w in weights]
        cap = self.W * 0.3
        least = []
        for i, (title, _w) in enumerate(columns):
            words = [(word, "th") for word in title.split()]
            extra = 0.0
            for row in rows:
                cell = row[i]
                extra = max(extra, symbol_w if cell.get("symbol") else 0.0)
                words += [(word, key) for text, key in cell["paras"] for word in set(text.split())]
            longest = max((self.width_of(key, word) for word, key in words), default=0.0)
            least.append(min(cap, longest + extra + 2 * pad_x + self.mm(0.3)))
        deficit = sum(max(0.0, mn - w) for mn, w in zip(least, widths))
        slack = [max(0.0, w - mn) for mn, w in zip(least, widths)]
        if deficit <= 0 or sum(slack) < deficit:
            return widths
        share = deficit / sum(slack)
        return [mn if mn >= w else w - sl * share for mn, w, sl in zip(least, widths, slack)]

    def _continue_table(self, title: str, draw_head) -> None:
        self.new_page()
        if title:
            self.text_top(0, self.y, f"{title} (continued)", "cell_m")
            self.y += self.line("cell_m") + self.mm(1)
        draw_head()

    # diagrams ------------------------------------------------------------------
    def views(self, view_ids: list[str], legend_h: float, width: float) -> float:
        """Draw the views (large) in width; returns the top of the last row drawn."""
        from bodymap.ui.canvas.scene import ChartScene
        scenes = []
        for view_id in view_ids:
            try:
                scene = ChartScene(view_id, interactive=False)
            except (KeyError, LookupError, ValueError, OSError):
                self.paragraph(f"The {view_id} diagram is not available; its marks are listed below.")
                continue
            scene.show_chart(self.chart)
            scenes.append(scene)
        self.scenes += scenes
        top = self.y
        if not scenes:
            return top
        per_row = len(scenes) if len(scenes) <= 2 else (3 if self.W > self.H else 2)
        gap = self.mm(8)
        title_h = self.line("view") + self.mm(1.5)
        smallest = self.mm(95)
        for start in range(0, len(scenes), per_row):
            row = scenes[start:start + per_row]
            col_w = (width - gap * (per_row - 1)) / per_row
            aspect = max(s.width_units / s.height_units for s in row)
            natural = min(col_w / aspect, self.mm(200))
            reserve = legend_h if start + per_row >= len(scenes) else 0.0
            height = min(natural, self.room() - title_h - reserve)
            if height < min(natural, smallest) and self.y > self.top:
                self.new_page()
                height = min(natural, self.room() - title_h - reserve)
            if height < min(natural, smallest):
                height = min(natural, self.room() - title_h)
            top = self.y
            for i, scene in enumerate(row):
                self._view(scene, _view_label(scene.view_id),
                           QRectF(i * (col_w + gap), top, col_w, title_h + height), title_h)
            self.y = top + title_h + height + self.mm(2)
        return top

    def key(self, x: float, y: float, width: float, font_px: float) -> float:
        _c, _r, _w, height = legend_layout(width, font_px, self.device)
        self.op(lambda p: draw_legend(p, x, y, width, font_px))
        return height

    def _view(self, scene, title: str, cell: QRectF, title_h: float) -> None:
        self.text_top(cell.x() + (cell.width() - self.width_of("view", title)) / 2, cell.y(), title, "view")
        box = QRectF(cell.x(), cell.y() + title_h, cell.width(), cell.height() - title_h)
        ratio = scene.width_units / scene.height_units
        w = min(box.width(), box.height() * ratio)
        h = w / ratio
        fitted = QRectF(box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h)
        self._for_paper(scene, h / scene.height_units)
        def draw(p: QPainter, s=scene, r=fitted):
            p.setRenderHint(QPainter.RenderHint.NonCosmeticBrushPatterns)
            s.render_to(p, r)
        self.op(draw)
        self._index_labels(scene, fitted)

    def _for_paper(self, scene, scale: float) -> None:
        """Zone outlines are cosmetic (screen-pixel) pens and hatches are pixel patterns: at
        printer resolution both would be hair-thin, so give them paper sizes instead."""
        hatch_scale = max(1.0, self.dpi / PAPER_HATCH_DPI) / scale
        for item in scene.zone_items():
            pen = QPen(item.pen())
            pen.setCosmetic(False)
            pen.setWidthF(self.mm(0.45) / scale)
            item.setPen(pen)
            hatch = getattr(item, "_hatch", None)
            if isinstance(hatch, QBrush):
                hatch = QBrush(hatch)
                hatch.setTransform(QTransform.fromScale(hatch_scale, hatch_scale))
                item._hatch = hatch

    def _index_labels(self, scene, fitted: QRectF) -> None:
        from bodymap.domain.geometry import to_shape
        fm, pad = self.metrics["index"], self.mm(0.5)
        scale = fitted.height() / scene.height_units
        r = style.TP_RADIUS * scale
        labels = []
        for number, tp in enumerate(self.chart.trigger_points, start=1):
            if tp.view == scene.view_id:
                labels.append((str(number), fitted.x() + tp.x * fitted.width(),
                               fitted.y() + tp.y * fitted.height(), r + pad, False))
        for index, zone in enumerate(self.chart.zones):
            if zone.view == scene.view_id:
                point = to_shape(zone.polygons, 1.0).representative_point()
                if not point.is_empty:
                    labels.append((zone_key(index), fitted.x() + point.x * fitted.width(),
                                   fitted.y() + point.y * fitted.height(), 0.0, True))
        marks = [QRectF(cx - r, cy - r, 2 * r, 2 * r) for _t, cx, cy, _o, centred in labels if not centred]
        boxes: list[tuple[QRectF, str, bool]] = []
        for text, cx, cy, offset, centred in labels:
            w, h = fm.horizontalAdvance(text) + 2 * pad, fm.height()
            if centred:
                boxes.append((QRectF(cx - w / 2, cy - h / 2, w, h), text, True))
                continue
            # try beside the mark (right, left, above, below...) where nothing else is yet
            candidates = [QRectF(cx + offset, cy - r - h * 0.6, w, h), QRectF(cx - offset - w, cy - r - h * 0.6, w, h),
                          QRectF(cx + offset, cy + r - h * 0.4, w, h), QRectF(cx - offset - w, cy + r - h * 0.4, w, h),
                          QRectF(cx - w / 2, cy - offset - h, w, h), QRectF(cx - w / 2, cy + offset, w, h)]
            inside = [c for c in candidates if fitted.adjusted(-self.mm(4), 0, self.mm(4), 0).contains(c)] or candidates

            def clashes(c: QRectF) -> int:
                return (sum(c.intersects(b) for b, _t, _c in boxes)
                        + sum(c.intersects(m) for m in marks))
            best = min(inside, key=clashes)
            boxes.append((best, text, False))

        def draw(p: QPainter):
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setFont(self.fonts["index"])
            for box, text, centred in boxes:
                p.setPen(QPen(MUTED if not centred else INK, self.mm(0.15)))
                p.setBrush(QColor(255, 255, 255, 225))
                p.drawRoundedRect(box, self.mm(0.6), self.mm(0.6))
                p.setPen(INK)
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            p.restore()
        self.op(draw)

    # the whole report ------------------------------------------------------------
    def build(self) -> None:
        chart = self.chart
        if not chart.visit.is_signed:
            self.draft_callout()
        self.summary()
        marked = chart.views_with_marks()
        if not marked:
            self.heading("Body chart")
            self.paragraph("No trigger points or pain zones were charted at this visit.")
        else:
            from bodymap.domain.diagrams import available_views
            known = list(available_views())
            order = [v for v in known if v in marked] + [v for v in marked if v not in known]
            legend_font = self.pt(8)
            side_w = self.W * 0.26
            _c, _r, _w, side_h = legend_layout(side_w, legend_font, self.device)
            self.heading("Body chart", keep=self.mm(95))
            if self.W > self.H and side_h + self.line("view") * 2 < self.room():
                # landscape: the key beside the views, so the views can use the full height
                top = self.y
                self.views(order, 0.0, self.W - side_w - self.mm(6))
                x = self.W - side_w
                self.text_top(x, top, "Key", "view")
                self.key(x, top + self.line("view") + self.mm(2.5), side_w, legend_font)
                self.y = max(self.y, top + self.line("view") + self.mm(2.5) + side_h)
            else:
                _c, _r, _w, legend_h = legend_layout(self.W, legend_font, self.device)
                self.views(order, legend_h + self.line("h2") + self.mm(8), self.W)
                self.heading("Key", keep=legend_h)
                self.y += self.key(0, self.y, self.W, legend_font)
        self.trigger_point_table()
        self.zone_table()
        self.heading("Visit notes", keep=self.line("body") * 2)
        self.paragraph(chart.visit.notes or "No notes were recorded for this visit.", title="Visit notes")

    @staticmethod
    def _spills(notes: str) -> bool:
        return len(notes or "") > NOTE_SPILL_CHARS

    def _note_cell(self, notes: str, what: str) -> str:
        if not self._spills(notes):
            return notes or ""
        head = " ".join(notes[:NOTE_PREVIEW_CHARS].split()).rsplit(" ", 1)[0]
        return f"{head} … (continued below, {what})"

    def long_notes(self, title: str, entries: list[tuple[str, str]]) -> None:
        """Notes too long for a table cell, printed full width after the table."""
        if not entries:
            return
        self.heading(title, keep=self.line("body_b") + 2 * self.line("body"))
        for index, (label, notes) in enumerate(entries):
            if index:
                self.y += self.mm(2)
            self.ensure(self.line("body_b") + 2 * self.line("body"))
            self.text_top(0, self.y, label, "body_b")
            self.y += self.line("body_b")
            self.paragraph(notes, title=title.split(" (")[0])

    def trigger_point_table(self) -> None:
        tps = self.chart.trigger_points
        if not tps and not self.chart.zones:
            return
        self.heading("Trigger points", keep=self.line("th") * 3)
        if not tps:
            self.paragraph("No trigger points were charted at this visit.")
            return
        rows = []
        for number, tp in enumerate(tps, start=1):
            where = [(tp.muscle_label, "cell_b")] if tp.muscle_label else []
            if tp.region_label:
                where.append((tp.region_label, "cell_m" if where else "cell"))
            if not where:
                where = [(f"Unlabelled site ({_view_label(tp.view)})", "cell")]
            status = [(tp.status.capitalize(), "cell")] + ([("carried forward", "cell_m")] if tp.carried else [])
            rows.append([
                {"paras": [(str(number), "cell_b")]},
                {"paras": where},
                {"paras": [(_side(tp.side), "cell")]},
                {"paras": status, "symbol": ("tp", "latent" if tp.status != "active" else "active")},
                {"paras": [(tp.findings_text() or "—", "cell")]},
                {"paras": [(_score(tp.pressure_pain), "cell")]},
                {"paras": [(_treatment(tp), "cell")]},
                {"paras": [(self._note_cell(tp.notes, f"#{number}"), "cell")]},
            ])
        self.table(TP_COLUMNS, rows, title="Trigger points")
        self.long_notes("Trigger point notes (continued from the table)",
                        [(f"#{n}  {tp.location_label} ({_side(tp.side)})", tp.notes)
                         for n, tp in enumerate(tps, start=1) if self._spills(tp.notes)])

    def zone_table(self) -> None:
        zones = self.chart.zones
        if not zones and not self.chart.trigger_points:
            return
        self.heading("Referred pain zones", keep=self.line("th") * 3)
        if not zones:
            self.paragraph("No pain zones were charted at this visit.")
            return
        rows = []
        for index, zone in enumerate(zones):
            quality = quality_of(zone)
            regions = ", ".join(_region_entry(r) for r in zone.regions) or "—"
            rows.append([
                {"paras": [(zone_key(index), "cell_b")]},
                {"paras": [(_view_label(zone.view), "cell")]},
                {"paras": [(regions, "cell")]},
                {"paras": [(", ".join(_side(s) for s in zone.sides) or "—", "cell")]},
                {"paras": [(quality, "cell")], "symbol": ("zone", zone.quality) if zone.quality in
                 {q.value for q in PainQuality} else None},
                {"paras": [(f"{zone.intensity}/10", "cell")]},
                {"paras": [(zone.depth.capitalize(), "cell")],
                 "symbol": ("depth", "deep") if zone.depth == "deep" else None},
                {"paras": [(self._note_cell(zone.notes, f"zone {zone_key(index)}"), "cell")]},
            ])
        self.table(ZONE_COLUMNS, rows, title="Referred pain zones")
        self.long_notes("Pain zone notes (continued from the table)",
                        [(f"Zone {zone_key(i)}  {quality_of(z)}, {_view_label(z.view)}", z.notes)
                         for i, z in enumerate(zones) if self._spills(z.notes)])

    def paint(self, painter: QPainter) -> int:
        total = len(self.pages)
        for number, ops in enumerate(self.pages, start=1):
            if number > 1 and not self.device.newPage():
                raise OSError("The printer or PDF file refused a new page.")
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._paint_header(painter)
            self._paint_footer(painter, number, total)
            for fn in ops:
                painter.save()
                fn(painter)
                painter.restore()
            painter.restore()
        return total


def paint_report(device, chart: VisitChart, printed_at: dt.datetime | None = None) -> int:
    """Paint the visit report onto a paged device (QPrinter, QPdfWriter); returns the page count."""
    report = _Report(device, chart, printed_at)
    report.build()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Could not start printing (the printer or file is not available).")
    try:
        return report.paint(painter)
    finally:
        painter.end()


def page_size_of(page_size) -> QPageSize:
    if isinstance(page_size, QPageSize):
        return page_size
    if isinstance(page_size, QPageSize.PageSizeId):
        return QPageSize(page_size)
    key = str(page_size).strip().lower()
    if key not in PAGE_SIZES:
        raise ValueError(f"Unknown page size {page_size!r}; choose one of: A4, Letter, Legal, A3, A5.")
    return QPageSize(PAGE_SIZES[key])


def page_layout(page_size="A4", landscape: bool = False) -> QPageLayout:
    left, top, right, bottom = MARGINS_MM
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(page_size_of(page_size), orientation, QMarginsF(left, top, right, bottom),
                       QPageLayout.Unit.Millimeter)


def export_pdf(chart: VisitChart, path, page_size="A4", landscape: bool = False) -> Path:
    """Write the visit report as a PDF at path (atomically); returns the path.

    The PDF's title names the visit date only, never the patient.
    """
    layout = page_layout(page_size, landscape)
    with atomic_path(path) as temp_name:
        writer = QPdfWriter(temp_name)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(layout)
        writer.setTitle(f"bodymap visit {chart.visit.local_time().date().isoformat()}")
        writer.setCreator("bodymap")
        paint_report(writer, chart)
        del writer                      # flushes and closes the file
        if os.path.getsize(temp_name) == 0:
            raise OSError(5, "The PDF could not be written", str(path))
    return Path(path)
