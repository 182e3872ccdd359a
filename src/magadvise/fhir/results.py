"""A record's Observations: kidney function (eGFR, creatinine clearance) and serum magnesium.

Kidney function: an eGFR (LOINC codes in :data:`magadvise.fhir.codes.EGFR_LOINC`), a creatinine
clearance (LOINC 2164-2) or a result whose name says eGFR, GFR, creatinine clearance or CrCl,
with a value in mL/min or mL/min/1.73m2: a ``valueQuantity`` (its ``comparator`` kept: ``<15``)
or a ``valueString`` such as ``<15``, ``>60``, ``15-29`` or ``35 mL/min``. It becomes fact
``"egfr"`` (per 1.73 m2) or ``"crcl"`` (mL/min), ``names`` the value as written without its
unit (``35``, ``<15``, ``15-29``), read into bands by :mod:`magadvise.advice.kidney_number`.

Serum magnesium: LOINC 19123-9 (mass/volume) or 2601-3 (moles/volume) in serum or plasma (the
magnesium codes of the HL7 PDDI value set "LOINC Codes for serum magnesium", Top 2000 US lab
results, https://hl7.org/fhir/uv/pddi/ValueSet-valueset-magnesium-LOINC.html, less 2597-3, red
cells, whose range differs), or a name saying magnesium in serum or plasma, with a value in
mg/dL, mmol/L or mEq/L and no comparator. Fact ``"magnesium"``, ``names`` the value in mmol/L
then as written: 1 mmol/L = 2.4305 mg/dL (Mg 24.305 g/mol) = 2 mEq/L (Mg2+ is divalent).

Any other result, or one whose value cannot be read, is *not read*; one that looks kidney- or
magnesium-related is marked to withhold the dose (:mod:`magadvise.fhir.screen`), except that a
creatinine, urea or the like is decided with the record's eGFR (:mod:`magadvise.fhir.kidney_labs`).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from magadvise.fhir.codes import EGFR_LOINC

if TYPE_CHECKING:
    from magadvise.fhir.read import FhirMedication

LOINC = "http://loinc.org"
CRCL_LOINC = frozenset({"2164-2"})  # Creatinine renal clearance in 24 hour urine and serum
MAGNESIUM_LOINC = frozenset({"19123-9", "2601-3"})  # Magnesium in serum or plasma
NOT_COUNTED_OBSERVATION = frozenset({"entered-in-error", "cancelled", "registered"})
"""Observation statuses with no usable result (FHIR R4: registered means no result yet)."""
MG_PER_DL = 2.4305  # mg/dL in 1 mmol/L of magnesium (atomic mass 24.305)
MAGNESIUM_UNITS = {"mg/dl": 1 / MG_PER_DL, "mmol/l": 1.0, "meq/l": 0.5}  # -> mmol/L
_NUMBER = r"\d{1,3}(?:\.\d+)?"
_KIDNEY_STRING = re.compile(
    rf"(?P<bound><=?|>=?|\u2264|\u2265)?\s*(?P<value>{_NUMBER})"
    rf"(?:\s*(?:-|\u2013|to)\s*(?P<top>{_NUMBER}))?\s*(?P<unit>ml\s*/\s*min\S*)?"
)
_BOUNDS = {"\u2264": "<=", "\u2265": ">="}


def observation(
    resource: dict[str, Any], pointer: str, ref: str, pairs: list[tuple[str, str]], texts: list[str]
) -> FhirMedication:
    """What one Observation gives (``pairs``/``texts``: its code's codings and names), with
    ``dated`` the day it was taken (:func:`magadvise.fhir.kidney_labs.result_day`)."""
    from magadvise.fhir.kidney_labs import result_day

    return _observation(resource, pointer, ref, pairs, texts)._replace(dated=result_day(resource))


def _observation(
    resource: dict[str, Any], pointer: str, ref: str, pairs: list[tuple[str, str]], texts: list[str]
) -> FhirMedication:
    from magadvise.fhir.context import fact, not_counted, unread

    shown = texts[0] if texts else "Observation"
    loinc = {code for system, code in pairs if system == LOINC}
    names = " ".join(texts).lower()
    kidney = _kidney_kind(loinc, names)
    magnesium = bool(loinc & MAGNESIUM_LOINC) or (
        "magnes" in names and ("serum" in names or "plasma" in names)
    )
    if kidney is None and not magnesium:
        why = f"{shown} (Observation): not read (of results, magadvise reads kidney function "
        why += "and serum magnesium)"
        from magadvise.fhir.kidney_labs import screened_lab

        lab = screened_lab(resource, texts, pairs)
        if lab is not None:  # creatinine, urea, ...: decided with the record's eGFR
            return unread(ref, pointer, shown, why + lab[1], withhold=lab[0])
        return unread(ref, pointer, shown, why, screen=(texts, pairs))
    status = resource.get("status")
    if status in NOT_COUNTED_OBSERVATION:
        return not_counted(ref, pointer, shown, f"status '{status}': no result counted", status)
    if kidney is not None:
        value = _kidney_value(resource)
        if value is not None:
            return fact(kidney, (value,), (shown,), ref, pointer)
        why = f"{shown} with no value in mL/min or mL/min/1.73m2 magadvise can read: not read"
    else:
        mmol = _magnesium(resource.get("valueQuantity"))
        if mmol is not None:
            return fact("magnesium", mmol, (shown,), ref, pointer)
        why = f"{shown} with no value in mg/dL, mmol/L or mEq/L magadvise can read: not read"
    return unread(ref, pointer, shown, why, screen=(texts, pairs))


def _kidney_kind(loinc: set[str], names: str) -> str | None:
    """``"egfr"``, ``"crcl"`` or None (not a kidney-function result)."""
    if loinc & EGFR_LOINC:
        return "egfr"
    if loinc & CRCL_LOINC or "creatinine clearance" in names or "crcl" in names:
        return "crcl"
    if "gfr" in names.replace(" ", "") or "glomerular filtration" in names:
        return "egfr"
    return None


def _kidney_value(resource: dict[str, Any]) -> str | None:
    """The value in mL/min (/1.73 m2) as written without its unit (``35``, ``<15``, ``15-29``),
    from ``valueQuantity`` (and its ``comparator``) or ``valueString``; None if neither."""
    quantity = resource.get("valueQuantity")
    if isinstance(quantity, dict):
        value, unit = quantity.get("value"), str(quantity.get("code") or quantity.get("unit") or "")
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if not math.isfinite(value) or value < 0:
            return None
        compact = unit.replace(" ", "").lower()
        if compact and not compact.startswith("ml/min"):
            return None
        return f"{quantity.get('comparator') or ''}{value:g}"
    text = resource.get("valueString")
    found = _KIDNEY_STRING.fullmatch(text.strip().lower()) if isinstance(text, str) else None
    if found is None or (found["bound"] and found["top"]):
        return None
    bound = _BOUNDS.get(found["bound"] or "", found["bound"] or "")
    value = f"{float(found['value']):g}"
    return f"{value}-{float(found['top']):g}" if found["top"] else f"{bound}{value}"


def _magnesium(quantity: Any) -> tuple[str, str] | None:
    """(mmol/L as text, the value as written) of a serum magnesium; None if not readable."""
    if not isinstance(quantity, dict) or quantity.get("comparator"):
        return None
    value, unit = quantity.get("value"), str(quantity.get("code") or quantity.get("unit") or "")
    factor = MAGNESIUM_UNITS.get(unit.replace(" ", "").lower())
    if factor is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value) or value < 0:
        return None
    return f"{value * factor:.3g}", f"{value:g} {unit}"
