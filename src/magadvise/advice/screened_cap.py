"""A list's text not read that the record screen says may name a pregnancy or breastfeeding.

A health record's entry not read whose words may name a pregnancy (``Obstetric cholestasis``,
``Gestational ...``, ``Antenatal ...``) or breastfeeding (``Breastfed baby``, ``Expressing breast
milk``) is screened by :mod:`magadvise.fhir.screen_more`; on a plain list the same text was
only NOT ASSESSED, and a dose above the pregnancy cap could be shown beside it. Both conditions
only cap the dose (the rules' ``dosing.action``: 350 mg a day from supplements, IOM 1997), so
the safer reading counts the text as the condition, as a near miss of its words is counted
(:func:`magadvise.advice.near_condition.near_listed`), and the text stays NOT ASSESSED.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.advice.listed_conditions import ListedCondition
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules

CAPPED = ("pregnancy", "breastfeeding")
"""The screen's conditions counted from a list's text not read (their dose is capped)."""


def capped_wording(rules: Rules, text: str, entry: Entry | None) -> ListedCondition | None:
    """``text`` (not read as a medicine or a condition) counted as the pregnancy or
    breastfeeding its words may name, with the fact shown (``Obstetric cholestasis: may name a
    pregnancy, counted as 'Pregnancy' ...``); None when the screen's words find neither, or the
    rules hold no such condition that caps the dose."""
    from magadvise.fhir.screen_more import LABELS, worded_condition

    found = worded_condition(text)  # weeks ("28/40") and codes: read by the list's own readers
    condition = rules.conditions.get(found) if found in CAPPED else None
    if condition is None or condition.dosing.action != "cap":
        return None
    from magadvise.advice.listed_conditions import as_listed

    typed = text.strip()
    how = (f"may name {LABELS[condition.id]}, ", " until it is checked (the safer reading)")
    return as_listed(typed, (condition,), entry, typed, how)
