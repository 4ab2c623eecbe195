"""SafetyService: the needling safety record, one transaction per user action (docs/SAFETY.md).

Changes to a visit's safety data lock the visit like any charting change (its version moves on,
a signed visit refuses them) and leave an audit row. Precaution areas belong to the patient and
are shown at every visit. `check_count_out` is the signing rule: sign_visit calls it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, overload

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain import consent as dom_consent
from bodymap.domain import safety as dom
from bodymap.errors import QT_TRANSLATE_NOOP, Day, Joined, ValidationError
from bodymap.services.consent import WORDING_KEY, consent_of_visit, consent_record, consent_wording
from bodymap.services.safety_events import AdverseEventUseCases, event_record, session_record
from bodymap.services.safety_records import (
    AdverseEventRecord,
    ClinicAdverseEvent,
    ConsentRecord,
    NeededPointRecord,
    NeedleLogRecord,
    PrecautionRecord,
    ScreenState,
    SessionRecord,
    VisitSafety,
)

if TYPE_CHECKING:
    from bodymap.services.chart import ChartService

# the records are defined in safety_records and exported from here too, with the service
__all__ = ["AdverseEventRecord", "ClinicAdverseEvent", "ConsentRecord", "NeededPointRecord", "NeedleLogRecord",
           "PrecautionRecord", "SafetyService", "ScreenState", "SessionRecord", "VisitSafety", "check_count_out",
           "demo_safety_record", "precautions_containing"]


def _log(row: db.NeedleLog | None, tp_id: int) -> NeedleLogRecord:
    if row is None:
        return NeedleLogRecord(tp_id)
    return NeedleLogRecord(tp_id, row.needles, row.passes, row.thorax_ack_by, row.thorax_ack_at,
                           row.precaution_ack_by, row.precaution_ack_at, tuple(row.precaution_ack_areas or ()))


def _precaution(row: db.PrecautionArea) -> PrecautionRecord:
    return PrecautionRecord(row.id, row.patient_id, row.view,
                            tuple(tuple((float(x), float(y)) for x, y in poly) for poly in row.polygons),
                            row.kind, row.side, row.note or "", row.created_by, row.created_at)




def _tp_label(tp: db.TriggerPoint) -> str:
    from bodymap.services.convert import _trigger_point
    record = _trigger_point(tp)
    side = "" if tp.side == "midline" else f" ({tp.side})"
    return f"{record.location_label}{side}"


# --------------------------------------------------------------------------- the signing rule
def _needled(s: Session, visit_id: int) -> list[NeededPointRecord]:
    tps = s.scalars(select(db.TriggerPoint).where(db.TriggerPoint.visit_id == visit_id,
                                                  db.TriggerPoint.needled.is_(True))
                    .order_by(db.TriggerPoint.id)).all()
    logs = {row.trigger_point_id: row for row in s.scalars(
        select(db.NeedleLog).where(db.NeedleLog.trigger_point_id.in_([tp.id for tp in tps])))} if tps else {}
    return [NeededPointRecord(tp.id, _tp_label(tp), dom.over_thorax(tp.muscle, tp.region),
                              _log(logs.get(tp.id), tp.id)) for tp in tps]


def _count_out(s: Session, visit_id: int) -> tuple[dom.CountOut, db.VisitSafetyRow | None]:
    row = s.get(db.VisitSafetyRow, visit_id)
    points = [dom.NeededPoint(p.tp_id, p.label, p.log.needles, p.over_thorax, p.log.thorax_ack_at is not None)
              for p in _needled(s, visit_id)]
    return dom.count_out(points, row.needles_removed if row else None, row.count_note if row else ""), row


@overload
def check_count_out(session_or_data: Session, visit_id: int) -> dom.CountOut: ...
@overload
def check_count_out(session_or_data: Iterable[dom.NeededPoint], visit_id: None = None, removed: int | None = None,
                    note: str = "") -> dom.CountOut: ...
def check_count_out(session_or_data: Session | Iterable[dom.NeededPoint], visit_id: int | None = None,
                    removed: int | None = None, note: str = "") -> dom.CountOut:
    """The signing rule. Raises ValidationError (naming every problem) when the needle count does
    not reconcile without a documented discrepancy, or a needled point over the thorax has no
    acknowledged caution; returns the count otherwise.

    Call it with (session, visit_id) inside sign_visit's transaction, or with an iterable of
    domain.safety.NeededPoint plus removed= and note= to test the rule without a database."""
    if isinstance(session_or_data, Session):
        assert visit_id is not None               # the overloads: a session comes with the visit
        count, _row = _count_out(session_or_data, visit_id)
    else:
        count = dom.count_out(session_or_data, removed, note)
    if count.problems:
        raise ValidationError(QT_TRANSLATE_NOOP("SignOffProblems", "This visit cannot be signed yet: {problems}").format(
            problems=Joined(count.problems)))
    return count


def _previous_review(s: Session, visit: db.Visit) -> db.ScreenReview | None:
    """The patient's latest screen review at a visit other than this one."""
    return s.scalar(select(db.ScreenReview)
                    .where(db.ScreenReview.patient_id == visit.patient_id, db.ScreenReview.visit_id != visit.id)
                    .order_by(db.ScreenReview.reviewed_at.desc(), db.ScreenReview.id.desc()).limit(1))


# --------------------------------------------------------------------------- the service
class SafetyService(AdverseEventUseCases):
    """Use cases of the safety record. Methods that change a visit take expected_version."""

    # the health screen -------------------------------------------------------
    def screen(self, visit_id: int) -> ScreenState:
        with self._tx() as s:
            return self._screen(s, self._get(s, db.Visit, visit_id))

    def _screen(self, s: Session, visit: db.Visit) -> ScreenState:
        own = s.scalar(select(db.ScreenReview).where(db.ScreenReview.visit_id == visit.id))
        previous = _previous_review(s, visit)
        previous_id = previous.visit_id if previous else None
        if own is not None:
            return ScreenState(visit.id, visit.patient_id, dom.clean_screen(own.answers), True,
                               own.reviewed_by, own.reviewed_at, previous_visit_id=previous_id)
        answers = dom.clean_screen(previous.answers if previous else {})
        return ScreenState(visit.id, visit.patient_id, answers, False,
                           from_visit_id=previous_id, previous_visit_id=previous_id)

    def previous_screen(self, visit_id: int) -> ScreenState | None:
        """The patient's screen as last reviewed at another visit (what "Copy last answers" puts
        in the form, so only the items that changed need an answer), or None if there is none."""
        with self._tx() as s:
            visit = self._get(s, db.Visit, visit_id)
            row = _previous_review(s, visit)
            if row is None:
                return None
            return ScreenState(row.visit_id, visit.patient_id, dom.clean_screen(row.answers), True,
                               row.reviewed_by, row.reviewed_at)

    def review_screen(self, visit_id: int, answers: Mapping[str, object],
                      expected_version: int | None = None) -> ScreenState:
        """The clinician reviewed (confirmed or edited) the screen at this visit."""
        answers = dom.clean_screen(answers)
        with self._tx() as s:
            visit = self._lock_visit(s, visit_id, expected_version)
            row = s.scalar(select(db.ScreenReview).where(db.ScreenReview.visit_id == visit_id))
            before = row.answers if row else None
            if row is None:
                row = db.ScreenReview(visit_id=visit_id, patient_id=visit.patient_id)
                s.add(row)
            row.answers = dom.screen_to_json(answers)
            row.reviewed_by, row.reviewed_by_id = self.actor.display_name, getattr(self.actor, "id", None)
            row.reviewed_at = db.utcnow()
            s.flush()
            self._audit(s, "update" if before else "create", "safety_screen", row.id, patient_id=visit.patient_id,
                        visit_id=visit_id, before=before, after=row.answers)
            return self._screen(s, visit)

    # precaution areas (per patient) --------------------------------------------
    def precaution_areas(self, patient_id: int) -> list[PrecautionRecord]:
        with self._tx() as s:
            return [_precaution(r) for r in s.scalars(select(db.PrecautionArea).where(
                db.PrecautionArea.patient_id == patient_id).order_by(db.PrecautionArea.id))]

    def add_precaution_area(self, patient_id: int, data: dom.PrecautionInput) -> PrecautionRecord:
        from bodymap.domain.diagrams import load_view
        from bodymap.domain.geometry import clip_to
        data = data.validated()
        try:
            view = load_view(data.view)
        except KeyError:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown diagram view {view}.").format(
                view=repr(data.view))) from None
        polygons = clip_to(data.polygons, view.outline, view.aspect)
        if not polygons:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Draw the precaution area on the body outline."))
        with self._tx() as s:
            self._get(s, db.Patient, patient_id)
            row = db.PrecautionArea(patient_id=patient_id, view=data.view, diagram_version=view.version,
                                    polygons=[[list(p) for p in poly] for poly in polygons],
                                    kind=data.kind.value, side=data.side, note=data.note,
                                    created_by=self.actor.display_name)
            s.add(row)
            s.flush()
            record = _precaution(row)
            self._audit(s, "create", "precaution_area", row.id, patient_id=patient_id, after=record)
            return record

    def remove_precaution_area(self, area_id: int) -> PrecautionRecord:
        with self._tx() as s:
            row = self._get(s, db.PrecautionArea, area_id)
            record = _precaution(row)
            self._audit(s, "delete", "precaution_area", area_id, patient_id=row.patient_id, before=record)
            s.delete(row)
            return record

    def precautions_at(self, patient_id: int, view: str, x: float, y: float) -> list[PrecautionRecord]:
        """The patient's precaution areas that contain the point (x, y) of view."""
        return precautions_containing(self.precaution_areas(patient_id), view, x, y)

    # consent ----------------------------------------------------------------------
    def record_consent(self, visit_id: int, data: dom.ConsentInput,
                       expected_version: int | None = None) -> ConsentRecord:
        """Consent obtained by the signed-in clinician, recorded at this visit."""
        data = data.validated()
        with self._tx() as s:
            visit = self._lock_visit(s, visit_id, expected_version)
            row = db.Consent(patient_id=visit.patient_id, visit_id=visit_id, given_on=data.given_on,
                             method=data.method.value, method_note=data.method_note, scope=data.scope.value,
                             valid_until=data.valid_until, max_visits=data.max_visits, statement=data.statement,
                             notes=data.notes, obtained_by=self.actor.display_name,
                             obtained_by_id=getattr(self.actor, "id", None), copy_given=data.copy_given,
                             signed_on_paper=data.signed_on_paper)
            wording = consent_wording(s)
            row.discussed = [{"id": item, "text": wording[item]} for item in data.discussed]
            row.risk_factors = [{"id": f.id, "label": f.label} for f in self._screen(s, visit).flags]
            row.signature = dom_consent.signature_to_json(dom_consent.clean_signature(data.signature)) or None
            s.add(row)
            s.flush()
            record = consent_record(row)
            self._audit(s, "create", "consent", row.id, patient_id=visit.patient_id, visit_id=visit_id,
                        after=record)
            return record

    def consents(self, patient_id: int) -> list[ConsentRecord]:
        with self._tx() as s:
            return [consent_record(r) for r in s.scalars(select(db.Consent).where(db.Consent.patient_id == patient_id)
                                                   .order_by(db.Consent.given_on.desc(), db.Consent.id.desc()))]

    def consent_for_visit(self, visit_id: int) -> ConsentRecord | None:
        """The consent that covers the visit, else one withdrawn before it (to show why not)."""
        with self._tx() as s:
            return consent_of_visit(s, self._get(s, db.Visit, visit_id))

    def consent_wording(self) -> dict[str, str]:
        """Item id -> the wording the consent dialog and the form show (the clinic's, or the default)."""
        with self._tx() as s:
            return consent_wording(s)

    def set_consent_wording(self, wording: Mapping[str, str | None],
                            expected_version: int | None = None) -> dict[str, str]:
        """The clinic's wording of consent items (item id -> text); empty text restores the default.
        Consents already recorded keep the wording they were given with. expected_version: the
        setting's version as loaded; ConflictError when another workstation changed it since."""
        from bodymap.domain.charting import clean_text
        from bodymap.services.settings import store_setting
        items = dom_consent.clean_items(list(wording))
        with self._tx() as s:
            before = consent_wording(s)
            row = s.get(db.Setting, WORDING_KEY)
            own = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
            for item_id in items:
                text = clean_text(wording[item_id], QT_TRANSLATE_NOOP("Validation", "The wording of “{item}”").format(item=item_id), 1000)
                if text and text != dom_consent.consent_item(item_id).text:
                    own[item_id] = text
                else:
                    own.pop(item_id, None)
            store_setting(self, s, WORDING_KEY, own, expected_version)
            s.flush()
            after = consent_wording(s)
            self._audit(s, "update", "setting", None, before={WORDING_KEY: before}, after={WORDING_KEY: after})
            return after

    def withdraw_consent(self, consent_id: int, reason: str, at: dt.datetime | None = None) -> ConsentRecord:
        """The patient withdrew consent: it no longer covers visits that begin after `at` (now when
        not given). The record stays. Not tied to a visit: a signed visit keeps its consent."""
        reason = dom_consent.clean_reason(reason)
        at = (at or db.utcnow()).astimezone(dt.UTC)
        if at > db.utcnow() + dt.timedelta(minutes=5):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Withdrawal cannot be dated in the future."))
        with self._tx() as s:
            row = self._get(s, db.Consent, consent_id)
            before = consent_record(row)
            # once only, decided by the database: of two workstations withdrawing at once, the
            # second finds it withdrawn (the row is locked by the first until commit)
            done = s.connection().execute(update(db.Consent).where(db.Consent.id == consent_id, db.Consent.withdrawn_at.is_(None))
                             .values(withdrawn_at=at, withdrawn_reason=reason, withdrawn_by=self.actor.display_name,
                                     withdrawn_by_id=getattr(self.actor, "id", None)))
            s.refresh(row)
            if done.rowcount != 1 and row.withdrawn_at is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "This consent was already withdrawn on {day}.")
                                      .format(day=Day(row.withdrawn_at.astimezone().date())))
            record = consent_record(row)
            self._audit(s, "withdraw", "consent", row.id, patient_id=row.patient_id, visit_id=row.visit_id,
                        before=before, after={"withdrawn_at": at, "reason": reason})
            return record

    # needles -----------------------------------------------------------------------
    def _tp_for_change(self, s: Session, tp_id: int,
                       expected_version: int | None) -> tuple[db.TriggerPoint, db.Visit, db.NeedleLog]:
        tp = self._get(s, db.TriggerPoint, tp_id)
        visit = self._lock_visit(s, tp.visit_id, expected_version)
        row = s.get(db.NeedleLog, tp_id)
        if row is None:
            row = db.NeedleLog(trigger_point_id=tp_id)
            s.add(row)
        return tp, visit, row

    def needle_log(self, tp_id: int) -> NeedleLogRecord:
        with self._tx() as s:
            self._get(s, db.TriggerPoint, tp_id)
            return _log(s.get(db.NeedleLog, tp_id), tp_id)

    def set_needles(self, tp_id: int, needles: int, passes: int | None = None,
                    expected_version: int | None = None) -> NeedleLogRecord:
        data = dom.NeedleInput(needles, passes).validated()
        with self._tx() as s:
            tp, visit, row = self._tp_for_change(s, tp_id, expected_version)
            before = {"needles": row.needles, "passes": row.passes}
            row.needles, row.passes = data.needles, data.passes
            s.flush()
            self._audit(s, "update", "needle_log", tp_id, patient_id=visit.patient_id, visit_id=visit.id,
                        before=before, after={"needles": row.needles, "passes": row.passes})
            return _log(row, tp_id)

    def acknowledge_thorax(self, tp_id: int, expected_version: int | None = None) -> NeedleLogRecord:
        """The clinician read the thorax caution for this point (who and when are recorded)."""
        with self._tx() as s:
            tp, visit, row = self._tp_for_change(s, tp_id, expected_version)
            if not dom.over_thorax(tp.muscle, tp.region):
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "This trigger point does not lie over the thorax."))
            row.thorax_ack_by, row.thorax_ack_at = self.actor.display_name, db.utcnow()
            s.flush()
            self._audit(s, "acknowledge", "thorax_caution", tp_id, patient_id=visit.patient_id,
                        visit_id=visit.id, after={"trigger_point": tp_id, "muscle": tp.muscle,
                                                  "region": tp.region, "caution": dom.THORAX_CAUTION})
            return _log(row, tp_id)

    def acknowledge_precaution(self, tp_id: int, area_ids: Iterable[int],
                               expected_version: int | None = None) -> NeedleLogRecord:
        """The clinician saw the warning that this point lies in precaution area(s) and went on."""
        with self._tx() as s:
            tp, visit, row = self._tp_for_change(s, tp_id, expected_version)
            areas: list[dict[str, object]] = []
            for area_id in sorted(set(area_ids)):
                area = self._get(s, db.PrecautionArea, area_id)
                if area.patient_id != visit.patient_id:
                    raise ValidationError(QT_TRANSLATE_NOOP("Validation", "That precaution area belongs to another patient."))
                areas.append({"id": area.id, "label": dom.precaution_label(area.kind, area.side, area.note)})
            if not areas:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Name the precaution area(s) that were acknowledged."))
            row.precaution_ack_by, row.precaution_ack_at = self.actor.display_name, db.utcnow()
            row.precaution_ack_areas = areas
            s.flush()
            self._audit(s, "acknowledge", "precaution_warning", tp_id, patient_id=visit.patient_id,
                        visit_id=visit.id, after={"trigger_point": tp_id, "needled": bool(tp.needled),
                                                  "areas": areas})
            return _log(row, tp_id)

    # count-out and response ---------------------------------------------------------
    def _visit_row(self, s: Session, visit_id: int) -> db.VisitSafetyRow:
        row = s.get(db.VisitSafetyRow, visit_id)
        if row is None:
            row = db.VisitSafetyRow(visit_id=visit_id, count_note="", counted_by="", rom_note="")
            s.add(row)
        return row

    def count(self, visit_id: int) -> dom.CountOut:
        with self._tx() as s:
            self._get(s, db.Visit, visit_id)
            return _count_out(s, visit_id)[0]

    def set_count_out(self, visit_id: int, removed: int | None, note: str = "",
                      expected_version: int | None = None) -> dom.CountOut:
        """Needles removed (counted out by the clinician) and the note documenting a discrepancy."""
        from bodymap.domain.charting import MAX_NOTES, check_count, clean_text
        if removed is not None:
            removed = check_count(removed, QT_TRANSLATE_NOOP("Validation", "Needles removed"), dom.MAX_VISIT_NEEDLES)
        note = clean_text(note, QT_TRANSLATE_NOOP("Validation", "Count-out note"), MAX_NOTES)
        with self._tx() as s:
            visit = self._lock_visit(s, visit_id, expected_version)
            row = self._visit_row(s, visit_id)
            before = {"needles_removed": row.needles_removed, "count_note": row.count_note}
            row.needles_removed, row.count_note = removed, note
            row.counted_by, row.counted_at = self.actor.display_name, db.utcnow()
            s.flush()
            count, _row = _count_out(s, visit_id)
            self._audit(s, "update", "count_out", visit_id, patient_id=visit.patient_id, visit_id=visit_id,
                        before=before, after={"needles_removed": removed, "count_note": note,
                                              "inserted": count.inserted, "state": count.state})
            return count

    def set_response(self, visit_id: int, data: dom.ResponseInput,
                     expected_version: int | None = None) -> dom.ResponseInput:
        data = data.validated()
        with self._tx() as s:
            visit = self._lock_visit(s, visit_id, expected_version)
            row = self._visit_row(s, visit_id)
            before = {"pain_after": row.pain_after, "rom_note": row.rom_note}
            row.pain_after, row.rom_note = data.pain_after, data.rom_note
            s.flush()
            self._audit(s, "update", "treatment_response", visit_id, patient_id=visit.patient_id,
                        visit_id=visit_id, before=before, after=data)
            return data

    # adverse events, near misses, the needling session: AdverseEventUseCases (safety_events.py)

    # after care (clinic setting) -----------------------------------------------------
    def after_care(self) -> str:
        with self._tx() as s:
            return _after_care(s)

    def after_care_version(self) -> int:
        """The version of the after-care text (0 while it is the default never stored)."""
        with self._tx() as s:
            return s.scalar(select(db.Setting.version).where(db.Setting.key == dom.AFTER_CARE_KEY)) or 0

    def set_after_care(self, text: str | None, expected_version: int | None = None) -> str:
        """The clinic's after-care text for the handout; empty text restores the default.
        expected_version: after_care_version() as loaded; ConflictError when it moved on."""
        from bodymap.services.settings import store_setting
        text = dom.DEFAULT_AFTER_CARE if not (text or "").strip() else dom.clean_after_care(text)
        with self._tx() as s:
            before = store_setting(self, s, dom.AFTER_CARE_KEY, text, expected_version)
            self._audit(s, "update", "setting", None, before={"after_care": before}, after={"after_care": text})
            return text

    # everything for one visit ---------------------------------------------------------
    def visit_safety(self, visit_id: int) -> VisitSafety:
        with self._tx() as s:
            visit = self._get(s, db.Visit, visit_id)
            count, row = _count_out(s, visit_id)
            events = s.scalars(select(db.AdverseEvent).where(db.AdverseEvent.visit_id == visit_id)
                               .order_by(db.AdverseEvent.occurred_at, db.AdverseEvent.id))
            consent = consent_of_visit(s, visit)
            return VisitSafety(visit_id, visit.patient_id, visit.overall_pain, self._screen(s, visit),
                               consent, tuple(_needled(s, visit_id)), count,
                               row.counted_by if row else "", row.pain_after if row else None,
                               row.rom_note if row else "", tuple(event_record(e) for e in events), _after_care(s),
                               consent_problems=dom_consent.consent_problems(consent, visit.started_at) if consent else (),
                               session=session_record(row))


def _after_care(s: Session) -> str:
    row = s.get(db.Setting, dom.AFTER_CARE_KEY)
    value = row.value if row is not None else None
    return value.strip() if isinstance(value, str) and value.strip() else dom.DEFAULT_AFTER_CARE


def precautions_containing(areas: Iterable[PrecautionRecord], view: str, x: float, y: float,
                           margin: float = 0.004) -> list[PrecautionRecord]:
    """Areas (PrecautionRecord) of view that contain the point, allowing a small margin (about
    the size of a trigger-point dot) so a point on the edge still warns."""
    from shapely.geometry import Point

    from bodymap.domain.diagrams import load_view
    from bodymap.domain.geometry import to_shape
    try:
        aspect = load_view(view).aspect
    except KeyError:
        return []
    point = Point(x * aspect, y)
    return [a for a in areas if a.view == view and to_shape(a.polygons, aspect).buffer(margin).contains(point)]


# a short looped scrawl, as strokes of points (0..1 of the signature box)
DEMO_SIGNATURE = (((0.08, 0.7), (0.12, 0.35), (0.18, 0.3), (0.2, 0.55), (0.16, 0.72), (0.26, 0.6),
                   (0.34, 0.42), (0.38, 0.62), (0.46, 0.4), (0.5, 0.64), (0.58, 0.45), (0.64, 0.6)),
                  ((0.66, 0.66), (0.74, 0.5), (0.8, 0.62), (0.9, 0.38)))


def demo_safety_record(service: ChartService, visit_id: int) -> VisitSafety:
    """A complete safety record for a demo visit (so it can be signed): screen reviewed with
    nothing flagged, written consent for the visit with every item discussed, signed on screen and a
    copy given, one needle and three passes per needled point,
    thorax cautions acknowledged, every needle counted out. Uses the service's database and actor."""
    safety = SafetyService(service.sessions, service.actor)
    safety.review_screen(visit_id, {item: "no" for item in dom.SCREEN_ITEM_IDS})
    visit = service.get_visit(visit_id)
    safety.record_consent(visit_id, dom.ConsentInput(
        given_on=visit.started_at.astimezone().date(), method=dom.ConsentMethod.WRITTEN,
        discussed=dom_consent.CONSENT_ITEM_IDS, copy_given=True, signature=DEMO_SIGNATURE))
    for point in safety.visit_safety(visit_id).needled:
        safety.set_needles(point.tp_id, 1, 3)
        if point.over_thorax:
            safety.acknowledge_thorax(point.tp_id)
    safety.set_count_out(visit_id, safety.count(visit_id).inserted)
    if visit.overall_pain is not None:
        safety.set_response(visit_id, dom.ResponseInput(max(0, visit.overall_pain - 2), "Moves more freely."))
    return safety.visit_safety(visit_id)
