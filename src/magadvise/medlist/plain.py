"""A plain medication list: one medicine a line; ``#`` starts a comment; blank lines ignored.

A ``#`` before a number is not a comment: ``Tylenol #3`` is Tylenol with codeine No. 3, and
``#30`` on a pharmacy label is the quantity dispensed. A line that starts with ``#`` is one.

A line that gives the person's age or date of birth (``Age: 4``, ``18 mo``, ``7 yo``, ``DOB
2021-03-01``) is read as a record's Patient is (:mod:`.person_line`); one that gives the person's
weight (``Wt 16 kg``, ``16 kg``) is kept as the person's weight (:mod:`.weight_line`); see
:func:`person_fact`, also used for a name typed with ``--med``.

A line that gives directions but names no medicine (``  take 1 tablet by mouth daily`` under
``Lisinopril 10 mg``, as records print a list) belongs to the medicine on the line before.
"""

from __future__ import annotations

import re

from magadvise.medlist import TABLE_SEPARATORS, Entry, MedListError

# "#" starts a comment, except before a number: "Tylenol #3" is a product, "#90" a quantity.
_COMMENT = re.compile(r"#(?!\s*\d)")
_TAG = r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>"
"""A web page's tag in a line copied from it (``<b>``, ``</span>``, ``<br/>``): not a word of
the name; ``<5 mg`` and ``Lasix <40 mg>`` are no tags."""
MAX_LINE = 500
"""Longest line read as a medicine name (characters); a longer one is refused."""


def read_plain(data: bytes, label: str, include_inactive: bool = False) -> list[Entry]:
    """Each non-blank, non-comment line of ``data`` as an Entry, with its file and line.

    Raises MedListError for bytes that are not UTF-8 text, a NUL byte (a binary file), an
    over-long line, or a file with no medicine in it. A line of directions only is joined to
    the entry before it (which keeps its line number), unless that entry is not a medicine (a
    heading, a condition: :mod:`magadvise.names.notmed`); else it is an entry. A file whose
    first line is a table's heading row is read as a table (:mod:`.table`; ``include_inactive``
    checks the rows its status column marks stopped).
    """
    from magadvise.medlist.sig_line import line_below

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MedListError(
            f"{label}: not UTF-8 text (byte {error.start}): save the list as UTF-8 (Notepad: "
            "File, Save As, Encoding UTF-8) and run magadvise again"
        ) from None
    if "\x00" in text:
        raise MedListError(f"{label}: a binary file, not a medication list")
    lines: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "<" in line and ">" in line:  # "<b>Sevelamer</b>", a line copied from a web page
            line = re.sub(_TAG, " ", line)
        name = _COMMENT.split(line, maxsplit=1)[0].strip()
        if not name or name.startswith("#"):
            continue
        if len(name) > MAX_LINE:
            raise MedListError(f"{label}:{number}: line longer than {MAX_LINE} characters")
        lines.append((number, name))
    if lines and any(s in lines[0][1] for s in TABLE_SEPARATORS):  # else csv is not loaded
        from magadvise.medlist.table import read_table, table_separator

        separator = table_separator(lines[0][1])
        if separator is not None:
            rows = read_table(lines, separator, label, include_inactive)
            if not rows:
                raise MedListError(f"{label}: a table with no medicine in its medicine column")
            return rows
    entries: list[Entry] = []
    for number, name in lines:
        if facts := person_facts(name, label, number):  # "Age: 4", "Wt 16 kg", "4 yrs, 16 kg"
            entries.extend(facts)
            more = medicines_beside_facts(name, facts)  # "Lily, age 4, ciprofloxacin 250mg"
            entries.extend(Entry(rest, label, number) for rest in more)
            continue
        sig = line_below(name) if entries else None  # "Take 2 tablets (143 mg total) ..."
        if sig is not None and not _not_medicine(entries[-1].name):
            entries[-1] = entries[-1]._replace(name=f"{entries[-1].name} {sig}")
            continue
        entries.append(Entry(name, label, number))
        entries.extend(facts_beside(name, label, number))  # "amoxicillin 400 mg bid (16 kg)"
    if not entries:
        raise MedListError(f"{label}: no medicines in the file (one a line; # for comments)")
    return entries


def person_fact(name: str, label: str, number: int | None) -> Entry | None:
    """The line as the person's age or birth date (:mod:`.person_line`) or weight
    (:mod:`.weight_line`), or None for any other line (a medicine, a condition). Each reader is
    imported only for a line with a word or a number it could read."""
    if "\u00bd" in name:  # "3\u00bd y": 3.5 years
        name = re.sub(r"\s*\u00bd", ".5", name)
    folded = name.casefold()
    from magadvise.medlist.pregnancy_weeks import pregnancy_weeks

    if pregnancy_weeks(folded):
        return None  # "Pregnant, 28 weeks": the weeks are the pregnancy's, not a baby's age
    if any(word in folded for word in _OTHER_WORDS) and re.search(r"\d", folded):
        from magadvise.medlist.other_person import other_entry  # "Mum DOB 01/02/1990"
        from magadvise.medlist.own_age import beside_relative, own_age

        if (own := own_age(name, label, number)) is not None:  # "82 yo, wife is carer"
            return own
        if (other := other_entry(name, label, number)) is not None:
            return other
        if (other := beside_relative(name, label, number)) is not None:  # "Tom (4), mum here"
            return other
    if (any(word in folded for word in _PERSON_WORDS) or _PERSON_START.match(folded)) and not (
        "aged" in folded and re.match(_AGED_FOOD, folded)  # "aged cheese - avoid (MAOI)"
    ):
        from magadvise.medlist.person_line import person_entry

        if (person := person_entry(name, label, number)) is not None:
            return person
    if len(folded) <= _PARENT_LONGEST and re.search(_PARENT_HINT, folded):
        from magadvise.medlist.parent_words import parent_age  # "My son is 4", "Jack, 4"

        if (person := parent_age(name, label, number)) is not None:
            return person
    if "'s " in folded or "s' " in folded:
        from magadvise.medlist.parent_words import child_heading  # "Son's medications"

        if (heading := child_heading(name, label, number)) is not None:
            return heading
    if any(word in folded for word in _WEIGHT_WORDS):
        from magadvise.medlist.weight_line import weight_entry

        return weight_entry(name, label, number)
    return None


def person_facts(name: str, label: str, number: int | None) -> list[Entry]:
    """The line as the person's facts: several parted by commas or semicolons with nothing else
    (``4 yrs, 16 kg``, ``Age: 45, Wt 16 kg``: :func:`.line_facts.only_facts`, imported only for
    a line with such a mark and a word it could read), or one (:func:`person_fact`); empty for
    any other line."""
    if "preg" in name.casefold() and re.search(r"\d", name):
        from magadvise.medlist.age_pregnancy import age_and_pregnancy

        if both := age_and_pregnancy(name, label, number):  # "Pregnant, age 16": two facts
            return both
    marked = any(mark in name for mark in ",;") or re.search(r"(?i)\d\s*(?:kg|lb)", name)
    if marked and re.search(_FACT_HINT, name):
        from magadvise.medlist.line_facts import only_facts

        if facts := only_facts(name, label, number):
            return facts
    fact = person_fact(name, label, number)
    return [fact] if fact is not None else []


def facts_beside(name: str, label: str, number: int | None) -> list[Entry]:
    """The person's weight or age written in a part of a medicine's line (``(16 kg)``, ``, age
    4``: :mod:`.line_facts`, imported only for a line with a part and a word it could read)."""
    if len(name) <= _PARENT_LONGEST and re.search(_PARENT_HINT, name):
        from magadvise.medlist.parent_words import name_number  # "Jack, 4": age or count?

        if (said := name_number(name, label, number)) is not None:
            return [said]
    if re.match(_HEAD_HINT, name):
        from magadvise.medlist.line_facts import head_facts  # "Son 4 - amoxicillin"

        if head := head_facts(name, label, number):
            return head
    if not any(mark in name for mark in "([,-\u2013"):
        if not re.fullmatch(NAME_SPAN, name):  # "Lily 4y"
            return []
    elif not re.search(_FACT_HINT, name):
        return []
    from magadvise.medlist.line_facts import line_facts

    return line_facts(name, label, number)


_HEAD_HINT = r"\s*(?:[A-Za-z][\w'.-]*\s+){0,2}?[A-Za-z][\w'.-]*\s*[,(]?\s*\d{1,2}(?!\d|[./]\d)"
"""A line that starts with who and a figure (``Son 4 - ...``, ``Lily, 4, ...``): its head may be
the person's age (:func:`.line_facts.head_facts`, imported only then)."""
_WEIGHED = r"(?i)\d\s*(?:kgs?|kilos?|lbs?|pounds?|st|stones?|ft|feet|cm|in)\b"
"""A weight or a height on the line: its facts are the person's, read by their own readers."""
_FACT_HINT = (
    r"(?i)\d\s*(?:kgs?|kilo|lbs?|pounds?|mos?|months?|yo|y/o|y|yrs?|years?|wks?|weeks?)\b"
    r"|\b(?:wt|weigh\w*|age|aged|son|daughter)\b|\d\s*/\s*(?:12|52)\b|\u00bd"
)
"""Without which no part of a medicine's line gives a weight or an age (compiled on first use,
and only for a line with a bracket, a comma or a dash)."""
NAME_SPAN = (
    r"\s*[A-Z][a-z'-]+\s*[:,-]?\s*"
    r"(?P<span>\d{1,3}(?:\.\d)?\s*-?\s*(?i:years?|yrs?|y)\.?)\s*"
)
"""A name (one word, capitalised), then years (``Lily 4y``, ``Lily: 4 yrs``): the person's age
after their name, or a medicine's course after its name (``Fosamax 5 yrs``), not told apart:
the line is still read as a medicine, and the span kept as an age not told apart
(:mod:`.line_facts`). Not ``Vitamin D 2y`` nor ``metformin 2y``."""
_PERSON_WORDS = ("age", "dob", "d.o.b", "birth", "born", "old", "yo", "y/o", " is ")
"""Words without which a line gives no age or birth date (medlist.person_line reads it then)."""
_PERSON_START = re.compile(
    r"\s*(?:\d{1,3}(?:\.\d)?\s*-?\s*[ymwd]|\d{1,2}\s*/\s*(?:12|52|7)\b|b\b|b\.|"
    r"(?:(?:my|our)\s+)?(?:little\s+)?(?:step[\s-]?|grand)?(?:son|daughter|child|boy|girl|kid)\b|"
    r"(?:(?:my|our)\s+)?(?:patient|pt|infant|toddler|baby|neonate|new[\s-]?born|nieces?|nephews?"
    r"|twins?|triplets)\b)"
)
"""A line starting with a number and a unit's first letter (``18 mo``, ``2y 3m``, ``7-year-old``,
``6 wk old``; not ``24 HR metoprolol``), months, weeks or days the UK's way (``18/12``,
``6/52``, ``3/7``), ``b.`` (``b. 2021-03-01``) or who the age is (``Son, 4``, ``Patient: Lily,
4``, ``Baby 6 weeks``, ``My baby 6 weeks``, ``Newborn 10 days``)."""
_OTHER_WORDS = ("mum", "mom", "mother", "dad", "father", "parent", "guardian", "carer",
                "giver", "caretaker", "gran", "nan", "aunt", "uncle", "kin", "nok", "spouse",
                "wife", "husband", "partner")  # fmt: skip
"""Words without which a line gives no one else's age (:mod:`.other_person` reads it then)."""
_AGED_FOOD = (
    r"\W*aged\s+(?:cheeses?|cheddar|parmesan|meats?|beef|steaks?|salami|sausages?|ham"
    r"|wines?|foods?|care)\b"
)
"""A food a monoamine oxidase inhibitor's diet warns of (aged cheese, meats), or ``aged care``
(a care home, in Australia and the UK), not an age: a line that starts so is not read as the
person's age (compiled on first use)."""
_PARENT_LONGEST = 60
_PARENT_HINT = r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)\b"
"""Without which a line gives no age in a parent's words (:mod:`.parent_words` reads it then)."""
_WEIGHT_WORDS = ("weigh", "wt", "wgt", "bw", "kg", "kilo", "lb", "pound")
"""Words without which a line gives no weight (medlist.weight_line reads it then)."""


def medicines_beside_facts(name: str, facts: list[Entry]) -> list[str]:
    """The medicine written on a line read as the person's age or birth date ``facts``
    (``Lily, age 4, ciprofloxacin 250mg``: :func:`.fact_rest.medicine_rest`), or none (a line
    of a weight or someone else's age is read by its own readers)."""
    if not any(f.fact in ("age", "birthDate") for f in facts) or re.search(_WEIGHED, name):
        return []
    from magadvise.medlist.fact_rest import medicine_rest

    rest = medicine_rest(name)
    return [rest] if rest else []


def _not_medicine(text: str) -> bool:
    """Whether a list's line is certainly not a medicine (a heading, a condition)."""
    from magadvise.names.notmed import not_a_medicine  # only a line of directions asks

    return not_a_medicine(text) is not None
