"""A daily timing plan: when magnesium can be taken, given the spacing each medicine needs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from magadvise.advice.medications import Resolved
from magadvise.advice.written_times import PER_DAY, implied_times
from magadvise.record import Record
from magadvise.rules.model_medicines import MedicationClass
from magadvise.rules.ruleset import Rules

if TYPE_CHECKING:
    from magadvise.advice.own_magnesium import OwnMagnesium

DAY = 24 * 60
STEP = 5
MIN_WINDOW = 15
AWAKE = ("07:00", "22:00")
DEFAULT_TIMES = ("08:00",)
_WORDS = {count: words for words, count in PER_DAY.items()}


def to_minutes(clock: str) -> int:
    """``"07:30"`` -> 450."""
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def to_clock(minutes: int) -> str:
    """450 -> ``"07:30"``."""
    minutes %= DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class Constraint(Record):
    """How far magnesium must stay from one medicine's doses."""

    medication: str
    times: tuple[str, ...]
    assumed: bool
    after_h: float
    before_h: float
    classes: tuple[str, ...]
    avoid: bool = False
    reason: str | None = None
    """Why no spacing works, when ``avoid`` (from the class's spacing note)."""
    recorded: bool = False
    """The dose times came from a health record (FHIR dosage), not from ``--at``."""
    record_note: str | None = None
    """How the record's timing was read, when it gave no clock times (``twice a day; clock
    times typical``, ``before breakfast; clock time typical``)."""

    def gap(self) -> str:
        """``6 h before or 2 h after``, or ``no gap is enough: avoid`` for an avoid class."""
        if self.avoid:
            return "no gap is enough: avoid"
        parts = []
        if self.before_h:
            parts.append(f"{self.before_h:g} h before")
        if self.after_h:
            parts.append(f"{self.after_h:g} h after")
        return " or ".join(parts)

    def sentence(self) -> str:
        """``at least 6 h before or 2 h after ciprofloxacin``."""
        if self.avoid:
            return f"away from {self.medication} altogether (no gap is enough)"
        return f"at least {self.gap()} {self.medication}"


class TimingPlan(Record):
    """Allowed windows (at least MIN_WINDOW minutes) within waking hours, and a suggested time."""

    constraints: tuple[Constraint, ...]
    windows: tuple[tuple[str, str], ...]
    suggestion: str | None
    awake: tuple[str, str] = AWAKE
    own: tuple[OwnMagnesium, ...] = ()
    """The magnesium products the person listed, placed in the plan (:mod:`own_magnesium`)."""

    @property
    def feasible(self) -> bool:
        """False when no time of day satisfies every medicine (always, with an avoid class)."""
        return bool(self.windows)

    @property
    def avoided(self) -> tuple[Constraint, ...]:
        """Medicines whose label says no spacing works: no window is offered at all."""
        return tuple(c for c in self.constraints if c.avoid)

    def where(self) -> str:
        """``any time in 11:00-14:00 (for example 12:30)``, or who to ask when no time fits
        (the windows are then empty)."""
        if self.avoided:
            return "no time of day is offered: ask your prescriber or pharmacist"
        if not self.feasible:
            return "no time of day fits the plan: ask your pharmacist"
        spans = ", ".join(a if a == b else f"{a}-{b}" for a, b in self.windows)
        return f"any time in {spans} (for example {self.suggestion})"

    def summary(self) -> str:
        """One sentence a person can act on."""
        if self.avoided:
            names = " or ".join(c.medication for c in self.avoided)
            return (
                f"No time of day is offered for magnesium: the label says not to take magnesium "
                f"antacids, laxatives or supplements with {names} at any time, even with the "
                "doses spaced apart. Ask your prescriber or pharmacist before taking any "
                "magnesium, and what to use instead. Why: "
                + " ".join(c.reason or "" for c in self.avoided).strip()
            )
        rule = "; ".join(c.sentence() for c in self.constraints)
        if not self.feasible:
            return (
                f"No time between {self.awake[0]} and {self.awake[1]} keeps magnesium {rule}. "
                "Ask your pharmacist whether a dose time can move, or whether to skip magnesium."
            )
        return f"Take magnesium {rule}: {self.where()}."


def spread(per_day: float, typical: Sequence[str]) -> tuple[tuple[str, ...] | None, str]:
    """Dose times for ``per_day`` doses a day from a record, and the words for it.

    The count is read as the same words on a written list would be (``twice a day``, ``every
    4 hours``; :func:`magadvise.advice.written_times.implied_times`): the medicine's typical
    times when they fit, else the doses spread over the day. No times (None) for a count that
    is not a whole number a day, or not 1 to 4 or an even interval (weekly, every 36 h: the
    typical times are kept, marked assumed).
    """
    count = round(per_day)
    if count < 1 or abs(per_day - count) > 0.05:
        return None, ""
    words = _WORDS.get(count) or (f"every {24 // count} hours" if 24 % count == 0 else "")
    if not words:
        return None, ""
    return implied_times((words,), typical) or tuple(typical), words


def _constraint(
    resolved: Resolved,
    classes: Sequence[MedicationClass],
    times: dict[str, tuple[str, ...]],
    recorded: Mapping[str, str | None],
    per_day: Mapping[str, float],
) -> Constraint | None:
    spaced = [c for c in classes if c.spacing is not None]
    if not spaced:
        return None
    after = max(c.spacing.magnesium_after_h for c in spaced if c.spacing)
    before = max(c.spacing.magnesium_before_h for c in spaced if c.spacing)
    avoid = [c.spacing.note or c.name for c in spaced if c.spacing and c.spacing.avoid]
    medication = resolved.medication
    parsed = resolved.parsed
    given = times.get(medication.id) or (parsed.times if parsed else None) or None
    ingredient_times = next((i.typical_times for i in resolved.ingredients if i.typical_times), ())
    typical = (
        medication.typical_times
        or ingredient_times
        or next((c.typical_times for c in spaced if c.typical_times), DEFAULT_TIMES)
    )
    written = implied_times(parsed.frequency, typical) if parsed else None
    default = written or typical
    note = recorded.get(medication.id)
    count = per_day.get(medication.id)
    if given is None and count is not None:
        given, words = spread(count, typical)
        note = f"{words}; clock times typical" if given is not None else None
    label = resolved.input.strip() if medication.ingredients else medication.name
    return Constraint(
        medication=label,
        times=given or default,
        assumed=given is None,
        after_h=after,
        before_h=before,
        classes=tuple(c.id for c in spaced),
        avoid=bool(avoid),
        reason=" ".join(avoid) or None,
        recorded=given is not None and (medication.id in recorded or note is not None),
        record_note=note if given is not None else None,
    )


def _allowed(minute: int, doses: Sequence[tuple[int, float, float]]) -> bool:
    """Whether ``minute`` keeps every spacing: ``doses`` are (dose minute, hours magnesium
    must follow it, hours magnesium must precede it)."""
    for dose, after_h, before_h in doses:
        delta = (minute - dose) % DAY
        if delta == 0 and (after_h or before_h):
            return False
        if delta < after_h * 60 or DAY - delta < before_h * 60:
            return False
    return True


def _windows(constraints: Sequence[Constraint]) -> list[tuple[int, int]]:
    """The waking-hours windows (minutes, at least MIN_WINDOW long) that keep every spacing."""
    start, end = (to_minutes(t) for t in AWAKE)
    windows: list[tuple[int, int]] = []
    blocked = any(c.avoid for c in constraints)  # no spacing works: offer no window at all
    doses = [(to_minutes(t), c.after_h, c.before_h) for c in constraints for t in c.times]
    for minute in () if blocked else range(start, end + 1, STEP):
        if _allowed(minute, doses):
            if windows and windows[-1][1] == minute - STEP:
                windows[-1] = (windows[-1][0], minute)
            else:
                windows.append((minute, minute))
    return [(a, b) for a, b in windows if b - a >= MIN_WINDOW]


def plan_timing(
    rules: Rules,
    items: Sequence[tuple[Resolved, Sequence[MedicationClass]]],
    times: dict[str, tuple[str, ...]],
    recorded: Mapping[str, str | None] | None = None,
    per_day: Mapping[str, float] | None = None,
) -> TimingPlan | None:
    """The plan, or None when no medicine needs doses spaced from magnesium.

    ``times``: dose times by medication id; ``recorded``: the ids whose times came from a
    health record rather than from the command line, with how they were read (None: clock
    times); ``per_day``: doses a day a record gives without times, by id (see :func:`spread`).
    """
    del rules  # the plan needs only the classes already resolved
    made = (_constraint(r, cl, times, recorded or {}, per_day or {}) for r, cl in items)
    constraints = tuple(c for c in made if c)
    if not constraints:
        return None
    windows = _windows(constraints)
    suggestion = None
    if windows:
        first, last = max(windows, key=lambda w: w[1] - w[0])
        middle = (first + last) // 2
        rounded = min(max(30 * round(middle / 30), first), last)
        suggestion = to_clock(rounded)
    spans = tuple((to_clock(a), to_clock(b)) for a, b in windows)
    return TimingPlan(constraints, spans, suggestion)
