"""One ingredient of a typed medicine, and the keys it is looked up by (see names.parse)."""

from __future__ import annotations

from magadvise.names import instructions
from magadvise.names.lex import Strength, Token
from magadvise.record import Record


class Part(Record):
    """One ingredient as typed: its name words (salts included) and its strength."""

    text: str
    words: tuple[str, ...]
    strength: Strength | None = None
    hyphen: bool = False  # joined to the part before by a hyphen with no space: "Mag-Ox"

    def keys(self) -> list[str]:
        """Lookup keys, most literal first."""
        return name_keys(self.words)

    def bare(self) -> str:
        """The plainest key, for "did you mean"."""
        return bare_key(self.words)


def _plain_keys(words: tuple[str, ...]) -> list[str]:
    """As typed, without filler words, then without salts (never down to nothing)."""
    meaningful = [w for w in words if w not in instructions.FILLER] or list(words)
    candidates = [" ".join(words), " ".join(meaningful)]
    named = _without_audience(meaningful)
    if named:  # "Children's Motrin", "Infants' Tylenol": the medicine's own name
        meaningful = named
        candidates.append(" ".join(meaningful))
    without_salts = [w for w in meaningful if w not in instructions.SALTS]
    if without_salts:
        candidates.append(" ".join(without_salts))
    return [k for k in dict.fromkeys(candidates) if k]


def _without_audience(words: list[str]) -> list[str]:
    """``words`` without the words before the name that say who the product is for
    (``Children's Motrin``); one written after it (``Mucinex for Kids``) names another
    product of the line, and stays."""
    at = 0
    while at < len(words) and words[at] in instructions.FOR_CHILDREN:
        at += 1
    return words[at:]


def _spelled(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` with formulas (``MgSO4``) and, after the first word, shortened salts
    (``carb``, ``acet``: :data:`magadvise.names.instructions.SALT_SHORT`) spelled out."""
    out = [instructions.FORMULAS.get(w, w) for w in words[:1]]
    out += [instructions.FORMULAS.get(w) or instructions.SALT_SHORT.get(w, w) for w in words[1:]]
    return tuple(" ".join(out).split())


def name_keys(words: tuple[str, ...]) -> list[str]:
    """``("alendronic", "acid")`` -> ``["alendronic acid", "alendronate"]``; salts dropped last."""
    candidates = _plain_keys(words)
    if len(words) > 1 and words[0] in instructions.BRAND_PREFIXES:  # Solu-Medrol: Medrol
        candidates += _plain_keys(words[1:])
    spelled = _spelled(words)
    if spelled != words:  # MgSO4: magnesium sulfate
        candidates += _plain_keys(spelled)
    acid, salt = instructions.ACID_SUFFIX
    for key in list(candidates):
        if key.endswith(acid) and len(key) > len(acid) + 2:
            candidates.append(key[: -len(acid)] + salt)
    return list(dict.fromkeys(candidates))


def bare_key(words: tuple[str, ...]) -> str:
    """The plainest key (no filler, no salts): what "did you mean" compares."""
    keys = _plain_keys(words)
    return keys[-1] if keys else ""


def rejoin(first: Strength | None, second: Strength | None) -> Strength | None:
    """Two parts' strengths as one again (``co`` 30 + ``codamol`` 500 -> 30/500)."""
    if first is None or second is None:
        return first or second
    return Strength(first.amounts + second.amounts, second.unit or first.unit)


def spread(parts: list[Part]) -> list[Part]:
    """``lisinopril/HCTZ 20-12.5``: one strength per ingredient, in the order typed."""
    given = [p.strength for p in parts if p.strength is not None]
    if len(parts) > 1 and len(given) == 1 and len(given[0].amounts) == len(parts):
        combined = given[0]
        return [
            p._replace(strength=Strength((a,), combined.unit))
            for p, a in zip(parts, combined.amounts, strict=True)
        ]
    return parts


def glued(parts: tuple[Part, ...]) -> str:
    """The name words with each hyphenated pair written as one word (``epi pen`` -> ``epipen``)."""
    out: list[str] = []
    for part in parts:
        if part.hyphen and out and part.words:
            out[-1] += part.words[0]
            out.extend(part.words[1:])
        else:
            out.extend(part.words)
    return " ".join(out)


def tight(tokens: list[Token], i: int, then: str = "word") -> bool:
    """True when the symbol at ``i`` sits between a word and a ``then`` token (a word, or a
    number) with no space: ``Mag-Ox``, ``B-12``."""
    if i < 1 or i + 1 >= len(tokens):
        return False
    before, at, after = tokens[i - 1], tokens[i], tokens[i + 1]
    return (
        before.kind == "word"
        and after.kind == then
        and before.end == at.start
        and at.end == after.start
    )
