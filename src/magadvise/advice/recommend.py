"""Recommendations for a goal: the forms the evidence supports, with doses and what to avoid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.intake import ADULT_AGE
from magadvise.advice.lookup import find
from magadvise.errors import UsageError
from magadvise.record import Record
from magadvise.rules.model_forms import Formulation
from magadvise.rules.model_goals import Avoid, Goal, Recommendation
from magadvise.rules.ruleset import Rules

if TYPE_CHECKING:  # recommend without medicines never needs the cautions machinery
    from magadvise.advice.cautions import CautionReport
    from magadvise.advice.label_age import NotForAge


class Suggested(Record):
    """One recommended form, with the formulation it names."""

    recommendation: Recommendation
    formulation: Formulation


class Avoided(Record):
    """One form to avoid or prefer less, with the formulation it names."""

    avoid: Avoid
    formulation: Formulation


class GoalAdvice(Record):
    """The advice for one goal."""

    goal: Goal
    suggested: tuple[Suggested, ...]
    avoided: tuple[Avoided, ...]
    not_for_age: tuple[NotForAge, ...] = ()
    """Forms the evidence uses that are left out for the person's age (their label's ages)."""


class RecommendReport(Record):
    """What `recommend` prints: advice per goal, and the cautions for the medicines typed."""

    goals: tuple[GoalAdvice, ...]
    cautions: CautionReport | None


def self_care(goal: Goal) -> Goal:
    """The goal, if a person can act on it with supplements; a usage error if not."""
    if not goal.self_care:
        raise UsageError(
            f"'{goal.id}' ({goal.name}) is a treatment a clinician gives, not a supplement dose; "
            f"'magadvise recommend --goal {goal.id}' explains it"
        )
    return goal


def advise(rules: Rules, goal_names: list[str], age: float | None = None) -> tuple[GoalAdvice, ...]:
    """Advice for each goal named (unknown names are usage errors); with ``age`` (years), the
    forms whose label gives no dose a child of that age may take are moved to ``not_for_age``
    (:func:`magadvise.advice.label_age.not_for_age`)."""
    goals = dict.fromkeys(find(rules.goals, name, "goal") for name in goal_names)
    return tuple(_one(rules, goal, age) for goal in goals)


def _one(rules: Rules, goal: Goal, age: float | None) -> GoalAdvice:
    if age is not None and age < ADULT_AGE:  # a child is never told of an adult dose
        goal = goal.for_child()
    suggested = tuple(Suggested(r, rules.formulations[r.formulation]) for r in goal.recommendations)
    avoided = tuple(Avoided(a, rules.formulations[a.formulation]) for a in goal.avoid)
    if age is None or not goal.self_care or not any(s.formulation.label_ages for s in suggested):
        return GoalAdvice(goal, suggested, avoided)
    from magadvise.advice.label_age import not_for_age

    left = {s.formulation.id: not_for_age(rules, s.formulation, age) for s in suggested}
    kept = tuple(s for s in suggested if left[s.formulation.id] is None)
    out = tuple(n for n in left.values() if n is not None)
    return GoalAdvice(goal, kept, avoided, out)
