"""A brand line's name followed by "Magnesium": the line's magnesium product, not its namesake.

Some brands sell a range under one name: Salus Floradix is an iron tonic and Floradix
Magnesium a liquid magnesium supplement with no iron; Spatone is iron water and Spatone
Magnesium a magnesium sachet. Read by the brand alone, ``Floradix Magnesium`` was iron and its
magnesium was never counted. A brand of a medicine without magnesium that the name goes on
past with a magnesium word is therefore not that medicine: the name stays not recognised,
and a name that says magnesium withholds as magnesium in an amount not known
(:mod:`magadvise.advice.unknown_amount`), as every other "<brand> Magnesium" does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.magnesium_words import names_magnesium
from magadvise.advice.otc import has_magnesium
from magadvise.rules.names import normalize

if TYPE_CHECKING:
    from magadvise.names.parse import Parsed
    from magadvise.rules.model_medicines import Medication
    from magadvise.rules.ruleset import Rules


def other_product(rules: Rules, found: Medication, key: str, parsed: Parsed) -> bool:
    """True when ``key`` is a brand of ``found``, a medicine with no magnesium, and the name
    in ``parsed`` goes on after it with a magnesium word (``Floradix Magnesium``)."""
    if normalize(key) not in {normalize(b) for b in found.brands} or has_magnesium(rules, key):
        return False
    words = [w for part in parsed.parts for w in part.words]
    used = key.split()
    return words[: len(used)] == used and any(names_magnesium(w) for w in words[len(used) :])
