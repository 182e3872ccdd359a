"""How the reading of a name in brackets merges with the reading of the line around it.

``lisinopril [Zestoretic]``, ``magnesium oxide (MAG-OX) 400 MG``, ``SLOW-MAG (magnesium
chloride) 64 MG``: the bracketed name is read on its own (advice.medications) and merged here,
so that one product named twice is counted once and no caution of either reading is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.listed_strength import same_product

if TYPE_CHECKING:  # advice.medications imports this module: its classes are read on first use
    from magadvise.advice.medications import Resolved, Unresolved


def _ingredient_ids(found: list[Resolved | Unresolved]) -> set[str]:
    from magadvise.advice.medications import Resolved

    return {i.id for r in found if isinstance(r, Resolved) for i in r.ingredients}


def merge(
    main: list[Resolved | Unresolved],
    other: list[Resolved | Unresolved],
    typed: int,
    names: tuple[str, str],
) -> list[Resolved | Unresolved]:
    """The reading of the main text merged with that of a bracketed name (see ``resolve``).

    A name that matches nothing is reported on either side, never dropped: ``xyzzy
    (Zestoretic)`` gets Zestoretic's cautions and names ``xyzzy`` as not assessed, as
    ``Zestoretic (xyzzy)`` does. ``names`` is the line typed and the name in it outside brackets.

    One product named both ways is counted once, from the name whose label gives its magnesium,
    in either order: ``Magnesium Oxide 400 MG Oral Tablet [Mag-Ox]`` and ``SLOW-MAG (magnesium
    chloride) 64 MG`` alike (a salt name of unknown amount beside a brand the rules count).
    """
    from magadvise.advice.medications import Unresolved

    missing = [r for r in other if isinstance(r, Unresolved)]
    if missing:  # a bracketed name that matches nothing is reported, never dropped
        return [*main, *missing] if main else main
    if not other:
        return main
    if not main:
        return other
    ours, theirs = _ingredient_ids(main), _ingredient_ids(other)
    if theirs <= ours or same_product(other, main):  # "SLOW-MAG (magnesium chloride)"
        return main
    if (ours <= theirs and len(theirs) >= typed) or same_product(main, other):
        unknown = [r for r in main if isinstance(r, Unresolved)]
        return [*other, *(_named(r, *names) for r in unknown)]
    return [*main, *other]


def _named(item: Unresolved, line: str, outside: str) -> Unresolved:
    """``item`` named by the words outside the brackets when it stood for the whole line."""
    return item._replace(input=outside.strip()) if item.input == line and outside.strip() else item
