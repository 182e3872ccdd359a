"""A record's Observations: kidney function (eGFR, creatinine clearance) and serum magnesium.

Kidney function: an eGFR (LOINC codes in :data:`magadvise.fhir.codes.EGFR_LOINC`), a creatinine
clearance (LOINC 2164-2) or a result whose name says eGFR, GFR, creatinine clearance or CrCl,
with a value in mL/min or mL/min/1.73m2, or in mL/s (/1.73 m2, the SI unit some laboratories
use: 1 mL/s = 60 mL/min): a ``valueQuantity`` (its ``comparator`` kept: ``<15``), a
``valueInteger``, a ``valueRange`` (``15-29``; one end only reads as a bound), or a
``valueString`` (or a ``valueCodeableConcept``'s text) such as ``<15``, ``>60``, ``15-29``,
``22,5`` (a decimal comma) or ``35 mL/min``. It becomes fact ``"egfr"`` (per 1.73 m2) or
``"crcl"`` (mL/min), ``names`` the value in mL/min as written without its unit (``35``,
``<15``, ``15-29``), read into bands by :mod:`magadvise.advice.kidney_number`.

Serum magnesium: LOINC 19123-9 (mass/volume) or 2601-3 (moles/volume) in serum or plasma (the
magnesium codes of the HL7 PDDI value set "LOINC Codes for serum magnesium", Top 2000 US lab
results, https://hl7.org/fhir/uv/pddi/ValueSet-valueset-magnesium-LOINC.html, less 2597-3, red
cells, whose range differs), or a name saying magnesium in serum or plasma, with a value in
mg/dL, mg/L, mmol/L (``mM``) or mEq/L, as a ``valueQuantity`` or a ``valueString``
(``3.4 mg/dL``, ``1.2 mmol/L H``). Fact ``"magnesium"``, ``names`` the value in mmol/L then as
written: 1 mmol/L = 2.4305 mg/dL (Mg 24.305 g/mol) = 2 mEq/L (Mg2+ is divalent). A bound is read
only when it settles whether the value is high (:data:`magadvise.advice.record_results.
MAGNESIUM_ABOVE`): ``>1.4 mmol/L`` is high, ``<0.5 mmol/L`` is not; ``<1.4 mmol/L`` is not read.

Any other result is *not read*; one that looks kidney- or magnesium-related is marked to
withhold the dose (:mod:`magadvise.fhir.screen`), except that a creatinine, urea or the like is
decided with the record's eGFR (:mod:`magadvise.fhir.kidney_labs`). A result recognised as eGFR,
creatinine clearance or serum magnesium whose value cannot be read (no unit for a magnesium, an
unknown unit, an interpretation only, text such as ``see comment``) always withholds it.
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
MAGNESIUM_UNITS = {
    "mg/dl": 1 / MG_PER_DL, "mg/l": 1 / (10 * MG_PER_DL), "mmol/l": 1.0, "mm": 1.0,
    "meq/l": 0.5,
}  # fmt: skip
"""Unit (lower case, no spaces) -> its factor to mmol/L of magnesium."""
PER_MINUTE = (("ml/min", 1.0), ("ml/s", 60.0))
"""Kidney-function unit start (lower case, no spaces) -> its factor to mL/min (1 mL/s = 60)."""
RESULT_NAMES = {"egfr": "eGFR", "crcl": "creatinine clearance", "magnesium": "serum magnesium"}
_NUMBER = r"\d{1,3}(?:[.,]\d+)?"
_BOUND = r"(?P<bound><=?|>=?|\u2264|\u2265)?\s*"
_KIDNEY_STRING = re.compile(
    rf"{_BOUND}(?P<value>{_NUMBER})(?:\s*(?:-|\u2013|to)\s*(?P<top>{_NUMBER}))?\s*"
    r"(?P<unit>ml\s*/\s*(?:min|s|sec)\b[\d/.,{}^_\u00b2m ]*)?",
    re.IGNORECASE,
)
_MAGNESIUM_STRING = re.compile(
    rf"{_BOUND}(?P<value>{_NUMBER})\s*(?P<unit>(?:mg|mmol|meq)\s*/\s*[dl]?l|mm)?"
    r"(?:\s*\(?(?:h|hh|l|ll|high|low|a|\*)\)?)?",
    re.IGNORECASE,
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
    from magadvise.fhir.screen import SCREENED

    loinc = {code for system, code in pairs if system == LOINC}
    names = " ".join(texts).lower()
    kind = _kidney_kind(loinc, names)
    if kind is None and (
        loinc & MAGNESIUM_LOINC or ("magnes" in names and ("serum" in names or "plasma" in names))
    ):
        kind = "magnesium"
    if kind is None:
        shown = texts[0] if texts else "Observation"
        why = f"{shown} (Observation): not read (of results, magadvise reads kidney function "
        why += "and serum magnesium)"
        from magadvise.fhir.kidney_labs import screened_lab

        lab = screened_lab(resource, texts, pairs)
        if lab is not None:  # creatinine, urea, ...: decided with the record's eGFR
            return unread(ref, pointer, shown, why + lab[1], withhold=lab[0])
        return unread(ref, pointer, shown, why, screen=(texts, pairs))
    shown = texts[0] if texts else RESULT_NAMES[kind]
    status = resource.get("status")
    if status in NOT_COUNTED_OBSERVATION:
        return not_counted(ref, pointer, shown, f"status '{status}': no result counted", status)
    if kind == "magnesium":
        mmol = _magnesium(resource)
        if mmol is not None:
            return fact("magnesium", mmol, (shown,), ref, pointer)
        units = "mg/dL, mg/L, mmol/L or mEq/L"
    else:
        value = _kidney_value(resource)
        if value is not None:
            return fact(kind, (value,), (shown,), ref, pointer)
        units = "mL/min, mL/s or per 1.73 m2"
    why = f"a {RESULT_NAMES[kind]} result with no value in {units} magadvise can read: not read"
    return unread(ref, pointer, shown, f"{why}; {SCREENED}", withhold="not-read")


def _kidney_kind(loinc: set[str], names: str) -> str | None:
    """``"egfr"``, ``"crcl"`` or None (not a kidney-function result)."""
    if loinc & EGFR_LOINC:
        return "egfr"
    if loinc & CRCL_LOINC or "creatinine clearance" in names or "crcl" in names:
        return "crcl"
    if "gfr" in names.replace(" ", "") or "glomerular filtration" in names:
        return "egfr"
    return None


def _unit(quantity: dict[str, Any]) -> str:
    return str(quantity.get("code") or quantity.get("unit") or "")


def _number(value: Any) -> float | None:
    """A finite number of 0 or more, or None (text with a decimal comma is read: ``22,5``)."""
    if isinstance(value, str):
        try:
            value = float(value.replace(",", "."))
        except ValueError:
            return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value >= 0 else None


def _per_minute(value: Any, unit: str, bound: str = "") -> str | None:
    """A kidney-function value in mL/min as text (``24``, ``<15``); None when ``value`` is not a
    number of 0 or more or ``unit`` (none is taken as mL/min) is not per minute or per second."""
    number, compact = _number(value), unit.replace(" ", "").lower()
    factors = [f for start, f in PER_MINUTE if compact.startswith(start)]
    factor = factors[0] if factors else None if compact else 1.0
    if number is None or factor is None:
        return None
    return f"{_BOUNDS.get(bound, bound)}{round(number * factor, 1):g}"


def _text_value(resource: dict[str, Any]) -> str | None:
    """``valueString``, or a ``valueCodeableConcept``'s text, stripped."""
    text = resource.get("valueString")
    if not isinstance(text, str):
        concept = resource.get("valueCodeableConcept")
        text = concept.get("text") if isinstance(concept, dict) else None
    return text.strip() if isinstance(text, str) else None


def _kidney_value(resource: dict[str, Any]) -> str | None:
    """The value in mL/min (/1.73 m2) as written without its unit (``35``, ``<15``, ``15-29``),
    from any value form the module docstring names; None if none is readable."""
    quantity = resource.get("valueQuantity")
    if isinstance(quantity, dict):
        return _per_minute(quantity.get("value"), _unit(quantity), quantity.get("comparator") or "")
    if "valueInteger" in resource:
        return _per_minute(resource["valueInteger"], "")
    span = resource.get("valueRange")
    if isinstance(span, dict):
        ends = [e if isinstance(e, dict) else None for e in (span.get("low"), span.get("high"))]
        low, high = (_per_minute(e.get("value"), _unit(e)) if e else None for e in ends)
        if low and high:
            return f"{low}-{high}" if float(low) <= float(high) else None
        return f">={low}" if low else f"<={high}" if high else None
    text = _text_value(resource)
    found = _KIDNEY_STRING.fullmatch(text) if text else None
    if found is None or (found["bound"] and found["top"]):
        return None
    unit = found["unit"] or ""
    value = _per_minute(found["value"], unit, found["bound"] or "")
    if not found["top"]:
        return value
    top = _per_minute(found["top"], unit)
    return f"{value}-{top}" if value and top and float(value) <= float(top) else None


def _magnesium(resource: dict[str, Any]) -> tuple[str, str] | None:
    """(mmol/L as text, the value as written) of a serum magnesium; None if not readable."""
    quantity = resource.get("valueQuantity")
    if isinstance(quantity, dict):
        bound = quantity.get("comparator") or ""
        return _magnesium_value(quantity.get("value"), _unit(quantity), str(bound))
    text = _text_value(resource)
    found = _MAGNESIUM_STRING.fullmatch(text) if text else None
    if found is None:
        return None
    bound = _BOUNDS.get(found["bound"] or "", found["bound"] or "")
    return _magnesium_value(found["value"], found["unit"] or "", bound)


def _magnesium_value(value: Any, unit: str, bound: str) -> tuple[str, str] | None:
    """A magnesium value in ``unit`` (``bound``: its comparator) read as in
    :func:`_magnesium`; None for no number, an unknown unit, or a bound that does not settle
    whether it is high."""
    from magadvise.advice.record_results import MAGNESIUM_ABOVE

    number = _number(value)
    factor = MAGNESIUM_UNITS.get(unit.replace(" ", "").lower())
    if number is None or factor is None:
        return None
    mmol = number * factor
    if (bound.startswith(">") and mmol <= MAGNESIUM_ABOVE) or (
        bound.startswith("<") and mmol > MAGNESIUM_ABOVE
    ):
        return None
    return f"{mmol:.3g}", f"{bound}{number:g} {unit.strip()}"
