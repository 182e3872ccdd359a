"""Where a bare number in a medicine's directions is how many units a dose takes.

``2 at night``, ``2 po``, ``2 chewables``: a small number right before how often, when, a route
or a form is a count of units (:func:`counted_at`); ``Mag-Ox 400 at bedtime`` is one tablet,
not 400. The name walk (names.walk) leaves the other bare numbers unread, and the advice counts
units a day from these (advice.typed_count) and withholds beside numbers nobody read
(advice.unread).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_TIMES_A_DAY = r"(?:once|twice|three times|four times|\d+(?:-\d+)? times) a day$"
MOST_BARE = 12  # a bare number above this beside a time is a strength, not a count
# A bare number right before these is how many units: "2 at night", "2 po daily", "2 chewables"
COUNTED_BEFORE = frozenset({"frequency", "time", "route", "form"})


def counted_at(trail: Sequence[tuple[str, str]]) -> set[int]:
    """Where in a trail a bare number is how many units a dose takes: right before how often,
    when, a route or a form (``2 at night``, ``2 po``, ``2 chewables``), and at most 12
    (``Mag-Ox 400 at bedtime`` is one tablet, not 400): as advice.typed_count counts them.

    Of two such small numbers in a row before how many times a day (``Slow-Mag 2 2 daily``,
    ``2, 2 bd``), the first is counted too: it is the amount, as ``2`` of ``2 tabs 2 daily``, and
    the second how many times a day (advice.typed_count), the higher reading. Before a time of
    day or "as needed" (``2 2 at night``: 2, or 2 and 2 more?) the first is left unread, so the
    amount is not known. A name's number is above 12 or kept by the name (``Mag-Ox 400 2 daily``).
    """

    def small(k: int) -> bool:
        return k >= 0 and trail[k][0] == "number" and float(trail[k][1]) <= MOST_BARE

    before = {k for k in range(len(trail) - 1) if small(k) and trail[k + 1][0] in COUNTED_BEFORE}
    daily = {k for k in before if re.match(_TIMES_A_DAY, trail[k + 1][1]) and k}
    first = {k - 2 if trail[k - 1] == ("join", ",") else k - 1 for k in daily}
    return before | {k for k in first if small(k)}
