"""A magnesium supplement named with its strength (``magnesium oxide 400 MG Oral Tablet``): counted.

Only a product that is magnesium alone (no other class) and named as magnesium or one of its
salts is read this way: the strength typed after any other product of unknown magnesium
(``Trilisate 750 mg``, salicylate) is not its magnesium, and its amount stays "not known".

The rules' generic ``magnesium supplement`` has no amount, so a name that only says "magnesium
citrate" withholds a dose (its magnesium cannot be counted toward the upper level). When the name
also gives one strength in mg or g, that strength is counted per unit, read in one of two ways:

- a name that gives no salt (``magnesium 250 mg``, a label's ``magnesium (as oxide) 250 mg``)
  gives the magnesium itself: N is counted;
- a salt name with a strength (``magnesium oxide 400 mg`` as typed, or as RxNorm writes drugs:
  ``magnesium oxide 400 MG Oral Tablet``) may give the weight of the salt (drug names, most
  RxNorm strengths) or the magnesium in it (supplement labels: "magnesium 64 mg (as magnesium
  chloride)"), and a name alone cannot tell which: the higher reading, all of it magnesium, is
  counted (the cautious side for the upper level), and the note gives the other (N times the
  salt's elemental fraction from the rules' formulations).

The note every output shows beside the count says what the other reading would give. A name
with two strengths, or none, stays "amount not known".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.units import mg, number
from magadvise.rules.model_medicines import MagnesiumContent

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved
    from magadvise.names.parse import Parsed
    from magadvise.rules.model_forms import Formulation
    from magadvise.rules.ruleset import Rules

_SOLID = r"\b(?:tablet|caplet|capsule)\b"
FROM_NAME = "Read from the name: "  # how a note read from the name starts (otc shows it)
LIMIT_MG = 10_000.0  # a strength above 10 g a unit is not a tablet's: not read (a data error)


def with_strength(rules: Rules, resolved: Resolved) -> Resolved:
    """``resolved`` with its magnesium counted from the strength its name gives, when it names
    the rules' magnesium supplement of unknown amount; else ``resolved`` unchanged."""
    from magadvise.advice.otc import MAGNESIUM_PRODUCT

    medication, parsed = resolved.medication, resolved.parsed
    unknown = set(medication.classes) == {MAGNESIUM_PRODUCT} and medication.magnesium is None
    if (
        not unknown
        or parsed is None
        or medication.ingredients
        or not _says_magnesium(rules, parsed)
    ):
        return resolved
    content = strength_content(rules, parsed)
    if content is None:
        return resolved
    amount = f"{mg(content.elemental_mg)} a {content.unit}, read from the name"
    kind = f"magnesium {parsed.salt_as} supplement" if parsed.salt_as else "magnesium supplement"
    counted = medication._replace(name=f"{kind} ({amount})", magnesium=content)
    return resolved._replace(medication=counted, ingredients=(counted,))


def strength_content(rules: Rules, parsed: Parsed) -> MagnesiumContent | None:
    """Elemental magnesium per unit from the one strength a magnesium name gives (see the
    module's docstring); None when it
    gives none, several, or one that is not mg or g."""
    strengths = [p for p in parsed.parts if p.strength is not None]
    if len(parsed.parts) != 1 or len(strengths) != 1:
        return None
    part = strengths[0]
    assert part.strength is not None  # filtered above; for the type checker
    amount = part.strength.mg()
    if amount is None or not 0 < amount <= LIMIT_MG:
        return None
    unit = _unit(parsed)
    salt = _salt(rules, part.text)
    written = f"{number(amount)} mg"
    if salt is None:
        note = f"{FROM_NAME}{written} a {unit}, counted as elemental magnesium."
        return MagnesiumContent(amount, unit, (), None, note)
    name, percent, sources = salt
    salt_mg = round(amount * percent / 100, 1)
    note = (
        f"{FROM_NAME}{written} a {unit} counted as elemental magnesium: the name does not say "
        f"whether {written} is the weight of {name.lower()} ({mg(salt_mg)} of "
        f"magnesium at {number(percent)}%) or of the magnesium in it; the higher is counted."
    )
    return MagnesiumContent(amount, unit, sources, None, note)


def _says_magnesium(rules: Rules, parsed: Parsed) -> bool:
    """True when the name before the strength is magnesium or one of its salts (``magnesium``,
    ``Mg citrate``, ``Magtein``), so the strength can be magnesium's: a product of another kind
    that holds magnesium in an amount not known (``Trilisate 750 mg``: 750 mg of salicylate;
    ``Dulcolax Soft Chews 1200 mg``: of magnesium hydroxide) is never counted at its strength."""
    return any(
        re.search(r"\bmagnesium\b|\bmg\b", p.text, re.IGNORECASE) or _salt(rules, p.text)
        for p in parsed.parts
    )


def _unit(parsed: Parsed) -> str:
    """What one strength is in: the dose form written, else a tablet or capsule when the
    directions count them in any form typed_count reads (``200 mg 2 caps``, a range ``1-2 caps
    bid``, a bare number ``3 qhs``), else one dose."""
    from magadvise.advice.typed_count import counts_units

    if parsed.dose_form and re.search(_SOLID, parsed.dose_form):
        return parsed.dose_form
    return "tablet or capsule" if counts_units(parsed.trail) else "dose"


def _salt(rules: Rules, text: str) -> tuple[str, float, tuple[str, ...]] | None:
    """The form a name's salt is (``magnesium citrate``): its name, elemental % and sources."""
    found = salt_form(rules, text)
    if found is None:
        return None
    return found.name, found.elemental_percent, found.sources


def salt_form(rules: Rules, text: str) -> Formulation | None:
    """The rules' form a name is (``magnesium citrate``, ``Mg citrate``, ``citrate``), or None."""
    from magadvise.advice.lookup import PREFIX
    from magadvise.rules.names import normalize

    key = normalize(text)
    return rules.formulations.find(key) or rules.formulations.find(key.removeprefix(PREFIX))


def same_product(main: Sequence[object], other: Sequence[object]) -> bool:
    """True when a name's reading is only the rules' magnesium supplement of unknown amount and
    its bracketed brand names magnesium products the rules know the content of, with every
    class it has (``Magnesium Oxide 400 MG Oral Tablet [Mag-Ox]``): one product, counted once,
    from the brand's label, with no caution lost."""
    from magadvise.advice.medications import Resolved
    from magadvise.advice.otc import MAGNESIUM_PRODUCT

    if not all(isinstance(r, Resolved) for r in (*main, *other)):
        return False
    ours = [i for r in main if isinstance(r, Resolved) for i in r.ingredients]
    theirs = [i for r in other if isinstance(r, Resolved) for i in r.ingredients]
    unknown = all(MAGNESIUM_PRODUCT in i.classes and i.magnesium is None for i in ours)
    known = all(i.magnesium is not None for i in theirs)
    classes = {c for i in ours for c in i.classes} <= {c for i in theirs for c in i.classes}
    return bool(ours and theirs) and unknown and known and classes
