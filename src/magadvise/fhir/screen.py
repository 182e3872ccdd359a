"""The safety net: does a record's entry that magadvise could not read look kidney-,
dialysis- or magnesium-related?

A Condition or Observation the reader cannot place is listed as *not read*; when its text or
code looks like one of these, a dose must not be printed beside it (the advice withholds, see
:mod:`magadvise.advice.record_gate`), since magnesium builds up when the kidneys clear it less
well (the rules' kidney conditions) and a high blood magnesium is made worse by more. The screen
is deliberately broad (a kidney stone or a urine magnesium withholds too): a dose withheld
wrongly sends the person to ask; a dose printed wrongly may harm them.

Words (:mod:`magadvise.advice.kidney_words`; matched at the start of a word of the text, any case,
accents dropped: "rénale" is "renale"): kidney and renal words, dialysis (inside a word too:
"intradialytic", "Hämodialyse"), CKD (``CKD4`` too)/ESRD/ESRF/AKI, peritoneal dialysis (PD, APD),
polycystic kidneys (PKD), Alport and Goodpasture syndromes (anti-GBM disease), Berger's disease
(IgA nephropathy), GN (glomerulonephritis), ERF (established renal failure), a low clearance clinic
(the UK's clinic before dialysis), haemodiafiltration and haemofiltration, azotaemia, GFR and
creatinine clearance, creatinine, urea, cystatin, magnesium (inside a word too: "hipermagnesemia");
markers of kidney damage (albuminuria, proteinuria, ACR, high phosphate) and dialysis access (AV
fistula or graft, AVF, Tenckhoff catheter, Permcath, Vascath). Codes: ICD-10 N00-N29 (diseases of
the kidney), I12-I13 (hypertensive kidney disease), E08-E13 .2x (diabetic kidney complications),
E83.4 (magnesium metabolism), O90.4 (postpartum kidney failure), R34 (anuria), R94.4 (abnormal
kidney function studies), T86.1 (kidney transplant complications), Z49 (dialysis care), Z91.15
(missed dialysis), Z94.0 (kidney transplant), Z99.2 (dialysis dependence), Q60-Q63 (kidney
malformations), Q87.81 (Alport syndrome, ICD-10-CM), D63.1 (anaemia in CKD), M32.14-M32.15 (lupus
kidney disease); ICD-9-CM 580-589 (nephritis, nephrosis, kidney failure), 403-404 (hypertensive
kidney disease), 250.4 (diabetes with renal manifestations), 275.2 (magnesium metabolism), V42.0,
V45.1 and V56 (kidney transplant, dialysis), 996.73 and 996.81 (dialysis device and kidney
transplant complications); ICD-10 and ICD-9 however the record names their system
(:func:`magadvise.fhir.codes.code_system`); LOINC results whose name the lab gives are screened by
their text (https://icd.who.int/browse10; https://www.cms.gov/medicare/coding-
billing/icd-10-codes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from magadvise.advice.kidney_words import looks_kidney

ICD10_STARTS = (
    "N0", "N1", "N2", "I12", "I13", "E834", "O904", "R34", "R944", "T861", "Z49", "Z9115",
    "Z940", "Z992", "Q60", "Q61", "Q62", "Q63", "D631", "M3214", "M3215", "Q8781",
)  # fmt: skip
ICD9_STARTS = ("58", "403", "404", "2504", "2752", "V420", "V451", "V56", "99673", "99681")
SCREENED = "it looks kidney- or magnesium-related, so no dose is advised beside it"
"""Said in the reason of an entry not read that the screen marks to withhold the dose."""
NOT_READ = "not-read"
"""``Entry.withhold`` of a kidney- or magnesium-related entry not read; ``not-read:<id>`` for
one that may name another rules condition (:mod:`magadvise.fhir.screen_more`)."""
_DIABETIC_KIDNEY = re.compile(r"E(?:0[89]|1[0-3])2")  # E08-E13 .2x: diabetic kidney complications
_SAID = frozenset({"text", "display", "conclusion", "description", "summary", "title", "div",
                   "valueString", "name"})  # fmt: skip
_MOST_SAID = 2_000  # strings gathered from one resource at most


def said_in(resource: dict[str, Any]) -> tuple[list[str], list[tuple[str, str]]]:
    """What any other resource says, for the screen: (texts, (system, code) pairs) found
    anywhere in it (a Procedure's code, an Encounter's reason, a DiagnosticReport's conclusion,
    an AllergyIntolerance's substance, a CarePlan's or Flag's text, the narrative ``text.div``),
    so that a haemodialysis Procedure or an allergy to magnesium withholds as a Condition
    would. The narrative's markup is left in: the screen reads only whole words."""
    texts: list[str] = []
    pairs: list[tuple[str, str]] = []
    stack: list[Any] = [resource]
    while stack and len(texts) + len(pairs) < _MOST_SAID:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            system, code = item.get("system"), item.get("code")
            if isinstance(system, str) and isinstance(code, str):
                pairs.append((system, code))
            for key, value in item.items():
                if key in _SAID and isinstance(value, str):
                    texts.append(value)
                elif isinstance(value, dict | list):
                    stack.append(value)
    return texts, pairs


def looks_kidney_or_magnesium(texts: Iterable[str], codes: Iterable[tuple[str, str]]) -> bool:
    """True when any text (a Condition's or result's name) or any ``(system, code)`` pair
    looks kidney-, dialysis- or magnesium-related (see the module docstring)."""
    if any(looks_kidney(text) for text in texts):
        return True
    from magadvise.fhir.codes import code_system

    for system, code in codes:
        kind, compact = code_system(system, code) or ("", "")
        if kind == "icd9" and compact.startswith(ICD9_STARTS):
            return True
        if kind == "icd10" and compact.startswith(ICD10_STARTS):
            return True
        if kind == "icd10" and _DIABETIC_KIDNEY.match(compact):
            return True
    return False


def screened(texts: Iterable[str], codes: Iterable[tuple[str, str]]) -> str | None:
    """The ``withhold`` mark of an entry not read whose texts or ``(system, code)`` pairs the
    safety net screens: ``"not-read"`` when they look kidney- or magnesium-related,
    ``"not-read:<condition id>"`` when they may name another rules condition that stops or caps
    a dose (:func:`magadvise.fhir.screen_more.looks_like_condition`); None when neither."""
    texts, codes = list(texts), list(codes)
    if looks_kidney_or_magnesium(texts, codes):
        return NOT_READ
    from magadvise.fhir.screen_more import looks_like_condition

    condition = looks_like_condition(texts, codes)
    return None if condition is None else f"{NOT_READ}:{condition}"


def screened_why(mark: str) -> str:
    """What the reason of an entry not read adds for its ``withhold`` ``mark`` (see
    :func:`screened`): :data:`SCREENED`, or that it may name another condition."""
    from magadvise.fhir.screen_more import LABELS

    condition = mark.partition(":")[2]
    if condition not in LABELS:
        return SCREENED
    return f"it may name {LABELS[condition]}, so no dose is advised beside it"
