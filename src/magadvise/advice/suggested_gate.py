"""A name not recognised whose "did you mean" is a medicine that stops the dose: no dose.

``Renvella`` is not recognised, and magadvise asks "did you mean Renvela?". Renvela
(sevelamer) is a phosphate binder, taken in kidney failure, where the rules advise no self-care
dose; ``Isentres`` is close to Isentress (raltegravir: no magnesium with it at any time). A dose
printed beside such a misspelling could be one the person must not take, so the safer reading
is taken: while the name is not confirmed, no dose is advised, as for a misspelt magnesium
product (:mod:`magadvise.advice.unknown_amount`). A name the drug vocabulary knows as another
medicine (``lapatinib``) is that medicine, not a misspelling: its suggestions are not used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.gating import Withholder

if TYPE_CHECKING:
    from magadvise.advice.medications import Unresolved
    from magadvise.rules.model_medicines import Medication, MedicationClass
    from magadvise.rules.ruleset import Rules

SUGGESTED = "suggested-medicine-withholds"  # the withholder's id


_WHEN = frozenset(
    "at in on the a an for and of use used night nights morning evening bedtime daily".split()  # noqa: SIM905
)
"""Short words and times of day beside a plain word (``Urinal at night``): no medicine's."""


def suggested_withholders(rules: Rules, unassessed: Sequence[Unresolved]) -> tuple[Withholder, ...]:
    """One withholder naming every name not recognised whose suggestion would withhold the
    dose (a class that ``withholds_dose`` or whose spacing is ``avoid``); empty when none."""
    from magadvise.advice import plain_words
    from magadvise.advice.close_names import as_a_name

    named: list[tuple[str, str, MedicationClass]] = []
    for item in unassessed:
        if item.recognised_as is not None:
            continue
        words = [w for w in re.findall(r"[a-z]+", item.input.casefold()) if w not in _WHEN]
        if plain_words.all_plain(words):
            continue  # "Regal", "rental", "Urinal at night": English words, not a medicine
        for suggestion in as_a_name(rules, item.input, item.suggestions):
            stops = _stopping(rules, rules.medications.find(suggestion))
            if stops is not None:
                named.append((item.input.strip(), suggestion, stops))
                break
    if not named:
        return ()
    said = "; ".join(f"'{typed}' (did you mean {s}? {c.name})" for typed, s, c in named)
    sources = tuple(dict.fromkeys(s for _, _, c in named for s in c.sources))
    return (
        Withholder(
            SUGGESTED,
            f"a name not recognised, close to a medicine that stops the dose: {said}",
            "The name is not one magadvise knows, and the medicine it is closest to is one beside "
            "which no magnesium dose is advised. Until the name is confirmed, no dose is shown",
            sources,
            "Check the spelling on the box or the prescription and run again with the name as it "
            "is written there; ask your pharmacist before taking magnesium.",
        ),
    )


def _stopping(rules: Rules, medicine: Medication | None) -> MedicationClass | None:
    """The first class of ``medicine`` (or of its ingredients) that stops the dose, if any."""
    if medicine is None:
        return None
    ids = list(medicine.classes)
    for ingredient in medicine.ingredients:
        found = rules.medications.find(ingredient)
        ids += list(found.classes) if found is not None else []
    for id in ids:
        c = rules.classes.get(id)
        if c is not None and (c.withholds_dose or (c.spacing is not None and c.spacing.avoid)):
            return c
    return None
