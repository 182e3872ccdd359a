"""The person's weight or age written on a medicine's own line: ``amoxicillin 400 mg bid (16
kg)``, ``Miralax 8.5 g daily [16 kg]``, ``ibuprofen 100 mg - 16 kg``, ``Miralax 4 g, age 4``.

A pharmacist writing a child's prescription puts the weight beside the dose; read only as a
medicine, the line gave an adult dose (exit 0). Each bracketed part, and the part after the
line's last comma or spaced dash, is read as a line of its own would be
(:func:`magadvise.medlist.plain.person_fact`); a part that reads as a weight or an age is kept as
that fact, beside the medicine, which is still read whole. Only a part that reads cleanly
counts: a kilogram figure, an age in figures or a date (``(aged cheese)``, ``(lost 16 kg)``
are not), so nothing that a medicine's line says for itself becomes a withholding guess.

A span of time in brackets (``amoxicillin 250 mg tds (4 yrs)``, ``omeprazole 10 mg od
(18/12)``) or after a name (``Lily 4y``, ``Tom, 4 years, NKDA``) is the person's age or a
course's length, not told apart: it is kept as such
(:func:`magadvise.medlist.age_alone.beside_entry`), which withholds the dose until ``--age`` is
given, as the same span alone on its line does.

A line made only of such parts (``4 yrs, 16 kg``) is no medicine's: :func:`only_facts`.
"""

from __future__ import annotations

import re

from magadvise.medlist import Entry

_PARTS = re.compile(r"[(\[]([^()\[\]]{1,40})[)\]]|(?:,|\s[-\u2013])\s*([^,()\[\]]{1,40})$")


def line_facts(name: str, label: str, number: int | None) -> list[Entry]:
    """The weights and ages written in parts of the medicine's line ``name`` (see the module),
    as entries of the list's ``label`` and line ``number``; empty for most lines."""
    from magadvise.medlist.plain import NAME_SPAN, person_fact
    from magadvise.medlist.pregnancy_weeks import WEEKS, pregnancy_weeks

    pregnant = pregnancy_weeks(name)  # "Pregnant (12 weeks)": the weeks are the pregnancy's
    out = []
    for found in _PARTS.finditer(name):
        part = (found[1] or found[2] or "").strip()
        if pregnant and re.search(WEEKS, part.casefold()):
            continue
        if _mothers_baby(name, part):  # "Breastfeeding, baby 6 weeks": whose age?
            continue
        fact = person_fact(part, label, number) if part else None
        if fact is not None and _clean(fact):
            out.append(fact)
        elif fact is not None and fact.fact == "ageUnclear" and found[1]:  # "(4 yrs)", "(18/12)"
            from magadvise.medlist.age_alone import beside_entry

            out.extend(kept for kept in [beside_entry(name, fact.name, label, number)] if kept)
    named = re.fullmatch(NAME_SPAN, name)
    if not any(fact.fact == "ageUnclear" for fact in out):  # "Lily 4y", "Tom, 4 years, NKDA"
        from magadvise.medlist.age_alone import after_name, beside_entry

        span = named["span"] if named is not None else after_name(name)
        span = None if pregnant and span and re.search(WEEKS, span.casefold()) else span
        kept = beside_entry(name, span, label, number) if span else None
        out.extend([kept] if kept else [])
    return out


_HEAD = re.compile(
    r"\s*((?:[A-Za-z][\w'.-]*\s+){0,2}?[A-Za-z][\w'.-]*\s*(?:,\s*|\(\s*)?\d{1,2}"
    r"(?!\s*(?:weeks?|wks?|w|days?|d|/|\.\d|%|ft|feet|cm|in|kgs?|lbs?|st|stones?)\b)"
    r"(?:\s*(?:yrs?|years?|y|yo|y/o|mos?|months?|m)\b\.?)?\s*\)?)\s*(?:[,:;]|\s[-\u2013]+\s|\s)"
)
"""Who and a figure before a medicine (``Son 4 - amoxicillin``, ``Lily, 4, ciprofloxacin``,
``Tom (6) amoxicillin``, ``Daughter 12: doxycycline``)."""


_SPAN_UNIT = r"(?i)\s*(?:yrs?|years?|y|yo|y/o|mos?|months?|m|wks?|weeks?|w|days?|d)\b"


def head_facts(name: str, label: str, number: int | None) -> list[Entry]:
    """The person's age written before the medicine on its line (``Son 4 - amoxicillin``,
    ``Lily, 4, ciprofloxacin 250mg``): the head read as a line of its own would be (a child's
    word and an age: that age; a name and a bare figure: an age said but not read, which
    withholds the dose until ``--age``); empty for most lines. The line is still read whole."""
    from magadvise.medlist.parent_words import name_number
    from magadvise.medlist.plain import person_fact
    from magadvise.medlist.pregnancy_weeks import pregnancy_weeks

    head = _HEAD.match(name)
    if head is None or head.end() >= len(name.rstrip()) or pregnancy_weeks(name):
        return []
    if re.match(_SPAN_UNIT, name[head.end() :]):
        return []  # "Lily (4 yrs)": a span beside a name, read by line_facts
    said = head.group(1).strip()
    found = person_fact(said, label, number) or name_number(said, label, number)
    return [found] if found is not None and found.fact in ("age", "birthDate") else []


def only_facts(name: str, label: str, number: int | None) -> list[Entry]:
    """The person's facts of a line that holds nothing else, split at its semicolons and
    commas, not a decimal comma (``4 yrs, 16 kg``, ``Age: 45; Wt 16 kg``, ``18/12, 11 kg``), or
    at the space before or after a weight (``3 yrs 14kg``),
    each part read as a line of its own; empty when a part is not one (``Lily, age 5``,
    ``Miralax 4 g, age 4``: a medicine's line, read by :func:`line_facts`). A span of time
    alone (``4 yrs``, ``18/12``: :mod:`magadvise.medlist.age_alone`) is the age beside another
    fact read to a figure."""
    from magadvise.medlist.plain import person_fact

    parts = [part.strip() for part in re.split(r";|,(?!\d)|(?<!\d),", name)]  # not "16,5 kg"
    one_weight = len(re.findall(r"(?i)\d\s*(?:kg|lb|st\b|stones?)", name)) == 1
    if len(parts) == 1 and one_weight and (spaced := re.fullmatch(_SPACED, name)) is not None:
        parts = [part for part in spaced.groups() if part]  # "3 yrs 14kg", "14 kg 3 yrs"
    facts = [person_fact(part, label, number) if part else None for part in parts]
    read = [fact for fact in facts if fact is not None]
    if len(read) < 2 or len(read) < len(facts):
        return []
    unclear = any(fact.fact == "ageUnclear" for fact in read)  # medlist.age_alone.UNCLEAR
    if unclear and any(_clean(fact) for fact in read):  # "4 yrs, 16 kg": the age by a weight
        from magadvise.medlist.age_alone import as_age

        read = [as_age(fact) for fact in read]
    return read


_SPACED = (
    r"(?i)\s*(?:(.+?)\s+(\d{1,3}(?:[.,]\d{1,2})?\s*(?:kgs?|lbs?)\.?)|"
    r"(\d{1,3}(?:[.,]\d{1,2})?\s*(?:kgs?|lbs?)\.?)\s+(.+?))\s*"
)
"""An age and a weight parted by a space only (``3 yrs 14kg``, ``14 kg 3 yrs``; not ``Wt 2 st 3
lb``, one weight)."""


def _clean(fact: Entry) -> bool:
    """Whether ``fact`` was read to a figure (a weight in kilograms, an age, a date)."""
    if fact.fact == "weight":
        from magadvise.medlist.weight_line import kilograms

        return kilograms(fact.name) is not None
    if fact.fact == "age":
        return fact.name.replace(".", "", 1).isdigit()
    return fact.fact == "birthDate" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", fact.name) is not None


def _mothers_baby(name: str, part: str) -> bool:
    """Whether ``part`` speaks of a baby on a line whose words say a mother may have written it
    (``Breastfeeding, baby 6 weeks``: :mod:`.mother_words`): not read as the person's age."""
    if not re.search(r"(?i)\b(?:bab(?:y|ies)|infant|new[\s-]?born|neonate)\b", part):
        return False
    from magadvise.medlist.mother_words import mothers_baby

    return mothers_baby(name)
