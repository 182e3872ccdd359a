"""A one-page plan for a person: form, dose, units of their product, food, cautions, sources."""

from __future__ import annotations

import re
from dataclasses import dataclass

from magadvise.advice.cautions import CautionReport, assess
from magadvise.advice.dose import (
    Amount,
    Percent,
    UnitFit,
    Verdict,
    check_goal,
    find_percent,
    judge,
    to_compound,
)
from magadvise.advice.foods import DayOfFood, FoodList, day_of_food, list_foods
from magadvise.advice.intake import IntakeReport, Person, personal_target
from magadvise.advice.otc import listed_magnesium
from magadvise.advice.recommend import GoalAdvice, Suggested, advise, self_care
from magadvise.advice.units import sane
from magadvise.errors import UsageError
from magadvise.rules.model import Avoid, Source
from magadvise.rules.ruleset import Rules

FOOD_IDEAS = 5
_AMOUNT = re.compile(r"(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>mg|g)?\s*$", re.IGNORECASE)
_PREFIX = re.compile(r"^\s*(?:magnesium|mg)\b\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Product:
    """The product the person has, read from text like ``glycinate 500mg``."""

    text: str
    percent: Percent
    amount: Amount | None
    avoid: Avoid | None

    @property
    def reading(self) -> str:
        """How the product's mg was read: as the compound, or as elemental magnesium."""
        if self.amount is None:
            return "no amount given"
        return self.amount.given


def parse_product(
    rules: Rules, text: str, elemental_per_unit: float | None, variant: str | None = None
) -> tuple[Percent, float | None]:
    """``"glycinate 500mg"`` -> (its percentage, 500.0); the form must be one the rules know."""
    match = _AMOUNT.search(text)
    amount: float | None = None
    name = text
    if match:
        amount = float(match.group("n").replace(",", "."))
        if (match.group("unit") or "mg").lower() == "g":
            amount *= 1000
        name = text[: match.start()]
    name = name.strip()
    if not name:
        raise UsageError(f"--product '{text}': name the form, e.g. \"glycinate 500mg\"")
    form = name if rules.formulations.find(name) else (_PREFIX.sub("", name) or name)
    percent = find_percent(rules, form, variant)
    if amount is not None:
        sane(amount, f"--product '{text}': the amount (mg)")
    if elemental_per_unit is not None:
        sane(elemental_per_unit, "--elemental-per-unit (mg)")
    return percent, amount


@dataclass(frozen=True)
class Plan:
    """Everything the plan shows, computed once for every output format."""

    person: Person
    advice: GoalAdvice
    chosen: Suggested
    product: Product | None
    units: UnitFit | None
    verdict: Verdict
    intake: IntakeReport | None
    food: DayOfFood | None
    food_ideas: FoodList | None
    cautions: CautionReport
    rules_name: str

    @property
    def complete(self) -> bool:
        """False when a medicine typed was not recognised (the plan is then incomplete)."""
        return self.cautions.complete

    @property
    def compound_range(self) -> tuple[float, float]:
        """The daily target as mg of the recommended compound."""
        dose, pct = self.chosen.recommendation.dose, self.chosen.formulation.elemental_percent
        return to_compound(dose.min_mg, pct), to_compound(dose.max_mg, pct)

    @property
    def monitor(self) -> tuple[str, ...]:
        """What to monitor, from the medicines' classes and the conditions."""
        items = [m for c in self.cautions.medications for k in c.classes for m in k.monitor]
        items += [m for c in self.cautions.conditions for m in c.monitor]
        return tuple(dict.fromkeys(items))

    @property
    def ask_a_clinician(self) -> tuple[str, ...]:
        """When to ask a clinician, most urgent first."""
        out: list[str] = []
        if self.cautions.unassessed:
            names = ", ".join(u.input for u in self.cautions.unassessed)
            out.append(
                f"NOT CHECKED: {names}. These medicines were not recognised; not recognised does "
                "not mean safe. Ask a pharmacist before starting magnesium."
            )
        for condition in self.cautions.conditions:
            if condition.severity in ("critical", "major"):
                out.append(f"{condition.name}: {condition.advice}")
        for caution in self.cautions.medications:
            if caution.duplicates:
                also = ", ".join(d.input for d in caution.duplicates)
                out.append(
                    f"{caution.resolved.input} and {also}: possibly the same medicine twice "
                    "(a double prescription). Ask your pharmacist or doctor."
                )
            for k in caution.classes:
                if k.severity == "major" and k.id not in caution.repeated:
                    out.append(f"{caution.resolved.medication.name} ({k.name}): {k.advice}")
        out.extend(self.further_questions)
        return tuple(dict.fromkeys(out))

    @property
    def further_questions(self) -> tuple[str, ...]:
        """The reasons to ask a clinician that are not a medicine or condition caution."""
        out: list[str] = []
        if self.verdict.kind in ("supervise", "above", "not-established"):
            out.append(self.verdict.sentences()[0])
        if self.cautions.timing is not None and not self.cautions.timing.feasible:
            out.append(self.cautions.timing.summary())
        out.extend(self.advice.goal.notes)
        return tuple(dict.fromkeys(out))

    def source_ids(self) -> tuple[str, ...]:
        """Every source behind what the plan shows, in order of first use (cautions first)."""
        ids: list[str] = [s for c in self.cautions.conditions for s in c.sources]
        ids += [s for c in self.cautions.medications for k in c.classes for s in k.sources]
        ids += [*self.chosen.recommendation.sources, *self.advice.goal.sources]
        ids += self.chosen.formulation.sources
        if self.product is not None:
            ids += self.product.percent.sources
        ids += [s for item in self.verdict.listed for s in item.content.sources]
        if self.intake is not None:
            ids += self.intake.sources
        if self.food is not None:
            ids += self.food.sources
        if self.food_ideas is not None:
            ids += self.food_ideas.sources
        return tuple(dict.fromkeys(ids))


def _chosen(advice: GoalAdvice, percent: Percent | None) -> Suggested:
    if percent is not None:
        for item in advice.suggested:
            if item.formulation.id == percent.formulation.id:
                return item
    return advice.suggested[0]


def make_plan(
    rules: Rules,
    who: Person,
    goal: str,
    meds: list[str],
    conditions: list[str],
    *,
    product: str | None = None,
    elemental_per_unit: float | None = None,
    variant: str | None = None,
    foods: list[str] | None = None,
    times: dict[str, tuple[str, ...]] | None = None,
) -> Plan:
    """Put the advice together for one person and goal."""
    if product is None and (elemental_per_unit is not None or variant is not None):
        raise UsageError("--elemental-per-unit and --variant describe a --product; give one")
    advice = advise(rules, [goal])[0]
    self_care(advice.goal)
    implied = [
        n for on, n in ((who.pregnant, "pregnancy"), (who.breastfeeding, "breastfeeding")) if on
    ]
    extra = [n for n in implied if rules.conditions.find(n) is not None]
    report = assess(rules, meds, [*conditions, *extra], who.age, times or {})
    chosen_product: Product | None = None
    units: UnitFit | None = None
    if product is not None:
        percent, amount = parse_product(rules, product, elemental_per_unit, variant)
        per_unit: Amount | None = None
        if elemental_per_unit is not None:
            per_unit = Amount(percent, "elemental", elemental_per_unit, 1)
        elif amount is not None:
            per_unit = Amount(percent, "compound", amount, 1)
        avoid = next(
            (a.avoid for a in advice.avoided if a.formulation.id == percent.formulation.id), None
        )
        chosen_product = Product(product, percent, per_unit, avoid)
    chosen = _chosen(advice, chosen_product.percent if chosen_product else None)
    dose = chosen.recommendation.dose
    if chosen_product is not None and chosen_product.amount is not None:
        units = UnitFit(chosen_product.amount.elemental_per_unit, dose.min_mg, dose.max_mg)
    total = units.total_mg if units is not None and units.count else dose.max_mg
    listed = listed_magnesium(report)
    everything = total + sum(item.elemental_mg for item in listed)
    goal_check = check_goal(rules, advice.goal.id, chosen.formulation, everything)
    verdict = judge(rules, total, who.age, goal_check, listed)
    intake = personal_target(rules, who) if rules.intake is not None else None
    food = day_of_food(rules, foods, intake) if foods else None
    ideas = None
    if food is None and len(rules.foods):
        ideas = list_foods(rules, "mg", top=FOOD_IDEAS)
    name = rules.origin.replace("\\", "/").rsplit("/", 1)[-1]
    return Plan(
        who, advice, chosen, chosen_product, units, verdict, intake, food, ideas, report, name
    )


def plan_sources(rules: Rules, plan: Plan) -> tuple[Source, ...]:
    """The Source records behind a plan."""
    return tuple(rules.sources[i] for i in plan.source_ids() if i in rules.sources)
