"""A kidney-function number typed as a condition: ``eGFR 25``, ``CrCl 40 mL/min``, ``GFR < 45``.

Clinicians write the number, not the stage. A value below 30 mL/min (/1.73 m2) is the rules'
``severe-kidney-disease`` (its own name: "eGFR below 30, CKD stage 4-5"; the UK SmPC of a
licensed oral magnesium is contraindicated below a GFR of 30); 30 to under 60 is
``kidney-disease`` (CKD stage 3 by GFR alone: KDIGO 2012 G3a-G3b,
https://kdigo.org/guidelines/ckd-evaluation-and-management/). An upper bound (``eGFR < 45``,
``below 60``) says only that the value is somewhere under it, so it is read as the worse band it
allows (``severe-kidney-disease`` up to 60). A value of 60 or more, or a bound above 60, does
not by itself say whether there is kidney disease (stages 1-2 need other markers): typed, that
is a usage error asking for the condition by name, never a silent all-clear.

The same bands read a health record's results (eGFR, creatinine clearance, see
:mod:`magadvise.advice.record_facts`), whose values may be written as a bound or a range
(``<15``, ``>60``, ``15-29``): see :func:`reading`.
"""

from __future__ import annotations

import re

from magadvise.errors import UsageError, echo

SEVERE = "severe-kidney-disease"
CKD = "kidney-disease"
SEVERE_BELOW = 30.0  # mL/min/1.73 m2: CKD stage 4-5
CKD_BELOW = 60.0  # mL/min/1.73 m2: CKD stage 3 and worse by GFR alone

_KIDNEY_NUMBER = re.compile(
    r"(?:e?gfr|crcl|clcr|creatinine clearance)\s*"
    r"(?P<bound><=?|below|under|less than)?\s*(?:of|is|=|:)?\s*"
    r"(?P<value>\d{1,3}(?:\.\d+)?)\s*"
    r"(?:ml\s*/\s*min(?:\s*/\s*1\.73\s*m(?:2|\u00b2))?)?",
    re.IGNORECASE,
)
_RESULT = re.compile(
    r"(?P<bound><=?|>=?)?(?P<value>\d{1,3}(?:\.\d+)?)(?:-(?P<top>\d{1,3}(?:\.\d+)?))?"
)


def band(value: float, upper_bound: bool = False) -> str | None:
    """The condition id for a kidney-function value in mL/min (/1.73 m2): ``SEVERE`` below 30,
    ``CKD`` below 60; for an ``upper_bound`` (the value is somewhere under it) ``SEVERE`` up to
    60, the worse band it allows. None when it does not by itself name kidney disease."""
    if upper_bound:
        return SEVERE if value <= CKD_BELOW else None
    if value < SEVERE_BELOW:
        return SEVERE
    return CKD if value < CKD_BELOW else None


def reading(text: str) -> tuple[float, bool] | None:
    """A record's result as written (``35``, ``<15``, ``<=30``, ``>60``, ``15-29``) as (value,
    whether it is only an upper bound), the safer reading: a range is read at its lower end, a
    lower bound (``>60``) at the bound. None for text that is not such a number."""
    found = _RESULT.fullmatch(text.replace(" ", ""))
    if found is None:
        return None
    bound = found["bound"] or ""
    if found["top"] and bound:
        return None
    return float(found["value"]), bound.startswith("<")


def kidney_condition(text: str) -> str | None:
    """The condition id a kidney-function number falls in, or None when ``text`` is not one.

    Raises UsageError for a number that names no kidney condition by itself (60 or more).
    """
    found = _KIDNEY_NUMBER.fullmatch(text.strip())
    if found is None:
        return None
    condition = band(float(found["value"]), bool(found["bound"]))
    if condition is not None:
        return condition
    raise UsageError(
        f"{echo(text)} does not by itself say whether there is kidney disease: if a doctor has "
        "said so, give --condition kidney-disease (or the CKD stage, e.g. 'ckd stage 2')"
    )
