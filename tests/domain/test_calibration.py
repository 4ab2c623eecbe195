"""Template calibration: landmark-based piecewise-affine map between an image and a view."""
from __future__ import annotations

import math
import random

import pytest
from PIL import Image, ImageDraw

from bodymap.domain.calibration import Calibration, calibration_landmarks, densify, landmark_phrase
from bodymap.domain.diagrams import VIEW_IDS, load_view
from bodymap.errors import ValidationError
from bodymap.services.demo import region_point

HEIGHT = 900          # diagram height in the synthetic image before scaling
SCALE = 1.3
OFFSET = (37.0, 21.0)


def affine_px(view):
    """The built-in view scaled by 1.3 and shifted: canonical -> image pixels."""
    def to_px(x, y):
        return (OFFSET[0] + x * view.aspect * HEIGHT * SCALE, OFFSET[1] + y * HEIGHT * SCALE)
    return to_px


def warped_px(view):
    """Like affine_px plus a smooth non-linear warp (a differently drawn body)."""
    base = affine_px(view)

    def to_px(x, y):
        bx, by = base(x, y)
        return (bx + 18.0 * math.sin(math.pi * y) * (x - 0.5) * 2, by + 14.0 * math.sin(math.pi * x))
    return to_px


def image_size(view):
    return (round(view.aspect * HEIGHT * SCALE + 2 * OFFSET[0]) + 20, round(HEIGHT * SCALE + 2 * OFFSET[1]) + 20)


def calibrated(view_id="anterior", warp=affine_px, landmarks=None):
    view = load_view(view_id)
    to_px = warp(view)
    lms = landmarks if landmarks is not None else calibration_landmarks(view)
    return Calibration(view_id, [(lm.id, lm.side, *to_px(lm.x, lm.y)) for lm in lms], image_size(view))


def test_landmarks_land_on_their_clicks_and_affine_images_are_exact():
    view = load_view("anterior")
    cal = calibrated()
    to_px = affine_px(view)
    for lm in view.landmarks:                      # also the near-duplicates left out of the list
        assert cal.to_image(lm.x, lm.y) == pytest.approx(to_px(lm.x, lm.y), abs=1e-6)
    rnd = random.Random(3)
    for _ in range(500):                           # an affine image is reproduced exactly
        x, y = rnd.uniform(-0.3, 1.3), rnd.uniform(-0.3, 1.3)
        assert cal.to_image(x, y) == pytest.approx(to_px(x, y), abs=1e-6)
        assert cal.to_canonical(*to_px(x, y)) == pytest.approx((x, y), abs=1e-9)
    assert max(cal.residuals().values()) < 1e-6


@pytest.mark.parametrize("warp", [affine_px, warped_px])
def test_round_trip_is_exact_inside_and_outside_the_image(warp):
    cal = calibrated(warp=warp)
    w, h = cal.image_size
    rnd = random.Random(7)
    worst_px = worst_canon = 0.0
    for _ in range(4000):
        p = (rnd.uniform(-w, 2 * w), rnd.uniform(-h, 2 * h))      # far outside too
        worst_px = max(worst_px, math.dist(p, cal.to_image(*cal.to_canonical(*p))))
        q = (rnd.uniform(-1.5, 2.5), rnd.uniform(-1.5, 2.5))
        worst_canon = max(worst_canon, math.dist(q, cal.to_canonical(*cal.to_image(*q))))
    assert worst_px < 1e-6          # pixels
    assert worst_canon < 1e-9       # diagram units


def test_the_map_is_continuous_across_the_frame():
    """Inside the frame the map is piecewise affine, outside it the affine fit: they agree on
    the frame's edges (x * aspect = -1 on the anterior view)."""
    cal = calibrated(warp=warped_px)
    for y in (-0.5, 0.4, 1.7):
        inside, outside = cal.to_image(-2.0 + 1e-9, y), cal.to_image(-2.0 - 1e-9, y)
        assert math.dist(inside, outside) < 1e-4


def test_synthetic_template_regions_land_on_the_right_pixels():
    """Render every region of the anterior view in its own colour onto a scaled, shifted and
    warped image; calibrate on the landmarks; region_at through the calibration agrees with
    the pixels."""
    view = load_view("anterior")
    for warp, min_agreement in ((affine_px, 0.999), (warped_px, 0.97)):
        to_px = warp(view)
        img = Image.new("RGB", image_size(view), (255, 255, 255))
        draw = ImageDraw.Draw(img)
        colours = {}
        # region_at returns the first region that contains a point: paint it last
        for n, region in reversed(list(enumerate(view.regions))):
            colour = (n * 3 % 256, (n * 53) % 256, 200 - n)
            colours[colour] = (region.id, region.side)
            for poly in region.polygons:
                ring = densify(poly, 0.003, view.aspect)
                draw.polygon([to_px(x, y) for x, y in ring], fill=colour)
        cal = calibrated(warp=warp)
        px = img.load()
        w, h = img.size
        checked = agreed = 0
        for j in range(3, h - 3, 7):
            for i in range(3, w - 3, 5):
                c = px[i, j]
                if c not in colours:
                    continue
                if any(px[i + di, j + dj] != c for di in (-3, 0, 3) for dj in (-3, 0, 3)):
                    continue                       # too near a border to say
                x, y = cal.to_canonical(i + 0.5, j + 0.5)
                hit = view.region_at(x, y)
                checked += 1
                agreed += hit is not None and (hit.region_id, hit.side) == colours[c]
        assert checked > 3000
        assert agreed / checked >= min_agreement, (warp.__name__, agreed, checked)
        # and the other way: a point well inside each region lands on that region's colour
        for region in view.regions:
            x, y = region_point("anterior", region.id, region.side)
            i, j = cal.to_image(x, y)
            assert colours.get(px[int(i), int(j)]) == (region.id, region.side) or warp is warped_px


@pytest.mark.parametrize("view_id", VIEW_IDS)
def test_every_view_can_be_calibrated_with_its_landmark_list(view_id):
    cal = calibrated(view_id, warp=warped_px)
    view = load_view(view_id)
    lm = calibration_landmarks(view)[-1]
    assert cal.to_canonical(*cal.to_image(lm.x, lm.y)) == pytest.approx((lm.x, lm.y), abs=1e-9)


def test_calibration_list_drops_near_duplicate_landmarks():
    ids = [(lm.id, lm.side) for lm in calibration_landmarks(load_view("anterior"))]
    assert ("knee", "right") in ids and ("patella", "right") not in ids
    assert ("elbow", "left") in ids and ("medial_epicondyle", "left") not in ids
    assert len(ids) == len(set(ids)) >= 15


def test_prompts_name_the_patients_side():
    view = load_view("anterior")
    assert landmark_phrase(view.landmark("acromion", "right")) == "the patient's right acromion"
    assert landmark_phrase(view.landmark("sternal_notch")) == "the sternal notch"
    assert landmark_phrase(view.landmark("asis", "left")) == "the patient's left ASIS"


def _pairs(view_id="anterior"):
    view = load_view(view_id)
    to_px = affine_px(view)
    return view, [(lm.id, lm.side, *to_px(lm.x, lm.y)) for lm in calibration_landmarks(view)]


def _refused(pairs, match, size=None, view_id="anterior"):
    with pytest.raises(ValidationError, match=match):
        Calibration(view_id, pairs, size or image_size(load_view(view_id)))


def test_validation_messages():
    view, pairs = _pairs()
    _refused(pairs[:3], "at least 4")
    midline = [p for p in pairs if p[1] == "midline"]
    assert len(midline) >= 4
    _refused(midline, "one line")                              # the view's landmarks are collinear
    on_a_line = [(i, s, 100.0 + k, 100.0 + 2 * k) for k, (i, s, _x, _y) in enumerate(pairs[:6])]
    _refused(on_a_line, "one line on the image")
    _refused(pairs + [pairs[0]], "placed twice")
    _refused(pairs + [("belly_button", "midline", 10.0, 10.0)], "no landmark")
    outside = list(pairs)
    outside[0] = (outside[0][0], outside[0][1], -50.0, 10.0)
    _refused(outside, "outside the image")
    same = list(pairs)
    same[1] = (same[1][0], same[1][1], same[0][2] + 0.5, same[0][3])
    _refused(same, "same spot")
    mirrored = [(i, {"left": "right", "right": "left"}.get(s, s), x, y) for i, s, x, y in pairs]
    _refused(mirrored, "mirrored")
    _refused(pairs, "Unknown diagram view", size=(800, 1200), view_id="sideways")


def test_fold_over_names_the_landmarks():
    view, pairs = _pairs()
    index = {(i, s): k for k, (i, s, _x, _y) in enumerate(pairs)}
    swapped = list(pairs)
    a, b = index[("elbow", "right")], index[("wrist", "right")]
    swapped[a] = (*pairs[a][:2], *pairs[b][2:])
    swapped[b] = (*pairs[b][:2], *pairs[a][2:])
    with pytest.raises(ValidationError) as err:
        Calibration("anterior", swapped, image_size(view))
    message = str(err.value)
    assert "cross over" in message or "far from" in message
    assert "right elbow" in message or "right wrist" in message


def test_densify_keeps_the_corners_and_splits_long_edges():
    ring = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]
    dense = densify(ring, 0.1)
    assert dense[0] == (0.0, 0.0) and (1.0, 0.0) in dense and (1.0, 1.0) in dense
    assert all(math.dist(dense[k], dense[(k + 1) % len(dense)]) <= 0.1 + 1e-12 for k in range(len(dense)))
    assert densify(ring + [ring[0]], 10.0) == ring           # a closing point is not repeated
