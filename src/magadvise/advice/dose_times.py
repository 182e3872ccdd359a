"""``--at NAME=HH:MM`` matched to the medicines given: by product, brand or ingredient name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.medications import MedicationFinder, Resolved
from magadvise.advice.rxcodes import resolve_entry
from magadvise.errors import UsageError, echo
from magadvise.rules.names import normalize
from magadvise.rules.ruleset import Rules

if TYPE_CHECKING:
    from magadvise.medlist import Entry

SHOWN = 5  # listed medicines named in the error when none is close


def _names(item: Resolved) -> list[str]:
    """What a listed medicine answers to: as typed, its name, its ingredients' names."""
    return [item.input.strip(), item.medication.name, *(i.name for i in item.ingredients)]


def _matches(name: str, finder: MedicationFinder, listed: Sequence[Resolved]) -> list[Resolved]:
    """The listed medicines ``name`` means: the same product, or one that contains it."""
    hits = [h for h in finder.resolve(name) if isinstance(h, Resolved)]
    products = {h.medication.id for h in hits}
    singles = {h.medication.id for h in hits if not h.medication.ingredients}
    key = normalize(name)
    return [
        item
        for item in listed
        if item.medication.id in products
        or any(i.id in singles for i in item.ingredients)
        or normalize(item.input) == key
    ]


def dose_times(
    rules: Rules, meds: Sequence[str | Entry], typed: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """Dose times keyed by the id of each medicine given that an ``--at`` name means.

    ``meds``: names typed, or file entries (read as ``assess`` reads them: a record's RxNorm
    code too). A name may be the product as typed or known (``Triumeq``), or an ingredient of
    it (``dolutegravir`` applies to Triumeq); a time given twice for one product keeps both.
    A name that means none of the medicines given is a UsageError with "did you mean" among
    them, never ignored.
    """
    if not typed:
        return {}
    finder = MedicationFinder(rules)
    readings = (finder.resolve(m) if isinstance(m, str) else resolve_entry(finder, m) for m in meds)
    listed = [r for found in readings for r in found if isinstance(r, Resolved)]
    times: dict[str, tuple[str, ...]] = {}
    for name, clocks in typed.items():
        found = _matches(name, finder, listed)
        if not found:
            raise _not_listed(name, listed)
        for item in found:
            key = item.medication.id
            times[key] = tuple(sorted({*times.get(key, ()), *clocks}))
    return times


def _not_listed(name: str, listed: Sequence[Resolved]) -> UsageError:
    """The error for an --at name that is not among the medicines given."""
    if not listed:
        return UsageError(f"--at: {echo(name)} is not one of the medicines listed (none was)")
    import difflib

    names = list(dict.fromkeys(n for item in listed for n in _names(item)))
    by_key = {normalize(n): n for n in names}
    close = difflib.get_close_matches(normalize(name), list(by_key), n=3, cutoff=0.6)
    given = ", ".join(dict.fromkeys(item.input.strip() for item in listed[:SHOWN]))
    return UsageError(
        f"--at: {echo(name)} is not one of the medicines listed ({given})",
        tuple(by_key[c] for c in close),
    )
