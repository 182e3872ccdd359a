"""A plain list's line that gives the person's age or date of birth, read as a record's Patient.

``Age: 4``, ``age 4 years``, ``Age: 18 months`` and ``DOB 2021-03-01``, ``Date of birth:
01/03/2021``, ``born 2021-03-01`` are not medicines: they say who the list is for, and a child's
upper level for supplements depends on the age (IOM 1997). So they are read as a health
record's Patient birth date is (:mod:`magadvise.advice.record_facts`): the age they give is
used as ``--age`` (the younger when ``--age`` is also given), never as a medicine not assessed.

A date written with slashes (``01/03/2021``) is read both as month/day and day/month (US and
UK order) and the later date, the younger age, is used: the safer reading for a child. A date
that cannot be read is kept as a birth date not read, so the result says the age was not read.
"""

from __future__ import annotations

import re
from datetime import date

from magadvise.medlist import Entry

AGE = "age"  # Entry.fact of an age written on a list (Entry.name: whole years)
BIRTH = "birthDate"  # Entry.fact of a date of birth (Entry.name: YYYY-MM-DD), as a record's
_AGE = re.compile(
    r"(?i)\s*(?:patient'?s?\s+|child'?s?\s+)?age\s*[:=-]?\s*(\d{1,3}(?:\.\d)?)"
    r"\s*(years?|yrs?|y|months?|mos?|mo)?(?:\s*old)?\s*\.?"
)
_DOB = re.compile(r"(?i)\s*(?:dob|d\.o\.b\.?|date of birth|birth\s?date|born)\s*[:=-]?\s*(.+?)\s*")


def person_entry(text: str, file: str, line: int) -> Entry | None:
    """The Patient fact a list's line gives (an age, a birth date), or None for any other."""
    if (age := _AGE.fullmatch(text)) is not None:
        amount, unit = float(age[1]), (age[2] or "y").casefold()
        years = amount / 12 if unit.startswith("mo") else amount
        return Entry(str(int(years)), file, line, fact=AGE)
    if (dob := _DOB.fullmatch(text)) is not None:
        return Entry(_birth_date(dob[1]) or dob[1], file, line, fact=BIRTH)
    return None


def _birth_date(written: str) -> str | None:
    """``YYYY-MM-DD`` for a date written ISO-style or with slashes or dots (the later of its
    month-first and day-first readings), else None."""
    if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", written):
        return written  # a FHIR-style date, read by advice.record_facts.birth_age
    found = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", written)
    if found is None:
        return None
    first, second, year = (int(x) for x in found.groups())
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    return max(readings).isoformat() if readings else None
