"""Clinic diagram calibration: image pixels <-> the built-in view's normalised coordinates.

A clinic may chart on its own diagram image.  Marks are nevertheless always stored in the
built-in view's normalised coordinates (view id + diagram version), so metrics, suggestions,
exports and comparisons keep working.  A calibration is the image positions of a subset (at
least four, well spread) of the view's landmarks; from them:

* a global affine fit (least squares) of canonical -> image;
* a Delaunay triangulation (``diagrams._delaunay``) of the landmarks in the canonical design
  box (isotropic: x scaled by the aspect), plus four far frame corners placed on the image by
  the affine fit.  Inside the frame the map is piecewise affine (``diagrams._barycentric``);
  outside it is the affine fit, which agrees with the frame edges, so the map is continuous
  and exactly invertible everywhere as long as no triangle folds over.

Validation refuses fewer than four landmarks, unknown or repeated landmarks, clicks outside
the image, landmarks (almost) on one line, a mirrored image and fold-overs (a triangle whose
orientation flips between the view and the image), each with a message naming the problem.

Image coordinates are pixels with (0, 0) at the image's top-left corner, continuous (the
centre of pixel (i, j) is (i + 0.5, j + 0.5)).  Qt-free.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from bodymap.domain.diagrams import DiagramView, Landmark, Weights, _barycentric, _delaunay, load_view
from bodymap.errors import QT_TRANSLATE_NOOP, Message, Named, ValidationError

Point = tuple[float, float]
# x' = a x + b y + c, y' = d x + e y + f as ((a, b, c), (d, e, f))
Affine: TypeAlias = tuple[tuple[float, float, float], tuple[float, float, float]]
PairDict: TypeAlias = dict[str, str | float]     # LandmarkPair.to_dict(): {"id", "side", "x", "y"}
# what LandmarkPair.from_any takes: a pair, its dict (as stored) or an (id, side, x, y) sequence
PairLike: TypeAlias = "LandmarkPair | PairDict | Sequence[str | float]"

MIN_LANDMARKS = 4
MIN_SEPARATION = 0.025     # diagram heights: closer landmarks are near-duplicates (knee/patella)
MIN_SPREAD = 0.03          # sqrt(smallest / largest principal variance): below = "on one line"
FRAME_MARGIN = 1.0         # frame corners this many diagram heights outside the design box
SAME_CLICK_PX = 2.0        # two landmarks clicked closer than this on the image are one click


@dataclass(frozen=True)
class LandmarkPair:
    """Where one landmark of the view was clicked on the image (pixels)."""

    landmark_id: str
    side: str
    image_x: float
    image_y: float

    def to_dict(self) -> PairDict:
        return {"id": self.landmark_id, "side": self.side, "x": self.image_x, "y": self.image_y}

    @classmethod
    def from_any(cls, raw: PairLike) -> LandmarkPair:
        if isinstance(raw, LandmarkPair):
            return raw
        if isinstance(raw, dict):
            return cls(str(raw["id"]), str(raw["side"]), float(raw["x"]), float(raw["y"]))
        landmark_id, side, x, y = raw
        return cls(str(landmark_id), str(side), float(x), float(y))


def landmark_phrase(lm: Landmark) -> str:
    """'the patient's right acromion', 'the sternal notch' (for prompts and messages)."""
    label = lm.label if lm.label[:2].isupper() else lm.label[:1].lower() + lm.label[1:]
    if lm.side == "midline":
        return f"the {label}"
    return f"the patient's {lm.side} {label}"


def _named(lm: Landmark, capital: bool = False) -> Named:
    """The landmark in a message: its English phrase, its name table's name where translated."""
    phrase = landmark_phrase(lm)
    return Named(phrase.capitalize() if capital else phrase, "landmarks", lm.id, lm.label, lm.side)


def calibration_landmarks(view: DiagramView) -> tuple[Landmark, ...]:
    """The landmarks a clinician is asked to click, in the asset's order, without
    near-duplicates (e.g. the patella right next to the knee): they add clicks, not accuracy,
    and a tiny clicking error between two of them would fold the map over."""
    chosen: list[Landmark] = []
    for lm in view.landmarks:
        if all(_canonical_distance(view, lm, other) >= MIN_SEPARATION for other in chosen):
            chosen.append(lm)
    return tuple(chosen)


def _canonical_distance(view: DiagramView, a: Landmark, b: Landmark) -> float:
    return math.hypot((a.x - b.x) * view.aspect, a.y - b.y)


def _area2(a: Point, b: Point, c: Point) -> float:
    """Twice the signed area of triangle abc."""
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _spread(points: Sequence[Point]) -> float:
    """sqrt(smallest / largest eigenvalue) of the covariance: 0 on a line, 1 for a round cloud."""
    n = len(points)
    mx = sum(p[0] for p in points) / n
    my = sum(p[1] for p in points) / n
    sxx = sum((p[0] - mx) ** 2 for p in points) / n
    syy = sum((p[1] - my) ** 2 for p in points) / n
    sxy = sum((p[0] - mx) * (p[1] - my) for p in points) / n
    half_trace = (sxx + syy) / 2
    root = math.sqrt(max(0.0, half_trace ** 2 - (sxx * syy - sxy * sxy)))
    big, small = half_trace + root, half_trace - root
    if big <= 1e-18:
        return 0.0
    return math.sqrt(max(0.0, small) / big)


def solve3(m: list[list[float]], v: list[float]) -> list[float] | None:
    """Solve a 3x3 linear system (Cramer's rule); None when singular."""
    def det(a: list[list[float]]) -> float:
        return (a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]))
    d = det(m)
    if abs(d) < 1e-18:
        return None
    out: list[float] = []
    for col in range(3):
        a = [row[:] for row in m]
        for r in range(3):
            a[r][col] = v[r]
        out.append(det(a) / d)
    return out


def _fit_affine(src: Sequence[Point], dst: Sequence[Point]) -> Affine | None:
    """Least-squares affine map src -> dst as ((a, b, c), (d, e, f)): x' = a x + b y + c."""
    ata = [[0.0] * 3 for _ in range(3)]
    atx = [0.0] * 3
    aty = [0.0] * 3
    for (x, y), (u, v) in zip(src, dst):
        row = (x, y, 1.0)
        for i in range(3):
            for j in range(3):
                ata[i][j] += row[i] * row[j]
            atx[i] += row[i] * u
            aty[i] += row[i] * v
    cx, cy = solve3(ata, atx), solve3(ata, aty)
    if cx is None or cy is None:
        return None
    return ((cx[0], cx[1], cx[2]), (cy[0], cy[1], cy[2]))


def _apply(affine: Affine, p: Point) -> Point:
    (a, b, c), (d, e, f) = affine
    return (a * p[0] + b * p[1] + c, d * p[0] + e * p[1] + f)


def _invert(affine: Affine) -> Affine | None:
    (a, b, c), (d, e, f) = affine
    det = a * e - b * d
    if abs(det) < 1e-18:
        return None
    ia, ib, id_, ie = e / det, -b / det, -d / det, a / det
    return ((ia, ib, -(ia * c + ib * f)), (id_, ie, -(id_ * c + ie * f)))


class _Mesh:
    """Triangles with their vertices in one space, for point location."""

    def __init__(self, tris: list[tuple[Point, Point, Point]]):
        self.tris = tris
        self.boxes = [(min(a[0], b[0], c[0]), min(a[1], b[1], c[1]),
                       max(a[0], b[0], c[0]), max(a[1], b[1], c[1])) for a, b, c in tris]

    def locate(self, p: Point) -> tuple[int, Weights] | None:
        """(triangle index, barycentric weights) of the triangle holding p, or None."""
        x, y = p
        for i, (x0, y0, x1, y1) in enumerate(self.boxes):
            if x0 - 1e-9 <= x <= x1 + 1e-9 and y0 - 1e-9 <= y <= y1 + 1e-9:
                w = _barycentric(p, *self.tris[i])
                if w is not None:
                    return i, w
        return None

    def nearest(self, p: Point) -> tuple[int, Weights] | None:
        """Triangle whose barycentric coordinates are least negative (numerical gaps)."""
        best: tuple[int, Weights] | None = None
        for i, (a, b, c) in enumerate(self.tris):
            det = (b[1] - c[1]) * (a[0] - c[0]) + (c[0] - b[0]) * (a[1] - c[1])
            if abs(det) < 1e-15:
                continue
            wa = ((b[1] - c[1]) * (p[0] - c[0]) + (c[0] - b[0]) * (p[1] - c[1])) / det
            wb = ((c[1] - a[1]) * (p[0] - c[0]) + (a[0] - c[0]) * (p[1] - c[1])) / det
            w = (wa, wb, 1.0 - wa - wb)
            if best is None or min(w) > min(best[1]):
                best = (i, w)
        return best


def _inside_convex(p: Point, ring: Sequence[Point]) -> bool:
    sign = 0
    for i in range(len(ring)):
        s = _area2(ring[i], ring[(i + 1) % len(ring)], p)
        if abs(s) < 1e-12:
            continue
        if sign == 0:
            sign = 1 if s > 0 else -1
        elif (s > 0) != (sign > 0):
            return False
    return True


class Calibration:
    """Landmark-based piecewise-affine map between a template image and a built-in view."""

    def __init__(self, view_id: str, pairs: Iterable[PairLike], image_size: tuple[int, int]):
        try:
            self.view = load_view(view_id)
        except KeyError:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown diagram view {view}.").format(view=repr(view_id))) from None
        self.view_id = view_id
        self.width, self.height = int(image_size[0]), int(image_size[1])
        if self.width <= 0 or self.height <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The image has no size."))
        self.pairs = tuple(LandmarkPair.from_any(p) for p in pairs)
        self._landmarks = self._check_pairs()
        self._build()

    @property
    def image_size(self) -> tuple[int, int]:
        return (self.width, self.height)

    # -- validation and construction ------------------------------------------------
    def _check_pairs(self) -> list[Landmark]:
        if len(self.pairs) < MIN_LANDMARKS:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Place at least {least} landmarks, spread over the body (head, both "
                                                                "shoulders, hips or knees); {placed} placed.").format(
                least=MIN_LANDMARKS, placed=len(self.pairs)))
        seen: dict[tuple[str, str], LandmarkPair] = {}
        landmarks = []
        for pair in self.pairs:
            lm = self.view.landmark(pair.landmark_id, pair.side)
            if lm is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The {view} view has no landmark {side} {landmark}.").format(
                    view=Named(self.view.label, "views", self.view.id), side=pair.side, landmark=repr(pair.landmark_id)))
            key = (pair.landmark_id, pair.side)
            if key in seen:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{landmark} is placed twice.").format(landmark=_named(lm, capital=True)))
            seen[key] = pair
            if not (math.isfinite(pair.image_x) and math.isfinite(pair.image_y)
                    and -0.5 <= pair.image_x <= self.width + 0.5
                    and -0.5 <= pair.image_y <= self.height + 0.5):
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{landmark} is placed outside the image.").format(
                    landmark=_named(lm, capital=True)))
            landmarks.append(lm)
        for i, a in enumerate(self.pairs):
            for j in range(i):
                b = self.pairs[j]
                if math.hypot(a.image_x - b.image_x, a.image_y - b.image_y) < SAME_CLICK_PX:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Validation", "{first} and {second} are placed on the same spot of the image.")
                        .format(first=_named(landmarks[i], capital=True), second=_named(landmarks[j])))
        canon = [self._iso(lm.x, lm.y) for lm in landmarks]
        image = [(p.image_x, p.image_y) for p in self.pairs]
        if _spread(canon) < MIN_SPREAD:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The chosen landmarks lie (almost) on one line, so the image cannot "
                                                                "be calibrated: add landmarks on both sides of the body (e.g. "
                                                                "both shoulders or hips), not only along the midline."))
        if _spread(image) < MIN_SPREAD:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The landmarks are placed (almost) on one line on the image: check "
                                                                "the clicks; they should follow the body's shape."))
        return landmarks

    def _iso(self, x: float, y: float) -> Point:
        return (x * self.view.aspect, y)

    def _build(self) -> None:
        lms = self._landmarks
        canon = [self._iso(lm.x, lm.y) for lm in lms]
        image = [(p.image_x, p.image_y) for p in self.pairs]
        affine = _fit_affine(canon, image)
        inverse = _invert(affine) if affine is not None else None
        if affine is None or inverse is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The landmarks do not span an area on the image; check the clicks."))
        (a, b, _), (d, e, _) = affine
        if a * e - b * d < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "The image is mirrored relative to the view: the patient's right and left "
                                                "are swapped. Check that the image shows the {view} view, or mirror the "
                                                "image.").format(view=Named(self.view.label, "views", self.view.id)))
        self._affine, self._inverse = affine, inverse
        # the triangulation uses one landmark of each near-duplicate group; the others only
        # count in the affine fit
        keep: list[int] = []
        for i in range(len(lms)):
            if all(math.dist(canon[i], canon[k]) >= MIN_SEPARATION for k in keep):
                keep.append(i)
        w = self.view.aspect
        m = FRAME_MARGIN
        frame = [(-m, -m), (w + m, -m), (w + m, 1 + m), (-m, 1 + m)]
        src = [canon[i] for i in keep] + frame
        dst = [image[i] for i in keep] + [_apply(affine, p) for p in frame]
        names: list[Landmark | None] = [lms[i] for i in keep] + [None] * 4
        canon_tris, image_tris = [], []
        for i, j, k in _delaunay(src):
            ca = _area2(src[i], src[j], src[k])
            if abs(ca) < 1e-12:
                continue                              # degenerate (collinear) triple
            ia = _area2(dst[i], dst[j], dst[k])
            if ia * ca <= 0 or abs(ia) < 1e-9 * self.height * self.height:
                raise ValidationError(self._fold_message([names[i], names[j], names[k]]))
            canon_tris.append((src[i], src[j], src[k]))
            image_tris.append((dst[i], dst[j], dst[k]))
        self._canon_mesh = _Mesh(canon_tris)
        self._image_mesh = _Mesh(image_tris)
        self._canon_frame = frame
        self._image_frame = [_apply(affine, p) for p in frame]

    @staticmethod
    def _fold_message(names: list[Landmark | None]) -> Message:
        real = [n for n in names if n is not None]
        if len(real) == 3:
            return QT_TRANSLATE_NOOP("Validation", "The landmarks cross over: {first}, {second} and {third} are in a "
                                     "different order on the image than on the body (for example right and left "
                                     "swapped). Check those clicks.").format(
                first=_named(real[0]), second=_named(real[1]), third=_named(real[2]))
        if len(real) == 1:
            return QT_TRANSLATE_NOOP("Validation", "{landmark} is far from where the other landmarks put it; check "
                                     "that click.").format(landmark=_named(real[0], capital=True))
        return QT_TRANSLATE_NOOP("Validation", "{first} and {second} are far from where the other landmarks put "
                                 "them; check those clicks.").format(first=_named(real[0], capital=True),
                                                                     second=_named(real[1]))

    # -- mapping --------------------------------------------------------------------------
    def to_image(self, x: float, y: float) -> Point:
        """Canonical normalised view coordinates -> image pixels."""
        return self._map(self._iso(x, y), self._canon_mesh, self._image_mesh, self._canon_frame,
                         self._affine)

    def to_canonical(self, ix: float, iy: float) -> Point:
        """Image pixels -> canonical normalised view coordinates."""
        u, v = self._map((ix, iy), self._image_mesh, self._canon_mesh, self._image_frame, self._inverse)
        return (u / self.view.aspect, v)

    @staticmethod
    def _map(p: Point, src: _Mesh, dst: _Mesh, frame: Sequence[Point], affine: Affine) -> Point:
        if not _inside_convex(p, frame):
            return _apply(affine, p)
        hit = src.locate(p) or src.nearest(p)
        if hit is None:
            return _apply(affine, p)
        i, (wa, wb, wc) = hit
        a, b, c = dst.tris[i]
        return (wa * a[0] + wb * b[0] + wc * c[0], wa * a[1] + wb * b[1] + wc * c[1])

    def ring_to_image(self, ring: Sequence[Point], step: float = 0.004) -> list[Point]:
        """A canonical polygon ring mapped vertex by vertex, its edges first densified so that
        no piece is longer than ``step`` diagram heights (curves stay right across triangles)."""
        return [self.to_image(x, y) for x, y in densify(ring, step, self.view.aspect)]

    def ring_to_canonical(self, ring: Sequence[Point], step_px: float | None = None) -> list[Point]:
        step = step_px if step_px is not None else max(2.0, self.height * 0.004)
        return [self.to_canonical(x, y) for x, y in densify(ring, step, 1.0)]

    # -- quality -------------------------------------------------------------------------
    def residuals(self) -> dict[tuple[str, str], float]:
        """Per landmark: distance (pixels) between the click and where the affine fit puts it;
        a large one points at a misplaced click or a differently drawn body part."""
        return {(p.landmark_id, p.side): math.dist((p.image_x, p.image_y),
                                                    _apply(self._affine, self._iso(lm.x, lm.y)))
                for p, lm in zip(self.pairs, self._landmarks)}

    def pairs_json(self) -> list[PairDict]:
        return [p.to_dict() for p in self.pairs]


def densify(ring: Sequence[Point], step: float, aspect: float = 1.0) -> list[Point]:
    """The closed ring with extra points on edges longer than ``step`` (x scaled by aspect when
    measuring).  The closing edge is densified too; the closing point is not repeated."""
    pts = list(ring)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    out: list[Point] = []
    n = len(pts)
    for i in range(n):
        (ax, ay), (bx, by) = pts[i], pts[(i + 1) % n]
        out.append((ax, ay))
        if n < 2:
            break
        pieces = int(math.hypot((bx - ax) * aspect, by - ay) / step)
        for k in range(1, pieces + 1):
            t = k / (pieces + 1)
            out.append((ax + (bx - ax) * t, ay + (by - ay) * t))
    return out


def calibrate(view_id: str, pairs: Iterable[PairLike], image_size: tuple[int, int]) -> Calibration:
    """Build and validate a calibration (ValidationError with a clear message otherwise)."""
    return Calibration(view_id, pairs, image_size)
