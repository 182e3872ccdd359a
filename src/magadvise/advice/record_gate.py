"""A health record's entries that stop any dose (see :mod:`magadvise.advice.gating`).

Two kinds, marked by the FHIR reader and :mod:`magadvise.advice.record_facts` in
``Entry.withhold``:

- ``not-read``: a Condition or Observation magadvise could not read whose text or code looks
  kidney-, dialysis- or magnesium-related (:mod:`magadvise.fhir.screen`). A dose printed beside
  "ESRD on HD" or an eGFR of "<15" it did not read could be a dose for someone who must not
  take one, so none is given: the kidney conditions and high blood magnesium withhold by name
  in the rules, and the entry may say either.
- ``not-read:<condition id>``: the same, for an entry that may name another condition the
  rules withhold or cap the dose for (heart block, myasthenia, heart failure, pregnancy,
  breastfeeding; :mod:`magadvise.fhir.screen_more`): withholder ``record-not-read`` too.
- ``near-condition``: a text not read, on a list or as a record's Condition, that is a near
  miss of a condition that stops or caps the dose (``CDK stage 4``;
  :mod:`magadvise.advice.near_condition`): withholder ``looks-like-condition``.
- ``ended:<condition id>``: a Condition the record lists as inactive, resolved or in remission
  that still withholds (:mod:`magadvise.advice.ended_conditions`): withholder
  ``record-inactive-condition``.
- ``given``: magnesium given into a vein or a muscle that is still running, or was given within
  :data:`RECENT_DAYS` days of the run's date (:func:`magadvise.clock.today`; a record that does
  not say when counts as recent). Magnesium is excreted solely by the kidney, at a rate
  proportional to the serum level and the GFR (label of Magnesium Sulfate in Water for
  Injection, clinical pharmacology, Hospira/Pfizer), and the injection's label counts doses over
  a 48-hour period in severe renal insufficiency (rules source ``s31``); the window of two whole
  days after the date it ended (48 to 72 hours) is our judgement, the safer reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from magadvise.advice.gating import Withholder

if TYPE_CHECKING:
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules

NOT_READ = "record-not-read"
AGE_NOT_READ = "age-not-read"  # an age or birth date given but not read (no --age)
GIVEN = "magnesium-given"
RECENT_DAYS = 2
"""Whole days after the date magnesium was given by injection or infusion that withhold."""
GIVEN_SOURCES = ("s31",)
CHECK_FIRST = (
    "Check kidney function (and blood magnesium) with your doctor before taking magnesium: ask "
    "what this entry means, and give it with --condition if it names a condition."
)
AFTER_GIVEN = (
    "Ask the team that gave it whether, and when, to take magnesium by mouth: they may check "
    "your blood magnesium first."
)


def record_withholders(
    rules: Rules, skipped: Sequence[Entry], age: float | None
) -> tuple[Withholder, ...]:
    """One withholder for each entry of ``skipped`` that stops the dose, in record order;
    ``age``: the age advised for (None: not known; see :mod:`magadvise.advice.undated_patient`)."""
    from magadvise.advice.undated_patient import undated_withholder

    undated = undated_withholder(skipped, age)
    out: list[Withholder] = [undated] if undated else []
    for entry in skipped:
        if entry.withhold in ("not-read", "kidney-lab"):  # one left undecided withholds
            out.append(_not_read(rules, entry))
        elif entry.withhold is not None and entry.withhold.startswith("not-read:"):
            from magadvise.advice.record_kept import may_name

            out.append(may_name(rules, entry, entry.withhold.partition(":")[2]))
        elif entry.withhold == AGE_NOT_READ:  # "DOB: sometime", "Age: four"
            out.append(_age_not_read(rules, entry))
        elif entry.withhold == "near-condition":  # "CDK stage 4": a condition misspelt
            from magadvise.advice.near_gate import near_withholder

            out.append(near_withholder(rules, entry))
        elif entry.withhold is not None and entry.withhold.startswith("ended:"):
            from magadvise.advice.record_kept import listed_ended

            out.append(listed_ended(rules, entry, entry.withhold.partition(":")[2]))
        elif entry.withhold is not None and entry.withhold.startswith("given"):
            when = entry.withhold.removeprefix("given").strip()
            if _recent(when):
                out.append(_given(rules, entry, when))
    return tuple(out)


def _not_read(rules: Rules, entry: Entry) -> Withholder:
    name = f"{entry.said()} '{entry.name}' ({entry.where}), which magadvise could not read"
    basis = (
        "It looks kidney-, dialysis- or magnesium-related, and magadvise could not tell what it "
        "says. Magnesium builds up when the kidneys clear it less well, and more magnesium makes "
        "a high blood magnesium worse: no dose is advised beside an entry that may say either"
    )
    return Withholder(NOT_READ, name, basis, _sources(rules), CHECK_FIRST)


def _age_not_read(rules: Rules, entry: Entry) -> Withholder:
    name = (
        f"{entry.said('gives')} '{entry.name}' ({entry.where}): an age or birth date magadvise "
        "could not read"
    )
    then = "Give the age with --age."
    if entry.fact == "ageUnclear":  # "4 years" alone: an age, or a course's length
        from magadvise.medlist.age_alone import unclear_said

        name, then = unclear_said(entry)
    elif entry.fact == "otherAge":  # "Mum DOB 01/02/1990": someone else's
        from magadvise.medlist.other_person import other_said

        name, then = other_said(entry)
    basis = (
        "Whoever it is for may be a child, and a child's upper level for supplements depends on "
        "the age (lower for younger children, IOM 1997): without it no dose can be checked "
        "against the right level, and never against an adult's"
    )
    sources = tuple(s for s in ("s1b",) if s in rules.sources)
    return Withholder(AGE_NOT_READ, name, basis, sources, then)


def _given(rules: Rules, entry: Entry, when: str) -> Withholder:
    said = {"now": "still running", "": "not said when"}.get(when, f"given {when[:10]}")
    name = f"magnesium given by injection or infusion: '{entry.name}' ({entry.where}, {said})"
    basis = (
        "Magnesium given into a vein or a muscle raises blood magnesium, and only the kidneys "
        f"clear it: none is advised by mouth while it runs or for {RECENT_DAYS} days after "
        "(our judgement; the injection's label counts doses over 48 hours)"
    )
    sources = tuple(s for s in GIVEN_SOURCES if s in rules.sources)
    return Withholder(GIVEN, name, basis, sources, AFTER_GIVEN)


def _recent(when: str) -> bool:
    """Given within RECENT_DAYS of today (or later, or not said when: the safer reading)."""
    from magadvise.clock import today

    if when == "now":
        return True
    try:
        given = date.fromisoformat(when[:10])
    except ValueError:
        return True
    return (today() - given).days <= RECENT_DAYS


def _sources(rules: Rules) -> tuple[str, ...]:
    """The sources the rules give for withholding in kidney disease and high magnesium."""
    found = [rules.conditions.find(n) for n in ("kidney-disease", "hypermagnesemia")]
    return tuple(dict.fromkeys(s for c in found if c is not None for s in c.dosing.sources))
