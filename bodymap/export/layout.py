"""Generic paged layout for printed documents: units, fonts, wrapping, headings, paragraphs and
tables that break across pages.

Everything is measured in device pixels from sizes given in points and millimetres (the device's
DPI converts them), so a layout works on A4 and Letter, portrait and landscape, on a QPrinter and
a QPdfWriter alike. Layout happens first into a list of pages of drawing operations (closures
taking a QPainter), so every page's header and footer can know the page count; `paint` then
paints them. A subclass supplies the header and footer (`header_height`, `paint_header`,
`paint_footer`) and the content.
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen, QTextLayout, QTextOption

from bodymap.render import i18n
from bodymap.render.fonts import shipped_font

MARGINS_MM = (15.0, 13.0, 15.0, 12.0)          # left, top, right, bottom
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
    "clinic": (15.0, True, INK), "subtitle": (8.0, False, MUTED), "contact": (8.0, False, INK),
    "name": (11.5, True, INK), "banner": (8.5, False, INK), "banner_b": (8.5, True, INK),
    "badge": (11.0, True, QColor("white")), "h2": (11.0, True, ACCENT), "h3": (9.5, True, INK),
    "body": (9.0, False, INK), "body_b": (9.0, True, INK), "label": (9.0, True, MUTED),
    "cell": (8.0, False, INK), "cell_b": (8.0, True, INK), "cell_m": (7.5, False, MUTED),
    "th": (7.5, True, INK), "view": (9.5, True, INK), "small": (7.0, False, MUTED),
    "index": (6.5, True, INK), "inset_index": (7.5, True, INK),
    "figure": (8.5, True, INK), "callout": (9.0, True, DRAFT_RED),
}
RUNNING_TEXT = ("body", "callout")              # these get a little extra leading


def no_ligatures(font: QFont) -> None:
    """'fi' drawn as one glyph is copied out of a PDF as U+FB01, which defeats searching."""
    if hasattr(font, "setFeature") and hasattr(QFont, "Tag"):
        font.setFeature(QFont.Tag("liga"), 0)


def clean(text: str | None) -> str:
    """Printable text: newlines normalised, tabs as spaces, control characters dropped."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C")


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


class PagedLayout:
    """Pages of drawing operations on one paged device. Subclasses add the header and footer."""

    def __init__(self, device, fonts: dict | None = None):
        self.device = device
        self.lang: i18n.Language = getattr(self, "lang", None) or i18n.current()   # words, dates, numbers
        self.dpi = float(device.logicalDpiY()) or 72.0
        self.W, self.H = float(device.width()), float(device.height())
        self.font_specs = dict(fonts or FONTS)
        self.fonts = {key: self._font(pt, bold) for key, (pt, bold, _c) in self.font_specs.items()}
        self.metrics = {key: QFontMetricsF(font, device) for key, font in self.fonts.items()}
        self.header_h = self.header_height()
        self.footer_h = self.line("small") + self.mm(2.5)
        self.top = self.header_h + (self.mm(5) if self.header_h else 0.0)
        self.bottom = self.H - self.footer_h - self.mm(3)
        if self.bottom - self.top < self.mm(40) or self.W < self.mm(60):
            raise ValueError("The page is too small for the visit report.")
        self.pages: list[list] = []
        self.page_ends: list[float] = []        # where the content of each page left off
        self.break_before: set[str] = set()     # section titles that start a new page
        self.dense = getattr(self, "dense", False)  # tighter tables and headings (to save a page)
        self.sections: list[tuple[str, int]] = []   # (heading, page index) as laid out
        self._heading: tuple | None = None      # (page, first op, op count after, title, y before)
        self.y = self.top
        self.new_page()

    # hooks -------------------------------------------------------------------
    def header_height(self) -> float:
        return 0.0

    def paint_header(self, p: QPainter, number: int, total: int) -> None:
        pass

    footer_note = ""          # printed in the middle of the footer where the page is wide enough

    def paint_footer(self, p: QPainter, number: int, total: int) -> None:
        """A rule, "Printed <date>" on the left, footer_note in the middle, "Page N of M" on the right."""
        y = self.H - self.footer_h
        p.setPen(QPen(RULE, self.mm(0.25)))
        p.drawLine(QPointF(0, y), QPointF(self.W, y))
        base = self.H - self.metrics["small"].descent()
        p.setFont(self.fonts["small"])
        p.setPen(MUTED)
        printed = getattr(self, "printed_at", None)
        if printed is not None:
            p.drawText(QPointF(0, base), self.lang.translate("Handout", "Printed {when}").format(
                when=self.lang.date_time(printed)))
        if self.footer_note and self.W > self.mm(150):
            p.drawText(QPointF((self.W - self.width_of("small", self.footer_note)) / 2, base), self.footer_note)
        page = self.lang.translate("Handout", "Page {number} of {total}").format(number=number, total=total)
        p.drawText(QPointF(self.W - self.width_of("small", page), base), page)

    # units and text --------------------------------------------------------
    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72.0

    def _font(self, points: float, bold: bool) -> QFont:
        font = shipped_font()
        font.setPixelSize(max(1, round(self.pt(points))))
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(True)
        no_ligatures(font)
        return font

    def color(self, key: str) -> QColor:
        return QColor(self.font_specs[key][2])

    def line(self, key: str) -> float:
        """Distance between baselines; running text gets a little extra leading."""
        leading = 1.18 if key in RUNNING_TEXT else 1.0
        return self.metrics[key].lineSpacing() * leading

    def width_of(self, key: str, text: str) -> float:
        return self.metrics[key].horizontalAdvance(text)

    def elide(self, key: str, text: str, width: float) -> str:
        return self.metrics[key].elidedText(text, Qt.TextElideMode.ElideRight, max(1.0, width))

    def wrap(self, text: str, key: str, width: float) -> list[str]:
        """text broken into lines no wider than width; blank lines kept (at most one in a row)."""
        lines: list[str] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for para in clean(text).split("\n"):
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
        """Start a page. A section heading left as the last thing on the page moves along with
        it, so a heading is never parted from its section."""
        glued = None
        if self.pages:
            end = self.y
            h = self._heading
            if h is not None and h[0] == len(self.pages) - 1 and len(self.pages[-1]) == h[2] and h[1] > 0:
                del self.pages[-1][h[1]:]
                glued, end = h[3], h[4]
            self.page_ends.append(end)
        self._heading = None
        self.pages.append([])
        self.y = self.top
        if glued is not None:
            self.heading(glued)

    def just_headed(self) -> bool:
        """Nothing has been drawn on this page since its section heading."""
        h = self._heading
        return h is not None and h[0] == len(self.pages) - 1 and len(self.pages[-1]) == h[2]

    def fills(self) -> list[float]:
        """How full each page is so far (0..1 of the room between header and footer)."""
        ends = self.page_ends + [self.y]
        room = self.bottom - self.top
        return [max(0.0, min(1.0, (end - self.top) / room)) for end in ends]

    def op(self, fn) -> None:
        self.pages[-1].append(fn)

    def text_top(self, x: float, top: float, text: str, key: str) -> None:
        """One line of text (as text) whose top is at top."""
        font, color, at = self.fonts[key], self.color(key), QPointF(x, top + self.metrics[key].ascent())

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

    # blocks ------------------------------------------------------------------
    def heading(self, title: str, keep: float = 0.0) -> None:
        """A section heading with a rule; keep: room wanted below it on the same page."""
        h = self.line("h2") + self.mm(1.8)
        if title in self.break_before and self.y > self.top:
            self.new_page()
        self.ensure(h + self.mm(3) + keep)
        y_before, first = self.y, len(self.pages[-1])
        if self.y > self.top:
            self.y += self.mm(2 if self.dense else 3)
        self.text_top(0, self.y, title, "h2")
        self.y += self.line("h2") + self.mm(0.6)
        self.hline(self.y, ACCENT, 0.35)
        self.y += self.mm(1.8)
        self._heading = (len(self.pages) - 1, first, len(self.pages[-1]), title, y_before)
        self.sections.append((title, len(self.pages) - 1))

    def paragraph(self, text: str, key: str = "body", indent: float = 0.0, title: str = "") -> None:
        """Wrapped text that continues on the next page (with "title (continued)") when needed."""
        for line in self.wrap(text, key, self.W - indent):
            if self.line(key) > self.room():
                self.new_page()
                if title and not self.just_headed():
                    self.text_top(0, self.y, self.lang.translate("Handout", "{title} (continued)").format(title=title), "cell_m")
                    self.y += self.line("cell_m") + self.mm(1)
                if not line:
                    continue
            if line:
                self.text_top(indent, self.y, line, key)
            self.y += self.line(key)

    # tables --------------------------------------------------------------------
    def table(self, columns, rows, header=True, zebra=True, rules=True, title: str = "",
              draw_symbol=None) -> None:
        """columns: [(title, weight)]; rows: [[{"paras": [(text, font key)], "symbol": ...}]].

        Rows that do not fit move to the next page (the header repeats, "title (continued)"
        above it); a row taller than half a page is split line by line. draw_symbol(p, kind,
        key, rect) paints a cell's optional symbol in front of its text.
        """
        pad_x, pad_y = self.mm(1.3), self.mm(0.55 if self.dense else 1.0)
        sym = self.pt(9)
        widths = self.column_widths(columns, rows, pad_x, sym + self.mm(1.2))

        def layout(cell, width):
            inner = width - 2 * pad_x - (sym + self.mm(1.2) if cell.get("symbol") else 0)
            out = []
            for text, key in cell["paras"]:
                out += [(ln, key) for ln in self.wrap(text, key, inner)]
            return out

        if header and rows:
            widths = self.shorter_widths(columns, rows, widths, pad_x, sym + self.mm(1.2), layout)
        xs = [sum(widths[:i]) for i in range(len(widths))]

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
                if symbol and draw_symbol is not None:
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
        fresh = self.bottom - self.top - head_h - self.line("h2")
        first = cells_height([layout(c, w) for c, w in zip(rows[0], widths)]) if rows else 0.0
        self.ensure(head_h + max(min_line * 2 + 2 * pad_y, min(first, fresh * 0.5)))
        draw_head()
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
                    self.continue_table(title, draw_head)
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
                self.continue_table(title, draw_head)
                if not any(cells):
                    break

    def column_widths(self, columns, rows, pad_x: float, symbol_w: float) -> list[float]:
        """Widths from the columns' weights, widened so no word (or heading) is broken when the
        other columns can spare the room."""
        weights = [w for _t, w in columns]
        for i in range(len(columns)):
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

    def shorter_widths(self, columns, rows, widths: list[float], pad_x: float, symbol_w: float,
                       layout) -> list[float]:
        """The weighted widths, or the widths that give each column room for its text on one line
        as far as the page allows (as a browser sizes a table: from the longest word up to the
        widest line), whichever makes the table shorter; layout(cell, width) wraps one cell."""
        least, most = [], []
        for i, (title, _w) in enumerate(columns):
            extra = max((symbol_w for row in rows if row[i].get("symbol")), default=0.0)
            words = [self.width_of("th", word) for word in title.split()]
            lines = [self.width_of(key, text) for row in rows for text, key in row[i]["paras"] if text.strip()]
            words += [self.width_of(key, word) for row in rows for text, key in row[i]["paras"] for word in text.split()]
            least.append(max(words, default=0.0) + extra + 2 * pad_x + self.mm(0.3))
            most.append(max(least[-1], max(lines, default=0.0) + extra + 2 * pad_x + self.mm(0.3)))
        if sum(least) > self.W:
            return widths
        if sum(most) <= self.W:
            weights = [w for _t, w in columns]
            spare = self.W - sum(most)
            fitted = [m + spare * w / sum(weights) for m, w in zip(most, weights)]
        else:
            share = (self.W - sum(least)) / (sum(most) - sum(least))
            fitted = [lo + (hi - lo) * share for lo, hi in zip(least, most)]

        cache: dict = {}

        def column(i, w):               # the header's line count, then each row's cell height
            key = (i, round(w))
            if key not in cache:
                cache[key] = [len(self.wrap(columns[i][0], "th", w - 2 * pad_x)) * self.line("th")] + [
                    sum(self.line(k) for _l, k in layout(row[i], w)) for row in rows]
            return cache[key]

        start = [column(i, w) for i, w in enumerate(widths)]

        def height(ws):
            """The table's height, or None when a cell would take more lines than at the weighted
            widths and so make its row taller (a tighter table never wraps text the designer's
            widths kept whole, unless another cell of its row is as tall anyway)."""
            cols = [column(i, w) for i, w in enumerate(ws)]
            for r in range(len(rows) + 1):
                for i, (col, col0) in enumerate(zip(cols, start)):
                    if col[r] > col0[r] + 0.5 and (r == 0 or col[r] > max(
                            (c[r] for j, c in enumerate(cols) if j != i), default=0.0) + 0.5):
                        return None
            return sum(max(col[r] for col in cols) for r in range(len(rows) + 1))
        best, best_h = widths, height(widths)
        if (fitted_h := height(fitted)) is not None and fitted_h < best_h:
            best, best_h = fitted, fitted_h
        for _round in range(8):         # widen a column (or a row's cells) to save a line, from the others' slack
            tried = []
            moves: list[dict[int, float]] = []
            for i, (title, _w) in enumerate(columns):
                paras = [(title, "th")] + [(text, key) for row in rows for text, key in row[i]["paras"] if text.strip()]
                lines = {w for text, key in paras for w in self.line_widths(text, key)}
                extra = max((symbol_w for row in rows if row[i].get("symbol")), default=0.0)
                targets = sorted(w + extra + 2 * pad_x + self.mm(0.3) for w in lines)
                moves += [{i: t} for t in targets if t > best[i] + 1][:3]
            row_moves = self._row_moves(rows, best, column)
            for move in row_moves:      # from the columns that can narrow without a taller row
                base = [move.get(j, w) for j, w in enumerate(best)]
                base_h = height(base)
                if base_h is None:
                    continue
                free = [0.0] * len(best)
                for j in (j for j in range(len(best)) if j not in move and best[j] > least[j] + 1):
                    lo, hi = least[j], best[j]
                    for _step in range(8):
                        mid = (lo + hi) / 2
                        trial = height(base[:j] + [mid] + base[j + 1:])
                        lo, hi = (lo, mid) if trial is not None and trial <= base_h + 0.5 else (mid, hi)
                    free[j] = best[j] - hi
                need = sum(t - best[j] for j, t in move.items())
                if 0 < need <= sum(free):
                    ws = [w - f * need / sum(free) for w, f in zip(base, free)]
                    tried.append((height(ws), ws))
            moves += row_moves
            for move in moves:
                slack = [0.0 if j in move else max(0.0, w - lo) for j, (w, lo) in enumerate(zip(best, least))]
                need = sum(t - best[j] for j, t in move.items())
                if need <= 0 or sum(slack) < need:
                    continue
                ws = [move[j] if j in move else w - sl * need / sum(slack) for j, (w, sl) in enumerate(zip(best, slack))]
                tried.append((height(ws), ws))
                for j in (j for j, sl in enumerate(slack) if sl >= need):      # or from one column alone
                    ws = [move[k] if k in move else w - (need if k == j else 0.0) for k, w in enumerate(best)]
                    tried.append((height(ws), ws))
            better = min(((h, ws) for h, ws in tried if h is not None), key=lambda t: t[0], default=None)
            if better is None or better[0] >= best_h - self.mm(0.5):
                break
            best_h, best = better
        return best

    def _row_moves(self, rows, widths: list[float], column) -> list[dict[int, float]]:
        """Widenings ({column: width}) that take one line off a row: each row's tallest cells
        widened just enough, then those of the rows cheapest to shorten together (rows that wrap
        alike, as a table's repeated wording does, only get shorter all at once).
        column(i, w) is column i's header and cell heights at width w."""
        cols = [column(i, w) for i, w in enumerate(widths)]
        moves = []
        for r in range(1, len(rows) + 1):
            tall = max(col[r] for col in cols)
            move = {}
            for i, col in enumerate(cols):
                if col[r] < tall - 0.5:
                    continue
                lo, hi = widths[i], min(self.W * 0.6, widths[i] + self.mm(30))
                if hi <= lo or column(i, hi)[r] >= tall - 0.5:
                    move = {}
                    break
                for _step in range(10):
                    mid = (lo + hi) / 2
                    lo, hi = (lo, mid) if column(i, mid)[r] < tall - 0.5 else (mid, hi)
                move[i] = hi + 1
            if move:
                moves.append(move)
        moves.sort(key=lambda m: sum(w - widths[i] for i, w in m.items()))
        union: dict[int, float] = {}
        for move in list(moves):
            union = {i: max(union.get(i, 0.0), move.get(i, 0.0)) for i in {*union, *move}}
            moves.append(dict(union))
        return moves

    def line_widths(self, text: str, key: str) -> tuple[float, float]:
        """The width text needs on one line, and on two lines broken at the best space."""
        words = text.split()
        one = self.width_of(key, text)
        two = min((max(self.width_of(key, " ".join(words[:k])), self.width_of(key, " ".join(words[k:])))
                   for k in range(1, len(words))), default=one)
        return one, two

    def continue_table(self, title: str, draw_head) -> None:
        self.new_page()
        if title and not self.just_headed():
            self.text_top(0, self.y, self.lang.translate("Handout", "{title} (continued)").format(title=title), "cell_m")
            self.y += self.line("cell_m") + self.mm(1)
        draw_head()

    # painting --------------------------------------------------------------------
    def paint(self, painter: QPainter) -> int:
        """Paint every page (header, footer, then its operations); returns the page count."""
        total = len(self.pages)
        for number, ops in enumerate(self.pages, start=1):
            if number > 1 and not self.device.newPage():
                raise OSError("The printer or PDF file refused a new page.")
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.save()
            self.paint_header(painter, number, total)
            painter.restore()
            painter.save()
            self.paint_footer(painter, number, total)
            painter.restore()
            for fn in ops:
                painter.save()
                fn(painter)
                painter.restore()
            painter.restore()
        return total

    def paint_on_device(self) -> int:
        painter = QPainter()
        if not painter.begin(self.device):
            raise OSError("Could not start printing (the printer or file is not available).")
        try:
            return self.paint(painter)
        finally:
            painter.end()
