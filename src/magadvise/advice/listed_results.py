"""A list's line that carries a serum magnesium result (:mod:`magadvise.names.mg_result`), read
as a blood result before its medicines are (:mod:`magadvise.advice.line_reading`).

A result above :data:`magadvise.advice.record_results.MAGNESIUM_ABOVE` (0.95 mmol/L, the one
threshold a health record's result is read with) counts as the rules' ``hypermagnesemia``
condition, high blood magnesium, which withholds the dose with that condition's own alert (not as
a magnesium product of unknown amount); a value whose unit would decide it withholds as not read;
a result not high is shown as read, with no condition. The words left on the line are read again
for medicines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.medications import Unresolved
from magadvise.names.mg_result import MgResult, without_results

if TYPE_CHECKING:
    from magadvise.advice.listed_conditions import ListedCondition
    from magadvise.advice.medications import MedicationFinder, Resolved
    from magadvise.medlist import Entry
    from magadvise.names.notmed import Ignored
    from magadvise.rules.ruleset import Rules


def without_labs(
    rules: Rules,
    finder: MedicationFinder,
    line: str,
    labs: list[MgResult],
    entry: Entry | None,
    out: tuple[list[ListedCondition], list[Entry], list[Ignored]],
) -> tuple[str, list[Resolved | Unresolved]]:
    """The ``line`` without its serum magnesium results (:mod:`magadvise.names.mg_result`) and
    its readings: a high result counts as high blood magnesium (the rules' ``hypermagnesemia``),
    one whose unit decides it withholds as not read, one not high is shown as read. ``out``:
    the line reading's conditions, entries screened and texts ignored, added to here."""
    from magadvise.advice.listed_conditions import as_listed
    from magadvise.advice.record_results import HIGH_MAGNESIUM, MAGNESIUM_ABOVE
    from magadvise.medlist import Entry
    from magadvise.names.notmed import Ignored

    listed, screened, ignored = out

    where = entry.where if entry is not None else None
    high = rules.conditions.find(HIGH_MAGNESIUM)
    for lab in labs:
        if lab.mmol is None or (lab.mmol > MAGNESIUM_ABOVE and high is None):
            why = (
                f"a serum magnesium result with no unit, {lab.text!r}: high in mmol/L, not in "
                "mg/dL, so not read; no dose is advised beside it (give the unit, or ask the "
                "doctor what it means)"
            )
            where_entry = entry or Entry(name=lab.text, file="--med")
            screened.append(
                where_entry._replace(name=lab.text, skipped=why, unread=True, withhold="not-read")
            )
        elif lab.mmol > MAGNESIUM_ABOVE and high is not None:
            said = f"serum magnesium {lab.text} ({lab.mmol:g} mmol/L, above {MAGNESIUM_ABOVE:g})"
            listed.append(as_listed(said, (high,), entry, ""))
        else:
            why = f"a serum magnesium result ({lab.mmol:g} mmol/L): not high, no condition counted"
            ignored.append(Ignored(lab.text, why, where))
    rest = without_results(line, labs)
    again = finder.resolve(rest) if rest else []
    return rest, [r if isinstance(r, Unresolved) else r._replace(input=line) for r in again]
