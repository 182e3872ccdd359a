"""A one-page plan for a person: form, dose, units of their product, food, cautions, sources."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.cautions import SERIOUS, CautionReport, assess
from magadvise.advice.dose import Percent, to_compound
from magadvise.advice.foods import DayOfFood, FoodList, day_of_food, list_foods
from magadvise.advice.gating import Gate, ShownDose, counting_products, gate
from magadvise.advice.intake import IntakeReport, Person, personal_target, with_stage
from magadvise.advice.label_age import left_out, with_label_age, with_product_form
from magadvise.advice.label_limit import with_limit, with_product_limit
from magadvise.advice.medicine_gate import medicine_withholders
from magadvise.advice.named_product import read_product
from magadvise.advice.otc import listed_magnesium, uncounted_magnesium
from magadvise.advice.product import Product
from magadvise.advice.recommend import GoalAdvice, Suggested, advise, self_care
from magadvise.advice.record_gate import record_withholders
from magadvise.advice.suggested_gate import suggested_withholders
from magadvise.advice.unit_fit import UnitFit
from magadvise.advice.unknown_amount import unknown_amount_withholders
from magadvise.advice.verdict import Verdict, check_goal, judge
from magadvise.errors import UsageError
from magadvise.record import Record
from magadvise.rules.model import Source
from magadvise.rules.ruleset import Rules

if TYPE_CHECKING:
    from magadvise.medlist import Entry

FOOD_IDEAS = 5


class Plan(Record):
    """Everything the plan shows, computed once for every output format."""

    person: Person
    advice: GoalAdvice
    chosen: Suggested
    product: Product | None
    units: UnitFit | None
    verdict: Verdict | None
    intake: IntakeReport | None
    food: DayOfFood | None
    food_ideas: FoodList | None
    cautions: CautionReport
    rules_name: str
    gate: Gate

    @property
    def go_ahead(self) -> bool:
        """False when the person's conditions or age withhold every supplement dose."""
        return self.gate.go_ahead

    @property
    def complete(self) -> bool:
        """False when a medicine was not recognised, or when no dose can be advised."""
        return self.cautions.complete and self.go_ahead

    @property
    def recommended(self) -> Suggested:
        """The best form for the goal (never the product's form unless it is the best); the
        chosen one when every form is left out for the age (the dose is then withheld)."""
        return self.advice.suggested[0] if self.advice.suggested else self.chosen

    @property
    def product_form_supported(self) -> bool | None:
        """Whether the goal's evidence uses the product's form (None without a product)."""
        if self.product is None:
            return None
        form = self.product.percent.formulation.id
        return any(s.formulation.id == form for s in self.advice.suggested)

    @property
    def target(self) -> ShownDose:
        """The daily elemental target for this person: the evidence's range, capped by the gate."""
        return self.gate.shown(self.chosen.recommendation.dose)

    @property
    def compound_range(self) -> tuple[float, float]:
        """The daily target as mg of the recommended compound."""
        dose, pct = self.target, self.chosen.formulation.elemental_percent
        return to_compound(dose.min_mg, pct), to_compound(dose.max_mg, pct)

    @property
    def monitor(self) -> tuple[str, ...]:
        """What to monitor, from the medicines' classes and the conditions."""
        items = [m for c in self.cautions.medications for k in c.applying for m in k.monitor]
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
        out += [f"{w.name}: {w.advice}" for w in self.gate.withheld_by]
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
            for k in caution.applying:
                if k.severity == "major" and k.id not in caution.repeated:
                    out.append(f"{caution.resolved.medication.name} ({k.name}): {k.advice}")
        out.extend(self.further_questions)
        return tuple(dict.fromkeys(out))

    @property
    def further_questions(self) -> tuple[str, ...]:
        """The reasons to ask a clinician that are not a medicine or condition caution."""
        out: list[str] = []
        if self.verdict is not None and self.verdict.kind in ("supervise", "above"):
            out.append(self.verdict.sentences()[0])
        if self.go_ahead and self.cautions.timing and not self.cautions.timing.feasible:
            out.append(self.cautions.timing.summary())
        out.extend(self.advice.goal.notes)
        return tuple(dict.fromkeys(out))

    def source_ids(self) -> tuple[str, ...]:
        """Every source behind what the plan shows, in order of first use (cautions first)."""
        ids: list[str] = [s for w in self.gate.withheld_by for s in w.sources]
        for serious in (True, False):  # the alerts are cited first, then the other cautions
            ids += [
                s
                for c in self.cautions.conditions
                if (c.severity in SERIOUS) == serious
                for s in c.sources
            ]
            ids += [
                s
                for c in self.cautions.medications
                for k in c.classes
                if (k.severity in SERIOUS) == serious
                for s in k.sources
            ]
        if not self.go_ahead:  # only what a withheld plan shows: why, cautions, goal notes
            return tuple(dict.fromkeys([*ids, *self.advice.goal.sources]))
        if self.gate.ceiling is not None:
            ids += self.gate.ceiling.sources
        ids += [*self.recommended.recommendation.sources, *self.chosen.recommendation.sources]
        ids += self.advice.goal.sources
        ids += self.chosen.formulation.sources
        if self.product is not None:
            ids += self.product.percent.sources
        if self.verdict is not None:
            ids += [s for item in self.verdict.listed for s in item.content.sources]
        if self.intake is not None:
            ids += self.intake.sources
        if self.food is not None:
            ids += self.food.sources
        if self.food_ideas is not None:
            ids += self.food_ideas.sources
        return tuple(dict.fromkeys(ids))


def _chosen(rules: Rules, advice: GoalAdvice, percent: Percent | None) -> Suggested:
    if percent is not None:
        for item in advice.suggested:
            if item.formulation.id == percent.formulation.id:
                return item
    if advice.suggested:
        return advice.suggested[0]
    first = advice.goal.recommendations[0]  # every form left out for the age: dose withheld
    return Suggested(first, rules.formulations[first.formulation])


def _product(
    rules: Rules,
    advice: GoalAdvice,
    text: str,
    elemental_per_unit: float | None,
    variant: str | None,
) -> Product:
    percent, per_unit, named = read_product(rules, text, elemental_per_unit, variant)
    avoid = next(
        (a.avoid for a in advice.avoided if a.formulation.id == percent.formulation.id), None
    )
    return Product(text, percent, per_unit, avoid, named)


def make_plan(
    rules: Rules,
    who: Person,
    goal: str,
    meds: Sequence[str | Entry],
    conditions: list[str],
    *,
    product: str | None = None,
    elemental_per_unit: float | None = None,
    variant: str | None = None,
    foods: list[str] | None = None,
    times: dict[str, tuple[str, ...]] | None = None,
) -> Plan:
    """Put the advice together for one person and goal; conditions and age gate the dose."""
    if product is None and (elemental_per_unit is not None or variant is not None):
        raise UsageError("--elemental-per-unit and --variant describe a --product; give one")
    advice = advise(rules, [goal], who.age)[0]
    self_care(advice.goal)
    who = with_stage(rules, who, conditions)
    implied = [
        n for on, n in ((who.pregnant, "pregnancy"), (who.breastfeeding, "breastfeeding")) if on
    ]
    extra = [n for n in implied if rules.conditions.find(n) is not None]
    report = assess(rules, meds, [*conditions, *extra], who.age, times or {})
    meds_held = report.medications
    unknown = unknown_amount_withholders(rules, [m.resolved for m in meds_held], report.unassessed)
    held = (
        *record_withholders(rules, report.skipped, who.age),
        *medicine_withholders(meds_held, report.timing),
        *unknown,
        *suggested_withholders(rules, report.unassessed),
    )
    person_gate = gate(rules, report.conditions, who.age, held)
    listed = listed_magnesium(report)  # magnesium antacids and laxatives count toward the UL
    person_gate = counting_products(rules, person_gate, listed)
    if person_gate.go_ahead:  # a labelled laxative below its smallest dose is not offered
        advice = with_limit(advice, person_gate)
    person_gate = with_label_age(person_gate, (advice,))
    chosen_product = (
        _product(rules, advice, product, elemental_per_unit, variant) if product else None
    )
    if chosen_product is not None:
        form = chosen_product.percent.formulation
        advice = with_product_form(rules, advice, form, who.age)
        if person_gate.go_ahead:
            advice = with_product_limit(advice, form, person_gate)
    chosen = _chosen(rules, advice, chosen_product.percent if chosen_product else None)
    intake = personal_target(rules, who) if rules.intake is not None else None
    name = rules.origin.replace("\\", "/").rsplit("/", 1)[-1]
    if not person_gate.go_ahead:  # no dose, no units, no food target: only who to ask
        return Plan(
            who,
            advice,
            chosen,
            chosen_product,
            None,
            None,
            intake,
            None,
            None,
            report,
            name,
            person_gate,
        )
    target = person_gate.shown(chosen.recommendation.dose)
    units: UnitFit | None = None
    amount = chosen_product.amount if chosen_product is not None else None
    if amount is not None and not left_out(advice, amount.percent.formulation):  # else no units
        units = UnitFit(amount.elemental_per_unit, target.min_mg, target.max_mg)
    total = target.max_mg
    if units is not None:  # one unit is judged when even one is above the range: never hidden
        total = units.total_mg if units.per_day else units.elemental_per_unit
    goal_check = check_goal(rules, advice.goal.id, chosen.formulation, total, person_gate)
    verdict = judge(rules, total, who.age, goal_check, listed, uncounted_magnesium(report))
    food = day_of_food(rules, foods, intake) if foods else None
    ideas = None
    if food is None and len(rules.foods):
        ideas = list_foods(rules, "mg", top=FOOD_IDEAS)
    return Plan(
        who,
        advice,
        chosen,
        chosen_product,
        units,
        verdict,
        intake,
        food,
        ideas,
        report,
        name,
        person_gate,
    )


def plan_sources(rules: Rules, plan: Plan) -> tuple[Source, ...]:
    """The Source records behind a plan."""
    return tuple(rules.sources[i] for i in plan.source_ids() if i in rules.sources)
