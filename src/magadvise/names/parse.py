"""Read a medicine as people type it and as health records export it, into named parts.

The grammar, over tokens (numbers, words, symbols)::

    entry     := [pack] part (joiner part)* [form | release | route | frequency]*  [bracketed]*
    part      := name-word+ [salt-word]* [strength]
    strength  := number (("/" | "-") number)* [unit ["/" [number] unit]]
    pack      := application-number | number pack-unit (before any name word)
    bracketed := "[" brand "]" | "(" other name ")"

Phrases (``extended release oral tablet``, ``as needed``, ``24 HR``) come from the table in
:mod:`magadvise.names.forms`, longest first; any other word is part of a medicine's name. The
parser never decides what a name means: it returns the parts and the lookup keys to try, most
literal first, and the finder looks them up in the rules.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from magadvise.names import forms, instructions
from magadvise.names.lex import Strength, Token, lex, phrase, strength
from magadvise.rules.names import normalize

_TRADEMARKS = re.compile(r"[™®©℠]|\((?:tm|r|c)\)", re.IGNORECASE)
_BRACKETED = re.compile(r"([\[({])([^\[\](){}]*)[\])}]")
_FILLER = instructions.FILLER
_COUNTS = frozenset({"tablet", "capsule", "dose", "spray"})  # "1 tab": how many, not strength


class Part(NamedTuple):
    """One ingredient as typed: its name words (salts included) and its strength."""

    text: str
    words: tuple[str, ...]
    strength: Strength | None = None

    def keys(self) -> list[str]:
        """Lookup keys, most literal first."""
        return name_keys(self.words)

    def bare(self) -> str:
        """The plainest key, for "did you mean"."""
        return bare_key(self.words)


class Parsed(NamedTuple):
    """A typed medicine read into parts. ``route`` is ``oral`` unless the text says otherwise."""

    text: str
    parts: tuple[Part, ...]
    named: tuple[str, ...] = ()  # name and release words in order ("toprol", "xl")
    release: str | None = None
    dose_form: str | None = None
    route: str = forms.ORAL
    route_stated: bool = False
    frequency: tuple[str, ...] = ()
    brand: str | None = None
    also_named: tuple[str, ...] = ()
    pack: str | None = None

    def literal_keys(self) -> list[str]:
        """The text as typed (and without its brackets): a key that makes every word the name."""
        return [normalize(self.text), normalize(_outside_brackets(self.text))]

    def as_name(self) -> Parsed:
        """This reading when the whole text turned out to be a name (``INH``, ``One A Day``):
        none of its words says a route, form or frequency."""
        return self._replace(
            release=None, dose_form=None, route=forms.ORAL, route_stated=False, frequency=()
        )

    def keys(self) -> list[str]:
        """Keys for the whole product, most literal first (``Toprol XL`` before ``toprol``)."""
        words = tuple(w for p in self.parts for w in p.words)
        keys = [*self.literal_keys(), " ".join(self.named)]
        given = [p.strength for p in self.parts if p.strength is not None]
        if len(given) == 1:  # a brand with a number in it: Mag-Ox 400
            keys.append(" ".join((*words, given[0].amounts[0])))
        # One ingredient: also without filler words and salts. Several: only as written, since
        # dropping "magnesium" from "magnesium + vitamin D" would leave another medicine's name
        # and lose the magnesium; each ingredient is looked up on its own after that.
        keys += name_keys(words) if len(self.parts) == 1 else [" ".join(words)]
        return [k for k in dict.fromkeys(keys) if k]

    def bare(self) -> str:
        """The plainest key of the whole text, for "did you mean"."""
        return bare_key(tuple(w for p in self.parts for w in p.words)) or normalize(self.text)

    def alternatives(self) -> list[Parsed]:
        """The brand in brackets and names in parentheses, each parsed on its own."""
        texts = [*self.also_named, *([self.brand] if self.brand else [])]
        return [p for p in (_parse_flat(t) for t in texts) if p.parts]


def _plain_keys(words: tuple[str, ...]) -> list[str]:
    """As typed, without filler words, then without salts (never down to nothing)."""
    meaningful = [w for w in words if w not in instructions.FILLER] or list(words)
    without_salts = [w for w in meaningful if w not in instructions.SALTS]
    candidates = [" ".join(words), " ".join(meaningful)]
    if without_salts:
        candidates.append(" ".join(without_salts))
    return [k for k in dict.fromkeys(candidates) if k]


def name_keys(words: tuple[str, ...]) -> list[str]:
    """``("alendronic", "acid")`` -> ``["alendronic acid", "alendronate"]``; salts dropped last."""
    candidates = _plain_keys(words)
    acid, salt = instructions.ACID_SUFFIX
    for key in list(candidates):
        if key.endswith(acid) and len(key) > len(acid) + 2:
            candidates.append(key[: -len(acid)] + salt)
    return list(dict.fromkeys(candidates))


def bare_key(words: tuple[str, ...]) -> str:
    """The plainest key (no filler, no salts): what "did you mean" compares."""
    keys = _plain_keys(words)
    return keys[-1] if keys else ""


def _outside_brackets(text: str) -> str:
    while True:
        stripped = _BRACKETED.sub(" ", text)
        if stripped == text:
            return text
        text = stripped


class _Builder:
    """Collects the parts while the grammar walks the tokens."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts: list[tuple[list[Token], Strength | None]] = [([], None)]
        self.named: list[str] = []
        self.found: dict[str, list[str]] = {"form": [], "route": [], "release": [], "frequency": []}
        self.pack: str | None = None

    @property
    def seen_name(self) -> bool:
        return any(words for words, _ in self.parts)

    def word(self, token: Token) -> None:
        if self.parts[-1][1] is not None:  # a name after a strength starts the next ingredient
            self.join()
        self.parts[-1][0].append(token)
        self.named.append(token.value)

    def join(self) -> None:
        if self.parts[-1][0]:
            self.parts.append(([], None))

    def strength(self, value: Strength) -> None:
        words, strength = self.parts[-1]
        if value.unit == "h":  # "24 HR": a 24-hour (extended) release
            self.found["release"].append("extended release")
            self.named.append(f"{value.amounts[0]}hr")
        elif value.unit in _COUNTS:
            return
        elif not self.seen_name and (value.unit in forms.PACK_UNITS or value.unit == "actuation"):
            self.pack = " ".join(x for x in (self.pack, str(value)) if x)
        elif strength is None and (words or not self.seen_name):
            self.parts[-1] = (words, value)

    def build(self) -> list[Part]:
        """The parts that name something (a part of filler words only is dropped)."""
        named = [(w, s) for w, s in self.parts if any(t.value not in _FILLER for t in w)]
        text = self.text
        return _spread(
            [Part(text[w[0].start : w[-1].end], tuple(t.value for t in w), s) for w, s in named]
        )


def _spread(parts: list[Part]) -> list[Part]:
    """``lisinopril/HCTZ 20-12.5``: one strength per ingredient, in the order typed."""
    given = [p.strength for p in parts if p.strength is not None]
    if len(parts) > 1 and len(given) == 1 and len(given[0].amounts) == len(parts):
        combined = given[0]
        return [
            p._replace(strength=Strength((a,), combined.unit))
            for p, a in zip(parts, combined.amounts, strict=True)
        ]
    return parts


def _walk(text: str, tokens: list[Token]) -> _Builder:
    b = _Builder(text)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.kind == "num":
            value, i = strength(tokens, i)
            b.strength(value)
            continue
        if token.kind == "sym":
            if token.value in instructions.JOINERS:
                b.join()
            i += 1
            continue
        if token.value.startswith(instructions.PACK_CODES) and token.value[-1].isdigit():
            b.pack = token.value.upper()
            i += 1
            continue
        used, table, found = phrase(tokens, i)
        if used:
            b.found[table].append(found)
            if table == "release":
                b.named.extend(t.value for t in tokens[i : i + used] if t.kind == "word")
            i += used
        elif token.value in instructions.JOINERS:
            b.join()
            i += 1
        else:
            b.word(token)
            i += 1
    return b


def _parse_flat(text: str) -> Parsed:
    """Parse text with no brackets left in it."""
    b = _walk(text, lex(text))
    found = b.found
    forms_seen = [forms.DOSE_FORMS[f] for f in found["form"]]
    routes = [forms.ROUTES[r] for r in found["route"]] + [r for _, r in forms_seen if r]
    route = forms.ORAL if forms.ORAL in routes or not routes else routes[0]
    return Parsed(
        text=text,
        parts=tuple(b.build()),
        named=tuple(b.named),
        release=forms.RELEASE[found["release"][0]] if found["release"] else None,
        dose_form=forms_seen[0][0] if forms_seen else None,
        route=route,
        route_stated=bool(routes),
        frequency=tuple(dict.fromkeys(instructions.FREQUENCIES[f] for f in found["frequency"])),
        pack=b.pack,
    )


def parse(text: str) -> Parsed:
    """Read ``text`` into its parts; never fails (an empty reading has no parts)."""
    clean = unicodedata.normalize("NFKC", _TRADEMARKS.sub(" ", text))
    brand: str | None = None
    also: list[str] = []
    outside = clean
    while True:
        match = _BRACKETED.search(outside)
        if match is None:
            break
        inner = match.group(2).strip()
        if inner:
            if match.group(1) == "[" and brand is None:
                brand = inner
            else:
                also.append(inner)
        outside = outside[: match.start()] + " " + outside[match.end() :]
    main = _parse_flat(outside)
    if not main.parts:  # every word was a table word ("INH"): none of them is trusted
        main = main.as_name()
        inner_parsed = [p for p in (_parse_flat(a) for a in also) if p.parts]
        if inner_parsed:  # "{28 (norethindrone 0.35 MG Oral Tablet) } Pack [Camila]"
            main, also = inner_parsed[0], [a for a in also if a != inner_parsed[0].text]
    for other in (_parse_flat(a) for a in also):
        if not main.route_stated and other.route_stated:
            main = main._replace(route=other.route, route_stated=True)
        main = main._replace(
            dose_form=main.dose_form or other.dose_form,
            release=main.release or other.release,
            frequency=main.frequency or other.frequency,
        )
    return main._replace(text=clean.strip(), brand=brand, also_named=tuple(also))
