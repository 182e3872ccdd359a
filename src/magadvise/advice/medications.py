"""Recognise medicines as people type them: brands, abbreviations, strengths, combinations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.brand_line import other_product
from magadvise.advice.listed_strength import with_strength
from magadvise.advice.oral_brand import as_tablets
from magadvise.names.parse import Parsed, Part, parse
from magadvise.record import Record

if TYPE_CHECKING:
    from magadvise.medlist import Entry
    from magadvise.vocab import Recognised
from magadvise.rules.model_medicines import Medication
from magadvise.rules.names import normalize
from magadvise.rules.ruleset import Rules

MIN_SCORE = 75
MIN_TYPO_LENGTH = 4  # shorter words of a reason are not checked as misspelt medicines


class Resolved(Record):
    """A typed name that matched: the product and the single medicines whose classes apply."""

    input: str
    medication: Medication
    ingredients: tuple[Medication, ...]
    parsed: Parsed | None = None
    source: str | None = None
    recognised_as: str | None = None  # set when only the drug vocabulary knew the name
    origin: Entry | None = None  # the file entry it came from (--meds-from), if any
    copies: tuple[Entry | None, ...] = ()  # the same name entered again (None: typed)
    matched_by: str = "name"  # "rxnorm": by a record's ingredient RxCUI (see advice.rxcodes)
    disagreement: str | None = None  # the record's code and text name different medicines
    unread: tuple[str, ...] = ()  # words on its line not recognised as a medicine (advice.unread)


class Unresolved(Record):
    """A typed name that matched nothing: never assessed, never reported as safe.

    ``recognised_as`` is the generic the drug vocabulary (:mod:`magadvise.vocab`) names when
    the name is a real medicine the rules have not reviewed; None for a true unknown.
    """

    input: str
    suggestions: tuple[str, ...]
    parsed: Parsed | None = None
    source: str | None = None
    recognised_as: str | None = None
    origin: Entry | None = None
    copies: tuple[Entry | None, ...] = ()
    disagreement: str | None = None
    checked_ingredients: tuple[str, ...] = ()
    """Ingredients of a vocabulary combination that the rules review, checked on their own."""


class MedicationFinder:
    """Resolves typed names against the rules' medications."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.names = rules.medications.names

    def _first(self, keys: list[str]) -> Medication | None:
        for key in keys:
            id = self.names.get(key)
            if id is not None:
                return self.rules.medications[id]
        return None

    def ingredients_of(self, medication: Medication) -> tuple[Medication, ...]:
        """The single medicines in a product (the product itself if it is not a combination)."""
        if not medication.ingredients:
            return (medication,)
        return tuple(self.rules.medications[i] for i in medication.ingredients)

    def resolve(self, text: str) -> list[Resolved | Unresolved]:
        """What ``text`` names, read by the name parser; every part is resolved or reported.

        The brand in brackets and names in parentheses are looked up too: one that names more
        of the same product (``lisinopril [Zestoretic]``) replaces the reading; one that names
        something else is kept beside it, so no caution is lost.
        """
        parsed = parse(text)
        if parsed.reason and self._names_one(parsed.reason_keys(), parsed.reason):
            parsed = parse(text, reasons=False)  # "for" then a medicine's name: not a reason
        exact = self._first([normalize(text)])  # a name in the rules as typed, whatever it holds
        if exact is not None:
            whole = self._whole(exact, parsed.as_name())
            return [
                with_strength(self.rules, Resolved(text, exact, self.ingredients_of(exact), whole))
            ]
        found = self._product(text, parsed)
        for other in parsed.alternatives():
            reading = [
                r._replace(input=other.text) if isinstance(r, Unresolved) else r
                for r in self._product(text, other, parsed)
            ]
            from magadvise.advice.bracketed import merge  # only for text in brackets
            from magadvise.advice.salt_clash import with_salt_clash

            outside = " ".join(part.text for part in parsed.parts)
            merged = merge(found, reading, len(parsed.parts), (text, outside))
            found = with_salt_clash(
                self.rules, merged, text, ((outside, found), (other.text, reading))
            )
        if not found:
            found = [Unresolved(text, self.suggestions(text), parsed)]
        readings = [
            reading
            for r in found
            for reading in (
                self._vocabulary(r)
                if isinstance(r, Unresolved)
                else [with_strength(self.rules, t) for t in as_tablets(self.rules, r)]
            )
        ]
        others = tuple(r.input for r in readings if isinstance(r, Unresolved))
        return [r._replace(unread=others) if isinstance(r, Resolved) else r for r in readings]

    def _names_one(self, keys: list[str], words: tuple[str, ...] = ()) -> bool:
        """True when the rules or the drug vocabulary know one of ``keys`` as a medicine, or
        one of ``words`` is close to a name in the rules (a misspelt medicine after a reason,
        "for afib metforminn", is named as not assessed, never kept as the reason's text)."""
        from magadvise import vocab

        if self._first(keys) is not None or vocab.recognise(keys) is not None:
            return True
        return any(self._suggest(word, 1) for word in words if len(word) >= MIN_TYPO_LENGTH)

    def _vocabulary(self, item: Unresolved) -> list[Resolved | Unresolved]:
        """A name the rules do not know, as the drug vocabulary reads it.

        A brand or synonym of a generic the rules review resolves to it (marked, so the output
        says how it was matched), unless the name is also close to a name in the rules: the
        vocabulary lists misspellings too, and a probable typo is never assessed on a guess.
        A combination the rules do not hold as a product (``Pylera``: bismuth subcitrate,
        metronidazole and tetracycline) gives each ingredient the rules review with its
        cautions (they feed the timing plan and withholds), marked as read by the vocabulary,
        and the product itself stays not assessed, naming the ingredients checked: a caution
        the rules hold is never lost, and a product not reviewed (its other ingredients, its
        salts) is never passed as checked. Any other real medicine stays unresolved,
        recognised as its generic. Only reached for names the rules do not know.
        """
        found = vocabulary_reading(item.input)
        if found is None:
            return [item]
        reading = self._product(found.generic, parse(found.generic))
        known = [
            Resolved(
                item.input,
                r.medication,
                r.ingredients,
                item.parsed,
                item.source,
                recognised_as=found.generic,
            )
            for r in reading
            if isinstance(r, Resolved)
        ]
        if len(reading) == 1 and known:  # one generic (or a combination) the rules review
            return [item] if item.suggestions else list(known)  # a near typo: never a guess
        checked = tuple(dict.fromkeys(k.medication.name for k in known))
        return [*known, item._replace(recognised_as=found.generic, checked_ingredients=checked)]

    def _product(
        self, text: str, parsed: Parsed, shown: Parsed | None = None
    ) -> list[Resolved | Unresolved]:
        """``parsed`` as one product, else ingredient by ingredient (a combination)."""
        shown = shown or parsed
        if not parsed.parts:
            return []
        candidates = parsed.keys()
        for key in candidates:
            found = self._first([key])
            if found is not None and not other_product(self.rules, found, key, parsed):
                literal = key in shown.literal_keys()  # every word of the line was the name
                named = shown.as_name()._replace(unread=shown.unread)  # "(2)" beside it: unread
                reading = self._whole(found, named if literal else shown)
                return [Resolved(text, found, self.ingredients_of(found), reading)]
        if len(parsed.parts) < 2:
            return [Unresolved(text, self._suggest(parsed.bare()), shown)]
        parts = parsed.joined(lambda whole: self._first(whole.keys()) is not None).parts
        matched = _distinct([(part, self._first(part.keys())) for part in parts])
        if len(matched) == 1 and matched[0][1] is not None:  # one ingredient, in two salts
            return [Resolved(text, matched[0][1], self.ingredients_of(matched[0][1]), shown)]
        singles = [m for _, m in matched if m is not None]
        if not singles:
            return [Unresolved(text, self._suggest(parsed.bare()), shown)]
        results: list[Resolved | Unresolved] = []
        ingredients = tuple(dict.fromkeys(i for m in singles for i in self.ingredients_of(m)))
        product_id = self.rules.combination(i.id for i in ingredients)
        if product_id is not None and len(singles) == len(matched):
            results.append(Resolved(text, self.rules.medications[product_id], ingredients, shown))
        else:
            results.extend(
                Resolved(part.text, m, self.ingredients_of(m), shown) for part, m in matched if m
            )
        results.extend(
            Unresolved(part.text, self._suggest(part.bare()), shown)
            for part, m in matched
            if m is None
        )
        return results

    def _whole(self, found: Medication, reading: Parsed) -> Parsed:
        """How a name found whole is shown: hyphenated words as one name (``Mag-Ox 400``,
        ``Co-amoxiclav``), unless each hyphenated part is one of its ingredients
        (``lisinopril-HCTZ``)."""
        if not any(p.hyphen for p in reading.parts):
            return reading
        mine = {i.id for i in self.ingredients_of(found)}
        parts = [self._first(p.keys()) for p in reading.parts]
        if len(mine) > 1 and all(m is not None and m.id in mine for m in parts):
            return reading
        return reading.joined()

    def suggestions(self, text: str, limit: int = 3) -> tuple[str, ...]:
        """Close names for a misspelling of ``text``, for "did you mean" (never a guess)."""
        return self._suggest(parse(text).bare(), limit)

    def _suggest(self, key: str, limit: int = 3) -> tuple[str, ...]:
        """Close names for the lookup key ``key`` (see ``suggestions``).

        Candidates come from the name index (names sharing the first or the last half of what
        was typed, see ``rules.nameindex``), so ten typos in a 100,000-medicine formulary read
        a few small chunks each instead of every name; rapidfuzz ranks them (a few thousand
        candidates at most, where difflib would take ten times as long).
        """
        if not key:
            return ()
        from magadvise.advice.close_names import any_reachable

        near = getattr(self.names, "near", None)
        candidates = near(key) if near is not None else list(self.names)
        if not any_reachable(key, candidates, MIN_SCORE):
            return ()
        from rapidfuzz import fuzz, process

        close = process.extract(
            key, candidates, scorer=fuzz.ratio, limit=limit * 3, score_cutoff=MIN_SCORE
        )
        shown: dict[str, str] = {}
        for name, _score, _ in close:
            id, spelling = self._spelled(name)
            if id not in shown:
                shown[id] = spelling
                if len(shown) == limit:
                    break
        return tuple(shown.values())

    def _spelled(self, key: str) -> tuple[str, str]:
        """The id answering to ``key`` and the name as the rules spell it (``Lasix``).

        From the name index where it keeps spellings (the cache's: no medication is read),
        except for a name that is only the id, shown as the display name.
        """
        spelled = getattr(self.names, "spelled", None)
        found = spelled(key) if spelled is not None else None
        if found is None:
            id = self.names[key]
            return id, self._display(id, key)
        id, spelling = found
        if spelling == id.replace("-", " "):  # the id itself: show the display name
            return id, self._display(id, key)
        return id, spelling

    def _display(self, id: str, key: str) -> str:
        """The name as the rules spell it (``Lasix``, not ``lasix``), from the medication."""
        medication = self.rules.medications[id]
        for name in (medication.name, *medication.brands, *medication.aliases):
            if normalize(name) == key:
                return name
        return medication.name


def vocabulary_reading(text: str) -> Recognised | None:
    """What the drug vocabulary says ``text`` is (whole, then by the parser's keys), or None."""
    from magadvise import vocab

    return vocab.recognise([normalize(text), *parse(text, reasons=False).keys()])


def _distinct(
    matched: list[tuple[Part, Medication | None]],
) -> list[tuple[Part, Medication | None]]:
    """Parts naming a medicine already named (two salts of one drug) counted once."""
    seen: set[str] = set()
    out = []
    for part, medication in matched:
        key = medication.id if medication is not None else part.bare()
        if key not in seen:
            seen.add(key)
            out.append((part, medication))
    return out
