"""The dose gate as JSON keys, the same in `recommend`, `dose` and `plan` documents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from magadvise.advice.gating import Gate, ShownDose


def gate_fields(gate: Gate, goal_name: str | None = None) -> dict[str, Any]:
    """``go_ahead``, ``withheld`` (null or ``{by, reason}``), ``ceiling``, ``doses_for``, notes."""
    withheld = None
    if not gate.go_ahead:
        withheld = {
            "by": [
                {"id": w.id, "name": w.name, "basis": w.basis, "sources": list(w.sources)}
                for w in gate.withheld_by
            ],
            "reason": gate.reason(),
        }
    ceiling = gate.ceiling
    return {
        "go_ahead": gate.go_ahead,
        "withheld": withheld,
        "ceiling": None
        if ceiling is None
        else {"mg": ceiling.mg, "why": ceiling.why, "sources": list(ceiling.sources)},
        "doses_for": "adults" if gate.age is None or not gate.child else "child",
        "dose_notes": list(gate.notes(goal_name))
        + [f"With {c.name}: {c.dosing.basis}" for c in gate.cautions],
    }


def shown_dose(shown: ShownDose) -> dict[str, Any]:
    """A dose range as shown: capped ``min_mg``/``max_mg`` and what the evidence uses."""
    return {
        "min_mg": shown.min_mg,
        "max_mg": shown.max_mg,
        "unit": "mg elemental magnesium per day",
        "note": shown.evidence.note,
        "capped": shown.capped,
        "capped_note": shown.note(),
        "evidence_min_mg": shown.evidence.min_mg,
        "evidence_max_mg": shown.evidence.max_mg,
    }
