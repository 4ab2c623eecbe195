"""The health screen's words in the interface language (context "SafetyScreen",
docs/TRANSLATIONS.md): the questions of domain.safety.SCREEN_ITEMS and why each matters, the
answers, and the Screen tab's own texts. The domain keeps its English (the service and the stored
record use it); the panel shows these, and the consent form PDF translates the questions with this
context in its own language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bodymap.domain import safety as dom

CONTEXT = "SafetyScreen"

# item id -> (question, why it matters), the English as domain.safety.SCREEN_ITEMS has it
ITEMS = {
    "anticoagulants": (QT_TRANSLATE_NOOP("SafetyScreen", "Anticoagulant or antiplatelet medication, or a bleeding disorder"),
                       QT_TRANSLATE_NOOP("SafetyScreen", "Bleeding and bruising; firm pressure after each needle, avoid deep "
                                                         "sites that cannot be compressed.")),
    "pregnancy": (QT_TRANSLATE_NOOP("SafetyScreen", "Pregnancy (or possibly pregnant)"),
                  QT_TRANSLATE_NOOP("SafetyScreen", "Avoid the abdomen, lumbosacral area and points traditionally linked to "
                                                    "labour; fainting risk is higher.")),
    "needle_phobia": (QT_TRANSLATE_NOOP("SafetyScreen", "Needle phobia or strong fear of needles"),
                      QT_TRANSLATE_NOOP("SafetyScreen", "Consent cannot be free and fainting is likely.")),
    "lymphoedema": (QT_TRANSLATE_NOOP("SafetyScreen", "Lymphoedema or lymph nodes removed (which side?)"),
                    QT_TRANSLATE_NOOP("SafetyScreen", "Infection (cellulitis) risk: do not needle the affected limb or quadrant.")),
    "local_infection": (QT_TRANSLATE_NOOP("SafetyScreen", "Infection, broken skin or skin disease at the treatment site"),
                        QT_TRANSLATE_NOOP("SafetyScreen", "Do not needle through infected or broken skin.")),
    "recent_surgery": (QT_TRANSLATE_NOOP("SafetyScreen", "Recent surgery near the treatment site"),
                       QT_TRANSLATE_NOOP("SafetyScreen", "Healing tissue, implants and altered anatomy: avoid the surgical field.")),
    "metal_allergy": (QT_TRANSLATE_NOOP("SafetyScreen", "Metal allergy (e.g. nickel, chromium)"),
                      QT_TRANSLATE_NOOP("SafetyScreen", "Use needles the patient is not allergic to, or do not needle.")),
    "impaired_immunity": (QT_TRANSLATE_NOOP("SafetyScreen", "Impaired immunity (immunosuppressants, chemotherapy, HIV)"),
                          QT_TRANSLATE_NOOP("SafetyScreen", "Infection risk; strict asepsis.")),
    "diabetes": (QT_TRANSLATE_NOOP("SafetyScreen", "Diabetes with poor healing or reduced sensation"),
                 QT_TRANSLATE_NOOP("SafetyScreen", "Slow healing and infection risk; reduced feedback from the patient.")),
    "epilepsy": (QT_TRANSLATE_NOOP("SafetyScreen", "Epilepsy or seizures"),
                 QT_TRANSLATE_NOOP("SafetyScreen", "A seizure with needles in place; treat lying down, fewer needles.")),
    "pacemaker": (QT_TRANSLATE_NOOP("SafetyScreen", "Pacemaker or other implanted electrical device (if electrical "
                                                    "stimulation is considered)"),
                  QT_TRANSLATE_NOOP("SafetyScreen", "No electrical stimulation through needles near or across the device.")),
    "implant_site": (QT_TRANSLATE_NOOP("SafetyScreen", "Breast or other implant near the treatment site"),
                     QT_TRANSLATE_NOOP("SafetyScreen", "An implant can be punctured: avoid needling over it.")),
    "lung_disease": (QT_TRANSLATE_NOOP("SafetyScreen", "Lung disease (emphysema, COPD) or a previous pneumothorax"),
                     QT_TRANSLATE_NOOP("SafetyScreen", "Hyperinflated lungs lie closer to the surface: higher pneumothorax "
                                                       "risk over the thorax.")),
    "fainting": (QT_TRANSLATE_NOOP("SafetyScreen", "History of fainting (vasovagal reactions)"),
                 QT_TRANSLATE_NOOP("SafetyScreen", "Treat lying down and watch the patient.")),
    "cancer": (QT_TRANSLATE_NOOP("SafetyScreen", "Active cancer, or a tumour near the treatment site"),
               QT_TRANSLATE_NOOP("SafetyScreen", "Do not needle into or near a tumour; check with the oncology team.")),
    "cannot_consent": (QT_TRANSLATE_NOOP("SafetyScreen", "Unable to understand the treatment or give informed consent"),
                       QT_TRANSLATE_NOOP("SafetyScreen", "Needling needs informed consent.")),
    "acute_condition": (QT_TRANSLATE_NOOP("SafetyScreen", "Unwell today (fever, acute illness) or under the influence of "
                                                          "alcohol or drugs"),
                        QT_TRANSLATE_NOOP("SafetyScreen", "Postpone the treatment.")),
}
ANSWERS = {"yes": QT_TRANSLATE_NOOP("SafetyScreen", "Yes"), "no": QT_TRANSLATE_NOOP("SafetyScreen", "No"),
           "unknown": QT_TRANSLATE_NOOP("SafetyScreen", "Unknown")}
KINDS = {"precaution": QT_TRANSLATE_NOOP("SafetyScreen", "Precaution"),
         "contraindication": QT_TRANSLATE_NOOP("SafetyScreen", "Contraindication")}
TAB_TEXTS = (      # the Screen tab's fixed words (ui/safety/panel.py translates them with say())
    QT_TRANSLATE_NOOP("SafetyScreen", "Screen"), QT_TRANSLATE_NOOP("SafetyScreen", "Item"),
    QT_TRANSLATE_NOOP("SafetyScreen", "Answer"), QT_TRANSLATE_NOOP("SafetyScreen", "Note"),
    QT_TRANSLATE_NOOP("SafetyScreen", "All no"),
    QT_TRANSLATE_NOOP("SafetyScreen", "Answer “No” to every item (and clear the notes), then change the few that differ"),
    QT_TRANSLATE_NOOP("SafetyScreen", "Copy last answers"),
    QT_TRANSLATE_NOOP("SafetyScreen", "Fill the form with the answers of the patient's last screen, then change the "
                                      "items that differ"),
    QT_TRANSLATE_NOOP("SafetyScreen", "Open in a window"),
    QT_TRANSLATE_NOOP("SafetyScreen", "The safety record in a large window of its own; this button docks it again"),
    QT_TRANSLATE_NOOP("SafetyScreen", "Reviewed with the patient"), QT_TRANSLATE_NOOP("SafetyScreen", "Remove area"),
    QT_TRANSLATE_NOOP("SafetyScreen", "Precaution areas (all visits): draw them with the “Precaution area” tool."),
    QT_TRANSLATE_NOOP("SafetyScreen", "Open a visit to see its safety record."),
    QT_TRANSLATE_NOOP("SafetyScreen", "✔ Reviewed by {name}, {when}."),
    QT_TRANSLATE_NOOP("SafetyScreen", "Not yet reviewed at this visit (showing the latest answers). Confirm or edit "
                                      "with the patient, then press “Reviewed”."),
    QT_TRANSLATE_NOOP("SafetyScreen", "Not yet reviewed at this visit (showing no earlier answers). Confirm or edit "
                                      "with the patient, then press “Reviewed”."),
    QT_TRANSLATE_NOOP("SafetyScreen", "Answered yes: {items}"),
    QT_TRANSLATE_NOOP("SafetyScreen", "{item} — CONTRAINDICATION"),
)


def say(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def question(item: dom.ScreenItem) -> str:
    return say(ITEMS[item.id][0]) if item.id in ITEMS else item.label


def tip(item: dom.ScreenItem) -> str:
    """'Precaution: why it matters', translated."""
    kind = say(KINDS[item.kind]) if item.kind in KINDS else item.kind.capitalize()
    why = say(ITEMS[item.id][1]) if item.id in ITEMS else item.why
    return f"{kind}: {why}"


def answer(value: dom.Answer) -> str:
    return say(ANSWERS[value.value]) if value.value in ANSWERS else value.label
