"""Routine kidney wordings in a record that name no kidney disease, so the safety net lets them by.

The record's safety net withholds the dose beside kidney words it cannot place
(:mod:`magadvise.advice.record_said`, :mod:`magadvise.fhir.screen`): the safer error. But some
wordings are common on every metformin or ACE-inhibitor order and say the kidneys are fine, or
only that they are watched; withholding on them sends most records to "no dose" for nothing,
and a tool that cries wolf gets ignored. Only these whole wordings pass (any case; "pt" or
"patient" before, a full stop after):

- a check of kidney function, with no result and no condition (:func:`monitored`): a kidney
  test with a check word or how often, beside other routine tests and joining words at most:
  "Check renal function annually", "Monitor U&Es and creatinine", "Check BP and renal function
  annually", "Annual renal function check", "Renal function monitoring 6-monthly", "Annual
  eGFR", "Renal function to be checked before starting" (a number, a stage, "closely", "for
  AKI", "impaired" or any other word beside it and it is not routine);
- kidney function said to be normal, with any eGFR, GFR or CrCl given at 60 or more (KDIGO 2012
  categories G1-G2, which the record's eGFR results also read as no condition): "Kidney function
  normal (eGFR 85)", "Normal renal function", "eGFR > 90", "eGFR 72 mL/min";
- a plain negation of dialysis or kidney disease with nothing after it: "Not on dialysis", "No
  CKD", "Denies kidney disease" ("Not on dialysis yet" or "No dialysis, CKD 4" still withhold);
- kidney stones (nephrolithiasis, urolithiasis, renal calculi), which are not kidney disease
  (magnesium is used to prevent some: our reading; "renal colic" still withholds).

A Condition's or a medicine's reason is a problem-list entry, not a sentence: of these only kidney
stones is read there (a Condition "No CKD" stays screened, as every negated condition is).
Anything else with a kidney word (a number under 60, "hold if", "dose adjusted", a stage, a
kidney word beside these) is still screened.
"""

from __future__ import annotations

import re

_BEFORE = r"^(?:pt|patient)?\s*(?:is\s+|has\s+)?"
_KIDNEY = r"(?:renal|kidney)\s+(?:function|profile|panel|labs?|bloods?)(?:\s+tests?)?"
_EDGE = r"(?<![a-z0-9_])(?:{})(?![a-z0-9_])"
# what a monitoring note is read as, word by word (see monitored): each wording becomes a token
_WORDINGS = (
    ("_when_", re.compile(_EDGE.format(
        r"annually|yearly|annual|monthly|weekly|regularly|regular|periodically|periodic"
        r"|routinely|routine|\d{1,2}\s*-?\s*(?:monthly|weekly|yearly)"
        r"|every\s+\d{1,2}\s*-?\s*(?:weeks?|months?|years?|wks?|mths?|mo)"
        r"|\d{1,2}\s*(?:x|times)\s+(?:a|per)\s+year|(?:every|each|once\s+a)\s+(?:year|month)"
        r"|q\s?\d{1,2}\s?(?:months?|mths?|mo|m|weeks?|wks?|w)|at\s+baseline"
        r"|before\s+(?:starting|start)|as\s+needed|prn"))),
    ("_lab_", re.compile(_EDGE.format(
        rf"{_KIDNEY}|u\s*(?:&|\+|and)\s*es?|urea\s+(?:&|and)\s+electrolytes|ues?|bmp|cmp"
        r"|e?gfr|(?:serum\s+)?creatinine|cr|bun|rfts?|kfts?"))),
    ("_test_", re.compile(_EDGE.format(
        r"bp|blood\s+pressure|lfts?|liver\s+function(?:\s+tests?)?|fbc|cbc|electrolytes"
        r"|potassium|sodium|hba1c|lipids|glucose|bloods?|blood\s+tests?|labs?|weight|b12"))),
)  # fmt: skip
_CHECKS = frozenset(
    """check checks checked checking recheck rechecked monitor monitors monitored monitoring
    review reviewed repeat repeated test tests tested measure measured""".split()  # noqa: SIM905
)
_GLUE = frozenset(
    """and or pt patient please to be have has should needs need is are at least the of then
    every each a with _test_ - : ( ) / & +""".split()  # noqa: SIM905
)
_NORMAL_WORDS = r"(?:normal|nl|wnl|within\s+normal\s+limits|fine|ok|stable\s+and\s+normal)"
_VALUE = r"(?:e?gfr|crcl|creatinine\s+clearance)\s*(?:is\s+)?(?:>|>=|=|of)?\s*(\d{2,3})"
_UNIT = r"(?:\s*ml\s*/\s*min(?:\s*/\s*1\.73\s*m2?)?)?"
_NORMAL = re.compile(
    rf"{_BEFORE}(?:(?:{_KIDNEY}|kidneys?)\s+(?:is\s+|are\s+)?{_NORMAL_WORDS}"
    rf"|{_NORMAL_WORDS}\s+{_KIDNEY})?\s*(?:\(?\s*{_VALUE}{_UNIT}\s*\)?)?"
    rf"(?:\s*-?\s*{_NORMAL_WORDS})?$"
)
_NEGATED = re.compile(
    rf"{_BEFORE}(?:not\s+on|no|never\s+on|denies|without)\s+(?:any\s+)?(?:history\s+of\s+)?"
    r"(?:dialysis|haemodialysis|hemodialysis|ckd|kidney\s+disease|renal\s+disease"
    r"|renal\s+impairment|kidney\s+problems|renal\s+failure|kidney\s+failure)$"
)
_STONES = re.compile(
    r"^(?:(?:history\s+of|hx\s+of|h/o|recurrent)\s+)?(?:(?:kidney|renal)\s+(?:stones?|calcul(?:i|us))"
    r"|nephrolithiasis|urolithiasis)$"
)
NORMAL_GFR = 60
"""An eGFR, GFR or CrCl at or above this (mL/min or per 1.73 m2) is not kidney disease on its
own (KDIGO 2012 GFR categories G1-G2)."""


def stones(text: str) -> bool:
    """True when ``text`` is wholly kidney stones ("Kidney stones", "History of
    nephrolithiasis"): read as no condition where a Condition's or a reason's text is."""
    return _STONES.match(" ".join(text.lower().split()).rstrip(". ")) is not None


def monitored(text: str) -> bool:
    """True when ``text`` (lower case) says only that kidney tests are checked, and perhaps
    when: a kidney test ("renal function", "U&Es", "creatinine", "eGFR"), a check word
    ("monitor", "check", "review") or how often ("annually", "6-monthly", "every 3 months"),
    other routine tests ("BP", "LFTs") and joining words, and nothing else: any other word or a
    number ("eGFR 25", "Cr 3.1", "monitor for AKI", "renal function impaired", "closely")
    and it is not routine."""
    for token, wording in _WORDINGS:
        text = wording.sub(f" {token} ", text)
    words = re.findall(r"[a-z0-9_]+|[^\sa-z0-9_]", text)
    kinds = {w if w.startswith("_") else "_check_" if w in _CHECKS else "" for w in words}
    return (
        "_lab_" in kinds
        and bool(kinds & {"_check_", "_when_"})
        and all(w in _CHECKS or w in _GLUE or w in ("_lab_", "_when_") for w in words)
    )


def routine(text: str) -> bool:
    """True when ``text`` (one sentence, any case) is wholly one of the routine wordings of the
    module docstring, naming no kidney disease."""
    plain = " ".join(text.lower().split()).rstrip(". ")
    if not plain:
        return False
    if monitored(plain) or _NEGATED.match(plain) or stones(plain):
        return True
    found = _NORMAL.match(plain)
    if found is None or not found.group(0).strip():
        return False
    said_normal = re.search(_NORMAL_WORDS, plain) is not None
    value = found.group(1)
    if value is None:
        return said_normal and re.search(r"kidney|renal", plain) is not None
    return int(value) >= NORMAL_GFR
