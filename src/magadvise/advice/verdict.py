"""A daily elemental total judged: against the upper level for the age, and a goal's range."""

from __future__ import annotations

from magadvise.advice.gating import Gate, ShownDose
from magadvise.advice.intake import ADULT_AGE, UpperLevel, open_ended_upper_level, upper_level
from magadvise.advice.lookup import find
from magadvise.advice.otc import ListedMagnesium
from magadvise.advice.recommend import self_care
from magadvise.advice.units import mg, number
from magadvise.record import Record
from magadvise.rules.model_forms import Formulation
from magadvise.rules.model_goals import Goal, Recommendation
from magadvise.rules.ruleset import Rules

FOOD_EXCLUDED = "Magnesium from food and water does not count toward this upper level."


class GoalCheck(Record):
    """A daily elemental total against the dose range a goal's evidence uses."""

    goal: Goal
    recommendation: Recommendation
    form_recommended: bool
    total_mg: float
    shown: ShownDose

    @property
    def status(self) -> str:
        """below, within or above the range (as shown: capped for this person)."""
        total = round(self.total_mg, 1)
        if total < self.shown.min_mg:
            return "below"
        return "above" if total > self.shown.max_mg else "within"

    @property
    def supports_above_upper_level(self) -> bool:
        """True when the goal's evidence points to a benefit at this total."""
        return self.goal.finding == "benefit" and self.status != "above"

    def sentence(self) -> str:
        """Where the total sits in the goal's range, and for which form."""
        dose = self.shown
        span = (
            mg(dose.min_mg)
            if dose.min_mg == dose.max_mg
            else f"{number(dose.min_mg)}-{mg(dose.max_mg)}"
        )
        where = "at" if self.status == "within" and dose.min_mg == dose.max_mg else self.status
        if dose.capped and dose.ceiling is not None:
            low, high = dose.evidence.min_mg, dose.evidence.max_mg
            used = mg(low) if low == high else f"{number(low)}-{mg(high)}"
            text = (
                f"{mg(self.total_mg)}/day from the supplement is {where} the {span}/day advised "
                f"for you (the evidence for {self.goal.name} uses {used}/day; capped: "
                f"{dose.ceiling.why})"
            )
        else:
            text = f"{mg(self.total_mg)}/day is {where} the {span}/day"
            text += f" the evidence for {self.goal.name} uses"
        if not self.form_recommended:
            form = self.recommendation.formulation
            text += f" (with {form}; this form is not among its recommendations)"
        return text + "."


def check_goal(
    rules: Rules, goal_name: str, formulation: Formulation, total: float, gate: Gate | None = None
) -> GoalCheck:
    """Compare with the goal's range for this form, else with its first (best) recommendation.

    ``total``: elemental mg a day from the supplement alone (magnesium already taken is counted
    in the cap, never against the evidence's range). The range is the one shown to the person:
    capped by ``gate`` (age, conditions, products already taken) if given.
    """
    goal = self_care(find(rules.goals, goal_name, "goal"))
    if gate is not None and gate.child:  # a child is never told of an adult dose
        goal = goal.for_child()
    own = next((r for r in goal.recommendations if r.formulation == formulation.id), None)
    chosen = own or goal.recommendations[0]
    shown = gate.shown(chosen.dose) if gate is not None else ShownDose.of(chosen.dose)
    return GoalCheck(goal, chosen, own is not None, total, shown)


class Verdict(Record):
    """The daily total against the upper level (and a goal): a kind and sentences to show."""

    kind: str
    total_mg: float
    upper: UpperLevel | None
    age_assumed: bool
    goal: GoalCheck | None
    child: bool = False
    listed: tuple[ListedMagnesium, ...] = ()
    uncounted: tuple[str, ...] = ()

    @property
    def supervised(self) -> bool:
        """Above the upper level, for a goal whose evidence uses such a dose."""
        return self.kind == "supervise"

    def sentences(self, dose_note: bool = True) -> list[str]:
        """What to tell the person, most important first (``dose_note``: add the goal's note)."""
        out: list[str] = []
        upper, total = self.upper, f"{mg(self.total_mg)}/day"
        if self.listed:  # say what was counted: the supplement, and what is already taken
            taken = sum(item.elemental_mg for item in self.listed)
            own = mg(self.total_mg - taken)
            total = f"{own}/day from the supplement plus about {mg(taken)}/day of elemental "
            total += f"magnesium you already take makes {mg(self.total_mg)}/day, which"
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
                out.append(f"{total} is below the upper level for supplements ({limit}).")
            elif self.kind == "at":
                out.append(f"{total} is at the upper level for supplements ({limit}).")
            elif self.kind == "supervise" and self.goal is not None:
                out.append(
                    f"{total} is above the upper level for supplements ({limit}), but within "
                    f"the dose the evidence for {self.goal.goal.name} uses. That is a dose to take "
                    "only under a clinician's supervision: agree it with your doctor first."
                )
            else:
                out.append(
                    f"{total} is ABOVE the upper level for supplements ({limit}). "
                    "Do not take this much unless a clinician has advised it."
                )
            if self.listed:
                counted = "; ".join(item.sentence().rstrip(".") for item in self.listed)
                out.append(f"The total counts magnesium from other products you listed: {counted}.")
            if self.uncounted:
                out.append(
                    f"Not counted: the magnesium in {', '.join(self.uncounted)}, whose amount the "
                    "name does not give, so the real total is higher; read its label and add it."
                )
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
                out.append(f"{self.goal.shown.note_label()}: {note}")
            upper = self.upper
            if self.kind == "above" and self.child and self.goal.goal.finding == "benefit":
                out.append(
                    f"The evidence for {self.goal.goal.name} comes from adults and does not "
                    f"support a dose above the upper level for ages "
                    f"{upper.band if upper else ''}: a child's dose needs a doctor."
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
    uncounted: tuple[str, ...] = (),
) -> Verdict:
    """Classify a daily supplemental total: below, at or above the upper level, or supervised.

    ``total`` is elemental mg a day from the supplement; ``listed`` adds the magnesium of other
    products the person takes (antacids, laxatives), which the upper level counts too [IOM 1997];
    ``uncounted`` names products with magnesium of unknown amount, said to be left out.
    A dose above the upper level is "supervise" only for adults (ADULT_AGE and over) who list
    no other magnesium: the evidence's dose is for the supplement alone.
    """
    total += sum(item.elemental_mg for item in listed)
    intake = rules.intake
    child = age is not None and age < ADULT_AGE
    if intake is None:
        return Verdict("unknown", total, None, False, goal, child, listed, uncounted)
    upper = upper_level(intake, age) if age is not None else open_ended_upper_level(intake)
    assumed = age is None
    if upper.mg is None:
        return Verdict("not-established", total, upper, assumed, goal, child, listed, uncounted)
    rounded = round(total, 1)
    if rounded < upper.mg:
        kind = "below"
    elif rounded == upper.mg:
        kind = "at"
    elif goal is not None and goal.supports_above_upper_level and not child and not listed:
        kind = "supervise"  # adults only (a child's dose needs a doctor), nothing else taken
    else:
        kind = "above"
    return Verdict(kind, total, upper, assumed, goal, child, listed, uncounted)
