"""Text on a magnesium product's line that nothing read: its amount a day is then not known.

A listed product with a labelled amount is counted at the units a day its directions say
(:mod:`magadvise.advice.typed_count`), one a day when none are written. That is only right
when everything written with it was read: ``Mag-Ox 400 1 tab 8/20``, ``Mag-Ox 400 (2)``,
``Mag-Ox 400 take one morning, one night`` each say more than one tablet in a way the parser
does not read. So any of these on the line of a product with magnesium makes its amount not
known, and no dose is added on top of it (:mod:`magadvise.advice.unknown_amount`, the same
withhold as a magnesium product of unknown strength), naming the text not read:

- a number no part keeps and no direction reads (``Parsed.unread``: ``8/20``, ``2`` of
  ``Mag-Ox 400 2``), a number with no unit kept as a strength that is not in the product's
  name (``2`` of ``Slow-Mag 2``, the first ``2`` of ``Slow-Mag 2 2 at night``), and a bracket in
  which nothing is read (``(2)``);
- a run of words not recognised as a medicine on the same line (or in a health record's dosage
  text) that says a number, a count or a time of day (``one night``, ``1 extra``,
  ``morning``): :func:`says_amount`.

Words not recognised that say none of these (``Mag-Ox 400 Foobarex``) stay a medicine not
assessed, as on any line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.names.bare_counts import counted_at
from magadvise.names.lex import NUMBER_WORDS

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved
    from magadvise.names.parse import Parsed

NOT_READ = "how much a day is not known"
# Words that say how many or when: a run of words not recognised that holds one of them may
# change the amount a day ("one night", "1 extra when cramps", "morning").
AMOUNT_WORDS = frozenset(
    {
        *(w for w in NUMBER_WORDS if w != "i"),  # "i" alone is more often the pronoun
        "nine", "dozen", "morning", "mornings", "morn", "night", "nights", "nightly",
        "evening", "evenings", "eve", "noon", "midday", "lunch", "lunchtime", "breakfast",
        "dinner", "supper", "tea", "teatime", "bedtime", "bed", "am", "pm", "extra", "more",
        "another", "additional", "again", "daily", "day", "days", "time", "times", "dose",
        "doses", "tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules",
        "max", "maximum", "increase", "increased", "double", "repeat", "hourly", "every",
        "each", "per", "x", "both", "all",
    }
)  # fmt: skip


def says_amount(text: str) -> bool:
    """True when ``text`` (words not recognised as a medicine) holds a number or a word of
    :data:`AMOUNT_WORDS`."""
    words = re.findall(r"[^\W\d_]+|\d", text.casefold())
    return any(w.isdigit() or w in AMOUNT_WORDS for w in words)


def unread_words(parsed: Parsed | None, others: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The text on a line nothing read that may change an amount: ``parsed.unread`` and each of
    ``others`` (words not recognised on the line) that :func:`says_amount`."""
    said = parsed.unread if parsed is not None else ()
    return tuple(dict.fromkeys((*said, *(o.strip() for o in others if says_amount(o)))))


def loose_numbers(resolved: Resolved) -> list[str]:
    """Numbers with no unit that the parser kept as a strength of the product's words but that
    are not in any of its names (``2`` of ``Slow-Mag 2``, ``8/20`` of ``Slow-Mag 1 tab 8/20``):
    not its strength, so not read (``400`` of ``Mag-Ox 400`` is its name's)."""
    parsed, medication = resolved.parsed, resolved.medication
    if parsed is None:
        return []
    typed = resolved.input.casefold()
    mine = [p for p in parsed.parts if p.text.casefold() in typed]  # not another's on the line
    names = " ".join((medication.name, *medication.brands, *medication.aliases))
    named = set(re.findall(r"\d+(?:\.\d+)?", names))
    counted = counted_at(parsed.trail)
    read = named | {parsed.trail[k][1] for k in counted}  # "Slow-Mag 2 po bid"
    # a bare number no direction counts, by its place, not its value: the first 2 of "Slow-Mag
    # 2 2 at night" is not read, though the second 2 is
    unread = {
        v for k, (kind, v) in enumerate(parsed.trail) if kind == "number" and k not in counted
    }
    return [
        str(p.strength)
        for p in mine
        if p.strength is not None
        and p.strength.unit is None
        and not (set(p.strength.amounts) <= read and not set(p.strength.amounts) & unread - named)
    ]


def why_unread(resolved: Resolved) -> str | None:
    """Why a listed product's amount a day is not known because of text not read on its line
    (see the module), or None when everything on it was read."""
    cells = resolved.origin.unread_cells if resolved.origin is not None else ()
    words = (*loose_numbers(resolved), *unread_words(resolved.parsed, resolved.unread), *cells)
    if not words:
        return None
    shown = ", ".join(f"'{w}'" for w in words)
    return f"{shown} written with it was not read: {NOT_READ}"


def dosage_unread(written: Parsed) -> str | None:
    """Why a health record's dosage text leaves the amount not known: numbers or words in it
    that nothing read (``1 tab 8/20``), or None."""
    words = unread_words(written, tuple(p.text for p in written.parts))
    if not words:
        return None
    shown = ", ".join(f"'{w}'" for w in words)
    return f"the record's directions {shown} were not read: {NOT_READ}"
