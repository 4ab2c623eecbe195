"""Which muscles' referral patterns explain the pain drawn on a visit? (Qt-free)

The method is documented in docs/SUGGESTIONS.md. In short, for every candidate muscle and side:

* the drawn pain is turned into per-region evidence. Each zone is one unit of pain times its
  intensity weight (0.5 at 0/10 .. 1.0 at 10/10), spread over the regions it lies in by the
  share of its area inside each. Separately, a region is "painful" with membership
  ``min(1, share / FULL_SHARE)`` where ``share = max(part of the zone inside the region, part
  of the region the zone covers)`` (a blob mostly inside a region, or a zone covering a good
  part of it, counts fully). Shares below ``MIN_SHARE`` are grazes and are ignored.
* the pattern: the reference's referral regions (primary, spillover) and the muscle's **local**
  regions, those its trigger points lie in where the referral map does not list them (a trigger
  point aches where it lies, and patients often draw the sore muscle itself);
* ``coverage`` = the share of the drawn pain the pattern explains, primary regions at weight 1,
  spillover at ``SPILLOVER_COVERAGE`` (0.5), local at ``LOCAL_COVERAGE`` (0.7);
* ``precision`` = the share of the pattern that is painful (membership), each region weighted by
  its kind (primary 1, spillover ``SPILLOVER_PRECISION`` 0.1: a missing spillover zone is weak
  evidence against; local ``LOCAL_PRECISION`` 0.1) and by its size (``region_size``, to the power ``SIZE_POWER`` 0.5: a large
  painful buttock counts for more of a pattern than a blank strip of gluteal fold); regions not
  shown on any view the clinician drew on count at ``UNSEEN_WEIGHT`` (0.25: unknown, so a
  quarter as much as a region that was on a drawn view and left blank; a close-up cannot show
  the rest of a pattern, which is not evidence against it);
* ``prior`` = how often by-area sources name the muscle as the cause of pain in the areas drawn
  (``suggest_prior``, 0..1: the mean, over the painful regions of the drawing, each weighed by
  its membership, of the tier value the region's area gives the muscle; 0 where the sources give
  no order). It counts a region whether or not the reference's pattern reaches it: the sources
  speak of the complaint (shoulder pain: the infraspinatus first), not of the pattern's map;
* ``fit = (coverage x precision + PRIOR_SHARE x prior) / (1 + PRIOR_SHARE)``: how well the
  pattern explains the pain, plus how often the by-area sources name the muscle for it
  (``PRIOR_SHARE`` 0.5). The prior is not discounted by coverage: a source that names the
  quadratus lumborum first for low back pain says so whether the reference files the lumbar
  region as its primary or its spillover zone;
* ``score = fit x confidence x reproduced`` (0..1): the reference's confidence
  (``CONFIDENCE_WEIGHT``: high 1, moderate 0.9, low 0.8) and, for a muscle with a trigger point
  charted in this visit that reproduced the pain (pain recognition, or named as the zone's
  source), ``1 + REPRODUCED_WEIGHT`` times (twice) what it would score otherwise (all scores are
  divided by that, to stay within 0..1). Ties break by coverage, the reference's confidence, name and side, so the order is
  deterministic. The weights were chosen on the parts of benchmarks/data/suggest_eval.json seen
  before, never on its fresh held-out part (benchmarks/tune_suggest.py; docs/SUGGESTIONS.md has the figures).

Sides are the patient's: an ipsilateral pattern on the right is the right-side muscle's;
contralateral patterns are mirrored; bilateral patterns (the same for either side) give one
candidate with side ``"either"``; pain drawn on both sides of a paired muscle's pattern also gives
the candidate ``"both"`` (the muscle on each side), listed only when it scores above either side
alone; its single sides are then listed after every other muscle (they add nothing to it). Region geometry per view and each zone's region shares are cached, so a live update only
measures the zones that changed.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeAlias

from shapely import STRtree
from shapely.geometry.base import BaseGeometry  # shapely ships no type hints: to mypy this is Any

from bodymap.domain import reference
from bodymap.domain.diagrams import available_views, load_view
from bodymap.domain.geometry import to_shape
from bodymap.domain.referral import EITHER, LOCAL, PRIMARY, SPILLOVER, PatternRegion, pattern_of, side_letter
from bodymap.domain.region_size import region_sizes
from bodymap.domain.suggest_prior import Priors

FULL_SHARE = 0.3           # a region counts fully from this share (of the zone or of the region)
MIN_SHARE = 0.02           # below this share a region is a graze and is ignored
SPILLOVER_COVERAGE = 0.5   # how much a spillover region explains, relative to a primary one
SPILLOVER_PRECISION = 0.1   # how much an unpainted spillover region counts against a muscle
LOCAL_COVERAGE = 0.7       # how much pain over the muscle's own trigger-point region explains
LOCAL_PRECISION = 0.1      # how much that region, left blank, counts against the muscle
UNSEEN_WEIGHT = 0.25       # pattern regions on no view drawn on count a quarter as much as ones seen and left blank
SIZE_POWER = 0.5           # precision weighs a pattern region by (its size) ** this (0: every region alike)
PRECISION_POWER = 1.0      # score ~ coverage x precision ** this (below 1: large patterns penalised less)
PRIOR_SHARE = 0.5          # fit = (coverage x precision + this x prior) / (1 + this)
REPRODUCED_WEIGHT = 1.0    # score x (1 + this) for a charted trigger point of the muscle that reproduced the pain
CONFIDENCE_WEIGHT = {"high": 1.0, "moderate": 0.9, "low": 0.8}   # the reference's confidence
BOTH = "both"              # a paired muscle on both sides, for pain drawn on both sides

_COVER_W = {PRIMARY: 1.0, SPILLOVER: SPILLOVER_COVERAGE, LOCAL: LOCAL_COVERAGE}
_PREC_W = {PRIMARY: 1.0, SPILLOVER: SPILLOVER_PRECISION, LOCAL: LOCAL_PRECISION}
_CONFIDENCE_ORDER = {c: i for i, c in enumerate(reference.CONFIDENCE_LEVELS)}

Key = tuple[str, str]      # (region id, patient side)
Outline: TypeAlias = tuple[tuple[tuple[float, float], ...], ...]   # a zone's polygons, hashable (cache key)
JSONDict: TypeAlias = dict[str, Any]    # a JSON-able object (values of mixed types)


class ChartedPoint(Protocol):
    """What suggestions need of a charted trigger point (a records.TriggerPointRecord fits)."""

    @property
    def muscle(self) -> str | None: ...
    @property
    def side(self) -> str: ...
    @property
    def findings(self) -> frozenset[str]: ...
    @property
    def zone_ids(self) -> frozenset[int]: ...


class PainZone(Protocol):
    """What suggestions need of a zone (a records.ZoneRecord fits: read-only members)."""

    @property
    def id(self) -> int: ...
    @property
    def view(self) -> str: ...
    @property
    def polygons(self) -> Sequence[Sequence[tuple[float, float]]]: ...
    @property
    def intensity(self) -> int: ...


def intensity_weight(intensity: int | None) -> float:
    """0/10 -> 0.5, 10/10 -> 1.0: a drawn zone is pain even when its intensity is low."""
    value = 5 if intensity is None else max(0, min(10, int(intensity)))
    return 0.5 + 0.05 * value


# ---------------------------------------------------------------------------- geometry (cached)
@dataclass(frozen=True)
class _ViewRegions:
    keys: tuple[Key, ...]
    shapes: tuple[BaseGeometry, ...]
    areas: tuple[float, ...]
    tree: STRtree


@functools.cache
def _view_regions(view_id: str) -> _ViewRegions:
    view = load_view(view_id)
    keys, shapes = [], []
    for region in view.regions:
        shape = to_shape(region.polygons, view.aspect)
        if not shape.is_empty:
            keys.append((region.id, region.side))
            shapes.append(shape)
    return _ViewRegions(tuple(keys), tuple(shapes), tuple(s.area for s in shapes), STRtree(shapes))


@functools.cache
def _view_keys(view_id: str) -> frozenset[Key]:
    return frozenset(_view_regions(view_id).keys)


def _freeze(polygons: Iterable[Iterable[Sequence[float]]]) -> Outline:
    return tuple(tuple((float(x), float(y)) for x, y in poly) for poly in polygons)


@functools.lru_cache(maxsize=4096)
def _zone_shares(view_id: str, polygons: Outline) -> tuple[tuple[Key, float, float], ...]:
    vr = _view_regions(view_id)
    zone = to_shape(polygons, load_view(view_id).aspect)
    if zone.is_empty or zone.area <= 0:
        return ()
    out = []
    for i in sorted(int(j) for j in vr.tree.query(zone)):
        overlap = vr.shapes[i].intersection(zone).area
        if overlap > 0:
            out.append((vr.keys[i], overlap / zone.area, overlap / vr.areas[i]))
    return tuple(out)


def zone_shares(view_id: str, polygons: Iterable[Iterable[Sequence[float]]]) -> tuple[tuple[Key, float, float], ...]:
    """((region, side), share of the zone inside it, share of the region covered) per region."""
    return _zone_shares(view_id, _freeze(polygons))


def clear_caches() -> None:
    """Forget the per-zone shares (the benchmark measures cold runs with it)."""
    _zone_shares.cache_clear()


# ---------------------------------------------------------------------------- evidence
@dataclass
class PainEvidence:
    key: Key
    pain: float = 0.0               # share of the drawn pain in this region (sum over zones)
    membership: float = 0.0         # 0..1, how clearly the region is painful (max over zones)
    zone_ids: list[int] = field(default_factory=list)


def pain_map(zones: Iterable[PainZone]) -> tuple[dict[Key, PainEvidence], frozenset[Key]]:
    """Per-region pain evidence of the zones, and the regions shown on the views drawn on.

    Each zone is one unit of pain times its intensity weight, spread over the regions it lies
    in by the share of its area in each (grazes below MIN_SHARE left out)."""
    evidence: dict[Key, PainEvidence] = {}
    observed: set[Key] = set()
    for zone in sorted(zones, key=lambda z: z.id):
        if zone.view not in available_views():
            continue
        observed |= _view_keys(zone.view)
        weight = intensity_weight(zone.intensity)
        kept = [(key, zs, rs) for key, zs, rs in zone_shares(zone.view, zone.polygons)
                if max(zs, rs) >= MIN_SHARE]
        spread = sum(zs for _k, zs, _rs in kept)
        for key, zone_share, region_share in kept:
            ev = evidence.setdefault(key, PainEvidence(key))
            ev.membership = max(ev.membership, min(1.0, max(zone_share, region_share) / FULL_SHARE))
            ev.pain += weight * (zone_share / spread if spread > 0 else 1.0 / len(kept))
            if zone.id not in ev.zone_ids:
                ev.zone_ids.append(zone.id)
    return dict(sorted(evidence.items())), frozenset(observed)


# ---------------------------------------------------------------------------- results
@dataclass(frozen=True)
class RegionMatch:
    region_id: str
    side: str
    label: str
    kind: str | None                # 'primary' | 'spillover' | 'local' (its trigger points' region) | None
    pain: float
    zone_ids: tuple[int, ...]

    def describe(self) -> str:
        return f"{self.label} ({side_letter(self.side)})"


@dataclass(frozen=True)
class Suggestion:
    muscle_id: str
    name: str
    side: str                       # 'left' | 'right' | 'either' (bilateral pattern) | 'both'
    score: float                    # the ranking score, 0..1 (see the module docstring)
    coverage: float
    precision: float
    confidence: str
    explained: tuple[RegionMatch, ...]      # painful regions in the pattern
    unexplained: tuple[RegionMatch, ...]    # painful regions outside the pattern
    not_drawn: tuple[PatternRegion, ...]    # primary regions shown on a drawn view, not painful
    unseen: tuple[PatternRegion, ...]       # pattern regions on no view drawn on
    prior: float = 0.0                      # per-area frequency prior, 0..1 (suggest_prior)
    prior_areas: tuple[str, ...] = ()       # the areas whose by-area sources rank this muscle
    reproduced: bool = False                # a trigger point charted in this muscle reproduced the pain

    @property
    def zone_ids(self) -> tuple[int, ...]:
        return tuple(sorted({z for m in self.explained for z in m.zone_ids}))

    @property
    def reason(self) -> str:
        return self.describe()

    def describe(self, limit: int | None = None) -> str:
        """The reason in words; limit shortens each list to that many names ("+ N more")."""
        def names(items: Iterable[RegionMatch | PatternRegion]) -> str:
            items = list(items)
            shown = items if limit is None or len(items) <= limit else items[:limit]
            more = f" + {len(items) - len(shown)} more" if len(shown) < len(items) else ""
            return ", ".join(i.describe() for i in shown) + more
        parts = []
        if self.reproduced:
            parts.append("a trigger point charted in it reproduced the pain")
        for kind in (PRIMARY, SPILLOVER):
            matched = [m for m in self.explained if m.kind == kind]
            if matched:
                parts.append(f"{kind} zone covers {names(matched)}")
        local = [m for m in self.explained if m.kind == LOCAL]
        if local:
            parts.append(f"its trigger points lie in the painful area: {names(local)}")
        text = "; ".join(parts) or "explains none of the drawn pain"
        if self.prior_areas:
            text += f". A frequent cause of {' and '.join(a.lower() for a in self.prior_areas)}"
        if self.unexplained:
            text += f". Leaves unexplained: {names(self.unexplained)}"
        if self.not_drawn:
            text += f". Expected but not drawn: {names(self.not_drawn)}"
        if self.unseen:
            text += f". Not on the views drawn: {names(self.unseen)}"
        return text + "."

    def to_dict(self) -> JSONDict:
        def match(m: RegionMatch) -> JSONDict:
            return {"region": m.region_id, "side": m.side, "label": m.label, "kind": m.kind,
                    "pain": round(m.pain, 3), "zones": list(m.zone_ids)}

        def region(p: PatternRegion) -> dict[str, str]:
            return {"region": p.region_id, "side": p.side, "label": p.label, "kind": p.kind}
        return {"muscle": self.muscle_id, "name": self.name, "side": self.side,
                "score": round(self.score, 4), "coverage": round(self.coverage, 4),
                "precision": round(self.precision, 4), "confidence": self.confidence,
                "prior": round(self.prior, 4), "prior_areas": list(self.prior_areas),
                "reproduced": self.reproduced,
                "reason": self.reason, "explained": [match(m) for m in self.explained],
                "unexplained": [match(m) for m in self.unexplained],
                "expected_not_drawn": [region(p) for p in self.not_drawn],
                "not_on_drawn_views": [region(p) for p in self.unseen]}


# ---------------------------------------------------------------------------- the ranking
@dataclass(frozen=True)
class _Candidate:
    muscle: reference.Muscle
    side: str
    pattern: tuple[PatternRegion, ...]
    kinds: dict[Key, str]


def _local(muscle: reference.Muscle, sides: Iterable[str], pattern: Iterable[PatternRegion]) -> tuple[PatternRegion, ...]:
    """The regions the muscle's trigger points lie in, on its side(s), that its referral pattern
    does not already list: a trigger point is tender and aches where it lies, and patients often
    draw the sore muscle itself (local pain, the chief complaint of most patients with
    infraspinatus trigger points in one study), which the referral map does not record."""
    taken = {p.key for p in pattern}
    out: dict[Key, PatternRegion] = {}
    for tp in muscle.trigger_points:
        if not tp.region:
            continue
        for side in (sides if reference.is_paired(tp.region) else ("midline",)):
            if (tp.region, side) not in taken:
                out.setdefault((tp.region, side), PatternRegion(tp.region, side, LOCAL, reference.region_label(tp.region)))
    return tuple(out.values())


def _candidates(muscles: Iterable[reference.Muscle]) -> list[_Candidate]:
    out = []
    for m in muscles:
        right, left = pattern_of(m, "right"), pattern_of(m, "left")
        sides: tuple[tuple[str, tuple[PatternRegion, ...]], ...]
        if {p.key for p in right} == {p.key for p in left}:
            # bilateral or all-midline: the side cannot be told
            sides = ((EITHER, right + _local(m, ("right", "left"), right)),)
        else:
            both = tuple({p.key: p for p in (*right, *left)}.values())
            sides = (("right", right + _local(m, ("right",), right)), ("left", left + _local(m, ("left",), left)),
                     (BOTH, both + _local(m, ("right", "left"), both)))
        for side, pattern in sides:
            out.append(_Candidate(m, side, pattern, {p.key: p.kind for p in pattern}))
    return out


@dataclass(frozen=True)
class _Numbers:
    coverage: float
    precision: float
    prior: float
    prior_areas: tuple[str, ...]
    reproduced: bool
    score: float


@dataclass(frozen=True)
class _Context:
    """What one ranking knows about the drawing, shared by every candidate."""
    evidence: dict[Key, PainEvidence]
    observed: frozenset[Key]
    total: float                            # the drawn pain (sum of the regions' pain)
    charted: frozenset[tuple[str, str]]     # (muscle, side) of trigger points that reproduced it
    priors: Priors | None                   # the by-area priors of this drawing (None: not used)


def _paired_sides(cand: _Candidate, evidence: dict[Key, PainEvidence]) -> set[str]:
    return {p.side for p in cand.pattern if p.side in ("right", "left") and p.key in evidence}


def reproducing(points: Iterable[ChartedPoint], zone_ids: Iterable[int]) -> frozenset[tuple[str, str]]:
    """(muscle id, side) of the charted trigger points that reproduced the drawn pain: pain
    recognition among their findings, or named as a source of one of the zones."""
    zones = frozenset(zone_ids)
    return frozenset((p.muscle, p.side) for p in points
                     if p.muscle and ("pain_recognition" in p.findings or set(p.zone_ids) & zones))


class Suggester:
    """Ranks muscles (and sides) by how well their referral patterns explain drawn pain.

    Build once (the patterns and an inverted index region -> candidates are precomputed);
    ``suggest(zones)`` is then cheap. ``default_suggester()`` uses the built-in reference."""

    def __init__(self, muscles: Iterable[reference.Muscle] | None = None, use_prior: bool = True):
        self.candidates = _candidates(reference.muscles() if muscles is None else muscles)
        self.use_prior = use_prior
        sizes = region_sizes()
        # per candidate: (pattern region, its size weight) -- precomputed, as SIZE_POWER is fixed
        self._sized = [tuple((p, sizes.get(p.region_id, 1.0) ** SIZE_POWER) for p in cand.pattern)
                       for cand in self.candidates]
        self._by_key: dict[Key, list[int]] = {}
        for i, cand in enumerate(self.candidates):
            for key in cand.kinds:
                self._by_key.setdefault(key, []).append(i)

    def suggest(self, zones: Iterable[PainZone], top: int | None = None, min_score: float = 0.0,
                trigger_points: Iterable[ChartedPoint] = ()) -> list[Suggestion]:
        zones = list(zones)
        evidence, observed = pain_map(zones)
        total = sum(ev.pain for ev in evidence.values())
        if total <= 0:
            return []
        charted = reproducing(trigger_points, (z.id for z in zones))
        touched = sorted({i for key in evidence for i in self._by_key.get(key, ())})
        # Numbers first (cheap), the reasons only for the suggestions returned.
        priors = Priors({key: e.membership for key, e in evidence.items()}) if self.use_prior else None
        context = _Context(evidence, observed, total, charted, priors)
        scored = []
        for i in touched:
            cand = self.candidates[i]
            if cand.side == BOTH and len(_paired_sides(cand, evidence)) < 2:
                continue                      # both sides only for pain drawn on both sides
            n = self._numbers(cand, context, i)
            if n.score > min_score:
                scored.append((-round(n.score, 9), -round(n.coverage, 9),
                               _CONFIDENCE_ORDER.get(cand.muscle.confidence, 9), cand.muscle.name,
                               cand.side, i))
        # both sides only where they explain more than either side alone
        single: dict[str, float] = {}
        for row in scored:
            cand = self.candidates[row[-1]]
            if cand.side != BOTH:
                single[cand.muscle.id] = min(single.get(cand.muscle.id, 0.0), row[0])
        scored = [row for row in scored if self.candidates[row[-1]].side != BOTH
                  or row[0] < single.get(self.candidates[row[-1]].muscle.id, 0.0)]
        # where both sides are listed, that muscle's single sides say nothing more: they go after
        # the other muscles instead of filling the top of the list twice more
        paired = {self.candidates[row[-1]].muscle.id for row in scored
                  if self.candidates[row[-1]].side == BOTH}
        scored.sort(key=lambda row: (self.candidates[row[-1]].side != BOTH
                                     and self.candidates[row[-1]].muscle.id in paired, row))
        chosen = scored[:top] if top is not None else scored
        return [self._suggestion(row[-1], context) for row in chosen]

    def _numbers(self, cand: _Candidate, c: _Context, index: int) -> _Numbers:
        covered = hit = expected = 0.0
        for p, size in self._sized[index]:        # the pattern's regions: few, unlike the evidence
            w = _PREC_W[p.kind] * size
            expected += w if p.key in c.observed else w * UNSEEN_WEIGHT
            found = c.evidence.get(p.key)
            if found is not None:
                covered += found.pain * _COVER_W[p.kind]
                hit += w * found.membership
        coverage, precision = covered / c.total, (hit / expected if expected else 0.0)
        sides = ("right", "left") if cand.side in (EITHER, BOTH) else (cand.side,)
        prior, areas = c.priors.of(cand.muscle.id, sides) if c.priors is not None else (0.0, ())
        reproduced = any((cand.muscle.id, s) in c.charted for s in sides)
        fit = (coverage * precision ** PRECISION_POWER + PRIOR_SHARE * prior) / (1 + PRIOR_SHARE)
        score = (fit * CONFIDENCE_WEIGHT.get(cand.muscle.confidence, 0.7)
                 * (1 + REPRODUCED_WEIGHT * reproduced) / (1 + REPRODUCED_WEIGHT))
        return _Numbers(coverage, precision, prior, areas, reproduced, score)

    def _suggestion(self, index: int, c: _Context) -> Suggestion:
        cand = self.candidates[index]
        n = self._numbers(cand, c, index)
        evidence, observed = c.evidence, c.observed
        explained: list[RegionMatch] = []
        unexplained: list[RegionMatch] = []
        for key, ev in evidence.items():
            kind = cand.kinds.get(key)
            match = RegionMatch(key[0], key[1], reference.region_label(key[0]), kind, ev.pain,
                                tuple(ev.zone_ids))
            (unexplained if kind is None else explained).append(match)
        not_drawn = [p for p in cand.pattern
                     if p.key in observed and p.kind == PRIMARY and p.key not in evidence]
        unseen = [p for p in cand.pattern if p.key not in observed and p.kind != LOCAL]
        by_pain = lambda m: (-m.pain, m.label, m.side)  # noqa: E731
        return Suggestion(cand.muscle.id, cand.muscle.name, cand.side, n.score, n.coverage,
                          n.precision, cand.muscle.confidence,
                          tuple(sorted(explained, key=by_pain)), tuple(sorted(unexplained, key=by_pain)),
                          tuple(not_drawn), tuple(unseen), n.prior, n.prior_areas, n.reproduced)


@functools.cache
def default_suggester() -> Suggester:
    return Suggester()


def suggest(zones: Iterable[PainZone], top: int | None = None, min_score: float = 0.0,
            trigger_points: Iterable[ChartedPoint] = ()) -> list[Suggestion]:
    """Ranked suggestions for the zones of a visit with the built-in reference; trigger_points
    are the visit's charted trigger points (those that reproduced the pain rank their muscle up)."""
    return default_suggester().suggest(zones, top=top, min_score=min_score, trigger_points=trigger_points)
