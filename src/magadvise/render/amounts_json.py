"""JSON for `dose`, `intake` and `foods`: stable shapes, numbers as numbers, no markup."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from magadvise.advice import DISCLAIMER
from magadvise.advice.dose import Amount
from magadvise.advice.foods import DayOfFood, FoodList
from magadvise.advice.intake import IntakeReport, Person, UpperLevel
from magadvise.advice.units import age_band
from magadvise.advice.verdict import Verdict
from magadvise.render.catalog_json import source
from magadvise.rules.model_intake import RdaRow
from magadvise.rules.ruleset import Rules


def num(value: float | None) -> float | None:
    """A number rounded to 3 decimals (None stays None)."""
    return None if value is None else round(value, 3)


def sources(rules: Rules, ids: Iterable[str]) -> list[dict[str, Any]]:
    """Full source records for ids, in order, once each."""
    return [source(rules.sources[i]) for i in dict.fromkeys(ids) if i in rules.sources]


def person(who: Person) -> dict[str, Any]:
    """Who the numbers are for."""
    return {
        "age": who.age,
        "sex": who.sex,
        "pregnant": who.pregnant,
        "breastfeeding": who.breastfeeding,
    }


def upper_level(upper: UpperLevel | None, assumed: bool = False) -> dict[str, Any] | None:
    """The supplement upper level for one age band."""
    if upper is None:
        return None
    return {
        "mg": upper.mg,
        "unit": "mg/day from supplements and medicines (food excluded)",
        "ages": {"from": upper.row.age_from, "to": upper.row.age_to, "label": upper.band},
        "age_assumed": assumed,
        "row_note": upper.row.note,
        "note": upper.note,
        "sources": list(upper.sources),
    }


def verdict(v: Verdict) -> dict[str, Any]:
    """The daily total judged against the upper level and the goal."""
    goal = v.goal
    return {
        "total_elemental_mg": num(v.total_mg),
        "status": v.kind,
        "supervised": v.supervised,
        "upper_limit": upper_level(v.upper, v.age_assumed),
        "goal": None
        if goal is None
        else {
            "id": goal.goal.id,
            "name": goal.goal.name,
            "finding": goal.goal.finding,
            "formulation": goal.recommendation.formulation,
            "form_recommended": goal.form_recommended,
            "min_mg": goal.recommendation.dose.min_mg,
            "max_mg": goal.recommendation.dose.max_mg,
            "status": goal.status,
            "note": goal.recommendation.dose.note,
        },
        "other_magnesium": [
            {
                "input": item.input,
                "medication": item.medication.id,
                "elemental_mg_per_unit": num(item.content.elemental_mg),
                "unit": item.content.unit,
                "units_per_day": item.units,
                "elemental_mg": num(item.elemental_mg),
                "max_units_per_day": item.content.max_units_per_day,
                "how_counted": list(item.notes),
                "sources": list(item.content.sources),
            }
            for item in v.listed
        ],
        "messages": v.sentences(),
    }


def amount(a: Amount) -> dict[str, Any]:
    """A daily amount both ways, and where the percentage comes from."""
    pct = a.percent
    return {
        "formulation": pct.formulation.id,
        "name": pct.formulation.name,
        "variant": pct.variant.id if pct.variant else None,
        "compound": pct.name,
        "elemental_percent": pct.value,
        "percent_basis": pct.basis,
        "percent_sources": list(pct.sources),
        "given": a.given,
        "per_unit_mg": a.per_unit_mg,
        "units_per_day": a.units,
        "compound_mg_per_unit": num(a.compound_per_unit),
        "elemental_mg_per_unit": num(a.elemental_per_unit),
        "compound_mg_per_day": num(a.compound_mg),
        "elemental_mg_per_day": num(a.elemental_mg),
    }


def dose(rules: Rules, a: Amount, v: Verdict) -> dict[str, Any]:
    """The ``dose`` document."""
    ids = [*a.percent.sources, *(v.upper.sources if v.upper else ())]
    if v.goal is not None:
        ids += v.goal.recommendation.sources
    ids += [s for item in v.listed for s in item.content.sources]
    return {
        "amount": amount(a),
        "check": verdict(v),
        "sources": sources(rules, ids),
        "disclaimer": DISCLAIMER,
    }


def row(r: RdaRow) -> dict[str, Any]:
    """One row of the intake table."""
    return {
        "from": r.age_from,
        "to": r.age_to,
        "label": age_band(r.age_from, r.age_to),
        "kind": r.kind,
        "male": r.male,
        "female": r.female,
        "pregnancy": r.pregnancy,
        "lactation": r.lactation,
    }


def intake(rules: Rules, report: IntakeReport) -> dict[str, Any]:
    """The ``intake`` document."""
    return {
        "person": person(report.person),
        "kind": report.row.kind,
        "mg": report.mg,
        "unit": "mg/day from food and supplements together",
        "row": row(report.row),
        "upper_limit": upper_level(report.upper),
        "daily_value_mg": report.daily_value_mg,
        "sources": sources(rules, report.sources),
        "disclaimer": DISCLAIMER,
    }


def foods(rules: Rules, found: FoodList, sort: str, vegan: bool) -> dict[str, Any]:
    """The ``foods`` document."""
    return {
        "daily_value_mg": found.daily_value_mg,
        "sort": sort,
        "vegan_only": vegan,
        "shown": len(found.rows),
        "matching": found.total,
        "foods": [
            {
                "id": r.food.id,
                "name": r.food.name,
                "serving": r.food.serving,
                "mg": r.food.mg,
                "percent_dv": num(r.percent_dv),
                "vegan": r.food.vegan,
                "group": r.food.group,
                "note": r.food.note,
                "sources": list(r.food.sources),
            }
            for r in found.rows
        ],
        "sources": sources(rules, found.sources),
        "disclaimer": DISCLAIMER,
    }


def day(rules: Rules | None, d: DayOfFood) -> dict[str, Any]:
    """A day of chosen foods against the personal target (``foods --target``)."""
    doc = {
        "person": person(d.target.person) if d.target else None,
        "target_mg": d.target_mg,
        "target_kind": d.target.row.kind if d.target else None,
        "portions": [
            {
                "id": p.food.id,
                "name": p.food.name,
                "serving": p.food.serving,
                "servings": p.servings,
                "mg": num(p.mg),
            }
            for p in d.portions
        ],
        "total_mg": num(d.total_mg),
        "percent_of_target": num(d.percent_of_target),
        "gap_mg": num(d.gap_mg),
        "note": "Food counts toward the recommended intake, not toward the supplement upper level.",
    }
    if rules is not None:
        doc["sources"] = sources(rules, d.sources)
        doc["disclaimer"] = DISCLAIMER
    return doc
