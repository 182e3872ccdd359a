"""What the alerts say about magnesium already taken: the amount counted, and how it was read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.listed_strength import FROM_NAME
from magadvise.advice.units import mg

if TYPE_CHECKING:  # types only: the words import no counting logic
    from magadvise.advice.otc import ListedMagnesium
    from magadvise.names.parse import Parsed


def typed_parts(typed: str, parsed: Parsed | None) -> tuple[str, str]:
    """A line as typed, split into the name and the directions written after it
    (``Mag-Ox 400 2 tabs tid`` -> ``("Mag-Ox 400", "2 tabs tid")``); the whole line and ""
    when no directions follow a name (names.walk.Builder.written)."""
    typed = typed.strip()
    name = parsed.written.strip() if parsed is not None else ""
    rest = typed[len(name) :].strip() if name and typed.startswith(name) else ""
    if not rest:
        return typed, ""
    cut = _amount_at(name)
    return name[:cut].rstrip(), f"{name[cut:]} {rest}".strip()


_MOST_COUNT = 12  # a bare number above this ends a name (Mag-Ox 400); as advice.typed_count


def _amount_at(name: str) -> int:
    """Where an amount written at the end of a name, before its directions, starts: a count
    (``Slow-Mag 2``), with a route or form (``Mag-Ox 400 2 po``, ``Pepcid Complete 2
    chewables``), or a volume (``Milk of Magnesia 30 mL``); ``len(name)`` when there is none."""
    from magadvise.names.lex import lex, phrase

    tokens = lex(name)
    for j, token in enumerate(tokens[1:], start=1):
        if token.kind != "num" or name[token.start - 1] != " ":
            continue
        k = j + 1
        if k < len(tokens) and tokens[k].value == "ml":
            k += 1
        elif float(token.value.replace(",", ".")) > _MOST_COUNT:
            continue
        while k < len(tokens) and (found := phrase(tokens, k))[1] in ("route", "form"):
            k += found[0]
        if k == len(tokens):
            return token.start
    return len(name)


def typed_label(typed: str, parsed: Parsed | None) -> str:
    """``Mag-Ox 400 (2 tabs tid)``: the name typed with its directions in brackets, so an
    amount written after it does not run into them; the line as typed when it has none."""
    name, directions = typed_parts(typed, parsed)
    return f"{name} ({directions})" if directions else name


def already_taken(
    listed: Sequence[ListedMagnesium], uncounted: Sequence[str] = (), child: bool = False
) -> str:
    """``you already take about 241.3 mg/day of elemental magnesium from Mag-Ox 400``; with
    several products, each one's share in brackets. A strength read from a name adds how it
    was read and what the other reading gives (``magnesium oxide 400 mg``: 400 mg counted, or
    241.2 mg were it the weight of the oxide; see :mod:`magadvise.advice.listed_strength`);
    then how directions were counted (a range's high end, as needed; advice.typed_count).
    ``uncounted`` (names as typed, of products whose amount is not known) makes the total a
    floor: ``at least ... from Mylanta (...), plus Centrum Silver of unknown amount``.
    ``child``: said of the child (``the child already takes ...``), never "you"."""
    taken = sum(item.elemental_mg for item in listed)
    if len(listed) == 1:
        names = _named(listed[0], "")
    else:
        shares = [_named(item, f"{mg(item.elemental_mg)}; ") for item in listed]
        names = ", ".join(shares[:-1]) + " and " + shares[-1]
    notes = "".join(item.how(named=len(listed) > 1) for item in listed)  # a range, as needed
    about = "at least" if uncounted else "about"
    names += plus_unknown(uncounted)
    who = "the child already takes" if child else "you already take"
    return f"{who} {about} {mg(taken)}/day of elemental magnesium from {names}{notes}"


def plus_unknown(uncounted: Sequence[str]) -> str:
    """``, plus Centrum Silver and Cal-Mag of unknown amount`` ('' when there is none)."""
    if not uncounted:
        return ""
    names = list(uncounted)
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return f", plus {listed} of unknown amount"


def _named(item: ListedMagnesium, share: str) -> str:
    """``Mag-Ox 400 (2 tabs tid; 1,447.8 mg)``: the name, then in brackets the directions
    typed with it, its share and how a strength read from the name was read."""
    note = item.content.note or ""
    read = note.removeprefix(FROM_NAME).rstrip(".") if note.startswith(FROM_NAME) else ""
    name, directions = typed_parts(item.input, item.parsed)
    said = [directions, share.removesuffix("; "), f"read from the name: {read}" if read else ""]
    inside = "; ".join(x for x in said if x)
    return f"{name} ({inside})" if inside else name
