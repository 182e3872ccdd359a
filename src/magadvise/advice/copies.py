"""A magnesium product a health record lists more than once: one prescription, or several doses.

Record systems list one product more than once for two different reasons, and the count must
tell them apart:

- the same prescription seen twice (a request and a statement of it, or an exact duplicate):
  every copy gives the same dosage, and it is counted once;
- separate orders for separate doses (``2 tablets every morning`` and ``2 tablets at bedtime``,
  as many systems store a twice-daily dose, or a standing order beside an as-needed one): the
  copies' dosages differ, and each is a dose taken, so they are added up.

When the dosages differ but their dose times do not show two different doses (one copy gives
no times, or the times overlap), a record cannot say which it is: the cautious side for the
upper level, their sum, is counted, and the note gives the total were they the same
prescription (the highest copy). The upper level counts magnesium from supplements and
medicines together (IOM 1997, source ``s1b``), so an under-count is the error to avoid.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from magadvise.advice.units import mg

if TYPE_CHECKING:
    from magadvise.advice.typed_count import Counted
    from magadvise.medlist import Entry


def _dosage(entry: Entry) -> tuple[object, ...]:
    """What one copy says of how it is taken: copies that agree on all of it are one dosage."""
    return (
        entry.times,
        entry.per_day,
        entry.timing_note,
        entry.dose,
        (entry.dosage_text or "").strip().lower(),
        entry.daily,
        entry.as_needed,
        entry.supplied,
    )


def _when(entry: Entry) -> frozenset[str]:
    """The times of day a copy's doses are taken: the record's clock times or events, else the
    clock times and times of day its free text names (``every morning``, ``at bedtime``, ``8
    am``); empty when it gives none (doses a day alone, ``twice a day``, do not say when)."""
    if entry.times:
        return frozenset(entry.times)
    if not entry.dosage_text:
        return frozenset()
    from magadvise.advice.written_times import ANCHORS
    from magadvise.names.parse import read_directions

    written = read_directions(entry.dosage_text)
    named = (ANCHORS[f] for f in written.frequency if f in ANCHORS)
    return frozenset((*named, *written.times))


def combine(entries: Sequence[Entry], counted: Sequence[Counted]) -> Counted:
    """One count for a product listed in ``entries`` (two or more), each counted in
    ``counted`` (units a day, same order): copies with the same dosage once, different dosages
    summed (see the module), with a note saying which was done and the daily total in mg."""
    distinct: dict[tuple[object, ...], tuple[Entry, Counted]] = {}
    for entry, each in zip(entries, counted, strict=True):
        distinct.setdefault(_dosage(entry), (entry, each))
    kept = list(distinct.values())
    notes = tuple(dict.fromkeys(n for _, c in kept for n in c.notes))
    listed = f"listed {len(entries)} times in the record"
    if len(kept) == 1:
        return kept[0][1]._replace(notes=(*notes, f"{listed} with the same dosage: counted once"))
    daily = [c.content.elemental_mg * c.units for _, c in kept]
    best = kept[daily.index(max(daily))][1]
    total = sum(daily)
    units = total / best.content.elemental_mg if best.content.elemental_mg else best.units
    times = [_when(entry) for entry, _ in kept]
    apart = all(times) and all(a.isdisjoint(b) for a, b in combinations(times, 2))
    if apart:
        said = f"{listed} at different dose times: each dose is counted, {mg(total)} a day in all"
    else:
        said = (
            f"{listed} with different dosages: they are added up, {mg(total)} a day; if these "
            f"are the same prescription, the total is {mg(max(daily))} a day"
        )
    return best._replace(units=units, notes=(*notes, said))
