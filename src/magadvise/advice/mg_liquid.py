"""An mg written beside milk of magnesia, read as the mL of the label's suspension it is.

Milk of magnesia is labelled in magnesium hydroxide: 1200 mg per 15 mL, 400 mg per 5 mL
(Phillips' Original Drug Facts, rules source ``label-milk-of-magnesia``), and its rules record
that figure for one dose volume (``label_mg: [2400]`` for the 30 mL dose). Magnesium hydroxide
Mg(OH)2 is 24.305 / 58.32 = 41.7% magnesium by weight (IUPAC standard atomic weights: Mg
24.305, O 15.999, H 1.008), so 2400 mg of it is 1,000 mg of magnesium.

``milk of magnesia 4800 mg qhs`` is then 60 mL (2,000 mg of magnesium), not one 30 mL dose;
``MOM 1200 mg`` is 15 mL. An mg that is a whole number of the label's 5 mL figure (400 mg) is
read as magnesium hydroxide. Any other (``milk of magnesia 1000 mg``: 12.5 mL of magnesium
hydroxide, or 30 mL if it means elemental magnesium) is ambiguous, and the higher reading is
counted, the mg as elemental magnesium (the cautious side for the upper level); the note says
both. A product with no such figure (a liquid of several actives, Maalox) is not read this way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.units import number

if TYPE_CHECKING:
    from magadvise.rules.model_medicines import MagnesiumContent

_SLACK_MG = 0.6  # a figure written to the nearest mg (as mg_written)
_TEASPOON_ML = 5.0  # the label's measure: "400 mg per 5 mL"


def liquid_ml(amount: float, written: str, content: MagnesiumContent) -> tuple[float, str] | None:
    """The mL of the product ``amount`` mg (``written``) is, and the note saying so; None when
    the product is not a liquid whose rules give the label's mg for its dose volume."""
    from magadvise.advice.typed_count import UNIT_ML

    volume = re.search(UNIT_ML, content.unit)
    if volume is None or len(content.label_mg) != 1 or float(volume[1]) <= 0:
        return None
    unit_ml, salt = float(volume[1]), content.label_mg[0]
    per_measure = salt / unit_ml * _TEASPOON_ML  # 400 mg per 5 mL
    measures = round(amount / per_measure)
    as_salt = amount / salt * unit_ml
    label = f"{number(per_measure)} mg per {number(_TEASPOON_ML)} mL on its label"
    if measures > 0 and abs(amount - measures * per_measure) <= _SLACK_MG:
        return as_salt, f"{written} written a dose: {number(as_salt)} mL at {label} counted"
    as_elemental = amount / content.elemental_mg * unit_ml
    if as_elemental <= as_salt:  # never, for a salt: its elemental part is the smaller
        return as_salt, f"{written} written a dose: {number(as_salt)} mL at {label} counted"
    return as_elemental, (
        f"{written} written a dose: {number(as_elemental)} mL counted, the mg read as elemental "
        f"magnesium, the higher of its readings ({number(as_salt)} mL at {label})"
    )
