"""The thorax and precaution-area cautions in the interface language (context "SafetyCautions",
docs/TRANSLATIONS.md). THORAX_CAUTION repeats domain.safety.THORAX_CAUTION for the translators (a
test keeps them equal); the stored record and the handout keep the domain's wording."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bodymap.render import i18n

THORAX_CAUTION = QT_TRANSLATE_NOOP(
    "SafetyCautions",
    "This point lies over the thorax. A needle through the chest wall can cause a pneumothorax.\n"
    "Needle tangentially or onto a rib (pincer grip, fingers on the intercostal spaces), use a "
    "needle no longer than the depth you need, and watch for shortness of breath, chest pain or a "
    "dry cough afterwards.")
SIDES = {"left": QT_TRANSLATE_NOOP("SafetyCautions", "left"), "right": QT_TRANSLATE_NOOP("SafetyCautions", "right"),
         "midline": QT_TRANSLATE_NOOP("SafetyCautions", "midline")}
TEXTS = (      # read by lupdate; say() translates them by their English
    QT_TRANSLATE_NOOP("SafetyCautions", "Needling over the thorax"),
    QT_TRANSLATE_NOOP("SafetyCautions", "Acknowledging records your name and the time on this trigger point."),
    QT_TRANSLATE_NOOP("SafetyCautions", "I acknowledge the caution"), QT_TRANSLATE_NOOP("SafetyCautions", "Not now"),
    QT_TRANSLATE_NOOP("SafetyCautions", "Thorax caution not acknowledged: the visit cannot be signed until it is."),
    QT_TRANSLATE_NOOP("SafetyCautions", "Precaution area"),
    QT_TRANSLATE_NOOP("SafetyCautions", "This trigger point was marked as needled inside a precaution area of this "
                                        "patient:\n{areas}\n\nKeep it only if needling here is safe; the warning and "
                                        "your acknowledgement are recorded."),
    QT_TRANSLATE_NOOP("SafetyCautions", "This trigger point was placed inside a precaution area of this "
                                        "patient:\n{areas}\n\nKeep it only if needling here is safe; the warning and "
                                        "your acknowledgement are recorded."),
    QT_TRANSLATE_NOOP("SafetyCautions", "Keep and acknowledge"), QT_TRANSLATE_NOOP("SafetyCautions", "Remove the point"),
)


def say(text: str) -> str:
    return QCoreApplication.translate("SafetyCautions", text)


def thorax_text(record) -> str:
    side = say(SIDES[record.side]) if record.side in SIDES else record.side
    return (f"{i18n.current().place(record)} ({side}).\n\n{say(THORAX_CAUTION)}\n\n"
            + say("Acknowledging records your name and the time on this trigger point."))


def precaution_text(record, areas: str) -> str:
    if record.needled:
        text = say("This trigger point was marked as needled inside a precaution area of this patient:\n{areas}\n\n"
                   "Keep it only if needling here is safe; the warning and your acknowledgement are recorded.")
    else:
        text = say("This trigger point was placed inside a precaution area of this patient:\n{areas}\n\n"
                   "Keep it only if needling here is safe; the warning and your acknowledgement are recorded.")
    return text.format(areas=areas)
