"""Recognise medicines as people type them: brands, abbreviations, strengths, combinations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from magadvise.rules.model import Medication
from magadvise.rules.names import normalize
from magadvise.rules.ruleset import Rules

_STRENGTH = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|g|ml|meq|mmol|iu|units?|%)?"
    r"(?:\s*/\s*\d*(?:[.,]\d+)?\s*(?:ml|l|tab|tablet|dose|h|hr|hours?))?(?=\s|$)"
)
_FORM_WORDS = frozenset(
    """
    er xr xl sr cr la dr ir cd xt odt ec ds es tr pr
    extended delayed sustained controlled modified immediate release
    tablet tablets tab tabs capsule capsules cap caps oral solution suspension liquid
    injection injectable inj iv im po daily once twice tid bid qd
    succinate tartrate hydrochloride hcl hydrobromide hbr sodium potassium calcium magnesium
    besylate maleate mesylate fumarate medoxomil cilexetil hyclate monohydrate dihydrate
    trihydrate anhydrous acetate phosphate sulfate sulphate bromide axetil disodium dipotassium
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_COMBINATION = re.compile(r"\s*(?:/|\+|&|,|\band\b|\bwith\b|(?<=\w)-(?=\w))\s*", re.IGNORECASE)
MIN_SCORE = 75


@dataclass(frozen=True)
class Resolved:
    """A typed name that matched: the product and the single medicines whose classes apply."""

    input: str
    medication: Medication
    ingredients: tuple[Medication, ...]


@dataclass(frozen=True)
class Unresolved:
    """A typed name that matched nothing: never assessed, never reported as safe."""

    input: str
    suggestions: tuple[str, ...]


def _variants(text: str) -> list[str]:
    """Comparison keys to try, most literal first."""
    key = normalize(text)
    without_strength = normalize(_STRENGTH.sub(" ", key))
    words = [w for w in without_strength.split(" ") if w not in _FORM_WORDS]
    bare = " ".join(words)
    return [k for k in dict.fromkeys((key, without_strength, bare)) if k]


class MedicationFinder:
    """Resolves typed names against the rules' medications."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.names = rules.medications.names

    def _exact(self, text: str) -> Medication | None:
        for key in _variants(text):
            id = self.names.get(key)
            if id is not None:
                return self.rules.medications[id]
        return None

    def ingredients_of(self, medication: Medication) -> tuple[Medication, ...]:
        """The single medicines in a product (the product itself if it is not a combination)."""
        if not medication.ingredients:
            return (medication,)
        return tuple(self.rules.medications[i] for i in medication.ingredients)

    @cached_property
    def _combinations(self) -> dict[frozenset[str], str]:
        return {frozenset(m.ingredients): m.id for m in self.rules.medications if m.ingredients}

    def resolve(self, text: str) -> list[Resolved | Unresolved]:
        """What ``text`` names; a combination typed by its ingredients resolves each part."""
        found = self._exact(text)
        if found is not None:
            return [Resolved(text, found, self.ingredients_of(found))]
        parts = [p for p in _COMBINATION.split(text) if p and p.strip()]
        if len(parts) < 2:
            return [Unresolved(text, self.suggestions(text))]
        matched = [(part, self._exact(part)) for part in parts]
        singles = [m for _, m in matched if m is not None]
        if not singles:
            return [Unresolved(text, self.suggestions(text))]
        results: list[Resolved | Unresolved] = []
        ingredients = tuple(dict.fromkeys(i for m in singles for i in self.ingredients_of(m)))
        product_id = self._combinations.get(frozenset(i.id for i in ingredients))
        if product_id is not None and len(singles) == len(parts):
            results.append(Resolved(text, self.rules.medications[product_id], ingredients))
        else:
            results.extend(Resolved(part, m, self.ingredients_of(m)) for part, m in matched if m)
        results.extend(Unresolved(part, self.suggestions(part)) for part, m in matched if m is None)
        return results

    def suggestions(self, text: str, limit: int = 3) -> tuple[str, ...]:
        """Close names for a misspelling, for "did you mean" (never used as a guess).

        Names sharing the first two letters, then the first letter, are searched first (most
        typos keep them), with difflib; only if none is close does rapidfuzz search every name,
        so a large formulary's typical miss reads one or two prefix shards, not every name.
        """
        keys = _variants(text)
        if not keys:
            return ()
        key = keys[-1]
        import difflib

        close: list[str] = []
        for start in dict.fromkeys((key[:2], key[:1])):
            candidates = self._same_start(start)
            close = difflib.get_close_matches(key, candidates, n=limit * 3, cutoff=MIN_SCORE / 100)
            if close:
                break
        if not close:
            from rapidfuzz import fuzz, process

            hits = process.extract(
                key, list(self.names), scorer=fuzz.ratio, limit=limit * 3, score_cutoff=MIN_SCORE
            )
            close = [name for name, _score, _ in hits]
        shown: dict[str, str] = {}
        for name in close:
            id = self.names[name]
            if id not in shown:
                shown[id] = self._display(id, name)
        return tuple(list(shown.values())[:limit])

    def _same_start(self, start: str) -> list[str]:
        """Normalized names that begin with ``start``."""
        starting_with = getattr(self.names, "starting_with", None)
        found = starting_with(start) if starting_with is not None else None
        if found is not None:
            return [normalize(display) for display, _id in found]
        return [name for name in self.names if name.startswith(start)]

    def _display(self, id: str, key: str) -> str:
        """The name as the rules spell it (``Lasix``, not ``lasix``)."""
        medication = self.rules.medications[id]
        for name in (medication.name, *medication.brands, *medication.aliases):
            if normalize(name) == key:
                return name
        return medication.name
