"""Magnesium the person already takes, put in the timing plan: a product listed with a time
(``Mag-Ox 400 1 tab with breakfast``) that falls inside a medicine's keep-apart window is named,
with the window to move it to; one listed with no time is told to follow the same plan.

The plan itself (:mod:`magadvise.advice.timing`) is for magnesium in general; without this, a
patient reads it as advice for a new supplement only, while their own antacid at breakfast sits
beside their ciprofloxacin.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from magadvise.advice.otc import MAGNESIUM_PRODUCT, MULTIVITAMIN
from magadvise.advice.timing import DAY, Constraint, TimingPlan, to_minutes
from magadvise.advice.written_times import ANCHORS
from magadvise.record import Record

if TYPE_CHECKING:
    from magadvise.advice.cautions import MedicationCaution


class Clash(Record):
    """One dose of a medicine that a magnesium product's time is too close to."""

    medication: str
    dose_time: str
    relation: str
    """``same time``, ``before`` (magnesium within ``hours`` before the dose) or ``after``;
    ``avoid`` when the medicine's label allows magnesium at no time."""
    hours: float

    def words(self) -> str:
        """``within 6 h before ciprofloxacin (08:00)``."""
        if self.relation == "avoid":
            return f"not allowed at any time with {self.medication} (its label)"
        if self.relation == "same time":
            return f"at the same time as {self.medication} ({self.dose_time})"
        return f"within {self.hours:g} h {self.relation} {self.medication} ({self.dose_time})"


class OwnMagnesium(Record):
    """A listed magnesium product and where its stated time falls in the plan."""

    input: str
    name: str
    """The product as read, without its directions (``Mag-Ox 400``)."""
    times: tuple[str, ...]
    """Its clock times (HH:MM), as given (``--at``, a record, ``8 am``) or as a named time of
    day implies (``with breakfast`` 08:00); empty when no time was stated."""
    written: str | None
    """The named time of day it was written with (``with breakfast``), if any."""
    clashes: tuple[Clash, ...]

    def sentence(self, plan: TimingPlan) -> str:
        """What to do about it, in one sentence."""
        name = self.name
        where = plan.where()
        if not self.times:
            follow = f"take it by the same plan: {where}" if plan.feasible else where
            return f"{name}: no time was given; {follow}."
        at = ", ".join(self.times)
        when = f"{self.written} ({at})" if self.written else f"at {at}"
        if not self.clashes:
            return f"{name} {when} keeps to the plan."
        clash = " and ".join(c.words() for c in self.clashes)
        move = f"move it to {where}" if plan.feasible else where
        return f"{name} {when} is {clash}: {move}."


def _clashes(minute: int, constraints: Sequence[Constraint]) -> list[Clash]:
    """The medicine doses a magnesium dose at ``minute`` is too close to (as timing._allowed)."""
    out = []
    for c in constraints:
        if c.avoid:
            out.append(Clash(c.medication, "", "avoid", 0))
            continue
        for dose in c.times:
            delta = (minute - to_minutes(dose)) % DAY  # minutes after the medicine's dose
            if delta == 0 and (c.after_h or c.before_h):
                out.append(Clash(c.medication, dose, "same time", 0))
            elif delta < c.after_h * 60:
                out.append(Clash(c.medication, dose, "after", c.after_h))
            elif DAY - delta < c.before_h * 60:
                out.append(Clash(c.medication, dose, "before", c.before_h))
    return out


def _stated(
    caution: MedicationCaution, times: Mapping[str, tuple[str, ...]]
) -> tuple[tuple[str, ...], str | None]:
    """A product's stated times and the named time of day written, if any: ``--at`` or a
    record's times, clock times written with it, or named times of day (``with breakfast``);
    a count alone (``twice a day``) states no time."""
    resolved = caution.resolved
    given = times.get(resolved.medication.id)
    if given:
        return tuple(given), None
    parsed = resolved.parsed
    if parsed is None:
        return (), None
    if parsed.times:
        return tuple(parsed.times), None
    named = [f for f in parsed.frequency if f in ANCHORS]
    if not named:
        return (), None
    return tuple(sorted({ANCHORS[f] for f in named})), " and ".join(named)


def _name(caution: MedicationCaution) -> str:
    """``Mag-Ox 400``, ``magnesium glycinate 120 mg``: the name and strength as typed."""
    parsed = caution.resolved.parsed
    if parsed is None or not parsed.parts:
        return caution.resolved.input.strip()
    return " + ".join(f"{p.text} {p.strength}" if p.strength else p.text for p in parsed.parts)


def is_magnesium(caution: MedicationCaution) -> bool:
    """True when the medicine contains magnesium (counted or of unknown amount)."""
    return any(
        part.magnesium is not None or {MAGNESIUM_PRODUCT, MULTIVITAMIN} & set(part.classes)
        for part in caution.resolved.ingredients
    )


def own_magnesium(
    plan: TimingPlan | None,
    cautions: Sequence[MedicationCaution],
    times: Mapping[str, tuple[str, ...]],
) -> TimingPlan | None:
    """The plan with the magnesium products listed among ``cautions`` placed in it (each once,
    with the doses its times clash with); None stays None (no medicine needs spacing)."""
    if plan is None:
        return None
    seen: set[str] = set()
    out = []
    for caution in cautions:
        key = caution.resolved.input.strip()
        if key in seen or not is_magnesium(caution):
            continue
        seen.add(key)
        clocks, written = _stated(caution, times)
        found = [x for t in clocks for x in _clashes(to_minutes(t), plan.constraints)]
        clashes = tuple(dict.fromkeys(found))  # an avoid class once, whatever the times
        name = _name(caution)
        out.append(OwnMagnesium(caution.resolved.input, name, clocks, written, clashes))
    return plan._replace(own=tuple(out)) if out else plan
