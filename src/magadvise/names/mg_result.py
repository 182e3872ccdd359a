"""A serum magnesium result written on a list (``Serum Mg 1.2``, ``Mg level 1.2 mmol/L``, ``Last
Mg 1.1 mmol/L``, ``Mg: 2.9 mg/dL``, ``Mg 1.1 (H)``, ``U&E: Na 138 K 4.1 Cr 90 Mg 1.2``).

``Mg``, ``Mg2+`` or ``magnesium`` with a number is read as a blood result, not a magnesium
product, only where a product's strength cannot be: the number has no dose unit after it (``Mg
400 mg`` is a product) and

- it has a result's unit after it (``mmol/L``, ``mg/dL``, ``mEq/L``), or
- the words say a result (``serum``, ``plasma``, ``level``, ``last``, ``latest``), or it is
  flagged (``(H)``, ``(high)``, ``(low)``), or
- it has decimals (``1.2``; ``Magnesium: 2 daily`` is a count) and is written after ``:`` or
  ``=``, or other results are written on the line (``U&E``, ``Na 138``, ``K 4.1``, ``Cr 90``).

The value is converted to mmol/L as a health record's is (:mod:`magadvise.fhir.results`: 1
mmol/L = 2.4305 mg/dL = 2 mEq/L) and compared with the one upper limit,
:data:`magadvise.advice.record_results.MAGNESIUM_ABOVE` (0.95 mmol/L, IOM 1997). A value with
no unit is read only when it is not high in any unit (0.95 or less: in mmol/L, mg/dL or mEq/L
it is not above 0.95 mmol/L); above it the unit decides (``1.2`` is high in mmol/L, low in
mg/dL), so it is not guessed: :attr:`MgResult.mmol` is None and the line withholds as not read,
as a record's result with no unit does.
"""

from __future__ import annotations

import re

from magadvise.record import Record

_MG = (
    r"(?<![\w-])(?P<lead>(?:(?:last|latest|recent|most\s+recent|serum|plasma|s-?|p-?)\s*)*)"
    r"(?P<word>mg\s?2\+|mg\+\+|mg|magnesium|magnes)(?![\w+])"
    r"(?P<level>\s*(?:level|lvl|result))?\s*(?P<sep>[:=])?\s*"
    r"(?P<value>\d{1,2}(?:[.,]\d{1,3})?)(?![\d.,]*\s*(?:/|x\b))(?![\d.,])"
    r"(?P<unit>\s*(?:mmol\s*/\s*l|mg\s*/\s*dl|meq\s*/\s*l)\b)?"
    r"(?P<flag>\s*\(?\s*(?:h|hh|l|ll|high|low)\s*\)?(?!\w))?"
)
_DOSE_UNIT = r"(?i)\s*(?:%|(?:mg|mcg|µg|ug|g|ml|units?|iu|tabs?|tablets?|caps?|capsules?)\b)"
_OTHER_LABS = r"(?i)(?<![\w&])(?:u\s*&\s*e|u\+e|ues|na|k|cr|ca|phos|po4|urea|egfr|bloods?|labs?)\b"
_FACTOR = {"mmol": 1.0, "mg": 1 / 2.4305, "meq": 0.5}
"""A result's unit (its first letters) -> its factor to mmol/L (as magadvise.fhir.results)."""


class MgResult(Record):
    """A serum magnesium result: its ``text`` as written, the ``span`` of the line it takes, its
    value in ``mmol`` per litre (None: no unit and a value the unit would decide)."""

    text: str
    span: tuple[int, int]
    mmol: float | None


def magnesium_results(line: str) -> list[MgResult]:
    """Each serum magnesium result written in ``line`` (see the module docstring); empty for
    most lines."""
    if not re.search(r"(?i)mg|magnes", line):
        return []
    found = []
    for match in re.finditer(_MG, line, re.IGNORECASE):
        if _is_result(line, match):
            value = float(match["value"].replace(",", "."))
            found.append(MgResult(match[0].strip(), match.span(), _mmol(value, match["unit"])))
    return found


def without_results(line: str, results: list[MgResult]) -> str:
    """``line`` with each result in ``results`` left out; empty when nothing else is written
    but a lab heading (``U&E:``) or a date."""
    for result in reversed(results):
        line = f"{line[: result.span[0]]} {line[result.span[1] :]}"
    rest = re.sub(r"(?i)\b(?:u\s*&\s*e|u\+e|bloods?|labs?|results?|on)\b|[\d/.:;,()-]", " ", line)
    return line.strip() if re.search(r"[^\W\d_]", rest) else ""


def _is_result(line: str, match: re.Match[str]) -> bool:
    if not match["unit"] and re.match(_DOSE_UNIT, line[match.end() :]):
        return False  # "Magnesium 400 mg", "Mg 250mg"
    if match["unit"] or match["flag"] or match["level"] or match["lead"].strip():
        return True
    if not re.search(r"[.,]", match["value"]):  # "Magnesium: 2 daily": a count, not a level
        return False
    others = line[: match.start()] + " " + line[match.end() :]
    return bool(match["sep"] or re.search(_OTHER_LABS, others))


def _mmol(value: float, unit: str | None) -> float | None:
    if unit:
        key = unit.strip().casefold()[:4].rstrip(" /")
        for start, factor in _FACTOR.items():
            if key.startswith(start):
                return round(value * factor, 3)
    from magadvise.advice.record_results import MAGNESIUM_ABOVE

    return value if value <= MAGNESIUM_ABOVE else None
