"""The printed visit report: a handout the patient can take home.

Everything is painted with QPainter onto any paged device (QPrinter, QPdfWriter); the generic
page mechanics (units, fonts, wrapping, tables across pages) live in layout.py. Text is drawn as
text and the diagrams are rendered from their scenes, so a PDF stays vector and selectable (the
clinic's logo is the only raster image). The clinic header (name, address, phone, logo) and the
optional home-care advice come from ClinicSettings.
"""
from __future__ import annotations

import datetime as dt
import os
import string
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter, QPen

from bodymap.domain.charting import MarkKind, PainQuality
from bodymap.domain.clinic import ClinicSettings
from bodymap.domain.records import VisitChart
from bodymap.export.layout import (
    ACCENT,
    BAND,
    DRAFT_RED,
    INK,
    MARGINS_MM,
    MUTED,
    PAGE_SIZES,
    SIGNED_GREEN,
    PagedLayout,
    page_layout,
    page_size_of,
)
from bodymap.export.png import atomic_path
from bodymap.render import style
from bodymap.render.legend import draw_legend, draw_symbol, legend_layout

__all__ = ["MARGINS_MM", "PAGE_SIZES", "export_pdf", "page_layout", "page_size_of", "paint_report",
           "zone_key", "home_care_entries"]

SUBTITLE = "Trigger point and referred pain chart"
HOME_CARE_TITLE = "Looking after yourself at home"
PDF_RESOLUTION = 1200
PDF_MODE = 0o600              # the report holds health data: readable by its owner only
LOGO_MAX_MM = (45.0, 16.0)    # width, height of the logo box in the header
LOGO_DPI = 300                # the logo is resampled to this resolution at its printed size
NOTE_SPILL_CHARS = 400        # longer notes leave the table and are printed in full below it
NOTE_PREVIEW_CHARS = 120

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


def _side(side: str) -> str:
    return (side or "").capitalize() or "—"


def _region_entry(entry: str) -> str:
    from bodymap.domain.reference import display_region
    side, _, region = entry.rpartition(":")
    label = display_region(region)
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


def home_care_entries(chart: VisitChart, clinic: ClinicSettings) -> list[tuple[str, str]]:
    """(muscle name, advice) for the muscles of the visit's trigger points that the clinic has
    advice for, in the order of the trigger points; empty when the clinic turned it off."""
    if not clinic.show_home_care:
        return []
    out, seen = [], set()
    for tp in chart.trigger_points:
        text = (clinic.home_care or {}).get(tp.muscle or "", "").strip()
        if tp.muscle and text and tp.muscle not in seen:
            seen.add(tp.muscle)
            out.append((tp.muscle_label, text))
    return out


def logo_image(data: bytes) -> QImage | None:
    """The clinic logo decoded from PNG/JPEG bytes, or None when there is none or it is unreadable."""
    if not data:
        return None
    image = QImage.fromData(bytes(data))
    return None if image.isNull() or image.width() < 1 or image.height() < 1 else image


class _Report(PagedLayout):
    """Lays out one chart on one device, then paints it."""

    footer_note = "Left and right are the patient's own left and right"

    def __init__(self, device, chart: VisitChart, printed_at: dt.datetime | None = None,
                 clinic: ClinicSettings | None = None, safety=None, trends=None):
        self.chart = chart
        self.safety = safety            # VisitSafety (bodymap.services.safety) or None
        self.trends = list(trends or [])  # TrendPoints of the patient's visits up to this one
        self.clinic = clinic or ClinicSettings()
        self.printed_at = printed_at or dt.datetime.now()
        self.scenes: list = []          # kept alive until painted
        self._logo_source = logo_image(self.clinic.logo_png)
        super().__init__(device)
        self._logo = self._fit_logo()

    # header and footer -------------------------------------------------------
    def _contact(self) -> str:
        address = ", ".join(part.strip() for part in self.clinic.address.splitlines() if part.strip())
        phone = f"Tel. {self.clinic.phone}" if self.clinic.phone else ""
        return "   ·   ".join(part for part in (address, phone) if part)

    def _title_h(self) -> float:
        h = self.line("clinic") + self.line("subtitle")
        return h + (self.line("contact") if self._contact() else 0.0)

    def _visit_lines(self) -> list[tuple[str, str]]:
        """The band's right column: the visit, its treating clinician and, once signed, who signed
        it and when."""
        visit = self.chart.visit
        lines = [("banner_b", "Visit " + visit.local_time().strftime("%d %b %Y, %H:%M")),
                 ("banner", f"Treating clinician: {visit.clinician}" if visit.clinician
                  else "Treating clinician: not recorded")]
        if visit.is_signed and visit.signed_by:
            when = visit.signed_at.astimezone().strftime(", %d %b %Y %H:%M") if visit.signed_at else ""
            lines.append(("banner", f"Signed by {visit.signed_by}{when}"))
        return lines

    def header_height(self) -> float:
        left = self.line("name") + self.line("banner")
        right = sum(self.line(key) for key, _text in self._visit_lines())
        band = 2 * self.mm(2.2) + max(left, right)
        return max(self._title_h(), self._logo_box_h()) + self.mm(2) + band

    def _logo_box_h(self) -> float:
        return self.mm(LOGO_MAX_MM[1]) if self._logo_source is not None else 0.0

    def _fit_logo(self) -> tuple[QImage, QRectF] | None:
        """The logo resampled for print and where it goes: left, centred on the title block."""
        image = self._logo_source
        if image is None:
            return None
        box_w, box_h = self.mm(LOGO_MAX_MM[0]), max(self._title_h(), self._logo_box_h())
        scale = min(box_w / image.width(), box_h / image.height())
        w, h = image.width() * scale, image.height() * scale
        px = QSize(max(1, round(w / self.dpi * LOGO_DPI)), max(1, round(h / self.dpi * LOGO_DPI)))
        if px.width() < image.width():
            image = image.scaled(px, Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        return image, QRectF(0, (box_h - h) / 2, w, h)

    def paint_header(self, p: QPainter, number: int, total: int) -> None:
        chart, W = self.chart, self.W
        m = self.metrics
        block_h = max(self._title_h(), self._logo_box_h())
        x = 0.0
        if self._logo is not None:
            image, rect = self._logo
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            p.drawImage(rect, image)
            x = rect.right() + self.mm(4)
        # status badge, top right
        signed = chart.visit.is_signed
        label = "Signed" if signed else "DRAFT"
        bw = self.width_of("badge", label) + self.mm(6)
        bh = self.line("badge") + self.mm(1.6)
        badge = QRectF(W - bw, (block_h - bh) / 2, bw, bh)
        color = SIGNED_GREEN if signed else DRAFT_RED
        p.setPen(QPen(color, self.mm(0.4)))
        p.setBrush(QColor("white") if signed else color)
        p.drawRoundedRect(badge, self.mm(1.2), self.mm(1.2))
        p.setFont(self.fonts["badge"])
        p.setPen(color if signed else QColor("white"))
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        # clinic name, contact line and subtitle, centred on the logo's height
        text_w = W - x - bw - self.mm(4)
        y = (block_h - self._title_h()) / 2
        lines = [("clinic", self.clinic.name, ACCENT)]
        if self._contact():
            lines.append(("contact", self._contact(), INK))
        lines.append(("subtitle", SUBTITLE, MUTED))
        for key, text, colour in lines:
            p.setFont(self.fonts[key])
            p.setPen(colour)
            p.drawText(QPointF(x, y + m[key].ascent()), self.elide(key, text, text_w))
            y += self.line(key)
        # patient and visit band
        top = block_h + self.mm(2)
        band = QRectF(0, top, W, self.header_h - top)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BAND)
        p.drawRoundedRect(band, self.mm(1.2), self.mm(1.2))
        pad = self.mm(3)
        y1 = top + self.mm(2.2)
        y2 = y1 + self.line("name")
        patient = chart.patient
        dob = patient.date_of_birth.strftime("%d %b %Y") if patient.date_of_birth else "unknown"
        right = self._visit_lines()
        right_w = max(self.width_of(key, text) for key, text in right)
        right_w = min(right_w, (W - 2 * pad) * 0.5)
        left_w = W - 2 * pad - right_w - self.mm(4)
        p.setFont(self.fonts["name"])
        p.setPen(INK)
        p.drawText(QPointF(pad, y1 + m["name"].ascent()), self.elide("name", patient.name, left_w))
        p.setFont(self.fonts["banner"])
        p.drawText(QPointF(pad, y2 + m["banner"].ascent()),
                   self.elide("banner", f"Born {dob}   ·   Chart {patient.chart_number}", left_w))
        yy = y1 + (self.line("name") - self.line("banner_b"))       # the visit line sits on the name's baseline
        for key, text in right:
            text = self.elide(key, text, right_w)
            p.setFont(self.fonts[key])
            p.drawText(QPointF(W - pad - m[key].horizontalAdvance(text), yy + m[key].ascent()), text)
            yy += self.line(key)

    # sections ------------------------------------------------------------------
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

    def table(self, columns, rows, header=True, zebra=True, rules=True, title: str = "", draw_symbol=draw_symbol):
        super().table(columns, rows, header, zebra, rules, title, draw_symbol)

    def progress_chart(self) -> None:
        """Overall pain, pain area and active trigger points over the visits so far (2 or more)."""
        if len(self.trends) < 2:
            return
        height = min(self.mm(85), self.bottom - self.top - self.line("h2") * 2)
        self.heading("Your progress", keep=height)
        self.ensure(height)
        rect, points, unit = QRectF(0, self.y, self.W * 0.8, height), list(self.trends), self.dpi / 96.0
        font = QFont(self.fonts["body"])

        def draw(p: QPainter):
            from bodymap.render.trends import paint_trends
            paint_trends(p, rect, points, font, unit)
        self.op(draw)
        self.y += height + self.mm(3)

    def home_care(self) -> None:
        entries = home_care_entries(self.chart, self.clinic)
        if not entries:
            return
        self.heading(HOME_CARE_TITLE, keep=self.line("h3") + 2 * self.line("body"))
        for index, (muscle, advice) in enumerate(entries):
            if index:
                self.y += self.mm(2.5)
            self.ensure(self.line("h3") + 2 * self.line("body"))
            self.text_top(0, self.y, muscle, "h3")
            self.y += self.line("h3") + self.mm(0.8)
            self.paragraph(advice, indent=self.mm(3), title=HOME_CARE_TITLE)

    # diagrams ------------------------------------------------------------------
    def views(self, view_ids: list[str], legend_h: float, width: float) -> float:
        """Draw the views (large) in width; returns the top of the last row drawn."""
        from bodymap.render.scene import ChartScene
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

        def draw(p: QPainter, s=scene, r=fitted):
            s.render_to(p, r)
        self.op(draw)
        self._index_labels(scene, fitted)

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
        self.progress_chart()
        self.heading("Visit notes", keep=self.line("body") * 2)
        self.paragraph(chart.visit.notes or "No notes were recorded for this visit.", title="Visit notes")
        self.home_care()
        if self.safety is not None:          # treatment safety summary and after-care advice
            from bodymap.export.safety_sections import safety_sections
            safety_sections(self, self.safety)

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
                {"paras": status, "symbol": (MarkKind.TRIGGER_POINT, "latent" if tp.status != "active" else "active")},
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
                {"paras": [(quality, "cell")], "symbol": (MarkKind.ZONE, zone.quality) if zone.quality in
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


def paint_report(device, chart: VisitChart, printed_at: dt.datetime | None = None,
                 clinic: ClinicSettings | None = None, safety=None, trends=None) -> int:
    """Paint the visit report onto a paged device (QPrinter, QPdfWriter); returns the page count.

    clinic supplies the header and the home-care advice (default: ClinicSettings())."""
    report = _Report(device, chart, printed_at, clinic, safety, trends)
    report.build()
    return report.paint_on_device()


def export_pdf(chart: VisitChart, path, page_size="A4", landscape: bool = False,
               clinic: ClinicSettings | None = None, safety=None, trends=None) -> Path:
    """Write the visit report as a PDF at path (atomically, readable by its owner only: mode
    0600); returns the path. The PDF's title names the visit date only, never the patient.
    """
    layout = page_layout(page_size, landscape)
    with atomic_path(path, mode=PDF_MODE) as temp_name:
        writer = QPdfWriter(temp_name)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(layout)
        writer.setTitle(f"bodymap visit {chart.visit.local_time().date().isoformat()}")
        writer.setCreator("bodymap")
        paint_report(writer, chart, clinic=clinic, safety=safety, trends=trends)
        del writer                      # flushes and closes the file
        if os.path.getsize(temp_name) == 0:
            raise OSError(5, "The PDF could not be written", str(path))
    return Path(path)
