"""Directions written beside a medicine (the *sig*): how many, how often, how long, what for.

Patients and prescribers write a medicine with its directions: ``Lisinopril 10 mg take 1 tab
by mouth daily for 7 days``, ``ibuprofen 400 mg every 6 hours as needed for pain``,
``albuterol two puffs``, ``prednisone 20 mg x 5 days``. These are parts of the grammar, not
names: :func:`read` says whether a direction starts at a token and what it means, as one of

- ``frequency``: how often (``every 6 hours``, ``on Monday, Wednesday, Friday``), read into
  the same plain words as :data:`magadvise.names.instructions.FREQUENCIES`;
- ``time``: a clock time (``08:00`` from ``8 am``), a dose time the person gave;
- ``instruction``: everything else worth showing (``2 tablets``, ``for 7 days``, ``for pain``,
  ``with water``, ``quantity 30``, ``refills 2``);
- ``status``: what a list says of a medicine not taken now (``stopped``, ``on hold``; see
  :mod:`magadvise.names.label`).

Only words in these tables are directions. Any other word stays part of a medicine's name, so
an unknown word is still reported as not assessed, never dropped as if it were a direction.
"""

from __future__ import annotations

import re

from magadvise.names import am_pm, descriptors, instructions, label, sig_counts, sig_uk
from magadvise.names.forms import UNITS as _NOT_COUNTS  # "take 2 mg" is a strength
from magadvise.names.lex import Token, strength
from magadvise.names.sig_tokens import amount_at as _amount
from magadvise.names.sig_tokens import plural as _plural
from magadvise.names.sig_tokens import table_phrase as _phrase
from magadvise.names.sig_tokens import timed as _timed
from magadvise.names.sig_tokens import words as _words
from magadvise.names.sig_words import (
    BODY_PLACES,
    COUNT_UNITS,
    DAY_RUNS,
    DAYS,
    FREQUENCIES,
    INSTRUCTIONS,
    LIQUIDS,
    REASONS,
    TIME_UNITS,
    TIMES_OF_DAY,
    VOLUMES,
)

_INTERVAL = ("every", "each", "q")  # "every 6 hours", "q 6 h"
_DURATION = ("for", "x", "over")  # "for 7 days", "x 5 days"
_TIMES = ("times", "time", "x")  # "2 times a day", "3x daily"
_LIMITS = frozenset({"max", "maximum", "not to exceed", "do not exceed", "no more than", "up to"})
_WHEN = ("in", "after", "within")  # "may repeat in 2 hours": never a 2-hour release
_ONSET = frozenset({"at onset of", "at the onset of", "at first sign of", "at the first sign of"})
_VERBS = frozenset({"take", "takes", "use", "inhale", "give", "chew", "apply", "insert"})
_OFTEN = {"1": "once", "2": "twice", "3": "three times", "4": "four times"}
_PER = {"a day": "day", "daily": "day", "per day": "day", "a week": "week", "weekly": "week"}

_CLOCKS = ("clock", "hour")  # a time with minutes, and one without ("8 am": names.lex)
_SIDES = ("before", "after")  # "1 hour before meals" (_offset)
_SOLIDS, _MOST_SOLID = ("tablet", "capsule"), 20  # more a dose is not a count of tablets
_MEALS = frozenset({"meals", "meal", "a meal", "food", "eating", "food or milk", "meals or milk"})
_ALL_FREQUENCIES = {**instructions.FREQUENCIES, **FREQUENCIES}  # the names.walk table's too

Reading = tuple[int, list[tuple[str, str]]]
"""Tokens used and the (kind, meaning) pairs read from them."""


def _days(tokens: list[Token], i: int) -> Reading | None:
    """``Mon Wed Fri``, ``Mondays``, ``Mon/Wed/Fri``: the days of the week a dose is taken."""
    days: list[str] = []
    j = i
    while j < len(tokens) and (
        tokens[j].value in DAYS or tokens[j].value in DAY_RUNS or (days and tokens[j].kind == "sym")
    ):
        value = tokens[j].value
        days += DAY_RUNS.get(value, (DAYS[value],) if value in DAYS else ())
        j += 1
    if not days:
        return None
    while tokens[j - 1].kind == "sym":  # a trailing comma belongs to what follows
        j -= 1
    if j < len(tokens) and tokens[j].value in ("am", "pm"):  # "Sunday am"
        j += 1
    return j - i, [("frequency", "on " + ", ".join(dict.fromkeys(days)))]


def _reason(tokens: list[Token], i: int, bare_place: bool = True) -> Reading | None:
    """``pain``, ``pain or fever``, ``my blood pressure``, ``ear infection``, ``nasal sinus
    infection``: what the medicine is for. A body place alone (``eye`` of ``for eye``) is one
    too when ``bare_place``: after ``for``, never a route (names.route_read)."""
    j = i + (i < len(tokens) and tokens[i].value in ("my", "the", "your"))
    reasons: list[str] = []
    while True:
        start = j
        while j < len(tokens) and tokens[j].kind == "word" and tokens[j].value in BODY_PLACES:
            j += 1  # "ear" of "ear infection", "nasal sinus" of "nasal sinus infection"
        n = _phrase(tokens, j, REASONS)
        if n == 0 and not (bare_place and j > start):
            j = start - 1 if reasons else start  # a joiner before it is not part of the reason
            break
        reasons.append(_words(tokens, start, j - start + n))
        j += n
        more = j + 1 < len(tokens) and tokens[j].value in ("or", "and", "/", ",")
        if not (more and (_phrase(tokens, j + 1, REASONS) or tokens[j + 1].value in BODY_PLACES)):
            break
        j += 1
    return (j - i, [("instruction", "for " + " or ".join(reasons))]) if reasons else None


def read(tokens: list[Token], i: int) -> Reading | None:
    """The direction that starts at ``tokens[i]``, or None when it is not one (see module)."""
    token = tokens[i]
    value = token.value
    if token.kind in _CLOCKS:  # "2 AM 2 PM": counts (names.am_pm); "8 am", "21:00": a time
        return am_pm.counts(tokens, i) or (1, [("time", value)])
    if value in am_pm.HALVES and (half := am_pm.bare(tokens, i)) is not None:
        return half  # "50 mcg AM", "25 mg AM & PM": dose times, not a name
    if value in ("at", "@") and i + 1 < len(tokens) and tokens[i + 1].kind in _CLOCKS:
        return 2, [("time", tokens[i + 1].value)]
    if value in _INTERVAL and (timed := _timed(tokens, i + 1)) is not None:
        amount, unit, j = timed
        return j - i, [("frequency", f"every {_plural(amount, unit)}")]
    if value in _DURATION and (timed := _timed(tokens, i + 1)) is not None:
        amount, unit, j = timed
        return j - i, [("instruction", f"for {_plural(amount, unit)}")]
    if value in ("for", "prn") and (why := _reason(tokens, i + 1)) is not None:
        used, found = why
        prn = [("frequency", "as needed")] if value == "prn" else []
        return used + 1, prn + found
    if value in BODY_PLACES and (why := _reason(tokens, i, bare_place=False)) is not None:
        return why  # "ear infection", "(eye infection)", "nasal sinus infection": what for
    if value in ("on", "every", "each") and (days := _days(tokens, i + 1)) is not None:
        return days[0] + 1, days[1]
    if (days := _days(tokens, i)) is not None:
        return days
    if (n := _phrase(tokens, i, _LIMITS)) and (most := _limit(tokens, i + n)) is not None:
        return most[0] + n, most[1]
    if value in _WHEN and (timed := _timed(tokens, i + 1)) is not None:  # "in 2 hours"
        amount, unit, j = timed
        return j - i, [("instruction", f"{value} {_plural(amount, unit)}")]
    if value in ("started", "since") and i + 1 < len(tokens) and tokens[i + 1].kind == "num":
        return 2, [("instruction", f"{value} {tokens[i + 1].value}")]
    if (n := _phrase(tokens, i, _ONSET)) and (why := _reason(tokens, i + n)) is not None:
        return n + why[0], [("instruction", "at the onset of " + why[1][0][1].removeprefix("for "))]
    return (
        _offset(tokens, i)
        or sig_uk.read(tokens, i)
        or _counted(tokens, i)
        or sig_counts.read(tokens, i)
        or _taken(tokens, i)
        or _listed(tokens, i)
        or _liquid(tokens, i)
        or label.read(tokens, i)
        or descriptors.read(tokens, i)
    )


def _gap(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """``30 minutes``, ``1 hour``, ``half an hour`` right before ``before`` or ``after``: the
    gap in words and the index of that word; None otherwise."""
    if _words(tokens, i, 3) == "half an hour":
        gap, j = "30 minutes", i + 3
    elif (timed := _timed(tokens, i)) is not None:
        gap, j = _plural(timed[0], timed[1]), timed[2]
    else:
        return None
    return (gap, j) if _words(tokens, j, 1) in _SIDES else None


def _offset(tokens: list[Token], i: int) -> Reading | None:
    """How long before or after something a dose is taken, never a strength or a release
    (``1 hour`` is not a 1-hour release): ``30 minutes before breakfast`` (the gap; the meal is
    read after it), ``at least 30 minutes before``; ``1 hour before or 2 hours after meals``
    is on an empty stomach (as FDA labels define it), said in full."""
    least = _words(tokens, i, 2) == "at least"
    found = _gap(tokens, i + 2 * least)
    if found is None:
        return None
    gap, j = found
    gap = "at least " * least + gap
    other = _gap(tokens, j + 2) if _words(tokens, j + 1, 1) == "or" else None
    if other is not None and _words(tokens, other[1], 1) != _words(tokens, j, 1):
        k = other[1] + 1
        said = f"{gap} {_words(tokens, j, 1)} or {other[0]} {_words(tokens, other[1], 1)}"
        meal = _phrase(tokens, k, _MEALS)
        if not meal:
            return k - i, [("instruction", said)]
        said += " " + _words(tokens, k, meal)
        return k + meal - i, [("frequency", "on an empty stomach"), ("instruction", said)]
    if _phrase(tokens, j, _ALL_FREQUENCIES):  # "before breakfast": read as written after it
        return j - i, [("instruction", gap)]
    return j + 1 - i, [("instruction", f"{gap} {_words(tokens, j, 1)}")]


def _taken(tokens: list[Token], i: int) -> Reading | None:
    """``take one``, ``take 2 daily``: a verb and a bare number is how many doses."""
    amount, j = _amount(tokens, i + 1) if tokens[i].value in _VERBS else ("", i)
    unit = tokens[j].value if j < len(tokens) else ""
    if not amount or unit in _NOT_COUNTS or unit in COUNT_UNITS:  # "take 2 tsp": read as such
        return None
    return j - i, [("instruction", _plural(amount, "dose"))]


def _limit(tokens: list[Token], i: int) -> Reading | None:
    """After "max" or "not to exceed": ``3 doses``, ``3 g/day``, ``8 tablets a day``."""
    if (count := _counted(tokens, i)) is not None:
        return count[0], [  # how often stays as written: the most doses, the safer plan
            (kind, meaning if kind == "frequency" else f"at most {meaning}")
            for kind, meaning in count[1]
        ]
    if i < len(tokens) and tokens[i].kind == "num":
        most, j = strength(tokens, i)
        return j - i, [("instruction", f"at most {most}")]
    return None


def _liquid(tokens: list[Token], i: int) -> Reading | None:
    """``in 8 oz water``, ``with a glass of milk``: what to take it in or with."""
    if tokens[i].value not in ("in", "with", "into"):
        return None
    j = i + 1
    amount, k = _amount(tokens, j)
    if amount and k < len(tokens) and tokens[k].value in VOLUMES:
        j = k + 1
    while j < len(tokens) and tokens[j].value in ("a", "full", "of", *VOLUMES):
        j += 1
    if j < len(tokens) and tokens[j].value in LIQUIDS:
        return j + 1 - i, [("instruction", " ".join(t.value for t in tokens[i : j + 1]))]
    return None


def _highest(amount: str) -> float:
    """The largest number in an amount as written: ``1-2`` and ``1/2`` are 2, ``,1`` is 1
    (a comma typed before the count), ``1,000`` is 1000."""
    numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", amount)
    return max((float(n.replace(",", "")) for n in numbers), default=0.0)


def _counted(tokens: list[Token], i: int) -> Reading | None:
    """Directions that start with a number: ``2 tablets``, ``2 times a day``, ``30 minutes``."""
    amount, j = _amount(tokens, i)
    if not amount or j >= len(tokens):
        return None
    unit = tokens[j].value
    solid = COUNT_UNITS.get(unit) in _SOLIDS
    if solid and _highest(amount) > _MOST_SOLID:
        return None  # "Mag-Ox 400 tablet": the name's number; "100 tablets": a bottle
    if unit in COUNT_UNITS:
        counted = [("instruction", _plural(amount, COUNT_UNITS[unit]))]
        half = am_pm.half_day(tokens, j + 1)  # "2 caps AM 2 caps PM": two dose times
        return j + 1 - i + bool(half), [*counted, ("frequency", half)] if half else counted
    if unit in _TIMES and (n := _phrase(tokens, j + 1, _PER)) > 0:
        per = _PER[_words(tokens, j + 1, n)]
        often = _OFTEN.get(amount, f"{amount} times")
        return j + 1 + n - i, [("frequency", f"{often} a {per}")]
    if unit in TIME_UNITS and TIME_UNITS[unit] not in ("hour", "year"):
        # "7 days"; "24 HR" is a release; "4 yrs" with no "x" or "for" may be a child's age
        return j + 1 - i, [("instruction", _plural(amount, TIME_UNITS[unit]))]
    return None


def _and_time(tokens: list[Token], i: int) -> Reading:
    """``and evening`` after ``every morning``: the further times of day joined to it."""
    used, found = 0, []
    while i + used + 1 < len(tokens) and tokens[i + used].value in ("and", "&", ","):
        when = TIMES_OF_DAY.get(tokens[i + used + 1].value)
        if when is None:
            break
        found.append(("frequency", when))
        used += 2
    return used, found


def _listed(tokens: list[Token], i: int) -> Reading | None:
    """A direction from the tables: how often, or an instruction, longest phrase first."""
    n_often = _phrase(tokens, i, _ALL_FREQUENCIES)
    n_said = _phrase(tokens, i, INSTRUCTIONS)
    if n_often == 0 and n_said == 0:
        return None
    if n_often >= n_said:
        more, joined = _and_time(tokens, i + n_often)
        often = _ALL_FREQUENCIES[_words(tokens, i, n_often)]
        return n_often + more, [("frequency", often), *joined]
    said = INSTRUCTIONS[_words(tokens, i, n_said)]
    return n_said, [("instruction", said)] if said else []
