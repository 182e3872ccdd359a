"""What a medicine's own resource says about the person: its reasons, notes and directions.

FHIR R4 medication resources carry the indication beside the medicine (``reasonCode``: "the
reason or the indication for ordering"; ``reasonReference``: the Condition or Observation that
is the reason; http://hl7.org/fhir/R4/medicationrequest-definitions.html), and free text about
the person in ``note``, ``statusReason`` and a dosage's ``text``, ``patientInstruction`` and
``additionalInstruction`` ("Hold on dialysis days", "Patient on haemodialysis MWF"). An export
with no problem list may say "Chronic kidney disease stage 4" only there. Each is read into one
:class:`~magadvise.fhir.read.FhirMedication` fact, whatever the medicine's status (a stopped
medicine's reason still describes the person, within the time an ended Condition counts);
none of ``entered-in-error`` resources:

- a reason coded or named (``reasonCode``; ``reasonReference.display`` of a resource not in
  the file) is read as a Condition's code and text are (:func:`magadvise.fhir.context.
  condition_fact`, which spells out ``HG``, ``NVP``, ``MG`` as a Condition's text): fact
  ``condition``, not read (and screened) when it names no condition; an abbreviation the
  medicine explains (``PD`` for carbidopa/levodopa: Parkinson's disease,
  not peritoneal dialysis; :mod:`magadvise.names.beside_reason`) is spelled out first;
- a reason referenced in the file (or contained in the resource) is read where it stands; one
  neither in the file nor named is listed as not read;
- an R5 ``reason`` (a CodeableReference) is read as ``reasonCode`` (its ``concept``) or
  ``reasonReference`` (its ``reference``) is;
- the other texts and codes the resource carries (an as-needed reason, supporting information,
  an extension, a detected issue, the narrative: :mod:`magadvise.fhir.medicine_texts`) are read
  as a reason (codes naming a condition) or as free text;
- a medicine not taken now: its facts are dated, so an old one counts as an ended Condition
  would (:mod:`magadvise.fhir.old_reasons`);
- a free text becomes fact :data:`SAID` (``names``: the text, then what it was written on),
  read by :mod:`magadvise.advice.record_said`: a condition it names counts, and kidney,
  dialysis, magnesium or pregnancy words it cannot place withhold the dose.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from magadvise.fhir.context import codes, condition_fact, context, fact, spelled_out_text, unread

if TYPE_CHECKING:
    from magadvise.fhir.read import FhirMedication

SAID = "said"
"""The ``fact`` of a medicine's free text (a note, directions, why it was stopped)."""
_FREE = ("text", "patientInstruction")  # a Dosage's free texts


def medicine_said(
    resource: dict[str, Any],
    pointer: str,
    ref: str,
    name: str,
    lookup: Callable[[str], dict[str, Any] | None],
) -> Iterator[FhirMedication]:
    """The facts one medication resource (``ref``, named ``name``) states about the person;
    ``lookup`` finds a referenced resource in the file (None when it is not there). Those of
    a medicine not taken now are dated by the caller (:func:`magadvise.fhir.old_reasons.dated`)."""
    if resource.get("status") == "entered-in-error":
        return
    for i, concept in enumerate(_list(resource.get("reasonCode"))):
        concept = _spelled(concept, name)  # "PD" for carbidopa/levodopa: Parkinson's disease
        yield condition_fact({"code": concept}, f"{pointer}/reasonCode/{i}", ref)
    for i, link in enumerate(_list(resource.get("reasonReference"))):
        yield from _reference(resource, link, f"{pointer}/reasonReference/{i}", ref, lookup)
    for i, reason in enumerate(_list(resource.get("reason"))):  # R5: a CodeableReference
        at = f"{pointer}/reason/{i}"
        if isinstance(reason.get("concept"), dict):
            concept = _spelled(reason["concept"], name)
            yield condition_fact({"code": concept}, at, ref)
        if isinstance(reason.get("reference"), dict):
            yield from _reference(resource, reason["reference"], at, ref, lookup)
    written = f"{resource['resourceType']} for {name}"
    for text, field in _free_texts(resource):
        yield fact(SAID, (text, f"{field} of {written}"), (), ref, pointer)
    from magadvise.fhir.medicine_texts import other_texts

    for kind, value, field in other_texts(resource):
        if kind == "concept" and _names_condition(value):  # coded: read as a reason is
            yield condition_fact({"code": value}, pointer, ref)
            continue
        for text in [value] if kind == "text" else codes(value)[1][:1]:
            if field == "as-needed reason":  # "as needed for HG"
                text = spelled_out_text(text)
            yield fact(SAID, (text, f"{field} of {written}"), (), ref, pointer)


def _spelled(concept: dict[str, Any], name: str) -> dict[str, Any]:
    """A reason written as an abbreviation its medicine explains (``PD`` for carbidopa/levodopa,
    ``CHB`` for entecavir: :mod:`magadvise.names.beside_reason`) with its texts spelled out
    (``Parkinson's disease``), so it is not read as dialysis or heart block; else as it was."""
    text = concept.get("text")
    said = [c.get("display") for c in _list(concept.get("coding"))]
    written = [t for t in (text, *said) if isinstance(t, str) and t.strip()]
    if not written or any(len(t.strip()) > 3 for t in written):  # "PD", "CHB" only
        return concept
    from magadvise.names.beside_reason import meaning

    spelled = {t: meaning(t, name) for t in written}
    if not all(spelled.values()):
        return concept
    coding = [
        {**c, "display": spelled[c["display"]]} if c.get("display") in spelled else c
        for c in _list(concept.get("coding"))
    ]
    out = {**concept, "coding": coding} if coding else dict(concept)
    return out | ({"text": spelled[text]} if isinstance(text, str) and text in spelled else {})


def _names_condition(concept: dict[str, Any]) -> bool:
    """True when a CodeableConcept's codes name a rules condition or the safety net screens
    them."""
    from magadvise.fhir.codes import condition_terms
    from magadvise.fhir.screen import screened

    pairs = codes(concept)[0]
    return bool(condition_terms(pairs)) or screened((), pairs) is not None


def notes_said(resource: dict[str, Any], pointer: str, ref: str) -> Iterator[FhirMedication]:
    """A current Condition's or a result's notes (``note[].text``: "secondary to CKD stage 4",
    "Patient on dialysis") and a Condition's stage and evidence texts, each read as a
    medicine's free text is (fact :data:`SAID`); none for another resource, a Condition not
    counted (ended, refuted) or a result cancelled."""
    from magadvise.fhir.context import NOT_COUNTED_CLINICAL, NOT_COUNTED_VERIFICATION

    kind = resource.get("resourceType")
    statuses = [codes(resource.get(k))[0] for k in ("clinicalStatus", "verificationStatus")]
    ended = {c for pairs in statuses for _, c in pairs} & (
        NOT_COUNTED_CLINICAL | NOT_COUNTED_VERIFICATION | {"cancelled"}
    )
    if kind not in ("Condition", "Observation") or ended or resource.get("status") in (
        "entered-in-error", "cancelled",
    ):  # fmt: skip
        return
    shown = (codes(resource.get("code"))[1] or [kind])[0]
    for text, field in _condition_texts(resource):
        yield fact(SAID, (text, f"{field} of {kind} {shown}"), (), ref, pointer)
    for concept in _condition_codes(resource):  # a stage coded only (SNOMED 431857002: CKD 4)
        if not codes(concept)[1] and _names_condition(concept):
            yield condition_fact({"code": concept}, pointer, ref)


def _condition_codes(resource: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A Condition's stage summaries and evidence codes, as CodeableConcepts."""
    for stage in _list(resource.get("stage")):
        if isinstance(stage.get("summary"), dict):
            yield stage["summary"]
    for evidence in _list(resource.get("evidence")):
        yield from (c for c in _list(evidence.get("code")) if isinstance(c, dict))


def _condition_texts(resource: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(text, field) for a Condition's or a result's notes, and a Condition's stage summary
    ("Stage 5") and evidence ("eGFR 12", a detail's display)."""
    for note in _list(resource.get("note")):
        yield from _text(note.get("text"), "note")
    for stage in _list(resource.get("stage")):
        yield from ((text, "stage") for text in codes(stage.get("summary"))[1][:1])
    for evidence in _list(resource.get("evidence")):
        for concept in _list(evidence.get("code")):
            yield from ((text, "evidence") for text in codes(concept)[1][:1])
        for link in _list(evidence.get("detail")):
            yield from _text(link.get("display"), "evidence")


def _reference(
    holder: dict[str, Any],
    link: dict[str, Any],
    pointer: str,
    ref: str,
    lookup: Callable[[str], dict[str, Any] | None],
) -> Iterator[FhirMedication]:
    """A ``reasonReference``: read where it stands in the file, by its display when it is not
    there, or listed as not read."""
    target = link.get("reference")
    if isinstance(target, str) and target.startswith("#"):
        for contained in _list(holder.get("contained")):
            if contained.get("id") == target[1:] and isinstance(contained.get("resourceType"), str):
                yield context(contained, pointer, f"{ref} {target}")
                return
    elif isinstance(target, str) and lookup(target) is not None:
        return  # read where it stands in the file
    display = link.get("display")
    if isinstance(display, str) and display.strip():
        yield condition_fact({"code": {"text": display.strip()}}, pointer, ref)
        return
    why = f"the reason it refers to ({target or 'no reference'}) is not in this file: not read"
    yield unread(ref, pointer, f"reason for {ref}", why)


def _free_texts(resource: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(text, field) for every free text of a medication resource about the person."""
    for note in _list(resource.get("note")):
        yield from _text(note.get("text"), "note")
    reasons = resource.get("statusReason")
    for concept in [reasons] if isinstance(reasons, dict) else _list(reasons):
        yield from ((text, "status reason") for text in codes(concept)[1][:1])
    dosages = resource.get("dosageInstruction") or resource.get("dosage")
    for dosage in [dosages] if isinstance(dosages, dict) else _list(dosages):
        for field in _FREE:
            yield from _text(dosage.get(field), "directions")
        for concept in _list(dosage.get("additionalInstruction")):
            yield from ((text, "directions") for text in codes(concept)[1][:1])


def _text(value: Any, field: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str) and value.strip():
        yield value.strip(), field


def _list(value: Any) -> list[dict[str, Any]]:
    """The JSON objects of a list (anything else: none)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
