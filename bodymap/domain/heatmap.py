"""Clinic-wide pain maps: how many visits had pain at each point of a view (Pillow; no Qt, no SQL).

A visit counts once per pixel however many of its zones overlap there. Counts live in a Pillow
"I" (32-bit integer) image; ``HeatMap.grid()`` gives them as plain lists. The palette is
viridis-like (perceptually ordered, luminance rises monotonically, so it reads in greyscale too).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageMath

from bodymap.domain import metrics as M
from bodymap.domain.diagrams import DiagramView, load_view

HEATMAP_HEIGHT = 800          # pixels per view height for heat maps (coarser than metrics)

# Matplotlib's viridis sampled at 10 evenly spaced stops; linear interpolation between them.
VIRIDIS_STOPS = ("#440154", "#482878", "#3E4A89", "#31688E", "#26828E",
                 "#1F9E89", "#35B779", "#6DCD59", "#B4DE2C", "#FDE725")


def _rgb(hex_color: str) -> tuple[int, int, int]:
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return (r, g, b)


def palette_color(t: float) -> tuple[int, int, int]:
    """Colour at t in 0..1 (dark purple -> yellow)."""
    t = min(1.0, max(0.0, float(t)))
    stops = [_rgb(c) for c in VIRIDIS_STOPS]
    pos = t * (len(stops) - 1)
    i = min(int(pos), len(stops) - 2)
    f = pos - i
    r, g, b = (round(a + (b - a) * f) for a, b in zip(stops[i], stops[i + 1]))
    return (r, g, b)


def palette(n: int = 256) -> list[tuple[int, int, int]]:
    return [palette_color(i / (n - 1)) for i in range(n)]


def luminance(rgb: Sequence[int]) -> float:
    """Relative luminance (sRGB, WCAG)."""
    def lin(c: float) -> float:
        c = c / 255.0
        return c / 12.92 if c <= 0.04045 else float(((c + 0.055) / 1.055) ** 2.4)
    r, g, b = (lin(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@dataclass(frozen=True)
class HeatMap:
    view: str
    counts: Image.Image          # mode "I": visits with pain at each pixel
    visit_count: int             # visits in the chosen set (the denominator)
    visits_with_pain: int        # of those, visits with at least one zone on this view
    description: str = ""

    @property
    def size(self) -> tuple[int, int]:
        return self.counts.size

    @property
    def max_count(self) -> int:
        # mode "I" has one band: getextrema() is one (min, max) pair, not a pair per band
        return int(cast("tuple[float, float]", self.counts.getextrema())[1]) if self.visit_count else 0

    def count_at(self, x: float, y: float) -> int:
        """Count at a normalised point of the view."""
        w, h = self.size
        px, py = min(w - 1, max(0, int(x * load_view(self.view).aspect * h))), min(h - 1, max(0, int(y * h)))
        return int(cast(float, self.counts.getpixel((px, py))))     # mode "I": one number per pixel

    def grid(self) -> list[list[int]]:
        """Counts as rows of ints (top to bottom), no numpy needed."""
        w, h = self.size
        getter = getattr(self.counts, "get_flattened_data", None) or self.counts.getdata
        data = list(getter())
        return [data[r * w:(r + 1) * w] for r in range(h)]


def build_heatmap(view_id: str, zones_by_visit: Mapping[int, Iterable[M.ZoneLike]], visit_count: int | None = None,
                  height: int = HEATMAP_HEIGHT, description: str = "") -> HeatMap:
    """Frequency map of pain on view_id: zones_by_visit maps each chosen visit id to its zones.

    Visits without zones on the view may be left out of the mapping; pass visit_count to count
    them in the denominator.
    """
    view = load_view(view_id)
    size = M.raster_size(view, height)
    counts = Image.new("I", size, 0)
    silhouette = M.silhouette_mask(view, height).point(lambda v: 1 if v else 0)
    with_pain = 0
    for _visit_id, zones in zones_by_visit.items():
        polys = [p for z in zones if z.view == view_id for p in M.current_polygons(view, z)]
        if not polys:
            continue
        with_pain += 1
        mask = M.rasterise(polys, view, height).point(lambda v: 1 if v >= M.EDGE else 0)
        mask = ImageChops.darker(mask, silhouette).convert("I")
        counts = ImageMath.lambda_eval(lambda a: a["c"] + a["m"], c=counts, m=mask)
    total = len(zones_by_visit) if visit_count is None else max(visit_count, len(zones_by_visit))
    return HeatMap(view_id, counts, total, with_pain, description)


# --------------------------------------------------------------------------- rendering

def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The shipped DejaVu Sans (it has the glyphs of every interface language: ä, ç, ñ; Pillow's
    own default font lacks some), else Pillow's default."""
    from importlib import resources
    try:
        with resources.as_file(resources.files("bodymap.assets").joinpath("fonts/DejaVuSans.ttf")) as path:
            return ImageFont.truetype(str(path), size)
    except OSError:
        pass
    try:
        return ImageFont.load_default(size=size)
    except Exception:                         # Pillow without FreeType
        return ImageFont.load_default()


def colorize(heat: HeatMap, max_count: int | None = None, alpha: int = 235) -> Image.Image:
    """RGBA image of the counts: transparent where no visit had pain, palette by count otherwise.

    Count 1 maps to the dark end of the palette, max_count (default: the map's maximum) to the
    bright end.
    """
    top = max(1, max_count if max_count is not None else heat.max_count)
    scale = 254.0 / max(1, top - 1)
    # Linear on the "I" image (count 1 -> 1, top -> 255); negatives (count 0) clip to 0 in "L".
    index = heat.counts.point(lambda c: c * scale + (1.0 - scale) + 0.5).convert("L")
    lut = [(0, 0, 0, 0)] + [(*palette_color((i - 1) / 254.0 if top > 1 else 1.0), alpha)
                            for i in range(1, 256)]
    return Image.merge("RGBA", [index.point([c[k] for c in lut]) for k in range(4)])


def draw_outline(image: Image.Image, view: DiagramView, origin: tuple[int, int], height: int,
                 color: tuple[int, int, int] = (40, 40, 40), inner: tuple[int, int, int] = (170, 170, 170)) -> None:
    draw = ImageDraw.Draw(image)
    ox, oy = origin
    sx = view.aspect * height
    width = max(1, round(height / 500))
    for line in view.inner_lines:
        draw.line([(ox + x * sx, oy + y * height) for x, y in line], fill=inner, width=max(1, width - 1))
    for ring in view.outline:
        pts = [(ox + x * sx, oy + y * height) for x, y in ring]
        draw.line([*pts, pts[0]], fill=color, width=width, joint="curve")


@dataclass(frozen=True)
class HeatmapWords:
    """The words drawn on the map, already in the reader's language (the window passes its
    interface language's; None: English). percent words a legend tick's share, {value} a number."""
    title: str
    subtitle: str
    legend: str = "Visits with\npain here"
    empty: str = "No colour: no visit\nhad pain there"
    percent: str = "{value}%"


def english_words(heat: HeatMap) -> HeatmapWords:
    view = load_view(heat.view)
    subtitle = heat.description or "all visits"
    return HeatmapWords(f"Pain frequency: {view.label}",
                        f"{subtitle} · {heat.visit_count} visit{'s' if heat.visit_count != 1 else ''}, "
                        f"{heat.visits_with_pain} with pain on this view")


def render_heatmap(heat: HeatMap, title: str | None = None, words: HeatmapWords | None = None) -> Image.Image:
    """The map over the diagram outline with a colour-scale legend, as an RGB image."""
    words = words or english_words(heat)
    view = load_view(heat.view)
    w, h = heat.size
    margin, legend_w = round(h * 0.04), round(h * 0.26)
    title_h = round(h * 0.09)
    big, small = _font(max(12, round(h * 0.028))), _font(max(10, round(h * 0.021)))
    image = Image.new("RGB", (margin * 2 + w + legend_w, title_h + h + margin), "white")
    origin = (margin, title_h)
    colours = colorize(heat)
    image.paste(colours, origin, colours)
    draw_outline(image, view, origin, h)
    draw = ImageDraw.Draw(image)
    draw.text((margin, round(margin * 0.5)), title or words.title, fill="black", font=big)
    draw.text((margin, round(margin * 0.5) + round(h * 0.036)), words.subtitle, fill=(70, 70, 70), font=small)
    # Legend: a vertical bar, count 1 at the bottom, the maximum at the top.
    top = max(1, heat.max_count)
    bx0 = margin * 2 + w
    by0, by1 = title_h + round(h * 0.12), title_h + round(h * 0.62)
    bar_w = round(legend_w * 0.18)
    draw.text((bx0, by0 - round(h * 0.07)), words.legend, fill="black", font=small, spacing=2)
    for y in range(by0, by1 + 1):
        t = 1.0 - (y - by0) / max(1, by1 - by0)
        draw.line([(bx0, y), (bx0 + bar_w, y)], fill=palette_color(t))
    draw.rectangle([bx0, by0, bx0 + bar_w, by1], outline=(60, 60, 60))
    ticks = sorted({1, top} | ({round(top / 2)} if top >= 4 else set()))
    for value in ticks:
        t = (value - 1) / max(1, top - 1) if top > 1 else 1.0
        tick_y = by1 - t * (by1 - by0)
        draw.line([(bx0 + bar_w, tick_y), (bx0 + bar_w + 6, tick_y)], fill=(60, 60, 60), width=2)
        share = 100.0 * value / heat.visit_count if heat.visit_count else 0.0
        draw.text((bx0 + bar_w + 10, tick_y), f"{value}  ({words.percent.format(value=f'{share:.0f}')})", fill="black", font=small, anchor="lm")
    draw.text((bx0, by1 + round(h * 0.03)), words.empty, fill=(70, 70, 70),
              font=small, spacing=2)
    return image


def heatmap_png(heat: HeatMap, title: str | None = None, words: HeatmapWords | None = None) -> bytes:
    """The rendered map as PNG bytes, to be written by the caller (bodymap.exchange.files.write_private:
    atomically, mode 0600). Metadata: view, visit count; never a patient."""
    import io

    from PIL.PngImagePlugin import PngInfo
    info = PngInfo()
    info.add_text("Software", "bodymap")
    info.add_text("View", heat.view)
    info.add_text("Visits", str(heat.visit_count))
    info.add_text("Created", dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    out = io.BytesIO()
    render_heatmap(heat, title, words).save(out, format="PNG", pnginfo=info)
    return out.getvalue()
