"""The walk of the name grammar over tokens, and the parts it collects (see names.parse)."""

from __future__ import annotations

from magadvise.names import forms, instructions, sig, sig_counts, sig_words
from magadvise.names.bare_counts import counted_at
from magadvise.names.lex import Strength, Token, phrase, strength
from magadvise.names.part import Part, spread, tight
from magadvise.names.route_read import roman_stage
from magadvise.names.sides import sides

_NUMBER_SIGNS = frozenset({"#", "no", "number"})  # "Tylenol #3", "Tylenol No. 4"
_NOT_REASON = instructions.JOINERS | {"or", "then", "x"}
_COUNTS = frozenset({"tablet", "capsule", "dose", "spray"})  # "1 tab": how many, not strength


class Builder:
    """Collects the parts while the grammar walks the tokens."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts: list[tuple[list[Token], Strength | None]] = [([], None)]
        self.named: list[str] = []
        self.found: dict[str, list[str]] = {
            "form": [],
            "route": [],
            "place": [],  # a body place alone ("ear"): a route only beside a form (route_read)
            "release": [],
            "frequency": [],  # in plain words ("twice a day")
            "instruction": [],
            "time": [],
            "status": [],
        }
        self.pack: str | None = None
        self.sides: frozenset[int] = frozenset()  # tokens read as an eye or ear side (OS, AU)
        self.hyphens: set[int] = set()  # where a part joined by a tight hyphen starts
        self.reason: list[str] = []  # a reason after "for" not in the table ("for lyme")
        self.joiner: Token | None = None  # the last joining word ("plus"), if it ends the name
        self.directions_at: int | None = None  # where the first direction starts ("2 tabs bid")
        # What was read, in order (kind, meaning): directions, bare numbers and volumes, joining
        # words, name words; advice.typed_count reads how much each dose time takes from it.
        self.trail: list[tuple[str, str]] = []
        self.dropped: list[str] = []  # numbers no part keeps ("8/20", "2 mg" after "400")
        self.loose: list[int] = []  # where in the trail a bare number no part keeps is

    def direction(self, token: Token) -> None:
        """A direction starts at ``token``: the name as written ends before the first one."""
        if self.directions_at is None:
            self.directions_at = token.start

    def read(self, token: Token, direction: tuple[int, list[tuple[str, str]]]) -> int:
        """A direction read at ``token``: kept, in order; the tokens it used."""
        self.direction(token)
        for kind, meaning in direction[1]:
            self.found[kind].append(meaning)
            self.trail.append((kind, meaning))
        return direction[0]

    def written(self) -> str:
        """The text before the first direction (``Caltrate 600+D3 Plus Minerals`` of ``...
        bid``), joining words and forms kept: a product's name as typed. Empty when a name
        follows the directions (``Slow-Mag 1 tab daily; ciprofloxacin 500 mg bid``: two
        medicines, never the first one alone)."""
        at = self.directions_at
        if not at:
            return ""
        later = (t for words, _ in self.parts for t in words if t.start >= at)
        if any(t.value not in instructions.FILLER for t in later):
            return ""
        return self.text[:at].strip()

    def last_word(self) -> Token | None:
        """The last name word of the part being read, if it has one."""
        words = self.parts[-1][0]
        return words[-1] if words else None

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
        self.trail.append(("name", token.value))

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
        filled = [w for w, _ in self.parts if any(t.value not in instructions.FILLER for t in w)]
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
        if len(value.amounts) == 1 and value.unit in (None, "mL"):  # "2 at night", "30 mL"
            self.trail.append(("volume" if value.unit else "number", value.amounts[0]))
        elif len(value.amounts) == 2 and value.unit == "mL":  # "30-60 mL": a range of volumes
            self.trail.append(("volume", "-".join(value.amounts)))
        if value.unit == "h":  # "24 HR": a 24-hour (extended) release
            self.found["release"].append("extended release")
            self.named.append(f"{value.amounts[0]}hr")
        elif value.unit in _COUNTS:
            return
        elif not self.seen_name and (value.unit in forms.PACK_UNITS or value.unit == "actuation"):
            self.pack = " ".join(x for x in (self.pack, str(value)) if x)
        elif strength is None and (words or not self.seen_name):
            self.parts[-1] = (words, value)
            if not words and value.unit is None:  # "2 Mag-Ox 400": no name's strength
                self.unkept(value)
        else:
            self.unkept(value)

    def unkept(self, value: Strength) -> None:
        """A strength no name keeps: a bare number may still be a count (see unread)."""
        if len(value.amounts) == 1 and value.unit is None:  # "2 at night": a count, maybe
            self.loose.append(len(self.trail) - 1)
        elif value.unit != "mL":  # a volume is how much a dose is (advice.typed_count)
            self.dropped.append(str(value))

    def unread(self) -> list[str]:
        """Numbers written that nothing reads: no part keeps them as its strength, and a bare
        one is not how many units a dose time takes (``2 at night`` is; ``Mag-Ox 400 2`` is
        not read). Bare numbers before a time are read as advice.typed_count reads them."""
        counted = counted_at(self.trail)
        trail = [*self.trail, ("", "")]  # a number before a form word is a bottle's ("100 tabs")
        loose = [trail[k][1] for k in self.loose if k not in counted and trail[k + 1][0] != "form"]
        return [*self.dropped, *loose]

    def build(self) -> list[Part]:
        """The parts that name something (a part of filler words only is dropped)."""
        named = [
            (w, s) for w, s in self.parts if any(t.value not in instructions.FILLER for t in w)
        ]
        text, hy = self.text, self.hyphens
        return spread(
            [
                Part(text[w[0].start : w[-1].end], tuple(t.value for t in w), s, w[0].start in hy)
                for w, s in named
            ]
        )


def walk(text: str, tokens: list[Token], reasons: bool = True) -> Builder:
    b = Builder(text)
    b.sides = sides(text, tokens)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.value == "/" and (every := sig_counts.read(tokens, i)) is not None:
            i += b.read(token, every)  # "/12h": every 12 hours
            continue
        if token.kind == "sym":
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            hyphen = token.value == "-" and tight(tokens, i)
            if token.value == "-" and tight(tokens, i, "num") and len(tokens[i - 1].value) <= 2:
                i += 1  # "B-12": a letter and its number are one name (vitamin B12)
                continue
            if hyphen and after is not None and roman_stage(tokens, i + 1):
                i += 1  # "CKD-IV": the disease and its stage, one name
                continue
            if hyphen and after is not None and _suffix(after.value):
                i += 1  # "Zyrtec-D": the suffix names another product, not an ingredient
                continue
            if hyphen and b.last_word() is tokens[i - 1] and _prefix(tokens[i - 1].value):
                i += 1  # "Depo-Medrol", "Apo-Metformin": one name, tried with and without it
                continue
            if token.value in instructions.JOINERS:
                b.join()
                b.trail.append(("join", token.value))
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
        if used and table in ("form", "route", "place") and b.hyphenated(tokens, i):
            used = 0  # "K-Tab", "Mag-Gel": a form word inside a hyphenated name is the name
        if used and table == "route" and roman_stage(tokens, i):
            used = 0  # "CKD IV", "stage IV": a roman stage, not into a vein
        direction = sig.read(tokens, i)
        if i in b.sides and used <= 1 and (direction is None or direction[0] <= 1):
            b.found["route"].append(token.value)  # "1 drop OS": the left eye (names.sides)
            b.trail.append(("route", token.value))
            i += 1
        elif token.kind == "num" and i and tokens[i - 1].value in _NUMBER_SIGNS:
            b.numbered(token)  # "Tylenol No. 4 tablet": a product's number, never a count
            i += 1
        elif direction is not None and direction[0] > used:  # directions: "for 7 days"
            i += b.read(token, direction)
        elif token.kind == "num":
            value, i = strength(tokens, i)
            b.strength(value)
        elif used and table == "pack":
            b.pack = " ".join(x for x in (b.pack, instructions.PACKS[found]) if x)
            i += used
        elif used:
            if table == "frequency":
                b.direction(token)
            b.found[table].append(instructions.FREQUENCIES.get(found, found))
            b.trail.append((table, b.found[table][-1]))
            if table == "release":
                b.named.extend(t.value for t in tokens[i : i + used] if t.kind == "word")
            i += used
        elif token.value in instructions.JOINERS:
            b.join_word(token, i == len(tokens) - 1)
            b.trail.append(("join", token.value))
            i += 1
        elif token.value == "for" and b.seen_name and phrase(tokens, i + 1)[1] == "route":
            i += 1  # "drops for both eyes": where it goes, read from the route words after it
        elif reasons and token.value == "for" and b.seen_name and (why := _reason(tokens, i)):
            b.found["instruction"].append(" ".join(("for", *why)))
            b.reason.extend(why)
            i += len(why) + 1
        else:
            if _prefix(token.value) and i + 1 < len(tokens) and tokens[i + 1].kind != "num":
                route = instructions.BRAND_PREFIXES[token.value]
                b.found["route"].extend([route] if route else [])  # Solu-Medrol: injected
            b.word(token)
            i += 1
    b.keep_trailing_joiner()
    return b


def _then(tokens: list[Token], i: int, kind: str) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].kind == kind


def _suffix(word: str) -> bool:
    """A brand-line suffix after a hyphen: one letter (Senokot-S, Zyrtec-D) or a listed one."""
    return len(word) == 1 or word in instructions.BRAND_SUFFIXES


def _prefix(word: str) -> bool:
    return word in instructions.BRAND_PREFIXES


def _reason(tokens: list[Token], i: int) -> list[str]:
    """The words of a reason after "for" at ``i`` that the table does not list ("for lyme",
    "for afib"): words up to a number, a symbol, a joining word, a direction or a form. Empty
    when there are none, or when they say who a product is for ("Mucinex for Kids" is another
    product, kept as its name). The finder reads the words as names when the rules know one.
    """
    words: list[str] = []
    j = i + 1
    while j < len(tokens) and tokens[j].kind == "word" and tokens[j].value not in _NOT_REASON:
        stage = roman_stage(tokens, j)  # "for CKD IV": the stage is the reason's
        if (phrase(tokens, j)[0] and not stage) or sig.read(tokens, j) is not None:
            break
        words.append(tokens[j].value)
        j += 1
    return [] if not words or words[0] in sig_words.AUDIENCES else words
