"""ICD-10 codes written on a list, read as the conditions a health record's codes are.

A GP summary or a claim copied onto a list carries codes (``Z33.1``, ``Z3400``, ``O20.0``,
``N18.4``, ``ICD-10: G70.0``), dotted or not. They are found as the list's kidney and conduction
screens find them (:func:`magadvise.advice.line_screen.written_codes`) and read through the
table a FHIR Condition's codes are (:func:`magadvise.fhir.codes.condition_terms`), so a
pregnancy code caps the dose on a list as it does in a record. A vitamin's strength
(``E400``, ``C1000``) is no code that table maps, and a code it does not map (``I10``) names
nothing here (the screens still read it).
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
    from magadvise.advice.line_screen import written_codes
    from magadvise.fhir.codes import condition_terms

    found: dict[str, Condition] = {}
    named: list[str] = []
    for pair in written_codes(text):
        for term in condition_terms([pair]):
            condition = rules.conditions.find(term)
            if condition is not None:
                found.setdefault(condition.id, condition)
                named.append(pair[1])
    if not found:
        return (), text
    for code in named:
        text = re.sub(rf"(?<![\w.]){re.escape(code)}(?![\w.])", " ", text)
    return tuple(found.values()), _LABEL.sub(" ", text).strip(" ,;:-")


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
