"""Reading plain pieces of directions from tokens: words, table phrases, amounts, time spans.

The small readers every direction reader shares (:mod:`magadvise.names.sig`,
:mod:`magadvise.names.sig_uk`): the words of a run of tokens, the longest phrase of a table, a
number or range (``4-6``, ``1 to 2``, ``1/2``), and an amount of time (``6 hours``; the UK
``7/7`` for 7 days, ``2/52`` for two weeks, ``3/12`` for three months).
"""

from __future__ import annotations

from magadvise.names.lex import Token, number_word
from magadvise.names.sig_words import TIME_UNITS

MAX_WORDS = 9  # "before the first food or drink of the day"
UK_PERIODS = {"7": "day", "52": "week", "12": "month"}


def words(tokens: list[Token], i: int, n: int) -> str:
    """The words among ``n`` tokens from ``i``, joined by spaces (numbers and symbols left out)."""
    return " ".join(t.value for t in tokens[i : i + n] if t.kind == "word")


def table_phrase(tokens: list[Token], i: int, table: object) -> int:
    """How many word tokens from ``i`` form the longest phrase in ``table`` (0: none)."""
    end = i
    while end < len(tokens) and end - i < MAX_WORDS and tokens[end].kind == "word":
        end += 1
    for n in range(end - i, 0, -1):
        if words(tokens, i, n) in table:  # type: ignore[operator]
            return n
    return 0


def amount_at(tokens: list[Token], i: int) -> tuple[str, int]:
    """A number, a number word or a range (``4-6``, ``1 to 2``, ``1/2``) at ``i``; ("", i)."""
    first = number_word(tokens[i]) if i < len(tokens) else None
    if first is None:
        return "", i
    j = i + 1
    if j + 1 < len(tokens) and tokens[j].value in ("-", "to", "or", "/"):
        second = number_word(tokens[j + 1])
        if second is not None:
            sep = "/" if tokens[j].value == "/" else "-"
            return f"{first}{sep}{second}", j + 2
    return first, j


def plural(amount: str, unit: str) -> str:
    """``1 hour``, ``6 hours``: an amount as written and its unit, plural past one."""
    return f"{amount} {unit}" if amount in ("1", "1/2", "0.5") else f"{amount} {unit}s"


def timed(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """An amount and a unit of time at ``i``: (amount, unit, index after) or None."""
    amount, j = amount_at(tokens, i)
    if amount and j < len(tokens) and tokens[j].value in TIME_UNITS:
        return amount, TIME_UNITS[tokens[j].value], j + 1
    count, _, per = amount.partition("/")  # UK: 7/7 is 7 days, 2/52 two weeks, 3/12 months
    if per in UK_PERIODS:
        return count, UK_PERIODS[per], j
    return None
