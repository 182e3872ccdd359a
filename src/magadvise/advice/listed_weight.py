"""A weight on a list (``Wt 16 kg``) or in a record: read, and a child's withholds without an age.

A list's weight line (:mod:`magadvise.medlist.weight_line`) says how heavy the person is, as a
record's body weight Observation does (:mod:`magadvise.fhir.body_weight`). An adult's weight is
only read (shown "From the list: weight 70 kg written on the list"). A weight
under :data:`CHILD_KG`, or one that cannot be read, listed without an age is read as a
child's: a child's upper level for supplements depends on the age (IOM 1997: 65 mg a day at 1-3
years, 110 mg at 4-8, 350 mg from 9 years as for adults), so counting it against the level used
when no age is given (the adult one) could advise a dose a young child must not take. The dose
is withheld (exit 4, ``child-weight-needs-age``) and the output asks for ``--age``; with a
child's age given the weight is only read (the age decides, as for a children's product).

With an adult's age (18 or more: ``--age 45``, ``Age: 45`` on the list) a list's weight under
:data:`CHILD_KG` withholds too (``child-weight-adult-age``): the two cannot both be right (a
child's list carrying a parent's age, or a typo), and counting the dose against the adult's
level could advise one a young child must not take. A record's weight is held so too (a body
weight Observation, or a weight in a dosage's text: :mod:`magadvise.fhir.dosage_weight`), unless
the record dates it to the patient's childhood by its birth date: a record may keep a weight
from then, which says nothing of the weight now.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.gating import Withholder

if TYPE_CHECKING:
    from magadvise.advice.record_facts import RecordFact
    from magadvise.medlist import Entry

NEEDS_AGE = "child-weight-needs-age"  # the withholder's id
ADULT_WEIGHT = "child-weight-adult-age"  # the withholder's id: an adult's age, a child's weight
CHILD_KG = 40.0
"""A weight below this, listed without an age, is read as a child's. Our judgement, not a
labelled cut-off, chosen on the safe side: the children whose upper level is below an adult's
are those under 9 years, and most of them weigh well under 40 kg (the 2000 CDC growth charts,
Kuczmarski et al. 2002, weight-for-age: not re-read for this figure), while few adults weigh
less. An adult under 40 kg is only asked for the age; a heavier child of 9 or more shares the
adults' upper level (350 mg a day)."""
UL_SOURCE = "s1b"  # IOM 1997: the upper level for supplements, by age


def read_weight(entry: Entry, age: float | None = None) -> tuple[RecordFact | None, Entry | None]:
    """(what a list's weight reads as, or the entry as not read when it cannot be read);
    ``age`` the age advised for, None when not known."""
    from magadvise.advice.record_facts import RecordFact
    from magadvise.medlist.weight_line import kilograms

    kg = kilograms(entry.name)
    if kg is None:
        why = "a weight magadvise could not read"
        return None, entry._replace(skipped=why, unread=True)
    child = f": under {CHILD_KG:g} kg, a child's without --age" if kg < CHILD_KG else ""
    if kg < CHILD_KG and age is not None:
        child = f": under {CHILD_KG:g} kg, a child's; age {age:g} is used"
    where = "in the record" if entry.resource else "written on the list"
    return RecordFact(entry, f"a weight of {kg:g} kg {where}{child}"), None


def child_weight(meds: Sequence[str | Entry], age: float | None) -> Withholder | None:
    """A withholder when ``age`` is not given and the list gives a weight under
    :data:`CHILD_KG` or a weight not read, or when ``age`` is an adult's and the list gives a
    weight under :data:`CHILD_KG` (:func:`adult_age`); else None."""
    from magadvise.medlist.weight_line import WEIGHT, kilograms

    weights = [m for m in meds if not isinstance(m, str) and m.fact == WEIGHT]
    if age is not None:
        return adult_age(meds, weights, age)
    held = [m for m in weights if (kg := kilograms(m.name)) is None or kg < CHILD_KG]
    if not held:
        return None
    names = ", ".join(_said(entry) for entry in held)
    where = "in the record" if all(entry.resource for entry in held) else "on the list"
    return Withholder(
        NEEDS_AGE,
        f"a child's weight {where}, without an age: {names}",
        "A weight this low is most likely a child's, and a child's upper level for supplements "
        "depends on the age (lower for younger children): without the age no dose can be "
        "checked against the right level, and never against an adult's",
        (UL_SOURCE,),
        "Give the age with --age (the child's, or your own if the list is yours), and ask the "
        "child's doctor before adding any magnesium.",
    )


def _said(entry: Entry) -> str:
    """``'Wt 35 lb' (15.9 kg, under 40 kg)`` or ``'Weight: sixteen' (not read)``."""
    from magadvise.medlist.weight_line import kilograms

    kg = kilograms(entry.name)
    read = "not read: it may be a child's" if kg is None else f"{kg:g} kg, under {CHILD_KG:g} kg"
    return f"'{entry.name}' ({entry.where}: {read})"


def adult_age(
    meds: Sequence[str | Entry], weights: Sequence[Entry], age: float
) -> Withholder | None:
    """A withholder when ``age`` is an adult's (:data:`magadvise.advice.intake.ADULT_AGE` or
    more) and a list or a record gives a weight under :data:`CHILD_KG` (not one a record dates
    to the patient's childhood: :func:`_from_childhood`), else None: the two cannot both be
    right."""
    from magadvise.advice.intake import ADULT_AGE
    from magadvise.medlist.weight_line import kilograms

    if age < ADULT_AGE:
        return None
    held = [(m, kg) for m in weights if (kg := kilograms(m.name)) is not None]
    held = [(m, kg) for m, kg in held if not _from_childhood(m, meds)]
    held = [(m, kg) for m, kg in held if kg < CHILD_KG]
    if not held:
        return None
    said = ", ".join(f"{kg:g} kg ('{m.name}', {m.where})" for m, kg in held)
    return Withholder(
        ADULT_WEIGHT,
        f"the {_where(held)} gives a weight of {said}, a child's, but the age is {age:g} "
        f"({_age_source(meds, age)})",
        f"A weight under {CHILD_KG:g} kg is most likely a child's and few adults weigh so little "
        "(our judgement, the same cut-off as without an age): the list may be a child's "
        "carrying a parent's age, or one of the two a typo. A child's upper level for "
        "supplements depends on the age (lower for younger children), so no dose is checked "
        "against an adult's level until the two agree",
        (UL_SOURCE,),
        "Check which is right: for a child, give the child's age with --age (the younger age "
        f"is used); for an adult, correct the weight on the {_where(held)}, and ask a doctor or "
        f"pharmacist before taking magnesium if you weigh under {CHILD_KG:g} kg.",
    )


def _where(held: Sequence[tuple[Entry, float]]) -> str:
    """``record`` when every weight held comes from a record, else ``list``."""
    return "record" if all(m.resource for m, _ in held) else "list"


def _from_childhood(weight: Entry, meds: Sequence[str | Entry]) -> bool:
    """Whether a record dates ``weight`` (an Observation's day) to when the patient, by the
    record's birth date, was under :data:`magadvise.advice.intake.ADULT_AGE`: a weight kept
    from childhood, only read. An undated weight, or one from a medicine's dosage text, is
    taken as now's."""
    from datetime import date

    from magadvise.advice.intake import ADULT_AGE
    from magadvise.advice.record_facts import birth_age

    if not weight.resource or not weight.dated:
        return False
    try:
        day = date.fromisoformat(weight.dated[:10])
    except ValueError:
        return False
    born = [m.name for m in meds if not isinstance(m, str) and m.fact == "birthDate" and m.resource]
    ages = [birth_age(b, day) for b in born]
    return bool(ages) and all(a is not None and a < ADULT_AGE for a in ages)


def _age_source(meds: Sequence[str | Entry], age: float) -> str:
    """Where ``age`` comes from: ``written on the list, t.txt:1``, ``from the date of birth
    on the list, t.txt:1`` or ``--age``."""
    from magadvise.advice.record_facts import patient_ages

    for entry in meds:
        if isinstance(entry, str) or entry.fact not in ("age", "birthDate"):
            continue
        if patient_ages([entry]) == [int(age)]:
            how = "written" if entry.fact == "age" else "from the date of birth"
            return f"{how} {'in the record' if entry.resource else 'on the list'}, {entry.where}"
    return "--age"
