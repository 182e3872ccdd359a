"""Read a medicine as people type it and as health records export it, into named parts.

The grammar, over tokens (numbers, words, symbols)::

    entry     := [pack] part (joiner part)* [form | release | route | direction]*  [bracketed]*
    part      := name-word+ [salt-word]* [strength]   (name-word "-" name-word is one name
                 when the rules know it whole: Mag-Ox, K-Tab; "-D", "-PM" never split off)
    direction := frequency | count | interval | duration | clock-time | reason (names.sig)
    strength  := number (("/" | "-") number)* [unit ["/" [number] unit]]
    pack      := application-number | number pack-unit (before any name word)
    bracketed := "[" brand "]" | "(" other name ")"

Phrases (``extended release oral tablet``, ``as needed``, ``24 HR``) come from the table in
:mod:`magadvise.names.forms`, longest first, and directions (``take 1 tab by mouth daily for 7
days``) from :mod:`magadvise.names.sig`; any other word is part of a medicine's name. The
parser never decides what a name means: it returns the parts and the lookup keys to try, most
literal first, and the finder looks them up in the rules.
"""

from __future__ import annotations

import re
import unicodedata

from magadvise.names import forms, instructions, sig, sig_words
from magadvise.names.lex import Strength, Token, lex, phrase, strength
from magadvise.names.part import Part, bare_key, glued, name_keys, rejoin, spread, tight
from magadvise.record import Record
from magadvise.rules.names import normalize

_TRADEMARKS = re.compile(r"[™®©℠]|\((?:tm|r|c)\)", re.IGNORECASE)
_PLURAL = re.compile(r"(?<=[^\W\d_])\(s\)", re.IGNORECASE)  # "tab(s)", "capsule(s)"
_WITH = re.compile(r"\bw/\s*", re.IGNORECASE)  # "w/ meals", "Tylenol w/ codeine"
_BRACKETED = re.compile(r"([\[({])([^\[\](){}]*)[\])}]")
_FILLER = instructions.FILLER
_NUMBER_SIGNS = frozenset({"#", "no", "number"})  # "Tylenol #3", "Tylenol No. 4"
_COUNTS = frozenset({"tablet", "capsule", "dose", "spray"})  # "1 tab": how many, not strength
__all__ = ["Parsed", "Part", "bare_key", "directions_only", "name_keys", "parse"]


class Parsed(Record):
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
    directions: tuple[str, ...] = ()  # "2 tablets", "for 7 days", "for pain", "with water"
    times: tuple[str, ...] = ()  # clock times written with it ("8 am" -> "08:00")
    status: str | None = None  # "stopped", "on hold", "not taking": typed beside it (names.label)

    def literal_keys(self) -> list[str]:
        """The text as typed (and without its brackets): a key that makes every word the name."""
        return [normalize(self.text), normalize(_outside_brackets(self.text))]

    def as_name(self) -> Parsed:
        """This reading when the whole text turned out to be a name (``INH``, ``One A Day``):
        none of its words says a route, form or frequency."""
        return self._replace(
            release=None,
            dose_form=None,
            route=forms.ORAL,
            route_stated=False,
            frequency=(),
            directions=(),
            times=(),
            status=None,
        )

    def keys(self) -> list[str]:
        """Keys for the whole product, most literal first (``Toprol XL`` before ``toprol``)."""
        words = tuple(w for p in self.parts for w in p.words)
        keys = list(self.literal_keys())
        given = [p.strength for p in self.parts if p.strength is not None]
        if len(given) == 1:  # a brand with a number in it: Mag-Ox 400, B-12, Tylenol 3
            # before the name alone: "Tylenol 3 q6h" is Tylenol with codeine, not Tylenol
            keys.append(" ".join((*words, given[0].amounts[0])))
            if words and "-" in self.text:
                keys.append(" ".join((*words[:-1], words[-1] + given[0].amounts[0])))
        keys.append(" ".join(self.named))
        if any(p.hyphen for p in self.parts):  # Epi-Pen as the rules spell it: EpiPen
            keys.append(glued(self.parts))
        # One ingredient: also without filler words and salts. Several: only as written, since
        # dropping "magnesium" from "magnesium + vitamin D" would leave another medicine's name
        # and lose the magnesium; each ingredient is looked up on its own after that.
        keys += name_keys(words) if len(self.parts) == 1 else [" ".join(words)]
        return [k for k in dict.fromkeys(keys) if k]

    def bare(self) -> str:
        """The plainest key of the whole text, for "did you mean"."""
        return bare_key(tuple(w for p in self.parts for w in p.words)) or normalize(self.text)

    def joined(self) -> Parsed:
        """This reading with hyphenated words made whole again (``Mag + Ox 400`` ->
        ``Mag-Ox 400``): for a name the rules know as one name, not as ingredients."""
        parts: list[Part] = []
        for part in self.parts:
            if part.hyphen and parts:
                last = parts.pop()
                strength = rejoin(last.strength, part.strength)
                part = Part(f"{last.text}-{part.text}", last.words + part.words, strength)
            parts.append(part)
        return self._replace(parts=tuple(parts))

    def alternatives(self) -> list[Parsed]:
        """The brand in brackets and names in parentheses, each parsed on its own."""
        texts = [*self.also_named, *([self.brand] if self.brand else [])]
        return [p for p in (_parse_flat(t) for t in texts) if p.parts]


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
        self.found: dict[str, list[str]] = {
            "form": [],
            "route": [],
            "release": [],
            "frequency": [],  # in plain words ("twice a day")
            "instruction": [],
            "time": [],
            "status": [],
        }
        self.pack: str | None = None
        self.hyphens: set[int] = set()  # where a part joined by a tight hyphen starts
        self.joiner: Token | None = None  # the last joining word ("plus"), if it ends the name

    @property
    def seen_name(self) -> bool:
        return any(words for words, _ in self.parts)

    def hyphenated(self, tokens: list[Token], i: int) -> bool:
        """True when ``tokens[i]`` follows a name word with a hyphen and no space."""
        earlier = [w for w, _ in self.parts if w]
        return tight(tokens, i - 1) and bool(earlier) and earlier[-1][-1] is tokens[i - 2]

    def word(self, token: Token) -> None:
        if self.parts[-1][1] is not None:  # a name after a strength starts the next ingredient
            self.join()
        self.parts[-1][0].append(token)
        self.named.append(token.value)

    def join(self) -> None:
        if self.parts[-1][0]:
            self.parts.append(([], None))

    def join_word(self, token: Token, last: bool) -> None:
        """A joining word: kept as part of the name, never dropped, when nothing is named after
        it and it is ``plus`` (``Alka-Seltzer Plus 2 tabs`` is another product) or the last
        word (``Tylenol with``, a cut-off ``Tylenol with Codeine``); ``last``: it ends the text.
        ``with breakfast and dinner`` joins directions, not names."""
        had = self.seen_name
        self.join()
        self.joiner = token if had and (last or token.value == "plus") else None

    def keep_trailing_joiner(self) -> None:
        """The last joining word stays in the name when nothing was named after it."""
        filled = [w for w, _ in self.parts if any(t.value not in _FILLER for t in w)]
        if self.joiner is not None and filled and filled[-1][-1].start < self.joiner.start:
            filled[-1].append(self.joiner)
            self.named.append(self.joiner.value)

    def numbered(self, token: Token) -> None:
        """A number after ``#`` or ``No.``: a product's own number right after its name
        (``Tylenol #3``, ``Tylenol No. 4``), else the quantity dispensed (``5 mg #90``)."""
        words, strength = self.parts[-1]
        if words and strength is None:
            self.parts[-1] = (words, Strength((token.value,), None))
        else:
            self.found["instruction"].append(f"quantity {token.value}")

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
        text, hy = self.text, self.hyphens
        return spread(
            [
                Part(text[w[0].start : w[-1].end], tuple(t.value for t in w), s, w[0].start in hy)
                for w, s in named
            ]
        )


def _walk(text: str, tokens: list[Token]) -> _Builder:
    b = _Builder(text)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.kind == "sym":
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            hyphen = token.value == "-" and tight(tokens, i)
            if token.value == "-" and tight(tokens, i, "num") and len(tokens[i - 1].value) <= 2:
                i += 1  # "B-12": a letter and its number are one name (vitamin B12)
                continue
            if hyphen and after is not None and after.value in instructions.BRAND_SUFFIXES:
                i += 1  # "Zyrtec-D": the suffix names another product, not an ingredient
                continue
            if token.value in instructions.JOINERS:
                b.join()
                if hyphen and after is not None:
                    b.hyphens.add(after.start)
            i += 1
            continue
        if token.value.startswith(instructions.PACK_CODES) and token.value[-1].isdigit():
            b.pack = token.value.upper()
            i += 1
            continue
        if token.value in _NUMBER_SIGNS and b.seen_name and _then(tokens, i, "num"):
            i += 1  # "No." before a number: the sign, not a name word (see numbered)
            continue
        used, table, found = phrase(tokens, i) if token.kind == "word" else (0, "", "")
        if used and table in ("form", "route") and b.hyphenated(tokens, i):
            used = 0  # "K-Tab", "Mag-Gel": a form word inside a hyphenated name is the name
        direction = sig.read(tokens, i)
        if token.kind == "num" and i and tokens[i - 1].value in _NUMBER_SIGNS:
            b.numbered(token)  # "Tylenol No. 4 tablet": a product's number, never a count
            i += 1
        elif direction is not None and direction[0] > used:  # directions: "for 7 days"
            for kind, meaning in direction[1]:
                b.found[kind].append(meaning)
            i += direction[0]
        elif token.kind == "num":
            value, i = strength(tokens, i)
            b.strength(value)
        elif used:
            b.found[table].append(instructions.FREQUENCIES.get(found, found))
            if table == "release":
                b.named.extend(t.value for t in tokens[i : i + used] if t.kind == "word")
            i += used
        elif token.value in instructions.JOINERS:
            b.join_word(token, i == len(tokens) - 1)
            i += 1
        else:
            b.word(token)
            i += 1
    b.keep_trailing_joiner()
    return b


def _then(tokens: list[Token], i: int, kind: str) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].kind == kind


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
        frequency=tuple(dict.fromkeys(found["frequency"])),
        pack=b.pack,
        directions=tuple(dict.fromkeys(found["instruction"])),
        times=tuple(sorted(set(found["time"]))),
        status=found["status"][0] if found["status"] else None,
    )


def directions_only(text: str) -> bool:
    """True when ``text`` names no medicine but gives directions (``take 1 tab by mouth
    daily``): in a list, the directions of the medicine on the line before."""
    flat = _parse_flat(unicodedata.normalize("NFKC", text))
    return not flat.parts and bool(flat.frequency or flat.directions or flat.times)


def parse(text: str) -> Parsed:
    """Read ``text`` into its parts; never fails (an empty reading has no parts)."""
    clean = _WITH.sub("with ", _PLURAL.sub("s", _TRADEMARKS.sub(" ", text)))
    clean = unicodedata.normalize("NFKC", clean)
    clean = clean.replace("\u2044", "/")  # NFKC writes ½ as 1⁄2
    brand: str | None = None
    also: list[str] = []
    outside = clean
    while True:
        match = _BRACKETED.search(outside)
        if match is None:
            break
        inner = match.group(2).strip()
        if normalize(inner) in sig_words.REASONS:  # "(blood thinner)": what it is for, not a name
            inner = f"for {inner}"
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
            directions=main.directions or other.directions,
            status=main.status or other.status,
        )
    return main._replace(text=clean.strip(), brand=brand, also_named=tuple(also))
