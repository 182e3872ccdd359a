"""The plan as JSON: the same facts as the printed plan, structured."""

from __future__ import annotations

from datetime import date
from typing import Any

from magadvise import __version__
from magadvise.advice.cautions import DISCLAIMER, SERIOUS, CautionReport
from magadvise.advice.gating import PRODUCTS
from magadvise.advice.named_product import NamedProduct
from magadvise.advice.plan import Plan
from magadvise.advice.unknown_amount import UNCOUNTED
from magadvise.render import amounts_json as aj
from magadvise.render.cautions_json import cautions
from magadvise.render.gate_json import gate_fields, shown_dose
from magadvise.render.recommend_json import not_for_age
from magadvise.rules.ruleset import Rules

PLAN_FORMAT = 1


def alerts(report: CautionReport) -> list[dict[str, Any]]:
    """The critical and major cautions, conditions first, each class of a medicine once."""
    out: list[dict[str, Any]] = [
        {
            "kind": "condition",
            "id": c.id,
            "name": c.name,
            "severity": c.severity,
            "advice": c.advice,
            "sources": list(c.sources),
        }
        for c in report.serious_conditions
    ]
    for m in report.serious_medications:
        out += [
            {
                "kind": "medication",
                "input": m.resolved.input,
                "medication": m.resolved.medication.id,
                "id": k.id,
                "name": k.name,
                "severity": k.severity,
                "advice": k.advice,
                "sources": list(k.sources),
            }
            for k in m.applying
            if k.severity in SERIOUS and k.id not in m.repeated
        ]
    return out


def products_alert(p: Plan) -> list[dict[str, Any]]:
    """The alert when the magnesium products listed already reach the person's ceiling, or
    cannot be counted toward it (the severity, major, is our judgement: more would pass the
    upper level, or could without anyone knowing)."""
    return [
        {
            "kind": "magnesium-products",
            "id": w.id,
            "name": w.name,
            "severity": "major",
            "basis": w.basis,
            "advice": w.advice,
            "sources": list(w.sources),
        }
        for w in p.gate.withheld_by
        if w.id in (PRODUCTS, UNCOUNTED)
    ]


def plan(rules: Rules, p: Plan, made_on: date) -> dict[str, Any]:
    """The ``plan --format json`` document: who, what was not checked and alerts come first."""
    chosen, goal = p.chosen, p.advice.goal
    best = p.recommended  # the recommended form; amounts use `chosen` (the product's, if supported)
    low, high = p.compound_range
    product: dict[str, Any] | None = None
    if p.product is not None:
        pct, amount = p.product.percent, p.product.amount
        product = {
            "input": p.product.text,
            "formulation": pct.formulation.id,
            "variant": pct.variant.id if pct.variant else None,
            "read_as": p.product.reading,
            "elemental_assumed": bool(amount and amount.assumed),
            "named_product": _named(p.product.named),
            "per_unit_mg": amount.per_unit_mg if amount else None,
            "compound_mg_per_unit": aj.num(amount.compound_per_unit) if amount else None,
            "elemental_mg_per_unit": aj.num(amount.elemental_per_unit) if amount else None,
            "elemental_percent": pct.value,
            "percent_basis": pct.basis,
            "percent_sources": list(pct.sources),
            "avoid_for_goal": p.product.avoid.why if p.product.avoid else None,
            "form_supported": p.product_form_supported,
            "units_per_day": p.units.per_day if p.units else None,
            "elemental_mg_per_day": aj.num(p.units.total_mg) if p.units else None,
            "units_fit_range": p.units.fits if p.units else None,
            "too_many_units": p.units.too_many if p.units else None,
            "units_message": p.units.sentence() if p.units else None,
        }
    report = cautions(p.cautions)
    dosed = p.go_ahead  # withheld: no form, target, units or food: only who to ask
    return {
        "format": PLAN_FORMAT,
        "date": made_on.isoformat(),
        **gate_fields(p.gate, goal.name),
        "person": aj.person(p.person),
        "complete": p.complete,
        "unassessed": report["unassessed"],
        "skipped": report["skipped"],
        "ignored": report["ignored"],
        "alerts": [*products_alert(p), *alerts(p.cautions)],
        "medicines_checked": [
            {"input": c["input"], "medication": c["medication"], "name": c["name"]}
            for c in report["cautions"]
        ],
        "from_record": report["from_record"],
        "goal": {
            "id": goal.id,
            "name": goal.name,
            "evidence": goal.evidence,
            "finding": goal.finding,
            "summary": goal.summary,
        },
        "recommended": None
        if not dosed
        else {
            "formulation": best.formulation.id,
            "name": best.formulation.name,
            "why": best.recommendation.why,
            "evidence": best.recommendation.evidence,
            "sources": list(best.recommendation.sources),
            "amounts_for": chosen.formulation.id,
            "alternatives": [
                s.formulation.id
                for s in p.advice.suggested
                if s.formulation is not best.formulation
            ],
            "avoid": [
                {"formulation": a.formulation.id, "why": a.avoid.why} for a in p.advice.avoided
            ],
        },
        "not_for_age": not_for_age(p.advice),
        "over_limit": not_for_age(p.advice, "limit"),
        "daily_target": None
        if not dosed
        else {
            **shown_dose(p.target),
            "unit": "mg elemental magnesium per day, from supplements",
            "compound_min_mg": aj.num(low),
            "compound_max_mg": aj.num(high),
            "elemental_percent": chosen.formulation.elemental_percent,
            "percent_basis": chosen.formulation.elemental_basis,
        },
        "product": product,
        "check": aj.verdict(p.verdict) if p.verdict else None,
        "timing": report["timing"] if dosed else None,
        "intake": None
        if p.intake is None
        else {
            "kind": p.intake.row.kind,
            "mg": p.intake.mg,
            "ages": aj.row(p.intake.row)["label"],
            "unit": "mg/day from food and supplements together",
            "daily_value_mg": p.intake.daily_value_mg,
        },
        "food": aj.day(None, p.food) if p.food else None,
        "food_ideas": [
            {
                "id": r.food.id,
                "name": r.food.name,
                "serving": r.food.serving,
                "mg": r.food.mg,
                "percent_dv": aj.num(r.percent_dv),
            }
            for r in (p.food_ideas.rows if p.food_ideas else ())
        ],
        "cautions": report["cautions"],
        "conditions": report["conditions"],
        "monitor": list(p.monitor),
        "ask_a_clinician": list(p.ask_a_clinician),
        "sources": aj.sources(rules, p.source_ids()),
        "generated_by": f"magadvise {__version__}",
        "rules_file": p.rules_name,
        "disclaimer": DISCLAIMER,
    }


def _named(named: NamedProduct | None) -> dict[str, Any] | None:
    """The product a ``--product`` name was read as (advice.named_product), or None."""
    if named is None:
        return None
    return {
        "medication": named.medication.id,
        "name": named.medication.name,
        "formulation": named.formulation,
        "elemental_mg": named.elemental_mg,
        "unit": named.unit,
        "counted_per_unit": named.per_unit is not None,
        "sources": list(named.sources),
    }
