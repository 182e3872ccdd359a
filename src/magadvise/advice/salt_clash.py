"""A magnesium product whose name and bracket name different salts: ``Mag-Ox 400 (magnesium
citrate)``.

Mag-Ox 400 is magnesium oxide (its Drug Facts: 241.3 mg magnesium a tablet); the bracket says
citrate. One of the two is wrong, and a name alone cannot tell which. The reading that counts
more magnesium is kept (the cautious side for the upper level): the product whose label gives
its amount, over a salt named without one (whose 400 mg of citrate would hold 64.8 mg). The
line is marked, as a record's code and text that disagree are (``disagreement``), so the person
is asked which product it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved, Unresolved
    from magadvise.rules.ruleset import Rules

BRACKET_NOTE = "the name and the name in brackets"  # how a note from here starts


def disagree_label(note: str) -> str:
    """The heading a ``disagreement`` note is shown under: a record's code and text, or a
    typed line's name and bracket (a note from :func:`with_salt_clash`)."""
    return (
        "Name and bracket disagree" if note.startswith(BRACKET_NOTE) else "Code and name disagree"
    )


_SALT_WORD = r"(?i)\bmagnesium\s+([a-z][a-z-]*)"  # compiled on first use (re's cache)


def _salt_named(rules: Rules, text: str) -> str | None:
    """The magnesium form (formulation id) a text names: ``magnesium citrate``, ``Mg citrate``,
    or a product name that says ``magnesium oxide ...``; None when it names none."""
    from magadvise.advice.listed_strength import salt_form

    whole = salt_form(rules, text)
    if whole is not None:
        return whole.id
    for word in re.findall(_SALT_WORD, text):
        found = salt_form(rules, f"magnesium {word}")
        if found is not None:
            return found.id
    return None


def _salt_of(rules: Rules, text: str, reading: Sequence[Resolved | Unresolved]) -> str | None:
    """The salt one side names: in its text, else in the name of the magnesium product it is."""
    from magadvise.advice.medications import Resolved
    from magadvise.advice.otc import MAGNESIUM_PRODUCT

    named = _salt_named(rules, text)
    if named is not None:
        return named
    products = [
        i
        for r in reading
        if isinstance(r, Resolved)
        for i in r.ingredients
        if MAGNESIUM_PRODUCT in i.classes and i.magnesium is not None
    ]
    salts = {s for i in products if (s := _salt_named(rules, i.name)) is not None}
    return salts.pop() if len(salts) == 1 else None


def with_salt_clash(
    rules: Rules,
    kept: list[Resolved | Unresolved],
    line: str,
    sides: tuple[tuple[str, list[Resolved | Unresolved]], tuple[str, list[Resolved | Unresolved]]],
) -> list[Resolved | Unresolved]:
    """``kept`` (the merged reading of ``line``) with each magnesium product marked when the two
    ``sides`` (the text outside the brackets and the bracketed text, each with its reading)
    name different magnesium salts; ``kept`` unchanged otherwise. One product kept whose name
    gives its salt's weight (``magnesium oxide 400 mg tablet``) is counted at the higher of its
    label's amount and that weight read as the other salt (elemental %, the rules' forms)."""
    from magadvise.advice.medications import Resolved
    from magadvise.advice.otc import MAGNESIUM_PRODUCT

    counted = {
        id(r): r
        for r in kept
        if isinstance(r, Resolved) and any(MAGNESIUM_PRODUCT in i.classes for i in r.ingredients)
    }
    if not counted:
        return kept
    (outside, ours), (inside, theirs) = sides
    first, second = _salt_of(rules, outside, ours), _salt_of(rules, inside, theirs)
    if first is None or second is None or first == second:
        return kept
    forms = rules.formulations
    salts = f"{forms[first].name.lower()} and {forms[second].name.lower()}"
    how = "both are counted"
    if len(counted) == 1:
        [(key, one)] = counted.items()
        counted[key] = _higher(rules, one, {first, second})
        how = f"counted as {one.medication.name}, the reading that counts more magnesium"
    why = (
        f"{BRACKET_NOTE} name different magnesium salts in '{line.strip()}' ({salts}): "
        f"{how}; ask which product it is"
    )
    return [counted[id(r)]._replace(disagreement=why) if id(r) in counted else r for r in kept]


# A salt's weight in a product's name, right after the salt: "magnesium hydroxide 311 mg" (not
# "97.2 mg magnesium", an elemental amount, nor "1200 mg per 15 mL", a weight per volume).
_WEIGHT = r"(?i)\bmagnesium\s+([a-z][a-z-]*)\s+(\d+(?:\.\d+)?)\s*mg\b(?!\s*(?:per|/|magnesium))"


def _higher(rules: Rules, item: Resolved, salts: set[str]) -> Resolved:
    """``item`` counted at the higher reading: its label's elemental mg a unit, or the salt
    weight its name gives (``magnesium hydroxide 311 mg``) read as the other salt named."""
    from magadvise.advice.listed_strength import salt_form

    medication = item.medication
    content, weight = medication.magnesium, re.search(_WEIGHT, medication.name)
    own = weight and salt_form(rules, f"magnesium {weight.group(1)}")
    if content is None or weight is None or not own:
        return item
    other = next(iter(salts - {own.id}), None)
    if other is None:
        return item
    form = rules.formulations[other]
    alt = round(float(weight.group(2)) * form.elemental_percent / 100, 1)
    if alt <= content.elemental_mg:
        return item
    note = (
        f"{weight.group(2)} mg read as {form.name.lower()} ({form.elemental_percent:g}%): "
        f"{alt:g} mg magnesium a {content.unit}, more than the {content.elemental_mg:g} mg "
        f"of {own.name.lower()}, so {alt:g} mg is counted"
    )
    raised = medication._replace(magnesium=content._replace(elemental_mg=alt, note=note))
    ingredients = tuple(raised if i is medication else i for i in item.ingredients)
    return item._replace(medication=raised, ingredients=ingredients)
