"""The magnesium products named with ``dose --med``: each one counted, or of an amount not known."""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.otc import ListedMagnesium, amount_unknown

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved
    from magadvise.rules.ruleset import Rules


def magnesium_products(
    rules: Rules, names: list[str]
) -> tuple[tuple[ListedMagnesium, ...], tuple[Resolved, ...]]:
    """Of the products named, those the rules know to contain magnesium: those counted, and
    those whose amount is not known (see :func:`amount_unknown`). Any other name (a medicine
    without magnesium, one not recognised) is left to the cautions check of the same names
    (:func:`magadvise.advice.cautions.assess`), which applies its withholders or names it as
    not assessed: never a usage error, never silently dropped."""
    from magadvise.advice.medications import MedicationFinder, Resolved
    from magadvise.advice.typed_count import count, unmeasured

    finder = MedicationFinder(rules)
    found: dict[str, ListedMagnesium] = {}
    unknown: list[Resolved] = []
    for name in names:
        results = finder.resolve(name)
        resolved = [r for r in results if isinstance(r, Resolved)]
        if len(resolved) != len(results) or not resolved:
            continue  # not assessed: named by the cautions check, and no dose beside it
        parsed = resolved[0].parsed
        parts = [p for r in resolved for p in r.ingredients if p.magnesium is not None]
        unknown += [r for r in resolved if any(map(amount_unknown, r.ingredients))]
        if parts and unmeasured(parsed):  # "1 capful": not counted, said as not known
            unknown += resolved[:1]
            continue
        several = len(resolved) > 1  # a line of several products: each its own directions
        for one, part in ((r, p) for r in resolved for p in r.ingredients if p.magnesium):
            assert part.magnesium is not None  # filtered above; for the type checker
            c = count(parsed, part.magnesium, name=one.input if several else "")
            if c is None:  # "as directed" alone: the amount is not known
                unknown.append(one)
                continue
            typed = one.input if several else name
            listed = ListedMagnesium(typed, part, c.content, c.units, c.notes, parsed)
            found.setdefault(part.id, listed)
    return tuple(found.values()), tuple(unknown)
