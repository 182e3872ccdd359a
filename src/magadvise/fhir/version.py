"""Which FHIR version a resource is written in, when it is not the R4 that magadvise reads.

A resource that fails the R4B models is often valid FHIR of another version: an R5 export
(``MedicationStatement.medication`` as a CodeableReference, status ``recorded``) or an STU3
one (``MedicationStatement.taken``). Saying so, in one line, tells the user what to ask their
record system for; a bare validation message ("Extra inputs are not permitted") does not.
"""

from __future__ import annotations

import re
from typing import Any

SUPPORTED = "FHIR R4 (4.0.1) and R4B (4.3.0)"
"""What magadvise reads, as said in the messages."""

_MEDICATION_TYPES = (
    "MedicationStatement",
    "MedicationRequest",
    "MedicationAdministration",
    "MedicationDispense",
)
# A version in a fhirVersion element ("5.0.0") or a core profile's address ("hl7.org/fhir/R5/
# StructureDefinition/...", "hl7.org/fhir/5.0/..."); an IG's own version ("|3.1.1") is not one.
_VERSION = re.compile(r"(?P<n>[1-6])\.\d+(?:\.\d+)?")
_PROFILE = re.compile(
    r"hl7\.org/fhir/(?:R(?P<r>[2-6])B?|(?P<n>[1-6])\.\d+(?:\.\d+)?)/StructureDefinition/"
)
_R5_ONLY = frozenset(
    {"renderedDosageInstruction", "effectiveDosePeriod", "adherence", "relatedClinicalInformation",
     "statusChanged", "isSubPotent", "subPotentReason"}
)  # fmt: skip
"""Fields of the medication resources that R5 added and R4 does not have."""
_NAMES = {"1": "DSTU2", "2": "DSTU2", "3": "STU3", "4": "R4", "5": "R5", "6": "R6"}


def other_version(resource: dict[str, Any]) -> str | None:
    """``"FHIR R5 (MedicationStatement.medication is an R5 CodeableReference)"``, or None.

    None when nothing in ``resource`` marks a version other than R4/R4B. Only the resource's
    own fields are looked at (a Bundle's entries are looked at one by one by the caller).
    """
    stated = _stated(resource)
    if stated is not None and stated != "R4":
        return f"FHIR {stated} (the resource says so)"
    kind = resource.get("resourceType")
    if kind not in _MEDICATION_TYPES:
        return None
    medication = resource.get("medication")
    if isinstance(medication, dict) and ("concept" in medication or "reference" in medication):
        return f"FHIR R5 ({kind}.medication is an R5 CodeableReference)"
    r5 = sorted(set(resource) & _R5_ONLY)
    if r5:
        return f"FHIR R5 ({kind}.{r5[0]} is R5)"
    if kind == "MedicationStatement":
        if resource.get("status") == "recorded":
            return "FHIR R5 (MedicationStatement status 'recorded' is R5)"
        if "taken" in resource:
            return "FHIR STU3 (MedicationStatement.taken is STU3)"
    return None


R5_READ = ("reason", "asNeededFor")
"""R5 fields of a medication resource that magadvise reads (``MedicationRequest.reason``, a
CodeableReference list, and ``Dosage.asNeededFor``, CodeableConcepts: :mod:`magadvise.fhir.
reasons`, :mod:`magadvise.fhir.medicine_texts`), so an R4 export that carries them is read."""


def without_r5_read(resource: dict[str, Any]) -> dict[str, Any]:
    """``resource`` without the R5 fields magadvise reads (:data:`R5_READ`), for validation
    against the R4B models; ``resource`` itself when it has none."""
    if resource.get("resourceType") not in _MEDICATION_TYPES:
        return resource
    copy = {k: v for k, v in resource.items() if k != "reason"}
    for key in ("dosageInstruction", "dosage"):
        dosages = copy.get(key)
        if isinstance(dosages, list):
            copy[key] = [_without(d, "asNeededFor") for d in dosages]
        elif isinstance(dosages, dict):
            copy[key] = _without(dosages, "asNeededFor")
    return copy


def _without(value: Any, key: str) -> Any:
    return {k: v for k, v in value.items() if k != key} if isinstance(value, dict) else value


def _stated(resource: dict[str, Any]) -> str | None:
    """The version a resource names for itself (``fhirVersion``, ``meta.profile``), if any."""
    version = resource.get("fhirVersion")
    match = _VERSION.fullmatch(version) if isinstance(version, str) else None
    if match:
        return _NAMES[match["n"]]
    meta = resource.get("meta")
    profiles = meta.get("profile") if isinstance(meta, dict) else None
    for profile in profiles if isinstance(profiles, list) else ():
        found = _PROFILE.search(profile) if isinstance(profile, str) else None
        if found:
            return _NAMES[found["r"] or found["n"]]
    return None
