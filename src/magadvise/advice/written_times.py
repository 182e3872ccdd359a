"""Dose times that a medicine's written directions imply ("qhs" is at bedtime, "bid" twice a day).

These are still assumptions about the clock (shown as assumed in the timing plan), but they
follow what the person wrote instead of a typical time for the medicine: a levothyroxine dose
"at bedtime" is kept apart from magnesium at night, not at 07:00. Times written as clock times
(``8 am``) are the person's own and are used as given, like ``--at``.
"""

from __future__ import annotations

from collections.abc import Sequence

# A time of day a direction names, as a clock time (our assumption, shown as assumed).
ANCHORS = {
    "before breakfast": "07:00",
    "every morning": "08:00",
    "with breakfast": "08:00",
    "after breakfast": "08:30",
    "before lunch": "12:30",
    "at midday": "13:00",
    "after lunch": "13:30",
    "before the evening meal": "17:30",
    "every evening": "18:00",
    "with the evening meal": "18:00",
    "after the evening meal": "18:30",
    "at bedtime": "22:00",
}
# Doses a day a direction names; "every N hours" gives 24 / N.
PER_DAY = {"once a day": 1, "twice a day": 2, "three times a day": 3, "four times a day": 4}
# Evenly spread waking-day schedules for a number of doses a day (our assumption).
SCHEDULES = {
    1: ("08:00",),
    2: ("08:00", "20:00"),
    3: ("08:00", "14:00", "20:00"),
    4: ("08:00", "12:00", "16:00", "20:00"),
}
FIRST_DOSE_H = 8
NEAR_MIN = 120  # a typical time this close to a named time of day is kept


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _interval_h(frequency: str) -> int | None:
    """``every 6 hours`` -> 6; ``every 4-6 hours`` -> 4 (the shorter gap: more doses to keep
    magnesium away from); None for anything else."""
    words = frequency.split()
    if len(words) == 3 and words[0] == "every" and words[2] in ("hour", "hours"):
        low = words[1].split("-")[0]
        return int(low) if low.isdigit() and int(low) > 0 else None
    return None


def doses_a_day(frequency: Sequence[str]) -> int | None:
    """Doses a day the parser's frequency words name (``twice a day`` -> 2, ``every 6 hours``
    -> 4), or None when none is given."""
    times = _doses(frequency)
    return len(times) if times is not None else None


def _doses(frequency: Sequence[str]) -> tuple[str, ...] | None:
    """The clock times a dose count or interval implies, or None when none is given."""
    for often in frequency:
        if often in PER_DAY:
            return SCHEDULES[PER_DAY[often]]
        hours = _interval_h(often)
        if hours is not None and hours < 24:
            return tuple(
                f"{(FIRST_DOSE_H + k * hours) % 24:02d}:00" for k in range(max(1, 24 // hours))
            )
    return None


def _close(typical: Sequence[str], wanted: Sequence[str]) -> bool:
    """True when ``typical`` has as many times as ``wanted``, each within NEAR_MIN of one."""
    if len(typical) != len(wanted):
        return False
    pairs = zip(sorted(typical), sorted(wanted), strict=True)
    return all(abs(_minutes(a) - _minutes(b)) <= NEAR_MIN for a, b in pairs)


def implied_times(frequency: Sequence[str], typical: Sequence[str]) -> tuple[str, ...] | None:
    """The dose times the written ``frequency`` implies, or None to keep ``typical``.

    ``frequency`` is the parser's plain words (``("twice a day", "with food")``); ``typical``
    the medicine's assumed times. Named times of day (``at bedtime``, ``with breakfast``) are
    used when they account for every dose; otherwise a dose count or interval spreads the
    doses over the day. The typical times are kept when they already fit what was written
    (levothyroxine's 07:00 for ``every morning``).
    """
    anchors = tuple(sorted({ANCHORS[f] for f in frequency if f in ANCHORS}))
    doses = _doses(frequency)
    wanted = anchors if anchors and (doses is None or len(doses) <= len(anchors)) else doses
    if not wanted:
        return None
    if _close(typical, wanted) or (wanted is doses and len(typical) == len(wanted)):
        return None
    return wanted
