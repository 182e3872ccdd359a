"""Tokens of a typed medicine name, and the phrases and strengths the grammar is built from."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from magadvise.names import forms, instructions

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?|[.,]\d+)"
    r"|(?P<word>[^\W\d_](?:[^\W_]|['’.](?=[^\W\d_]))*\.?)"
    r"|(?P<sym>[%/+&,;\-])"
)
_MAX_PHRASE = 4


class Token(NamedTuple):
    """One lexical token: ``num``, ``word`` (lower case, dots dropped) or ``sym``."""

    kind: str
    value: str
    start: int
    end: int


class Strength(NamedTuple):
    """``20/12.5 mg`` -> amounts ("20", "12.5"), unit "mg"; ``1 MG/ML`` -> ("1",), "mg/mL"."""

    amounts: tuple[str, ...]
    unit: str | None

    def __str__(self) -> str:
        amount = "/".join(self.amounts)
        return f"{amount} {self.unit}" if self.unit else amount


def lex(text: str) -> list[Token]:
    """Tokens of ``text`` (already NFKC-normalized), words lower-cased without their dots."""
    out = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "sym"
        value = match.group()
        if kind == "word":
            value = value.replace(".", "").casefold()
        elif kind == "num":
            value = value.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", value) else value
        out.append(Token(kind, value, match.start(), match.end()))
    return out


def phrase(tokens: list[Token], i: int) -> tuple[int, str, str]:
    """The longest table phrase starting at token ``i``: (tokens used, table, phrase)."""
    words: list[str] = []
    ends: list[int] = []
    j = i
    while j < len(tokens) and len(words) < _MAX_PHRASE and tokens[j].kind == "word":
        words.append(tokens[j].value)
        ends.append(j + 1)
        j += 1
        if j + 1 < len(tokens) and tokens[j].value == "-" and tokens[j + 1].kind == "word":
            j += 1  # pre-filled, extended-release, auto-injector
    for n in range(len(words), 0, -1):
        joined = " ".join(words[:n])
        for table, entries in _TABLES:
            if joined in entries:
                return ends[n - 1] - i, table, joined
    return 0, "", ""


_TABLES: tuple[tuple[str, Mapping[str, object]], ...] = (
    ("form", forms.DOSE_FORMS),
    ("route", forms.ROUTES),
    ("release", forms.RELEASE),
    ("frequency", instructions.FREQUENCIES),
)


def _unit(tokens: list[Token], i: int) -> tuple[str | None, int]:
    if i < len(tokens) and tokens[i].value in forms.UNITS and tokens[i].kind != "num":
        return forms.UNITS[tokens[i].value], i + 1
    return None, i


def strength(tokens: list[Token], i: int) -> tuple[Strength, int]:
    """The strength starting at the number ``tokens[i]``, and the index after it."""
    amounts = [tokens[i].value]
    i += 1
    while i + 1 < len(tokens) and tokens[i].value in ("/", "-") and tokens[i + 1].kind == "num":
        amounts.append(tokens[i + 1].value)
        i += 2
    unit, i = _unit(tokens, i)
    if unit is not None and i + 1 < len(tokens) and tokens[i].value in ("/", "in", "per"):
        j = i + 1
        count = ""
        if tokens[j].kind == "num":
            count, j = tokens[j].value + " ", j + 1
        per, j = _unit(tokens, j)
        if per is not None:
            unit, i = f"{unit}/{count}{per}", j
    return Strength(tuple(amounts), unit), i
