"""The safety vocabulary and rules, without Qt or a database."""
from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from bodymap.domain import safety as s
from bodymap.errors import ValidationError


def _reference():
    return json.loads((resources.files("bodymap.assets") / "reference" / "trigger_points.json").read_text("utf-8"))


def test_thorax_set_names_real_muscles_and_regions():
    ref = _reference()
    assert set(s.THORAX_MUSCLES) <= {m["id"] for m in ref["muscles"]}
    assert set(s.THORAX_REGIONS) <= {r["id"] for r in ref["regions"]}
    for must in ("pectoralis_major", "pectoralis_minor", "rhomboids", "serratus_anterior", "upper_trapezius",
                 "subclavius", "latissimus_dorsi", "iliocostalis_thoracis", "longissimus_thoracis",
                 "serratus_posterior_superior", "serratus_posterior_inferior"):
        assert must in s.THORAX_MUSCLES
    assert s.over_thorax("pectoralis_major", None) and s.over_thorax(None, "lateral_chest_ribs")
    assert not s.over_thorax("gastrocnemius", "calf") and not s.over_thorax(None, None)


def test_screen_has_the_standard_items_each_with_a_reason():
    ids = set(s.SCREEN_ITEM_IDS)
    for must in ("anticoagulants", "pregnancy", "needle_phobia", "lymphoedema", "local_infection",
                 "recent_surgery", "metal_allergy", "impaired_immunity", "diabetes", "epilepsy", "pacemaker"):
        assert must in ids
    assert len(ids) == len(s.SCREEN_ITEMS)
    assert all(item.why and item.kind in ("contraindication", "precaution") for item in s.SCREEN_ITEMS)
    assert {i.id for i in s.SCREEN_ITEMS if i.site} >= {"lymphoedema", "local_infection", "recent_surgery"}


def test_clean_screen_fills_unknowns_and_refuses_strangers():
    answers = s.clean_screen({"pregnancy": "yes", "epilepsy": {"answer": "no", "note": " none "},
                              "needle_phobia": s.ScreenAnswer(s.Answer.YES, "faints")})
    assert set(answers) == set(s.SCREEN_ITEM_IDS)
    assert answers["diabetes"].answer is s.Answer.UNKNOWN
    assert answers["epilepsy"] == s.ScreenAnswer(s.Answer.NO, "none")
    assert [i.id for i in s.screen_flags(answers)] == ["needle_phobia", "pregnancy"]   # contraindication first
    assert s.clean_screen(s.screen_to_json(answers)) == answers
    with pytest.raises(ValidationError, match="Unknown screening"):
        s.clean_screen({"astrology": "yes"})
    with pytest.raises(ValidationError, match="must be one of"):
        s.clean_screen({"pregnancy": "maybe"})


def test_count_out_rule():
    one = [s.NeededPoint(1, "Infraspinatus", 2), s.NeededPoint(2, "Gluteus medius", None)]   # None counts 1
    assert s.count_out([], None).state is s.CountState.NOTHING and s.count_out([], None).can_sign
    missing = s.count_out(one, None)
    assert missing.inserted == 3 and missing.state is s.CountState.NOT_RECONCILED and not missing.can_sign
    assert s.count_out(one, 3).state is s.CountState.RECONCILED and s.count_out(one, 3).can_sign
    short = s.count_out(one, 2)
    assert short.state is s.CountState.NOT_RECONCILED and "3 inserted, 2 removed" in short.problems[0]
    documented = s.count_out(one, 2, "One needle dropped on the floor; found and put in the sharps bin.")
    assert documented.state is s.CountState.DOCUMENTED and documented.can_sign and documented.reconciled
    assert not s.count_out([], 1).can_sign          # removed more than were inserted


def test_thorax_points_need_an_acknowledged_caution():
    pts = [s.NeededPoint(7, "Pectoralis major (right)", 1, over_thorax=True)]
    count = s.count_out(pts, 1)
    assert count.state is s.CountState.RECONCILED and not count.can_sign
    assert "Pectoralis major (right)" in count.problems[0]
    acked = [s.NeededPoint(7, "Pectoralis major (right)", 1, over_thorax=True, thorax_acknowledged=True)]
    assert s.count_out(acked, 1).can_sign


def test_consent_validation_and_scopes():
    today = dt.date(2026, 5, 10)
    visit = s.ConsentInput(given_on=today, valid_until=dt.date(2026, 6, 1)).validated(today)
    assert visit.scope is s.ConsentScope.VISIT and visit.valid_until is None     # ignored for one visit
    with pytest.raises(ValidationError, match="end date or a number"):
        s.ConsentInput(scope="course").validated(today)
    with pytest.raises(ValidationError, match="future"):
        s.ConsentInput(given_on=today + dt.timedelta(days=1)).validated(today)
    with pytest.raises(ValidationError, match="how consent was given"):
        s.ConsentInput(method="other").validated(today)
    with pytest.raises(ValidationError, match="cannot end before"):
        s.ConsentInput(scope="course", valid_until=dt.date(2026, 1, 1)).validated(today)
    with pytest.raises(ValidationError, match="number of visits"):
        s.ConsentInput(scope="course", max_visits=0).validated(today)
    assert s.consent_covers("visit", 5, today, None, None, 5, today, 1)
    assert not s.consent_covers("visit", 5, today, None, None, 6, today, 2)
    assert s.consent_covers("course", 5, today, dt.date(2026, 6, 1), None, 9, dt.date(2026, 6, 1), 4)
    assert not s.consent_covers("course", 5, today, dt.date(2026, 6, 1), None, 9, dt.date(2026, 6, 2), 4)
    assert s.consent_covers("course", 5, today, None, 3, 9, dt.date(2027, 1, 1), 3)
    assert not s.consent_covers("course", 5, today, None, 3, 9, dt.date(2027, 1, 1), 4)
    assert s.scope_text("course", dt.date(2026, 6, 1), 6) == "Course of treatment until 01 Jun 2026 or for 6 visits"


def test_adverse_events_and_response():
    e = s.AdverseEventInput("pneumothorax", "serious", "Short of breath 10 min after", "Sent to ED", "Call tomorrow")
    e = e.validated()
    assert e.kind is s.AdverseKind.PNEUMOTHORAX and e.occurred_at.tzinfo is not None
    assert s.is_urgent("pneumothorax") and not s.is_urgent("bruising")
    assert "emergency" in s.PNEUMOTHORAX_ADVICE.lower()
    with pytest.raises(ValidationError, match="Describe"):
        s.AdverseEventInput("other").validated()
    with pytest.raises(ValidationError, match="Severity"):
        s.AdverseEventInput("bruising", "catastrophic").validated()
    with pytest.raises(ValidationError, match="future"):
        s.AdverseEventInput("bruising", occurred_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)).validated()
    with pytest.raises(ValidationError, match="0 to 10"):
        s.ResponseInput(pain_after=11).validated()
    assert s.pain_change(6, 3) == "6/10 before → 3/10 after (3 less)"
    assert s.pain_change(None, None) == "Not recorded"


def test_precaution_input_and_needles():
    square = [[(0.4, 0.2), (0.45, 0.2), (0.45, 0.25), (0.4, 0.25)]]
    p = s.PrecautionInput("anterior", square, "lymphoedema", "right").validated()
    assert p.kind is s.PrecautionKind.LYMPHOEDEMA
    assert s.precaution_label("lymphoedema", "right") == "Lymphoedema (right)"
    assert s.precaution_label("surgical_site", "midline", "sternotomy") == "Surgical site: sternotomy"
    with pytest.raises(ValidationError, match="Side"):
        s.PrecautionInput("anterior", square, "lymphoedema", "up").validated()
    with pytest.raises(ValidationError, match="Describe"):
        s.PrecautionInput("anterior", square, "other").validated()
    with pytest.raises(ValidationError, match="three points"):
        s.PrecautionInput("anterior", [[(0.1, 0.1)]], "implant").validated()
    assert s.NeedleInput(3, 12).validated() == s.NeedleInput(3, 12)
    for bad in (-1, 101, True, 2.5):
        with pytest.raises(ValidationError):
            s.NeedleInput(bad).validated()


def test_after_care_default_covers_normal_soreness_and_when_to_seek_help():
    text = s.DEFAULT_AFTER_CARE.lower()
    assert "48 hours" in text and "short of breath" in text and "urgent" in text
    with pytest.raises(ValidationError):
        s.clean_after_care("x" * (s.MAX_AFTER_CARE + 1))


def test_domain_module_stays_pure():
    import ast
    import inspect
    tree = ast.parse(inspect.getsource(s))
    names = {n.names[0].name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import)}
    names |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not names & {"PySide6", "sqlalchemy", "shapely"}
