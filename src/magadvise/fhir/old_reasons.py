"""The reasons and notes of a medicine no longer taken, weighed by how long ago it ended.

A stopped or completed medicine's reason still describes the person (a stopped metformin's
"CKD stage 4" is still kidney disease), but not every condition lasts: a folic acid order of
2019 "for pregnancy" says nothing of a pregnancy now, nor a 2021 trimethoprim note "Renal dose -
AKI" of the kidneys now. So the facts of a medicine that is not current are given the same
time rules as a Condition the record marks ended (:mod:`magadvise.advice.ended_conditions`),
dated by the medicine's last day (:func:`last_day`):

- ended within :data:`~magadvise.advice.ended_conditions.RECENT_DAYS` (90) days, or not dated:
  read as a current medicine's are (an acute kidney injury or a high magnesium may not be over);
- a pregnancy or breastfeeding it names, ended within
  :data:`~magadvise.fhir.pregnancy_status.PREGNANCY_DAYS` (44 weeks: a pregnancy runs up to 42
  weeks, our judgement as for a pregnancy status Observation): still counted;
- else read as an ended Condition (fact ``"ended"``): kidney disease, dialysis, a kidney
  transplant, heart failure and myasthenia gravis still withhold the dose (they do not end); an
  acute kidney injury, a pregnancy, words the safety net screens and the rest do not count.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from magadvise.fhir.read import FhirMedication

MEDICINE = "medicine "
"""How the ``status`` of a fact dated by its medicine starts (``"medicine stopped"``)."""
_CAPS = ("pregnancy", "breastfeeding")


def dated(resource: dict[str, Any], facts: Iterable[FhirMedication]) -> Iterator[FhirMedication]:
    """``facts`` of a medicine not current (``resource``), each kept, or read as ended (see the
    module docstring)."""
    from magadvise.advice.ended_conditions import RECENT_DAYS
    from magadvise.clock import today
    from magadvise.fhir.pregnancy_status import PREGNANCY_DAYS
    from magadvise.fhir.screen import screened
    from magadvise.fhir.screen_more import looks_like_condition

    last = last_day(resource)
    days = (today() - last).days if last is not None else 0
    status = f"{MEDICINE}{resource.get('status')}"
    for found in facts:
        if days <= RECENT_DAYS or found.fact not in ("condition", "said"):
            yield found
            continue
        said = found.names[:1] if found.fact == "said" else found.names
        capped = looks_like_condition(said, ()) in _CAPS or "pregnancy" in found.ingredients
        if capped and days <= PREGNANCY_DAYS:
            yield found
            continue
        mark = screened(said, ()) or found.withhold
        day = last.isoformat() if last is not None else None
        yield found._replace(fact="ended", status=status, dated=day, withhold=mark)


def last_day(resource: dict[str, Any]) -> date | None:
    """The last day a medication resource names (its order, validity, effective period, the
    dispense handed over, its dosage's bounds); None when it names none."""
    from magadvise.fhir.course import fhir_day

    def part(value: Any, key: str) -> Any:
        return value.get(key) if isinstance(value, dict) else None

    validity = part(resource.get("dispenseRequest"), "validityPeriod")
    period = resource.get("effectivePeriod")
    days = [
        resource.get(key)
        for key in ("authoredOn", "dateAsserted", "effectiveDateTime", "whenHandedOver")
    ]
    days += [part(validity, "start"), part(validity, "end"), part(period, "start")]
    days += [part(period, "end"), *(part(e, "end") for e in _bounds(resource))]
    known = [d for d in (fhir_day(day) for day in days) if d is not None]
    return max(known, default=None)


def _bounds(resource: dict[str, Any]) -> list[Any]:
    """Each dosage's ``timing.repeat.boundsPeriod`` (None where there is none)."""
    dosages = resource.get("dosageInstruction") or resource.get("dosage") or []
    dosages = [dosages] if isinstance(dosages, dict) else dosages
    found: list[Any] = []
    for dosage in dosages if isinstance(dosages, list) else []:
        timing = dosage.get("timing") if isinstance(dosage, dict) else None
        repeat = timing.get("repeat") if isinstance(timing, dict) else None
        found.append(repeat.get("boundsPeriod") if isinstance(repeat, dict) else None)
    return found
