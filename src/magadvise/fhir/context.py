"""What a FHIR record says about the person, beside the medicines: every other resource read.

A Patient's ``birthDate``, a Condition's codes (SNOMED CT, ICD-10, and its text) and an eGFR
Observation become facts the advice uses as ``--age`` and ``--condition`` would; any other
resource (and a Condition or Observation this module cannot place) is listed as *not read*,
with its reason, so nothing in a record is dropped silently. Which rules condition a fact
names is decided by :mod:`magadvise.advice.record_facts`, where the rules are known.

Each resource yields one :class:`~magadvise.fhir.read.FhirMedication` with ``fact`` set:
``"condition"`` (``names``: the record's texts; ``ingredients``: the terms its codes map to),
``"birthDate"`` (``names``: the date, ``YYYY-MM-DD``) or ``"egfr"`` (``names``: the value in
mL/min/1.73m2 as text), or ``fact`` None with ``skipped`` and ``unread`` for one not read.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from magadvise.fhir.codes import EGFR_LOINC, condition_terms

if TYPE_CHECKING:
    from magadvise.fhir.read import FhirMedication

CONTEXT_TYPES = ("Patient", "Condition", "Observation")
"""Resource types read for facts about the person (others are listed as not read)."""
NOT_COUNTED_CLINICAL = frozenset({"inactive", "remission", "resolved"})
"""Condition ``clinicalStatus`` codes that are not a current problem (FHIR R4)."""
NOT_COUNTED_VERIFICATION = frozenset({"entered-in-error", "refuted"})
"""Condition ``verificationStatus`` codes that say the condition is not there (FHIR R4)."""
NOT_COUNTED_OBSERVATION = frozenset({"entered-in-error", "cancelled", "registered"})
"""Observation statuses with no usable result (FHIR R4: registered means no result yet)."""
LOINC = "http://loinc.org"


def context(resource: dict[str, Any], pointer: str, ref: str) -> FhirMedication:
    """The fact one resource gives about the person, or why it is not read."""
    kind = resource["resourceType"]
    if kind == "Patient":
        return _patient(resource, pointer, ref)
    if kind == "Condition":
        return _condition(resource, pointer, ref)
    if kind == "Observation":
        return _observation(resource, pointer, ref)
    return unread(ref, pointer, kind, f"{kind}: not read (magadvise reads medicines, "
                  "conditions, eGFR results and the patient's birth date)")  # fmt: skip


def unread(
    ref: str, pointer: str, name: str, why: str, status: str | None = None
) -> FhirMedication:
    """A resource listed as not read: shown with ``why``, and the result is not complete."""
    from magadvise.fhir.read import FhirMedication

    return FhirMedication((name,), (), (), ref, pointer, status, why, (), None, unread=True)


def _fact(
    kind: str, names: tuple[str, ...], terms: tuple[str, ...], ref: str, pointer: str
) -> FhirMedication:
    from magadvise.fhir.read import FhirMedication

    return FhirMedication(names, (), terms, ref, pointer, None, None, (), None, fact=kind)


def _patient(resource: dict[str, Any], pointer: str, ref: str) -> FhirMedication:
    born = resource.get("birthDate")
    if isinstance(born, str) and len(born) in (4, 7, 10):  # YYYY, YYYY-MM or a full date
        return _fact("birthDate", (born,), (), ref, pointer)
    why = "Patient with no birth date: age not read; give --age"
    return unread(ref, pointer, "Patient", why)


def _codes(concept: Any) -> tuple[list[tuple[str, str]], list[str]]:
    """(system, code) pairs and the texts (``text``, then displays) of a CodeableConcept."""
    if not isinstance(concept, dict):
        return [], []
    codings = [c for c in concept.get("coding") or [] if isinstance(c, dict)]
    pairs = [(str(c.get("system") or ""), str(c.get("code") or "")) for c in codings]
    texts = [concept.get("text"), *(c.get("display") for c in codings)]
    return pairs, list(dict.fromkeys(t.strip() for t in texts if isinstance(t, str) and t.strip()))


def _status(concept: Any) -> str | None:
    pairs, texts = _codes(concept)
    codes = [code for _, code in pairs if code] or [t.lower() for t in texts]
    return codes[0] if codes else None


def _condition(resource: dict[str, Any], pointer: str, ref: str) -> FhirMedication:
    pairs, texts = _codes(resource.get("code"))
    shown = texts[0] if texts else "Condition with no text"
    clinical = _status(resource.get("clinicalStatus"))
    verification = _status(resource.get("verificationStatus"))
    if verification in NOT_COUNTED_VERIFICATION:
        return _not_counted(ref, pointer, shown, f"verification status '{verification}'")
    if clinical in NOT_COUNTED_CLINICAL:
        return _not_counted(ref, pointer, shown, f"clinical status '{clinical}'")
    terms = condition_terms(pairs)
    if not terms and not texts:
        coded = ", ".join(f"{system.rsplit('/', 1)[-1]} {code}" for system, code in pairs)
        why = f"a condition with no text and a code magadvise does not read ({coded or 'none'})"
        return unread(ref, pointer, shown, f"{why}: not read; give --condition if it matters")
    return _fact("condition", tuple(texts) or (shown,), terms, ref, pointer)


def _not_counted(ref: str, pointer: str, shown: str, why: str) -> FhirMedication:
    """A condition the record says is not current: listed, not counted, not a gap."""
    from magadvise.fhir.read import FhirMedication

    return FhirMedication(
        (shown,), (), (), ref, pointer, why.split("'")[1], f"{why}: not counted", (), None
    )


def _observation(resource: dict[str, Any], pointer: str, ref: str) -> FhirMedication:
    pairs, texts = _codes(resource.get("code"))
    shown = texts[0] if texts else "Observation"
    is_egfr = any(system == LOINC and code in EGFR_LOINC for system, code in pairs) or any(
        "egfr" in t.lower().replace(" ", "") or "glomerular filtration" in t.lower() for t in texts
    )
    if not is_egfr:
        return unread(ref, pointer, shown, f"{shown} (Observation): not read (of results, "
                      "magadvise reads only eGFR)")  # fmt: skip
    status = resource.get("status")
    if status in NOT_COUNTED_OBSERVATION:
        from magadvise.fhir.read import FhirMedication

        why = f"status '{status}': no result counted"
        return FhirMedication((shown,), (), (), ref, pointer, status, why, (), None)
    value = _egfr_value(resource.get("valueQuantity"))
    if value is None:
        why = "eGFR with no value in mL/min/1.73m2: not read; give --condition if kidney "
        return unread(ref, pointer, shown, why + "function is reduced")
    return _fact("egfr", (f"{value:g}",), (shown,), ref, pointer)


def _egfr_value(quantity: Any) -> float | None:
    """The eGFR in mL/min/1.73m2, or None when the quantity is not that (or not a number)."""
    if not isinstance(quantity, dict):
        return None
    value, unit = quantity.get("value"), str(quantity.get("code") or quantity.get("unit") or "")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value) or value < 0:
        return None
    compact = unit.replace(" ", "").lower()
    if compact and not compact.startswith("ml/min"):
        return None
    return float(value)


ORAL = frozenset({"26643006"})  # SNOMED CT: oral route
ORAL_WORDS = ("oral", "by mouth", "po", "per os", "swallow")
OTHER_WORDS = ("iv", "intravenous", "injection", "infusion", "im", "intramuscular", "subcutaneous")


def given_otherwise(
    resource: dict[str, Any], names: tuple[str, ...], ref: str, pointer: str
) -> FhirMedication | None:
    """A MedicationAdministration given other than by mouth (``dosage.route``, or its name says
    IV, injection or infusion), listed as not read with when it was given; None when it was
    given by mouth or the record does not say otherwise (then it is read as a statement is)."""
    dosage = resource["dosage"] if isinstance(resource.get("dosage"), dict) else {}
    pairs, texts = _codes(dosage.get("route"))
    words = " ".join([*texts, *names]).lower().replace("(", " ").replace(")", " ").split()
    said_route = " ".join(texts).lower()
    oral = any(code in ORAL for _, code in pairs) or any(
        w in ORAL_WORDS for w in [*said_route.split(), said_route]
    )
    if oral or not (pairs or texts or any(w in OTHER_WORDS for w in words)):
        return None
    vein = any(w in ("iv", "intravenous", "intravenously") for w in words)
    route = texts[0].lower() if texts else "into a vein (IV)" if vein else "by injection"
    when = resource.get("effectiveDateTime") or (resource.get("effectivePeriod") or {}).get("end")
    said = f" on {str(when)[:10]}" if isinstance(when, str) else ""
    name = names[0] if names else "a medicine"
    why = f"given {route}{said}, not by mouth: not checked, and not counted toward the oral limit"
    if any(w.startswith("magnes") for w in words):
        why += (
            "; magnesium given this way raises blood magnesium: ask the team that gave it "
            "before taking magnesium by mouth"
        )
    return unread(ref, pointer, name, why, resource.get("status"))
