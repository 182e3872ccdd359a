"""Medication lists from FHIR R4 JSON: what each resource names, its RxNorm code, and its status.

Accepted, detected from the content: a Bundle (any ``type``), a MedicationRequest,
MedicationStatement, MedicationDispense or List, a JSON array of those, or NDJSON (one resource a
line, as bulk FHIR exports give). Each resource is checked against the FHIR R4B models of the
``fhir.resources`` package (R4B changed none of these resources' fields used here) before
anything is taken from it. Every medication resource read becomes exactly one
:class:`FhirMedication`, kept or skipped with its reason: nothing in a record is dropped.
Every other resource (Patient, Condition, Observation, ...) becomes one too, through
:mod:`magadvise.fhir.context`: a fact about the person, or listed as not read.

Errors: :class:`FhirError` (file, JSON pointer, message) for JSON that is not FHIR, a resource
that fails validation, or a file with no medication resources at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from magadvise.fhir.documents import FhirError, documents, flatten, full_urls
from magadvise.fhir.dosage import read_dosage
from magadvise.fhir.quantity import Quantity
from magadvise.fhir.supply import supply_per_day
from magadvise.record import Record

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
MEDICATION_TYPES: tuple[str, ...] = (
    "MedicationRequest",
    "MedicationStatement",
    "MedicationDispense",
)
MEDICATION_TYPES += ("MedicationAdministration",)  # one by mouth is read as a statement is
CONTAINERS = ("Bundle", "List")
# FHIR R4 status codes read as "the patient may take this now". "unknown" and "on-hold" are
# checked too: a medicine that may be taken is never skipped on a guess that it is not.
CURRENT = {
    "MedicationRequest": frozenset({"active", "on-hold", "intended", "unknown"}),
    "MedicationStatement": frozenset({"active", "intended", "on-hold", "unknown"}),
    "MedicationDispense": frozenset(
        {"completed", "in-progress", "preparation", "on-hold", "unknown"}
    ),
    "MedicationAdministration": frozenset({"completed", "in-progress", "on-hold", "unknown"}),
}
READ_AS_PART = ("Medication", *CONTAINERS)  # read through others, never on their own


class FhirMedication(Record):
    """One medication resource as read.

    ``names``: texts to match, best first (``medicationCodeableConcept.text``, then the RxNorm
    coding's display, then other displays; or the referenced Medication's). ``rxnorm``: RxNorm
    codes (RxCUI strings) found. ``ingredients``: the referenced Medication's ingredient names.
    ``resource``: ``"MedicationRequest/abc"``; ``pointer``: where in the file. ``status``: the
    resource's status; ``skipped``: why it is not checked (None when it is).
    ``times``, ``per_day``, ``timing_note``: when it is taken, from its dosage (see
    :mod:`magadvise.fhir.dosage`); ``quantity``: how much one dose is (``doseQuantity``, see
    :mod:`magadvise.fhir.quantity`); ``dosage_text``: the dosage's free text when no dosage
    gives a quantity; ``daily``: the most a day its dosages add up to (see
    :mod:`magadvise.fhir.daily`); ``as_needed``: a dosage is taken as needed; ``supplied``: how
    much a dispense supplies a day (``quantity`` over ``daysSupply``, :mod:`magadvise.fhir.supply`).
    ``unread``: a resource not read (``skipped`` says why); ``fact``: what a resource that is
    not a medicine says about the person (:mod:`magadvise.fhir.context`), None for a medicine.
    ``withhold``: why this entry stops any dose (``"not-read"``: not read, but kidney- or
    magnesium-related, :mod:`magadvise.fhir.screen`; ``"given"``: magnesium given into a vein
    or muscle now or lately, :mod:`magadvise.fhir.administered`; ``"kidney-lab"``: a kidney
    result such as a creatinine, decided with the record's eGFR, :mod:`magadvise.fhir.kidney_labs`),
    None for most. ``dated``: the day an Observation was taken (``YYYY-MM-DD``), None if not said.
    """

    names: tuple[str, ...]
    rxnorm: tuple[str, ...]
    ingredients: tuple[str, ...]
    resource: str
    pointer: str
    status: str | None
    skipped: str | None
    times: tuple[str, ...]
    per_day: float | None
    timing_note: str | None = None
    quantity: Quantity | None = None
    dosage_text: str | None = None
    daily: Quantity | None = None
    as_needed: bool = False
    supplied: Quantity | None = None
    unread: bool = False
    fact: str | None = None
    withhold: str | None = None
    dated: str | None = None
    dose_texts: tuple[str, ...] = ()  # the dosages' texts beside a coded dose (see Entry)


def read(data: bytes, file: str, include_inactive: bool = False) -> list[FhirMedication]:
    """Every medication resource in ``data`` (FHIR JSON or NDJSON), in file order."""
    found_documents = documents(data, file)
    resources: list[tuple[str, dict[str, Any]]] = []
    for pointer, document in found_documents:
        resources.extend(flatten(document, pointer, file))
    index = {_ref(r): r for _, r in resources if _ref(r)}
    for _, document in found_documents:
        index.update(full_urls(document))
    medicines = [(p, r) for p, r in resources if r.get("resourceType") in MEDICATION_TYPES]
    found = [_medication(r, p, file, index, include_inactive) for p, r in medicines]
    for pointer, resource in resources:
        if resource.get("resourceType") == "List":
            found.extend(_list_items(resource, pointer, index))
    if not found:
        types = sorted({str(r.get("resourceType")) for _, r in resources}) or ["none"]
        raise FhirError(file, "", f"no medication resources found (resource types: {types})")
    from magadvise.fhir.context import context
    from magadvise.fhir.old_reasons import dated
    from magadvise.fhir.reasons import medicine_said

    for (pointer, resource), read_as in zip(medicines, found[: len(medicines)], strict=True):
        name = (*read_as.names, *read_as.ingredients, "")[0]
        ref = _ref(resource) or resource["resourceType"]
        said = medicine_said(resource, pointer or "/", ref, name, _finder(index))
        found.extend(said if read_as.skipped is None else dated(resource, said))
        if read_as.skipped is None:  # "400 mg bid (16 kg)": the weight dosed for
            from magadvise.fhir.dosage_weight import dosage_weights

            found.extend(dosage_weights(resource, pointer or "/", ref))
    found.extend(
        context(resource, pointer or "/", _ref(resource) or resource["resourceType"])
        for pointer, resource in resources
        if resource["resourceType"] not in (*MEDICATION_TYPES, *READ_AS_PART)
    )
    from magadvise.fhir.pregnancy_status import components
    from magadvise.fhir.reasons import notes_said

    for pointer, resource in resources:  # a panel's pregnancy parts; a condition's notes
        ref = _ref(resource) or resource["resourceType"]
        found = components(found, resource, pointer or "/", ref)
        found.extend(notes_said(resource, pointer or "/", ref))
    return _undated_patients(found)


def _undated_patients(found: list[FhirMedication]) -> list[FhirMedication]:
    """Several Patients, one with no birth date: that one marked, so no other's age is used
    for the medicines (:mod:`magadvise.advice.undated_patient`)."""
    patients = [m for m in found if m.fact == "birthDate" or m.resource.startswith("Patient")]
    if len(patients) < 2:
        return found
    from magadvise.advice.undated_patient import UNDATED

    more = f"; the record holds {len(patients)} Patients: the others' ages are not used"
    return [
        m._replace(withhold=UNDATED, skipped=f"{m.skipped}{more}")
        if m.unread and m.resource.startswith("Patient") and m.fact is None
        else m
        for m in found
    ]


def _list_items(
    listing: dict[str, Any], pointer: str, index: dict[str, dict[str, Any]]
) -> Iterator[FhirMedication]:
    """A List's items that are not in the file: accounted for as skipped, never dropped."""
    for i, item in enumerate(listing.get("entry") or []):
        ref = (item.get("item") or {}) if isinstance(item, dict) else {}
        target = ref.get("reference")
        if isinstance(target, str) and _lookup(target, index) is not None:
            continue  # read where it stands in the file
        display = ref.get("display")
        why = "listed item deleted" if item.get("deleted") else "listed item not in this file"
        yield FhirMedication(
            (display,) if isinstance(display, str) and display.strip() else (),
            (),
            (),
            str(target or f"{_ref(listing) or 'List'} entry {i}"),
            f"{pointer}/entry/{i}",
            None,
            f"{why}: it could not be checked",
            (),
            None,
        )


def _finder(index: dict[str, dict[str, Any]]) -> Callable[[str], dict[str, Any] | None]:
    """A function finding a referenced resource in ``index`` (see :func:`_lookup`)."""
    return lambda reference: _lookup(reference, index)


def _lookup(reference: str, index: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """A referenced resource by full URL or by ``Type/id`` (the last two path parts)."""
    if reference in index:
        return index[reference]
    return index.get("/".join(reference.rstrip("/").split("/")[-2:]))


def _ref(resource: dict[str, Any]) -> str:
    kind, id = resource.get("resourceType"), resource.get("id")
    return f"{kind}/{id}" if isinstance(kind, str) and isinstance(id, str) else ""


def _medication(
    resource: dict[str, Any],
    pointer: str,
    file: str,
    index: dict[str, dict[str, Any]],
    include_inactive: bool,
) -> FhirMedication:
    """One medication resource: its names, codes, status and dose times."""
    kind = resource["resourceType"]
    status = resource.get("status")
    names, codes, ingredients = _concept(resource.get("medicationCodeableConcept"))
    link = resource.get("medicationReference") or {}
    reference, display = link.get("reference"), link.get("display")
    medication = _resolve(reference, resource, index) if isinstance(reference, str) else None
    if medication is not None:
        names, codes, _ = _concept(medication.get("code"))
        for part in medication.get("ingredient") or []:
            more, more_codes, _ = _concept(part.get("itemCodeableConcept"))
            ingredients += more[:1]
            codes += more_codes
    if isinstance(display, str) and display.strip():
        names = (*names, display.strip())
    skipped = None
    if status not in CURRENT[kind] and not include_inactive:
        skipped = f"status '{status}': not a current medicine"
        if kind == "MedicationRequest" and status == "completed":  # filled, maybe still taken
            from magadvise.clock import today
            from magadvise.fhir.course import course_over

            over = course_over(resource, today())
            skipped = None if over is None else f"status 'completed' and {over}: not current"
    if resource.get("doNotPerform") is True:
        skipped = "marked 'do not perform': not taken"
    if not names and not ingredients:  # a current medicine that cannot be named: not assessed
        code = f", RxNorm {', '.join(codes)}" if codes else ""
        missing = f", '{reference}' not in this file" if isinstance(reference, str) else ""
        names = (f"unnamed medicine ({_ref(resource) or kind}{code}{missing})",)
    if kind == "MedicationAdministration" and (skipped is None or status == "stopped"):
        from magadvise.fhir.administered import given_otherwise  # into a vein: not read

        other = given_otherwise(resource, names, _ref(resource) or kind, pointer or "/")
        if other is not None and (skipped is None or other.withhold):  # stopped: part given
            return other
    dosage = read_dosage(resource)
    return FhirMedication(
        names,
        tuple(dict.fromkeys(codes)),
        ingredients,
        _ref(resource) or kind,
        pointer or "/",
        status if isinstance(status, str) else None,
        skipped,
        dosage.times,
        dosage.per_day,
        dosage.note,
        dosage.quantity,
        dosage.text,
        dosage.daily,
        dosage.as_needed,
        supply_per_day(resource),
        dose_texts=dosage.coded_texts,
    )


def _concept(concept: Any) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Names (text, RxNorm display, other displays) and RxNorm codes of a CodeableConcept."""
    if not isinstance(concept, dict):
        return (), (), ()
    codings = [c for c in concept.get("coding") or [] if isinstance(c, dict)]
    rxnorm = [c for c in codings if c.get("system") == RXNORM]
    names = [concept.get("text")] + [c.get("display") for c in rxnorm + codings]
    codes = [c.get("code") for c in rxnorm]
    return (
        tuple(dict.fromkeys(n.strip() for n in names if isinstance(n, str) and n.strip())),
        tuple(c for c in codes if isinstance(c, str)),
        (),
    )


def _resolve(
    reference: str, holder: dict[str, Any], index: dict[str, dict[str, Any]]
) -> dict[str, Any] | None:
    """A Medication referenced as ``#contained`` or ``Medication/id`` (or a full URL)."""
    if reference.startswith("#"):
        for contained in holder.get("contained") or []:
            if isinstance(contained, dict) and contained.get("id") == reference[1:]:
                return contained
        return None
    return _lookup(reference, index)
