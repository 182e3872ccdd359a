"""A record's creatinine, urea and other kidney results not read, weighed against its eGFR.

A basic metabolic panel sits beside nearly every eGFR a record holds. magadvise reads kidney
function from the eGFR or creatinine clearance; a serum creatinine, urea (BUN), cystatin C, urine
creatinine or albumin/creatinine ratio, or a renal panel with no value, is not read
(:mod:`magadvise.fhir.kidney_labs` marks it ``withhold="kidney-lab"``). It is listed as not read
and, here, decided with the whole record:

- an eGFR or creatinine clearance that WAS read is dated the same day as the result or later:
  kidney function is known from it, and the result does not withhold (the reason names that
  eGFR and its date);
- otherwise it withholds (``withhold="not-read"``, :mod:`magadvise.advice.record_gate`), and the
  reason says why: no eGFR or creatinine clearance was read; the result has no date; the eGFR
  has none; or the result is newer than every eGFR read (kidney function may have changed).

Days are compared as the FHIR reader gives them (:func:`magadvise.fhir.kidney_labs.result_day`).
A result the laboratory flags never reaches here: it withholds when read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.advice.record_facts import RecordFact
    from magadvise.medlist import Entry

KIDNEY_FUNCTION = ("egfr", "crcl")


def settle_kidney_labs(record: Sequence[RecordFact], skipped: Sequence[Entry]) -> tuple[Entry, ...]:
    """``skipped`` with each ``kidney-lab`` entry decided against the eGFR/CrCl read in
    ``record`` (the facts read); every other entry as it was, in the same order."""
    read = [f.entry for f in record if f.entry.fact in KIDNEY_FUNCTION]
    return tuple(
        _settle(entry, read) if entry.withhold == "kidney-lab" else entry for entry in skipped
    )


def _settle(entry: Entry, read: Sequence[Entry]) -> Entry:
    from magadvise.fhir.screen import SCREENED

    dated = sorted((e.dated, i) for i, e in enumerate(read) if e.dated is not None)
    later = [i for day, i in dated if entry.dated is not None and day >= entry.dated]
    if not read:
        why = "no eGFR or creatinine clearance was read from the record"
    elif entry.dated is None:
        why = "it has no date to compare with the record's eGFR or creatinine clearance"
    elif later:
        used = read[later[0]]
        said = f"{_written(used)} of {used.dated}"
        why = f"the record's {said} was used for kidney function, so it does not withhold the dose"
        return entry._replace(skipped=f"{entry.skipped}; {why}", withhold=None)
    elif not dated:
        why = "the record's eGFR or creatinine clearance has no date to compare it with"
    else:
        why = (
            f"it is dated {entry.dated}, after the record's latest eGFR or creatinine clearance "
            f"({dated[-1][0]}): kidney function may have changed since"
        )
    return entry._replace(skipped=f"{entry.skipped}; {why}; {SCREENED}", withhold="not-read")


def _written(entry: Entry) -> str:
    from magadvise.advice.record_results import UNITS, written

    return f"{written(entry)} {UNITS.get(entry.fact or '', '')}".strip()
