"""The withholders for a record's entries kept by the safety net beyond kidney and magnesium:
one not read that may name another condition the rules stop or cap a dose for
(``not-read:<id>``, :mod:`magadvise.fhir.screen_more`), and a Condition the record lists as not
current that may still hold (``ended:<id>``, :mod:`magadvise.advice.ended_conditions`). See
:mod:`magadvise.advice.record_gate` for the kidney and magnesium ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.gating import Withholder

if TYPE_CHECKING:
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules

INACTIVE = "record-inactive-condition"
ASK = (
    "Ask your doctor what this entry means before taking magnesium, and give it with "
    "--condition if it names a condition you have."
)
KIDNEY_SOURCES = ("kdigo-2012-ckd",)
ACUTE_SOURCES = ("adqi-2017-akd",)


def may_name(rules: Rules, entry: Entry, condition: str) -> Withholder:
    """``record-not-read`` for an entry not read that may name ``condition`` (a rules id)."""
    from magadvise.advice.record_gate import NOT_READ
    from magadvise.fhir.screen_more import LABELS

    found = rules.conditions.find(condition)
    name = f"the record lists '{entry.name}' ({entry.where}), which magadvise could not read"
    label = LABELS.get(condition, condition)
    capped = found is not None and found.dosing.action == "cap"
    limit = "caps the dose" if capped else "gives no dose"
    basis = (
        f"It may name {label}, for which magadvise {limit}, and magadvise could not tell what it "
        "says (a negation such as 'no' or 'ruled out' is not read): no dose is advised beside an "
        "entry that may say so"
    )
    from magadvise.advice.line_screen import reading_said

    if (said := reading_said(entry.skipped)) is not None:  # "AVF", "PPM": what it was read as
        basis = (
            f"{said[:1].upper()}{said[1:]} (magadvise could not tell more of what it says: a "
            "negation such as 'no' or 'ruled out' is not read)"
        )
    return Withholder(NOT_READ, name, basis, _sources(rules, condition), ASK)


def listed_ended(rules: Rules, entry: Entry, condition: str) -> Withholder:
    """``record-inactive-condition`` for a Condition the record lists as not current that may
    still hold (:mod:`magadvise.advice.ended_conditions`)."""
    from magadvise.advice.ended_conditions import LASTING, RECENT_DAYS
    from magadvise.advice.record_gate import CHECK_FIRST

    found = rules.conditions.find(condition)
    shown = found.name if found is not None else condition
    name = f"the record lists '{entry.name}' ({entry.where}) as {entry.status}: '{shown}'"
    kidney = condition in ("kidney-disease", "severe-kidney-disease", "dialysis")
    if condition in LASTING and "within" not in (entry.skipped or ""):
        basis = (
            "Chronic kidney disease does not resolve: KDIGO 2012 defines it by kidney damage or "
            "a GFR below 60 lasting more than 3 months and counts a kidney transplant as kidney "
            "disease, so a kidney entry marked inactive is more often a tidied problem list or a "
            "transplant"
            if kidney
            else "Myasthenia gravis in remission, or heart failure that has improved, is still "
            "the condition (our judgement, the safer reading)"
        )
        extra = KIDNEY_SOURCES if kidney else ()
    else:
        basis = (
            f"It ended within {RECENT_DAYS} days (or the record does not say when), and may not "
            "be over: kidney function can take up to 90 days to recover after an acute kidney "
            "injury (ADQI 2017); the same window for high magnesium and heart block is our "
            "judgement"
        )
        extra = ACUTE_SOURCES
    basis += ": no dose is advised until it is confirmed"
    sources = tuple(s for s in extra if s in rules.sources) + _sources(rules, condition)
    return Withholder(INACTIVE, name, basis, tuple(dict.fromkeys(sources)),
                      CHECK_FIRST if kidney else ASK)  # fmt: skip


def _sources(rules: Rules, condition: str) -> tuple[str, ...]:
    found = rules.conditions.find(condition)
    return tuple(found.dosing.sources) if found is not None else ()
