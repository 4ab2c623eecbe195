"""The suggestions dock's words in the interface language (context "Suggestions").

The domain (domain/suggest.py, domain/dermatomes.py) returns the parts of a suggestion's reason
and of the radicular flag: region ids and sides, the kind of zone, the by-area sources' area
labels, dermatome names and the share of the pain. They are worded here through Qt's
translations, with muscle and region names from the name tables (render/i18n.py); the domain's
own English sentences (Suggestion.describe, RadicularFlag.describe) stay for `bodymap suggest`.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from bodymap.domain.languages import SOURCE_LANGUAGE
from bodymap.domain.referral import EITHER, LOCAL, PRIMARY, SPILLOVER
from bodymap.render import i18n

CONTEXT = "Suggestions"
translate = QCoreApplication.translate      # (context, text, disambiguation=None, n=-1)

# the same words as domain.reference.CAVEAT (a test keeps them equal)
CAVEAT = QT_TRANSLATE_NOOP("Suggestions", "Referral patterns are population tendencies from the literature, "
                                          "not a diagnosis; patients vary and red flags must be excluded clinically.")

SIDES = {
    "right": QT_TRANSLATE_NOOP("Suggestions", "R"),
    "left": QT_TRANSLATE_NOOP("Suggestions", "L"),
    "midline": QT_TRANSLATE_NOOP("Suggestions", "mid"),
    EITHER: QT_TRANSLATE_NOOP("Suggestions", "R or L"),
    "both": QT_TRANSLATE_NOOP("Suggestions", "R and L"),
}

# the by-area sources' areas (the reference's area_priors labels; a test keeps the keys equal),
# as they read after "A frequent cause of"
AREAS = {
    "Temple headache": QT_TRANSLATE_NOOP("Suggestions", "temple headache"),
    "Neck pain and stiffness": QT_TRANSLATE_NOOP("Suggestions", "neck pain and stiffness"),
    "Jaw, TMJ, tooth and ear pain": QT_TRANSLATE_NOOP("Suggestions", "jaw, TMJ, tooth and ear pain"),
    "Shoulder pain": QT_TRANSLATE_NOOP("Suggestions", "shoulder pain"),
    "Lateral elbow pain": QT_TRANSLATE_NOOP("Suggestions", "lateral elbow pain"),
    "Medial elbow and back of the elbow": QT_TRANSLATE_NOOP("Suggestions", "medial elbow and back of the elbow pain"),
    "Wrist and hand pain": QT_TRANSLATE_NOOP("Suggestions", "wrist and hand pain"),
    "Chest pain (cardiac causes excluded)": QT_TRANSLATE_NOOP("Suggestions", "chest pain (cardiac causes excluded)"),
    "Pain between the shoulder blades": QT_TRANSLATE_NOOP("Suggestions", "pain between the shoulder blades"),
    "Low back pain": QT_TRANSLATE_NOOP("Suggestions", "low back pain"),
    "Buttock pain": QT_TRANSLATE_NOOP("Suggestions", "buttock pain"),
    "Sciatica-like pain down the back or side of the leg":
        QT_TRANSLATE_NOOP("Suggestions", "sciatica-like pain down the back or side of the leg"),
    "Groin and inner thigh pain": QT_TRANSLATE_NOOP("Suggestions", "groin and inner thigh pain"),
    "Knee pain": QT_TRANSLATE_NOOP("Suggestions", "knee pain"),
    "Heel and arch pain (plantar fasciopathy)": QT_TRANSLATE_NOOP("Suggestions", "heel and arch pain (plantar fasciopathy)"),
    "Foot pain": QT_TRANSLATE_NOOP("Suggestions", "foot pain"),
    "Lateral ankle pain": QT_TRANSLATE_NOOP("Suggestions", "lateral ankle pain"),
    "Headache at the back, top or front of the head":
        QT_TRANSLATE_NOOP("Suggestions", "headache at the back, top or front of the head"),
    "Pain in the front of the upper arm":
        QT_TRANSLATE_NOOP("Suggestions", "pain in the front of the upper arm"),
    "Pain on the outside of the upper arm":
        QT_TRANSLATE_NOOP("Suggestions", "pain on the outside of the upper arm"),
    "Pain in the back of the upper arm":
        QT_TRANSLATE_NOOP("Suggestions", "pain in the back of the upper arm"),
    "Pain on the inside of the upper arm":
        QT_TRANSLATE_NOOP("Suggestions", "pain on the inside of the upper arm"),
    "Abdominal pain (visceral causes excluded)":
        QT_TRANSLATE_NOOP("Suggestions", "abdominal pain (visceral causes excluded)"),
    "Pain at the back of the ankle and the Achilles tendon":
        QT_TRANSLATE_NOOP("Suggestions", "pain at the back of the ankle and the Achilles tendon"),
    "Pain at the front of the ankle":
        QT_TRANSLATE_NOOP("Suggestions", "pain at the front of the ankle"),
    "Pain in the front of the lower leg":
        QT_TRANSLATE_NOOP("Suggestions", "pain in the front of the lower leg"),
    "Calf pain":
        QT_TRANSLATE_NOOP("Suggestions", "calf pain"),
    "Pain on the outside of the lower leg":
        QT_TRANSLATE_NOOP("Suggestions", "pain on the outside of the lower leg"),
    "Pain on the top of the foot":
        QT_TRANSLATE_NOOP("Suggestions", "pain on the top of the foot"),
    "Pain in the sole of the foot":
        QT_TRANSLATE_NOOP("Suggestions", "pain in the sole of the foot"),
    "Pain in the back of the thigh and knee":
        QT_TRANSLATE_NOOP("Suggestions", "pain in the back of the thigh and knee"),
    "Pain on the outside of the hip":
        QT_TRANSLATE_NOOP("Suggestions", "pain on the outside of the hip"),
    "Thumb pain":
        QT_TRANSLATE_NOOP("Suggestions", "thumb pain"),
    "Pain on the top of the head":
        QT_TRANSLATE_NOOP("Suggestions", "pain on the top of the head"),
}

CONFIDENCE = {
    "high": QT_TRANSLATE_NOOP("Suggestions", "high"),
    "moderate": QT_TRANSLATE_NOOP("Suggestions", "moderate"),
    "low": QT_TRANSLATE_NOOP("Suggestions", "low"),
}


def word(text: str) -> str:
    """A word of one of the tables above (marked with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(CONTEXT, text)


def counted(translated: str, n: int, singular: str) -> str:
    """A %n text's singular in English, which has no translation file to hold its plural forms:
    translated is translate(context, plural, None, n) (the numerus forms of es, de and pt_BR),
    singular the English text for n == 1."""
    if n == 1 and i18n.current().code == SOURCE_LANGUAGE:
        return singular.replace("%n", "1")
    return translated


def side(value: str) -> str:
    return word(SIDES[value]) if value in SIDES else value


def muscle_name(muscle_id: str, default: str) -> str:
    return i18n.current().name("muscles", muscle_id, default)


def region(item) -> str:
    """A RegionMatch or PatternRegion: 'Schläfe (R)'."""
    name = i18n.current().name("regions", item.region_id, item.label)
    return translate("Suggestions", "{region} ({side})").format(region=name, side=side(item.side))


def regions(items: Iterable, limit: int | None = None) -> str:
    """Region names joined; limit cuts the list to that many ('+ 2 more')."""
    items = list(items)
    shown = items if limit is None or len(items) <= limit else items[:limit]
    text = ", ".join(region(i) for i in shown)
    if len(shown) < len(items):
        more = len(items) - len(shown)
        text = _plurals().more(more).format(regions=text)
    return text


def _and(words: list[str]) -> str:
    if len(words) < 2:
        return "".join(words)
    return translate("Suggestions", "{list} and {last}").format(list=", ".join(words[:-1]), last=words[-1])


def reason(s, limit: int | None = None) -> str:
    """A domain.suggest.Suggestion's reason in sentences of the interface language."""
    parts = []
    if s.reproduced:
        parts.append(translate("Suggestions", "A trigger point charted in it reproduced the pain."))
    primary = [m for m in s.explained if m.kind == PRIMARY]
    spillover = [m for m in s.explained if m.kind == SPILLOVER]
    if primary:
        parts.append(translate("Suggestions", "Primary zone covers {regions}.").format(regions=regions(primary, limit)))
    if spillover:
        parts.append(translate("Suggestions", "Spillover zone covers {regions}.").format(regions=regions(spillover, limit)))
    local = [m for m in s.explained if m.kind == LOCAL]
    if local:
        parts.append(translate("Suggestions", "Its trigger points lie in the painful area: {regions}.").format(
            regions=regions(local, limit)))
    if not parts:
        parts.append(translate("Suggestions", "Explains none of the drawn pain."))
    if s.prior_areas:
        areas = [word(AREAS[a]) if a in AREAS else a.lower() for a in s.prior_areas]
        parts.append(translate("Suggestions", "A frequent cause of {areas}.").format(areas=_and(areas)))
    if s.unexplained:
        parts.append(translate("Suggestions", "Leaves unexplained: {regions}.").format(regions=regions(s.unexplained, limit)))
    if s.not_drawn:
        parts.append(translate("Suggestions", "Expected but not drawn: {regions}.").format(regions=regions(s.not_drawn, limit)))
    if s.unseen:
        parts.append(translate("Suggestions", "Not on the views drawn: {regions}.").format(regions=regions(s.unseen, limit)))
    return " ".join(parts)


def score_tip(s) -> str:
    lang = i18n.current()
    text = translate("Suggestions", "Score {score}: coverage {coverage}, precision {precision}, by-area frequency {prior}, "
              "confidence {confidence}").format(
        score=lang.number(s.score, 2), coverage=lang.number(s.coverage, 2), precision=lang.number(s.precision, 2),
        prior=lang.number(s.prior, 2), confidence=word(CONFIDENCE[s.confidence]) if s.confidence in CONFIDENCE
        else s.confidence)
    if s.reproduced:
        text = translate("Suggestions", "{score}; a charted trigger point reproduced the pain").format(score=text)
    return text


def radicular(flag) -> str:
    """A domain.dermatomes.RadicularFlag: 'Follows the right L5 dermatome (62 % of the drawn pain):
    consider radicular pain.' (the number of dermatomes, one or two, chooses dermatome/dermatomes)."""
    text = _plurals().radicular(flag.side, len(flag.dermatomes))
    return text.format(dermatomes="–".join(flag.dermatomes), share=i18n.current().percent(100 * flag.share, 0))


class Suggestions(QObject):
    """The context's texts with plural forms: lupdate marks a %n text as numerus only in self.tr."""

    def more(self, n: int) -> str:
        return counted(self.tr("{regions} + %n more", "", n), n, "{regions} + %n more")

    def radicular(self, side: str, n: int) -> str:
        if side == "left":
            return counted(self.tr("Follows the left {dermatomes} dermatomes ({share} of the drawn pain): "
                                   "consider radicular pain.", "", n), n,
                           "Follows the left {dermatomes} dermatome ({share} of the drawn pain): consider radicular pain.")
        return counted(self.tr("Follows the right {dermatomes} dermatomes ({share} of the drawn pain): "
                               "consider radicular pain.", "", n), n,
                       "Follows the right {dermatomes} dermatome ({share} of the drawn pain): consider radicular pain.")


@functools.cache
def _plurals() -> Suggestions:
    return Suggestions()


def radicular_tip() -> str:
    return translate("Suggestions", "Dermatomes: a coarse region-based layer (C2 to S2, after Lee et al. 2008). "
              "Overlap and variation are large; myofascial referral can look dermatomal.")
