"""A text not read that is a near miss of a condition that stops the dose: no dose.

``CDK stage 4`` on a list, or as a record's Condition, is neither a medicine nor a condition
magadvise knows, but it is one swap of two letters from CKD stage 4
(:mod:`magadvise.advice.near_condition`). A dose printed beside it could be one the person must
not take, so the safer reading is taken, as for a misspelt medicine that stops the dose
(:mod:`magadvise.advice.suggested_gate`): until it is confirmed, no dose is advised. A near miss
of a condition that only caps the dose (``pregant``) is counted as it on a list instead
(:func:`magadvise.advice.near_condition.near_listed`); in a record it withholds, as a record's
pregnancy word not read does (:mod:`magadvise.fhir.screen_more`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.gating import Withholder

if TYPE_CHECKING:
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules

LOOKS_LIKE = "looks-like-condition"
"""The withholder's id."""


def near_withholder(rules: Rules, entry: Entry) -> Withholder:
    """``looks-like-condition`` for ``entry``, a text not read marked
    :data:`magadvise.advice.near_condition.NEAR`."""
    from magadvise.advice.near_condition import near_condition
    from magadvise.names.asides import without_asides

    near = near_condition(rules, without_asides(entry.name))
    said = entry.said()
    if near is None:  # marked by an earlier reading of the same text: name it as written
        name = f"{said} '{entry.name}' ({entry.where}), close to a condition's name: not read"
        sources: tuple[str, ...] = ()
        example = "the condition"
    else:
        name = f"{said} '{entry.name}' ({entry.where}), which {near.looks()}: not read"
        sources = tuple(dict.fromkeys(s for c in near.conditions for s in c.dosing.sources))
        example = f"'{near.meant}'"
    basis = (
        "It is not a medicine or a condition magadvise knows, and it is a near miss (a "
        "misspelling, or two letters swapped) of a condition for which magnesium is withheld or "
        "capped. Until it is confirmed, no dose is shown"
    )
    advice = (
        f"Check the spelling; if it means {example}, give it with --condition (for example "
        f"--condition {example}) or correct the line, and ask your pharmacist or doctor before "
        "taking magnesium."
    )
    return Withholder(LOOKS_LIKE, name, basis, sources, advice)
