"""Units a day of a listed magnesium product, from the directions typed or written with it.

The directions are read in the order written (``Parsed.trail``, names.walk), as dose times each
with its amount, and summed:

- ``1 tab in the morning and 2 at night``: 1 + 2 = 3 tablets; ``with breakfast and with
  dinner``: 2 dose times; ``after meals and at bedtime``: 3 + 1 = 4; ``three times a day with
  meals``: 3 (a count of times a day is not added to the times it names);
- a range counts its high end: ``1-2 caplets every 12 hours`` is 4 a day, ``2-3 times daily``
  3, ``bid-tid`` three times;
- a count written after the amount and before ``daily`` or ``a day`` is how many times a day,
  the higher of its two readings: ``2 tabs 2 daily`` is 2 tablets twice a day, 4 (not 2 a
  day), and ``1 tablet 2 daily`` 2;
- a volume is counted against the product's own dose volume (the mL in its unit in the rules):
  ``30 mL`` of a ``10 mL dose`` is 3 doses; a teaspoon is 5 mL, a tablespoon 15 mL and a US
  fluid ounce 29.57 mL (:data:`magadvise.names.sig_words.MEASURE_ML`: 21 CFR 101.9(b)(5)(viii)
  and UCUM; the FDA's 2011 guidance on dosing devices for OTC liquids asks for mL);
- tablets of a liquid product whose brand also comes as tablets with a labelled amount
  (``tablet_mg`` in the rules, Gaviscon Extra Strength) are counted at the tablet's amount;
- "as needed" counts the label's most units in 24 hours (``max_units_per_day``) when the rules
  give it, else the doses written (at least one), and says that each further dose adds more;
- "as directed" (``ud``) with no frequency counts the same way, except that with no amount
  written either and no label maximum, how much is not known (:func:`count` gives None): one
  unit would be a guess.

Never fewer than 1 unit a day: half a tablet counts as one (the safer error for the UL).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.units import mg, number
from magadvise.names.bare_counts import counted_at
from magadvise.names.sig_words import MEASURE_ML
from magadvise.record import Record

if TYPE_CHECKING:
    from magadvise.names.parse import Parsed
    from magadvise.rules.model_medicines import MagnesiumContent

SOLID_UNIT = r"\b(?:tablet|caplet|capsule|softgel)\b"  # a product unit counted one by one
UNIT_ML = r"(\d+(?:\.\d+)?)\s*mL\b"  # the mL in a unit ("10 mL dose")
_NUMBER = r"\d+(?:\.\d+)?(?:/\d+)?"
_UNITS = "tablet|capsule|dose|sachet|bottle|teaspoon|tablespoon|ounce|mL"  # "10 mL": spoons
_COUNT = rf"^({_NUMBER})(?:-({_NUMBER}))? ({_UNITS})s?$"
_TIMES = r"^(\d+)(?:-(\d+))? times a day$"  # "2-3 times a day" (names.sig)
_CAPFUL = rf"^{_NUMBER}(?:-{_NUMBER})? capfuls?$"
_SPOONFUL = rf"^{_NUMBER}(?:-{_NUMBER})? spoonfuls?$"  # no volume written (names.sig_uk)
_DOSES = frozenset({"dose", "sachet"})  # units of a product's dose (a packet, a gummy)
_MEALS = frozenset({"after meals", "before meals", "with meals", "between meals"})  # 3 meals
_AT = "clock "  # a clock time written ("8 am"), kept as "clock 08:00" with the frequency words
_SAME_TIME_MIN = 60  # named times this close are one dose ("every morning before breakfast")
AS_NEEDED = "as needed"
AT_MOST = "at most "  # "max 3 daily", "up to 3 tabs" (names.sig)
TAKEN_AS_NEEDED = "taken as needed: "  # how each as-needed note starts
AS_DIRECTED = "as directed"  # "ud", "use as directed" (names.sig)
_DAILY = ("frequency", "once a day")  # "daily", "a day", "per day" (names.sig)
TIMES_READ = (
    "a number written after the amount and before 'daily' or 'a day' (2 tabs 2 daily) is "
    "counted as times a day, the higher reading"
)
TAKEN_AS_DIRECTED = "taken as directed: "  # how each as-directed note starts


class DoseTime(Record):
    """One amount and the dose times a day it is taken: ``amount`` (high end of a range) in
    ``unit`` (tablet, capsule, dose or mL; "" when none is written), ``per_day`` None when no
    frequency is written with it."""

    amount: float = 1
    unit: str = ""
    per_day: float | None = None
    ranged: bool = False
    most: bool = False  # "max 3 daily", "up to 3 tablets": the most written (see count)
    times: float | None = None  # "2 tabs 2 daily": the count before "daily" is times a day


class Counted(Record):
    """Units a day counted, the content they are counted in, and what was said of how."""

    units: float
    content: MagnesiumContent
    notes: tuple[str, ...] = ()


def unmeasured(parsed: Parsed | None) -> str | None:
    """Why the directions' amount cannot be counted: a capful, or a spoonful typed with no
    volume (``2 spoonfuls``, names.sig_uk), whose volume the rules do not give for any product
    (never read as one small dose: the amount is not known and a dose is withheld); None when
    there is none."""
    trail = parsed.trail if parsed is not None else ()
    if any(kind == "instruction" and re.match(_CAPFUL, said) for kind, said in trail):
        return "a capful's volume is not known; give the dose in mL"
    if any(kind == "instruction" and re.match(_SPOONFUL, said) for kind, said in trail):
        return "a spoonful's volume is not known; give the dose in mL"
    return None


def _value(text: str) -> float:
    top, _, bottom = text.partition("/")
    return float(top) / float(bottom) if bottom and float(bottom) else float(top)


def _amount(kind: str, meaning: str) -> DoseTime | None:
    """The amount an event of the trail gives (``2 tablets``, ``1-2 tablets``, ``30`` mL); a
    most written (``at most 3 tablets``, ``at most 3`` of ``max 3 daily``) is marked ``most``."""
    if kind == "volume":  # "30 mL"; "30-60 mL" at its high end
        low, _, high = meaning.partition("-")
        return DoseTime(_value(high or low), "mL", ranged=bool(high))
    if kind == "instruction" and meaning.startswith(AT_MOST):
        bare = meaning.removeprefix(AT_MOST)
        most = _amount(kind, bare if " " in bare else f"{bare} dose")
        return most._replace(most=True) if most is not None else None
    found = re.match(_COUNT, meaning) if kind == "instruction" else None
    if found is None:
        return None
    low, high, unit = found.groups()
    amount = _value(high or low)
    if unit in MEASURE_ML:
        return DoseTime(amount * MEASURE_ML[unit], "mL", ranged=bool(high))
    return DoseTime(amount, unit, ranged=bool(high))


def _per_day(frequency: Sequence[str]) -> tuple[float | None, bool]:
    """Dose times a day the frequency words of one amount name, and whether a range (or two
    counts, ``bid-tid``) was read at its high end; (None, False) when none says a count."""
    from magadvise.advice.timing import to_minutes
    from magadvise.advice.written_times import ANCHORS, doses_a_day

    counts: list[float] = []
    ranged = False
    for often in frequency:
        if (times := re.match(_TIMES, often)) is not None:
            counts.append(float(times[2] or times[1]))
            ranged = ranged or times[2] is not None
        elif (doses := doses_a_day((often,))) is not None:
            counts.append(doses)
            ranged = ranged or "-" in often
    clocks = sorted(
        to_minutes(ANCHORS.get(f) or f.removeprefix(_AT))
        for f in frequency
        if f in ANCHORS or f.startswith(_AT)
    )
    named = sum(1 for k, c in enumerate(clocks) if not k or c - clocks[k - 1] > _SAME_TIME_MIN)
    named += 3 if any(f in _MEALS for f in frequency) else 0
    ranged = ranged or len(set(counts)) > 1
    every = [*counts, *([named] if named else [])]
    return (max(every), ranged) if every else (None, False)


def dose_times(trail: Sequence[tuple[str, str]]) -> tuple[list[DoseTime], bool]:
    """The dose times a trail of directions writes, each with its amount, and whether "as
    needed" is written. A bare number is an amount only right before how often, when, a route
    (``2 po``, ``2 by mouth``) or a form (``2 chewables``), and only up to 12 (``Mag-Ox 400 at
    bedtime`` is one tablet, not 400)."""
    groups: list[tuple[DoseTime | None, list[str]]] = [(None, [])]
    counted = counted_at(trail)
    for k, (kind, meaning) in enumerate(trail):
        if kind in ("frequency", "time"):
            groups[-1][1].append(meaning if kind == "frequency" else _AT + meaning)
            continue
        found = _amount(kind, meaning)
        if k in counted:  # "2 at night", "2 po": how many units (names.bare_counts)
            found = DoseTime(_value(meaning))
        if found is None:
            continue
        amount, often = groups[-1]
        if k in counted and amount is not None and not often and trail[k + 1] == _DAILY:
            groups[-1] = (amount._replace(times=found.amount), often)  # "2 tabs 2 daily"
            continue
        if amount is not None and often:
            groups.append((found, []))
        elif amount is None or found.amount > amount.amount:
            groups[-1] = (found, often)
    times: list[DoseTime] = []
    for amount, often in groups:
        per_day, ranged = _per_day([f for f in often if f != AS_NEEDED])
        base = amount or DoseTime()
        per_day = (per_day or 1) * base.times if base.times else per_day
        if amount is not None or per_day is not None or not times:
            times.append(base._replace(per_day=per_day, ranged=base.ranged or ranged))
    needed = any(AS_NEEDED in often for _, often in groups)
    return times, needed


def counts_units(trail: Sequence[tuple[str, str]]) -> bool:
    """True when the directions count tablets or capsules a dose in any form read here (``2
    caps``, ``1-2 caps``, ``1/2 tab``) or a bare number of them (``3 qhs``, ``2 po daily``)."""
    written, _ = dose_times(trail)
    return any(t.unit in ("tablet", "capsule") or (not t.unit and t.amount != 1) for t in written)


def count(
    parsed: Parsed | None,
    content: MagnesiumContent,
    times: int = 0,
    per_day: float | None = None,
    name: str = "",
) -> Counted | None:
    """Units a day of ``content`` that the directions in ``parsed`` say (see the module);
    ``times``/``per_day``: a health record's times of day or doses a day, used when the
    directions name no frequency; ``name``: the product as typed on a line that names several,
    which is counted with its own directions (advice.line_share). None when they say only "as
    directed" and the label gives no most a day: how much is not known."""
    from magadvise.advice.line_share import own_directions

    trail, shared = own_directions(parsed.trail, name) if parsed is not None else ((), None)
    written, needed = dose_times(trail) if parsed is not None else ([DoseTime()], False)
    form = parsed.dose_form if parsed is not None else None
    directed = parsed is not None and AS_DIRECTED in parsed.directions
    said = any(t.unit == "tablet" for t in written) or bool(form and "tablet" in form)
    tablets = content.tablet_mg is not None and said
    if tablets and not any(t.unit == "mL" for t in written):
        assert content.tablet_mg is not None  # checked above; for the type checker
        content = content._replace(
            elemental_mg=content.tablet_mg, unit="tablet", max_units_per_day=None
        )
    volume = re.search(UNIT_ML, content.unit)
    solid = re.search(SOLID_UNIT, content.unit) is not None
    units, least = 0.0, 1.0  # a part of a tablet counts as one; a part of a dose volume is real
    most = 0.0  # the most a day written ("max 3 daily"): counted when more than the rest
    for t in written:
        each = 1.0
        bottles = t.unit == "bottle" and "bottle" in content.unit  # "Suprep 2 bottles"
        if t.unit == "mL" and volume is not None and float(volume[1]) > 0:
            each = least = t.amount / float(volume[1])
        elif (solid and t.unit != "mL") or (t.unit in _DOSES and volume is None) or bottles:
            each = t.amount  # tablets; "2 doses" of a "dose of 12 tablets"; "2 packets" of 100 mg
        if t.most:
            most += each * (t.per_day or 1)
        else:
            units += each * (t.per_day or times or per_day or 1)
    written_most = most >= units and most > 0  # the most written is what is counted
    units = max(least, units, most)
    notes = [shared] if shared else []
    if any(t.ranged for t in written):
        notes.append("a range was written: its high end is counted")
    if any(t.times and t.times != 1 for t in written):
        notes.append(TIMES_READ)
    if tablets and content.unit == "tablet":
        notes.append("counted as tablets, at the tablet's labelled amount")
    often = bool(times or per_day or any(t.per_day for t in written))
    if content.course_units and not (needed or often):  # "Suprep": the label's two bottles
        units, note = course(units, content)
        notes.append(note)
    elif written_most:  # "1 tab PRN (max 3 daily)": the most written, as a label's most
        taken = TAKEN_AS_NEEDED if needed else ""
        notes.append(f"{taken}the most written a day ({number(units)} {content.unit}s) is counted")
    elif needed:
        units, note = as_needed(units, content, units / sum(t.per_day or 1 for t in written))
        notes.append(note)
    elif directed and not (times or per_day or any(t.per_day for t in written)):
        if content.max_units_per_day is None and written == [DoseTime()]:
            return None  # no amount, no frequency, no label maximum: not known
        units, note = as_needed(units, content, units, TAKEN_AS_DIRECTED)
        notes.append(note)
    return Counted(units, content, tuple(notes))


def course(units: float, content: MagnesiumContent) -> tuple[float, str]:
    """Units a day of a bowel preparation named with no frequency: its label's whole course
    (``course_units``: Suprep's two bottles, Picolax's two sachets, all taken within about a
    day), or more when more is written; and the note saying so."""
    whole = max(units, content.course_units or 1)
    said = (
        f"a bowel preparation: its label's course is {number(content.course_units or 1)} x "
        f"{content.unit}, taken within about a day: {number(whole)} counted "
        f"({mg(content.elemental_mg * whole)})"
    )
    return whole, said


def as_needed(
    units: float, content: MagnesiumContent, dose_units: float, taken: str = TAKEN_AS_NEEDED
) -> tuple[float, str]:
    """Units a day of a product taken as needed (or as directed: ``taken`` starts the note),
    and the note saying how: the label's most units in 24 hours (``max_units_per_day``) when
    the rules give it, or more when ``units`` (the doses written) are more; else ``units``,
    with what each further dose of ``dose_units`` adds."""
    most = content.max_units_per_day
    if most is not None:  # the most the label allows, or more if more is written
        most_units = f"the label's most in 24 hours ({number(most)} {content.unit}s)"
        if units > most:
            return units, f"{taken}more than {most_units} is written, and counted"
        return float(most), f"{taken}{most_units} is counted"
    dose_mg = mg(content.elemental_mg * dose_units)
    return units, (
        f"{taken}the doses written are counted; each further dose adds about "
        f"{dose_mg} and may take the total over the upper level"
    )
