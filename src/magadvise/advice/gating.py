"""Who a dose is for: conditions and age gate every supplement dose magadvise shows.

A condition's ``dosing`` (rules file) says what it does: ``withhold`` (no self-care dose at
all), ``cap`` (no dose above its ``max_mg``) or ``caution`` (the dose is shown beside its
warning). Age gates too: under 1 year no supplement dose is given (the IOM sets no upper level
for infants); nor at the ages whose upper level is below the adults' (65 mg a day at 1-3 years,
110 mg at 4-8, in the shipped intake table; IOM 1997): the goal doses come from trials in adults
and the upper level is a limit, not a dose, so a young child is sent to a paediatrician; and
from there to ADULT_AGE every dose is capped at the upper level for the age (350 mg from 9).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.intake import (
    ADULT_AGE,
    UpperLevel,
    open_ended_upper_level,
    upper_level,
    upper_level_from,
)
from magadvise.advice.taken import already_taken, plus_unknown
from magadvise.advice.units import mg, years
from magadvise.record import Record
from magadvise.rules.model_conditions import Condition
from magadvise.rules.model_goals import Dose
from magadvise.rules.ruleset import Rules

if TYPE_CHECKING:  # types only: gating a dose imports no cautions logic
    from magadvise.advice.otc import ListedMagnesium

INFANT = "age-under-1"
YOUNG_CHILD = "age-young-child"  # below the age whose upper level is the adults' (under 9)
CHILD_ADVICE = (
    "Do not give a child this young a magnesium supplement on your own: ask your child's doctor "
    "(a paediatrician), who can look for the cause and dose by weight if magnesium is needed."
)
NO_AGE_NOTE = "Doses are for adults (18 and over): give --age for a child."


class Withholder(Record):
    """Why no dose is given: a condition, or an age (id, name, the basis and its sources).

    ``uncounted`` names, as typed, the listed products whose magnesium it is about when their
    amount is not known (see :mod:`magadvise.advice.unknown_amount`); empty otherwise.
    """

    id: str
    name: str
    basis: str
    sources: tuple[str, ...]
    advice: str
    uncounted: tuple[str, ...] = ()


class Ceiling(Record):
    """The highest elemental mg a day that may be shown, and why."""

    mg: float
    why: str
    sources: tuple[str, ...]


class ShownDose(Record):
    """A goal's dose range as shown to this person: capped where a ceiling applies."""

    min_mg: float
    max_mg: float
    evidence: Dose
    ceiling: Ceiling | None

    @classmethod
    def of(cls, dose: Dose) -> ShownDose:
        """The range as the evidence uses it (nothing caps it)."""
        return cls(dose.min_mg, dose.max_mg, dose, None)

    @property
    def capped(self) -> bool:
        """True when the ceiling lowered the range the evidence uses."""
        return self.max_mg < self.evidence.max_mg

    def note_label(self, plural: bool = False) -> str:
        """How the evidence's dose note is introduced: ``Dose note``, or when the range is capped
        for this person ``Dose note (the studies' dose, above your cap of 350 mg/day:
        Pregnancy)``: the note speaks of the trials' dose and its supervision, not of a dose
        for someone capped below it."""
        label = "Dose notes" if plural else "Dose note"
        if not self.capped or self.ceiling is None:
            return label
        doses = "doses" if plural else "dose"
        top = self.ceiling
        return f"{label} (the studies' {doses}, above your cap of {mg(top.mg)}/day: {top.why})"

    def note(self) -> str | None:
        """``Capped at 110 mg/day (...): the evidence uses 320-729 mg.`` or None."""
        if not self.capped or self.ceiling is None:
            return None
        low, high = self.evidence.min_mg, self.evidence.max_mg
        used = mg(low) if low == high else f"{low:g}-{mg(high)}"
        return (
            f"Capped at {mg(self.ceiling.mg)}/day ({self.ceiling.why}); the evidence uses {used}."
        )


class Gate(Record):
    """What the person's conditions and age allow: a go-ahead (perhaps capped) or none."""

    age: float | None
    withheld_by: tuple[Withholder, ...]
    ceiling: Ceiling | None
    cautions: tuple[Condition, ...]

    @property
    def go_ahead(self) -> bool:
        """False when no supplement dose may be advised for this person."""
        return not self.withheld_by

    @property
    def child(self) -> bool:
        """True below ADULT_AGE."""
        return self.age is not None and self.age < ADULT_AGE

    def reason(self) -> str:
        """Why no dose is shown and what to do instead ('' for a go-ahead)."""
        if self.go_ahead:
            return ""
        names = ", ".join(w.name for w in self.withheld_by)
        return f"No magnesium dose is advised here ({names}). " + " ".join(
            dict.fromkeys(w.advice for w in self.withheld_by)
        )

    def shown(self, dose: Dose) -> ShownDose:
        """The dose range to show, no higher than the ceiling."""
        if self.ceiling is None:
            return ShownDose.of(dose)
        top = self.ceiling.mg
        return ShownDose(min(dose.min_mg, top), min(dose.max_mg, top), dose, self.ceiling)

    def joined(self, other: Gate) -> Gate:
        """This gate with ``other``'s withholders and cautions added and the lower of the two
        ceilings; the age stays this gate's."""
        ceilings = [c for c in (self.ceiling, other.ceiling) if c is not None]
        held = self.withheld_by
        return self._replace(
            withheld_by=(*held, *(w for w in other.withheld_by if w not in held)),
            ceiling=min(ceilings, key=lambda c: c.mg, default=None),
            cautions=tuple(dict.fromkeys((*self.cautions, *other.cautions))),
        )

    def notes(self, goal_name: str | None = None) -> tuple[str, ...]:
        """Who the doses are for: adults when no age was given; a child's caveats."""
        if self.age is None:
            return (NO_AGE_NOTE,)
        if not self.child or not self.go_ahead:
            return ()
        goal = goal_name or "these goals"
        return (
            f"The doses for {goal} come from studies in adults; the rules hold no evidence in "
            f"children for {goal}, so they are capped at the upper level for age "
            f"{years(self.age)}. Ask a paediatrician before giving a child magnesium.",
        )


def _age_gate(rules: Rules, age: float) -> tuple[Withholder | None, Ceiling | None]:
    """An infant is withheld; a child is capped at the upper level for the age."""
    if age >= ADULT_AGE:
        return None, None
    intake = rules.intake
    if intake is None:
        why = "the rules file has no upper-level table, so a child's dose cannot be checked"
        return Withholder("age", f"age {years(age)}", why, (), "Ask a paediatrician."), None
    upper: UpperLevel = upper_level(intake, age)
    if upper.mg is None:
        basis = f"No upper level for supplements is set for ages {upper.band}" + (
            f": {upper.row.note}" if upper.row.note else "."
        )
        advice = "Do not give a magnesium supplement to a baby: ask a paediatrician."
        name = f"age {years(age)} (under 1 year)" if age < 1 else f"age {years(age)}"
        return Withholder(INFANT, name, basis, upper.sources, advice), None
    adult = open_ended_upper_level(intake).mg
    if adult is not None and upper.mg < adult:
        basis = (
            f"The upper level for supplements at ages {upper.band} is {mg(upper.mg)}/day, below "
            f"the {mg(adult)}/day from age {years(upper_level_from(intake, adult))}, and the goal "
            "doses come from trials in adults: the rules hold no evidence for a child this "
            "young, and the upper level is a limit, not a treatment dose."
        )
        return Withholder(
            YOUNG_CHILD, f"age {years(age)}", basis, upper.sources, CHILD_ADVICE
        ), None
    return None, Ceiling(upper.mg, f"{UL_WHY} {upper.band}", upper.sources)


def gate(
    rules: Rules,
    conditions: Sequence[Condition],
    age: float | None,
    medicines: Sequence[Withholder] = (),
) -> Gate:
    """The gate for a person with these conditions (already found) at this age; ``medicines``
    are withholders from :func:`medicine_withholders`."""
    withheld: list[Withholder] = [*medicines]
    ceilings: list[Ceiling] = []
    cautions: list[Condition] = []
    if age is not None:
        by_age, ceiling = _age_gate(rules, age)
        withheld += [by_age] if by_age else []
        ceilings += [ceiling] if ceiling else []
    for c in conditions:
        d = c.dosing
        if d.action == "withhold":
            withheld.append(Withholder(c.id, c.name, d.basis, d.sources, c.advice))
        elif d.action == "cap" and d.max_mg is not None:
            ceilings.append(Ceiling(d.max_mg, c.name, d.sources))
        else:
            cautions.append(c)
    lowest = min(ceilings, key=lambda c: c.mg, default=None)
    return Gate(age, tuple(withheld), lowest, tuple(cautions))


PRODUCTS = "listed-magnesium"  # the withholder when listed products already reach the ceiling
UL_WHY = "upper level for supplements at ages"  # a ceiling's why, before the ages it is for
# Said when what is already taken is above the ceiling, not only at it: high blood magnesium
# followed magnesium oxide above 1,000 mg a day, with reduced kidney function (s61a, s61b).
OVER_ALREADY = (
    "What you already take is above {limit} ({mg}/day) by itself: have it reviewed by your "
    "doctor or pharmacist, who may check your blood magnesium and kidney function. High blood "
    "magnesium has followed magnesium oxide above 1,000 mg a day, mostly with reduced kidney "
    "function or in older people."
)
OVER_SOURCES = ("s61a", "s61b")
# The same for a child: those reports are of adults, so only the review is said.
OVER_CHILD = (
    "What the child already takes is above {limit} ({mg}/day) by itself: have it reviewed by "
    "the child's doctor, who may check the child's blood magnesium and kidney function."
)


def _limit(ceiling: Ceiling) -> str:
    """``the supplement upper level (UL) for ages 9+ years``, or a condition's limit."""
    if ceiling.why.startswith(UL_WHY):
        return (
            f"the supplement upper level (UL) for ages {ceiling.why.removeprefix(UL_WHY).strip()}"
        )
    return f"the limit for {ceiling.why}"


def _person_ceiling(rules: Rules, person: Gate) -> Ceiling | None:
    """The lowest of the gate's ceiling and the supplement upper level for the age."""
    found = [person.ceiling] if person.ceiling is not None else []
    if rules.intake is not None and person.age is not None:
        upper = upper_level(rules.intake, person.age)
        if upper.mg is not None:
            found.append(Ceiling(upper.mg, f"{UL_WHY} {upper.band}", upper.sources))
    return min(found, key=lambda c: c.mg, default=None)


def counting_products(
    rules: Rules, person: Gate, listed: Sequence[ListedMagnesium], default_age: float | None = None
) -> Gate:
    """The gate once the magnesium the person already takes (one unit a day of each listed
    product, elemental mg) is counted: withheld when it reaches the ceiling (the supplement UL
    for the age, IOM 1997, or a condition's cap), else the ceiling lowered to what is left.
    A gate already withheld (a condition, a product of unknown amount) still gets the alert
    when the products counted pass the ceiling by themselves, put first: the total counted is
    then a floor, and the products not counted are named with it ("at least 2,000 mg/day,
    plus Centrum Silver of unknown amount"). ``default_age`` (years) stands in for an age
    not given, for the upper level only."""
    age = person.age if person.age is not None else default_age
    ceiling = _person_ceiling(rules, person._replace(age=age))
    if ceiling is None or not listed:
        return person
    taken = sum(item.elemental_mg for item in listed)
    if not person.go_ahead and taken <= ceiling.mg:
        return person  # withheld already, and nothing counted is above the ceiling
    label_sources = (s for item in listed for s in item.content.sources)
    sources = tuple(dict.fromkeys([*ceiling.sources, *label_sources]))
    uncounted = tuple(dict.fromkeys(n for w in person.withheld_by for n in w.uncounted))
    child = person.child  # an age given below 18: the words are about the child
    counted = already_taken(listed, uncounted, child)
    if taken >= ceiling.mg:
        names = ", ".join(f"{item.label} {mg(item.elemental_mg)}" for item in listed)
        name = f"magnesium already taken: {names} a day{plus_unknown(uncounted)}"
        basis = (
            f"{counted[0].upper()}{counted[1:]}; that is at or above {_limit(ceiling)}, "
            f"{mg(ceiling.mg)}/day, so nothing is left: no additional dose is advised"
        )
        them = "it" if len(listed) == 1 else "them"
        ask = "the child's doctor or a pharmacist" if child else "a pharmacist or doctor"
        advice = f"Do not add a magnesium supplement to {them}: ask {ask}."
        if taken > ceiling.mg:
            over = OVER_CHILD if child else OVER_ALREADY
            advice += " " + over.format(limit=_limit(ceiling), mg=mg(ceiling.mg))
            more = () if child else OVER_SOURCES
            sources = (*sources, *(s for s in more if s not in sources))
        held = Withholder(PRODUCTS, name, basis, sources, advice)
        return person._replace(withheld_by=(held, *person.withheld_by))
    left = round(ceiling.mg - taken, 1)
    why = f"{counted}; {_limit(ceiling)} is {mg(ceiling.mg)}/day, so only {mg(left)}/day is left"
    return person._replace(ceiling=Ceiling(left, why, sources))
