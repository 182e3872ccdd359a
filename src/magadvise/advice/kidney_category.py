"""A KDIGO CKD category written without the word CKD: ``stage G4``, ``G4A3``, ``A3G4``, ``G5``.

KDIGO 2012 (https://kdigo.org/guidelines/ckd-evaluation-and-management/, 1.2.3) stages CKD by a
GFR category, G1 to G5 (G3 split into G3a and G3b; "G5D" on dialysis), and an albuminuria one,
A1 to A3: "G4A3". Clinicians write it for the stage, often with no "CKD" beside it. A category
is read as the CKD stage it is (:func:`staged`: ``ckd stage 4``, ``ckd stage 3b``, ``ckd stage 5
dialysis``), and so counts as the rules' kidney condition for that stage, only where the text
says it is one, since a bare "G4" may be anything (a product code, a glove size; "G6PD",
"G2P1" and "G-CSF" are other things):

- after a kidney or stage word: ``stage G4``, ``category G3b``, ``eGFR category G4``, ``GFR G5``,
  ``CKD G3bA2``, ``renal G4``, ``stage G5D`` (dialysis); or before its disease: ``G4 CKD``;
- beside its albuminuria category, either first: ``G4A3``, ``G4 A3``, ``A3G4``, ``a2 g3a``;
- or as the whole text (a list's line or the piece of one after a dash: ``Lisinopril - G5``).

Any case; ``G 4`` with a space too. :data:`ANYWHERE` is the category alone, anywhere (``G4``,
``A3G4``): a record's free text is screened with it (:mod:`magadvise.advice.record_said`).
"""

from __future__ import annotations

import re

_G = r"g\s?(?P<n>[1-5])(?:(?P<ab>[ab])(?![1-3])|(?P<d>d))?"
_A = r"a\s?[1-3]"
_END = r"(?![0-9a-z])"
_SAID = r"(?:ckd|(?:kidney|renal)(?:\s+disease)?|e?gfr|stage|category)"
_HEAD = r"\s+(?:ckd|(?:chronic\s+)?(?:kidney|renal)\s+disease)\b"
_CATEGORY = re.compile(
    rf"\b(?P<said>(?:{_SAID}\s+)+)?(?P<first>{_A}\s?)?{_G}(?P<then>\s?{_A})?{_END}"
    rf"(?P<head>{_HEAD})?"
)
_WHOLE = re.compile(rf"\s*{_G}\s*")
ANYWHERE = r"\b(?:a[1-3]\s?)?g(?:[1-5]|3[ab])(?:\s?a[1-3])?\b"
"""A GFR category written anywhere in a text, tight (``G4``, ``G3b``, ``G4A3``, ``A3G4``): not
``G 4``, which "1 g 4 times a day" writes."""
_START = re.compile(r"(?<![0-9a-z])(?:a\s?[1-3]\s?)?g\s?[1-5]")


def stage_text(number: str, letter: str = "") -> str:
    """``ckd stage N`` for a CKD stage 1-5 with its letter (``a``/``b`` of stage 3 kept,
    ``d`` read as dialysis): ``("3", "b")`` -> ``ckd stage 3b``; ``("5", "d")`` -> ``ckd stage
    5 dialysis``."""
    sub = letter if number == "3" and letter in ("a", "b") else ""
    dialysis = " dialysis" if letter == "d" else ""
    return f"ckd stage {number}{sub}{dialysis}"


def staged(text: str) -> str:
    """``text`` (normalized: lower case) with each GFR category it says is one (see the module)
    written as its CKD stage: ``eGFR category G4`` -> ``ckd stage 4``; ``G4A3`` -> ``ckd stage
    4``. Other text is left as it was."""
    if _START.search(text) is None:  # most texts: no category at all
        return text
    whole = _WHOLE.fullmatch(text)
    if whole is not None:
        return _as_stage(whole)
    return _CATEGORY.sub(_in_context, text)


def _in_context(found: re.Match[str]) -> str:
    """The category found as its stage (its disease written after it read with it) when a
    kidney or stage word or an albuminuria category is beside it; else as written."""
    if found["said"] or found["first"] or found["then"] or found["head"]:
        return _as_stage(found)
    return found.group(0)


def _as_stage(found: re.Match[str]) -> str:
    return stage_text(found["n"], found["ab"] or found["d"] or "")
