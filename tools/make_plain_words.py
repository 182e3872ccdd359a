"""Print the common English words the near-miss checks would take for a condition or a medicine.

The output is the body of ``PLAIN`` in ``src/magadvise/advice/plain_words.py``. Run from the
repository root with wordfreq installed (``pip install wordfreq==3.1.1``; a tool of this
script only, not a dependency of magadvise)::

    python tools/make_plain_words.py > /tmp/plain.txt

A word is listed when it is among wordfreq's English words with a Zipf frequency of at least
``ZIPF`` (about once in 300,000 words of running text, or more), of 5 letters or more, all
letters, not itself a word of a condition's or medicine's names, and when either the near-miss
check of a condition (:func:`magadvise.advice.near_condition.near_condition`, as it was before
``PLAIN``) or the "did you mean" of a medicine that stops the dose answers for it alone.
"""

from __future__ import annotations

import sys

from wordfreq import top_n_list, zipf_frequency

from magadvise.advice import near_condition as near
from magadvise.advice import plain_words
from magadvise.advice.medications import MedicationFinder, Unresolved
from magadvise.advice.suggested_gate import suggested_withholders
from magadvise.rules.load import load_rules

ZIPF = 2.5
SHORTEST = 5


def main() -> None:
    rules = load_rules()
    finder = MedicationFinder(rules)
    named = {w for name in rules.conditions.names for w in name.split()}
    named |= {w for name in rules.medications.names for w in name.split()}
    named |= set(near.KIDNEY_WORDS)  # the kidney screen's own words
    plain_words.PLAIN = frozenset()  # the checks as they were without it
    found = []
    for word in top_n_list("en", 200_000):
        if len(word) < SHORTEST or not word.isalpha() or not word.isascii() or word in named:
            continue
        if zipf_frequency(word, "en") < ZIPF:
            break
        hit = near.near_condition(rules, word) is not None
        if not hit:
            read = finder.resolve(word)
            unknown = [r for r in read if isinstance(r, Unresolved)]
            hit = bool(unknown) and bool(suggested_withholders(rules, unknown))
        if hit:
            found.append(word)
    print(f"{len(found)} words", file=sys.stderr)
    print(" ".join(sorted(found)))


if __name__ == "__main__":
    main()
