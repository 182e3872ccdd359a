"""Pharmacy-label and medication-list words beside a medicine: quantity, refills, status.

A label or a list copied from one carries more than the directions: ``disp #30``, ``qty 90``,
``refills 2``, ``RF3``, ``no refills``; and a list a person keeps says which medicines are no
longer taken: ``stopped``, ``d/c``, ``discontinued``, ``on hold``, ``not taking``. Each is read
as one direction (see :func:`magadvise.names.sig.read`), kind ``instruction`` for a quantity
or refills and kind ``status`` for what the list says of the medicine. A status never stops a
medicine being checked: the output says it was typed that way and checked all the same.
"""

from __future__ import annotations

import re

from magadvise.names import sig_counts
from magadvise.names.lex import Token

Reading = tuple[int, list[tuple[str, str]]]

_DISPENSED = frozenset({"disp", "dispense", "dispensed", "qty", "quantity", "dispense#"})
_MOST_DOSE, _DOSE_UNITS = 4, frozenset({"tablet", "tablets", "tab", "tabs", "capsule", "capsules"})
_REFILLS = frozenset({"refill", "refills", "rf", "rfl", "rfs", "refs", "repeats"})
# Patterns kept as text are compiled on first use (re's own cache): most runs never need them.
_GLUED = r"(?:rf|rfl|refills?)(\d+)|x(\d+)"  # "RF3"; "x2" after "refills"
_NONE = frozenset({"none", "no", "zero", "nr"})

# What a list says of a medicine no longer (or not now) taken, longest phrase first. Not bare
# "hold" or "stop": "hold if SBP < 100" and "stop if rash" are conditions, not a status.
STATUS: dict[str, str] = {
    **dict.fromkeys(
        """stopped;discontinued;discontinue;dc;dcd;dc'd;dced;d/c;d/c'd;d/cd;ceased;inactive;
        stopped taking;was taking;no longer;no longer taking;no longer on;dc'ed""".replace(
            "\n        ", ""
        ).split(";"),
        "stopped",
    ),
    **dict.fromkeys(("held", "on hold", "holding", "currently held", "paused"), "on hold"),
    **dict.fromkeys(
        ("not taking", "not currently taking", "not using", "no longer using", "not started"),
        "not taking",
    ),
}
_STATUS_WORDS = 4
_FIRST = _DISPENSED | _REFILLS | _NONE | {"hold"} | {k.split()[0].split("/")[0] for k in STATUS}


# Hold parameters: "hold if HR < 55", "hold for SBP<100", "hold if sedated" (the lexer drops
# "<" and ">"). A condition on a dose, never a status and never a medicine.
_HOLD_WHEN = frozenset({"if", "for", "when"})
_SIGNS = frozenset(
    """sbp dbp bp hr pulse p glucose bg bs cbg fsbs inr k rr temp sedated sedation drowsy npo
    loose stools diarrhea""".split()  # noqa: SIM905 - a word list reads better as text
)
_COMPARE = frozenset({"less", "greater", "than", "below", "above", "under", "over", "lt", "gt"})


def read(tokens: list[Token], i: int) -> Reading | None:
    """A quantity, refills, a hold condition or a status at ``tokens[i]``, or None."""
    token = tokens[i]
    if token.kind == "num":
        return _refills(tokens, i)
    if token.value not in _FIRST and not token.value.startswith(("rf", "refill")):
        return None  # most words: one look-up, so a name word costs the parse nothing more
    return _dispensed(tokens, i) or _refills(tokens, i) or _hold(tokens, i) or _status(tokens, i)


def _hold(tokens: list[Token], i: int) -> Reading | None:
    """``hold if HR < 55``, ``hold for SBP<100 or HR<60``: when to leave a dose out."""
    if tokens[i].value != "hold" or i + 2 >= len(tokens) or tokens[i + 1].value not in _HOLD_WHEN:
        return None
    j, said = i + 2, []
    while j < len(tokens) and tokens[j].value in _SIGNS:
        said.append(tokens[j].value)
        j += 1
        while j < len(tokens) and tokens[j].value in _COMPARE:
            j += 1
        if j < len(tokens) and tokens[j].kind == "num":
            said[-1] += f" {tokens[j].value}"
            j += 1
        if j + 1 < len(tokens) and tokens[j].value in ("or", "and", "/", ","):
            j += 1 if tokens[j + 1].value in _SIGNS else 0
    if not said:
        return None
    return j - i, [("instruction", "hold parameters: " + ", ".join(said))]


def _number_after(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """The number at ``j``, past a ``#`` or ``:``; (number, index after) or None."""
    while j < len(tokens) and tokens[j].value in ("#", "x"):
        j += 1
    if j < len(tokens) and tokens[j].kind == "num":
        return tokens[j].value, j + 1
    return None


def _dispensed(tokens: list[Token], i: int) -> Reading | None:
    """``disp #30``, ``qty 90``, ``dispense 30 tablets``: how many were dispensed."""
    if tokens[i].value not in _DISPENSED:
        return None
    found = _number_after(tokens, i + 1)
    if found is None:
        return None
    amount, j = found
    if _a_dose(tokens, amount, j):
        return j - 1 - i, []  # "Qty: 2 tablets, 3 times a day": the count is read as a dose
    return j - i, [("instruction", f"quantity {amount}")]


def _a_dose(tokens: list[Token], amount: str, j: int) -> bool:
    """True when ``qty N`` is followed by tablets and how often (``Qty: 2 tablets, 3 times a
    day``): a few tablets each dose, not a bottle, read as written (the more magnesium)."""
    if not amount.isdigit() or not 0 < int(amount) <= _MOST_DOSE or j + 1 >= len(tokens):
        return False
    k = j + 1 + (tokens[j + 1].value == ",")
    often = k < len(tokens) and (tokens[k].kind == "num" or sig_counts.often_at(tokens, k))
    return tokens[j].value in _DOSE_UNITS and often


def _refills(tokens: list[Token], i: int) -> Reading | None:
    """``refills 2``, ``RF: 0``, ``RF3``, ``refill x2``, ``no refills``, ``2 refills``."""
    value = tokens[i].value
    glued = re.fullmatch(_GLUED, value)
    if glued and glued.group(1):
        return 1, [("instruction", f"refills {glued.group(1)}")]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if value in _NONE and nxt is not None and nxt.value in _REFILLS:
        return 2, [("instruction", "no refills")]
    if tokens[i].kind == "num" and nxt is not None and nxt.value in _REFILLS:
        return 2, [("instruction", f"refills {value}")]
    if value not in _REFILLS or nxt is None:
        return None
    if nxt.value in _NONE:
        return 2, [("instruction", "no refills")]
    glued = re.fullmatch(_GLUED, nxt.value)
    if glued and glued.group(2):
        return 2, [("instruction", f"refills {glued.group(2)}")]
    found = _number_after(tokens, i + 1)
    if found is None:
        return None
    return found[1] - i, [("instruction", f"refills {found[0]}")]


def _status(tokens: list[Token], i: int) -> Reading | None:
    """``stopped``, ``d/c``, ``on hold``, ``not taking``: the longest status phrase at ``i``."""
    words: list[str] = []
    best: Reading | None = None
    j = i
    while j < len(tokens) and len(words) < _STATUS_WORDS and tokens[j].kind == "word":
        word = tokens[j].value
        j += 1
        if len(word) == 1 and j + 1 < len(tokens) and tokens[j].value == "/":
            word, j = f"{word}/{tokens[j + 1].value}", j + 2  # "d/c", "d/c'd"
        words.append(word)
        said = STATUS.get(" ".join(words))
        if said is not None:
            best = (j - i, [("status", said)])
    return best
