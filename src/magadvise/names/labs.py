"""A serum creatinine or urea written on a medicine's line (``Amlodipine 5mg (Cr 3.1)``, ``SCr:
250``, ``BUN 60``, ``urea: 18 mmol/L``).

Charts and handover notes write the creatinine as ``Cr``, ``SCr``, ``creat`` or ``creatinine``
with its value. ``CR`` is also a release word (``Metoprolol CR 25mg``), so ``Cr`` with a number
is read as a creatinine only where a release word cannot be:

- the number is followed by a creatinine's unit (``mg/dL``, ``µmol/L``) or written after ``:``
  or ``=`` (``Cr: 3.1``);
- it is written ``Cr`` (a capital then a small letter, as the lab abbreviation is), or opens a
  bracket (``(CR 3.1)``), or comes after the medicine's strength (``Amlodipine 5mg CR 3.1``: a
  release word comes before the strength it describes);
- and in each case the number has no dose unit after it (``CR 25 mg`` is the release form).

``SCr``, ``creat`` and ``creatinine`` with a number are always a creatinine, and ``BUN`` with a
number a blood urea nitrogen; ``urea`` only with ``:``, ``=`` or a lab unit (``Urea cream 10%``
is a cream). Such a result alone does not give the kidney function (the eGFR needs age and sex;
CKD-EPI 2021, Inker et al., NEJM 2021;385:1737), so the line reading withholds the dose beside it
as kidney wording not read (:mod:`magadvise.advice.line_reading`) and the parser leaves it out of
the medicine's name.
"""

from __future__ import annotations

import re

# Patterns kept as text are compiled on first use (re's own cache): most lines never need them.
_LAB = (
    r"(?<![\w-])(?P<word>s\s?-?\s?cr|creat(?:inine)?|cr|bun|urea)(?![\w-])\s*(?P<sep>[:=])?\s*"
    r"(?P<value>\d+(?:[.,]\d+)?)"
    r"(?P<unit>\s*(?:mg\s*/\s*dl|mmol\s*/\s*l|[uµμ]mol\s*/\s*l|micromol(?:es)?\s*/\s*l)\b)?"
)
_DOSE_UNIT = r"(?i)\s*(?:%|(?:mg|mcg|µg|ug|g|ml|units?|iu|tabs?|tablets?|caps?|capsules?)\b)"
_STRENGTH_BEFORE = r"(?i)\d\s*(?:mg|mcg|µg|ug|g|ml|units?|iu)\b"


def kidney_labs(text: str) -> list[tuple[int, int]]:
    """The spans (start, end) of each creatinine or urea with its value written in ``text``;
    empty when there is none (see the module docstring for what counts)."""
    if not re.search(r"(?i)cr|bun|urea", text):
        return []
    spans = []
    for found in re.finditer(_LAB, text, re.IGNORECASE):
        if _is_creatinine(text, found):
            spans.append(found.span())
    return spans


def _is_creatinine(text: str, found: re.Match[str]) -> bool:
    if found["unit"]:
        return True
    if re.match(_DOSE_UNIT, text[found.end() :]):
        return False
    word = found["word"]
    if word.casefold() == "urea":  # "Urea cream 10%": a lab only with ":" or a lab unit
        return bool(found["sep"])
    if word.casefold() != "cr" or found["sep"] or word == "Cr":
        return True
    before = text[: found.start()].rstrip()
    return before.endswith(("(", "[", ",", ";")) or bool(re.search(_STRENGTH_BEFORE, before))


def without_kidney_labs(text: str) -> str:
    """``text`` with each creatinine or urea written in it left out (a space where it was)."""
    for start, end in reversed(kidney_labs(text)):
        text = f"{text[:start]} {text[end:]}"
    return text


def kidney_lab_texts(text: str) -> list[str]:
    """Each creatinine or urea with its value as written in ``text`` (``Cr 3.1``, ``BUN 60``)."""
    return [text[start:end].strip() for start, end in kidney_labs(text)]
