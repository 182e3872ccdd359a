"""The patient's own age on a list's line that also names a relative or a carer.

``Tom, 4 years, brought by mother``, ``Lily, age 4, lives with mum``, ``3 y/o, mum gives meds``,
``82 yo, wife is carer``, ``DOB 1950-01-01 (NOK: son)``, ``Age 45 (mother of 3)``: the age is
the patient's, and the relative's word belongs to a clause of its own that gives the relative
no age. Such a line was read as someone else's age (withheld until ``--age``) or, with no
``age`` word, as a medicine not assessed, and an adult's dose was shown for a 4-year-old.

The line is split into clauses at its commas, semicolons, brackets and spaced dashes. The age
is the patient's (:func:`own_age`) only when all of these hold, else it is not told apart:

- one clause gives an age or a birth date (``age 4``, ``4 years``, ``18/12``, ``82 yo``, ``DOB
  1950-01-01``), and it comes before every clause that names a relative (``Completed by
  mother, age 34``, ``NOK: wife, DOB 1/1/1960``, ``Carer: John, 52`` are the relative's);
- each other clause is a name (``Lily Smith``), a sex (``boy``), or a relative's clause of a
  known form that gives no figure: who the patient lives, comes or is seen with (``lives with
  mum``, ``brought by mother``, ``with dad``), what the relative does (``mum gives meds``,
  ``dad present``, ``wife is carer``), who the next of kin or carer is (``NOK: son``,
  ``carer: daughter``), or what the patient is to a relative (``mother of 3``, ``carer for
  her mother``);
- a relative's word alone (``Age 38 (mother)``, ``Lily 4y - mum``) labels the age as often as
  not: the age is the patient's only when no parent or carer is that young (under
  :data:`YOUNG` years; our judgement).

A line that names a relative and gives an age that is not so read is someone else's age, not
told apart (:func:`beside_relative`): the dose waits for ``--age``; not a relative's history
(``FH: father MI aged 50``), which says nothing of whose list it is. Any other clause (a
medicine's name: ``mum gives Movicol``) leaves the age not told apart, so nothing on the line
is set aside as read.
"""

from __future__ import annotations

import re

from magadvise.medlist import Entry

YOUNG = 12
"""Years under which an age beside a relative's word alone cannot be the relative's."""
_SPLIT = re.compile(r"[,;()\[\]]|\s[-\u2013]+\s*|[-\u2013]\s")
_NAME = re.compile(
    r"(?:(?i:pt|patient|child|name)\s*[:=-]?\s*)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}"
)
"""A name's clause (``Lily Smith``, ``Pt: Tom``)."""
_SEX = re.compile(r"(?i)m|f|male|female|boy|girl")
_FIGURE = re.compile(r"\d")
_WITH = (
    r"(?i)(?:(?:lives?|living|stays?|staying|seen|here|comes?|came|attend(?:s|ed|ing)?|is|"
    r"was|at\s+home)\s+)?with\s+(?:(?:her|his|their|the)\s+)?{who}|"
    r"(?:accompanied|brought(?:\s+in)?|escorted|collected|looked\s+after|cared\s+for|"
    r"supervised)\s+by\s+(?:(?:her|his|their|the)\s+)?{who}"
)
_DOES = (
    r"(?i)(?:(?:her|his|their|the)\s+)?{who}\s+(?:present|here|aware|attending|in\s+attendance|"
    r"(?:gives|administers|manages|supervises|helps\s+with)(?:\s+(?:the\s+)?(?:meds|medicines?|"
    r"medications?|tablets))?|is\s+(?:the\s+)?(?:main\s+)?(?:carer|caregiver|nok|next\s+of\s+kin))"
)
_NOK = re.compile(
    r"(?i)(?:(?:nok|next\s+of\s+kin)\s*[:=-]?|(?:main\s+)?(?:carer|care\s*giver)\s*[:=])"
    r"\s*[a-z]+(?:\s+[a-z]+){0,2}"
)
_ROLE = (
    r"(?i)(?:mother|father|mum|mom|dad|parent)\s+(?:of|to)\s+\d{1,2}(?:\s+(?:children|kids))?|"
    r"(?:main\s+)?carer\s+(?:for|of|to)\s+(?:her|his|their)\s+{who}"
)


def own_age(text: str, file: str, line: int | None) -> Entry | None:
    """The patient's age or birth date a line naming a relative gives (see the module), read
    as :mod:`.person_line` reads it, or None when it is not told apart."""
    from magadvise.medlist.other_person import WHO, names_someone_else

    clauses = [part.strip() for part in _SPLIT.split(text)]
    clauses = [part for part in clauses if part]
    if len(clauses) < 2:  # one clause: the age and the relative's word together
        return None
    ages = [(i, fact) for i, part in enumerate(clauses) if (fact := _age(part, file, line))]
    if len(ages) != 1:
        return None
    at, fact = ages[0]
    for i, part in enumerate(clauses):
        if i == at:
            if names_someone_else(part):
                return None
        elif not names_someone_else(part):
            if not (_NAME.fullmatch(part) or _SEX.fullmatch(part)) or _FIGURE.search(part):
                return None
        elif i < at or not _relatives_clause(part, WHO, fact):
            return None
    return fact


def beside_relative(text: str, file: str, line: int | None) -> Entry | None:
    """A line that names a relative and gives an age-like figure (``Tom, 4 years, brought by
    mother``, ``Tom (4), mum present``) and no medicine's dose: the patient's age when
    :func:`own_age` reads it, else someone else's age, not told apart; None for any other."""
    from magadvise.medlist.other_person import OTHER, names_someone_else

    if not names_someone_else(text) or re.search(_DOSE, text):
        return None
    if (own := own_age(text, "", None)) is not None:
        return own._replace(file=file, line=line)
    if re.search(_AGE_LIKE, text) is None or re.search(_HISTORY, text):
        return None
    return Entry(text, file, line, fact=OTHER)


_DOSE = (
    r"(?i)\d\s*(?:mg|mcg|micrograms?|µg|g|grams?|ml|mls|l|units?|iu|tabs?|tablets?|caps?|"
    r"capsules?|sachets?|puffs?|drops?|sprays?|%)\b"
)
"""A medicine's amount: such a line is a medicine's, read as one (:mod:`.line_facts`)."""
_AGE_LIKE = (
    r"(?i)\d\s*-?\s*(?:y|yrs?|years?|yo|y/o|y\.o\.?|mo|mos|mths?|months?|wks?|weeks?)\b|"
    r"\d\s*/\s*(?:12|52)\b|\b(?:age|aged|dob|d\.o\.b|born|birth)\b|"
    r"(?:^|[,(\[]|\s[-\u2013])\s*\d{1,3}\s*(?:$|[,)\]]|\s[-\u2013])"
)
"""An age's figure (``4 years``, ``18/12``, ``age``, ``DOB``) or a bare number in a clause of
its own (``Tom (4)``, ``Lily, 4, lives with mum``)."""
_HISTORY = (
    r"(?i)\b(?:fh|family\s+(?:hx|history)|hx|history|died|deceased|passed\s+away|had|has|"
    r"post|dx|diagnosed|since|ago)\b"
)
"""A relative's history (``FH: father MI aged 50``, ``Husband 2 yrs post MI``): an age in it
is the relative's, or a time, and says nothing of whose list it is; such a line is left as it
was (a medicine not assessed)."""


def _age(part: str, file: str, line: int | None) -> Entry | None:
    """The age or birth date a clause gives alone (``age 4``, ``4 years``, ``Tom 4 yrs``)."""
    from magadvise.medlist.age_alone import UNCLEAR, years
    from magadvise.medlist.person_line import AGE, person_entry
    from magadvise.medlist.plain import NAME_SPAN

    if not _FIGURE.search(part):
        return None
    fact = person_entry(part, file, line)
    if (fact is not None and fact.fact == UNCLEAR) or (
        fact is None and re.fullmatch(NAME_SPAN, part)
    ):
        read = years(part if fact is None else fact.name)  # "4 years", "18/12", "Tom 4 yrs"
        return None if read is None else Entry(str(read), file, line, fact=AGE)
    return fact if fact is not None and fact.fact in (AGE, "birthDate") else None


def _relatives_clause(part: str, who: str, fact: Entry) -> bool:
    """Whether ``part``, a clause naming a relative after the age's, gives the relative no
    age: a known form (see the module), or the relative's word alone beside a young age."""
    if any(
        re.fullmatch(form.replace("{who}", f"(?:{who})"), part) for form in (_WITH, _DOES, _ROLE)
    ):
        return True
    if _FIGURE.search(part):
        return False
    if _NOK.fullmatch(part):
        return True
    alone = re.fullmatch(rf"(?i)(?:{who})", part) is not None
    return alone and fact.fact == "age" and int(fact.name) < YOUNG
