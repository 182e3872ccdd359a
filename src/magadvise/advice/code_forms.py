"""Diagnosis codes a list writes that :func:`magadvise.advice.line_screen.written_codes` adds
to its ICD-10 codes of four characters or more: three-character ICD-10 categories, ICD-9-CM
codes, and which of them are codes of pregnancy, childbirth or the puerperium.

- An ICD-10 *category* standing alone as a word (``N18``, ``N19``, ``I44``, ``G70``, ``Z33``,
  ``O21``, ``Z3A``): a letter, two digits (or a digit and ``A``). A category names its
  condition without the stage or kind its subcodes add; the code table reads it the safer
  way (``N18`` as chronic kidney disease of a stage not given,
  :data:`magadvise.fhir.codes.ICD10_CATEGORIES`). A vitamin's ``B12`` or ``Q10`` has this shape
  too, but names nothing the tables read.
- An *ICD-9-CM* code (US records and older lists still carry them): read after an ``ICD-9``
  label anywhere on a line (``ICD-9: 585.6``, ``ICD9-CM 586``), or when the text is wholly a
  dotted code (``585.6``, ``403.91``, ``358.00``) or a V code (``V42.0``, ``V45.11``, ``V4511``),
  or a dotted code or V code among a medicine's words with no unit after it (``Amlodipine 5mg -
  585.6``, ``426.11 digoxin``: a strength has its unit).
  A bare three-digit number (``586``, ``650``) is read only with its label: alone on a line it
  is as likely a strength or a count carried over from the line before (our judgement), so it
  is only screened (:func:`maybe_icd9`): a kidney or conduction category withholds as not read. A
  dotted number alone on a line is no strength (a strength has its unit or its medicine beside
  it), so it is read as the code it has the shape of: for the codes the tables know it
  withholds (kidney, conduction, myasthenia) or caps (pregnancy), the safer readings. ICD-9-CM
  V codes share their shape with ICD-10's transport-accident codes (V00-V99), which no
  medication list has cause to carry; read as ICD-9-CM they withhold (our judgement).
- A code of *pregnancy, childbirth or the puerperium* (:func:`obstetric_block`): the whole of
  ICD-10 chapter XV (WHO O00-O99; ICD-10-CM chapter 15, O00-O9A), ICD-10-CM ``Z33`` (pregnant
  state), and ICD-9-CM 630-679 and ``V22``-``V23`` (normal and high-risk pregnancy). Codes of
  an abortive outcome (O00-O08), of delivery (O80-O84) or of the puerperium (O85-O92) do not
  say a pregnancy goes on; they are counted as pregnancy for its cap all the same, as the
  weeks after a birth are often the weeks of breastfeeding, whose cap is the same, and that cap
  (350 mg/day) is the upper level for any adult, so counting it is never the less safe reading
  (our judgement). What was read is said beside it (:func:`obstetric_block`).

Sources: ICD-10-CM tabular list, chapter 15 blocks O00-O08, O09, O10-O16, O20-O29, O30-O48,
O60-O77, O80-O82, O85-O92, O94-O9A, and Z33, Z34, Z36, Z3A (CDC/NCHS and CMS,
https://www.cms.gov/medicare/coding-billing/icd-10-codes; https://www.cdc.gov/nchs/icd/icd-10-
cm/); WHO ICD-10 2019 chapter XV (O80-O84 delivery, O95-O99 other obstetric conditions) and
G70 (https://icd.who.int/browse10/2019/en); ICD-9-CM volume 1, chapter 11 (630-679) and the V
codes V22-V23, V42.0, V45.11 (https://www.cms.gov/medicare/coding-billing/icd-10-codes/icd-9-
cm-diagnosis-procedure-codes-abbreviated-and-full-code-titles).
"""

from __future__ import annotations

import re

_CATEGORY = re.compile(r"(?<![.\w-])[A-Za-z][0-9][0-9Aa](?!\w|\.\w)")
"""A three-character ICD-10 category standing alone (``N19``, ``Z3A``; ``N18.`` ending a
sentence)."""
_ICD9_CODE = r"(?:\d{3}(?:\.\d{1,2})?|[Vv]\d{2}(?:\.?\d{1,2})?)"
_LABELLED = re.compile(rf"(?i)\bICD[\s-]*9(?:[\s-]*CM)?\b\s*:?\s*({_ICD9_CODE})(?![\w.])")
_ALONE = re.compile(r"\s*(\d{3}\.\d{1,2}|[Vv]\d{2}\.?\d{1,2})\s*")
_NUMBER = re.compile(r"\s*(\d{3})\s*")
ICD9 = "icd9"
"""The system named with an ICD-9-CM code read from a list (:func:`icd9_codes`)."""
ICD9_MAYBE = "icd9-maybe"
"""The system named with a bare three-digit number alone on a line (:func:`maybe_icd9`): the
screens read it as ICD-9-CM, the code table does not."""


def category_codes(text: str) -> list[str]:
    """The three-character ICD-10 categories written in ``text`` as words of their own."""
    return _CATEGORY.findall(text)


_INLINE = re.compile(
    r"(?<![\w.])(?<!\d,)(\d{3}\.\d{1,2}|[Vv]\d{2}\.\d{1,2})(?![\w%]|\.\d|,\d{3})"
    r"(?!\s*(?i:mg|mcg|micrograms?|\u00b5g|ug|g|grams?|ml|l|iu|units?|mmol|meq|%)\b)"
)
"""A dotted ICD-9-CM code or V code among a medicine's words (``Amlodipine 5mg - 585.6``,
``426.11 digoxin``, ``5mg,585.6``, ``585.6/403.91``): three digits and a decimal, no unit after
it (``562.5 mg`` is a strength; ``585.6 gp review`` is none), not part of a longer number."""


def icd9_codes(text: str) -> list[str]:
    """The ICD-9-CM codes ``text`` writes: after an ``ICD-9`` label, ``text`` wholly one
    dotted code or V code, or a dotted code or V code among a medicine's words with no unit
    after it (module docstring); empty for other text (``Magnesium 400``, ``Lithium 562.5
    mg``). Only the codes the record's table knows count a condition."""
    labelled = _LABELLED.findall(text) if "9" in text else []
    alone = _ALONE.fullmatch(text)
    if labelled:
        return labelled
    if alone:
        return [alone.group(1)]
    return _INLINE.findall(text) if "." in text else []


def maybe_icd9(text: str) -> list[str]:
    """``text`` when it is wholly a bare three-digit number (``586``, ``403``): perhaps an
    ICD-9-CM category, perhaps a number carried from another line. It is not counted as the
    condition its code names, but the screens read it, so a kidney (580-589, 403-404) or heart
    conduction (426) category alone on a line withholds as not read (our judgement)."""
    alone = _NUMBER.fullmatch(text)
    return [alone.group(1)] if alone else []


_ICD10_BLOCKS = (
    ("O00", "O08", "a pregnancy with abortive outcome (ectopic or molar pregnancy, miscarriage "
     "or termination), ICD-10 O00-O08"),
    ("O09", "O48", "a pregnancy, ICD-10 O09-O48"),
    ("O60", "O77", "labour and delivery, ICD-10 O60-O77"),
    ("O80", "O84", "delivery, ICD-10 O80-O84"),
    ("O85", "O92", "the puerperium (the weeks after a birth), ICD-10 O85-O92"),
    ("O93", "O9Z", "a condition complicating pregnancy, childbirth or the puerperium, ICD-10 "
     "O94-O9A"),
)  # fmt: skip
_ICD9_BLOCKS = (
    ("630", "639", "a pregnancy with abortive outcome, ICD-9-CM 630-639"),
    ("640", "649", "a pregnancy, ICD-9-CM 640-649"),
    ("650", "669", "pregnancy, labour and delivery, ICD-9-CM 650-669"),
    ("670", "677", "the puerperium (the weeks after a birth), ICD-9-CM 670-677"),
    ("678", "679", "a complication of pregnancy, ICD-9-CM 678-679"),
    ("V22", "V23", "a pregnancy and its care, ICD-9-CM V22-V23"),
)


def obstetric_block(kind: str, compact: str) -> str | None:
    """What a code of pregnancy, childbirth or the puerperium is of (``the puerperium ...,
    ICD-10 O85-O92``), for an ICD-10 (``kind`` ``icd10``) or ICD-9-CM (``icd9``) code
    ``compact`` (upper case, no dot: ``O99280``, ``6500``, ``V220``); None for any other code.
    ICD-10 ``Z33`` (pregnant state) and the other Z codes of a pregnancy are read by
    :data:`magadvise.fhir.codes.ICD10_PREFIXES` and need no words here."""
    blocks = _ICD10_BLOCKS if kind == "icd10" else _ICD9_BLOCKS if kind == ICD9 else ()
    head = compact[:3]
    if kind == "icd10" and not re.fullmatch(r"O[0-9][0-9A]", head):
        return None
    if kind == ICD9 and not re.fullmatch(r"6[3-7][0-9]|V2[23]", head):
        return None
    said = next((said for low, high, said in blocks if low <= head <= high), None)
    return said or "pregnancy, childbirth or the puerperium"


def after_pregnancy(block: str) -> bool:
    """Whether a code of the ``block`` :func:`obstetric_block` names may be of a pregnancy that
    has ended (an abortive outcome, delivery, the puerperium, a later complication), which the
    reading then says; False for the blocks of a pregnancy going on (O09-O48, 640-649, V22-V23)."""
    return not block.startswith("a pregnancy,") and not block.startswith("a pregnancy and")
