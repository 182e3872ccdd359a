"""A time of day written as a label before a medicine on a list: ``AM: Amlodipine 5mg``,
``Morning - Metformin 500mg``.

Lists sorted by the time a medicine is taken put the time first, as a label (``AM:``,
``Morning -``, ``PM:``, ``Night:``, ``Bedtime -``, ``Breakfast:``). The label is when the
medicine is taken, not a medicine or a condition, yet read with the line it was a word NOT
ASSESSED. :func:`timed_line` reads such a line as the medicine with the directions the label
means (``Amlodipine 5mg every morning``), so the medicine keeps its cautions and its dose time.
Any other word before the medicine is not a time, and the line is read as it was (``Xyzzy:
Metformin 500mg``: ``Xyzzy`` NOT ASSESSED). A time written last with no joint is not read so:
it may be a brand's own word (``Excedrin PM`` is not Excedrin taken in the evening).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.advice.medications import MedicationFinder, Resolved, Unresolved

_BARE = {
    "am": "every morning", "morning": "every morning", "mornings": "every morning",
    "pm": "every evening", "evening": "every evening", "evenings": "every evening",
    "night": "at night", "nights": "at night", "night time": "at night",
    "nighttime": "at night", "noon": "at noon", "lunchtime": "at lunchtime",
}  # fmt: skip
"""Times of day a list writes alone as a label, which a medicine's directions do not read alone."""
_FIRST = r"^\s*(?P<label>[a-z][a-z &/+,]{0,30}?)\s*(?::|\s[-\u2013])\s*(?P<rest>\S.*)$"
_TIMES_A_DAY = {2: "twice daily", 3: "three times daily", 4: "four times daily"}
"""Directions for a label of several times of day (``AM & PM``, ``Morning/Noon/Night``)."""
_SUFFIX = r"\s+(?:meds|medications|medicines|medication|doses?|tablets|pills)$"
_TIMED = ("every morning", "every evening", "at ", "with ", "before ", "after ")


def timed_line(
    finder: MedicationFinder, line: str, unread: list[Unresolved]
) -> list[Resolved | Unresolved] | None:
    """The ``line``'s medicine read with the time of day its label gives, shown as written; None
    when the line has no such label, or more than one medicine or word not assessed is read
    with it. ``unread``: the line's readings not assessed (the label read with the line)."""
    from magadvise.advice.medications import Resolved

    found = re.match(_FIRST, line, re.IGNORECASE)
    when = time_label(found["label"]) if found is not None else None
    if found is None or when is None or not unread:
        return None
    timed = finder.resolve(f"{found['rest']} {when}")
    if len(timed) == 1 and isinstance(timed[0], Resolved):
        return [timed[0]._replace(input=line.strip())]
    return None


def time_label(label: str) -> str | None:
    """The directions a label means (``AM`` -> ``every morning``, ``Bedtime`` -> ``at
    bedtime``, ``Breakfast`` -> ``with breakfast``; ``AM meds``, ``Morning dose`` too), or None
    when ``label`` is not wholly a time of day (``daily``, ``as needed``: how often, read as
    directions already)."""
    from magadvise.names.instructions import FREQUENCIES
    from magadvise.names.sig_words import FREQUENCIES as MORE
    from magadvise.rules.names import normalize

    key = re.sub(_SUFFIX, "", normalize(label).rstrip("."))  # "AM meds", "Morning dose"
    parts = [p for p in re.split(r"\s*(?:&|/|\+|,|\band\b)\s*", key) if p]
    if len(parts) > 1:  # "AM & PM", "Morning/Night": as many doses a day as times
        times = {time_label(part) for part in parts}
        if None in times or len(times) != len(parts):
            return None
        return _TIMES_A_DAY.get(len(parts))
    if key in _BARE:
        return _BARE[key]
    said = FREQUENCIES.get(key) or MORE.get(key)
    return key if said is not None and said.startswith(_TIMED) else None
