"""Pregnancy shorthand a list's line may be wholly written in: a due date with no ``date`` word
(``Due: 10/04/2027``, ``due 10/4/27``, ``Due 10 April 2027``, ``Due in April``), weeks and days
of a gestation (``28+3``, ``28w3d``), and weeks said of the writer (``I'm 28 weeks``, ``Currently
28 weeks``).

Each is read only as the whole line (a medicine's ``refill due 3/1/27`` or a ``Due`` beside a
medicine is its next dose, :mod:`magadvise.advice.not_pregnancy`), weeks 4 to 42
(:data:`magadvise.advice.condition_lead.WEEKS`). ``28+3`` is how UK maternity notes write a
gestation (28 weeks and 3 days); ``28w3d`` the same in US notes. ``28 wks`` alone may be a baby's
age and is not read here. A due date alone may, on a repeat-prescription slip, be a review's
date: read as a pregnancy it caps the dose at 350 mg, the safe side of the two readings.
"""

from __future__ import annotations

import re

from magadvise.advice.condition_lead import WEEKS

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
"""A month written in letters (``April``, ``Apr``, ``Sept.``)."""
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
_WHEN = (
    rf"(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{2,4}}|{_ORDINAL}\s+{MONTH},?(?:\s+\d{{2,4}})?"
    rf"|{MONTH}\s+{_ORDINAL},?(?:\s+\d{{4}})?|in\s+{MONTH}(?:\s+\d{{4}})?|{MONTH}(?:\s+\d{{4}})?)"
)
_DUE = rf"(?i)\s*(?:baby\s+)?due\s*[:=-]?\s*{_WHEN}\s*"
_WEEKS_DAYS = r"(?i)\s*(?:ga\s*[:=]?\s*)?(?P<weeks>\d{1,2})\s*(?:\+\s*[0-6]|w\s*[0-6]\s*d)\s*"
_SAID_WEEKS = (
    r"(?i)\s*(?:i'?m|i\s+am|currently|now|she'?s|she\s+is)\s+(?P<weeks>\d{1,2})\s*"
    r"(?:weeks?|wks?)(?:\s+(?:along|gestation|today|now))?\s*"
)


def pregnancy_shorthand(line: str) -> str:
    """The pregnancy shorthand ``line`` is wholly written in (see the module), as written;
    empty for any other line."""
    text = line.strip().rstrip(".")
    if re.fullmatch(_DUE, text):
        return text
    for pattern in (_WEEKS_DAYS, _SAID_WEEKS):
        found = re.fullmatch(pattern, text)
        if found and int(found["weeks"]) in WEEKS:
            return text
    return ""
