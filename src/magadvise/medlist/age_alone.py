"""A span of time alone on a list's line (``4y``, ``4 yrs``, ``6 weeks``, ``18/12``, ``6/52``).

A parent writes a child's age this way (``18/12`` and ``6/52`` are the UK shorthand for 18
months and 6 weeks), but a list's line of the same form is as often how long a medicine is taken
(``4 years`` of a bisphosphonate, ``6/52`` of antibiotics, under the medicine's line), and
``32/52`` may be weeks of a pregnancy. Read as neither, the line was a medicine not assessed and
the adult dose was shown for what may be a child's list. So it is kept as an age not told apart
(``Entry.fact`` :data:`UNCLEAR`, ``Entry.name`` as written): without ``--age`` it withholds the
dose (exit 4, ``age-not-read``, :mod:`magadvise.advice.record_gate`) with a reason that names the
line and asks for the age; with ``--age`` it is shown as not read. Beside another of the
person's facts on the same line (``4 yrs, 16 kg``, :mod:`.line_facts`) it is the age
(:func:`as_age`). With an age word (``Age 18/12``, ``aged 6/52``) :mod:`.person_line` reads it.

The UK's days (``3/7``, up to ``6/7``) alone on a line are kept so too: a newborn's age is
written so, as is a course's length under its medicine (our judgement: the dose waits for the
age). ``5 days`` is a course's length: not read here. Beside a medicine, in brackets
(``amoxicillin 250 mg tds (4 yrs)``, ``omeprazole 10 mg od (18/12)``: :mod:`.line_facts`), years,
weeks and months are kept so, days (``(5/7)``) are not: a course's length.
"""

from __future__ import annotations

import re

from magadvise.medlist import Entry

UNCLEAR = "ageUnclear"
"""``Entry.fact`` of a span alone on its line: the person's age or a course's length."""
_SPAN = (
    r"(?:(?P<n>\d{1,3}(?:\.\d)?)\s*-?\s*(?P<u>years?|yrs?|y|weeks?|wks?|w)\.?|"
    r"(?P<part>\d{1,2})\s*/\s*(?P<of>12|52|7))"
)
_ALONE = re.compile(rf"(?i)\s*{_SPAN}\s*")
_END = re.compile(rf"(?i)[\s(\[:,-]\s*{_SPAN}\s*[)\]]?\s*$")
"""The span at the end of a medicine's line (``amoxicillin 250 mg tds (4 yrs)``, ``Lily 4y``)."""
_AFTER_NAME = re.compile(
    rf"\s*(?:(?i:pt|patient|name)\s*[:=-]\s*)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s*"
    rf"(?:[:,(\[]|\s[-\u2013])?\s*{_SPAN}\s*[)\]]?\s*(?:[,;]|\s[-\u2013])"
)
"""The span after a name at the start of a longer line (``Tom, 4 years, NKDA``, ``Lily (4
yrs), NKDA``): the person's age, or a course's length after a brand (``Fosamax, 5 yrs, ...``)."""
_MOST = {"12": 23, "52": 52, "7": 6}
"""The most of ``N/12`` (months: 23, as older children's ages are written in years) and
``N/52`` (weeks) and ``N/7`` (days) read as an age."""


def alone_entry(text: str, file: str, line: int | None) -> Entry | None:
    """The line as an age not told apart from a course's length (see the module), or None."""
    found = _ALONE.fullmatch(text)
    if found is None or (found["part"] and not 1 <= int(found["part"]) <= _MOST[found["of"]]):
        return None
    return Entry(text, file, line, fact=UNCLEAR)


def beside_entry(line_text: str, part: str, file: str, line: int | None) -> Entry | None:
    """A span beside a medicine (``part``, in brackets or after a name on the line
    ``line_text``) as an age not told apart, kept with the whole line; None for days (``(5/7)``:
    a course's length) or any other part."""
    line_text = re.sub(r"\s*\u00bd", ".5", line_text)  # "(3\u00bd yrs)": 3.5 years
    found = _ALONE.fullmatch(part)
    if found is None or found["of"] == "7":
        return None
    if _END.search(line_text) is None and _AFTER_NAME.match(line_text) is None:
        return None
    if found["part"] and not 1 <= int(found["part"]) <= _MOST[found["of"]]:
        return None
    return Entry(line_text, file, line, fact=UNCLEAR)


def _read(text: str) -> re.Match[str] | None:
    return _ALONE.fullmatch(text) or _END.search(text) or _AFTER_NAME.match(text)


def after_name(text: str) -> str | None:
    """The span after a name at the start of a longer line (``Tom, 4 years, NKDA``: ``4
    years``), or None."""
    found = _AFTER_NAME.match(text)
    return None if found is None else _span(found)


def _span(found: re.Match[str]) -> str:
    """The span a match read, as written (``4 years``, ``18/12``, ``4 yr.``)."""
    if found.re is not _AFTER_NAME:
        return found[0].strip(" \t(,:-[])")
    if found["part"]:
        return found.string[found.start("part") : found.end("of")]
    return found.string[found.start("n") : found.end("u")]


def years(text: str) -> int | None:
    """Whole years of an age read by :func:`alone_entry` (``18/12``: 1, ``6 weeks``: 0)."""
    found = _read(text)
    if found is None:
        return None
    if found["part"]:
        return int(found["part"]) // 12 if found["of"] == "12" else 0
    return int(float(found["n"])) if found["u"].casefold().startswith("y") else 0


def as_age(entry: Entry) -> Entry:
    """``entry`` as the person's age (``Entry.fact`` ``age``, whole years), when the line says
    it is one (another of the person's facts beside it); else as it was."""
    read = years(entry.name) if entry.fact == UNCLEAR else None
    return entry if read is None else entry._replace(name=str(read), fact="age")


def unclear_why(entry: Entry, age: float | None) -> str:
    """Why an age not told apart is not read (the SKIPPED box): a span beside a medicine or a
    name names itself, and says the rest of the line is read (``Doxycycline 100 mg od (3/12)``:
    only the ``3/12`` is not read, and the doxycycline is checked)."""
    why = "the person's age or how long a medicine is taken, not told apart: not read"
    found = None if _ALONE.fullmatch(entry.name) else _END.search(entry.name)
    found = found or _AFTER_NAME.match(entry.name)
    if found is not None:
        span = _span(found)
        why = (
            f"the note '{span}' on this line, the person's age or how long a medicine is taken, "
            "not told apart: not read (only the note: the rest of the line is read on its own)"
        )
    return why + ("; give --age" if age is None else f"; age {age:g} is used")


def unclear_said(entry: Entry) -> tuple[str, str]:
    """Why an age not told apart stops the dose, and what to do: (``the list says '18/12'
    (list.txt:2) alone on its line: the person's age (18 months), or how long a medicine is
    taken? ...``, ``Give the age with --age ...``)."""
    found = _read(entry.name)
    alone = "alone on its line" if _ALONE.fullmatch(entry.name) else "beside a medicine or a name"
    unit = {"12": "months", "52": "weeks", "7": "days"}.get(found["of"] or "") if found else None
    age = f"age ({found['part']} {unit})" if found and unit else "age"
    weeks = unit == "weeks" or (found is not None and (found["u"] or "y")[0] in "wW")
    pregnancy = ", weeks of a pregnancy" if weeks else ""
    span = _span(found) if found else entry.name.strip()
    condition = "; a pregnancy with --condition pregnancy" if weeks else ""
    return (
        f"{entry.said()} '{entry.name}' ({entry.where}) {alone}: the person's {age}"
        f"{pregnancy}, or how long a medicine is taken? magadvise cannot tell which",
        f"Give the age with --age (on the list, write it as 'Age: {span}'; a "
        f"course's length on its medicine's line{condition}).",
    )
