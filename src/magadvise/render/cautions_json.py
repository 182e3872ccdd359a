"""The ``cautions`` JSON document: each medicine's classes, what was not assessed or skipped,
the conditions and the daily timing plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from magadvise.advice import DISCLAIMER
from magadvise.render.catalog_json import condition
from magadvise.render.words import DIRECTION, parsed_doc, status_note

if TYPE_CHECKING:  # types only: JSON for one command imports no other command's logic
    from magadvise.advice.cautions import CautionReport
    from magadvise.advice.medications import Resolved
    from magadvise.advice.timing import TimingPlan
    from magadvise.medlist import Entry
    from magadvise.rules.model_medicines import MedicationClass


def medication_class(c: MedicationClass) -> dict[str, Any]:
    """One interaction class."""
    return {
        "id": c.id,
        "name": c.name,
        "group": c.group,
        "severity": c.severity,
        "severity_basis": c.severity_basis,
        "direction": c.direction,
        "direction_text": DIRECTION[c.direction],
        "effect": c.effect,
        "mechanism": c.mechanism,
        "advice": c.advice,
        "spacing": spacing(c),
        "monitor": list(c.monitor),
        "withholds_dose": c.withholds_dose,
        "check_conditions": list(c.check_conditions),
        "sources": list(c.sources),
    }


def spacing(c: MedicationClass) -> dict[str, Any] | None:
    """How far apart doses must be; hours are null when the label says to avoid magnesium."""
    if c.spacing is None:
        return None
    avoid = c.spacing.avoid
    return {
        "avoid": avoid,
        "magnesium_after_h": None if avoid else c.spacing.magnesium_after_h,
        "magnesium_before_h": None if avoid else c.spacing.magnesium_before_h,
        "note": c.spacing.note,
    }


def timing(plan: TimingPlan | None) -> dict[str, Any] | None:
    """The daily timing plan."""
    if plan is None:
        return None
    return {
        "feasible": plan.feasible,
        "awake": list(plan.awake),
        "windows": [{"from": a, "to": b} for a, b in plan.windows],
        "suggested_time": plan.suggestion,
        "summary": plan.summary(),
        "constraints": [
            {
                "medication": c.medication,
                "dose_times": list(c.times),
                "dose_times_assumed": c.assumed,
                "dose_times_from_record": c.recorded,
                "dose_times_note": c.record_note,
                "magnesium_before_h": None if c.avoid else c.before_h,
                "magnesium_after_h": None if c.avoid else c.after_h,
                "avoid": c.avoid,
                "reason": c.reason,
                "classes": list(c.classes),
            }
            for c in plan.constraints
        ],
        "magnesium_products": [
            {
                "input": o.input,
                "dose_times": list(o.times),
                "written_as": o.written,
                "time_stated": bool(o.times),
                "clashes": [
                    {
                        "medication": c.medication,
                        "dose_time": c.dose_time or None,
                        "relation": c.relation,
                        "hours": c.hours or None,
                    }
                    for c in o.clashes
                ],
                "advice": o.sentence(plan),
            }
            for o in plan.own
        ],
    }


def matched_by(resolved: Resolved) -> str:
    """``rxnorm`` (a record's ingredient code), ``vocabulary`` or ``name`` (the rules' names)."""
    if resolved.matched_by == "rxnorm":
        return "rxnorm"
    return "vocabulary" if resolved.recognised_as else "name"


def cautions(report: CautionReport) -> dict[str, Any]:
    """The ``cautions`` document."""
    return {
        "cautions": [
            {
                "input": m.resolved.input,
                "medication": m.resolved.medication.id,
                "name": m.resolved.medication.name,
                "ingredients": [i.id for i in m.resolved.ingredients],
                "read_as": parsed_doc(m.resolved.parsed),
                "status_note": status_note(m.resolved),
                "matched_by": matched_by(m.resolved),
                "disagreement": m.resolved.disagreement,
                "source": _origin(m.resolved.origin),
                "copies": [_origin(c) for c in m.resolved.copies],
                "duplicates": [
                    {"input": d.input, "shared": list(d.shared), "source": d.source}
                    for d in m.duplicates
                ],
                "severity": m.severity,
                "classes": [
                    {
                        **medication_class(c),
                        "repeated": c.id in m.repeated,
                        "applies": m.why_not(c.id) is None,
                        "not_applicable_because": m.why_not(c.id),
                    }
                    for c in m.classes
                ],
            }
            for m in report.medications
        ],
        "unassessed": [
            {
                "input": u.input,
                "recognised_as": u.recognised_as,
                "checked_ingredients": list(u.checked_ingredients),
                "disagreement": u.disagreement,
                "source": _origin(u.origin),
                "copies": [_origin(c) for c in u.copies],
                "suggestions": list(u.suggestions),
                "read_as": parsed_doc(u.parsed),
            }
            for u in report.unassessed
        ],
        "skipped": [
            {
                "input": e.name,
                "status": e.status,
                "reason": e.skipped,
                "not_read": e.unread,
                "rxnorm": list(e.rxnorm),
                "source": e.source_doc(),
            }
            for e in report.skipped
        ],
        "from_record": [
            {
                "input": f.entry.name,
                "read_as": f.text,
                "condition": f.condition,
                "source": f.entry.source_doc(),
            }
            for f in report.record
        ],
        "ignored": [i.doc() for i in report.ignored],
        "conditions": [condition(c) for c in report.conditions],
        "timing": timing(report.timing),
        "complete": report.complete,
        "disclaimer": DISCLAIMER,
    }


def _origin(entry: Entry | None) -> dict[str, object] | None:
    """Where a medicine came from in a medication file (``--meds-from``), or None if typed."""
    if entry is None:
        return None
    return {**entry.source_doc(), "rxnorm": list(entry.rxnorm)}
