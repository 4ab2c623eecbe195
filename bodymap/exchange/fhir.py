"""FHIR R4 (4.0.1) export: one transaction Bundle per export.

A `transaction` Bundle (not `collection`): a FHIR server can load it as it is (POST to the base
URL), creating every resource at once; references between the entries use `urn:uuid:` full URLs
that the server rewrites. The Patient is created only when no patient with the same chart number
exists (`ifNoneExist`), so sending the same export twice does not duplicate the patient.

Per visit: an Encounter; an Observation for the overall pain (LOINC 72514-3); an Observation per
trigger point and one per referred-pain zone. Codes: SNOMED CT only where we are sure of the code
(laterality, a few body structures: bodymap/exchange/snomed.py); everything else carries a local
code (LOCAL_SYSTEM) and human-readable text. The zone outlines (geometry) are not exported to
FHIR; the JSON export keeps them. See docs/EXPORTS.md for the full mapping.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from bodymap.domain.charting import FINDINGS, PainQuality
from bodymap.domain.records import PatientRecord, TriggerPointRecord, VisitChart, ZoneRecord
from bodymap.exchange import snomed
from bodymap.exchange.files import open_private

FHIR_VERSION = "4.0.1"
BUNDLE_TYPE = "transaction"
LOCAL_SYSTEM = "https://bodymap.invalid/fhir/CodeSystem/bodymap"
MUSCLE_SYSTEM = "https://bodymap.invalid/fhir/CodeSystem/bodymap-muscle"
REGION_SYSTEM = "https://bodymap.invalid/fhir/CodeSystem/bodymap-region"
CHART_NUMBER_SYSTEM = "https://bodymap.invalid/fhir/NamingSystem/chart-number"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
_NAMESPACE = uuid.UUID("6f1c8d5e-2b7a-4f0e-9a57-3d1e0c4b8a21")

LOCAL_CODES = {
    "myofascial-trigger-point": "Myofascial trigger point",
    "referred-pain-zone": "Referred pain zone",
    "laterality": "Laterality (the patient's side)",
    "trigger-point-status": "Trigger point status",
    "active": "Active trigger point", "latent": "Latent trigger point",
    "pressure-pain": "Pain on pressure (0-10)",
    "needled": "Dry needled at this visit", "needle-size": "Needle size",
    "needling-depth": "Needling depth", "twitch-responses": "Local twitch responses while needling",
    "muscle": "Muscle", "carried-forward": "Carried forward from an earlier visit, not yet re-examined",
    "pain-quality": "Pain quality", "pain-depth": "Pain depth", "superficial": "Superficial", "deep": "Deep",
    "region": "Body region", "diagram-view": "Diagram view",
    **{key: label for key, label in FINDINGS},
    **{f"quality-{q.value}": q.label for q in PainQuality},
}


def _local(code: str) -> dict:
    return {"system": LOCAL_SYSTEM, "code": code, "display": LOCAL_CODES[code]}


def _concept(code: str) -> dict:
    return {"coding": [_local(code)], "text": LOCAL_CODES[code]}


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _urn(*parts) -> str:
    return "urn:uuid:" + str(uuid.uuid5(_NAMESPACE, "/".join(map(str, parts))))


def _laterality_component(sides) -> dict:
    code = snomed.laterality(sides)
    value = ({"coding": [{"system": snomed.SYSTEM, "code": code[0], "display": code[1]}], "text": code[1]}
             if code else {"text": "Midline"})
    return {"code": _concept("laterality"), "valueCodeableConcept": value}


def _body_site(region_id: str | None, text: str) -> dict:
    """bodySite: the SNOMED CT body structure containing the region (when we have a code for it)
    with the exact charted site as text."""
    concept: dict = {"text": text or "Unlabelled site"}
    structure = snomed.body_structure(region_id)
    if structure:
        concept["coding"] = [{"system": snomed.SYSTEM, "code": structure[0], "display": structure[1]}]
    return concept


def _region_component(region_id: str | None, text: str) -> dict:
    """The exact bodymap region (local code), with its side in the text."""
    value: dict = {"text": text or "Unlabelled site"}
    if region_id:
        value["coding"] = [{"system": REGION_SYSTEM, "code": region_id, "display": _region_label(region_id)}]
    return {"code": _concept("region"), "valueCodeableConcept": value}


def _region_label(region_id: str) -> str:
    from bodymap.domain.reference import display_region
    return display_region(region_id)


def patient_resource(patient: PatientRecord) -> dict:
    resource = {"resourceType": "Patient",
                "identifier": [{"system": CHART_NUMBER_SYSTEM, "value": patient.chart_number}],
                "name": [{"text": patient.name}],
                "gender": patient.sex if patient.sex in ("male", "female", "other", "unknown") else "unknown"}
    if patient.date_of_birth:
        resource["birthDate"] = patient.date_of_birth.isoformat()
    if patient.language:              # the preferred language of the handout (BCP 47: pt-BR)
        from bodymap.domain.languages import LANGUAGES
        resource["communication"] = [{"language": {
            "coding": [{"system": "urn:ietf:bcp:47", "code": patient.language.replace("_", "-")}],
            "text": LANGUAGES.get(patient.language, patient.language)}, "preferred": True}]
    return resource


def encounter_resource(chart: VisitChart, patient_ref: str) -> dict:
    visit = chart.visit
    resource = {"resourceType": "Encounter", "status": "finished",
                "class": {"system": ACT_CODE, "code": "AMB", "display": "ambulatory"},
                "subject": {"reference": patient_ref, "display": chart.patient.name},
                "period": {"start": _iso(visit.started_at)}}
    participants = []
    if visit.clinician:     # the treating clinician: the attender
        participants.append({"type": [{"coding": [{"system": PARTICIPATION, "code": "ATND",
                                                   "display": "attender"}]}],
                             "individual": {"display": visit.clinician}})
    if visit.is_signed and visit.signed_by:   # who signed the record: its legal authenticator
        participants.append({"type": [{"coding": [{"system": PARTICIPATION, "code": "LA",
                                                   "display": "legal authenticator"}]}],
                             "individual": {"display": visit.signed_by},
                             **({"period": {"start": _iso(visit.signed_at)}} if visit.signed_at else {})})
    if participants:
        resource["participant"] = participants
    if visit.chief_complaint:
        resource["reasonCode"] = [{"text": visit.chief_complaint}]
    return resource


def _observation(chart: VisitChart, patient_ref: str, encounter_ref: str) -> dict:
    resource = {"resourceType": "Observation",
                "status": "final" if chart.visit.is_signed else "preliminary",
                "category": [{"coding": [{"system": OBS_CATEGORY, "code": "exam", "display": "Exam"}]}],
                "subject": {"reference": patient_ref}, "encounter": {"reference": encounter_ref},
                "effectiveDateTime": _iso(chart.visit.started_at)}
    if chart.visit.clinician:        # the treating clinician made the finding
        resource["performer"] = [{"display": chart.visit.clinician}]
    return resource


def overall_pain_resource(chart, patient_ref, encounter_ref) -> dict | None:
    if chart.visit.overall_pain is None:
        return None
    obs = _observation(chart, patient_ref, encounter_ref)
    obs["category"] = [{"coding": [{"system": OBS_CATEGORY, "code": "survey", "display": "Survey"}]}]
    obs["code"] = {"coding": [{"system": LOINC, "code": "72514-3",
                               "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported"}],
                   "text": "Overall pain (0-10)"}
    obs["valueInteger"] = chart.visit.overall_pain
    return obs


def trigger_point_resource(chart: VisitChart, tp: TriggerPointRecord, number: int,
                           patient_ref: str, encounter_ref: str) -> dict:
    obs = _observation(chart, patient_ref, encounter_ref)
    obs["code"] = _concept("myofascial-trigger-point")
    site = f"{tp.side.capitalize()} {tp.region_label[:1].lower()}{tp.region_label[1:]}" \
        if tp.side in ("left", "right") and tp.region_label else tp.region_label
    obs["bodySite"] = _body_site(tp.region, site)
    components = [_laterality_component([tp.side]), _region_component(tp.region, site),
                  {"code": _concept("trigger-point-status"), "valueCodeableConcept": _concept(tp.status)
                   if tp.status in ("active", "latent") else {"text": tp.status}}]
    if tp.muscle:
        components.append({"code": _concept("muscle"), "valueCodeableConcept": {
            "coding": [{"system": MUSCLE_SYSTEM, "code": tp.muscle, "display": tp.muscle_label}],
            "text": tp.muscle_label}})
    for key, _label in FINDINGS:
        components.append({"code": _concept(key), "valueBoolean": key in tp.findings})
    if tp.pressure_pain is not None:
        components.append({"code": _concept("pressure-pain"), "valueInteger": tp.pressure_pain})
    components.append({"code": _concept("needled"), "valueBoolean": bool(tp.needled)})
    if tp.needle_size:
        components.append({"code": _concept("needle-size"), "valueString": tp.needle_size})
    if tp.depth_mm is not None:
        components.append({"code": _concept("needling-depth"), "valueQuantity": {
            "value": tp.depth_mm, "unit": "mm", "system": UCUM, "code": "mm"}})
    if tp.twitch_responses is not None:
        components.append({"code": _concept("twitch-responses"), "valueInteger": tp.twitch_responses})
    components.append({"code": _concept("carried-forward"), "valueBoolean": tp.carried})
    components.append({"code": _concept("diagram-view"), "valueString": tp.view})
    obs["component"] = components
    obs["identifier"] = [{"system": LOCAL_SYSTEM + "/trigger-point", "value": f"{tp.visit_id}-{number}"}]
    if tp.notes:
        obs["note"] = [{"text": tp.notes}]
    return obs


def zone_resource(chart: VisitChart, zone: ZoneRecord, key: str, patient_ref: str, encounter_ref: str,
                  tp_refs: dict[int, str]) -> dict:
    obs = _observation(chart, patient_ref, encounter_ref)
    obs["code"] = _concept("referred-pain-zone")
    obs["valueInteger"] = zone.intensity
    region_ids = [entry.rpartition(":")[2] for entry in zone.regions]
    structures = {snomed.body_structure(r) for r in region_ids}
    if len(structures) == 1 and None not in structures:
        code, display = structures.pop()
        obs["bodySite"] = {"coding": [{"system": snomed.SYSTEM, "code": code, "display": display}], "text": display}
    components = [
        {"code": _concept("pain-quality"), "valueCodeableConcept": _concept(f"quality-{zone.quality}")
         if f"quality-{zone.quality}" in LOCAL_CODES else {"text": zone.quality}},
        {"code": _concept("pain-depth"), "valueCodeableConcept": _concept(zone.depth)
         if zone.depth in ("superficial", "deep") else {"text": zone.depth}},
        _laterality_component(zone.sides),
    ]
    for entry in zone.regions:
        side, _, region = entry.rpartition(":")
        label = _region_label(region)
        text = f"{side.capitalize()} {label[:1].lower()}{label[1:]}" if side in ("left", "right") else label
        components.append(_region_component(region, text))
    components.append({"code": _concept("carried-forward"), "valueBoolean": zone.carried})
    components.append({"code": _concept("diagram-view"), "valueString": zone.view})
    obs["component"] = components
    obs["identifier"] = [{"system": LOCAL_SYSTEM + "/zone", "value": f"{zone.visit_id}-{key}"}]
    sources = [tp_refs[i] for i in sorted(zone.source_ids) if i in tp_refs]
    if sources:       # the trigger points the clinician named as the source of this referred pain
        obs["derivedFrom"] = [{"reference": ref} for ref in sources]
    if zone.notes:
        obs["note"] = [{"text": zone.notes}]
    return obs


def bundle(charts: Iterable[VisitChart]) -> dict:
    """A FHIR R4 transaction Bundle with the patients, encounters and observations of charts."""
    return {**_bundle_head(), "entry": list(entries(charts))}


def _bundle_head() -> dict:
    return {"resourceType": "Bundle", "type": BUNDLE_TYPE, "timestamp": _iso(dt.datetime.now(dt.UTC))}


def entries(charts: Iterable[VisitChart]) -> Iterator[dict]:
    """The Bundle's entries, chart by chart (each patient's entry before its first encounter)."""
    from bodymap.domain.mark_order import mark_keys, ordered_marks
    patients: dict[int, str] = {}

    def add(full_url: str, resource: dict, request: dict) -> dict:
        return {"fullUrl": full_url, "resource": resource, "request": request}

    for chart in charts:
        p = chart.patient
        patient_ref = patients.get(p.id)
        if patient_ref is None:
            patient_ref = patients[p.id] = _urn("patient", p.id, p.chart_number)
            yield add(patient_ref, patient_resource(p), {
                "method": "POST", "url": "Patient",
                "ifNoneExist": f"identifier={CHART_NUMBER_SYSTEM}|{p.chart_number}"})
        encounter_ref = _urn("encounter", p.chart_number, chart.visit.id)
        yield add(encounter_ref, encounter_resource(chart, patient_ref), {"method": "POST", "url": "Encounter"})
        overall = overall_pain_resource(chart, patient_ref, encounter_ref)
        if overall:
            yield add(_urn("overall-pain", p.chart_number, chart.visit.id), overall, {"method": "POST", "url": "Observation"})
        tp_refs = {}
        tps, zones = ordered_marks(chart)         # the handout's page order and keys, as in the CSV
        numbers, letters = mark_keys(chart)
        for tp in tps:
            ref = tp_refs[tp.id] = _urn("tp", p.chart_number, chart.visit.id, tp.id)
            yield add(ref, trigger_point_resource(chart, tp, int(numbers[tp.id]), patient_ref, encounter_ref),
                {"method": "POST", "url": "Observation"})
        for zone in zones:
            yield add(_urn("zone", p.chart_number, chart.visit.id, zone.id),
                zone_resource(chart, zone, letters[zone.id], patient_ref, encounter_ref, tp_refs),
                {"method": "POST", "url": "Observation"})


def write_fhir(charts: Iterable[VisitChart], path) -> Path:
    """Write the Bundle as JSON (mode 0600, atomically), entry by entry: only the chart being
    written is held in memory. The bytes are those of json.dumps(bundle(charts), indent=1)."""
    opening = json.dumps({**_bundle_head(), "entry": _HOLE}, ensure_ascii=False, indent=1)
    opening, closing = opening.rsplit(json.dumps(_HOLE), 1)          # "entry" is the last key
    with open_private(path) as out:
        out.write(opening)
        first = True
        for entry in entries(charts):
            out.write("[\n  " if first else ",\n  ")
            out.write(json.dumps(entry, ensure_ascii=False, indent=1).replace("\n", "\n  "))
            first = False
        out.write(("[]" if first else "\n ]") + closing + "\n")
    return Path(path)


_HOLE = "\x00entry\x00"
