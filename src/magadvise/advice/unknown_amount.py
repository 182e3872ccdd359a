"""Magnesium listed in an amount nobody knows: no dose is added on top of it.

One rule for `plan`, `recommend` and `dose`: a listed product that contains magnesium in an
amount the rules do not give (a magnesium supplement named without its strength, Cal-Mag,
Cal-Mag-Zinc, Emergen-C, a multivitamin with minerals), a health record's dose that cannot be
read in the product's units, or a name not recognised that says it is magnesium, that the drug
vocabulary (:mod:`magadvise.vocab`) reads as a product with magnesium (``Kudrox``: aluminum
hydroxide and magnesium hydroxide; ``Clenpiq``; ``Riopan``-type magaldrate), or whose "did you
mean" names a product with magnesium (``Rolaid``): its magnesium cannot be counted
toward the upper level for supplements, which counts magnesium from supplements and medicines
together (IOM 1997, source ``s1b``), so one withholder names them all and no dose is shown.
A multivitamin is never counted at a guessed amount: brands differ, and the person can give
the amount from the label (a strength written after "magnesium" is counted, see
:mod:`magadvise.advice.listed_strength`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.close_names import as_a_name
from magadvise.advice.gating import Withholder
from magadvise.advice.magnesium_words import names_magnesium
from magadvise.advice.otc import amount_unknown, has_magnesium, not_known
from magadvise.advice.taken import typed_label

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved, Unresolved
    from magadvise.rules.ruleset import Rules

UNCOUNTED = "listed-magnesium-amount-unknown"  # a listed magnesium product of unknown strength
UL_SOURCE = "s1b"  # IOM 1997: the UL counts magnesium from supplements and medicines together
HOW_TO_COUNT = (
    "To have it counted, list the magnesium it gives in place of its name, with the elemental "
    "magnesium per tablet from its Supplement Facts or Drug Facts label and how many you take "
    '(for example "magnesium 250 mg 2 tablets daily"): a strength written after "magnesium" '
    "is counted as elemental magnesium."
)


def unknown_amount_withholders(
    rules: Rules, resolved: Sequence[Resolved], unassessed: Sequence[Unresolved] = ()
) -> tuple[Withholder, ...]:
    """One withholder (id ``listed-magnesium-amount-unknown``) naming every listed product whose
    magnesium cannot be counted (see the module's docstring); empty when there is none."""
    named = [
        (typed_label(r.input, r.parsed), "")
        for r in resolved
        if any(map(amount_unknown, r.ingredients))
    ]
    named += [
        (typed_label(r.input, r.parsed), f" ({why})")
        for r in resolved
        for part in r.ingredients
        if (why := not_known(r, part)) is not None
    ]
    named += [
        (u.input.strip(), why) for u in unassessed if (why := _unassessed(rules, u)) is not None
    ]
    if not named:
        return ()
    listed = ", ".join(dict.fromkeys(name + why for name, why in named))
    basis = (
        "It contains magnesium (or its name, a name close to it, or the drug vocabulary says "
        "so), but how much is "
        "not known, so it cannot be counted toward the upper level for supplements, which "
        "counts magnesium from supplements and medicines together. A multivitamin with "
        "minerals is not counted at a guessed amount: brands differ"
    )
    advice = (
        f"Do not add a magnesium supplement to it: ask a pharmacist. {HOW_TO_COUNT} Check the "
        "spelling of a name not recognised. If you listed it only because it is the supplement "
        "you are thinking of taking, leave it out."
    )
    name = f"magnesium already taken: {listed} (amount not known)"
    products = tuple(dict.fromkeys(name for name, _ in named))
    return (Withholder(UNCOUNTED, name, basis, (UL_SOURCE,), advice, products),)


def _unassessed(rules: Rules, item: Unresolved) -> str | None:
    """Whether a name not recognised may be magnesium: '' when it says so, `` (drug vocabulary:
    aluminum hydroxide and magnesium hydroxide, ...)`` when the vocabulary's generic for it
    does, `` (not recognised; it names One A Day, ...)`` when a run of its words is a product
    with magnesium, `` (... did you mean Rolaids, ...)`` when a name close to it (or to the
    whole line it was in) is one; None when none is."""
    if names_magnesium(item.input):
        return ""
    from magadvise.advice.medications import MedicationFinder, vocabulary_reading

    generic = item.recognised_as
    if generic is None:  # a reviewed generic's brand held back as a possible typo (Almora)
        found = vocabulary_reading(item.input)
        generic = found.generic if found is not None else None
    if generic is not None and names_magnesium(generic):  # the brand of a magnesium generic
        return f" (drug vocabulary: {generic}, which contains magnesium)"
    words = item.input.split()
    ends = [(a, b) for a in range(len(words)) for b in range(a + 1, min(a + 5, len(words)) + 1)]
    runs = [" ".join(words[a:b]) for a, b in ends]  # up to 4 words: "One A Day" in "... Women's"
    inside = next((run for run in runs if has_magnesium(rules, run)), None)
    if inside is not None:
        return f" (not recognised; it names {inside}, which contains magnesium)"
    close = list(item.suggestions)
    line = item.parsed.text if item.parsed is not None else item.input
    if line.strip() != item.input.strip():
        close += MedicationFinder(rules).suggestions(line)
    for name in as_a_name(rules, item.input, dict.fromkeys(close)):
        if has_magnesium(rules, name):
            return _or_condition(rules, item.input, name)
    return None


def _or_condition(rules: Rules, typed: str, name: str) -> str:
    """`` (not recognised; did you mean Pregnacare, which contains magnesium?)``, or, when
    ``typed`` is also a near miss of a condition's words (``Pregnacy``), that it may be either:
    `` (not recognised; it may be 'pregnancy' misspelt, counted as Pregnancy with its 350
    mg/day cap, or Pregnacare, which contains magnesium)``."""
    from magadvise.advice.near_condition import near_condition

    near = near_condition(rules, typed)
    if near is None:
        return f" (not recognised; did you mean {name}, which contains magnesium?)"
    said = " or ".join(
        f"{c.name} with its {c.dosing.max_mg:g} mg/day cap"
        if c.dosing.action == "cap" and c.dosing.max_mg is not None
        else c.name
        for c in near.conditions
    )
    return (
        f" (not recognised; it may be '{near.meant}' misspelt, counted as {said}, "
        f"or {name}, which contains magnesium)"
    )
