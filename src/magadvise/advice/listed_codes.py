"""ICD-10 codes written on a list, read as the conditions a health record's codes are.

A GP summary or a claim copied onto a list carries codes (``Z33.1``, ``Z3400``, ``O20.0``,
``N18.4``, ``ICD-10: G70.0``), dotted or not, three-character categories (``N18``, ``O21``)
and ICD-9-CM codes (``585.6``, ``ICD-9: 586``; :mod:`magadvise.advice.code_forms`). They are
found as the list's kidney and conduction screens find them
(:func:`magadvise.advice.line_screen.written_codes`) and read through the table a FHIR
Condition's codes are (:func:`magadvise.fhir.codes.condition_terms`), so a pregnancy code caps
the dose on a list as it does in a record; so does any code of the pregnancy chapter
(``O99.280``, ``O9A.211``, ``O80``), with what it may be of said beside it
(:func:`code_note`). A vitamin's strength (``E400``, ``C1000``) is no code that table maps, and
a code it does not map (``I10``) names nothing here (the screens still read it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.advice.listed_conditions import ListedCondition
    from magadvise.medlist import Entry
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.ruleset import Rules

_LABEL = re.compile(r"(?i)\bICD[\s-]*(?:9|10)(?:[\s-]*CM)?\b\s*:?")
"""``ICD-10``, ``ICD10-CM:``: a code's system written before it, no word of its own."""


def coded_conditions(rules: Rules, text: str) -> tuple[tuple[Condition, ...], str]:
    """(the rules conditions the ICD-10 codes written in ``text`` name, ``text`` without those
    codes and their ``ICD-10`` label); no conditions and ``text`` as it is when it has none."""
    from magadvise.advice.code_forms import ICD9_MAYBE
    from magadvise.advice.line_screen import written_codes
    from magadvise.fhir.codes import condition_terms

    found: dict[str, Condition] = {}
    named: list[str] = []
    for pair in written_codes(text):
        if pair[0] == ICD9_MAYBE:
            continue  # "586" alone: screened, not counted
        for term in (*condition_terms([pair]), *_obstetric(pair)):
            condition = rules.conditions.find(term)
            if condition is not None:
                found.setdefault(condition.id, condition)
                named.append(pair[1])
    if not found:
        return (), text
    for code in named:
        text = re.sub(rf"(?<![\w.]){re.escape(code)}(?![\w.])", " ", text)
    return tuple(found.values()), _LABEL.sub(" ", text).strip(" ,;:-")


def _obstetric(pair: tuple[str, str]) -> tuple[str, ...]:
    """``("pregnancy",)`` for a code of pregnancy, childbirth or the puerperium the record's
    table leaves (``O99.280``, ``O9A.211``, ``O80``, ICD-9-CM ``650``, ``V22.2``), to cap the
    dose (:mod:`magadvise.advice.code_forms`); else none."""
    from magadvise.advice.code_forms import obstetric_block
    from magadvise.fhir.codes import code_system

    kind, compact = code_system(*pair) or ("", "")
    return ("pregnancy",) if obstetric_block(kind, compact) else ()


def code_note(said: str, condition: str) -> str:
    """What a pregnancy ``condition`` counted from a code ``said`` on a list that may be of a
    pregnancy ended was read from, beside it: `` (O80 is a code of delivery, ICD-10 O80-O84;
    it may not mean a pregnancy now, but its cap is kept: the safer reading)``; empty for other
    conditions, codes and text."""
    if condition != "pregnancy" or not any(c.isdigit() for c in said):
        return ""
    from magadvise.advice.code_forms import ICD9_MAYBE, after_pregnancy, obstetric_block
    from magadvise.advice.line_screen import written_codes
    from magadvise.fhir.codes import code_system

    for system, code in written_codes(said):
        kind, compact = code_system(system, code) or ("", "")
        block = obstetric_block(kind, compact) if system != ICD9_MAYBE else None
        if block and after_pregnancy(block):
            return (
                f" ({code} is a code of {block}; it may not mean a pregnancy now, but its cap"
                " is kept: the safer reading)"
            )
    return ""


def line_codes(
    rules: Rules, line: str, listed: list[ListedCondition], entry: Entry | None
) -> ListedCondition | None:
    """The conditions the codes anywhere on a medicine's ``line`` name (``Folic acid 400mcg -
    Z33.1``), those its other readings ``listed`` did not count already; None for none."""
    from magadvise.advice.listed_conditions import as_listed

    found, _ = coded_conditions(rules, line)
    counted = {c.id for read in listed for c in read.conditions}
    found = tuple(c for c in found if c.id not in counted)
    return as_listed(line.strip(), found, entry, "") if found else None
