"""A health record's facts about the person (conditions, results, age) as the advice reads them.

The FHIR reader (:mod:`magadvise.fhir.context`) says what a record holds; this module decides,
with the rules, what each fact means: a Condition's codes and texts are read by the same
matcher as ``--condition`` (:mod:`magadvise.advice.condition_text`, longer wordings included);
kidney-function and serum magnesium results as :mod:`magadvise.advice.record_results` says;
a birth date gives the age in whole years on the run's date (:func:`magadvise.clock.today`);
family history (a relative's condition, :mod:`magadvise.fhir.family`) is read, never counted.
A fact the rules cannot place becomes an entry *not read* (the result is then not complete);
one that looks kidney- or magnesium-related (:mod:`magadvise.fhir.screen`) is marked to
withhold the dose (``withhold="not-read"``, see :mod:`magadvise.advice.record_gate`).
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


class RecordFact(Record):
    """One fact read from a record: the ``entry``, what it was read as (``text``, shown after
    "From the record:"), and the rules ``condition`` id it counts as (None for none)."""

    entry: Entry
    text: str
    condition: str | None = None


def birth_age(born: str, on: date) -> int | None:
    """Whole years from ``born`` to ``on``; None for a date not valid or over 130 years back.

    ``born`` is a FHIR date: ``YYYY-MM-DD``, or only ``YYYY-MM`` or ``YYYY``, which is read as
    the last day it allows (the youngest age it may mean: the safer reading for a child). A date
    after ``on`` (a newborn's, recorded in a time zone ahead of UTC, or a slip) is read as ``on``:
    age 0, the youngest, as no older age can be assumed.
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
    birth = min(birth, on)  # a date (or a year or month) not yet over: at most a newborn
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return years if 0 <= years <= 130 else None


def record_age(medicines: Sequence[str | Entry], age: float | None) -> float | None:
    """The age to advise for: ``age`` when given, else the age a record's Patient birth date
    gives; when several are known and differ (a typed age, or a record holding more than one
    Patient, such as a parent's portal export with a child's), the youngest (a child's limits
    are never lifted by an adult's age: the safer reading, and the output says so)."""
    from magadvise.advice.undated_patient import undated

    if age is None and undated(medicines):  # several Patients, one undated: age not known
        return None
    ages = [float(a) for a in patient_ages(medicines)]
    return min([*ages, *([age] if age is not None else [])], default=None)


def patient_ages(medicines: Sequence[str | Entry]) -> list[int]:
    """The age each Patient birth date in a record gives on the run's date, in record order."""
    from magadvise.clock import today

    found = (
        birth_age(item.name, today()) if item.fact == "birthDate" else int(item.name)
        for item in medicines
        if not isinstance(item, str) and item.fact in ("birthDate", "age")
    )
    return [years for years in found if years is not None]


def read_facts(
    rules: Rules, facts: Sequence[Entry], age: float | None
) -> tuple[tuple[RecordFact, ...], tuple[Condition, ...], tuple[Entry, ...]]:
    """What each fact counts as: (facts read, the conditions they give, entries not read)."""
    read: list[RecordFact] = []
    conditions: dict[str, Condition] = {}
    unread: list[Entry] = []
    for entry in facts:
        if entry.fact == "age":  # "Age: 4" on a plain list (magadvise.medlist.person_line)
            read.append(RecordFact(entry, _listed_age(entry.name, age)))
            continue
        if entry.fact == "weight":  # "Wt 16 kg" on a plain list (magadvise.medlist.weight_line)
            from magadvise.advice.listed_weight import read_weight

            weight, not_read = read_weight(entry, age)
            read.extend([weight] if weight is not None else [])
            unread.extend([not_read] if not_read is not None else [])
            continue
        if entry.fact == "ageUnclear":  # "4 years" alone (magadvise.medlist.age_alone)
            from magadvise.medlist.age_alone import unclear_why

            why = unclear_why(entry, age)
            held = "age-not-read" if age is None else None
            unread.append(entry._replace(skipped=why, unread=True, withhold=held))
            continue
        if entry.fact == "otherAge":  # "Mum DOB 01/02/1990" (magadvise.medlist.other_person)
            if age is None:
                why = "someone else's age or birth date (a parent's, a carer's): give --age"
                unread.append(entry._replace(skipped=why, unread=True, withhold="age-not-read"))
            else:
                other = f"someone else's age or birth date, not used (age {age:g} is used)"
                read.append(RecordFact(entry, f"'{entry.name}': {other}"))
            continue
        if entry.fact == "birthDate":
            from magadvise.clock import today

            if birth_age(entry.name, today()) is None:
                # a child's upper level depends on the age: without it no dose is advised
                why = "not a usable birth date or age: age not read; give --age"
                held = "age-not-read" if age is None else None
                unread.append(entry._replace(skipped=why, unread=True, withhold=held))
            else:
                ages = patient_ages(facts)
                read.append(RecordFact(entry, _age_text(entry.name, age, ages)))
            continue
        if entry.fact == "ended":  # inactive, resolved, in remission: listed, may withhold
            from magadvise.advice.ended_conditions import ended

            unread.append(ended(rules, entry))
            continue
        if entry.fact == "family-history":  # a relative's, not the person's: never a condition
            from magadvise.fhir.family import READ_AS

            read.append(RecordFact(entry, f"{entry.name}: {READ_AS}"))
            continue
        if entry.fact == "said":  # a medicine's note or directions (magadvise.fhir.reasons)
            from magadvise.advice.record_said import read_said

            said, named, withheld = read_said(rules, entry)
            read.extend(said)
            conditions.update((c.id, c) for c in named if c.id not in conditions)
            unread.extend([withheld] if withheld is not None else [])
            continue
        read_as = condition_meaning(rules, entry)
        if read_as is None:
            unread.append(_not_read(rules, entry))
            continue
        found, text = read_as
        if found and all(c.dosing.action != "withhold" for c in found):  # else held anyway
            unread.extend(_rest_not_read(rules, entry))
        if not found:
            read.append(RecordFact(entry, f"{text}: no condition"))
        for condition in found:
            conditions.setdefault(condition.id, condition)
            read.append(RecordFact(entry, f"{text}: counted as '{condition.name}'", condition.id))
    return tuple(read), tuple(conditions.values()), tuple(unread)


def condition_meaning(rules: Rules, entry: Entry) -> tuple[list[Condition], str] | None:
    """The rules conditions a fact names and how it reads; None when it cannot be placed."""
    if entry.fact not in ("condition", "ended"):
        from magadvise.advice.record_results import result_conditions

        return result_conditions(rules, entry)
    from magadvise.advice.condition_text import named_conditions
    from magadvise.errors import UsageError

    out: dict[str, Condition] = {}
    for text in (*entry.also, entry.name):
        try:
            out.update((c.id, c) for c in named_conditions(rules, text) if c.id not in out)
        except UsageError:  # a number naming no condition by itself: not read
            continue
    from magadvise.advice.routine_kidney import stones

    if not out and stones(entry.name):  # "Kidney stones": not kidney disease
        return [], entry.name
    return (list(out.values()), entry.name) if out else None


def _rest_not_read(rules: Rules, entry: Entry) -> list[Entry]:
    """The words of a condition's text left over once its conditions were read, when the
    safety net screens them (``Hypotension secondary to HD``: ``secondary to hd``): a dose is
    not printed beside a dialysis word passed over. Empty when nothing left is screened."""
    if entry.fact != "condition":
        return []
    from magadvise.advice.condition_text import NEGATIONS, read_conditions
    from magadvise.errors import UsageError
    from magadvise.fhir.screen import NOT_READ, looks_kidney_or_magnesium, screened_why

    for text in (*entry.also, entry.name):
        try:
            words = read_conditions(rules, text)[1]
        except UsageError:
            continue
        left = "" if NEGATIONS.intersection(words) else " ".join(words)  # "family hx of ESRD"
        mark = NOT_READ if left and looks_kidney_or_magnesium((left,), ()) else None
        if mark is not None:  # only kidney words: the text's conditions were read already
            why = f"read in part: '{left}' not read; {screened_why(mark)}"
            return [entry._replace(skipped=why, unread=True, withhold=mark)]
    return []


def _not_read(rules: Rules, entry: Entry) -> Entry:
    """A fact not placed, marked to withhold when the safety net screens it (kidney- or
    magnesium-related, or it may name another condition that stops or caps a dose), or when a
    Condition's text is a near miss of such a condition (``CDK stage 4``,
    :mod:`magadvise.advice.near_condition`)."""
    from magadvise.fhir.screen import SCREENED, screened, screened_why

    if entry.fact != "condition":  # a kidney-function or magnesium result: always screened
        from magadvise.advice.record_results import written

        why = f"a result whose value magadvise cannot read: not read; {SCREENED}"
        return entry._replace(name=written(entry), skipped=why, unread=True, withhold="not-read")
    from magadvise.advice.condition_text import DOUBT

    why = "a condition magadvise does not read: not read; give --condition if it matters"
    if DOUBT.search(entry.name.lower()):
        why = "it doubts, denies or rules out what it names, so it is counted neither as the "
        why += "condition nor as its absence: not read; give --condition if it matters"
    marks = [m for m in (screened((entry.name, *entry.also), ()), entry.withhold) if m]
    withhold = min(marks, key=len) if marks else None  # "not-read" (kidney) first
    why += f"; {screened_why(withhold)}" if withhold else ""
    if withhold is None and (near := _near(rules, entry)) is not None:
        from magadvise.advice.near_condition import NEAR

        why += f"; {near}, so no dose is advised beside it"
        withhold = NEAR
    return entry._replace(skipped=why, unread=True, withhold=withhold)


def _near(rules: Rules, entry: Entry) -> str | None:
    """What a Condition's text not read looks like when it is a near miss of a condition that
    stops or caps the dose (``'CDK stage 4' looks like 'ckd stage 4' (...)``); else None."""
    from magadvise.advice.near_condition import near_condition

    for text in (entry.name, *entry.also):
        near = near_condition(rules, text)
        if near is not None:
            return near.said()
    return None


def _age_text(born: str, age: float | None, ages: Sequence[int]) -> str:
    """How a Patient's birth date reads; ``age`` the age advised for, ``ages`` every Patient's."""
    from magadvise.clock import today

    years = birth_age(born, today())
    if age is None:  # a dated Patient's age not used (magadvise.advice.undated_patient)
        from magadvise.advice.undated_patient import NOT_USED

        return f"born {born} (age {years} by the record): {NOT_USED}"
    if age is not None and int(age) != years:  # a younger --age or Patient is used
        whose = (
            f"age {age:g} is used, the record's youngest Patient's"
            if age == min(ages)
            else f"--age {age:g} is used"
        )
        return f"born {born} (age {years} by the record): not used; {whose} (the safer reading)"
    partial = " (no full date: the youngest age it allows)" if len(born) < 10 else ""
    if born > today().isoformat()[: len(born)]:
        partial = " (a date in the future: read as a newborn, the youngest age it allows)"
    return f"born {born}: age {years} on {today().isoformat()}{partial}, used as --age"


def _listed_age(years: str, age: float | None) -> str:
    """How an age written on a plain list reads; ``age`` the age advised for."""
    written = f"age {years} written on the list"
    if age is None or int(age) == int(years):
        return f"{written}, used as --age"
    return f"{written}: not used; age {age:g} is used (the younger: the safer reading)"
