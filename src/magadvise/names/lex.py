"""Tokens of a typed medicine name, and the phrases and strengths the grammar is built from."""

from __future__ import annotations

import re
from collections.abc import Mapping

from magadvise.names import forms, instructions, route_words
from magadvise.record import Record

_TOKEN = (
    r"(?P<clock>(?<![\d.,])\d{1,2}(?::\d\d)?\s?(?i:[ap]\.?m\b\.?)|(?<![\d.,:])\d{1,2}:\d\d(?![\d:]))"
    r"|(?P<num>\d+(?:[.,]\d+)?|[.,]\d+)"
    r"|(?P<word>[^\W\d_](?:[^\W_]|['’.](?=[^\W\d_]))*\.?)"
    r"|(?P<sym>[%/+&,;#\-])"
)
_MAX_PHRASE = 4
# Shorthand that runs a letter into a number: q6h, q4-6h, x5d, q3w, q6mo, x5y, x 7 days (see
# names.sig).
_SHORTHAND = re.compile(r"([qx])(\d+)(h|hrs?|d|days?|wk?s?|mins?|mos?|months?|y|yrs?|years?)?")
# Patterns kept as text are compiled on first use (re's own cache): most runs never need them.
_UNIT_NEXT = r"(?i)-|\s*(?:hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?|min(?:ute)?s?)\b"
# Numbers written as words, where they count or time something ("two puffs", "one tablet"),
# and a label's Roman numerals ("i tab bid"; not "iv", which is intravenous).
NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "ten": "10", "half": "1/2", "once": "1",
                "twice": "2", "i": "1", "ii": "2", "iii": "3"}  # fmt: skip


class Token(Record):
    """One lexical token: ``num``, ``word`` (lower case, dots dropped), ``sym``, or a clock
    time as ``HH:MM``: ``clock`` when written with minutes or as 24-hour time (``9:30pm``,
    ``21:00``), ``hour`` when not (``8 am``, ``2 PM``: a time or a count, see names.am_pm)."""

    kind: str
    value: str
    start: int
    end: int


class Strength(Record):
    """``20/12.5 mg`` -> amounts ("20", "12.5"), unit "mg"; ``1 MG/ML`` -> ("1",), "mg/mL"."""

    amounts: tuple[str, ...]
    unit: str | None

    def __str__(self) -> str:
        amount = "/".join(self.amounts)
        return f"{amount} {self.unit}" if self.unit else amount

    def mg(self) -> float | None:
        """The strength in mg when it is one amount of a mass in mg or g (``400 mg`` -> 400.0,
        ``1 g`` -> 1000.0); None for several amounts, an amount in a volume, another unit or
        none."""
        scale = _MG_IN.get(self.unit or "")
        if scale is None or len(self.amounts) != 1:
            return None
        try:
            return float(self.amounts[0]) * scale
        except ValueError:
            return None


_MG_IN = {"mg": 1.0, "g": 1000.0}
# A household measure a liquid's strength is given per ("160 mg per teaspoon", "per 5 mL" on US
# labels): its mL, as names.sig_words.MEASURE_ML gives them (21 CFR 101.9(b)(5)(viii)).
_MEASURES = {
    **dict.fromkeys(("tsp", "teaspoon", "teaspoonful"), "5 "),
    **dict.fromkeys(("tbsp", "tablespoon", "tablespoonful"), "15 "),
}  # mg in one of each mass unit a tablet's strength is given in


def lex(text: str) -> list[Token]:
    """Tokens of ``text`` (already NFKC-normalized), words lower-cased without their dots."""
    if text.isascii() and text.replace(" ", "").isalpha():
        return _words(text)  # "furosemide", "Synthroid qam": words only, no pattern needed
    return lex_by_pattern(text)


def lex_by_pattern(text: str) -> list[Token]:
    """:func:`lex` for any text, by the token pattern (compiled on first use)."""
    out: list[Token] = []
    for match in re.finditer(_TOKEN, text):
        kind = match.lastgroup or "sym"
        value = match.group()
        start, end = match.span()
        if kind == "word":
            value = value.replace(".", "").casefold()
            short = _SHORTHAND.fullmatch(value)
            if short and (short.group(3) or re.compile(_UNIT_NEXT).match(text, end)):
                out += _split(short, start)
                continue
        elif kind == "num":
            if value.startswith(","):  # "Slow-Mag,2 tabs": a comma typed before the count
                value, start = value[1:], start + 1
            value = value.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", value) else value
        elif kind == "clock":
            kind = "clock" if ":" in value else "hour"
            value = _clock(value)
        out.append(Token(kind, value, start, end))
    return out


def _words(text: str) -> list[Token]:
    """The tokens of ASCII letters and spaces: each run of letters is a word, as ``_TOKEN``
    reads it (no word of letters alone is shorthand such as ``q6h``)."""
    out: list[Token] = []
    end = 0
    for word in text.split():
        start = text.index(word, end)
        end = start + len(word)
        out.append(Token("word", word.casefold(), start, end))
    return out


def _split(short: re.Match[str], start: int) -> list[Token]:
    """``q6h`` -> ``q`` ``6`` ``h`` (positions kept within the word)."""
    kinds = ("word", "num", "word")
    return [
        Token(kind, short.group(n), start + short.start(n), start + short.end(n))
        for n, kind in enumerate(kinds, start=1)
        if short.group(n)
    ]


def _clock(text: str) -> str:
    """``8 am`` -> ``08:00``, ``9:30pm`` -> ``21:30``, ``21:00`` -> ``21:00``."""
    digits = re.findall(r"\d+", text)
    hours, minutes = int(digits[0]), int(digits[1]) if len(digits) > 1 else 0
    half = text.lower().replace(".", "").replace(" ", "")[-2:]
    if half in ("am", "pm"):
        hours = hours % 12 + (12 if half == "pm" else 0)
    return f"{hours % 24:02d}:{min(minutes, 59):02d}"


def number_word(token: Token) -> str | None:
    """The number a token is (``2``, ``two``, ``half``), or None."""
    if token.kind == "num":
        return token.value
    return NUMBER_WORDS.get(token.value) if token.kind == "word" else None


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
    ("route", route_words.ROUTES),
    ("place", route_words.PLACES),
    ("release", forms.RELEASE),
    ("frequency", instructions.FREQUENCIES),
    ("pack", instructions.PACKS),
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
        if per is None and not count and j < len(tokens) and tokens[j].value in _MEASURES:
            count, per, j = _MEASURES[tokens[j].value], "mL", j + 1  # "160mg per teaspoon"
        if per is not None:
            unit, i = f"{unit}/{count}{per}", j
    return Strength(tuple(amounts), unit), i
