"""A record's body weight Observation, read as a list's weight line is.

LOINC 29463-7 (Body weight) and 3141-9 (Body weight Measured), or an Observation named ``Body
weight``/``Weight`` with no other LOINC code, with a ``valueQuantity`` in kg, g or pounds (UCUM
``kg``, ``g``, ``[lb_av]``; ``lb``, ``lbs`` as some records write them). It becomes fact
``"weight"`` with ``names`` a weight line (``Body weight 16 kg``, ``Body weight 35 lb``),
weighed by :mod:`magadvise.advice.listed_weight` as a list's ``Wt 16 kg`` is: under 40 kg with
no birth date, the dose is withheld until ``--age`` is given. A body weight whose value cannot be
read (no quantity, another unit) is kept as a weight not read, which withholds the same way: it
may be a child's. The day it was taken (``dated``) tells a weight kept from childhood.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from magadvise.fhir.read import FhirMedication

LOINC = "http://loinc.org"
WEIGHT_LOINC = frozenset({"29463-7", "3141-9"})  # Body weight; Body weight Measured
_UNITS = {"kg": "kg", "g": "g", "[lb_av]": "lb", "lb": "lb", "lbs": "lb"}
"""A weight's unit (UCUM code or as written, lower case) -> how the weight line writes it."""
_NAME = re.compile(r"(?i)\s*(?:body\s*)?weight(?:\s+measured)?\s*")
NOT_COUNTED = frozenset({"entered-in-error", "cancelled", "registered"})


def body_weight(
    resource: dict[str, Any], pointer: str, ref: str, pairs: list[tuple[str, str]], texts: list[str]
) -> FhirMedication | None:
    """The weight a body weight Observation gives (or a weight not read), None for another."""
    from magadvise.fhir.context import fact, not_counted

    loinc = {code for system, code in pairs if system == LOINC}
    if not loinc & WEIGHT_LOINC and (loinc or not any(_NAME.fullmatch(t) for t in texts)):
        return None
    shown = texts[0] if texts else "Body weight"
    status = resource.get("status")
    if status in NOT_COUNTED:
        return not_counted(ref, pointer, shown, f"status '{status}': no result counted", status)
    line = _line(resource.get("valueQuantity")) or f"{shown}: value not read"
    from magadvise.fhir.kidney_labs import result_day

    return fact("weight", (line,), (), ref, pointer)._replace(dated=result_day(resource))


def _line(quantity: Any) -> str | None:
    """``Body weight 16 kg`` for a quantity in a known unit, else None."""
    if not isinstance(quantity, dict):
        return None
    value = quantity.get("value")
    unit = _UNITS.get(str(quantity.get("code") or quantity.get("unit") or "").strip().lower())
    if isinstance(value, bool) or not isinstance(value, int | float) or unit is None:
        return None
    if not math.isfinite(value) or value <= 0 or quantity.get("comparator"):
        return None
    if unit == "g":
        value, unit = value / 1000, "kg"
    return f"Body weight {round(value, 2):g} {unit}"
