"""Dose counts written as numbers and signs, as charts and prescriptions across Europe write them.

- ``N/24`` (UK and Irish chart shorthand, as ``7/7`` is seven days): every N hours, so
  ``12/24`` is twice a day and ``4/24`` six times;
- ``1-0-1``, ``1-1-1``, ``2-0-2``, ``0-0-1``, ``1-1-1-1`` (the morning-noon-evening(-night)
  prescription of continental Europe, India and the Middle East): so many units at each time
  of day, each counted at its time (``every morning``, ``at midday``, ``every evening``,
  ``at bedtime``), so a dose time written as 0 is no dose;
- ``1+1``, ``1+1+1``: one unit at each of two (morning, evening) or three times;
- ``x 3``, ``x3``, ``4x``, ``1 tab x 3``: so many times a day (``x 7 days`` is a course, read
  by :mod:`magadvise.names.sig`); but right before how often (``x2 bd``, ``2x tds``, ``x 2
  twice a day``, the UK and Australian prescription shorthand) it is so many units a dose, so
  ``x2 bd`` is two units twice a day, never one (the reading with more magnesium);
  ``2 x 1``, ``1 x 3``: a count and times a day, read as the
  larger number of times (more dose times to keep other medicines apart from) of the smaller
  count: the product, the units a day, is the same either way;
- ``/12h``: every 12 hours.

Only small whole numbers are read as counts (a unit at most :data:`MOST_SLOT` a dose time,
at most :data:`MOST_TIMES` times a day); anything else is left to the other readers, and a
number nobody reads on a magnesium product's line makes its amount not known
(:mod:`magadvise.advice.unread`). :func:`read` answers at one token, as
:func:`magadvise.names.sig.read` does.
"""

from __future__ import annotations

import re

from magadvise.names import instructions
from magadvise.names.forms import UNITS
from magadvise.names.lex import Token
from magadvise.names.sig_tokens import plural, table_phrase
from magadvise.names.sig_words import FREQUENCIES, TIME_UNITS

Reading = tuple[int, list[tuple[str, str]]]

MOST_SLOT = 9  # "1-0-1": more than this at one time of day is not a count
MOST_TIMES = 6  # "x 3": more than this a day is not a count of times
SLOT_TIMES = {  # the times of day of each place in "1-0-1" and "1+1"
    2: ("every morning", "every evening"),
    3: ("every morning", "at midday", "every evening"),
    4: ("every morning", "at midday", "every evening", "at bedtime"),
}
_MEASURES = frozenset({"mg", "mcg", "g", "mL", "L", "mEq", "mmol", "units", "%", "m2", "kg"})
_X = frozenset({"x", "\u00d7"})
_X_WORD = re.compile(r"^[x\u00d7](\d{1,2})$")  # "x3": the lexer keeps it one word
_HOW_OFTEN = {**instructions.FREQUENCIES, **FREQUENCIES}
_OFTEN = {1: "once a day", 2: "twice a day", 3: "three times a day", 4: "four times a day"}


def read(tokens: list[Token], i: int) -> Reading | None:
    """A count written with numbers and signs at ``tokens[i]`` (see the module), or None."""
    return (
        _per_24(tokens, i)
        or _slots(tokens, i, "-", (3, 4))
        or _slots(tokens, i, "+", (2, 3))
        or _by(tokens, i)
        or _x_times(tokens, i)
        or _every(tokens, i)
    )


def often(times: int) -> str:
    """``twice a day`` for 2, ``6 times a day`` for 6: the frequency words the counters read."""
    return _OFTEN.get(times, f"{times} times a day")


def _small(token: Token, most: int) -> int | None:
    """The whole number ``token`` is when it is at most ``most``, else None."""
    if token.kind == "num" and token.value.isdigit() and int(token.value) <= most:
        return int(token.value)
    return None


def _unit_after(tokens: list[Token], j: int) -> bool:
    """True when a unit, a sign or another number follows at ``j`` (``2 x 500 mg``, ``1/2``):
    the numbers before it are a strength or a fraction, not a count."""
    if j >= len(tokens):
        return False
    after = tokens[j]
    measured = UNITS.get(after.value) in _MEASURES
    return after.kind == "num" or after.value in ("/", "-", ".") or measured


def _per_24(tokens: list[Token], i: int) -> Reading | None:
    """``12/24``: every 12 hours."""
    if i + 2 >= len(tokens) or tokens[i + 1].value != "/" or tokens[i + 2].value != "24":
        return None
    hours = _small(tokens[i], 24)
    if not hours or (i and tokens[i - 1].value in ("/", "-")) or _unit_after(tokens, i + 3):
        return None
    return 3, [("frequency", f"every {hours} hour{'s' * (hours > 1)}")]


def _slots(tokens: list[Token], i: int, sign: str, sizes: tuple[int, ...]) -> Reading | None:
    """``1-0-1`` (sign ``-``) or ``1+1`` (sign ``+``): units at each time of day."""
    if i and tokens[i - 1].value in ("-", "+", "/", "."):
        return None
    counts: list[int] = []
    j = i
    while j < len(tokens) and (n := _small(tokens[j], MOST_SLOT)) is not None:
        counts.append(n)
        if j + 2 < len(tokens) and tokens[j + 1].value == sign and tokens[j + 2].kind == "num":
            j += 2
            continue
        j += 1
        break
    if len(counts) not in sizes or not any(counts) or _unit_after(tokens, j):
        return None
    found: list[tuple[str, str]] = []
    for count, when in zip(counts, SLOT_TIMES[len(counts)], strict=True):
        found += [("instruction", plural(str(count), "dose")), ("frequency", when)] if count else []
    return j - i, found


def _by(tokens: list[Token], i: int) -> Reading | None:
    """``2 x 1``, ``1 x 3``, ``1x3``: a count by times a day (see the module)."""
    first = _small(tokens[i], MOST_TIMES)
    if first is None or i + 1 >= len(tokens):
        return None
    word = _X_WORD.match(tokens[i + 1].value) if tokens[i + 1].kind == "word" else None
    if word is not None:
        second, j = int(word[1]), i + 2
    elif tokens[i + 1].value in _X and i + 2 < len(tokens):
        second, j = _small(tokens[i + 2], MOST_TIMES) or 0, i + 3
    else:
        return None
    if not first or not second or second > MOST_TIMES or _after_is_time(tokens, j):
        return None
    if _unit_after(tokens, j):
        return None
    each = plural(str(min(first, second)), "dose")
    return j - i, [("instruction", each), ("frequency", often(max(first, second)))]


def _x_times(tokens: list[Token], i: int) -> Reading | None:
    """``x 3``, ``x3`` (after a count or a name) and ``4x``: so many times a day."""
    token = tokens[i]
    word = _X_WORD.match(token.value) if token.kind == "word" else None
    if word is not None:
        times, j = int(word[1]), i + 1
    elif token.value in _X and i + 1 < len(tokens) and tokens[i + 1].kind == "num":
        times, j = _small(tokens[i + 1], MOST_TIMES) or 0, i + 2
    elif token.kind == "num" and i + 1 < len(tokens) and tokens[i + 1].value in _X:
        times, j = _small(token, MOST_TIMES) or 0, i + 2
        if j < len(tokens) and tokens[j].kind == "num":
            return None  # "2 x 1": read by _by; "2 x 500 mg": a strength
    else:
        return None
    if not 0 < times <= MOST_TIMES or _after_is_time(tokens, j) or _unit_after(tokens, j):
        return None
    if often_at(tokens, j):  # "x2 bd": two units a dose, twice a day
        return j - i, [("instruction", plural(str(times), "dose"))]
    return j - i, [("frequency", often(times))]


def often_at(tokens: list[Token], j: int) -> bool:
    """True when how often follows at ``j`` (``bd``, ``daily``, ``twice a day``, ``3 times a
    day``, ``every 12 hours``): an ``x2`` before it counts units a dose, not times a day."""
    if j >= len(tokens):
        return False
    if table_phrase(tokens, j, _HOW_OFTEN):
        return True
    after = tokens[j + 1].value if j + 1 < len(tokens) else ""
    counted = tokens[j].kind == "num" and after in ("times", "x")
    return tokens[j].value in ("every", "q") or counted


def _after_is_time(tokens: list[Token], j: int) -> bool:
    """True when a unit of time follows (``x 7 days``): a course's length, not a count."""
    return j < len(tokens) and tokens[j].value in TIME_UNITS


def _every(tokens: list[Token], i: int) -> Reading | None:
    """``/12h``, ``/ 8 hrs``: every so many hours."""
    if tokens[i].value != "/" or i + 2 >= len(tokens):
        return None
    hours = _small(tokens[i + 1], 24)
    if not hours or TIME_UNITS.get(tokens[i + 2].value) != "hour":
        return None
    return 3, [("frequency", f"every {hours} hour{'s' * (hours > 1)}")]
