"""A MedicationAdministration given other than by mouth: listed as not read, never counted.

One given by mouth is read as a statement is (:mod:`magadvise.fhir.read`). One given another way
(its ``dosage.route``, or its name says IV, injection or infusion) is not checked for
interactions and not counted toward the oral limit. Magnesium given into a vein or a muscle
raises blood magnesium; while it runs (``in-progress``, ``on-hold``) or once it has been given
(``completed``, ``unknown``, or ``stopped`` part way: some was given) the entry is marked to
withhold the dose (``withhold``: ``"given now"`` while it runs, else ``"given"`` then the
date-time it ended or was given when the record says so, ISO 8601): how recent is decided on
the run's date by :mod:`magadvise.advice.record_gate`, since a record read once is kept
(:mod:`magadvise.medlist.fhircache`) and the date moves on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from magadvise.fhir.read import FhirMedication

ORAL = frozenset({"26643006"})  # SNOMED CT: oral route
INTO_BODY = frozenset({"47625008", "78421000"})  # SNOMED CT: intravenous, intramuscular routes
ORAL_WORDS = ("oral", "by mouth", "po", "per os", "swallow")
OTHER_WORDS = ("iv", "intravenous", "injection", "infusion", "im", "intramuscular", "subcutaneous")
VEIN_OR_MUSCLE = ("iv", "intravenous", "intravenously", "im", "intramuscular", "intramuscularly",
                  "injection", "infusion", "inj", "ivpb", "bolus")  # fmt: skip
RUNNING = frozenset({"in-progress", "on-hold"})


def given_otherwise(
    resource: dict[str, Any], names: tuple[str, ...], ref: str, pointer: str
) -> FhirMedication | None:
    """A MedicationAdministration given other than by mouth, listed as not read with when it
    was given (magnesium into a vein or muscle marked to withhold the dose); None when it was
    given by mouth or the record does not say otherwise (then it is read as a statement is)."""
    from magadvise.fhir.context import codes, unread

    dosage = resource["dosage"] if isinstance(resource.get("dosage"), dict) else {}
    pairs, texts = codes(dosage.get("route"))
    words = " ".join([*texts, *names]).lower().replace("(", " ").replace(")", " ").split()
    said_route = " ".join(texts).lower()
    oral = any(code in ORAL for _, code in pairs) or any(
        w in ORAL_WORDS for w in [*said_route.split(), said_route]
    )
    if oral or not (pairs or texts or any(w in OTHER_WORDS for w in words)):
        return None
    vein = any(w in ("iv", "intravenous", "intravenously") for w in words)
    route = texts[0].lower() if texts else "into a vein (IV)" if vein else "by injection"
    status = resource.get("status")
    when = _when(resource)
    said = f" on {when[:10]}" if when else ""
    running = " (still running)" if status in RUNNING else ""
    name = names[0] if names else "a medicine"
    why = (
        f"given {route}{said}{running}, not by mouth: not checked, and not counted toward the "
        "oral limit"
    )
    withhold = None
    if any(w.startswith("magnes") for w in words):
        why += (
            "; magnesium given this way raises blood magnesium: ask the team that gave it "
            "before taking magnesium by mouth"
        )
        into_body = any(c in INTO_BODY for _, c in pairs) or any(w in VEIN_OR_MUSCLE for w in words)
        if into_body or (not pairs and not texts):
            withhold = "given now" if status in RUNNING else f"given {when or ''}".strip()
    return unread(ref, pointer, name, why, status if isinstance(status, str) else None,
                  withhold=withhold)  # fmt: skip


def _when(resource: dict[str, Any]) -> str | None:
    """When it ended or was given (``effectiveDateTime``, else the period's end, else its
    start), as written; None when the record does not say."""
    period = resource.get("effectivePeriod")
    period = period if isinstance(period, dict) else {}
    for value in (resource.get("effectiveDateTime"), period.get("end"), period.get("start")):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
