"""Counts written before AM and PM: ``2 caps AM 2 caps PM``, and ``2 AM 2 PM`` with no unit.

``2 AM 2 PM`` on a typed list or a pharmacy label is two tablets in the morning and two in the
evening; the same letters after an hour are clock times (``8 AM 8 PM``). With no colon, no
``at`` and no unit, the text cannot say which. Our judgement, for the upper level's sake (an
under-count is the harmful error): when one number of 1 to 4 comes before AM and another before
PM (in either order, with or without ``and`` or a comma between), they are read as counts, the
higher daily count (N + M doses a day, never fewer than the clock reading's 2), at the morning
and evening dose times, and the reading says so. 1 to 4 is a usual count of tablets at one time,
and 1-4 am are hours at which doses are seldom given. Any other hour (``8 AM 8 PM``, ``12 pm``),
or a time with minutes (``2:00 AM``) or after ``at``, is a clock time and is shown as one
(``at 08:00, 20:00``).
"""

from __future__ import annotations

from magadvise.names.lex import Token

MORNING, EVENING = "every morning", "every evening"
_MOST = 4  # the highest count read before AM or PM
_JOINS = frozenset({",", "and", "&", "/"})


def half_day(tokens: list[Token], i: int) -> str:
    """``am`` right after a count (``2 caps AM``), or ``pm`` when an ``am`` is also written (so
    ``Advil 2 caps PM`` keeps its name): the morning or evening dose time; "" when neither."""
    value = tokens[i].value if i < len(tokens) else ""
    if value == "am" or (value == "pm" and any(t.value == "am" for t in tokens[:i])):
        return MORNING if value == "am" else EVENING
    return ""


def _count(tokens: list[Token], i: int) -> tuple[int, bool] | None:
    """(count, after noon) of an hour without minutes of 1 to 4 at ``i`` (``2 PM``: 2, True)."""
    if i >= len(tokens) or tokens[i].kind != "hour":
        return None
    hour = int(tokens[i].value[:2])
    count = hour % 12 or 12
    return (count, hour >= 12) if count <= _MOST else None


def counts(tokens: list[Token], i: int) -> tuple[int, list[tuple[str, str]]] | None:
    """``2 AM 2 PM`` at ``i`` read as counts (see the module): tokens used and the (kind,
    meaning) pairs (``2 doses`` every morning, ``2 doses`` every evening, and how it was read);
    None when the text is not such a pair."""
    first = _count(tokens, i)
    j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].value in _JOINS)
    second = _count(tokens, j)
    if first is None or second is None or first[1] == second[1]:
        return None
    (morning, _), (evening, _) = sorted((first, second), key=lambda c: c[1])
    clocks = " and ".join(sorted(t.value for t in (tokens[i], tokens[j])))
    note = (
        f"{morning} in the morning and {evening} in the evening "
        f"({morning + evening} a day), not as the clock times {clocks}"
    )
    return j + 1 - i, [
        ("instruction", _doses(morning)),
        ("frequency", MORNING),
        ("instruction", _doses(evening)),
        ("frequency", EVENING),
        ("instruction", note),
    ]


def _doses(count: int) -> str:
    return "1 dose" if count == 1 else f"{count} doses"


HALVES = {"am": MORNING, "pm": EVENING}


def bare(tokens: list[Token], i: int) -> tuple[int, list[tuple[str, str]]] | None:
    """``AM``, ``AM & PM``, ``AM/PM`` right after a strength, a count or how often (``50 mcg
    AM``, ``25 mg AM & PM``, ``bid AM/PM``): the morning and evening dose times, with the tokens
    used; None elsewhere. A ``PM`` is read only after an ``AM``, so a brand's (``Advil PM``,
    ``Advil 2 caps PM``) stays part of its name."""
    from magadvise.names import forms, instructions
    from magadvise.names.sig_words import COUNT_UNITS, FREQUENCIES

    if i == 0 or i >= len(tokens) or tokens[i].value not in HALVES:
        return None
    if tokens[i].value == "pm" and not any(t.value == "am" for t in tokens[:i]):
        return None  # "Advil 2 caps PM": a PM with no AM may be the brand's (see half_day)
    before = tokens[i - 1]
    after_dose = (
        before.kind == "num"
        or before.value in forms.UNITS
        or before.value in COUNT_UNITS
        or before.value in FREQUENCIES
        or before.value in instructions.FREQUENCIES
        or (before.value in _JOINS and i >= 2 and tokens[i - 2].value in HALVES)  # "AM & PM"
    )
    if not after_dose:
        return None
    found = [("frequency", HALVES[tokens[i].value])]
    j = i + 1
    joined = j + 1 < len(tokens) and tokens[j].value in _JOINS
    other = tokens[j + 1].value if joined else ""
    if other in HALVES and other != tokens[i].value:
        found.append(("frequency", HALVES[other]))
        j += 2
    return j - i, found
