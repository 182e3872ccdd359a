"""Directions as UK, Australian and New Zealand prescriptions and labels write them.

- ``12 hourly``, ``12-hourly``, ``12hrly``, ``8 hly``, ``twelve hourly``, ``4-6 hourly``: every
  so many hours (as the BNF and AMH write "every 12 hours" on a chart), read into the same
  plain words as ``every 12 hours`` (``every 12 hours``), so a magnesium product taken 12-hourly
  is counted twice a day, never once;
- ``3x/day``, ``2 x/d``: so many times a day;
- a measured spoon (UK medicine labels give liquid doses in 5 mL spoonfuls): ``2 x 5ml
  spoonfuls``, ``2 5ml spoonfuls``, ``5ml spoon x2``, ``one 5 mL spoonful`` are the total volume
  (``10 mL``), counted against the product's dose volume; a spoonful with no volume written
  (``2 spoonfuls``) is read as ``2 spoonfuls``, whose volume is not known (a dose is withheld
  for a magnesium product, see :func:`magadvise.advice.typed_count.unmeasured`);
- a count before how often, as GP systems print a repeat (``- One To Be Taken Each Day``,
  ``capsules one daily``, ``- TWO to be taken FOUR times a day``, ``tablets one at night``):
  that many doses. Read only when how often follows, and never at the start of a line (``One
  A Day`` is a multivitamin).

:func:`read` answers at one token, as :func:`magadvise.names.sig.read` does; None when no such
direction starts there.
"""

from __future__ import annotations

import re

from magadvise.names import instructions
from magadvise.names.lex import Token, number_word
from magadvise.names.sig_tokens import amount_at, plural
from magadvise.names.sig_words import FREQUENCIES

HOURLY = frozenset({"hourly", "hrly", "hly"})
"""A word after a number that says "every so many hours" (``12 hrs`` is read as a span)."""
_MORE_NUMBERS = {"twelve": "12", "six": "6", "eight": "8", "four": "4", "twenty-four": "24"}
SPOONS = frozenset({"spoon", "spoons", "spoonful", "spoonfuls", "spoonsful"})
_ML = frozenset({"ml", "mls"})
_TIMES = frozenset({"x", "times", "\u00d7"})
_X_COUNT = re.compile(r"^x(\d{1,2})$")  # "x2": the lexer keeps it one word
_DAY = frozenset({"day", "d", "24h"})
_OFTEN = {"1": "once", "2": "twice", "3": "three times", "4": "four times"}

Reading = tuple[int, list[tuple[str, str]]]


def read(tokens: list[Token], i: int) -> Reading | None:
    """A UK-style direction at ``tokens[i]`` (see the module), or None."""
    return (
        _hourly(tokens, i)
        or _per_day(tokens, i)
        or _spoons(tokens, i)
        or _repeat(tokens, i)
        or _same_day(tokens, i)
    )


def _number(tokens: list[Token], i: int) -> tuple[str, int]:
    """A number, range or number word at ``i`` (``12``, ``4-6``, ``twelve``); ("", i)."""
    if i < len(tokens) and tokens[i].value in _MORE_NUMBERS:
        return _MORE_NUMBERS[tokens[i].value], i + 1
    return amount_at(tokens, i)


def _hourly(tokens: list[Token], i: int) -> Reading | None:
    """``12 hourly``, ``12-hourly``, ``12hrly``, ``4-6 hourly``: every so many hours."""
    amount, j = _number(tokens, i)
    if not amount or "/" in amount:
        return None
    if j < len(tokens) and tokens[j].value == "-":
        j += 1
    if j >= len(tokens) or tokens[j].value not in HOURLY:
        return None
    return j + 1 - i, [("frequency", f"every {plural(amount, 'hour')}")]


def _per_day(tokens: list[Token], i: int) -> Reading | None:
    """``3x/day``, ``3 x / d``, ``2 times/day``: so many times a day."""
    amount, j = _number(tokens, i)
    if not amount or "/" in amount or j + 2 >= len(tokens):
        return None
    if tokens[j].value in _TIMES and tokens[j + 1].value == "/" and tokens[j + 2].value in _DAY:
        return j + 3 - i, [("frequency", f"{_OFTEN.get(amount, amount + ' times')} a day")]
    return None


def _spoons(tokens: list[Token], i: int) -> Reading | None:
    """A count of measured spoons (see the module): the total volume, or ``N spoonfuls``."""
    volume, k = _volume(tokens, i)  # "5ml spoon x2", "5ml spoonful"
    count = ""
    if volume is None:  # "2 x 5ml spoonfuls", "2 5ml spoonfuls", "2 spoonfuls"
        count, j = _number(tokens, i)
        if not count:
            return None
        count = count.split("-")[-1]  # "1-2 5ml spoonfuls": the high end, the safer count
        j += j < len(tokens) and tokens[j].value in _TIMES
        volume, k = _volume(tokens, j)
    if k >= len(tokens) or tokens[k].value not in SPOONS:
        return None
    k += 1
    if not count:
        count, k = _count_after(tokens, k)
    if volume is None:
        return k - i, [("instruction", plural(count, "spoonful"))]
    total = _value(count or "1") * volume
    return k - i, [("instruction", f"{total:g} mL")]


_TO_BE = frozenset({"taken", "used", "inhaled", "applied", "given", "chewed", "dissolved"})
_AFTER = frozenset({"-", ",", ":", "\u2013"})
_OFTEN_NEXT = frozenset({"each", "every", "twice", "three", "four", "once", "when", "up", "at"})


def _repeat(tokens: list[Token], i: int) -> Reading | None:
    """``- one to be taken each day``, ``capsules one daily``: a count before how often."""
    said = number_word(tokens[i])
    if said is None or not i or not _after_name(tokens[i - 1]):
        return None
    j = i + 1
    more = number_word(tokens[j + 1]) if j + 1 < len(tokens) else None
    if more is not None and tokens[j].value in ("or", "-", "to"):  # "one or two": the most
        said, j = more, j + 2
    if j + 2 < len(tokens) and (tokens[j].value, tokens[j + 1].value) == ("to", "be"):
        if tokens[j + 2].value not in _TO_BE:
            return None
        j += 3
    elif tokens[i].kind == "num":  # "capsules 1 daily": read as the other counts are
        return None
    if j >= len(tokens) or not _often_at(tokens, j):
        return None
    return j - i, [("instruction", plural(said, "dose"))]


def _same_day(tokens: list[Token], i: int) -> Reading | None:
    """``on the same day`` (each week) of a weekly tablet: an instruction, not a name."""
    words = [t.value for t in tokens[i : i + 6]]
    if words[:4] != ["on", "the", "same", "day"]:
        return None
    used = 4 + (words[4:6] in (["each", "week"], ["every", "week"]))
    return used, [("instruction", "on the same day each week")]


def _after_name(token: Token) -> bool:
    """What may stand before the count: a dash or comma, a dose form (``tablets``), a count's
    unit, a brand's number (``Mag-Ox 400 one daily``) or a name's word (``Slow-Mag one twice
    daily``); never the start of the text (``One A Day``)."""
    return token.kind in ("num", "word") or token.value in _AFTER


def _often_at(tokens: list[Token], j: int) -> bool:
    """Whether how often is written from ``tokens[j]`` (``daily``, ``each day``, ``at night``)."""
    if tokens[j].value in _OFTEN_NEXT:
        return True
    words = " ".join(t.value for t in tokens[j : j + 3])
    every = (*instructions.FREQUENCIES, *FREQUENCIES)
    return any(words == w or words.startswith(w + " ") for w in every)


def _volume(tokens: list[Token], j: int) -> tuple[float | None, int]:
    """``5 ml`` at ``j``: (5.0, index after), or (None, j)."""
    if j + 1 < len(tokens) and tokens[j].kind == "num" and tokens[j + 1].value in _ML:
        return _value(tokens[j].value), j + 2
    return None, j


def _count_after(tokens: list[Token], k: int) -> tuple[str, int]:
    """``x2``, ``x 2``, ``times 2`` after a spoon: the count, else ("", k)."""
    if k < len(tokens) and (found := _X_COUNT.match(tokens[k].value)):
        return found[1], k + 1
    if k + 1 < len(tokens) and tokens[k].value in _TIMES:
        said = number_word(tokens[k + 1])
        if said is not None:
            return said, k + 2
    return "", k


def _value(text: str) -> float:
    """``2``, ``0.5``, ``1/2`` as a number (a zero below the line reads as the top)."""
    top, _, bottom = text.partition("/")
    return float(top) / float(bottom) if bottom and float(bottom) else float(top)
