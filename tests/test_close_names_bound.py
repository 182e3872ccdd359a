"""The letters-shared bound (advice.close_names.reachable) keeps every name rapidfuzz would
suggest: "did you mean" is the same with and without it, for typos of real names and noise."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from magadvise.advice.close_names import any_reachable
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
    suggested = unreachable = 0
    for key in keys:
        everything = process.extract(key, names, scorer=fuzz.ratio, limit=9, score_cutoff=MIN_SCORE)
        if everything:  # a name would be suggested: the bound must say one may be
            assert any_reachable(key, names, MIN_SCORE), key
        suggested += bool(everything)
        unreachable += not any_reachable(key, names, MIN_SCORE)
    assert suggested > 500  # the typos were near their names: the check compared real lists
    assert unreachable > 50  # and the noise was often near nothing: the bound did drop some


def test_the_bound_drops_names_sharing_too_few_letters() -> None:
    assert not any_reachable("spinraza", ["spironolactone", "sapropterin"], 75)
    assert any_reachable("spinraza", ["spironolactone", "spinraza"], 75)
    assert any_reachable("furosmide", ["fluoxetine", "frusemide"], 75)
    assert not any_reachable("furosmide", ["fluoxetine"], 75)
