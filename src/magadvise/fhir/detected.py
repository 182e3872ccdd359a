"""The cautions as FHIR R4: a Bundle of DetectedIssue resources a record system can store.

Built from the ``cautions --json`` document (its shape is the stable contract), so this view
never reaches into the advice model. One DetectedIssue per interaction class that applies to a
medicine (``code`` v3-ActCode ``DRG``, drug interaction alert), one per condition warning
(``COND``, condition alert), one per possible double prescription (``DUPTHPY``); severity
maps critical/major -> ``high``, moderate -> ``moderate``, minor -> ``low``. ``implicated``
points at the input resource (``MedicationRequest/abc``) where the medicine came from a FHIR
file, else names it in ``display``; where a record's RxNorm code and its text disagree, the
detail says so. Medicines that were not assessed are listed in an OperationOutcome (severity
``warning``), so the Bundle never reads as an all-clear.

What a health record says that stops any dose (``withheld``: the record's withholders of
:mod:`magadvise.advice.record_gate`, as ``{"id", "name", "basis", "advice", "resource"}``) comes
first, each a ``high`` DetectedIssue: magnesium given by injection or infusion now or lately as a
duplicate therapy alert (``DUPTHPY``: no magnesium by mouth on top), any other (a kidney entry
not read, a Condition listed as inactive that does not end) as a condition alert (``COND``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from magadvise.advice.salt_clash import disagree_label

ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
SEVERITY = {"critical": "high", "major": "high", "moderate": "moderate", "minor": "low"}
_CODES = {
    "DRG": "Drug Interaction Alert",
    "COND": "Condition Alert",
    "DUPTHPY": "Duplicate Therapy Alert",
}
_NAMESPACE = uuid.UUID("5f0c2a4e-7d1b-4c39-9a57-6d1f3b0e8a21")


def bundle(
    report: dict[str, Any], when: str, withheld: Sequence[dict[str, Any]] = ()
) -> dict[str, Any]:
    """A FHIR R4 Bundle (type ``collection``) for a ``cautions --json`` document, and the
    record's ``withheld`` alerts (module docstring), first.

    ``when`` is the ISO date or date-time stamped as ``identifiedDateTime``. Ids are UUIDs
    derived from the content, so the same input gives the same Bundle.
    """
    issues = [_withheld(alert, when) for alert in withheld]
    for caution in report.get("cautions", []):
        implicated = [_implicated(caution)]
        doubt = caution.get("disagreement")
        warning = f" {disagree_label(doubt)}: {doubt}." if doubt else ""
        for klass in caution.get("classes", []):
            if klass.get("direction") == "none" or klass.get("repeated"):
                continue
            detail = (
                f"{caution.get('name')}: {klass.get('name')}. {klass.get('effect', '')}{warning}"
            )
            issues.append(
                _issue("DRG", klass.get("severity"), detail, implicated, when, _mitigation(klass))
            )
        for other in caution.get("duplicates") or []:
            shared = ", ".join(other.get("shared") or [])
            detail = (
                f"{caution.get('input')} and {other.get('input')} both contain {shared}: "
                "a possible double prescription."
            )
            issues.append(_issue("DUPTHPY", "moderate", detail, implicated, when, None))
    for condition in report.get("conditions", []):
        detail = f"{condition.get('name')}: {condition.get('effect', '')}"
        mitigation = {"action": {"text": condition.get("advice", "")}}
        issues.append(_issue("COND", condition.get("severity"), detail, [], when, mitigation))
    entries = [{"fullUrl": f"urn:uuid:{i['id']}", "resource": i} for i in issues]
    unassessed = report.get("unassessed", [])
    unread = [s for s in report.get("skipped", []) if s.get("not_read")]
    if unassessed or unread:
        outcome = _not_assessed(unassessed, unread)
        entries.append({"fullUrl": f"urn:uuid:{outcome['id']}", "resource": outcome})
    return {
        "resourceType": "Bundle",
        "id": _id("bundle", *(str(e["fullUrl"]) for e in entries)),
        "type": "collection",
        "timestamp": when if "T" in when else f"{when}T00:00:00Z",
        "entry": entries,
    }


def _issue(
    code: str,
    severity: Any,
    detail: str,
    implicated: list[dict[str, Any]],
    when: str,
    mitigation: dict[str, Any] | None,
) -> dict[str, Any]:
    issue: dict[str, Any] = {
        "resourceType": "DetectedIssue",
        "id": _id(code, detail, *(str(i) for i in implicated)),
        "status": "final",
        "code": {"coding": [{"system": ACT_CODE, "code": code, "display": _CODES[code]}]},
        "severity": SEVERITY.get(str(severity), "moderate"),
        "identifiedDateTime": when,
        "detail": detail.strip(),
    }
    if implicated:
        issue["implicated"] = implicated
    if mitigation and mitigation["action"].get("text"):
        issue["mitigation"] = [mitigation]
    return issue


def _withheld(alert: dict[str, Any], when: str) -> dict[str, Any]:
    """A ``high`` DetectedIssue for a record's entry that stops any dose."""
    given = alert.get("id") == "magnesium-given"
    said = "No magnesium by mouth: " if given else "No magnesium dose advised: "
    detail = f"{said}{alert.get('name')}. {alert.get('basis', '')}."
    resource = alert.get("resource")
    implicated = [{"reference": resource}] if isinstance(resource, str) and "/" in resource else []
    mitigation = {"action": {"text": alert.get("advice", "")}}
    return _issue("DUPTHPY" if given else "COND", "critical", detail, implicated, when, mitigation)


def _implicated(caution: dict[str, Any]) -> dict[str, Any]:
    """A reference to the input resource, or a display-only reference to the typed name."""
    source = caution.get("source") or {}
    display = f"{caution.get('input')} ({caution.get('name')})"
    resource = source.get("resource") if isinstance(source, dict) else None
    if isinstance(resource, str) and "/" in resource:
        return {"reference": resource, "display": display}
    return {"display": display}


def _mitigation(klass: dict[str, Any]) -> dict[str, Any]:
    """The spacing advice (or the class advice) as the mitigation's action text."""
    spacing = klass.get("spacing") or {}
    if spacing.get("avoid"):
        text = f"Avoid magnesium with this medicine: {spacing.get('note') or klass.get('advice')}"
    elif spacing.get("magnesium_before_h") is not None:
        text = (
            f"Take magnesium at least {spacing['magnesium_before_h']:g} h before or "
            f"{spacing['magnesium_after_h']:g} h after this medicine. {klass.get('advice', '')}"
        )
    else:
        text = klass.get("advice", "")
    return {"action": {"text": text.strip()}}


def _not_assessed(unassessed: list[dict[str, Any]], unread: list[dict[str, Any]]) -> dict[str, Any]:
    """Names not assessed, and a record's resources not read (``skipped[].not_read``)."""
    names = [str(u.get("input")) for u in unassessed]
    issues = [
        {
            "severity": "warning",
            "code": "not-found",
            "diagnostics": f"'{name}' was NOT assessed for interactions with magnesium: "
            "not recognised does not mean safe.",
        }
        for name in names
    ]
    for item in unread:
        where = (item.get("source") or {}).get("resource") or item.get("input")
        issues.append(
            {
                "severity": "warning",
                "code": "not-supported",
                "diagnostics": f"{where} ('{item.get('input')}') was NOT read: "
                f"{item.get('reason')}",
            }
        )
        names.append(str(where))
    return {"resourceType": "OperationOutcome", "id": _id("unassessed", *names), "issue": issues}


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\0".join(parts)))
