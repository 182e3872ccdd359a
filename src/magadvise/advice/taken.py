"""What the alerts say about magnesium already taken: the amount counted, and how it was read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.listed_strength import FROM_NAME
from magadvise.advice.units import mg

if TYPE_CHECKING:  # types only: the words import no counting logic
    from magadvise.advice.otc import ListedMagnesium


def already_taken(listed: Sequence[ListedMagnesium], uncounted: Sequence[str] = ()) -> str:
    """``you already take about 241.3 mg/day of elemental magnesium from Mag-Ox 400``; with
    several products, each one's share in brackets. A strength read from a name adds how it
    was read and what the other reading gives (``magnesium oxide 400 mg``: 400 mg counted, or
    241.2 mg were it the weight of the oxide; see :mod:`magadvise.advice.listed_strength`);
    then how directions were counted (a range's high end, as needed; advice.typed_count).
    ``uncounted`` (names as typed, of products whose amount is not known) makes the total a
    floor: ``at least ... from Mylanta (...), plus Centrum Silver of unknown amount``."""
    taken = sum(item.elemental_mg for item in listed)
    if len(listed) == 1:
        names = _named(listed[0], "")
    else:
        shares = [_named(item, f"{mg(item.elemental_mg)}; ") for item in listed]
        names = ", ".join(shares[:-1]) + " and " + shares[-1]
    notes = "".join(item.how(named=len(listed) > 1) for item in listed)  # a range, as needed
    about = "at least" if uncounted else "about"
    names += plus_unknown(uncounted)
    return f"you already take {about} {mg(taken)}/day of elemental magnesium from {names}{notes}"


def plus_unknown(uncounted: Sequence[str]) -> str:
    """``, plus Centrum Silver and Cal-Mag of unknown amount`` ('' when there is none)."""
    if not uncounted:
        return ""
    names = list(uncounted)
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return f", plus {listed} of unknown amount"


def _named(item: ListedMagnesium, share: str) -> str:
    """``Mag-Ox 400 (241.3 mg)``; a strength read from the name says how, in the brackets."""
    note = item.content.note or ""
    read = note.removeprefix(FROM_NAME).rstrip(".") if note.startswith(FROM_NAME) else ""
    inside = f"{share}read from the name: {read}" if read else share.removesuffix("; ")
    return f"{item.input.strip()} ({inside})" if inside else item.input.strip()
