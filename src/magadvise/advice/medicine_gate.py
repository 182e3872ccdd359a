"""Medicines that withhold a supplement dose by themselves (see :mod:`magadvise.advice.gating`).

A label that says no spacing works (``spacing.avoid``), a class taken only in a condition where
no self-care dose is advised (``withholds_dose``), and spacings from a major or critical caution
that no time of day can keep.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.gating import Withholder

if TYPE_CHECKING:
    from magadvise.advice.cautions import MedicationCaution
    from magadvise.advice.timing import TimingPlan

NO_TIME = "no-time-fits"  # the withholder when the timing plan finds no time of day at all
SERIOUS_SPACING = frozenset({"major", "critical"})  # withhold when the day has no time for them


def medicine_withholders(
    medications: Sequence[MedicationCaution], timing: TimingPlan | None = None
) -> tuple[Withholder, ...]:
    """Medicines that withhold the dose: a label that says no spacing works (``spacing.avoid``:
    raltegravir, baloxavir, quinine, ...), a class taken only in a condition where no
    self-care dose is advised (``withholds_dose``: phosphate binders, taken in kidney failure),
    and medicines whose spacing together leaves no time of day for magnesium (``timing`` not
    feasible: tetracycline four times a day with ciprofloxacin and levothyroxine), since a dose
    that can be taken at no time apart from them would be taken within a spacing window.
    Only who to ask is shown, never a supplement dose.
    """
    out: dict[str, Withholder] = {}
    crowded = timing is not None and not timing.feasible and not timing.avoided
    if crowded and timing is not None and _has_serious_spacing(medications, timing):
        out[NO_TIME] = _no_time(medications, timing)  # never placed by a guess
    for m in medications:
        for c in m.classes:
            if c.id in out:
                continue
            if c.spacing is not None and c.spacing.avoid:
                name = f"{m.resolved.medication.name}: no magnesium with it at any time"
                basis = c.spacing.note or c.severity_basis
                out[c.id] = Withholder(c.id, name, basis, c.sources, c.advice)
            elif c.withholds_dose:
                name = f"{m.resolved.medication.name}: {c.name}"
                out[c.id] = Withholder(c.id, name, c.severity_basis, c.sources, c.advice)
    return tuple(out.values())


def _has_serious_spacing(medications: Sequence[MedicationCaution], timing: TimingPlan) -> bool:
    """True when one of the plan's spacings comes from a major or critical caution. When no
    time of day fits the day's spacings, the dose is withheld if any of them is such a spacing
    (tetracycline with iron: magnesium is never placed by a guess near the tetracycline); minor
    or moderate spacings alone that cannot be kept are said in the timing plan beside the dose
    (iron three times a day, cephalexin four)."""
    graded = {c.id: c.severity for m in medications for c in m.classes}
    return any(graded.get(k) in SERIOUS_SPACING for c in timing.constraints for k in c.classes)


def _no_time(medications: Sequence[MedicationCaution], timing: TimingPlan) -> Withholder:
    """``no time of day keeps magnesium apart from tetracycline and ciprofloxacin``, citing
    the spacing classes of the medicines in the plan."""
    names = [c.medication for c in timing.constraints]
    who = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    spaced = {k for c in timing.constraints for k in c.classes}
    sources = [s for m in medications for c in m.classes if c.id in spaced for s in c.sources]
    name = f"no time of day keeps magnesium apart from {who}"
    advice = (
        "Ask your pharmacist whether a dose time can move, or whether to pause magnesium "
        f"while you take {'it' if len(names) == 1 else 'them'}."
    )
    return Withholder(NO_TIME, name, timing.summary(), tuple(dict.fromkeys(sources)), advice)
