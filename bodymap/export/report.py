"""The printed visit report: a handout the patient can take home, or the clinician's full copy.

Two copies (copies.py): the patient copy in plain words (the default) and the clinician copy with
the full record. The body chart with its close-ups is figures.py; the key, key.py. Everything is painted with QPainter onto any paged device (QPrinter, QPdfWriter); the generic
page mechanics (units, fonts, wrapping, tables across pages) live in layout.py. Text is drawn as
text and the diagrams are rendered from their scenes, so a PDF stays vector and selectable (the
clinic's logo is the only raster image). The clinic header (name, address, phone, logo) and the
optional home-care advice come from ClinicSettings.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter, QPen

from bodymap.domain.charting import MarkKind, PainQuality
from bodymap.domain.clinic import ClinicSettings
from bodymap.domain.mark_order import mark_keys, ordered_marks, zone_key
from bodymap.domain.records import VisitChart
from bodymap.export import copies
from bodymap.export.copies import DEFAULT_COPY, Copy, copy_of
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
from bodymap.render import i18n
from bodymap.render.legend import draw_symbol

__all__ = ["MARGINS_MM", "PAGE_SIZES", "Copy", "export_pdf", "layout_report", "page_layout", "page_size_of",
           "paint_report", "zone_key", "home_care_entries"]

HOME_CARE_TITLE = QT_TRANSLATE_NOOP("Handout", "Looking after yourself at home")
PDF_RESOLUTION = 1200
PDF_MODE = 0o600              # the report holds health data: readable by its owner only
LOGO_MAX_MM = (45.0, 16.0)    # width, height of the logo box in the header
LOGO_DPI = 300                # the logo is resampled to this resolution at its printed size
NOTE_SPILL_CHARS = 400        # longer notes leave the table and are printed in full below it
NOTE_PREVIEW_CHARS = 120
MIN_FILL = 1 / 3              # no page less full than this, unless it is the only page
PROGRESS_MM = (44.0, 40.0)    # the progress chart's height (its three plots side by side), normal and compact


SIDES = (QT_TRANSLATE_NOOP("Handout", "Left"), QT_TRANSLATE_NOOP("Handout", "Right"),
         QT_TRANSLATE_NOOP("Handout", "Midline"), QT_TRANSLATE_NOOP("Handout", "Both"))


def _side(side: str, lang: i18n.Language | None = None) -> str:
    text = (side or "").capitalize()
    return (lang or i18n.current()).translate("Handout", text) if text else "—"


def _region_entry(entry: str, lang: i18n.Language | None = None) -> str:
    from bodymap.domain.reference import display_region
    lang = lang or i18n.current()
    side, _, region = entry.rpartition(":")
    label = lang.name("regions", region, display_region(region))
    if lang.code == "en":                 # "Left calf"; German nouns keep their capital
        label = label[:1].lower() + label[1:] if side in ("left", "right") else label
    if side == "left":
        return lang.translate("Handout", "Left {region}").format(region=label)
    if side == "right":
        return lang.translate("Handout", "Right {region}").format(region=label)
    return label


def _view_label(view_id: str, lang: i18n.Language | None = None) -> str:
    from bodymap.domain.diagrams import load_view
    try:
        label = load_view(view_id).label
    except (KeyError, LookupError, ValueError, OSError):
        label = view_id.replace("_", " ").capitalize()
    return (lang or i18n.current()).name("views", view_id, label)


def quality_of(zone, lang: i18n.Language | None = None) -> str:
    try:
        label = PainQuality(zone.quality).label
    except ValueError:
        return zone.quality.replace("_", " ").capitalize()
    return (lang or i18n.current()).translate("Handout", label)


def _score(value: int | None) -> str:
    return "—" if value is None else f"{value}/10"


def home_care_entries(chart: VisitChart, clinic: ClinicSettings,
                      lang: i18n.Language | None = None) -> list[tuple[str, str]]:
    """(muscle name, advice) for the muscles of the visit's trigger points that the clinic has
    advice for (in the handout's language when the clinic wrote it in that language), in the
    order of the trigger points; empty when the clinic turned it off."""
    if not clinic.show_home_care:
        return []
    lang = lang or i18n.current()
    out, seen = [], set()
    for tp in chart.trigger_points:
        text = clinic.advice(tp.muscle or "", lang.code).strip()
        if tp.muscle and text and tp.muscle not in seen:
            seen.add(tp.muscle)
            out.append((lang.name("muscles", tp.muscle, tp.muscle_label), text))
    return out


def logo_image(data: bytes) -> QImage | None:
    """The clinic logo decoded from PNG/JPEG bytes, or None when there is none or it is unreadable."""
    if not data:
        return None
    image = QImage.fromData(bytes(data))
    return None if image.isNull() or image.width() < 1 or image.height() < 1 else image


class _Report(PagedLayout):
    """Lays out one chart on one device, then paints it."""

    def __init__(self, device, chart: VisitChart, printed_at: dt.datetime | None = None,
                 clinic: ClinicSettings | None = None, safety=None, trends=None,
                 copy: Copy | str = DEFAULT_COPY, compact: int = 0, language: str | None = None):
        if not language and not copy_of(copy).staff:     # the patient's copy: the patient's language
            language = getattr(chart.patient, "language", "") or None
        self.lang = i18n.language(language) if language else i18n.current()
        self.footer_note = self.lang.translate("Handout", "Left and right are the patient's own left and right")
        self.chart = chart
        self.copy = copy_of(copy)
        self.compact = compact            # 0, 1, 2: smaller figures and charts to save a page
        self.dense = compact >= 1         # tighter tables and headings (layout.PagedLayout)
        self.titles = {key: self.lang.translate("Handout", text) for key, text in copies.TITLES[self.copy].items()}
        self.figure_log: list[dict] = []  # every figure placed (figures.py), for measuring
        self.numbers, self.letters = mark_keys(chart)
        self.tps, self.zones = ordered_marks(chart)
        self.safety = safety            # VisitSafety (bodymap.services.safety) or None
        self.trends = list(trends or [])  # TrendPoints of the patient's visits up to this one
        self.clinic = clinic or ClinicSettings()
        self.printed_at = printed_at or dt.datetime.now()
        self.scenes: list = []          # kept alive until painted
        self.progress_placed = False    # the progress chart went beside the body chart's figures
        self._logo_source = logo_image(self.clinic.logo_png)
        super().__init__(device)
        self._logo = self._fit_logo()

    # header and footer -------------------------------------------------------
    def _contact(self) -> str:
        address = ", ".join(part.strip() for part in self.clinic.address.splitlines() if part.strip())
        phone = self.lang.translate("Handout", "Tel. {phone}").format(phone=self.clinic.phone) if self.clinic.phone else ""
        return "   ·   ".join(part for part in (address, phone) if part)

    def _title_h(self) -> float:
        h = self.line("clinic") + self.line("subtitle")
        return h + (self.line("contact") if self._contact() else 0.0)

    def _visit_lines(self) -> list[tuple[str, str]]:
        """The band's right column: the visit, its treating clinician and, once signed, who signed
        it and when."""
        visit = self.chart.visit
        clinician = visit.clinician
        if not self.copy.staff and clinician.startswith("command line ("):
            clinician = ""                # an account of the command line means nothing to a patient
        translate, lang = self.lang.translate, self.lang
        lines = [("banner_b", translate("Handout", "Visit {when}").format(when=lang.date_time(visit.local_time())))]
        if clinician or self.copy.staff:
            lines.append(("banner", translate("Handout", "Treating clinician: {name}").format(
                name=clinician or translate("Handout", "not recorded"))))
        if self.copy.staff and visit.is_signed and visit.signed_by:
            signed_at = visit.signed_at.astimezone() if visit.signed_at else None
            when = f", {lang.date(signed_at)} {lang.time(signed_at)}" if signed_at else ""
            lines.append(("banner", translate("Handout", "Signed by {name}").format(name=visit.signed_by) + when))
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
        label = self.lang.translate("Handout", "Signed") if signed else self.lang.translate("Handout", "DRAFT")
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
        lines = [("clinic", i18n.message(self.clinic.shown_name, self.lang), ACCENT)]
        if self._contact():
            lines.append(("contact", self._contact(), INK))
        lines.append(("subtitle", self.titles["subtitle"], MUTED))
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
        dob = (self.lang.date(patient.date_of_birth) if patient.date_of_birth
               else self.lang.translate("Handout", "unknown"))
        right = self._visit_lines()
        right_w = max(self.width_of(key, text) for key, text in right)
        right_w = min(right_w, (W - 2 * pad) * 0.58)     # "Signed by …, date time" in German or Spanish
        left_w = W - 2 * pad - right_w - self.mm(4)
        p.setFont(self.fonts["name"])
        p.setPen(INK)
        p.drawText(QPointF(pad, y1 + m["name"].ascent()), self.elide("name", patient.name, left_w))
        p.setFont(self.fonts["banner"])
        p.drawText(QPointF(pad, y2 + m["banner"].ascent()),
                   self.elide("banner", self.lang.translate("Handout", "Born {date}   ·   Chart {number}").format(
                       date=dob, number=patient.chart_number), left_w))
        yy = y1 + (self.line("name") - self.line("banner_b"))       # the visit line sits on the name's baseline
        for key, text in right:
            text = self.elide(key, text, right_w)
            p.setFont(self.fonts[key])
            p.drawText(QPointF(W - pad - m[key].horizontalAdvance(text), yy + m[key].ascent()), text)
            yy += self.line(key)

    # sections ------------------------------------------------------------------
    def draft_callout(self) -> None:
        msg = self.lang.translate("Handout", "DRAFT: this record has not yet been signed by the clinician and may "
                                  "still change.")
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
        visit, translate = self.chart.visit, self.lang.translate
        missing = translate("Handout", "Not recorded")
        rows = [[{"paras": [(translate("Handout", "Chief complaint"), "label")]},
                 {"paras": [(visit.chief_complaint or missing, "body")]}],
                [{"paras": [(translate("Handout", "Overall pain"), "label")]},
                 {"paras": [(_score(visit.overall_pain) if visit.overall_pain is not None
                             else missing, "body")]}]]
        self.table([("", 38), ("", 150)], rows, header=False, zebra=False, rules=False)

    def table(self, columns, rows, header=True, zebra=True, rules=True, title: str = "", draw_symbol=draw_symbol):
        super().table(columns, rows, header, zebra, rules, title, draw_symbol)

    def progress_chart(self) -> None:
        """Overall pain, pain area and active trigger points over the visits so far (2 or more)."""
        if len(self.trends) < 2 or self.progress_placed:
            return                      # or already drawn beside the body chart's last row (figures.py)
        height = min(self.mm(PROGRESS_MM[min(self.compact, 1)]), self.bottom - self.top - self.line("h2") * 2)
        self.heading(self.lang.translate("Handout", "Your progress"), keep=height)
        self.ensure(height)
        rect, points, unit = QRectF(0, self.y, self.W, height), list(self.trends), self.dpi / 96.0
        font = QFont(self.fonts["body"])

        def draw(p: QPainter):
            from bodymap.render.trends import paint_trends
            paint_trends(p, rect, points, font, unit, across=True, lang=self.lang)
        self.op(draw)
        self.y += height + self.mm(3)

    def home_care(self) -> None:
        entries = home_care_entries(self.chart, self.clinic, self.lang)
        if not entries:
            return
        title = self.lang.translate("Handout", HOME_CARE_TITLE)
        self.heading(title, keep=self.line("h3") + 2 * self.line("body"))
        for index, (muscle, advice) in enumerate(entries):
            if index:
                self.y += self.mm(2.5)
            self.ensure(self.line("h3") + 2 * self.line("body"))
            self.text_top(0, self.y, muscle, "h3")
            self.y += self.line("h3") + self.mm(0.8)
            self.paragraph(advice, indent=self.mm(3), title=title)

    # the whole report ------------------------------------------------------------
    def build(self) -> None:
        chart = self.chart
        if not chart.visit.is_signed:
            self.draft_callout()
        self.summary()
        translate = self.lang.translate
        title = translate("Handout", "Body chart") if self.copy.staff else translate("Handout", "Your body chart")
        if not chart.views_with_marks():
            self.heading(title)
            self.paragraph(translate("Handout", "No trigger points or pain zones were charted at this visit."))
        else:
            from bodymap.export.figures import BodyChart
            BodyChart(self).build(title, self.compact)
        self.trigger_point_table()
        self.zone_table()
        self.progress_chart()
        notes = self.titles["notes"]
        self.heading(notes, keep=self.line("body") * 2)
        self.paragraph(chart.visit.notes or translate("Handout", "No notes were recorded for this visit."), title=notes)
        self.home_care()
        if self.safety is not None:
            from bodymap.export.safety_sections import safety_sections
            needled = self.needled()
            safety_sections(self, self.safety, after_care=needled and not self.copy.staff,
                            summary=self.copy.staff, patient=not self.copy.staff,
                            after_care_row=needled and self.copy.staff)

    def needled(self) -> bool:
        """Something was needled at this visit: only then is the after-care for needling printed."""
        return (any(tp.needled for tp in self.chart.trigger_points)
                or bool(self.safety is not None and self.safety.needled))

    @staticmethod
    def _spills(notes: str) -> bool:
        return len(notes or "") > NOTE_SPILL_CHARS

    def _note_cell(self, notes: str, what: str) -> str:
        if not self._spills(notes):
            return notes or ""
        head = " ".join(notes[:NOTE_PREVIEW_CHARS].split()).rsplit(" ", 1)[0]
        return self.lang.translate("Handout", "{text} … (continued below, {what})").format(text=head, what=what)

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

    def _fit_columns(self, columns, rows):
        """Columns and rows without an empty Notes column, and on narrow paper (A5 portrait) with
        the Side(s) column folded into the one before it, so no column is too narrow for a word."""
        names = [title for title, _w in columns]
        drop: set[int] = set()
        if "Notes" in names:
            i = names.index("Notes")
            if all(not "".join(t for t, _k in row[i]["paras"]).strip() for row in rows):
                drop.add(i)
        for side in ("Side", "Sides"):
            if side in names and self.W < self.mm(150):
                i = names.index(side)
                for row in rows:
                    row[i - 1] = {**row[i - 1], "paras": list(row[i - 1]["paras"]) + [
                        (t, "cell_m") for t, _k in row[i]["paras"]]}
                drop.add(i)
        keep = [i for i in range(len(columns)) if i not in drop]
        columns = [(self.lang.translate("Handout", columns[i][0]), columns[i][1]) for i in keep]
        return columns, [[row[i] for i in keep] for row in rows]

    def trigger_point_table(self) -> None:
        tps, copy = self.tps, self.copy
        if not tps and not self.zones:
            return
        title = self.titles["tps"]
        self.heading(title, keep=self.line("th") * 3)
        lang = self.lang
        if not tps:
            self.paragraph(lang.translate("Handout", "No trigger points were charted at this visit."))
            return
        rows = []
        for tp in tps:
            number = self.numbers[tp.id]
            muscle = lang.name("muscles", tp.muscle, tp.muscle_label) if tp.muscle_label else ""
            where = [(muscle, "cell_b")] if muscle else []
            if tp.region_label:
                where.append((lang.name("regions", tp.region, tp.region_label), "cell_m" if where else "cell"))
            if not where:
                where = [(lang.translate("Handout", "Unlabelled site ({view})").format(view=_view_label(tp.view, lang)),
                          "cell")]
            rows.append([
                {"paras": [(number, "cell_b")]},
                {"paras": where},
                {"paras": [(_side(tp.side, lang), "cell")]},
                {"paras": copies.status(tp, copy, lang),
                 "symbol": (MarkKind.TRIGGER_POINT, "latent" if tp.status != "active" else "active")},
                {"paras": [(copies.findings(tp, copy, lang) or "—", "cell")]},
                {"paras": [(_score(tp.pressure_pain), "cell")]},
                {"paras": [(copies.treatment(tp, copy, lang), "cell")]},
                {"paras": [(self._note_cell(tp.notes, f"#{number}"), "cell")]},
            ])
        self.table(*self._fit_columns(copies.tp_columns(copy), rows), title=title)
        self.long_notes(lang.translate("Handout", "Trigger point notes (continued from the table)"),
                        [(f"#{self.numbers[tp.id]}  {lang.name('muscles', tp.muscle, tp.location_label)} "
                          f"({_side(tp.side, lang)})", tp.notes)
                         for tp in tps if self._spills(tp.notes)])

    def zone_table(self) -> None:
        zones, copy = self.zones, self.copy
        if not zones and not self.tps:
            return
        title = self.titles["zones"]
        self.heading(title, keep=self.line("th") * 3)
        lang = self.lang
        if not zones:
            self.paragraph(lang.translate("Handout", "No pain zones were charted at this visit."))
            return
        rows = []
        for zone in zones:
            key = self.letters[zone.id]
            regions = ", ".join(_region_entry(r, lang) for r in zone.regions) or "—"
            quality = {"paras": [(quality_of(zone, lang), "cell")],
                       "symbol": (MarkKind.ZONE, zone.quality) if zone.quality in {q.value for q in PainQuality}
                       else None}
            depth = {"paras": [(copies.depth(zone, copy, lang), "cell")],
                     "symbol": ("depth", "deep") if zone.depth == "deep" else None}
            notes = {"paras": [(self._note_cell(zone.notes, lang.translate("Handout", "zone {key}").format(key=key)),
                                "cell")]}
            if copy.staff:
                rows.append([{"paras": [(key, "cell_b")]}, {"paras": [(_view_label(zone.view, lang), "cell")]},
                             {"paras": [(regions, "cell")]},
                             {"paras": [(", ".join(_side(s, lang) for s in zone.sides) or "—", "cell")]},
                             quality, {"paras": [(f"{zone.intensity}/10", "cell")]}, depth, notes])
            else:
                rows.append([{"paras": [(key, "cell_b")]}, {"paras": [(regions, "cell")]}, quality,
                             {"paras": [(f"{zone.intensity}/10", "cell")]}, depth, notes])
        self.table(*self._fit_columns(copies.zone_columns(copy), rows), title=title)
        self.long_notes(lang.translate("Handout", "Pain zone notes (continued from the table)"),
                        [(lang.translate("Handout", "Zone {key}").format(key=self.letters[z.id])
                          + f"  {quality_of(z, lang)}, {_view_label(z.view, lang)}", z.notes)
                         for z in zones if self._spills(z.notes)])


def _layout(device, chart, printed_at, clinic, safety, trends, copy, language=None, compact=0, breaks=()) -> _Report:
    report = _Report(device, chart, printed_at, clinic, safety, trends, copy, compact, language)
    report.break_before = set(breaks)
    report.build()
    return report


def layout_report(device, chart: VisitChart, printed_at: dt.datetime | None = None,
                  clinic: ClinicSettings | None = None, safety=None, trends=None,
                  copy: Copy | str = DEFAULT_COPY, language: str | None = None) -> _Report:
    """The report laid out (not yet painted) with no page less than MIN_FILL full but the only one.

    When the last page comes out nearly empty, the figures and the progress chart are made a
    little smaller to save that page; failing that, the last sections of the page before start
    on the last page instead (so both pages are filled), or else an earlier section starts a page."""
    args = (device, chart, printed_at, clinic, safety, trends, copy, language)
    best = _layout(*args)
    if len(best.pages) == 1 or min(best.fills()) >= MIN_FILL:
        return best
    for compact in (1, 2):
        smaller = _layout(*args, compact=compact)
        if len(smaller.pages) < len(best.pages):
            best = smaller
            break
    if len(best.pages) == 1 or min(best.fills()) >= MIN_FILL:
        return best
    last = len(best.pages) - 1
    seen = [title for title, page in best.sections if page == last - 1]
    seen = [title for title, page in best.sections if 0 < page < last - 1] + seen   # then earlier ones
    for title in reversed(list(dict.fromkeys(seen))):
        moved = _layout(*args, compact=best.compact, breaks=[title])
        if len(moved.pages) == len(best.pages) and min(moved.fills()) >= MIN_FILL:
            return moved
    return best


def paint_report(device, chart: VisitChart, printed_at: dt.datetime | None = None,
                 clinic: ClinicSettings | None = None, safety=None, trends=None,
                 copy: Copy | str = DEFAULT_COPY, language: str | None = None) -> int:
    """Paint the visit report onto a paged device (QPrinter, QPdfWriter); returns the page count.

    clinic supplies the header and the home-care advice (default: ClinicSettings()); copy is
    "patient" (plain words, the default) or "clinician" (the full record); language a code of
    domain.languages (default: the interface language)."""
    return layout_report(device, chart, printed_at, clinic, safety, trends, copy, language).paint_on_device()


def export_pdf(chart: VisitChart, path, page_size="A4", landscape: bool = False,
               clinic: ClinicSettings | None = None, safety=None, trends=None,
               copy: Copy | str = DEFAULT_COPY, language: str | None = None) -> Path:
    """Write the visit report as a PDF at path (atomically, readable by its owner only: mode
    0600); returns the path. The PDF's title names the visit date only, never the patient.
    """
    copy = copy_of(copy)
    layout = page_layout(page_size, landscape)
    with atomic_path(path, mode=PDF_MODE) as temp_name:
        writer = QPdfWriter(temp_name)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(layout)
        writer.setTitle(f"bodymap visit {chart.visit.local_time().date().isoformat()}")
        writer.setCreator("bodymap")
        paint_report(writer, chart, clinic=clinic, safety=safety, trends=trends, copy=copy, language=language)
        del writer                      # flushes and closes the file
        if os.path.getsize(temp_name) == 0:
            raise OSError(5, "The PDF could not be written", str(path))
    return Path(path)
