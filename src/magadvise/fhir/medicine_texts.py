"""Every other text and code a medicine's resource carries about the person, found for the
reader and the safety net.

:mod:`magadvise.fhir.reasons` reads the fields FHIR R4 names for why a medicine is taken and
what is said of it (``reasonCode``, ``reasonReference``, ``note``, ``statusReason``, a dosage's
``text``, ``patientInstruction``, ``additionalInstruction``). A record says the same things in
other places, which this module finds:

- a dosage's ``asNeededCodeableConcept`` (R4 ``Dosage.asNeeded[x]``: the reason it is taken as
  needed, "Itch due to end stage renal disease") and R5 ``asNeededFor``;
- ``supportingInformation[].display`` ("eGFR 18 on 2026-11-01"), ``detectedIssue[].display``
  ("Dose adjusted for eGFR 20"), ``eventHistory[].display``;
- an ``extension`` or ``modifierExtension`` at any depth (a local "indication" extension's
  ``valueString`` or ``valueCodeableConcept``);
- a MedicationDispense's ``substitution.reason`` and ``statusReasonCodeableConcept``, a
  statement's ``category``, a dosage's ``route``, ``method``, ``site`` and its timing code's
  text ("MWF after dialysis");
- the resource's narrative (``text.div``, markup taken off);
- any other field holding a text (``text``, ``display``, ``value[x]`` strings, ``summary``,
  ``comment``, ``description``) or a code, so a field added by a later version or a local
  profile is not passed over.

Left out: the medicine's own name and codes, the people and places (``requester``,
``performer``, ``subject``...), identifiers, dates and the dose amounts that
:mod:`magadvise.fhir.dosage` reads.

A CodeableConcept whose codes name a rules condition (:func:`magadvise.fhir.codes.
condition_terms`) or that the safety net screens (:func:`magadvise.fhir.screen.screened`) is read
as a reason is; every text is read as a medicine's free text
(:mod:`magadvise.advice.record_said`): a condition it names counts, kidney, dialysis, magnesium or
pregnancy words it cannot place withhold the dose, and anything else gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

READ_ELSEWHERE = frozenset(
    {"resourceType", "id", "meta", "implicitRules", "language", "contained", "identifier",
     "status", "intent", "priority", "doNotPerform", "medicationCodeableConcept",
     "medicationReference", "medication", "subject", "encounter", "context", "requester",
     "performer", "recorder", "informationSource", "reportedReference", "dispenser",
     "receiver", "destination", "location", "insurance", "basedOn", "partOf",
     "priorPrescription", "groupIdentifier", "instantiatesCanonical", "instantiatesUri",
     "derivedFrom", "authorizingPrescription", "device", "request", "reasonCode",
     "reasonReference", "reason", "note", "statusReason", "dosageInstruction", "dosage",
     "dispenseRequest", "quantity", "daysSupply", "whenPrepared", "whenHandedOver",
     "authoredOn", "dateAsserted", "effectiveDateTime", "effectivePeriod"}
)  # fmt: skip
"""Top-level fields read elsewhere, or naming no fact about the person (who, where, when)."""
_DOSAGE_READ = frozenset(
    {"sequence", "text", "patientInstruction", "additionalInstruction", "doseAndRate",
     "maxDosePerPeriod", "maxDosePerAdministration", "maxDosePerLifetime", "asNeededBoolean"}
)  # fmt: skip
"""A dosage's fields read by :mod:`magadvise.fhir.dosage` and :mod:`magadvise.fhir.reasons`
(its timing is walked too: a timing code's text may say more than how often)."""
_TEXTS = frozenset(
    {"text", "display", "summary", "comment", "description", "div", "detail", "valueString",
     "valueMarkdown", "renderedDosageInstruction"}
)  # fmt: skip
_FIELDS = {
    "asNeededCodeableConcept": "as-needed reason",
    "asNeededFor": "as-needed reason",
    "supportingInformation": "supporting information",
    "detectedIssue": "detected issue",
    "eventHistory": "event history",
    "extension": "extension",
    "modifierExtension": "extension",
    "substitution": "substitution",
    "statusReasonCodeableConcept": "status reason",
    "text": "narrative",
}
_CODED = frozenset({"reference", "url", "system", "code", "id", "status"})  # not texts
_MARKUP = re.compile(r"<[^>]*>")
_MOST = 500  # texts and codes gathered from one resource at most


def other_texts(resource: dict[str, Any]) -> Iterator[tuple[str, Any, str]]:
    """``("concept", <CodeableConcept>, field)`` and ``("text", <str>, field)`` for what a
    medication resource says outside the fields read elsewhere (see the module docstring);
    ``field`` names where, for messages (``"as-needed reason"``)."""
    found = 0
    parts: list[tuple[str, Any]] = [(k, v) for k, v in resource.items() if k not in READ_ELSEWHERE]
    dosages = resource.get("dosageInstruction") or resource.get("dosage")
    for dosage in [dosages] if isinstance(dosages, dict) else dosages or []:
        if isinstance(dosage, dict):
            parts += [(k, v) for k, v in dosage.items() if k not in _DOSAGE_READ]
    for key, value in parts:
        for item in _walk(value, key):
            found += 1
            if found > _MOST:
                return
            yield (*item, _FIELDS.get(key, _words(key)))


def _walk(value: Any, key: str) -> Iterator[tuple[str, Any]]:
    """The CodeableConcepts that carry codes and the texts under ``value`` (``key``'s)."""
    if isinstance(value, str):
        if key in _TEXTS and value.strip():
            text = _MARKUP.sub(" ", value) if key == "div" else value
            yield "text", " ".join(text.split())
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, key)
        return
    if not isinstance(value, dict):
        return
    if isinstance(value.get("coding"), list) and value["coding"]:
        yield "concept", value
        return  # its texts are read with its codes
    for inner, item in value.items():
        if isinstance(item, dict | list) or inner not in _CODED:
            yield from _walk(item, inner if inner in _TEXTS else key)


def _words(key: str) -> str:
    """``courseOfTherapyType`` -> ``course of therapy type``."""
    return re.sub(r"(?<!^)([A-Z])", r" \1", key).lower()
