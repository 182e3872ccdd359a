"""The letters-shared bound (advice.close_names.reachable) keeps every name rapidfuzz would
suggest: "did you mean" is the same with and without it, for typos of real names and noise."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from magadvise.advice.close_names import reachable
from magadvise.advice.medications import MIN_SCORE
from magadvise.rules.load import load_rules


def slips(name: str, rng: random.Random) -> list[str]:
    """A letter dropped, doubled, swapped and replaced, somewhere in ``name``."""
    i = rng.randrange(len(name))
    j = min(i + 1, len(name) - 1)
    swapped = name[:i] + name[j] + name[i] + name[j + 1 :] if j > i else name
    other = rng.choice("aeiourstnlmk")
    return [name[:i] + name[i + 1 :], name[:i] + name[i] + name[i:], swapped,
            name[:i] + other + name[i + 1 :]]  # fmt: skip


def test_the_bound_never_drops_a_name_rapidfuzz_would_suggest() -> None:
    names = list(load_rules(None, False, False).medications.names)
    rng = random.Random(12)
    keys = [typo for name in rng.sample(names, 150) for typo in slips(name, rng)]
    keys += ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(rng.randint(2, 14)))
             for _ in range(100)]  # fmt: skip
    keys += ["spinraza", "nuun", "zz", "a", "mg", "magnesium oxyde"]
    suggested = 0
    for key in keys:
        everything = process.extract(key, names, scorer=fuzz.ratio, limit=9, score_cutoff=MIN_SCORE)
        bounded = process.extract(
            key,
            reachable(key, names, MIN_SCORE),
            scorer=fuzz.ratio,
            limit=9,
            score_cutoff=MIN_SCORE,
        )
        assert [(n, s) for n, s, _ in everything] == [(n, s) for n, s, _ in bounded], key
        suggested += bool(everything)
    assert suggested > 500  # the typos were near their names: the check compared real lists


def test_the_bound_drops_names_sharing_too_few_letters() -> None:
    assert reachable("spinraza", ["spironolactone", "sapropterin", "spinraza"], 75) == ["spinraza"]
    assert reachable("furosmide", ["furosemide", "frusemide", "fluoxetine"], 75) == [
        "furosemide",
        "frusemide",
    ]
