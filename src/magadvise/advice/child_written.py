"""Children's strengths written the prescriber's way: two numbers, or a child's dose in mg.

Two ways a list writes a children's liquid that :mod:`magadvise.advice.child_strengths` does
not read from the strength alone:

- **A pair with no unit.** Co-amoxiclav's suspensions are prescribed as ``400/57``,
  ``400-57``, ``250/62.5`` or ``600/42.9 per 5 mL``: the amoxicillin and clavulanate in 5 mL.
  Read as a number in mg, such a pair is no strength at all (an adult's tablet is ``500/125`` or
  ``875/125``), so it is compared, both numbers, with the pairs the rules give for the
  medicine's children's liquids (``children_liquids.strengths``: ``400/57 mg/5 mL``, from the
  label). Only both numbers matching counts: one number alone (``250/125``'s 250) never does.
- **A child's dose.** An amount no adult's product or dose has, that the label of the children's
  liquid doses a child with (``children_liquids.doses``: ibuprofen ``50 mg``, 1.25 mL of the
  infant drops; cetirizine ``2.5 mg``, 2.5 mL of the children's syrup), is a child's, in any
  form (``diphenhydramine 12.5 mg chewable`` is the children's chewable). Only the medicine the
  line names is compared, not a combination's ingredients (Claritin-D's 5 mg of loratadine).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved
    from magadvise.names.parse import Parsed
    from magadvise.rules.model_medicines import Medication

_PAIR = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?) ?[/\-\u2013] ?(\d+(?:\.\d+)?)(?![\d.])")
"""Two numbers with a slash or a hyphen (``400/57``, ``600 / 42.9``, ``400-57``: the hyphen is
how a combination's strength is often written, ``Lisinopril/HCTZ 20-12.5``), anywhere on the
line; only a label's pair of both numbers counts, so a date or a range is never one."""
_LABEL_PAIR = re.compile(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?) mg/5 mL")
_CLOSE = 0.01
"""How near each number must be (a share of the label's): UK labels write 62.5 as 62."""

Hit = tuple[str, str, float, str, tuple[str, ...]]
"""(medicine, as written, mg (a dose) or mg in one mL (a pair), the label's, sources)."""


def pair_strength(texts: Sequence[str], medicines: Sequence[Medication]) -> Hit | None:
    """The children's liquid of ``medicines`` whose two amounts in 5 mL are written as a pair
    in one of ``texts`` (``co-amoxiclav 400/57``), else None."""
    written = [(m[0], float(m[1]), float(m[2])) for t in texts for m in _PAIR.finditer(t)]
    for medicine in medicines:
        liquids = medicine.children_liquids
        for label in liquids.strengths if liquids else ():
            found = _LABEL_PAIR.fullmatch(label)
            if found is None or liquids is None:
                continue
            first, second = float(found[1]), float(found[2])
            for said, one, two in written:
                if _near(one, first) and _near(two, second):
                    return medicine.name, said, (one + two) / 5, label, liquids.sources
    return None


def dose_strength(resolved: Resolved, readings: Sequence[Parsed]) -> Hit | None:
    """The child's dose of the named medicine's children's liquids that ``readings`` write
    (``ibuprofen 50 mg``), else None."""
    liquids = resolved.medication.children_liquids
    if liquids is None or not liquids.doses:
        return None
    for reading in readings:
        for part in reading.parts:
            strength = part.strength
            if strength is None or strength.unit != "mg" or len(strength.amounts) != 1:
                continue
            amount = strength.mg()
            dose = next((d for d in liquids.doses if float(d.split()[0]) == amount), None)
            if dose is not None and amount is not None:
                said = f"{strength}" + (f" {reading.dose_form}" if reading.dose_form else "")
                label = f"dose ({dose}) on the label of its liquids"
                return resolved.medication.name, said, amount, label, liquids.sources
    return None


def _near(written: float, label: float) -> bool:
    return abs(written - label) <= _CLOSE * label
