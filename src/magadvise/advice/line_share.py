"""Which directions on a line of several products belong to each one.

``Slow-Mag 2 tabs daily plus Rolaids 2 tabs tid`` names two products, each with its own
directions. The line's reading (``Parsed.trail``, names.walk) is cut where a name follows
directions: each piece is a product's name and the directions written after it, and directions
written before any name belong to the first piece. A product takes the piece whose names are
its own (Slow-Mag: 2 tablets once a day; Rolaids: 2 tablets three times a day).

Where the parser cannot tell (a product named in no piece, or in more than one), the product is
counted with every direction on the line, the over-count (the cautious side for the upper
level), and :data:`SHARED` says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

SHARED = (
    "directions on the line could not be told apart between its products: each is counted "
    "with all of them (an over-count, the cautious side)"
)
_NAMED = frozenset({"name", "join", "number", "volume"})  # a name, its strength, joining words
_WORD = re.compile(r"[^\W_]+")

Trail = Sequence[tuple[str, str]]


def _pieces(trail: Trail) -> list[list[tuple[str, str]]]:
    """The trail cut where a name follows directions (directions before any name join the
    first piece)."""
    pieces: list[list[tuple[str, str]]] = [[]]
    directed = False  # a direction follows a name in the piece being read
    for kind, meaning in trail:
        if kind == "name" and directed:
            pieces.append([])
            directed = False
        elif kind not in _NAMED and any(k == "name" for k, _ in pieces[-1]):
            directed = True
        pieces[-1].append((kind, meaning))
    return pieces


def own_directions(trail: Trail, name: str) -> tuple[Trail, str | None]:
    """The part of ``trail`` that belongs to the product typed as ``name`` (see the module),
    and None; or the whole trail and :data:`SHARED` when the parser cannot tell. A line of
    one product is its whole trail."""
    pieces = _pieces(trail)
    if len(pieces) < 2:
        return trail, None
    named = {m for k, m in trail if k == "name"}
    words = {w.casefold() for w in _WORD.findall(name)} & named
    mine = [p for p in pieces if words and words <= {m for k, m in p if k == "name"}]
    if len(mine) != 1:
        return trail, SHARED
    return mine[0], None
