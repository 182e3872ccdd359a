"""The ``recommend`` JSON document: the gate's keys, each goal's advice, then the cautions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from magadvise.advice import DISCLAIMER
from magadvise.render.cautions_json import cautions

if TYPE_CHECKING:  # types only: JSON for one command imports no other command's logic
    from magadvise.advice.cautions import CautionReport
    from magadvise.advice.gating import Gate
    from magadvise.advice.recommend import GoalAdvice


def not_for_age(advice: GoalAdvice, kind: str = "age") -> list[dict[str, Any]]:
    """The forms left out for the person's age (``kind`` ``age``) or under their limit
    (``limit``: pregnancy, what is left): ``[{formulation, name, why, sources}]``."""
    return [
        {
            "formulation": n.formulation.id,
            "name": n.formulation.name,
            "why": n.why,
            "sources": list(n.sources),
        }
        for n in advice.not_for_age
        if n.kind == kind
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
        "over_limit": not_for_age(advice, "limit"),
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
        "from_record": caution_doc["from_record"] if caution_doc else [],
        "ignored": caution_doc["ignored"] if caution_doc else [],
        "conditions": caution_doc["conditions"] if caution_doc else [],
        "timing": caution_doc["timing"] if caution_doc else None,
        "complete": (report is None or report.complete) and gate.go_ahead,
        "disclaimer": DISCLAIMER,
    }
