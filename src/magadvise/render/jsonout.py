"""JSON output: stable shapes documented in the README; no colour, no markup."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from magadvise.advice import DISCLAIMER
from magadvise.render.words import DIRECTION, parsed_doc, status_note

if TYPE_CHECKING:  # types only: JSON for one command imports no other command's logic
    from magadvise.advice.cautions import CautionReport
    from magadvise.advice.gating import Gate
    from magadvise.advice.medications import Resolved
    from magadvise.advice.recommend import GoalAdvice
    from magadvise.advice.timing import TimingPlan
    from magadvise.medlist import Entry
    from magadvise.rules.model import Source
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.model_forms import Formulation
    from magadvise.rules.model_goals import Goal
    from magadvise.rules.model_medicines import MagnesiumContent, Medication, MedicationClass

# json.dumps escapes C0 controls; these it would print raw (C1 controls such as the 8-bit CSI,
# bidirectional overrides, line separators). They only ever occur inside strings.
_UNSAFE = "[\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]"


def dumps(payload: object) -> str:
    """The document as indented JSON text, ending in a newline; no raw control characters."""
    text = json.dumps(payload, indent=2, ensure_ascii=False)
    if text.isascii() and "\x7f" not in text:  # the only ASCII character in _UNSAFE
        return text + "\n"
    return re.sub(_UNSAFE, lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


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


def condition(c: Condition) -> dict[str, Any]:
    """One condition that changes the advice."""
    return {
        "id": c.id,
        "name": c.name,
        "severity": c.severity,
        "effect": c.effect,
        "advice": c.advice,
        "monitor": list(c.monitor),
        "dosing": {**c.dosing._asdict(), "sources": list(c.dosing.sources)},
        "sources": list(c.sources),
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
                "rxnorm": list(e.rxnorm),
                "source": e.source_doc(),
            }
            for e in report.skipped
        ],
        "conditions": [condition(c) for c in report.conditions],
        "timing": timing(report.timing),
        "complete": report.complete,
        "disclaimer": DISCLAIMER,
    }


def not_for_age(advice: GoalAdvice) -> list[dict[str, Any]]:
    """The forms left out for the person's age: ``[{formulation, name, why, sources}]``."""
    return [
        {
            "formulation": n.formulation.id,
            "name": n.formulation.name,
            "why": n.why,
            "sources": list(n.sources),
        }
        for n in advice.not_for_age
    ]


def goal_advice(advice: GoalAdvice, gate: Gate) -> dict[str, Any]:
    """One goal's recommendations: doses capped by the gate; none when it withholds them, or
    for a goal clinicians treat (``self_care`` false: no supplement dose exists for it)."""
    from magadvise.render.gate_json import shown_dose

    goal = advice.goal
    return {
        "id": goal.id,
        "name": goal.name,
        "summary": goal.summary,
        "evidence": goal.evidence,
        "finding": goal.finding,
        "self_care": goal.self_care,
        "recommendations": [
            {
                "formulation": s.formulation.id,
                "name": s.formulation.name,
                "why": s.recommendation.why,
                "dose": shown_dose(gate.shown(s.recommendation.dose)),
                "evidence": s.recommendation.evidence,
                "sources": list(s.recommendation.sources),
            }
            for s in (advice.suggested if gate.go_ahead and goal.self_care else ())
        ],
        "avoid": [
            {"formulation": a.formulation.id, "name": a.formulation.name, "why": a.avoid.why}
            for a in advice.avoided
        ],
        "not_for_age": not_for_age(advice),
        "notes": list(goal.notes),
        "sources": list(goal.sources),
    }


def recommend(
    goals: tuple[GoalAdvice, ...], report: CautionReport | None, gate: Gate
) -> dict[str, Any]:
    """The ``recommend`` document: the gate's keys first, then the advice."""
    from magadvise.render.gate_json import gate_fields

    caution_doc = cautions(report) if report else None
    names = ", ".join(g.goal.name for g in goals)
    return {
        **gate_fields(gate, names),
        "goals": [goal_advice(g, gate) for g in goals],
        "cautions": caution_doc["cautions"] if caution_doc else [],
        "unassessed": caution_doc["unassessed"] if caution_doc else [],
        "skipped": caution_doc["skipped"] if caution_doc else [],
        "conditions": caution_doc["conditions"] if caution_doc else [],
        "timing": caution_doc["timing"] if caution_doc else None,
        "complete": (report is None or report.complete) and gate.go_ahead,
        "disclaimer": DISCLAIMER,
    }


def formulation(f: Formulation) -> dict[str, Any]:
    """One formulation, every field."""
    doc = f._asdict()
    doc["variants"] = [v._asdict() for v in f.variants]
    ages = f.label_ages
    doc["label_ages"] = ages and {
        "bands": [b._asdict() for b in ages.bands],
        "note": ages.note,
        "sources": list(ages.sources),
    }
    return {key: list(v) if isinstance(v, tuple) else v for key, v in doc.items()}


def goal_summary(g: Goal) -> dict[str, Any]:
    """A goal's id, name and aliases."""
    return {
        "id": g.id,
        "name": g.name,
        "aliases": list(g.aliases),
        "evidence": g.evidence,
        "finding": g.finding,
    }


def source(s: Source) -> dict[str, Any]:
    """One source."""
    return s._asdict()


def medication(m: Medication) -> dict[str, Any]:
    """One medication and its names (``magnesium``: its magnesium content, or null)."""
    doc = {key: list(v) if isinstance(v, tuple) else v for key, v in m._asdict().items()}
    doc["magnesium"] = magnesium_content(m.magnesium) if m.magnesium else None
    doc["local_forms"] = [
        {**f._asdict(), "sources": list(f.sources), "brands": list(f.brands)} for f in m.local_forms
    ]
    weekly = m.weekly_injection
    doc["weekly_injection"] = (
        {**weekly._asdict(), "sources": list(weekly.sources)} if weekly else None
    )
    return doc


def magnesium_content(c: MagnesiumContent) -> dict[str, Any]:
    """Elemental magnesium per unit of a product, from its label."""
    return {**c._asdict(), "sources": list(c.sources)}


def _origin(entry: Entry | None) -> dict[str, object] | None:
    """Where a medicine came from in a medication file (``--meds-from``), or None if typed."""
    if entry is None:
        return None
    return {**entry.source_doc(), "rxnorm": list(entry.rxnorm)}
