"""JSON for the rules' entries as the catalog commands list them: forms, goals, sources,
medicines and conditions (one entry each; the command puts them in its document)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from magadvise.record import Record
    from magadvise.rules.model import Source
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.model_forms import Formulation
    from magadvise.rules.model_goals import Goal
    from magadvise.rules.model_medicines import MagnesiumContent, Medication


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
    weekly, injected = m.weekly_injection, m.injection_brands
    doc["weekly_injection"] = (
        {**weekly._asdict(), "sources": list(weekly.sources)} if weekly else None
    )
    doc["injection_brands"] = (
        {
            "brands": list(injected.brands),
            "oral": list(injected.oral),
            "sources": list(injected.sources),
        }
        if injected
        else None
    )
    doc["children_liquids"] = _listed(m.children_liquids)
    doc["children_units"] = _listed(m.children_units)
    return doc


def magnesium_content(c: MagnesiumContent) -> dict[str, Any]:
    """Elemental magnesium per unit of a product, from its label."""
    return {**c._asdict(), "sources": list(c.sources)}


def _listed(part: Record | None) -> dict[str, Any] | None:
    """A part of a medicine (its children's liquids or units) with its tuples as lists."""
    if part is None:
        return None
    return {key: list(v) if isinstance(v, tuple) else v for key, v in part._asdict().items()}
