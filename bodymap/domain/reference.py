"""The built-in trigger-point reference (muscles, trigger-point sites, regions, referral patterns).

Shipped as bodymap/assets/reference/trigger_points.json with its sources and confidence. It is an
aid to clinical reasoning: referral maps are population tendencies, not a diagnosis.

Qt-free. ``muscles()`` / ``muscle(id)`` give typed, frozen records; ``search(text)`` finds
muscles by name, by body area (region labels and ids, group labels) or by associated condition
("tension headache", "tennis elbow"), case-insensitively, in any word order and tolerant of
simple plurals; results are ranked (see ``search``).
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, TypeAlias

CAVEAT = ("Referral patterns are population tendencies from the literature, not a diagnosis; "
          "patients vary and red flags must be excluded clinically.")

SIDE_RULES = ("ipsilateral", "bilateral", "contralateral")
CONFIDENCE_LEVELS = ("high", "moderate", "low")

JSONDict: TypeAlias = dict[str, Any]   # an object of the decoded JSON asset: untyped by nature


# ---------------------------------------------------------------------------- records
@dataclass(frozen=True)
class RegionInfo:
    id: str
    label: str
    views: tuple[str, ...]
    paired: bool
    description: str = ""


@dataclass(frozen=True)
class Group:
    id: str
    label: str


@dataclass(frozen=True)
class TriggerPoint:
    label: str                          # 'TP1'
    location: str                       # palpation landmarks, paraphrased
    region: str                         # region id where the TP lies
    refers_to: tuple[str, ...] = ()     # per-TP referral regions where sources distinguish them


@dataclass(frozen=True)
class Referral:
    primary: tuple[str, ...]            # region ids of the essential zone
    spillover: tuple[str, ...]          # region ids of the spillover zone
    side: str                           # 'ipsilateral' | 'bilateral' | 'contralateral' (to the TP)

    @property
    def regions(self) -> tuple[str, ...]:
        """Primary then spillover region ids (a region in both counts as primary)."""
        return self.primary + tuple(r for r in self.spillover if r not in self.primary)


@dataclass(frozen=True)
class Muscle:
    id: str
    name: str
    group: str                          # group id
    group_label: str
    views: tuple[str, ...]              # reference views (the reference's 'head' = head close-ups)
    trigger_points: tuple[TriggerPoint, ...]
    referral: Referral
    conditions: tuple[str, ...]
    confidence: str                     # 'high' | 'moderate' | 'low'
    note: str
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class AreaPrior:
    """How often muscles cause pain in one area, as by-area sources rank them (see 'area_priors')."""
    id: str
    label: str
    regions: tuple[str, ...]             # the region ids of the area
    order: tuple[tuple[str, ...], ...]   # tiers of muscle ids, most frequent first
    sources: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class SearchHit:
    muscle: Muscle
    score: float
    matches: tuple[str, ...]            # why it matched, e.g. 'condition: tennis elbow'


# ---------------------------------------------------------------------------- loading
@functools.cache
def _data() -> JSONDict:
    path = resources.files("bodymap.assets").joinpath("reference/trigger_points.json")
    data: JSONDict = json.loads(path.read_text(encoding="utf-8"))
    return data


@functools.cache
def _regions() -> dict[str, JSONDict]:
    return {r["id"]: r for r in _data()["regions"]}


@functools.cache
def _muscles() -> dict[str, JSONDict]:
    return {m["id"]: m for m in _data()["muscles"]}


@functools.cache
def _groups() -> dict[str, Group]:
    return {g["id"]: Group(g["id"], g["label"]) for g in _data()["groups"]}


def parse_muscle(raw: JSONDict) -> Muscle:
    """A Muscle from one entry of the reference's 'muscles' list (validates the side rule)."""
    ref = raw["referral"]
    side = ref.get("side", "ipsilateral")
    if side not in SIDE_RULES:
        raise ValueError(f"{raw['id']}: unknown referral side {side!r}")
    group = _groups().get(raw.get("group", ""))
    return Muscle(
        id=raw["id"], name=raw["name"], group=raw.get("group", ""),
        group_label=group.label if group else raw.get("group", ""),
        views=tuple(raw.get("views", ())),
        trigger_points=tuple(TriggerPoint(tp["label"], tp.get("location", ""), tp["region"],
                                          tuple(tp.get("refers_to", ())))
                             for tp in raw.get("trigger_points", ())),
        referral=Referral(tuple(ref.get("primary", ())), tuple(ref.get("spillover", ())), side),
        conditions=tuple(raw.get("associated_conditions", ())),
        confidence=raw.get("confidence", "low"),
        note=raw.get("note", ""),
        sources=tuple(raw.get("sources", ())),
        aliases=tuple(raw.get("aliases", ())),
    )


@functools.cache
def _muscle_records() -> dict[str, Muscle]:
    return {m["id"]: parse_muscle(m) for m in _data()["muscles"]}


# ---------------------------------------------------------------------------- simple lookups
def region_label(region_id: str) -> str:
    """Human label of a region id; KeyError for an unknown id."""
    label: str = _regions()[region_id]["label"]
    return label


def display_region(region_id: str | None) -> str:
    """The region's label for people; an id the reference does not know is shown readably."""
    if not region_id:
        return ""
    try:
        return region_label(region_id)
    except KeyError:
        return region_id.replace("_", " ").capitalize()


def region_ids() -> tuple[str, ...]:
    return tuple(_regions())


def is_paired(region_id: str) -> bool:
    return bool(_regions()[region_id]["paired"])


def muscle_name(muscle_id: str) -> str:
    name: str = _muscles()[muscle_id]["name"]
    return name


def muscle_ids() -> tuple[str, ...]:
    return tuple(_muscles())


def muscle(muscle_id: str) -> Muscle:
    """The typed record of a muscle; KeyError for an unknown id."""
    return _muscle_records()[muscle_id]


def muscles() -> tuple[Muscle, ...]:
    """Every muscle of the reference, in reference order (grouped head to foot)."""
    return tuple(_muscle_records().values())


def region(region_id: str) -> RegionInfo:
    r = _regions()[region_id]
    return RegionInfo(r["id"], r["label"], tuple(r.get("views", ())), bool(r["paired"]),
                      r.get("description", ""))


def regions() -> tuple[RegionInfo, ...]:
    return tuple(region(rid) for rid in _regions())


def groups() -> tuple[Group, ...]:
    return tuple(_groups().values())


def area_priors() -> tuple[AreaPrior, ...]:
    """The per-area frequency priors (areas the sources give no order for are absent)."""
    return tuple(AreaPrior(a["id"], a["label"], tuple(a["regions"]),
                           tuple(tuple(tier) for tier in a["order"]), tuple(a["sources"]), a["note"])
                 for a in _data().get("area_priors", ()))


def caveat() -> str:
    """The reminder to show wherever referral patterns or suggestions are shown."""
    return CAVEAT


def about() -> str:
    text: str = _data().get("about", "")
    return text


# ---------------------------------------------------------------------------- search
_STOP = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "with", "for",
                   "muscle", "m", "trigger", "point", "tp", "trp"})
# Words that say "it hurts" without saying where: dropped unless the query is nothing else.
_SOFT = frozenset({"pain", "painful", "ache", "aching", "sore", "soreness", "hurt"})
_IRREGULAR = {"teeth": "tooth", "feet": "foot", "calves": "calf", "halves": "half",
              "men": "man", "women": "woman"}

# Field weights: what the clinician most likely means by a match there.
W_NAME = 100.0           # the muscle's name, id or an alias
W_CONDITION = 60.0       # an associated condition ("tennis elbow")
W_PRIMARY = 50.0         # a body area in the primary referral zone (where it sends pain)
W_TP_REGION = 35.0       # a body area where one of its trigger points lies
W_GROUP = 30.0           # the muscle's group ("forearm and hand")
W_SPILLOVER = 25.0       # a body area in the spillover zone
W_LOCATION = 10.0        # the palpation text of a trigger point
W_NOTE = 5.0             # the reference note
EXACT_BONUS = 1.2        # the field says exactly the query (no extra words)
PREFIX_CREDIT = 0.8      # 'tenn' matches 'tennis' (instant search while typing)
EXTRA_FIELD_CREDIT = 0.1  # each further matching field adds this share of its weight
CROSS_FIELD_CREDIT = 0.3  # all words found, but in different fields ("extensor elbow")
CROSS_FIELD_REASON = "words found in several fields"   # the reason of such a match
_CONFIDENCE_ORDER = {c: i for i, c in enumerate(CONFIDENCE_LEVELS)}


def stem(word: str) -> str:
    """A very small English stemmer: plural -> singular ('muscles', 'headaches', 'injuries')."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "uses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text: str) -> tuple[str, ...]:
    """Lower-case, accent-free, stemmed words of text (punctuation and '_' split words)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return tuple(stem(w) for w in re.split(r"[^a-z0-9]+", text) if w)


def _query_tokens(text: str) -> tuple[str, ...]:
    words = [w for w in tokens(text) if w not in _STOP]
    hard = [w for w in words if w not in _SOFT]
    return tuple(dict.fromkeys(hard or words))


@dataclass(frozen=True)
class _Field:
    weight: float
    label: str                   # shown as the reason for a match
    words: frozenset[str]
    count: int                   # number of (distinct) words, for the exact bonus


def _field(weight: float, label: str, *texts: str) -> _Field:
    words = frozenset(w for t in texts for w in tokens(t) if w not in _STOP)
    return _Field(weight, label, words, len(words))


@functools.cache
def _index() -> dict[str, tuple[_Field, ...]]:
    out: dict[str, tuple[_Field, ...]] = {}
    for m in muscles():
        fields = [_field(W_NAME, "name", m.name, m.id)]
        fields += [_field(W_NAME, f"also called {a}", a) for a in m.aliases]
        fields += [_field(W_CONDITION, f"condition: {c}", c) for c in m.conditions]
        fields.append(_field(W_GROUP, f"group: {m.group_label}", m.group_label, m.group))
        for rid in m.referral.primary:
            fields.append(_field(W_PRIMARY, f"refers pain to: {region_label(rid)}",
                                 region_label(rid), rid))
        for rid in m.referral.spillover:
            if rid not in m.referral.primary:
                fields.append(_field(W_SPILLOVER, f"spillover to: {region_label(rid)}",
                                     region_label(rid), rid))
        for rid in dict.fromkeys(tp.region for tp in m.trigger_points):
            fields.append(_field(W_TP_REGION, f"trigger point in: {region_label(rid)}",
                                 region_label(rid), rid))
        fields += [_field(W_LOCATION, f"{tp.label}: {tp.location}", tp.location)
                   for tp in m.trigger_points]
        if m.note:
            fields.append(_field(W_NOTE, "note", m.note))
        out[m.id] = tuple(f for f in fields if f.words)
    return out


@dataclass(frozen=True)
class NameTables:
    """One language's names and texts of the reference (assets/i18n/names_<code>.json: muscles,
    regions, groups, locations keyed 'muscle_id/TP1', conditions keyed by the English text, notes
    keyed by muscle id), so search also finds a muscle by what the interface shows.
    Compared and hashed by code only."""
    code: str
    tables: Mapping[str, Mapping[str, str]] = field(compare=False, hash=False, repr=False)

    def get(self, table: str, key: str) -> str:
        return self.tables.get(table, {}).get(key, "")


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"


@functools.cache
def _translated_index(names: NameTables) -> dict[str, tuple[_Field, ...]]:
    """The index for names' language: every field twice, with its English words and with the
    translation's, both labelled with the translation (the reason the interface shows)."""
    out: dict[str, tuple[_Field, ...]] = {}
    for m in muscles():
        def both(weight: float, label: str, english: tuple[str, ...], translated: str) -> list[_Field]:
            return [_field(weight, label, *english), _field(weight, label, translated)]

        def area(weight: float, rid: str) -> list[_Field]:
            name = names.get("regions", rid) or region_label(rid)
            return both(weight, name, (region_label(rid), rid), name)

        name = names.get("muscles", m.id) or m.name
        fields = both(W_NAME, name, (m.name, m.id), name)
        fields += [_field(W_NAME, a, a) for a in m.aliases]
        for c in m.conditions:
            text = names.get("conditions", c) or c
            fields += both(W_CONDITION, text, (c,), text)
        group = names.get("groups", m.group) or m.group_label
        fields += both(W_GROUP, group, (m.group_label, m.group), group)
        for rid in m.referral.primary:
            fields += area(W_PRIMARY, rid)
        for rid in m.referral.spillover:
            if rid not in m.referral.primary:
                fields += area(W_SPILLOVER, rid)
        for rid in dict.fromkeys(tp.region for tp in m.trigger_points):
            fields += area(W_TP_REGION, rid)
        for tp in m.trigger_points:
            location = names.get("locations", f"{m.id}/{tp.label}") or tp.location
            fields += both(W_LOCATION, f"{tp.label}: {_short(location)}", (tp.location,), location)
        if m.note:
            note = names.get("notes", m.id) or m.note
            fields += both(W_NOTE, _short(note), (m.note,), note)
        out[m.id] = tuple(f for f in fields if f.words)
    return out


def _word_credit(query_word: str, words: frozenset[str]) -> float:
    if query_word in words:
        return 1.0
    if len(query_word) >= 3 and any(w.startswith(query_word) for w in words):
        return PREFIX_CREDIT
    return 0.0


def _score(query: tuple[str, ...], fields: tuple[_Field, ...]) -> tuple[float, list[str]]:
    full: list[tuple[float, str]] = []
    best_per_word = dict.fromkeys(query, 0.0)
    for f in fields:
        credits = [_word_credit(q, f.words) for q in query]
        for q, c in zip(query, credits):
            if c:
                best_per_word[q] = max(best_per_word[q], f.weight * c)
        if all(credits):
            value = f.weight * sum(credits) / len(credits)
            if f.count == len(query) and min(credits) == 1.0:
                value *= EXACT_BONUS
            full.append((value, f.label))
    if full:
        full.sort(key=lambda t: -t[0])
        score = full[0][0] + EXTRA_FIELD_CREDIT * sum(v for v, _l in full[1:])
        return score, [label for _v, label in full]
    if len(query) > 1 and all(best_per_word.values()):
        return CROSS_FIELD_CREDIT * min(best_per_word.values()), [CROSS_FIELD_REASON]
    return 0.0, []


def search(text: str, limit: int | None = None, names: NameTables | None = None) -> list[SearchHit]:
    """Muscles matching text, best first.

    Every query word must be found (exactly, as a plural/singular, or as the start of a word
    while typing) in one field of a muscle: its name, an associated condition, a body area
    (region label or id) of its referral zones or trigger points, its group, or the text of
    its trigger-point locations / note. Fields are weighted (name > condition > primary
    referral area > trigger-point area > group > spillover area > location text > note); a
    field that says exactly the query scores more and every further matching field adds a
    little. Words found only in different fields score low. Ties: higher confidence first,
    then name. An empty query lists every muscle (score 0) in reference order. With names (the
    interface language's tables) a muscle is also found by its translated name, conditions,
    areas, group, locations and note, and every reason given is the translated text (the English
    labels' "condition: …" become the condition in that language).
    """
    query = _query_tokens(text)
    if not query:
        return [SearchHit(m, 0.0, ()) for m in muscles()][:limit]
    hits = []
    index = _translated_index(names) if names is not None and names.tables else _index()
    for m in muscles():
        score, matches = _score(query, index[m.id])
        if score > 0:
            hits.append(SearchHit(m, round(score, 3), tuple(matches)))
    hits.sort(key=lambda h: (-h.score, _CONFIDENCE_ORDER.get(h.muscle.confidence, 9), h.muscle.name))
    return hits[:limit] if limit is not None else hits
