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
_YEAR_UNITS = r"years?|yrs?|y"
_MONTH_UNITS = r"months?|mos?|mths?|m"
_WEEK_UNITS = r"weeks?|wks?|w|days?|d"
_SPAN = (
    rf"(?:(?P<part>\d{{1,2}})\s*/\s*(?P<of>12|52)|(?P<n>\d{{1,3}}(?:\.\d)?)\s*-?\s*"
    rf"(?P<u>y\.o\.?|y/o|yo|{_YEAR_UNITS}|{_MONTH_UNITS}|{_WEEK_UNITS})?"
    rf"(?:\s*,?\s*(?:and\s+)?\d{{1,2}}\s*"
    rf"(?:{_MONTH_UNITS}|{_WEEK_UNITS}))?)(?:\s*-?\s*old)?"
)
"""An age: ``4``, ``4 years``, ``18 mo``, ``2y 3m``, ``6 wk old``, ``7-year-old``, and the UK's
``18/12`` (months) and ``6/52`` (weeks) after an age word (``Age 18/12``; alone on its line
:mod:`.age_alone` keeps it)."""
_WEEKS_IS = re.compile(rf"(?i).*\bis\s.*\d\s*(?:{_WEEK_UNITS}|/\s*52)\s*\.?$")
"""``Pt is 28 weeks``, ``Pt is 28/52``: weeks without ``old`` after ``is`` may be a
pregnancy's: not read."""
_SEX = (
    r"(?:\s+(?:m|f|male|female|boy|girl|son|daughter|baby(?:\s+(?:boy|girl))?|infant|new[\s-]?born"
    r"|neonate|toddler))?"
)
"""Who, after the age (``4 yo boy``, ``6 week old baby``, ``2 year old toddler``)."""
_AGE = re.compile(
    rf"(?i)\s*(?:(?:(?:pt\.?|patient'?s?|child'?s?|corrected|adjusted)\s+)?age\s*[:=-]?|aged|"
    rf"(?:pt\.?|patient|child|son|daughter)\s+is)\s*{_SPAN}{_SEX}\s*\.?"
)
_BABY = (
    r"(?P<baby>(?:(?:my|our)\s+)?(?:(?:baby|new[\s-]?born|neonate|infant)(?:\s+(?:boy|girl|son|"
    r"daughter))?|toddler))"
)
"""A baby's or young child's word (``Baby``, ``Newborn``, ``Neonate``, ``Infant``, ``Toddler``,
``Baby boy``, ``My baby``) before an age: a figure with no unit after it is not read as years
(``Baby 6``: weeks, months? ``Baby 81``: a baby aspirin?), except after ``Toddler``."""
_WHO_AGE = re.compile(
    rf"(?i)\s*(?:(?:(?:my|our)\s+)?(?:step[\s-]?|grand)?(?:son|daughter)"
    rf"(?:\s*[:,-]?\s*[a-z][\w'.-]*)?|(?:patient|pt\.?|"
    rf"child)(?:'s)?(?:\s*name)?\s*[:=-]\s*[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*)?|"
    rf"(?:(?:my|our)\s+)?(?:little\s+)?(?:step[\s-]?|grand)?(?:child|boy|girl|kid)|nieces?|"
    rf"nephews?|twins?|triplets|"
    rf"{_BABY})\s*[:,-]?\s*\(?\s*{_SPAN}\s*\)?{_SEX}\s*\.?"
)
"""Who the age is, then the age: ``Son, 4``, ``son 4y``, ``My son 4``, ``Daughter Lily (4 yrs)``,
``Patient: Lily, 4``, ``Baby 6 weeks``, ``Newborn 10 days``, ``Baby boy (12 weeks)``: the word
says it is a person's age, not a course's length (weeks and days are 0 years: a baby)."""
_OLD = rf"y\.?o\.?|y/o|m/o|m\.o\.|(?:{_YEAR_UNITS}|{_MONTH_UNITS}|{_WEEK_UNITS})\s*-?\s*old"
_ALONE = re.compile(
    rf"(?i)\s*(?P<n>\d{{1,3}}(?:\.\d)?)\s*-?\s*(?:(?P<old>{_OLD})|(?P<u>{_MONTH_UNITS})|"
    rf"(?P<y>{_YEAR_UNITS})\s*,?\s*\d{{1,2}}\s*(?:{_MONTH_UNITS})){_SEX}\s*\.?"
)
"""An age alone on its line, with a unit that says it is one: ``7 yo``, ``7 y/o``, ``6 m/o`` (the
US's months old), ``6 wk old``,
``18 mo``, ``2y 3m`` (not ``6 weeks``, ``2y``: a course's length as well)."""
DATE = (
    r"\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
)
_DOB = re.compile(
    r"(?i)\s*(?:dob|d\.o\.b\.?|date of birth|birth\s?date|born|"
    rf"b(?:\.|\s|:)(?=\s*[:=-]?\s*(?:{DATE})))\s*[:=-]?\s*(.+?)\s*"
)
"""A date of birth; ``b.`` only before a date (``b. 2021-03-01``, not ``B12 1000 mcg``)."""
_NUMBER_WORD = (
    r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety"
)
_UNITS = r"y\.?o\.?|y/o|years?|yrs?|y|months?|mos?|m|weeks?|wks?|days?"
_SAID = re.compile(
    r"(?i)\s*(?:(?:(?:pt\.?|patient'?s?|child'?s?)\s+)?age\s*[:=]\s*\S|aged\s+\S|"
    rf"age\s+(?:{_NUMBER_WORD})\w*\b|"
    rf"(?:pt\.?|patient|child)\s+is\s+(?:{_NUMBER_WORD})[\w/.-]*(?:\s+and\s+a\s+half|\s+1/2)?"
    rf"\s*(?:(?:{_UNITS})\.?(?:\s*-?\s*old)?)?\s*$|"
    rf"(?:{_NUMBER_WORD})\S{{0,10}}(?:\s+\S{{1,6}})?\s*-?\s*(?:y\.?o\.?|y/o|(?:years?|yrs?|"
    r"months?|mos?|weeks?|wks?|days?)\s*-?\s*old)\b)"
)
"""A line that says it gives an age (``Age: four``, ``Age four``, ``aged seven``, ``Pt is six``,
``7 1/2 yo``): read, or kept as a birth date not read, which withholds the dose until ``--age``
is given (advice.record_facts)."""


def person_entry(text: str, file: str, line: int | None) -> Entry | None:
    """The Patient fact a list's line gives (an age, a birth date), or None for any other.

    A date of birth or an age that cannot be read is kept as a birth date not read
    (``Entry.name`` as written), never as a medicine not assessed: a child's dose depends on it.
    """
    if (inner := re.fullmatch(r"\s*[\[(]\s*([^()\[\]]+?)\s*[\])]\s*", text)) is not None:
        text = inner[1]  # "[Pt is 45]", "(Age 4)": the whole line in brackets
    plain = re.sub(r"\s*\([^()]*\)\s*$", "", text)  # "Age: 4 (son)"
    age = _AGE.fullmatch(plain) or _ALONE.fullmatch(plain) or _WHO_AGE.fullmatch(text)
    if age is not None and not _WEEKS_IS.match(plain):  # "Pt is 28 weeks": a pregnancy?
        if _bare_after_baby(age):  # "Baby 6", "Infant 2": weeks, months or years?
            return Entry(text, file, line, fact=BIRTH)
        return Entry(str(_years(age)), file, line, fact=AGE)
    if (dob := _DOB.fullmatch(plain)) is not None:  # "DOB 01/02/1950 digoxin": its first word
        first = re.match(r"[^\s,;]+(?=[\s,;]|$)", dob[1])
        read = _birth_date(dob[1]) or (_birth_date(first[0]) if first else None)
        return Entry(read or dob[1], file, line, fact=BIRTH)
    if _SAID.match(plain):
        return Entry(text, file, line, fact=BIRTH)
    header = re.search(_DOB_INSIDE, text)  # "Name: Lily S.  DOB 03/14/2021"
    inside = header or re.search(_AGE_INSIDE, text)  # "Lily, age 4, brought in by Gran"
    if inside is not None:
        from magadvise.medlist.other_person import OTHER, names_someone_else

        if names_someone_else(text):  # "Completed by mother, age 34": whose, not told
            from magadvise.medlist.own_age import own_age  # "Lily, age 4, lives with mum"

            return own_age(text, file, line) or Entry(text, file, line, fact=OTHER)
        if header is None:
            return Entry(inside[1], file, line, fact=AGE)
        return Entry(_birth_date(header[1]) or header[1], file, line, fact=BIRTH)
    if re.fullmatch(_SHORT_SPAN, plain):  # "4 years", "18/12": an age or a course's length
        from magadvise.medlist.age_alone import alone_entry

        return alone_entry(plain, file, line)
    return None


_SHORT_SPAN = r"(?i)\s*\d{1,3}(?:\.\d)?\s*(?:-?\s*[a-z]{1,5}\.?|/\s*\d{1,2})\s*"
"""A number and a short word or ``/NN`` alone (``4 yrs``, ``18/12``), read by :mod:`.age_alone`
(loaded only for such a line)."""


_AGE_INSIDE = (
    r"(?i)(?<!since )(?<!from )(?<!at )(?<!until )(?<!before )(?<!after )(?<!by )"
    r"\bage\s*[:=-]?\s*(\d{1,3})\s*(?:y|yrs?|years?|yo|y/o)?\b"
    r"(?!\s*(?:(?:m|mo|mos|mths?|months?|w|wks?|weeks?|d|days?)\b|/|\.\d))"
)
"""An age inside a longer line (``Lily, age 4, lives with Gran``, ``Jack age 12 doxycycline``),
in years only (not ``age 4 m``, ``age 6 wks``), and not an age in the past (``Epilepsy since
age 4``, ``asthma from age 2``)."""
_DOB_INSIDE = rf"(?i)\b(?:dob|d\.o\.b\.?|date of birth)\s*[:=-]?\s*({DATE})"
"""A date of birth inside a longer line, a header's (``MRN 12345 DOB 3/14/21``): read, or kept
as a birth date not read."""


def _bare_after_baby(found: re.Match[str]) -> bool:
    """True for a figure with no unit after a baby's word (``Baby 6``, ``Newborn 2``): not read
    as years (a baby's age is written in weeks or months), kept as an age not read."""
    groups = found.groupdict()
    baby = groups.get("baby")
    if not baby or baby.casefold().endswith("toddler") or groups.get("part"):
        return False
    return not groups.get("u") and not re.search(r"(?i)old\s*\.?\s*$", found[0])


def _years(found: re.Match[str]) -> int:
    """Whole years of an age read by ``_AGE`` or ``_ALONE`` (no unit: years)."""
    groups = found.groupdict()
    if groups.get("part"):  # "Age 18/12": months; "aged 6/52": weeks
        return int(found["part"]) // 12 if found["of"] == "12" else 0
    unit = (groups.get("u") or groups.get("old") or groups.get("y") or "y").casefold()
    amount = float(found["n"])
    if unit.startswith(("w", "d")):
        return 0
    return int(amount / 12 if unit.startswith("m") else amount)


def _birth_date(written: str) -> str | None:
    """``YYYY-MM-DD`` for a date written ISO-style or with slashes or dots (the later of its
    month-first and day-first readings), else None."""
    if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", written):
        return written  # a FHIR-style date, read by advice.record_facts.birth_age
    if (iso := re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", written)) is not None:
        try:
            return date(*(int(x) for x in iso.groups())).isoformat()
        except ValueError:
            return None
    if (named := _named_month(written)) is not None:
        return named
    found = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", written)
    if found is None:
        return None
    first, second, year = (int(x) for x in found.groups())
    if len(found[3]) == 2:  # "3/1/21": this century unless that is in the future
        year += 2000 if 2000 + year <= date.today().year else 1900
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    return max(readings).isoformat() if readings else None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _named_month(written: str) -> str | None:
    """``March 1, 2021`` or ``1 March 2021`` (any month name or its first three letters) as
    ``YYYY-MM-DD``, else None."""
    found = re.fullmatch(
        r"(?i)(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)"
        r"\s+(\d{4})",
        written,
    )
    if found is None:
        return None
    day, month = (found[1], found[2]) if found[1] else (found[4], found[3])
    number = next((i for i, m in enumerate(_MONTHS, 1) if month.casefold().startswith(m)), 0)
    try:
        return date(int(found[5]), number, int(day)).isoformat() if number else None
    except ValueError:
        return None
