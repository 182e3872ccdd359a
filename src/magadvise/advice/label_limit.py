"""Forms left out under the person's own limit: where the smallest dose a form's label gives is
above the most that may be shown to this person.

A cap (pregnancy and breastfeeding: 350 mg a day, the IOM upper level for supplements, s1b,
s1c; a child's upper level; what is left once the magnesium products already taken are
counted) lowers every dose shown. A supplement can be taken in any amount, but a labelled OTC
laxative cannot: milk of magnesia's smallest adult dose is 30 mL (1,000 mg magnesium, s33) and
Epsom salt's 2 level teaspoons (990 mg, s34), so "milk of magnesia 350 mg" (10.5 mL) would be
a dose no label gives. Such a form is left out, named with why, as
:mod:`magadvise.advice.label_age` does for a child's age.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.gating import Gate, Withholder
from magadvise.advice.intake import ADULT_AGE
from magadvise.advice.label_age import (
    LABEL_LIMIT,
    LIMIT,
    NotForAge,
    left_out,
)
from magadvise.advice.units import mg
from magadvise.rules.model_forms import Formulation

if TYPE_CHECKING:
    from magadvise.advice.recommend import GoalAdvice

ASK_ADULT = "Ask your doctor, midwife or pharmacist before using it."
ASK_CHILD = "Ask your child's doctor before giving it."


def over_limit(formulation: Formulation, person: Gate) -> NotForAge | None:
    """Why ``formulation`` is left out under ``person``'s ceiling, or None when it is not.

    Left out when the form has ``label_ages`` and the smallest dose its label gives at the
    person's age (an adult's band when no age is given) is above the ceiling (elemental mg a
    day). A form the label does not dose at the age at all is for :func:`not_for_age`."""
    label, ceiling = formulation.label_ages, person.ceiling
    if label is None or ceiling is None:
        return None
    smallest = label.smallest_mg(person.age if person.age is not None else ADULT_AGE)
    if smallest is None or smallest <= ceiling.mg:
        return None
    ask = ASK_CHILD if person.child else ASK_ADULT
    why = (
        f"{formulation.name}: left out: the smallest dose its label gives ({mg(smallest)} "
        f"magnesium) is above the {mg(ceiling.mg)}/day advised for you ({ceiling.why}), and a "
        f"smaller amount is not a dose the label gives. {ask} ({label.note})"
    )
    short = (
        f"gives more than the {mg(ceiling.mg)}/day advised for you in its smallest labelled "
        f"dose ({mg(smallest)})"
    )
    return NotForAge(formulation, why, (*label.sources, *ceiling.sources), short, LIMIT)


def with_limit(advice: GoalAdvice, person: Gate) -> GoalAdvice:
    """``advice`` with the forms :func:`over_limit` leaves out moved from ``suggested`` to
    ``not_for_age`` (kind ``limit``); a goal clinicians treat is returned as it is."""
    if not advice.goal.self_care or person.ceiling is None:
        return advice
    left = {s.formulation.id: over_limit(s.formulation, person) for s in advice.suggested}
    out = tuple(n for n in left.values() if n is not None)
    if not out:
        return advice
    kept = tuple(s for s in advice.suggested if left[s.formulation.id] is None)
    return advice._replace(suggested=kept, not_for_age=(*advice.not_for_age, *out))


def with_product_limit(advice: GoalAdvice, formulation: Formulation, person: Gate) -> GoalAdvice:
    """``advice`` with the person's own product's form among ``not_for_age`` when its label's
    smallest dose is above their limit: a plan then counts no units of it."""
    if left_out(advice, formulation):
        return advice
    left = over_limit(formulation, person)
    return advice if left is None else advice._replace(not_for_age=(*advice.not_for_age, left))


def form_limit_withholder(formulation: Formulation, person: Gate) -> Withholder | None:
    """A withholder when the one form asked about (``dose FORM``) has a label whose smallest
    dose is above the person's limit (:func:`over_limit`), else None."""
    left = over_limit(formulation, person)
    if left is None:
        return None
    advice = ASK_CHILD if person.child else ASK_ADULT
    return Withholder(
        LABEL_LIMIT, f"{formulation.name} {left.short}", left.why, left.sources, advice
    )
