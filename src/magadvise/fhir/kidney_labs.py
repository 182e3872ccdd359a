"""A record's kidney laboratory results other than eGFR and creatinine clearance: which they
are, the day they were taken, and whether the laboratory flags them.

A serum creatinine, urea (BUN), cystatin C, urine creatinine or albumin/creatinine ratio, or a
renal panel with no value of its own, is not read (magadvise reads kidney function from an eGFR
or a creatinine clearance). Such a result is marked ``withhold="kidney-lab"``: whether it
withholds the dose is decided with the whole record (:mod:`magadvise.advice.record_labs`), since
an eGFR read of the same day or later already gives kidney function. One the laboratory flags
(any ``interpretation`` other than normal) withholds at once.

A result is one of these when its texts name one (creatinine, urea, BUN, cystatin; or a renal /
kidney panel or profile that has no value) and nothing else in them looks kidney-, dialysis- or
magnesium-related (:mod:`magadvise.fhir.screen`: "Creatinine (dialysis)" is not released), and
no code it carries is a kidney code.

Interpretation codes: FHIR R4 ObservationInterpretation
(http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation, https://hl7.org/fhir/R4/
valueset-observation-interpretation.html). Only ``N`` (normal), ``NEG`` (negative) and ``ND``
(not detected) count as unflagged; every other code (``H``, ``HH``, ``HU``, ``L``, ``A``,
``AA``, ``>``, ``<``, ``U``, ``W``, ...) and an interpretation given only as text other than
"normal" flag the result: the safer reading (a low creatinine also makes an eGFR read high).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

KIDNEY_LAB = "kidney-lab"
"""``withhold`` of a kidney result not read whose verdict waits for the whole record."""
PANEL_WORDS = ("renal", "kidney", "function", "panel", "profile")
UNFLAGGED = frozenset({"N", "NEG", "ND"})
_WORD = re.compile(r"[a-z0-9+]+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def screened_lab(
    resource: dict[str, Any], texts: Sequence[str], pairs: Sequence[tuple[str, str]]
) -> tuple[str, str] | None:
    """(``withhold``, what to add to the reason) for a kidney result other than eGFR/CrCl that
    the screen marks; None for any other result (the screen decides it as before)."""
    from magadvise.fhir.screen import SCREENED, looks_kidney_or_magnesium

    if not looks_kidney_or_magnesium(texts, pairs) or not _is_kidney_lab(texts, pairs, resource):
        return None
    flag = flagged(resource)
    if flag is not None:
        return "not-read", f"; {SCREENED}, and the laboratory flags it '{flag}' (interpretation)"
    return KIDNEY_LAB, ""


def _is_kidney_lab(
    texts: Sequence[str], pairs: Sequence[tuple[str, str]], resource: dict[str, Any]
) -> bool:
    """True for a kidney result other than eGFR/CrCl (see the module docstring)."""
    from magadvise.fhir.screen import looks_kidney_or_magnesium

    if looks_kidney_or_magnesium((), pairs):
        return False
    words = [w for t in texts for w in _WORD.findall(t.lower())]
    panel = any(w in ("panel", "profile") for w in words) and not _has_value(resource)
    if not panel and not any(_lab_word(w) for w in words):
        return False
    rest = [w for w in words if not _lab_word(w) and not (panel and w.startswith(PANEL_WORDS))]
    return not looks_kidney_or_magnesium((" ".join(rest),), ())


def _lab_word(word: str) -> bool:
    """Creatinine, cystatin (C), urea, BUN: a kidney laboratory result's own words."""
    return word.startswith(("creatinin", "cystatin")) or word in ("urea", "bun")


def flagged(resource: dict[str, Any]) -> str | None:
    """What the laboratory's ``interpretation`` says when it flags the result (``H``,
    ``abnormal``), None when it is absent or says normal."""
    found: list[str] = []
    for concept in resource.get("interpretation") or []:
        if not isinstance(concept, dict):
            continue
        codes = [  # a coding with no code is read by its display
            str(c.get("code") or c.get("display")).strip()
            for c in concept.get("coding") or []
            if isinstance(c, dict) and (c.get("code") or c.get("display"))
        ]
        text = concept.get("text")
        if codes:
            found.extend(c for c in codes if c.upper() not in UNFLAGGED)
        elif isinstance(text, str) and text.strip().lower() not in ("", "normal", "n"):
            found.append(text.strip())
    return ", ".join(found) if found else None


def result_day(resource: dict[str, Any]) -> str | None:
    """The day (``YYYY-MM-DD``) an Observation was taken: ``effectiveDateTime``, else
    ``effectivePeriod`` (its end, else its start), ``effectiveInstant``, else ``issued``; None
    when it gives no full date."""
    period = resource.get("effectivePeriod")
    period = period if isinstance(period, dict) else {}
    for value in (
        resource.get("effectiveDateTime"),
        period.get("end") or period.get("start"),
        resource.get("effectiveInstant"),
        resource.get("issued"),
    ):
        if isinstance(value, str) and _DAY.match(value):
            return value[:10]
    return None


def _has_value(resource: dict[str, Any]) -> bool:
    return any(key.startswith("value") for key in resource) or "component" in resource
