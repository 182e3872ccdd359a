"""Weeks of a pregnancy or its due date written anywhere on a list's line, beside a medicine.

Antenatal lists put the pregnancy on the medicine's own line: ``levothyroxine 100mcg 28/40``,
``Boostrix IM 28/40`` (pertussis vaccine, given at 16-32 weeks), ``Abrysvo RSV vaccine 32/40``,
``Tdap 0.5 mL IM - due date 4/10/27``. Read whole, such a line was a medicine not assessed,
and the pregnancy in it never counted. :func:`pregnancy_written` reads it as a pregnancy,
the 350 mg cap, and the medicine is read (or left NOT ASSESSED) as it was:

- ``N/40`` or ``N+D/40`` (weeks 4 to 42, :data:`magadvise.advice.condition_lead.WEEKS`, as
  obstetric notes write them), after a strength written with its unit (``100mcg 28/40``; a
  combination's own ``10/40 mg`` has its unit after it), or anywhere on a line that names no
  combination medicine (``Vytorin 10/40``, ``Caduet 10/40``: its strength, not weeks). ``20/40``
  is read only after a medicine's dose on a line with no word of the eyes (``Aspirin 150 mg
  nocte - 20/40``, the 20-week scan): alone, or beside ``vision``, ``VA`` or ``eye``, it may be
  a visual acuity and is not read. After an insulin (``Humalog 12/40``,
  ``NovoRapid 32/40``) the numbers may be its doses morning and evening, but an insulin is
  often a pregnancy's (gestational diabetes): the cap stays, and the fact shown says it may be
  the insulin's doses (:func:`magadvise.advice.not_pregnancy.after_insulin`);
- ``due date`` (``baby due date``, ``estimated due date``), a baby said due (``baby due
  4/1/27``, ``Expecting - due in April``), unless its words say it is a medicine's next
  dose (``refill due date``, ``dose 2 due date``:
  :func:`magadvise.advice.not_pregnancy.said_next`);
- a pregnancy's own regimen: an injected corticosteroid beside 23-36 weeks, anti-D with a
  further dose due (:mod:`magadvise.advice.antenatal_regimen`);
- a last menstrual period's date within a pregnancy's length (``LMP 1/6/26``, ``LMP 1 July
  2026``: :mod:`magadvise.advice.last_period`);
- a line wholly in pregnancy shorthand (``Due: 10/04/2027``, ``28+3``, ``I'm 28 weeks``:
  :mod:`magadvise.advice.pregnancy_shorthand`).

Nothing is added when the line already counts a pregnancy (``28/40 on levothyroxine``,
``Humalog 12/40 (GDM)``). The patterns are compiled on first use, for a line with ``/40``,
``due`` or weeks in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.condition_lead import WEEKS
from magadvise.advice.listed_conditions import ListedCondition, as_listed, read_listed
from magadvise.advice.medications import Resolved

if TYPE_CHECKING:
    from magadvise.advice.medications import Unresolved
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules

_UNIT = r"(?:mg|mcg|micrograms?|g|ml|units?|iu|%)"
# weeks after a strength with its unit: "levothyroxine 100mcg 28/40" (a strength is not written
# twice; a combination's own "10/40" has no unit before it, "10/40 mg" one after)
_WEEKS_AFTER = (
    rf"(?i)\d\s*{_UNIT}(?![a-z]).*?(?<![\d./])(?P<weeks>\d{{1,2}})(?:\s*\+\s*\d)?\s*/\s*40\b"
    rf"(?!\s*{_UNIT}(?![a-z]))"
)
# weeks anywhere: not part of a longer number or strength ("120/40", "10/40 mg", "28/40/2")
_WEEKS_ANY = (
    r"(?i)(?<![\d./])(?P<weeks>\d{1,2})(?:\s*\+\s*\d)?\s*/\s*40\b"
    rf"(?!\s*(?:[/.]\s*\d|{_UNIT}(?![a-z])))"
)
_WEEKS_DAYS = r"(?i)(?<![\d./])(?P<weeks>\d{1,2})\s*\+\s*[0-6]\s*(?:weeks?|wks?|w)\b"
_DUE_DATE = (
    r"(?i)\b(?:(?:baby|estimated)\s+)?due\s+date\b[^,;()\[\]]*"
    r"|\bbab(?:y|ies)\s+(?:is\s+|are\s+)?due\b[^,;()\[\]]*"  # "baby due 4/1/27"
    r"|\bexpecting\b[^,;()\[\]]*?\bdue\b[^,;()\[\]]*"  # "Expecting - due in April"
)


def pregnancy_written(
    rules: Rules,
    line: str,
    results: list[Resolved | Unresolved],
    listed: list[ListedCondition],
    entry: Entry | None,
) -> ListedCondition | None:
    """Pregnancy, when weeks of it or its due date are written on ``line`` or in a record's
    written directions for it (see the module), and the conditions ``listed`` from it so far
    do not count one already; else None. ``results``: the line's readings, as medicines."""
    line = _with_directions(line, entry)  # a record's: "12 mg IM - 29+3 weeks"
    if not _may_be_pregnancy(line):
        return None
    from magadvise.advice.antenatal_regimen import antenatal_regimen  # a line that may say one
    from magadvise.advice.last_period import last_period
    from magadvise.advice.pregnancy_shorthand import pregnancy_shorthand

    said = _weeks(rules, line, results) or _weeks_and_days(line) or _due_date(line)
    said = said or antenatal_regimen(line, results)  # "Betamethasone 12 mg IM, 31 weeks"
    said = said or last_period(line)  # "LMP 1/6/26"
    said = said or pregnancy_shorthand(line)  # "Due: 10/04/2027", "28+3", "I'm 28 weeks"
    if not said:  # most lines: the rules' pregnancy condition is not looked up (2 ms a line)
        return None
    pregnancy, _ = read_listed(rules, "pregnant")
    ids = {c.id for c in pregnancy}
    if any(c.id in ids for read in listed for c in read.conditions):
        return None
    return as_listed(said, pregnancy, entry, "")


def _weeks(rules: Rules, line: str, results: list[Resolved | Unresolved]) -> str:
    """The weeks written on ``line`` (``28/40``), with what else they may be; empty if none."""
    if "/" not in line:
        return ""
    found = after = re.search(_WEEKS_AFTER, line)
    if found is None and not any(
        isinstance(r, Resolved) and len(r.ingredients) > 1 for r in results
    ):  # "Vytorin 10/40": a combination's strength
        found = re.search(_WEEKS_ANY, line)
    if found is None or int(found["weeks"]) not in WEEKS:
        return ""
    if found["weeks"] == "20" and (after is None or _sight(line)):
        return ""  # "20/40" may be a visual acuity; after a medicine's dose, with no eye word,
        # it is the 20-week scan's pregnancy ("Aspirin 150 mg nocte - 20/40")
    weeks = line[found.start("weeks") : found.end()].strip()
    from magadvise.advice.not_pregnancy import after_insulin

    insulin = after_insulin(rules, line[: found.start("weeks")])
    if insulin is None:
        return weeks
    return f"{weeks} after {insulin} (its doses, or weeks of a pregnancy)"


def _weeks_and_days(line: str) -> str:
    """Weeks and days of a pregnancy written as only a gestation is (``29+3 weeks``, ``32+1
    wks``: a course is never counted so), weeks 4-42; empty if none."""
    found = re.search(_WEEKS_DAYS, line)
    return found[0].strip() if found and int(found["weeks"]) in WEEKS else ""


def _sight(line: str) -> bool:
    """Whether ``line`` says it is about the eyes (``vision``, ``VA``, ``eye``, ``OD``)."""
    from magadvise.fhir.screen_more import VISION

    return VISION.search(line.lower()) is not None


def _due_date(line: str) -> str:
    """The ``due date`` (or the baby due) written on ``line`` that no words say is a next
    dose's; empty if none."""
    if "due" not in line.casefold():
        return ""
    from magadvise.advice.not_pregnancy import said_next

    nexts = said_next(line)
    for found in re.finditer(_DUE_DATE, line):
        if not any(start <= found.start() < end for start, end in nexts):
            return found[0].strip()
    return ""


def _with_directions(line: str, entry: Entry | None) -> str:
    """``line`` with a record's written directions after it (``Betamethasone 12 MG/2ML
    Injectable Suspension - 12 mg IM - dose 2 due tomorrow - 29+3 weeks``): the weeks or the due
    date of a pregnancy written there count as on a list's line."""
    said = [entry.dosage_text or "", *entry.dose_texts] if entry is not None else []
    return " - ".join([line, *dict.fromkeys(s for s in said if s and s not in line)])


def _may_be_pregnancy(line: str) -> bool:
    """Whether ``line`` may hold weeks of a pregnancy or a due date (``/40``, ``29+3 weeks``,
    ``31 weeks``, ``due``, ``LMP``)."""
    lowered = line.casefold()
    return (
        "due" in lowered
        or ("/" in lowered and "40" in lowered)
        or "+" in lowered
        or re.search(r"\dw", lowered) is not None
        or "week" in lowered
        or "wk" in lowered
        or "lmp" in lowered
    )
