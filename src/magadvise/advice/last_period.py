"""A last menstrual period's date on a list's line (``LMP 1/6/26``): a pregnancy dated from it.

A medicine list carries a woman's LMP to date a pregnancy: its weeks are counted from the
first day of the last period, 280 days (40 weeks) to the due date (Naegele's rule), and
induction of labour is offered at 41-42 weeks (NICE NG207, Inducing labour, 2021, 1.2). An
LMP from 0 to 44 weeks before today (:func:`magadvise.clock.today`) is read as a pregnancy
(the 350 mg cap; a period only a few days ago caps it too: the safe side). A date written
``1/6/26`` may be day first (UK: 1 June) or month first (US: 6 January): either reading in the
window counts; a month in letters (``1 July 2026``, ``July 1, 2026``, ``1st July 2026``) has
one reading. An older date (``LMP 2015``: after the menopause) or one that cannot be read
counts nothing, and the line stays as it was read.
"""

from __future__ import annotations

import re
from datetime import date

_LMP = (
    r"(?i)\blmp\s*[:=-]?\s*(?:"
    r"(?P<a>\d{1,2})\s*[/.-]\s*(?P<b>\d{1,2})\s*[/.-]\s*(?P<y>\d{4}|\d{2})(?!\d)"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
    r"|(?P<td>\d{1,2})(?:st|nd|rd|th)?\s+(?P<tm>[a-z]{3,9})\.?,?\s+(?P<ty>\d{4})"
    r"|(?P<um>[a-z]{3,9})\.?\s+(?P<ud>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<uy>\d{4}))"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WINDOW_DAYS = 44 * 7
"""The longest a pregnancy dated from an LMP still runs, with a margin (see the module)."""


def last_period(line: str, today: date | None = None) -> str:
    """The ``LMP <date>`` written on ``line`` when the date falls within a pregnancy's length
    before ``today`` (see the module); empty when none does."""
    if "lmp" not in line.casefold():
        return ""
    from magadvise.clock import today as clock_today

    now = today or clock_today()
    for found in re.finditer(_LMP, line):
        if any(0 <= (now - day).days <= _WINDOW_DAYS for day in _dates(found)):
            return found[0].strip()
    return ""


def _dates(found: re.Match[str]) -> list[date]:
    """The days the date in ``found`` may be: ISO, or day first and month first."""
    if found["iy"]:
        ways = [(int(found["iy"]), int(found["im"]), int(found["id"]))]
    elif found["tm"] or found["um"]:  # "1 July 2026", "July 1, 2026", "1st July 2026"
        name = (found["tm"] or found["um"]).casefold()[:3]
        if name not in _MONTHS:
            return []
        day, year = (found["td"], found["ty"]) if found["tm"] else (found["ud"], found["uy"])
        ways = [(int(year), _MONTHS.index(name) + 1, int(day))]
    else:
        year = int(found["y"]) + (2000 if len(found["y"]) == 2 else 0)
        a, b = int(found["a"]), int(found["b"])
        ways = [(year, b, a), (year, a, b)]
    days = []
    for year, month, day in ways:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    return days
