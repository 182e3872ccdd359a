"""Pregnancy and breastfeeding as a record's Observations say them (a status, a due date, a
pregnancy test).

US Core (STU6.1 on) records pregnancy as an Observation, not a Condition: the "Observation
Pregnancy Status" profile, LOINC ``82810-3`` "Pregnancy status" with a value from the US Core
Pregnancy Status value set (SNOMED CT ``77386006`` Pregnant, ``60001007`` Not pregnant,
NullFlavor ``UNK``; https://hl7.org/fhir/us/core/STU7/StructureDefinition-us-core-observation-
pregnancystatus.html), and the IPS value set gives the LOINC answers (``LA15173-0`` Pregnant,
``LA26683-5`` Not pregnant, ``LA4489-6`` Unknown; https://hl7.org/fhir/uv/ips/ValueSet-
pregnancy-status-uv-ips.html). Read here, before the results reader:

- pregnancy status (LOINC ``82810-3``, ``11449-6`` "Pregnancy status - Reported"): Pregnant (by
  code, or a value text saying pregnant, positive or yes) counts the rules' pregnancy, unless it
  was observed more than :data:`PREGNANCY_DAYS` days before the run's date (then it is listed,
  not counted: no pregnancy lasts longer); Not pregnant (negative, no) is read, no condition;
- an estimated delivery date (LOINC ``11778-8`` "Delivery date Estimated", ``11779-6`` from the
  last menstrual period, ``11780-4`` from ovulation date): a date from 14 days before the run's
  date (a pregnancy may run two weeks past its due date: 42 weeks) to :data:`PREGNANCY_DAYS`
  days after counts pregnancy; an earlier date is read, no condition; a later one is not read;
- breastfeeding status (LOINC ``63895-7``): breast fed (SNOMED CT ``169741004``, or a value
  text saying breastfeeding, breast fed, partially or exclusively, yes) counts breastfeeding;
  a value saying not, no, never, bottle or formula is read, no condition.

- a pregnancy test (hCG presence in urine or serum, LOINC ``2106-3``, ``2118-8``, ``2112-1``,
  ``2116-2``, ``80384-1``, ``80385-8``): Positive (SNOMED CT ``10828004``, LOINC ``LA6576-8``, or
  a value text saying positive) counts pregnancy, within the same 44 weeks; Negative
  (``260385009``, ``LA6577-6``) is read, no condition; a serum hCG level (``19080-1``,
  ``21198-7``, ``2119-6``) in mIU/mL or IU/L: :data:`HCG_POSITIVE` or more counts pregnancy,
  below :data:`HCG_NEGATIVE` is read, no condition, and between is not read;
- a gestational age (LOINC ``11884-4``, ``11885-1``, ``18185-9``, ``49051-6``, ``49052-4``) of
  up to 44 weeks, in weeks or days, counts pregnancy (within the same 44 weeks); a
  ``valueBoolean`` pregnancy or breastfeeding status is read as yes or no;
- each of these as a ``component`` of a panel Observation ("OB intake panel"), read as an
  Observation of its own (:func:`components`).

An Unknown answer (LOINC ``LA4489-6``, SNOMED CT ``261665006``, NullFlavor ``UNK``, ``ASKU``,
``NASK``: US Core's usual value for a woman not asked) does not rule the condition out: it is
counted, so the dose is capped rather than withheld (the safer reading that still advises).
Any other value (a value that is not a code or text read here) is listed as not read and put
through the safety net (:mod:`magadvise.fhir.screen`), which withholds on a pregnancy wording.
The rules cap a supplement dose in pregnancy and breastfeeding (their ``pregnancy`` and
``breastfeeding`` conditions).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from magadvise.fhir.course import fhir_day

if TYPE_CHECKING:
    from magadvise.fhir.read import FhirMedication

LOINC = "http://loinc.org"
STATUS_LOINC = frozenset({"82810-3", "11449-6"})
DELIVERY_LOINC = frozenset({"11778-8", "11779-6", "11780-4"})
BREASTFEEDING_LOINC = frozenset({"63895-7"})
PREGNANCY_DAYS = 44 * 7
"""Days a pregnancy can last at most, and so how far ahead a due date may be (our judgement:
term is 37-42 weeks from the last period; 44 weeks allows for a date given early)."""
OVERDUE_DAYS = 14
"""Days past a due date a pregnancy may still run (42 weeks)."""
HCG_PRESENCE_LOINC = frozenset({"2106-3", "2118-8", "2112-1", "2116-2", "80384-1", "80385-8"})
"""hCG (pregnancy test) presence in urine or serum: a positive one counts pregnancy."""
HCG_LEVEL_LOINC = frozenset({"19080-1", "21198-7", "2119-6"})
"""hCG (or its beta subunit) measured in serum, in mIU/mL (= IU/L)."""
HCG_POSITIVE, HCG_NEGATIVE = 25.0, 5.0
"""mIU/mL from which a serum hCG reads positive, and below which negative; between, not read
(our judgement from the usual laboratory cut-offs; the rapid tests detect 25 mIU/mL, LOINC
80385-8)."""
GESTATION_LOINC = frozenset({"11884-4", "11885-1", "18185-9", "49051-6", "49052-4"})
"""A gestational age (estimated, by last period, by ultrasound...): weeks of a pregnancy."""
_YES = frozenset({"77386006", "LA15173-0", "169741004", "10828004", "LA6576-8"})
_NO = frozenset({"60001007", "LA26683-5", "260385009", "LA6577-6"})
_UNKNOWN = frozenset({"LA4489-6", "261665006", "UNK", "ASKU", "NASK"})
_YES_WORDS = re.compile(r"\b(?:pregnant|positive|yes|breast\s*-?\s*fe(?:d|eding)|breastfe\w*"
                        r"|exclusive\w*|partial\w*|mixed)\b")  # fmt: skip
_NO_WORDS = re.compile(r"\b(?:not|no|negative|never|bottle|formula|weaned|stopped)\b")
_NOT_COUNTED = frozenset({"entered-in-error", "cancelled", "registered"})


def pregnancy_status(resource: dict[str, Any], pointer: str, ref: str) -> FhirMedication | None:
    """What a pregnancy, due-date or breastfeeding Observation says (a fact, listed, or not
    read), or None for any other Observation."""
    from magadvise.fhir.context import codes

    pairs, texts = codes(resource.get("code"))
    loinc = {code for system, code in pairs if system == LOINC}
    if loinc & GESTATION_LOINC:
        return _gestation(resource, pointer, ref, texts[0] if texts else "Gestational age")
    if not loinc & (STATUS_LOINC | DELIVERY_LOINC | BREASTFEEDING_LOINC | HCG_PRESENCE_LOINC):
        return _hcg_level(resource, pointer, ref) if loinc & HCG_LEVEL_LOINC else None
    from magadvise.fhir.context import fact, not_counted, unread

    named = "Pregnancy test (hCG)" if loinc & HCG_PRESENCE_LOINC else "Pregnancy status"
    named = "Breastfeeding status" if loinc & BREASTFEEDING_LOINC else named
    shown = texts[0] if texts else named  # read by the condition matcher: never "Pregnancy" alone
    status = resource.get("status")
    if status in _NOT_COUNTED:
        return not_counted(ref, pointer, shown, f"status '{status}': no result counted", status)
    if loinc & DELIVERY_LOINC:
        return _due_date(resource, pointer, ref, shown)
    condition = "breastfeeding" if loinc & BREASTFEEDING_LOINC else "pregnancy"
    value = _answer(resource.get("valueCodeableConcept") or resource.get("valueString"))
    if isinstance(resource.get("valueBoolean"), bool):  # true: pregnant (or breastfeeding)
        value = (resource["valueBoolean"], "yes" if resource["valueBoolean"] else "no")
    said = f"{shown}: {value[1]}"
    if value[0] is None and _unknown(resource.get("valueCodeableConcept")):
        said += " (not ruled out: counted, the safer reading)"  # US Core's common answer
        value = (True, value[1])
    if value[0] is None:
        why = f"{said} (Observation): a value magadvise cannot read: not read"
        return unread(ref, pointer, said, why, screen=([said], pairs))
    if not value[0]:
        return not_counted(ref, pointer, said, "read: no condition", "final")
    old = _long_ago(resource) if condition == "pregnancy" else None
    if old is not None:
        return not_counted(ref, pointer, said, old, "final")
    return fact("condition", (said,), (condition,), ref, pointer)


def _long_ago(resource: dict[str, Any]) -> str | None:
    """Why an Observation of a pregnancy is too old to count (observed more than
    :data:`PREGNANCY_DAYS` days before the run's date: no pregnancy lasts longer), or None."""
    from magadvise.clock import today

    seen = fhir_day(resource.get("effectiveDateTime") or resource.get("issued"))
    if seen and (today() - seen).days > PREGNANCY_DAYS:
        return (
            f"observed {seen.isoformat()}, more than {PREGNANCY_DAYS // 7} weeks ago: not counted"
        )
    return None


def _gestation(resource: dict[str, Any], pointer: str, ref: str, shown: str) -> FhirMedication:
    """A gestational age: 1 to 44 weeks (or days to match) counts pregnancy, unless observed
    more than 44 weeks ago; any other value is not read, screened as a pregnancy wording."""
    from magadvise.fhir.context import fact, not_counted, unread
    from magadvise.fhir.quantity import json_number

    value = resource.get("valueQuantity")
    value = value if isinstance(value, dict) else {}
    number = json_number(value.get("value"))
    unit = str(value.get("code") or value.get("unit") or "").casefold()
    weeks = {"wk": 1.0, "wks": 1.0, "week": 1.0, "weeks": 1.0, "d": 1 / 7, "days": 1 / 7}.get(unit)
    said = f"{shown} {value.get('value', '?')} {value.get('unit') or unit}".strip()
    if resource.get("status") in _NOT_COUNTED:
        return not_counted(ref, pointer, said, "no result counted", str(resource.get("status")))
    if number is None or weeks is None or not 0 < number * weeks <= PREGNANCY_DAYS / 7:
        why = f"{said} (Observation): a gestational age magadvise cannot read: not read"
        return unread(ref, pointer, said, why, screen=(["gestational age"], []))
    old = _long_ago(resource)
    if old is not None:
        return not_counted(ref, pointer, said, old, "final")
    return fact("condition", (said,), ("pregnancy",), ref, pointer)


def _unknown(value: Any) -> bool:
    """True for an Unknown answer (LOINC ``LA4489-6``, SNOMED CT ``261665006``, NullFlavor
    ``UNK``, asked but unknown, not asked), by code or as the whole text."""
    from magadvise.fhir.context import codes

    pairs, texts = codes(value)
    return bool({code for _, code in pairs} & _UNKNOWN) or [t.lower() for t in texts] == ["unknown"]


def _hcg_level(resource: dict[str, Any], pointer: str, ref: str) -> FhirMedication:
    """A serum hCG level: positive (:data:`HCG_POSITIVE` mIU/mL or more) counts pregnancy,
    negative is read, no condition; between, or not read, withholds as the safety net does."""
    from magadvise.fhir.context import fact, not_counted, unread
    from magadvise.fhir.quantity import json_number

    value = resource.get("valueQuantity")
    value = value if isinstance(value, dict) else {}
    number, unit = json_number(value.get("value")), str(value.get("unit") or value.get("code"))
    said = f"hCG {value.get('comparator', '')}{number if number is not None else '?'} {unit}"
    per_ml = unit.replace("[", "").replace("]", "").lower() in ("miu/ml", "iu/l", "mu/ml", "u/l")
    if resource.get("status") in _NOT_COUNTED:
        return not_counted(ref, pointer, said, "no result counted", str(resource.get("status")))
    comparator = value.get("comparator")
    if number is None or not per_ml:
        number, comparator = None, "?"
    if number is not None and number >= HCG_POSITIVE and comparator in (None, ">", ">="):
        old = _long_ago(resource)
        if old is not None:
            return not_counted(ref, pointer, said, old, "final")
        return fact("condition", (said,), ("pregnancy",), ref, pointer)
    if number is not None and number < HCG_NEGATIVE and comparator in (None, "<", "<="):
        return not_counted(ref, pointer, said, "read: negative, no condition", "final")
    why = f"{said} (Observation): a pregnancy test value magadvise cannot read: not read"
    return unread(ref, pointer, said, why, screen=(["pregnancy test"], []))


def components(
    found: list[FhirMedication], resource: dict[str, Any], pointer: str, ref: str
) -> list[FhirMedication]:
    """``found`` (what the record gave so far) and what a panel Observation's components say
    of pregnancy or breastfeeding (a pregnancy status, a due date, an hCG result among its
    ``component``), each read as an Observation of its own; a panel all of whose parts are
    read this way is no longer listed as not read (unless the safety net marked it)."""
    parts = _parts(resource, pointer, ref)
    if not parts or len(parts) < len(resource.get("component") or []):
        return [*found, *parts]
    why = "a panel read by its parts (below)"
    return [
        m._replace(unread=False, skipped=why)
        if m.resource == ref and m.pointer == pointer and m.unread and m.withhold is None
        else m
        for m in found
    ] + parts


def _parts(resource: dict[str, Any], pointer: str, ref: str) -> list[FhirMedication]:
    """The pregnancy facts of a panel's components (see :func:`components`); none for an
    Observation whose own code is one (read by :func:`pregnancy_status`)."""
    if resource.get("resourceType") != "Observation":
        return []
    if pregnancy_status(resource, pointer, ref) is not None:
        return []
    found = []
    for i, part in enumerate(resource.get("component") or []):
        if not isinstance(part, dict):
            continue
        alone = {k: v for k, v in resource.items() if not k.startswith(("value", "component"))}
        alone |= {k: v for k, v in part.items() if k == "code" or k.startswith("value")}
        read = pregnancy_status(alone, f"{pointer}/component/{i}", f"{ref} component {i}")
        found += [read] if read is not None else []
    return found


def _due_date(resource: dict[str, Any], pointer: str, ref: str, shown: str) -> FhirMedication:
    from magadvise.clock import today
    from magadvise.fhir.context import fact, not_counted, unread

    due = fhir_day(resource.get("valueDateTime") or resource.get("valueString"))
    if due is None:
        why = f"{shown} (Observation): no date magadvise can read: not read"
        return unread(ref, pointer, shown, why, screen=(["pregnancy due date"], []))
    said = f"{shown} {due.isoformat()}"
    days = (due - today()).days
    if days < -OVERDUE_DAYS:
        return not_counted(ref, pointer, said, "a delivery date passed: no condition", "final")
    if days > PREGNANCY_DAYS:
        why = f"{said}: more than {PREGNANCY_DAYS // 7} weeks ahead: not read"
        return unread(ref, pointer, said, why, screen=(["pregnancy due date"], []))
    return fact("condition", (said,), ("pregnancy",), ref, pointer)


def _answer(value: Any) -> tuple[bool | None, str]:
    """(True for yes, False for no, None when not read; the value as written)."""
    from magadvise.fhir.context import codes

    pairs, texts = codes(value) if not isinstance(value, str) else ([], [value.strip()])
    written = texts[0] if texts else (pairs[0][1] if pairs else "no value")
    found = {code for _, code in pairs}
    if found & _YES and not found & _NO:
        return True, written
    if found & _NO and not found & _YES:
        return False, written
    words = " ".join(texts).lower()
    if _NO_WORDS.search(words):
        return False, written
    if _YES_WORDS.search(words):
        return True, written
    return None, written
