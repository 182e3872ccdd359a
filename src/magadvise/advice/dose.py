"""Dose arithmetic: compound <-> elemental magnesium, and a daily total against limits and goals."""

from __future__ import annotations

import math
from dataclasses import dataclass

from magadvise.advice.intake import UpperLevel, open_ended_upper_level, upper_level
from magadvise.advice.lookup import find
from magadvise.advice.otc import ListedMagnesium
from magadvise.advice.recommend import self_care
from magadvise.advice.units import mg, number
from magadvise.errors import UsageError
from magadvise.rules.model import Formulation, Goal, Recommendation, Variant
from magadvise.rules.names import normalize
from magadvise.rules.ruleset import Rules
from magadvise.rules.schema import suggest

FOOD_EXCLUDED = "Magnesium from food and water does not count toward this upper level."
EPSILON = 1e-9


@dataclass(frozen=True)
class Percent:
    """The elemental percentage used, and where it comes from."""

    formulation: Formulation
    variant: Variant | None = None

    @property
    def value(self) -> float:
        """Elemental magnesium, % by weight of the compound."""
        return (self.variant or self.formulation).elemental_percent

    @property
    def name(self) -> str:
        """The compound's name."""
        return self.variant.name if self.variant else self.formulation.name

    @property
    def basis(self) -> str:
        """Which compound and hydration the percentage is for, as the rules say."""
        if self.variant is None:
            return self.formulation.elemental_basis
        return self.variant.name + (f" ({self.variant.note})" if self.variant.note else "")

    @property
    def sources(self) -> tuple[str, ...]:
        """Source ids behind the percentage."""
        return (self.variant or self.formulation).sources

    @property
    def alternatives(self) -> tuple[Variant, ...]:
        """The form's other salts or hydrates, when its own percentage is the one used."""
        return () if self.variant else self.formulation.variants


def find_percent(rules: Rules, form: str, variant: str | None = None) -> Percent:
    """The formulation (and variant) named, or UsageError with suggestions."""
    formulation = find(rules.formulations, form, "formulation")
    if variant is None:
        return Percent(formulation)
    if not formulation.variants:
        raise UsageError(f"{formulation.name} has no variants in the rules file")
    names = {normalize(n): v for v in formulation.variants for n in (v.id, v.name)}
    chosen = names.get(normalize(variant))
    if chosen is None and normalize(variant) in normalize(formulation.elemental_basis).split():
        return Percent(formulation)  # the form's own percentage is for this hydrate or salt
    if chosen is None:
        close = suggest(normalize(variant), names, n=3)
        ids = tuple(dict.fromkeys(names[c].id for c in close)) or tuple(
            v.id for v in formulation.variants
        )
        raise UsageError(
            f"unknown variant '{variant}' of {formulation.name} (its own percentage is for "
            f"{formulation.elemental_basis})",
            ids,
        )
    return Percent(formulation, chosen)


def to_elemental(compound_mg: float, percent: float) -> float:
    """Elemental mg in ``compound_mg`` of a compound that is ``percent``% magnesium."""
    return compound_mg * percent / 100


def to_compound(elemental_mg: float, percent: float) -> float:
    """Compound mg that holds ``elemental_mg`` of magnesium."""
    return elemental_mg * 100 / percent


@dataclass(frozen=True)
class Amount:
    """A daily amount of one form: per unit as given, and the day's total both ways."""

    percent: Percent
    given: str
    per_unit_mg: float
    units: float | None = None

    @property
    def compound_per_unit(self) -> float:
        """Compound mg per unit (or for the whole day when no units were given)."""
        if self.given == "compound":
            return self.per_unit_mg
        return to_compound(self.per_unit_mg, self.percent.value)

    @property
    def elemental_per_unit(self) -> float:
        """Elemental mg per unit (or for the whole day)."""
        if self.given == "elemental":
            return self.per_unit_mg
        return to_elemental(self.per_unit_mg, self.percent.value)

    @property
    def compound_mg(self) -> float:
        """Compound mg per day."""
        return self.compound_per_unit * (self.units or 1)

    @property
    def elemental_mg(self) -> float:
        """Elemental mg per day."""
        return self.elemental_per_unit * (self.units or 1)


@dataclass(frozen=True)
class GoalCheck:
    """A daily elemental total against the dose range a goal's evidence uses."""

    goal: Goal
    recommendation: Recommendation
    form_recommended: bool
    total_mg: float

    @property
    def status(self) -> str:
        """below, within or above the range."""
        total = round(self.total_mg, 1)
        if total < self.recommendation.dose.min_mg:
            return "below"
        return "above" if total > self.recommendation.dose.max_mg else "within"

    @property
    def supports_above_upper_level(self) -> bool:
        """True when the goal's evidence points to a benefit at this total."""
        return self.goal.finding == "benefit" and self.status != "above"

    def sentence(self) -> str:
        """Where the total sits in the goal's range, and for which form."""
        dose = self.recommendation.dose
        span = (
            mg(dose.min_mg)
            if dose.min_mg == dose.max_mg
            else f"{number(dose.min_mg)}-{mg(dose.max_mg)}"
        )
        where = "at" if self.status == "within" and dose.min_mg == dose.max_mg else self.status
        text = f"{mg(self.total_mg)}/day is {where} the {span}/day"
        text += f" the evidence for {self.goal.name} uses"
        if not self.form_recommended:
            form = self.recommendation.formulation
            text += f" (with {form}; this form is not among its recommendations)"
        return text + "."


def check_goal(rules: Rules, goal_name: str, formulation: Formulation, total: float) -> GoalCheck:
    """Compare with the goal's range for this form, else with its first (best) recommendation."""
    goal = self_care(find(rules.goals, goal_name, "goal"))
    own = next((r for r in goal.recommendations if r.formulation == formulation.id), None)
    return GoalCheck(goal, own or goal.recommendations[0], own is not None, total)


@dataclass(frozen=True)
class Verdict:
    """The daily total against the upper level (and a goal): a kind and sentences to show."""

    kind: str
    total_mg: float
    upper: UpperLevel | None
    age_assumed: bool
    goal: GoalCheck | None
    listed: tuple[ListedMagnesium, ...] = ()

    @property
    def supervised(self) -> bool:
        """Above the upper level, for a goal whose evidence uses such a dose."""
        return self.kind == "supervise"

    def sentences(self, dose_note: bool = True) -> list[str]:
        """What to tell the person, most important first (``dose_note``: add the goal's note)."""
        out: list[str] = []
        upper, total = self.upper, mg(self.total_mg)
        if upper is None:
            out.append("The rules file has no upper-level table, so the total cannot be checked.")
        elif upper.mg is None:
            out.append(
                f"No upper level for supplements is set for ages {upper.band}"
                + (f" ({upper.row.note})" if upper.row.note else "")
                + ". Ask a clinician before giving a magnesium supplement."
            )
        else:
            limit = f"{mg(upper.mg)}/day"
            if self.kind == "below":
                out.append(f"{total}/day is below the upper level for supplements ({limit}).")
            elif self.kind == "at":
                out.append(f"{total}/day is at the upper level for supplements ({limit}).")
            elif self.kind == "supervise" and self.goal is not None:
                out.append(
                    f"{total}/day is above the upper level for supplements ({limit}), but within "
                    f"the dose the evidence for {self.goal.goal.name} uses. That is a dose to take "
                    "only under a clinician's supervision: agree it with your doctor first."
                )
            else:
                out.append(
                    f"{total}/day is ABOVE the upper level for supplements ({limit}). "
                    "Do not take this much unless a clinician has advised it."
                )
            if self.listed:
                counted = "; ".join(item.sentence().rstrip(".") for item in self.listed)
                out.append(f"The total counts magnesium from other products you listed: {counted}.")
            out.append(FOOD_EXCLUDED)
            if self.age_assumed:
                out.append(
                    f"No --age given: compared with the level for ages {upper.band}; "
                    "give --age for a child."
                )
        if self.goal is not None:
            out.append(self.goal.sentence())
            note = self.goal.recommendation.dose.note
            if note and dose_note:
                out.append(f"Dose note: {note}")
            upper = self.upper
            child = upper is not None and upper.mg is not None and upper.row.age_to is not None
            if self.kind == "above" and child and self.goal.supports_above_upper_level:
                out.append(
                    f"The evidence for {self.goal.goal.name} does not make a dose above the "
                    f"upper level for ages {upper.band if upper else ''} safe: a child's dose "
                    "needs a doctor."
                )
            if self.kind == "above" and self.goal.goal.finding != "benefit":
                out.append(f"The evidence for {self.goal.goal.name} does not show a benefit.")
        return out


def judge(
    rules: Rules,
    total: float,
    age: float | None,
    goal: GoalCheck | None = None,
    listed: tuple[ListedMagnesium, ...] = (),
) -> Verdict:
    """Classify a daily supplemental total: below, at or above the upper level, or supervised.

    ``total`` is elemental mg a day from the supplement; ``listed`` adds the magnesium of other
    products the person takes (antacids, laxatives), which the upper level counts too [IOM 1997].
    """
    total += sum(item.elemental_mg for item in listed)
    intake = rules.intake
    if intake is None:
        return Verdict("unknown", total, None, False, goal, listed)
    upper = upper_level(intake, age) if age is not None else open_ended_upper_level(intake)
    assumed = age is None
    if upper.mg is None:
        return Verdict("not-established", total, upper, assumed, goal, listed)
    rounded = round(total, 1)
    if rounded < upper.mg:
        kind = "below"
    elif rounded == upper.mg:
        kind = "at"
    elif goal is not None and goal.supports_above_upper_level and upper.row.age_to is None:
        kind = "supervise"  # only in the open-ended (adult) band: a child's dose needs a doctor
    else:
        kind = "above"
    return Verdict(kind, total, upper, assumed, goal, listed)


@dataclass(frozen=True)
class UnitFit:
    """How many units of a product a day meet a dose range (never more than its top)."""

    elemental_per_unit: float
    min_mg: float
    max_mg: float

    @property
    def count(self) -> int:
        """Units a day: the fewest that reach the range, or the most that stay under its top."""
        low = max(1, math.ceil(self.min_mg / self.elemental_per_unit - EPSILON))
        if low * self.elemental_per_unit <= self.max_mg + EPSILON:
            return low
        return math.floor(self.max_mg / self.elemental_per_unit + EPSILON)

    @property
    def total_mg(self) -> float:
        """Elemental mg a day from ``count`` units."""
        return self.count * self.elemental_per_unit

    @property
    def fits(self) -> bool:
        """True when a whole number of units lands inside the range."""
        return self.count >= 1 and self.min_mg - EPSILON <= self.total_mg <= self.max_mg + EPSILON

    def sentence(self, unit: str = "unit") -> str:
        """``5 units a day give 352.5 mg`` and, when nothing fits, what the neighbours give."""
        if self.count == 0:
            return (
                f"One {unit} already gives {mg(self.elemental_per_unit)}, more than the "
                f"{mg(self.max_mg)}/day top of the range: ask a pharmacist for a smaller product."
            )
        plural = unit if self.count == 1 else unit + "s"
        text = f"{self.count} {plural} a day give {mg(self.total_mg)} elemental magnesium"
        if self.fits:
            return text + "."
        above = (self.count + 1) * self.elemental_per_unit
        return (
            f"{text}, a little under the range; {self.count + 1} would give {mg(above)}, "
            "above its top. No whole number of units lands in the range."
        )
