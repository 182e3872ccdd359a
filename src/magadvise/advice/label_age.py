"""Forms a child may not be offered: below the youngest age the form's own label doses, or where
the label's smallest dose for the age is already above the upper level for supplements.

A form's ``label_ages`` (rules file) hold its OTC Drug Facts dosing bands by age (Epsom salt:
not under 6; milk of magnesia: not under 6; magnesium oxide 400 mg tablets: adults only, read
as not under 12). A 65 mg row of Epsom salt for a 2-year-old is not a product anyone can give:
such a form is left out of the doses, named with why, and the person sent to their doctor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.gating import Gate, Withholder
from magadvise.advice.intake import ADULT_AGE, upper_level
from magadvise.advice.units import mg, years
from magadvise.record import Record
from magadvise.rules.model_forms import Formulation
from magadvise.rules.ruleset import Rules

if TYPE_CHECKING:
    from magadvise.advice.recommend import GoalAdvice

LABEL_AGE = "label-age"  # the withholder's id when no form of a goal is labelled for the age
LABEL_LIMIT = "label-limit"  # ... when a person's limit (pregnancy, what is left) leaves none
LIMIT = "limit"  # a NotForAge's kind when a limit, not the age, left the form out
ASK = "Ask your child's doctor before giving it."
UNLABELLED = "is not labelled for this age"


class NotForAge(Record):
    """A form left out for this age: the formulation, why (in plain words), the sources, and
    ``short``: why in a few words after the form's name ("is not labelled for this age", or
    "gives more than the upper level ... in its smallest labelled dose (166.8 mg)").

    ``kind`` is ``age`` (the label does not dose the age, or not within its upper level) or
    ``limit`` (the label's smallest dose is above a limit of the person's own: pregnancy,
    breastfeeding, what is left after the products already taken; see
    :mod:`magadvise.advice.label_limit`)."""

    formulation: Formulation
    why: str
    sources: tuple[str, ...]
    short: str = UNLABELLED
    kind: str = "age"

    @property
    def heading(self) -> str:
        """Where a table names it: ``Not for this age`` or ``Not within your limit``."""
        return "Not within your limit" if self.kind == LIMIT else "Not for this age"

    @property
    def labelled(self) -> bool:
        """True when the label doses this age, but its smallest dose passes the upper level."""
        return self.short != UNLABELLED


def not_for_age(rules: Rules, formulation: Formulation, age: float | None) -> NotForAge | None:
    """Why ``formulation`` is not offered at ``age`` (years), or None when it may be.

    Below the label's youngest band: not offered. Within a band whose smallest dose (elemental
    mg) is above the supplement upper level for the age (IOM 1997, the rules' intake table):
    not offered either, as any dose of it would pass the level. No age, an adult, or a form
    without ``label_ages``: None.
    """
    label = formulation.label_ages
    if label is None or age is None or age >= ADULT_AGE:
        return None
    name = formulation.name
    smallest = label.smallest_mg(age)
    if smallest is None:
        why = (
            f"{name}: not for age {years(age)}: its label gives no dose under "
            f"{years(label.min_age)}. {ASK} ({label.note})"
        )
        return NotForAge(formulation, why, label.sources)
    if rules.intake is None:
        return None
    upper = upper_level(rules.intake, age)
    if upper.mg is None or smallest <= upper.mg:
        return None
    why = (
        f"{name}: not for age {years(age)}: the smallest dose its label gives at this age "
        f"({mg(smallest)} magnesium) is above the upper level for supplements at ages "
        f"{upper.band} ({mg(upper.mg)}/day). {ASK} ({label.note})"
    )
    short = (
        f"gives more than the upper level for supplements at ages {upper.band} "
        f"({mg(upper.mg)}/day) in its smallest labelled dose ({mg(smallest)})"
    )
    return NotForAge(formulation, why, (*label.sources, *upper.sources), short)


def form_withholder(rules: Rules, formulation: Formulation, age: float | None) -> Withholder | None:
    """A withholder when the one form asked about (``dose FORM --age N``) is not for the age
    (:func:`not_for_age`), else None: no amount of it is shown, only who to ask."""
    left = not_for_age(rules, formulation, age)
    if left is None or age is None:
        return None
    return Withholder(
        LABEL_AGE,
        f"age {years(age)}: {formulation.name} {left.short}",
        left.why,
        left.sources,
        "Ask your child's doctor whether and how to give it; do not give it without them.",
    )


def with_label_age(person: Gate, advice: Sequence[GoalAdvice]) -> Gate:
    """``person`` withheld also by :func:`age_withholder`, when it applies. Added last, after
    the products already taken are counted, so their own alert (and an over-the-level review)
    is never hidden behind it."""
    held = age_withholder(advice, person.age)
    return person._replace(withheld_by=(*person.withheld_by, held)) if held else person


def age_withholder(advice: Sequence[GoalAdvice], age: float | None) -> Withholder | None:
    """A withholder when every self-care goal asked for has no form left (each form left out
    for the age by :func:`not_for_age`, or under the person's limit by
    :func:`magadvise.advice.label_limit.over_limit`), else None. Its id is ``label-age`` when
    only the age left them out, ``label-limit`` when a limit did."""
    care = [a for a in advice if a.goal.self_care]
    left = [n for a in care for n in a.not_for_age]
    limit = any(n.kind == LIMIT for n in left)
    if (age is None and not limit) or not care or any(a.suggested for a in care):
        return None
    forms = ", ".join(dict.fromkeys(n.formulation.name for n in left))
    names = ", ".join(a.goal.name for a in care)
    basis = " ".join(dict.fromkeys(n.why for n in left))
    sources = tuple(dict.fromkeys(s for n in left for s in n.sources))
    each = "; ".join(dict.fromkeys(f"{n.formulation.name} {n.short}" for n in left))
    child = age is not None and age < ADULT_AGE
    ask = (
        "Ask your child's doctor how to treat this; do not give these products without them."
        if child
        else "Ask your doctor, midwife or pharmacist how to treat this; do not take these "
        "products without their advice."
    )
    if limit:
        return Withholder(
            LABEL_LIMIT, f"no form for {names} fits your limit: {each}", basis, sources, ask
        )
    assert age is not None  # an age entry exists only for an age given
    name = f"no form for {names} is labelled for age {years(age)} ({forms})"
    if any(n.labelled for n in left):  # some label doses the age, above its upper level
        name = f"no form for {names} may be given at age {years(age)}: {each}"
    return Withholder(LABEL_AGE, name, basis, sources, ask)


def with_product_form(
    rules: Rules, advice: GoalAdvice, formulation: Formulation, age: float | None
) -> GoalAdvice:
    """``advice`` with the person's own product's form among ``not_for_age`` when its label
    does not dose the age, even where the goal's evidence does not use that form: a plan then
    counts no units of it (never "5 tablets a day" of a form not for a child)."""
    if left_out(advice, formulation):
        return advice
    left = not_for_age(rules, formulation, age)
    return advice if left is None else advice._replace(not_for_age=(*advice.not_for_age, left))


def left_out(advice: GoalAdvice, formulation: Formulation) -> bool:
    """True when ``formulation`` is among the forms left out for the person's age."""
    return any(n.formulation.id == formulation.id for n in advice.not_for_age)
