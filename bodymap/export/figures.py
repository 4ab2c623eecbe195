"""The handout's body chart: each marked view as a whole figure, its marked areas as enlarged
close-ups (insets.py), numbered marks in page order, and the key of the symbols used beside the
first figure.

Figures, close-ups and the key are panels laid out in rows across the page. The sizes are chosen
so the body chart fits the room left on its page when it can: whole figures from FULL_MM down,
close-ups from TARGET_MARK_MM per trigger point down to insets.MIN_MARK_MM, never below. Every
panel placed is recorded in `report.figure_log` (page, rectangle, crop, scale), so a test can
measure a printed mark from the geometry.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from bodymap.domain.geometry import to_shape
from bodymap.domain.mark_order import mark_keys, ordered_marks, view_order
from bodymap.export import insets
from bodymap.export.key import key_entries
from bodymap.export.layout import ACCENT, INK, MUTED
from bodymap.export.locator import LOCATOR_MM, locator_rect, paint_locator
from bodymap.render import i18n, style
from bodymap.render.items import TriggerPointItem, ZoneItem
from bodymap.render.legend import draw_legend, legend_layout

FULL_MM = (88.0, 80.0, 72.0, 64.0, 58.0, 52.0)  # whole-figure heights tried, largest first
TARGET_MARK_MM = (6.0, 5.2, 4.6, insets.MIN_MARK_MM)  # trigger point sizes tried in close-ups
KEY_W_MM = 46.0
KEY_MAX_W_MM = 66.0
GAP_MM = 4.5
PROGRESS_MM = (60.0, 84.0, 52.0)   # the progress chart beside the last row: least and most width, least height
FRAME = QColor(ACCENT)


def side_wording(view, lang=None) -> str:
    """'Left side, seen from the patient's left' on views that show one side only, else ''."""
    side = view.single_side
    translate = (lang or i18n.current()).translate
    if side == "left":
        return translate("Handout", "Left side, seen from the patient's left")
    if side == "right":
        return translate("Handout", "Right side, seen from the patient's right")
    return ""


@dataclass
class Panel:
    kind: str                           # "full", "inset", "key" or "progress"
    view_id: str = ""
    crop: tuple = (0.0, 0.0, 0.0, 0.0)  # scene units
    w: float = 0.0                      # drawing size, device pixels
    h: float = 0.0
    caption: list = field(default_factory=list)   # [(text, font key)]
    tag: str = ""                       # "a", "b", ... when a view has several close-ups
    frames: list = field(default_factory=list)    # full figure: [(crop, tag)] of its close-ups
    marks: list = field(default_factory=list)     # close-up: [(kind, id)]


class BodyChart:
    """Lays out the body chart of report (a report._Report being built)."""

    def __init__(self, report):
        from bodymap.render.scene import ChartScene
        self.r = report
        chart = report.chart
        self.numbers, self.letters = mark_keys(chart)
        tps, zones = ordered_marks(chart)
        self.rank = {("tp", tp.id): i for i, tp in enumerate(tps)}
        self.rank.update({("zone", z.id): len(tps) + i for i, z in enumerate(zones)})
        self.scenes = {}
        for view_id in view_order([tp.view for tp in tps] + [z.view for z in zones]):
            try:
                scene = ChartScene(view_id, interactive=False)
            except (KeyError, LookupError, ValueError, OSError):
                report.paragraph(report.lang.translate(
                    "Handout", "The {view} diagram is not available; its marks are listed below.").format(view=view_id))
                continue
            scene.diagram_item.lang = report.lang      # its title and side letters in the handout's language
            scene.show_chart(chart)
            self.scenes[view_id] = scene
        report.scenes += list(self.scenes.values())
        self.entries = key_entries(chart, report.copy, report.lang)
        self.key_font = report.pt(8)

    # panels ----------------------------------------------------------------
    def _marks(self, scene) -> list:
        out = []
        for item in scene.trigger_point_items():
            p = item.pos()
            r = style.TP_RADIUS
            out.append(("tp", item.record.id, (p.x() - r, p.y() - r, p.x() + r, p.y() + r),
                        (self.rank.get(("tp", item.record.id), 0),)))
        for item in scene.zone_items():
            b = item.path().boundingRect()
            out.append(("zone", item.record.id, (b.left(), b.top(), b.right(), b.bottom()),
                        (self.rank.get(("zone", item.record.id), 0),)))
        return out

    def caption_lines(self, title: str, note: str, width: float) -> list:
        lines = [(t, "figure") for t in self.r.wrap(title, "figure", width)]
        if note:
            lines += [(t, "cell_m") for t in self.r.wrap(note, "cell_m", width)]
        return lines

    def panels(self, full_mm: float, mark_mm: float) -> list[list[Panel]]:
        """The panels of each view (its whole figure, then its close-ups; the key after the
        first figure)."""
        r = self.r
        unit_px = r.mm(mark_mm / insets.MARK_UNITS)          # device px per scene unit in a close-up
        max_h = r.mm(full_mm)
        max_w = min(r.W * 0.62, r.mm(120))
        out: list[list[Panel]] = []
        lettered = 0                     # close-up letters run on across the figures of a page
        for index, (view_id, scene) in enumerate(self.scenes.items()):
            view = scene.diagram
            h = r.mm(full_mm)
            w = h * scene.width_units / scene.height_units
            bounds = (0.0, 0.0, scene.width_units, scene.height_units)
            areas = insets.marked_areas(self._marks(scene), bounds, max_w / unit_px, max_h / unit_px)
            tags = [chr(ord("a") + (lettered + i) % 26) for i in range(len(areas))]
            lettered += len(areas)
            full = Panel("full", view_id, bounds, w, h, frames=[(a.crop, t) for a, t in zip(areas, tags)])
            full.caption = self.caption_lines(r.lang.name("views", view_id, view.label), side_wording(view, r.lang), w)
            group = [full]
            if index == 0 and self.entries:
                group.append(self._key_panel())          # the key beside the first figure
            for area, tag in zip(areas, tags):
                scale = min(unit_px, max_w / area.width, max_h / area.height)
                panel = Panel("inset", view_id, area.crop, area.width * scale, area.height * scale,
                              tag=tag, marks=list(area.marks))
                title = r.lang.translate("Handout", "Close-up {letter}").format(letter=tag)
                panel.caption = self.caption_lines(title, self._inset_note(scene, area.crop), panel.w)
                group.append(panel)
            out.append(group)
        return out

    def _inset_note(self, scene, crop) -> str:
        """Which side(s) a close-up shows, in words (its side letters are drawn on it too)."""
        letters = self.side_letters(scene, crop)
        names = [s for _pos, s in letters]
        if len(names) != 1:
            return ""
        translate = self.r.lang.translate
        return translate("Handout", "Left side") if names[0] == "left" else translate("Handout", "Right side")

    @staticmethod
    def side_letters(scene, crop) -> list[tuple[str, str]]:
        """[(where, patient side)] for a close-up: 'left'/'right' edge of the crop, or 'corner'
        for a view showing one side only."""
        view = scene.diagram
        if view.single_side in ("left", "right"):
            return [("corner", view.single_side)]
        sides = view.viewer_sides
        if sides is None:
            return []
        mid = scene.width_units / 2
        x0, _y0, x1, _y1 = crop
        if x1 <= mid + 1:
            return [("corner", sides[0])]
        if x0 >= mid - 1:
            return [("corner", sides[1])]
        return [("left", sides[0]), ("right", sides[1])]

    def _key_panel(self) -> Panel:
        r = self.r
        w = r.mm(KEY_W_MM)
        _c, _rows, _cw, h = legend_layout(w, self.key_font, r.device, self.entries)
        w = min(_cw + r.mm(1), r.mm(KEY_MAX_W_MM))    # wider for longer words (German, Spanish)
        return Panel("key", w=w, h=h, caption=[(r.lang.translate("Handout", "Key"), "figure")])

    def caption_h(self, panel: Panel) -> float:
        return sum(self.r.line(k) for _t, k in panel.caption) + self.r.mm(1.2)

    def rows(self, groups: list[list[Panel]]) -> list[list[Panel]]:
        """Panels in rows across the page; a view's panels stay in one row when they fit one."""
        gap, rows, row, used = self.r.mm(GAP_MM), [], [], 0.0
        for group in groups:
            width = sum(p.w for p in group) + gap * (len(group) - 1)
            if row and width <= self.r.W and used + gap + width > self.r.W:
                rows.append(row)
                row, used = [], 0.0
            for panel in group:
                need = panel.w + (gap if row else 0.0)
                if row and used + need > self.r.W:
                    rows.append(row)
                    row, used, need = [], 0.0, panel.w
                row.append(panel)
                used += need
        if row:
            rows.append(row)
        return rows

    def row_h(self, row: list[Panel]) -> float:
        return max(self.caption_h(p) + p.h for p in row)

    def height(self, rows) -> float:
        return sum(self.row_h(row) for row in rows) + self.r.mm(GAP_MM) * max(0, len(rows) - 1)

    # placing -----------------------------------------------------------------
    def build(self, heading: str, compact: int = 0) -> None:
        r = self.r
        if not self.scenes:
            return
        room = r.room() - r.line("h2") - r.mm(6)
        choice, fitting = None, None
        for full_mm in FULL_MM[min(compact, len(FULL_MM) - 1):]:
            for mark_mm in TARGET_MARK_MM:
                rows = self.rows(self.panels(full_mm, mark_mm))
                choice = rows
                if self.height(rows) <= room:
                    # the first size that fits and, with 2 visits or more, leaves the progress chart
                    # room beside the last row (longer words take more room: German, Spanish)
                    fitting = fitting or rows
                    if not self._wants_progress() or self._progress_panel(rows[-1]) is not None:
                        break
            else:
                continue
            break
        else:
            choice = fitting or choice      # none leaves the progress chart room: the first that fits
        rows = choice or []
        if rows:
            self._progress_beside(rows[-1])
        r.heading(heading, keep=self.row_h(rows[0]) if rows else 0.0)
        for number, row in enumerate(rows):
            h = self.row_h(row)
            if number:
                r.y += r.mm(GAP_MM) * 0.6
            r.ensure(h)
            used = sum(p.w for p in row) + r.mm(GAP_MM) * (len(row) - 1)
            x = max(0.0, (r.W - used) / 2)
            for panel in row:
                self.place(panel, x, r.y, h)
                x += panel.w + r.mm(GAP_MM)
            r.y += h
        r.y += r.mm(2)

    def _wants_progress(self) -> bool:
        return len(list(getattr(self.r, "trends", []) or [])) >= 2

    def _progress_panel(self, row: list[Panel]) -> Panel | None:
        """The progress chart as a panel in the room row leaves beside its figures, or None when
        that room is not wide and tall enough for it."""
        r = self.r
        gap = r.mm(GAP_MM)
        free = r.W - sum(p.w for p in row) - gap * len(row)
        caption = [(r.lang.translate("Handout", "Your progress"), "figure")]
        h = self.row_h(row) - sum(r.line(k) for _t, k in caption) - r.mm(1.2)
        if free < r.mm(PROGRESS_MM[0]) or h < r.mm(PROGRESS_MM[2]):
            return None
        return Panel("progress", w=min(free, r.mm(PROGRESS_MM[1])), h=h, caption=caption)

    def _progress_beside(self, row: list[Panel]) -> None:
        """The progress chart (2 visits or more) beside the last row's figures when it has room
        there; the report then prints no progress section of its own."""
        if self._wants_progress() and (panel := self._progress_panel(row)) is not None:
            row.append(panel)

    def place(self, panel: Panel, x: float, top: float, row_h: float) -> None:
        r = self.r
        yy = top
        for text, key in panel.caption:
            tx = x + (panel.w - r.width_of(key, text)) / 2 if panel.kind not in ("key", "progress") else x
            r.text_top(tx, yy, text, key)
            yy += r.line(key)
        yy = top + self.caption_h(panel)
        rect = QRectF(x, yy, panel.w, panel.h)
        if panel.kind == "key":
            entries, font = self.entries, self.key_font
            r.op(lambda p: draw_legend(p, rect.x(), rect.y(), rect.width(), font, entries))
            r.figure_log.append({"kind": "key", "page": len(r.pages) - 1,
                                 "rect": (rect.x(), rect.y(), rect.width(), rect.height()),
                                 "entries": [(kind, key) for kind, key, _label in entries]})
            return
        if panel.kind == "progress":
            from bodymap.render.trends import paint_trends
            points, font, unit = list(r.trends), QFont(r.fonts["body"]), r.dpi / 96.0
            r.op(lambda p: paint_trends(p, rect, points, font, unit, lang=r.lang))
            r.figure_log.append({"kind": "progress", "page": len(r.pages) - 1,
                                 "rect": (rect.x(), rect.y(), rect.width(), rect.height())})
            r.progress_placed = True
            return
        scene = self.r_scene(panel.view_id)
        crop = QRectF(panel.crop[0], panel.crop[1], panel.crop[2] - panel.crop[0], panel.crop[3] - panel.crop[1])
        scale = rect.width() / crop.width()

        def draw(p: QPainter, s=scene, target=rect, source=crop, inset=panel.kind == "inset"):
            p.save()
            p.setClipRect(target)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            s.render(p, target, source, Qt.AspectRatioMode.KeepAspectRatio)
            p.restore()
            if inset:
                p.setPen(QPen(FRAME, r.mm(0.3)))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(target, r.mm(1), r.mm(1))
        r.op(draw)
        r.figure_log.append({"kind": panel.kind, "view": panel.view_id, "page": len(r.pages) - 1,
                             "rect": (rect.x(), rect.y(), rect.width(), rect.height()),
                             "crop": panel.crop, "px_per_unit": scale,
                             "mm_per_unit": scale * 25.4 / r.dpi, "marks": list(panel.marks)})
        if panel.kind == "full":
            self._frames(panel, rect, scale)
        else:
            self._side_letters(scene, panel, rect)
            self._labels(scene, panel, rect, scale)
            self._locator(scene, panel, rect)

    def r_scene(self, view_id: str):
        return self.scenes[view_id]

    def _frames(self, panel: Panel, rect: QRectF, scale: float) -> None:
        r = self.r
        boxes = [(QRectF(rect.x() + c[0] * scale, rect.y() + c[1] * scale, (c[2] - c[0]) * scale,
                         (c[3] - c[1]) * scale), tag) for c, tag in panel.frames]

        def draw(p: QPainter):
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(FRAME, r.mm(0.25), Qt.PenStyle.DashLine)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setFont(r.fonts["index"])
            for box, tag in boxes:
                p.setPen(pen)
                p.drawRoundedRect(box, r.mm(0.6), r.mm(0.6))
                if tag:
                    p.setPen(FRAME)
                    p.drawText(box.adjusted(r.mm(0.6), r.mm(0.3), 0, 0),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, tag)
        r.op(draw)

    def _locator(self, scene, panel: Panel, rect: QRectF) -> None:
        """The whole view in miniature in a free corner, the close-up's area filled in."""
        r, log = self.r, self.r.figure_log[-1]
        height = min(r.mm(LOCATOR_MM[0]), rect.height() * LOCATOR_MM[1])
        letters = r.mm(6)               # the side letters' corner boxes, about
        avoid = [QRectF(*b) for b in log["label_boxes"] + log["mark_boxes"]]
        for where, _side in self.side_letters(scene, panel.crop):
            x = rect.right() - letters if where == "right" else rect.left()
            avoid.append(QRectF(x, rect.top(), letters, letters))
        box = locator_rect(rect, scene.diagram.aspect, height, r.mm(1), avoid)
        log["locator"] = (box.x(), box.y(), box.width(), box.height())
        view, crop, line_w = scene.diagram, panel.crop, r.mm(0.25)
        r.op(lambda p: paint_locator(p, view, crop, box, FRAME, line_w))

    def _side_letters(self, scene, panel: Panel, rect: QRectF) -> None:
        r = self.r
        letters = self.side_letters(scene, panel.crop)
        font = r.fonts["view"]
        pad = r.mm(1.2)

        fm = r.metrics["view"]

        def draw(p: QPainter):
            p.setFont(font)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            for where, side in letters:
                text = r.lang.translate("Handout", side.capitalize())[:1].upper()   # L/R, I/D, E/D
                w, h = fm.horizontalAdvance(text) + 2 * pad, fm.height() + pad
                x = rect.right() - pad - w if where == "right" else rect.left() + pad
                box = QRectF(x, rect.top() + pad, w, h)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(255, 255, 255, 230))       # legible over the line art
                p.drawRoundedRect(box, r.mm(0.6), r.mm(0.6))
                p.setPen(MUTED)
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        r.op(draw)

    def _labels(self, scene, panel: Panel, rect: QRectF, scale: float) -> None:
        """Numbers beside the trigger points and letters on the zones of a close-up."""
        r = self.r
        fm, pad = r.metrics["inset_index"], r.mm(0.6)
        rad = style.TP_RADIUS * scale
        ox, oy = rect.x() - panel.crop[0] * scale, rect.y() - panel.crop[1] * scale
        x0, y0, x1, y1 = panel.crop
        wanted = set(panel.marks)
        labels: list = []
        zone_points: list = []
        # a mark charted on another view (an echo, drawn lighter) carries the number or letter it
        # has on its own figure: one spot seen twice, never an unexplained dot
        echoes = scene.echo_items()
        for item in (*scene.trigger_point_items(), *(e for e in echoes if isinstance(e, TriggerPointItem))):
            pos = item.pos()
            if ("tp", item.record.id) in wanted or (x0 <= pos.x() <= x1 and y0 <= pos.y() <= y1):
                labels.append((self.numbers.get(item.record.id, "?"), ox + pos.x() * scale,
                               oy + pos.y() * scale, False))
        for item in scene.zone_items():
            point = to_shape(item.record.polygons, 1.0).representative_point()
            if point.is_empty:
                continue
            pt = scene.to_scene(*scene.current_point(item.record.diagram_version, point.x, point.y))
            zone_points.append((item, pt))
        for item in (e for e in echoes if isinstance(e, ZoneItem)):
            ring = item.path().toFillPolygon()
            if not ring.isEmpty():
                zone_points.append((item, ring.boundingRect().center()))
        for item, pt in zone_points:
            if ("zone", item.record.id) in wanted or (x0 <= pt.x() <= x1 and y0 <= pt.y() <= y1):
                labels.append((self.letters.get(item.record.id, "?"), ox + pt.x() * scale,
                               oy + pt.y() * scale, True))
        marks = [QRectF(cx - rad, cy - rad, 2 * rad, 2 * rad) for _t, cx, cy, centred in labels if not centred]
        boxes: list = []
        for text, cx, cy, centred in labels:
            w, h = fm.horizontalAdvance(text) + 2 * pad, fm.height()
            if centred:
                boxes.append((QRectF(cx - w / 2, cy - h / 2, w, h), text, True))
                continue
            off = rad + r.mm(0.4)
            candidates = [QRectF(cx + off, cy - h / 2, w, h), QRectF(cx - off - w, cy - h / 2, w, h),
                          QRectF(cx - w / 2, cy - off - h, w, h), QRectF(cx - w / 2, cy + off, w, h),
                          QRectF(cx + off * 0.7, cy - off * 0.7 - h, w, h),
                          QRectF(cx - off * 0.7 - w, cy + off * 0.7, w, h)]
            inside = [c for c in candidates if rect.contains(c)] or candidates

            def clashes(c: QRectF) -> int:
                return sum(c.intersects(b) for b, _t, _c in boxes) + sum(c.intersects(m) for m in marks)
            boxes.append((min(inside, key=clashes), text, False))
        r.figure_log[-1]["labels"] = [text for _box, text, _centred in boxes]
        r.figure_log[-1]["label_boxes"] = [(b.x(), b.y(), b.width(), b.height()) for b, _t, _c in boxes]
        r.figure_log[-1]["mark_boxes"] = [(m.x(), m.y(), m.width(), m.height()) for m in marks]

        def draw(p: QPainter):
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setFont(r.fonts["inset_index"])
            for box, text, centred in boxes:
                p.setPen(QPen(INK if centred else MUTED, r.mm(0.2)))
                p.setBrush(QColor(255, 255, 255, 235))
                p.drawRoundedRect(box, r.mm(0.8), r.mm(0.8))
                p.setPen(INK)
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        r.op(draw)
