"""What a FHIR record says about the person, beside the medicines: every other resource read.

A Patient's ``birthDate``, a Condition's codes (SNOMED CT, ICD-10, and its text, an
abbreviation spelled out: ``HG``, ``NVP``, :func:`spelled_out`), a body
weight (:mod:`magadvise.fhir.body_weight`) and a kidney function or serum magnesium Observation
(:mod:`magadvise.fhir.results`) become facts the advice uses as ``--age`` and ``--condition``
would; any other resource (and a Condition or Observation this module cannot place) is listed
as *not read*, with its reason, so nothing in a record is dropped silently; one not read that
looks kidney- or magnesium-related is marked to withhold the dose (:mod:`magadvise.fhir.screen`).
Which rules condition a fact names is decided by :mod:`magadvise.advice.record_facts`, where the
rules are known.

Each resource yields one :class:`~magadvise.fhir.read.FhirMedication` with ``fact`` set:
``"condition"`` (``names``: the record's texts; ``ingredients``: the terms its codes map to),
``"ended"`` (a Condition whose ``clinicalStatus`` is inactive, resolved or in remission:
``status`` that code, ``dated`` the day it ended if the record says, ``withhold`` what the safety
net makes of its texts and codes; weighed by :mod:`magadvise.advice.ended_conditions`),
``"family-history"`` (a Condition about a relative, :mod:`magadvise.fhir.family`: ``names``
its texts), ``"birthDate"`` (``names``: the date, ``YYYY-MM-DD``),
``"egfr"``/``"crcl"``/``"magnesium"`` (see :mod:`magadvise.fhir.results`), ``"weight"``
(``names``: a weight line, :mod:`magadvise.fhir.body_weight`), or ``fact`` None
with ``skipped`` and ``unread`` for one not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from magadvise.fhir.codes import condition_terms

if TYPE_CHECKING:
    from magadvise.fhir.read import FhirMedication

CONTEXT_TYPES = ("Patient", "Condition", "Observation")
"""Resource types read for facts about the person (others are listed as not read)."""
NOT_COUNTED_CLINICAL = frozenset({"inactive", "remission", "resolved"})
"""Condition ``clinicalStatus`` codes that are not a current problem (FHIR R4)."""
NOT_COUNTED_VERIFICATION = frozenset({"entered-in-error", "refuted"})
"""Condition ``verificationStatus`` codes that say the condition is not there (FHIR R4)."""


def context(resource: dict[str, Any], pointer: str, ref: str) -> FhirMedication:
    """The fact one resource gives about the person, or why it is not read."""
    kind = resource["resourceType"]
    if kind == "Patient":
        return _patient(resource, pointer, ref)
    if kind == "Condition":
        return _condition(resource, pointer, ref)
    if kind == "Observation":
        from magadvise.fhir.pregnancy_status import pregnancy_status
        from magadvise.fhir.results import observation

        pregnant = pregnancy_status(resource, pointer, ref)  # or due, or breastfeeding
        if pregnant is not None:
            return pregnant

        pairs, texts = codes(resource.get("code"))
        from magadvise.fhir.body_weight import body_weight

        weight = body_weight(resource, pointer, ref, pairs, texts)
        return weight or observation(resource, pointer, ref, pairs, texts)
    why = f"{kind}: not read (magadvise reads medicines, conditions, kidney function and "
    why += "magnesium results and the patient's birth date)"
    from magadvise.fhir.screen import said_in

    said = said_in(resource)
    if kind == "DiagnosticReport":  # a renal panel report: weighed with the record's eGFR
        from magadvise.fhir.kidney_labs import result_day, screened_lab

        lab = screened_lab(resource, *said)
        if lab is not None:
            found = unread(ref, pointer, kind, why + lab[1], withhold=lab[0])
            return found._replace(dated=result_day(resource))
    return unread(ref, pointer, kind, why, screen=said)


def unread(
    ref: str,
    pointer: str,
    name: str,
    why: str,
    status: str | None = None,
    *,
    screen: tuple[Sequence[str], Sequence[tuple[str, str]]] | None = None,
    withhold: str | None = None,
) -> FhirMedication:
    """A resource listed as not read: shown with ``why``, and the result is not complete.

    ``screen``: its (texts, (system, code) pairs), marked ``withhold="not-read"`` when they look
    kidney- or magnesium-related, ``"not-read:<condition id>"`` when they may name another
    condition that stops or caps a dose (:func:`magadvise.fhir.screen.screened`); ``withhold``:
    set as given.
    """
    from magadvise.fhir.read import FhirMedication

    if screen is not None and withhold is None:
        from magadvise.fhir.screen import screened, screened_why

        withhold = screened(*screen)
        why += f"; {screened_why(withhold)}" if withhold else ""
    return FhirMedication(
        (name,), (), (), ref, pointer, status, why, (), None, unread=True, withhold=withhold
    )


def fact(
    kind: str,
    names: tuple[str, ...],
    terms: tuple[str, ...],
    ref: str,
    pointer: str,
    withhold: str | None = None,
) -> FhirMedication:
    """A fact about the person (``kind``: see the module docstring); ``withhold``: marked to
    withhold the dose should the advice not place it (a kidney code with unknown text)."""
    from magadvise.fhir.read import FhirMedication

    return FhirMedication(
        names, (), terms, ref, pointer, None, None, (), None, fact=kind, withhold=withhold
    )


def _patient(resource: dict[str, Any], pointer: str, ref: str) -> FhirMedication:
    born = resource.get("birthDate")
    if isinstance(born, str) and len(born) in (4, 7, 10):  # YYYY, YYYY-MM or a full date
        return fact("birthDate", (born,), (), ref, pointer)
    why = "Patient with no birth date: age not read; give --age"
    return unread(ref, pointer, "Patient", why)


def codes(concept: Any) -> tuple[list[tuple[str, str]], list[str]]:
    """(system, code) pairs and the texts (``text``, then displays) of a CodeableConcept."""
    if not isinstance(concept, dict):
        return [], []
    codings = [c for c in concept.get("coding") or [] if isinstance(c, dict)]
    pairs = [(str(c.get("system") or ""), str(c.get("code") or "")) for c in codings]
    texts = [concept.get("text"), *(c.get("display") for c in codings)]
    return pairs, list(dict.fromkeys(t.strip() for t in texts if isinstance(t, str) and t.strip()))


def _status(concept: Any) -> str | None:
    pairs, texts = codes(concept)
    found = [code for _, code in pairs if code] or [t.lower() for t in texts]
    return found[0] if found else None


def spelled_out(concept: Any) -> Any:
    """A Condition's (or a reason's) CodeableConcept with the abbreviation its text is spelled
    out beside it (``HG`` as "HG (hyperemesis gravidarum)", ``NVP``, ``MG``), so it is read as
    the condition it stands for there, where it is no unit, mercury or nevirapine
    (:func:`magadvise.advice.listed_conditions.reason_meaning`); else as it is."""
    texts = codes(concept)[1]
    if not texts or len(texts[0]) > 3:
        return concept
    spelled = spelled_out_text(texts[0])
    return {**concept, "text": spelled} if spelled != texts[0] else concept


def spelled_out_text(text: str) -> str:
    """A condition's or a reason's text with its abbreviation spelled out beside it, or as it
    is (see :func:`spelled_out`)."""
    from magadvise.advice.listed_conditions import reason_meaning

    meaning = reason_meaning(text)
    return f"{text} ({meaning})" if meaning else text


def _condition(resource: dict[str, Any], pointer: str, ref: str) -> FhirMedication:
    pairs, texts = codes(spelled_out(resource.get("code")))  # "HG": hyperemesis gravidarum
    shown = texts[0] if texts else "Condition with no text"
    clinical = _status(resource.get("clinicalStatus"))
    verification = _status(resource.get("verificationStatus"))
    if verification in NOT_COUNTED_VERIFICATION:
        why = f"verification status '{verification}': not counted"
        return not_counted(ref, pointer, shown, why, verification)
    terms = condition_terms(pairs)
    if clinical in NOT_COUNTED_CLINICAL:  # weighed by magadvise.advice.ended_conditions
        from magadvise.fhir.abatement import ended_day
        from magadvise.fhir.screen import screened

        found = fact("ended", tuple(texts) or (shown,), terms, ref, pointer, screened(texts, pairs))
        return found._replace(status=clinical, dated=ended_day(resource))
    if not terms and _about_relative(texts, pairs):
        return fact("family-history", tuple(texts) or (_coded(pairs),), (), ref, pointer)
    if not terms and not texts:
        why = f"a condition with no text and a code magadvise does not read ({_coded(pairs)})"
        why += ": not read; give --condition if it matters"
        return unread(ref, pointer, shown, why, screen=(texts, pairs))
    if terms:
        return fact("condition", tuple(texts) or (shown,), terms, ref, pointer)
    from magadvise.fhir.screen import screened

    # a kidney (or heart block, ...) code not mapped: withholds should its text not be read
    return fact("condition", tuple(texts), terms, ref, pointer, screened((), pairs))


def _coded(pairs: Sequence[tuple[str, str]]) -> str:
    """``icd-10-cm Z84.1, sct 416471007``: a Condition's codes, for messages."""
    return ", ".join(f"{system.rsplit('/', 1)[-1]} {code}" for system, code in pairs) or "none"


def _about_relative(texts: Sequence[str], pairs: Sequence[tuple[str, str]]) -> bool:
    """Family history (:mod:`magadvise.fhir.family`) with no kidney code of the person's own."""
    from magadvise.fhir.family import about_relative
    from magadvise.fhir.screen import looks_kidney_or_magnesium

    return about_relative(texts, pairs) and not looks_kidney_or_magnesium((), pairs)


def not_counted(ref: str, pointer: str, shown: str, why: str, status: str) -> FhirMedication:
    """A resource the record says is not current (or has no result): listed, not counted, not
    a gap."""
    from magadvise.fhir.read import FhirMedication

    return FhirMedication((shown,), (), (), ref, pointer, status, why, (), None)


def condition_fact(resource: dict[str, Any], pointer: str, ref: str) -> FhirMedication:
    """A Condition read as a fact (or why not), as :func:`context` reads one; also a medicine's
    reason, given as ``{"code": <its CodeableConcept>}`` (:mod:`magadvise.fhir.reasons`)."""
    return _condition(resource, pointer, ref)
