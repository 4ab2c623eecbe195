"""Colour-vision deficiency simulation and colour differences, as pure functions (no Qt).

Used to choose the mark and zone colours (render/style.py) so that every two symbols of the
legend stay apart for a clinician or patient with red-green colour blindness, and by the
contrast checks of the theme (ui/widgets/theme.py, tests/ui/test_theme.py).

- sRGB <-> linear RGB: IEC 61966-2-1 transfer function.
- Deficiency: Machado, Oliveira & Fernandes 2009 ("A physiologically-based model for simulation
  of color vision deficiency"), the severity 1.0 matrices for protanopia and deuteranopia,
  applied to linear RGB and clipped to the gamut.
- Difference: CIELAB (D65 white) delta-E CIE76, the Euclidean distance in L*a*b*.
- Contrast: WCAG 2 relative luminance and contrast ratio.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

RGB = tuple[float, float, float]          # 0..255 sRGB (floats allowed)

MACHADO_2009: dict[str, tuple[RGB, RGB, RGB]] = {
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
}
VISIONS = ("normal", "deuteranopia", "protanopia")

_WHITE_D65 = (0.95047, 1.0, 1.08883)


def parse_hex(colour: str) -> RGB:
    """'#RRGGBB' (or 'RRGGBB') to 0..255 floats."""
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    return (float(int(text[0:2], 16)), float(int(text[2:4], 16)), float(int(text[4:6], 16)))


def to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02X}" for c in rgb)


def srgb_to_linear(c: float) -> float:
    """One channel, 0..255 sRGB to 0..1 linear."""
    v = c / 255.0
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def linear_to_srgb(v: float) -> float:
    """One channel, 0..1 linear to 0..255 sRGB (clipped to the gamut)."""
    v = max(0.0, min(1.0, v))
    s = v * 12.92 if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055
    return s * 255.0


def simulate(rgb: RGB, vision: str) -> RGB:
    """rgb as seen with vision ('normal', 'deuteranopia', 'protanopia'), in 0..255 sRGB."""
    if vision == "normal":
        return rgb
    matrix = MACHADO_2009[vision]
    lin = [srgb_to_linear(c) for c in rgb]
    out = [sum(m * v for m, v in zip(row, lin, strict=True)) for row in matrix]
    return (linear_to_srgb(out[0]), linear_to_srgb(out[1]), linear_to_srgb(out[2]))


def to_lab(rgb: RGB) -> RGB:
    """0..255 sRGB to CIELAB (D65)."""
    r, g, b = (srgb_to_linear(c) for c in rgb)
    xyz = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b,
           0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
           0.0193339 * r + 0.1191920 * g + 0.9503041 * b)

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = (f(v / w) for v, w in zip(xyz, _WHITE_D65, strict=True))
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e(a: RGB, b: RGB) -> float:
    """CIE76 delta-E between two 0..255 sRGB colours."""
    la, lb = to_lab(a), to_lab(b)
    return sum((x - y) ** 2 for x, y in zip(la, lb, strict=True)) ** 0.5


def composite(fg: RGB, alpha: float, bg: RGB) -> RGB:
    """fg painted with opacity alpha over bg (source-over, in sRGB as Qt paints it)."""
    return (fg[0] * alpha + bg[0] * (1 - alpha), fg[1] * alpha + bg[1] * (1 - alpha),
            fg[2] * alpha + bg[2] * (1 - alpha))


def min_pairwise_delta_e(colours: dict[str, RGB], vision: str) -> tuple[float, str, str]:
    """The smallest delta-E between any two of colours as seen with vision, and which two."""
    seen = {name: simulate(rgb, vision) for name, rgb in colours.items()}
    best = (float("inf"), "", "")
    for (na, a), (nb, b) in combinations(seen.items(), 2):
        d = delta_e(a, b)
        if d < best[0]:
            best = (d, na, nb)
    return best


def relative_luminance(rgb: Sequence[float]) -> float:
    """WCAG 2 relative luminance of a 0..255 sRGB colour."""
    r, g, b = (srgb_to_linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Sequence[float], b: Sequence[float]) -> float:
    """WCAG 2 contrast ratio (1..21) between two 0..255 sRGB colours."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def worst(values: Iterable[float]) -> float:
    return min(values, default=float("inf"))
