"""A health record's facts about the person (conditions, eGFR, age) as the advice reads them.

The FHIR reader (:mod:`magadvise.fhir.context`) says what a record holds; this module decides,
with the rules, what each fact means: a Condition whose code or text names a condition the rules
list counts as that ``--condition``; an eGFR below 30 mL/min/1.73m2 counts as the condition
listing ``egfr below 30`` (severe kidney disease), 30-59 as the one listing ``low egfr``
(kidney disease, KDIGO 2012 G3a-G3b: https://kdigo.org/guidelines/ckd-evaluation-and-management/);
a birth date gives the age in whole years on the run's date (:func:`magadvise.clock.today`).
A fact the rules cannot place becomes an entry *not read* (the result is then not complete).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from magadvise.record import Record

if TYPE_CHECKING:
    from magadvise.medlist import Entry
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.ruleset import Rules

SEVERE_EGFR = 30.0
"""eGFR (mL/min/1.73m2) below which kidney function is severely reduced (KDIGO G4-G5)."""
REDUCED_EGFR = 60.0
"""eGFR below which kidney function is reduced (KDIGO G3a)."""


class RecordFact(Record):
    """One fact read from a record: the ``entry``, what it was read as (``text``, shown after
    "From the record:"), and the rules ``condition`` id it counts as (None for none)."""

    entry: Entry
    text: str
    condition: str | None = None


def birth_age(born: str, on: date) -> int | None:
    """Whole years from ``born`` to ``on``; None for a date not valid or later.

    ``born`` is a FHIR date: ``YYYY-MM-DD``, or only ``YYYY-MM`` or ``YYYY``, which is read as
    the last day it allows (the youngest age it may mean: the safer reading for a child).
    """
    try:
        if len(born) == 4:
            birth = date(int(born), 12, 31)
        elif len(born) == 7:
            year, month = int(born[:4]), int(born[5:])
            if not 1 <= month <= 12 or born[4] != "-":
                return None
            birth = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        else:
            birth = date.fromisoformat(born)
    except ValueError:
        return None
    if len(born) < 10:  # a year or month not yet over: the youngest it allows is a newborn
        birth = min(birth, on)
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return years if 0 <= years <= 130 else None


def record_age(medicines: Sequence[str | Entry], age: float | None) -> float | None:
    """The age to advise for: ``age`` when given, else the age a record's Patient birth date
    gives; when both are known and differ, the younger (a child's limits are never lifted by a
    typed adult age: the safer reading, and the output says so)."""
    from magadvise.clock import today

    for item in medicines:
        if not isinstance(item, str) and item.fact == "birthDate":
            years = birth_age(item.name, today())
            if years is not None:
                return float(years) if age is None else min(age, float(years))
    return age


def read_facts(
    rules: Rules, facts: Sequence[Entry], age: float | None
) -> tuple[tuple[RecordFact, ...], tuple[Condition, ...], tuple[Entry, ...]]:
    """What each fact counts as: (facts read, the conditions they give, entries not read)."""
    read: list[RecordFact] = []
    conditions: dict[str, Condition] = {}
    unread: list[Entry] = []
    for entry in facts:
        if entry.fact == "birthDate":
            from magadvise.clock import today

            if birth_age(entry.name, today()) is None:
                why = "not a usable birth date: age not read; give --age"
                unread.append(entry._replace(skipped=why, unread=True))
            else:
                read.append(RecordFact(entry, _age_text(entry.name, age)))
            continue
        found = _conditions(rules, entry)
        if not found and (entry.fact == "condition" or float(entry.name) < REDUCED_EGFR):
            why = "a condition magadvise does not read: not read; give --condition if it matters"
            unread.append(entry._replace(skipped=why, unread=True))
            continue
        if not found:
            read.append(RecordFact(entry, f"eGFR {entry.name} mL/min/1.73m2: no condition"))
        for condition in found:
            conditions.setdefault(condition.id, condition)
            read.append(RecordFact(entry, _condition_text(entry, condition), condition.id))
    return tuple(read), tuple(conditions.values()), tuple(unread)


def _conditions(rules: Rules, entry: Entry) -> list[Condition]:
    """The rules conditions a fact names (every one any of its codes or texts names)."""
    if entry.fact == "egfr":
        value = float(entry.name)
        if value >= REDUCED_EGFR:
            return []
        term = "egfr below 30" if value < SEVERE_EGFR else "low egfr"
        found = rules.conditions.find(term)
        return [found] if found is not None else []
    out: dict[str, Condition] = {}
    for text in (*entry.also, entry.name):
        found = rules.conditions.find(text)
        if found is not None:
            out.setdefault(found.id, found)
    return list(out.values())


def _condition_text(entry: Entry, condition: Condition) -> str:
    if entry.fact == "egfr":
        return f"eGFR {entry.name} mL/min/1.73m2: counted as '{condition.name}'"
    return f"{entry.name}: counted as '{condition.name}'"


def _age_text(born: str, age: float | None) -> str:
    from magadvise.clock import today

    years = birth_age(born, today())
    if age is not None and int(age) != years:  # a younger --age (an older one is not used)
        return f"born {born} (age {years} by the record): --age {age:g} given is used"
    partial = " (no full date: the youngest age it allows)" if len(born) < 10 else ""
    return f"born {born}: age {years} on {today().isoformat()}{partial}, used as --age"
