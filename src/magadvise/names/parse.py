"""Read a medicine as people type it and as health records export it, into named parts.

The grammar, over tokens (numbers, words, symbols)::

    entry     := [pack] part (joiner part)* [form | release | route | direction]*  [bracketed]*
    part      := [prefix "-"] name-word+ [salt-word]* [strength | number-sign number]
                 (name-word "-" name-word is one name when the rules know it whole: Mag-Ox,
                 K-Tab; a suffix "-D", "-S", "-PM", "-HCT" never splits off; a prefix "Depo-",
                 "Solu-", "Apo-" is tried with the name, then without it; "#3", "No. 4")
    direction := frequency | count | interval | duration | clock-time | reason (names.sig)
                 | quantity | refills | status (names.label) | "for" free-reason (names.walk)
    pack-word := "Z-Pak" | "dose pack" | "starter pack" ... (instructions.PACKS)
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
from collections.abc import Callable
from functools import lru_cache

from magadvise.names import forms, sig_words
from magadvise.names.labs import without_kidney_labs
from magadvise.names.lex import lex
from magadvise.names.part import Part, bare_key, glued, name_keys, rejoin
from magadvise.names.route_read import RouteRead, checked, stated_route
from magadvise.names.sides import unsure_note
from magadvise.names.spelling import plain_spelling
from magadvise.names.walk import walk
from magadvise.record import Record
from magadvise.rules.names import nfkc, normalize

# Patterns kept as text are compiled on first use (re's own cache): most runs never need them.
_BRACKETED = r"([\[({])([^\[\](){}]*)[\])}]"
_OPENERS = frozenset("([{")
_FIRST_NUMBER = r"(?<![\w.])\d"  # a number standing alone: "15 mL", not "B12"
_AS_SALT = r"(?i)\s*as\s+[^\W\d_]"  # "(as oxide)", "(as citrate)"
__all__ = [
    "Parsed",
    "Part",
    "bare_key",
    "directions_only",
    "name_keys",
    "parse",
    "read_directions",
]


class Parsed(Record):
    """A typed medicine read into parts. ``route`` is ``oral`` unless the text says otherwise."""

    text: str
    parts: tuple[Part, ...]
    named: tuple[str, ...] = ()  # name and release words in order ("toprol", "xl")
    release: str | None = None
    dose_form: str | None = None
    route: str = forms.ORAL
    route_stated: bool = False
    route_note: str | None = None  # how an ambiguous route was read (names.route_read)
    frequency: tuple[str, ...] = ()
    brand: str | None = None
    also_named: tuple[str, ...] = ()
    pack: str | None = None
    directions: tuple[str, ...] = ()  # "2 tablets", "for 7 days", "for pain", "with water"
    times: tuple[str, ...] = ()  # clock times written with it ("8 am" -> "08:00")
    reason: tuple[str, ...] = ()  # the words of a reason not in the table ("for lyme")
    status: str | None = None  # "stopped", "on hold", "not taking": typed beside it (names.label)
    written: str = ""  # the name as typed before its directions, when directions follow it
    salt_as: str | None = None  # "oxide" of "magnesium (as oxide) 250 mg": the amount is Mg's
    trail: tuple[tuple[str, str], ...] = ()  # what was read, in order (names.walk.Builder.trail)
    unread: tuple[str, ...] = ()  # numbers and bracketed text nothing read ("8/20", "(2)")

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
            route_note=None,
            frequency=(),
            directions=(),
            times=(),
            status=None,
            trail=(),
            unread=(),
        )

    def keys(self) -> list[str]:
        """Keys for the whole product, most literal first (``Toprol XL`` before ``toprol``)."""
        words = tuple(w for p in self.parts for w in p.words)
        keys = list(self.literal_keys())
        # The name as typed before its directions, joining words and forms kept: "Caltrate
        # 600+D3 Plus Minerals" of "... bid", "multivitamin with minerals" of "... 1 tab daily".
        written = normalize(self.written) if self.written else ""
        lead = self._lead()
        if lead is not None and written and set(written.split()) < set(lead.split()):
            keys.append(lead)  # "Pepcid AC 10mg": "AC" read as "before meals" left "Pepcid"
        keys += [written] if written else []
        given = [p.strength for p in self.parts if p.strength is not None]
        if len(given) == 1:  # a brand with a number in it: Mag-Ox 400, B-12, Tylenol 3
            # before the name alone: "Tylenol 3 q6h" is Tylenol with codeine, not Tylenol
            keys.append(" ".join((*words, given[0].amounts[0])))
            if words and "-" in self.text:
                keys.append(" ".join((*words[:-1], words[-1] + given[0].amounts[0])))
        if lead is not None:  # "Dulcolax Liquid 15 mL": the name with its form, before the name
            keys.append(lead)
        keys.append(" ".join(self.named))
        if any(p.hyphen for p in self.parts):  # Epi-Pen as the rules spell it: EpiPen
            keys.append(glued(self.parts))
        # One ingredient: also without filler words and salts. Several: only as written, since
        # dropping "magnesium" from "magnesium + vitamin D" would leave another medicine's name
        # and lose the magnesium; each ingredient is looked up on its own after that.
        keys += name_keys(words) if len(self.parts) == 1 else [" ".join(words)]
        return [k for k in dict.fromkeys(keys) if k]

    def _lead(self) -> str | None:
        """The words typed before the first number when they are the name and a form word
        (``Dulcolax Liquid`` of ``Dulcolax Liquid 15 mL``): a product named by its form, which
        the name alone may not be (a line name covering products of other forms). None when
        they are no more than the name's own words."""
        number = re.search(_FIRST_NUMBER, self.text)
        if number is None:
            return None
        lead = normalize(_outside_brackets(self.text[: number.start()]))
        named = set(" ".join(self.named).split())
        return lead if named and set(lead.split()) > named else None

    def reason_keys(self) -> list[str]:
        """Each run of up to three words of the reason after "for" that the table does not
        list: a name the rules know among them means they name a medicine, not a reason."""
        w = self.reason
        return [
            " ".join(w[a:b]) for a in range(len(w)) for b in range(a + 1, min(a + 3, len(w)) + 1)
        ]

    def bare(self) -> str:
        """The plainest key of the whole text, for "did you mean"."""
        return bare_key(tuple(w for p in self.parts for w in p.words)) or normalize(self.text)

    def joined(self, known: Callable[[Part], bool] | None = None) -> Parsed:
        """This reading with hyphenated words made whole again (``Mag + Ox 400`` ->
        ``Mag-Ox 400``): for a name the rules know as one name, not as ingredients. With
        ``known``, only where it is true of the whole (``Slow-Mag and Rolaids``: two names)."""
        parts: list[Part] = []
        for part in self.parts:
            if part.hyphen and parts:
                last = parts[-1]
                strength = rejoin(last.strength, part.strength)
                whole = Part(f"{last.text}-{part.text}", last.words + part.words, strength)
                if known is None or known(whole):
                    parts[-1] = whole
                    continue
            parts.append(part)
        return self._replace(parts=tuple(parts))

    def alternatives(self) -> list[Parsed]:
        """The brand in brackets and names in parentheses, each parsed on its own."""
        texts = [*self.also_named, *([self.brand] if self.brand else [])]
        return [p for p in (_parse_flat(t) for t in texts) if p.parts]


def _outside_brackets(text: str) -> str:
    while True:
        stripped = re.sub(_BRACKETED, " ", text)
        if stripped == text:
            return text
        text = stripped


def _parse_flat(text: str, reasons: bool = True) -> Parsed:
    """Parse text with no brackets left in it (read once: a list reads each line's directions
    before its names; a :class:`Parsed` is immutable)."""
    return _read_flat(text, reasons)


@lru_cache(maxsize=512)
def _read_flat(text: str, reasons: bool) -> Parsed:
    tokens = lex(text)
    b = walk(text, tokens, reasons)
    found = b.found
    forms_seen = [forms.DOSE_FORMS[f] for f in found["form"]]
    local = [r for _, r in forms_seen]
    read = stated_route(found["route"], local, found["place"], found["instruction"])
    parts = tuple(b.build())
    read = checked(read, [p.strength for p in parts], any(local))
    if read.note is None and not read.stated:  # "1 drop OD": once a day, by mouth
        read = read._replace(note=unsure_note(text, tokens, b.sides))
    return Parsed(
        text=text,
        parts=parts,
        named=tuple(b.named),
        release=forms.RELEASE[found["release"][0]] if found["release"] else None,
        dose_form=forms_seen[0][0] if forms_seen else None,
        route=read.route,
        route_stated=read.stated,
        route_note=read.note,
        frequency=tuple(dict.fromkeys(found["frequency"])),
        pack=b.pack,
        reason=tuple(b.reason),
        directions=tuple(dict.fromkeys(found["instruction"])),
        times=tuple(sorted(set(found["time"]))),
        status=found["status"][0] if found["status"] else None,
        written=b.written(),
        trail=tuple(b.trail),
        unread=tuple(b.unread()),
    )


def _directions_in_brackets(main: Parsed, other: Parsed) -> Parsed:
    """``main`` with what a bracket that names nothing says: its directions read in order after
    the line's (``Slow-Mag 1 tab PRN (max 3 daily)``: the most a day is counted as written
    outside brackets), or, when nothing in it is read (``Mag-Ox 400 (2)``), its text as not
    read. A bracket that names something is read on its own (see :func:`parse`)."""
    if other.parts:
        return main
    said = (other.frequency, other.directions, other.times, other.status, other.dose_form)
    if not any(said) and not other.release and not other.route_stated:
        return main._replace(unread=(*main.unread, *other.unread, other.text.strip()))
    return main._replace(trail=(*main.trail, *other.trail), unread=(*main.unread, *other.unread))


def directions_only(text: str) -> bool:
    """True when ``text`` names no medicine but gives directions (``take 1 tab by mouth
    daily``): in a list, the directions of the medicine on the line before."""
    flat = _parse_flat(nfkc(text))
    return not flat.parts and bool(flat.frequency or flat.directions or flat.times)


def read_directions(text: str) -> Parsed:
    """Directions written apart from any name (a health record's dosage text, ``Take 2 tablets
    twice daily``): their frequency, counts and times; any word left is kept as a part."""
    return _parse_flat(nfkc(text))


def parse(text: str, reasons: bool = True) -> Parsed:
    """Read ``text`` into its parts; never fails (an empty reading has no parts).

    ``reasons``: read words after "for" that the table of reasons does not list as a reason
    (``doxycycline for lyme``); False reads them as part of the name, for when they are one.
    """
    clean = nfkc(plain_spelling(text))
    clean = clean.replace("\u2044", "/")  # NFKC writes ½ as 1⁄2
    clean = without_kidney_labs(clean)  # "Cr 3.1": a lab value, not the release word CR
    brand: str | None = None
    salt: str | None = None
    also: list[str] = []
    outside = clean
    while True:
        match = None if _OPENERS.isdisjoint(outside) else re.search(_BRACKETED, outside)
        if match is None:
            break
        inner = match.group(2).strip()
        if normalize(inner) in sig_words.REASONS:  # "(blood thinner)": what it is for, not a name
            inner = f"for {inner}"
        elif re.match(_AS_SALT, inner):  # "magnesium (as oxide) 250 mg": the salt it comes as;
            salt, inner = inner.split(None, 1)[1], ""  # labels give the element's amount
        if inner:
            if match.group(1) == "[" and brand is None:
                brand = inner
            else:
                also.append(inner)
        outside = outside[: match.start()] + " " + outside[match.end() :]
    main = _parse_flat(outside, reasons)
    if not main.parts:  # every word was a table word ("INH"): none of them is trusted
        main = main.as_name()
        inner_parsed = [p for p in (_parse_flat(a) for a in also) if p.parts]
        if inner_parsed:  # "{28 (norethindrone 0.35 MG Oral Tablet) } Pack [Camila]"
            main, also = inner_parsed[0], [a for a in also if a != inner_parsed[0].text]
    for other in (_parse_flat(a) for a in also):
        main = _directions_in_brackets(main, other)
        if not main.route_stated and other.route_stated:
            read = checked(RouteRead(other.route, True), [p.strength for p in main.parts])
            main = main._replace(route=read.route, route_stated=read.stated, route_note=read.note)
        main = main._replace(route_note=main.route_note or other.route_note)
        main = main._replace(
            dose_form=main.dose_form or other.dose_form,
            release=main.release or other.release,
            frequency=main.frequency or other.frequency,
            directions=main.directions or other.directions,
            status=main.status or other.status,
        )
    return main._replace(text=clean.strip(), brand=brand, also_named=tuple(also), salt_as=salt)
