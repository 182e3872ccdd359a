"""The person's weight written in a medicine's dosage text (``400 mg bid (16 kg)``).

A prescriber writing a child's dose puts the weight beside it, in a record's
``dosage.text`` (MedicationStatement) or ``dosageInstruction.text`` (MedicationRequest) as on
a typed list (:mod:`magadvise.medlist.line_facts`). Read only as directions, the weight was lost
and a record with an adult's birth date gave an adult's dose (exit 0) where the same facts
typed on a list withhold (``child-weight-adult-age``). Each such weight becomes a fact
``"weight"`` (``names`` the weight as written, ``16 kg``), weighed by
:mod:`magadvise.advice.listed_weight` as a list's is: it is the weight the medicine is dosed
for now, so it is never taken for a weight kept from childhood.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from magadvise.fhir.read import FhirMedication

_KEYS = ("dosage", "dosageInstruction")


def dosage_weights(resource: dict[str, Any], pointer: str, ref: str) -> Iterator[FhirMedication]:
    """A weight fact for each weight a medicine's dosage texts give (see the module)."""
    texts = [
        (f"{pointer}/{key}/{i}/text", dosage["text"])
        for key in _KEYS
        if isinstance(resource.get(key), list)
        for i, dosage in enumerate(resource[key])
        if isinstance(dosage, dict) and isinstance(dosage.get("text"), str)
    ]
    if not any("kg" in text.casefold() or "lb" in text.casefold() for _, text in texts):
        return
    from magadvise.fhir.context import fact
    from magadvise.medlist.line_facts import line_facts

    for where, text in texts:
        for found in line_facts(text, "", None):
            if found.fact == "weight":
                yield fact("weight", (found.name,), (), ref, where)
