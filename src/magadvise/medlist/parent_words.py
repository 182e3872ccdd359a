"""A child's age in a parent's everyday words: ``My son is 4``, ``She's 3``, ``Jack, 4``.

A parent writing a child's list gives the age as they would say it: ``My son is 4``, ``My
daughter is 3``, ``my little boy is 2``, ``He is 4``, ``She's 3``, ``he's four``, ``my son
(4)``, ``Grandson, 3``, ``Our daughter Lily - 3``, ``Jack is 4``. Read as nothing, such a line
was a medicine not assessed and an adult's dose was shown for a 3-year-old (a child's upper
level for supplements is 65 mg a day at 1-3 years and 110 mg at 4-8, IOM 1997).

- A child's word (``my son``, ``our daughter Lily``, ``grandson``, ``my little boy``) or ``he``
  / ``she`` before ``is`` or a mark, then an age: the patient's age (``Entry.fact`` ``age``).
  A son's, daughter's or grandchild's age is read as the patient's, as :mod:`.other_person`
  says: on a parent's list the child's is the younger age, whose level is the lower.
- ``my`` and an age that says it is one (``My 4 year old``, ``my 3yo``): the patient's age.
- A capitalised name, a comma, a dash or ``is``, and a bare figure under 18 (``Jack, 4``,
  ``Jack is 4``, ``Jack (4)``, ``For: Jack Smith, 4``): the age of the person the list is for, or a
  medicine's count or a result (``Maalox, 2``, ``Potassium is 4``), not told apart: the line
  is still read as a medicine, and kept beside it as an age said but not read (``Entry.fact``
  ``birthDate``, ``Entry.name`` as written, :func:`name_number`), which withholds the dose until
  ``--age`` is given (never an adult's dose).

An age in words (``four``) is read up to twelve; a longer one is kept as an age not read.
Weeks after ``is`` (``She is 28 weeks``) may be a pregnancy's: kept as an age not read.
"""

from __future__ import annotations

import re

from magadvise.medlist import Entry

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve")  # fmt: skip
_NUMBER = rf"\d{{1,2}}(?:\.5)?|{'|'.join(_WORDS)}|\w+teen"
_UNIT = r"(?P<u>years?|yrs?|y|months?|mos?|mths?|m|weeks?|wks?|w)\.?"
_HALF = r"(?:\s+and\s+a\s+half|\s*1/2)?"
_AGE = rf"(?P<n>{_NUMBER}){_HALF}(?:\s*-?\s*{_UNIT})?(?P<old>\s*-?\s*(?:old|yo|y/o))?"
_AGED = rf"(?P<n>{_NUMBER}){_HALF}\s*-?\s*(?:{_UNIT}\s*-?\s*old|(?P<old>yo|y/o))"
"""An age that says it is one (``4 year old``, ``3yo``), after ``my`` alone (``My 4 year old``)."""
_CHILD = (
    r"(?:(?:my|our|her|his|their)\s+)?(?:(?:little|youngest|eldest|oldest|middle|younger|older|"
    r"baby)\s+)?(?:grand)?(?:son|daughter|child|kid|boy|girl|baby|infant|toddler)"
)
_FORMS = (
    rf"(?i)\s*(?:{_CHILD})(?:\s+[A-Z][a-z'-]+)?\s*(?:\bis\b|'s\b|[,:(\-\u2013])\s*\(?\s*{_AGE}"
    r"\s*\)?\s*\.?",
    rf"(?i)\s*(?:he|she)\s*(?:'s|\s+is)\s+{_AGE}\s*\.?",
    rf"(?i)\s*(?:my|our)\s+(?:little\s+)?{_AGED}(?:\s+(?:son|daughter|boy|girl|child|kid))?\s*\.?",
)
_NAME_NUMBER = (  # compiled on first use (re's own cache)
    r"\s*(?:(?i:for)\s*[:=-]?\s*)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s*(?:,|\s[-\u2013]|\s+"
    rf"(?i:is)\s+|\()\s*(?:1[0-7]|\d|{'|'.join(_WORDS[1:])})\s*\)?\s*\.?"
)
"""A name and a bare figure under 18 (``Jack, 4``, ``Jack is 4``): the person's age, or a
medicine's count or a result (``Senna, 2``, ``Potassium is 4``)."""


def parent_age(text: str, file: str, line: int | None) -> Entry | None:
    """The age a parent's words on the line give (see the module), or None for any other line."""
    for form in _FORMS:
        if (found := re.fullmatch(form, text)) is not None:
            years = _years(found)
            if years is None:  # "She is 28 weeks", "he's fifteen and a half"
                return Entry(text, file, line, fact="birthDate")
            return Entry(str(years), file, line, fact="age")
    return None


_HEADING = (  # compiled on first use
    r"(?i)\s*(?:(?:my|our)\s+)?(?:grand)?(?:son|daughter|child|kid|baby)(?:'s|s')\s+(?:current\s+)?"
    r"(?:medications?|medicines?|meds|med\s+list|drugs|tablets)\s*:?\s*"
)
"""A heading that says the list is a child's (``Son's medications``), with no age."""


def child_heading(text: str, file: str, line: int | None) -> Entry | None:
    """A heading that says the list is a son's or daughter's (``Son's medications``) as an age
    said but not read (the son may be 4 or 40): the dose waits for ``--age``; else None."""
    return Entry(text, file, line, fact="birthDate") if re.fullmatch(_HEADING, text) else None


def name_number(text: str, file: str, line: int | None) -> Entry | None:
    """A name and a bare figure under 18 (``Jack, 4``, ``Jack is 4``) as an age said but not
    read, kept beside the line, which is still read as a medicine (``Maalox, 2``); else None."""
    if re.fullmatch(_NAME_NUMBER, text) is None:
        return None
    return Entry(text, file, line, fact="birthDate")


def _years(found: re.Match[str]) -> int | None:
    """Whole years the age gives, or None when it is weeks after ``is`` or a word past twelve."""
    number, unit = found["n"].casefold(), (found["u"] or "y").casefold()
    if number in _WORDS:
        amount = float(_WORDS.index(number))
    elif number.replace(".", "", 1).isdigit():
        amount = float(number)
    else:
        return None
    if unit.startswith("w"):  # "6 weeks old": a baby; "She is 28 weeks": a pregnancy's?
        return 0 if found["old"] else None
    return int(amount / 12 if unit.startswith("m") else amount)
