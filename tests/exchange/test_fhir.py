"""FHIR R4 export: every bundle validates with fhir.resources (R4 4.0.1) and uses only vetted codes."""
from __future__ import annotations

import json
import os
import stat
import sys

import fhir.resources as resources  # noqa: E402  (a test extra: `make test` installs it)

from bodymap.exchange import fhir, snomed
from bodymap.exchange.charts import select_charts


def validate(bundle: dict):
    assert resources.__fhir_version__ == "4.0.1", "fhir.resources must be the R4 (4.0.1) release line"
    from fhir.resources.bundle import Bundle
    return Bundle.parse_obj(bundle)


def codings(value):
    if isinstance(value, dict):
        if "system" in value and "code" in value:
            yield value["system"], value["code"]
        for child in value.values():
            yield from codings(child)
    elif isinstance(value, list):
        for child in value:
            yield from codings(child)


def test_bundle_validates_and_links_resolve(service, charted, tmp_path):
    charts = select_charts(service, everything=True)
    bundle = fhir.bundle(charts)
    parsed = validate(bundle)
    assert parsed.type == "transaction"
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("Patient") == 2 and kinds.count("Encounter") == len(charts)
    n_marks = sum(len(c.trigger_points) + len(c.zones) for c in charts)
    n_overall = sum(c.visit.overall_pain is not None for c in charts)
    assert kinds.count("Observation") == n_marks + n_overall
    urls = {e["fullUrl"] for e in bundle["entry"]}
    refs = [v for _s, v in codings(bundle)]                # (unused, but walks everything)
    assert refs

    def references(value):
        if isinstance(value, dict):
            if "reference" in value:
                yield value["reference"]
            for child in value.values():
                yield from references(child)
        elif isinstance(value, list):
            for child in value:
                yield from references(child)
    assert set(references(bundle)) <= urls
    for entry in bundle["entry"]:
        assert entry["request"]["method"] == "POST"
    patient = next(e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
                   and e["resource"]["identifier"][0]["value"] == "CH-2")
    assert patient["request"]["ifNoneExist"].endswith("|CH-2")
    assert patient["resource"]["birthDate"] == "1990-02-28" and patient["resource"]["gender"] == "female"
    path = fhir.write_fhir(charts, tmp_path / "b.fhir.json")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    validate(json.loads(path.read_text(encoding="utf-8")))


def test_trigger_point_and_zone_content(service, charted):
    chart = service.get_chart(charted["visits"][0])
    bundle = fhir.bundle([chart])
    validate(bundle)
    obs = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]
    tps = [o for o in obs if o["code"]["coding"][0]["code"] == "myofascial-trigger-point"]
    zones = [o for o in obs if o["code"]["coding"][0]["code"] == "referred-pain-zone"]
    overall = [o for o in obs if o["code"]["coding"][0]["system"] == fhir.LOINC]
    assert len(tps) == 2 and len(zones) == 1 and overall[0]["valueInteger"] == 0
    # the posterior point charted first: page order prints the anterior view's point before it
    tp = next(t for t in tps if {"code": fhir._concept("diagram-view"), "valueString": "posterior"} in t["component"])
    assert tp["status"] == "final"                       # the visit is signed
    comps = {c["code"]["coding"][0]["code"]: c for c in tp["component"]}
    assert comps["laterality"]["valueCodeableConcept"]["coding"][0] == {
        "system": snomed.SYSTEM, "code": "7771000", "display": "Left"}
    assert comps["pressure-pain"]["valueInteger"] == 10
    assert comps["needled"]["valueBoolean"] is True
    assert comps["needling-depth"]["valueQuantity"]["code"] == "mm"
    assert comps["taut_band"]["valueBoolean"] is True and comps["local_twitch"]["valueBoolean"] is False
    assert tp["bodySite"]["text"].startswith("Left upper trapezius")
    assert "coding" not in tp["bodySite"]                 # no SNOMED code we can vouch for: text only
    pect = next(t for t in tps if t is not tp)
    assert pect["bodySite"]["coding"][0]["code"] == "51185008"        # thoracic structure
    zone = zones[0]
    assert zone["valueInteger"] == 10
    zcomps = [c["code"]["coding"][0]["code"] for c in zone["component"]]
    assert {"pain-quality", "pain-depth", "laterality", "region"} <= set(zcomps)
    assert zone["bodySite"]["coding"][0]["code"] == "69536005"         # head structure
    assert len(zone["derivedFrom"]) == 2


def test_only_vetted_snomed_codes_are_used(service, charted):
    bundle = fhir.bundle(select_charts(service, everything=True))
    used = {code for system, code in codings(bundle) if system == snomed.SYSTEM}
    vetted = {c for c, _d in snomed.LATERALITY.values()} | {c for c, _d in snomed.BODY_STRUCTURES.values()}
    assert used and used <= vetted
    assert set(snomed.REGION_STRUCTURE.values()) <= set(snomed.BODY_STRUCTURES)
    from bodymap.domain.reference import region_ids
    assert set(snomed.REGION_STRUCTURE) <= set(region_ids())


def test_draft_visit_is_preliminary(service, charted):
    chart = service.get_chart(charted["visits"][1])
    bundle = fhir.bundle([chart])
    validate(bundle)
    statuses = {e["resource"].get("status") for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"}
    assert statuses == {"preliminary"}


def test_exchange_package_imports_no_qt():
    import subprocess
    code = ("import sys, bodymap.exchange.csv_io, bodymap.exchange.json_io, bodymap.exchange.fhir, "
            "bodymap.exchange.charts; assert 'PySide6' not in sys.modules, 'Qt was imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_marks_carry_the_handout_keys_in_page_order(service, charted):
    """A trigger point's identifier ends in the number printed beside it on the handout (and in the
    CSV's mark_key), and the observations come in that order, whatever order they were charted in."""
    from bodymap.domain.mark_order import mark_keys, ordered_marks
    charts = select_charts(service, everything=True)
    reordered = 0
    for chart in charts:
        entries = [e["resource"] for e in fhir.entries([chart])]
        tps = [r for r in entries if r.get("code", {}).get("coding", [{}])[0].get("code") == "myofascial-trigger-point"]
        zones = [r for r in entries if r.get("code", {}).get("coding", [{}])[0].get("code") == "referred-pain-zone"]
        numbers, letters = mark_keys(chart)
        page_tps, page_zones = ordered_marks(chart)
        assert [r["identifier"][0]["value"] for r in tps] == [f"{chart.visit.id}-{numbers[tp.id]}" for tp in page_tps]
        assert [r["identifier"][0]["value"] for r in zones] == [f"{chart.visit.id}-{letters[z.id]}" for z in page_zones]
        reordered += [tp.id for tp in page_tps] != [tp.id for tp in chart.trigger_points]
    assert [r["identifier"][0]["value"].rpartition("-")[2] for r in tps] == [str(n) for n in range(1, len(tps) + 1)]
    assert reordered, "the fixture has no visit whose page order differs from its charting order"



def test_patient_preferred_language_is_a_fhir_communication():
    """A patient's preferred handout language (migration 0020) is Patient.communication, BCP 47."""
    import dataclasses
    import datetime as dt

    from fhir.resources.patient import Patient

    from bodymap.domain.records import PatientRecord
    patient = PatientRecord(1, "CH-9", "Ana Souza", dt.date(1980, 1, 2), "female", "", language="pt_BR")
    resource = fhir.patient_resource(patient)
    assert resource["communication"] == [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "pt-BR"}],
                                                       "text": "Português (Brasil)"}, "preferred": True}]
    Patient.parse_obj(resource)                       # valid FHIR R4
    assert "communication" not in fhir.patient_resource(dataclasses.replace(patient, language=""))
