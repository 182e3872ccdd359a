"""A weight on a list (``Wt 16 kg``) or in a record: read, and a child's withholds without an age.

A list's weight line (:mod:`magadvise.medlist.weight_line`) says how heavy the person is, as a
record's body weight Observation does (:mod:`magadvise.fhir.body_weight`). An adult's weight is
only read (shown "From the list: weight 70 kg written on the list"). A weight
under :data:`CHILD_KG`, or one that cannot be read, listed without an age is read as a
child's: a child's upper level for supplements depends on the age (IOM 1997: 65 mg a day at 1-3
years, 110 mg at 4-8, 350 mg from 9 years as for adults), so counting it against the level used
when no age is given (the adult one) could advise a dose a young child must not take. The dose
is withheld (exit 4, ``child-weight-needs-age``) and the output asks for ``--age``; with an age
given the weight is only read (the age decides, as for a children's product).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.gating import Withholder

if TYPE_CHECKING:
    from magadvise.advice.record_facts import RecordFact
    from magadvise.medlist import Entry

NEEDS_AGE = "child-weight-needs-age"  # the withholder's id
CHILD_KG = 40.0
"""A weight below this, listed without an age, is read as a child's. Our judgement, not a
labelled cut-off, chosen on the safe side: the children whose upper level is below an adult's
are those under 9 years, and most of them weigh well under 40 kg (the 2000 CDC growth charts,
Kuczmarski et al. 2002, weight-for-age: not re-read for this figure), while few adults weigh
less. An adult under 40 kg is only asked for the age; a heavier child of 9 or more shares the
adults' upper level (350 mg a day)."""
UL_SOURCE = "s1b"  # IOM 1997: the upper level for supplements, by age


def read_weight(entry: Entry) -> tuple[RecordFact | None, Entry | None]:
    """(what a list's weight reads as, or the entry as not read when it cannot be read)."""
    from magadvise.advice.record_facts import RecordFact
    from magadvise.medlist.weight_line import kilograms

    kg = kilograms(entry.name)
    if kg is None:
        why = "a weight magadvise could not read"
        return None, entry._replace(skipped=why, unread=True)
    child = f": under {CHILD_KG:g} kg, a child's without --age" if kg < CHILD_KG else ""
    where = "in the record" if entry.resource else "written on the list"
    return RecordFact(entry, f"a weight of {kg:g} kg {where}{child}"), None


def child_weight(meds: Sequence[str | Entry], age: float | None) -> Withholder | None:
    """A withholder when ``age`` is not given and the list gives a weight under
    :data:`CHILD_KG` or a weight not read, else None."""
    from magadvise.medlist.weight_line import WEIGHT, kilograms

    if age is None:
        weights = [m for m in meds if not isinstance(m, str) and m.fact == WEIGHT]
        held = [m for m in weights if (kg := kilograms(m.name)) is None or kg < CHILD_KG]
    if age is not None or not held:
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
