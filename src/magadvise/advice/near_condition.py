"""A text not read whose words are a near miss of a condition's: ``CDK stage 4``, ``pregant``.

``--condition "CDK stage 4"`` is refused with "did you mean 'ckd stage 4'?", but the same words
on a list or as a record's Condition were only NOT ASSESSED, and a full dose was printed beside
a misspelt kidney disease, dialysis, pregnancy, myasthenia or heart block. Near misses that keep
a screened word intact (``renal failiure``, ``dialisis``) were already caught by the kidney
screen (:mod:`magadvise.advice.kidney_words`); these are the ones that keep none.

:func:`near_condition` is asked only about a text nothing read (not a medicine the rules or the
drug vocabulary know, not a condition, not screened), and answers when one of its words is close
to a distinctive word of a rules condition that withholds or caps the dose (its id and aliases;
``chronic``, ``disease``, ``heart`` and other common words are not enough alone) or to a kidney
or dialysis word of the screen:

- a word of 5 letters or more within 1 edit (a letter added, dropped, changed, or two side by
  side swapped) of a word of up to 7 letters, or within 2 of a longer one (``kidny``,
  ``pregant``, ``myasthnia``, ``hemodyalisis``), with the same first letter (or the first two
  swapped): typing slips rarely change the first letter, and a name that only rhymes with a
  condition word (``Sidney``) is not taken for it; two edits off only with the first three
  letters kept or the same letters rearranged (``dyalisis``), and never ``hypo`` for ``hyper``,
  since a real word is often two edits from a long one (``neuropathy`` from nephropathy,
  ``neuritis`` from nephritis, ``hypomagnesemia`` from hypermagnesemia);
- a word of 7 letters or more that names a condition on its own, with only its first letter
  dropped or typed on a key beside it (``Regnant``, ``Oregnant``:
  :mod:`magadvise.advice.word_start`);
- an abbreviation of 3 or 4 letters that is one swap of two letters side by side from one of
  the conditions' or the screen's (``CDK`` for CKD, ``ERSD`` for ESRD, ``eGRF`` for eGFR), but
  not a swap that spells another common abbreviation (``PAD`` of APD, ``UIP`` of IUP, ``SERD``
  of ESRD) and not beside ``inhibitor`` (``CDK 4/6 inhibitor``);
- a phrase of a condition with all its words but one as written and that one within an edit
  (``heart blok``, ``av blok``, ``heart failur``).

Edit distances are rapidfuzz's (optimal string alignment, the library the "did you mean" of a
medicine uses); what the text looks like is then read by the one condition matcher
(:mod:`magadvise.advice.condition_text`) with the near word put right, so ``CDK stage 4`` is
named as 'ckd stage 4', severe kidney disease, as ``--condition`` would read it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.near_words import KIDNEY_WORDS, NOT_ALONE, NOT_SWAPS, PHRASE_ONLY
from magadvise.advice.word_start import same_start, slipped_start, tails, two_off
from magadvise.record import Record

if TYPE_CHECKING:
    from magadvise.advice.listed_conditions import ListedCondition
    from magadvise.medlist import Entry
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.ruleset import Rules

NEAR = "near-condition"
"""``Entry.withhold`` of a text not read that is a near miss of a condition that withholds the
dose (:mod:`magadvise.advice.near_gate` gives its withholder)."""

GATING = ("withhold", "cap")
"""The ``dosing.action`` of the conditions whose near misses count."""
_WORD = re.compile(r"[a-z0-9]+")


class Near(Record):
    """What a text not read looks like: the ``typed`` words, the ``meant`` text with the near
    word put right, and the ``conditions`` it would name (those that withhold first)."""

    typed: str
    meant: str
    conditions: tuple[Condition, ...]

    @property
    def capped_only(self) -> bool:
        """True when every condition it may name caps the dose (pregnancy, breastfeeding)."""
        return all(c.dosing.action == "cap" for c in self.conditions)

    def said(self) -> str:
        """``'CDK stage 4' looks like 'ckd stage 4' (Severe kidney disease ...)``."""
        return f"'{self.typed}' {self.looks()}"

    def looks(self) -> str:
        """``looks like 'ckd stage 4' (Severe kidney disease ...)``."""
        return f"looks like '{self.meant}' ({' or '.join(c.name for c in self.conditions)})"


def near_condition(rules: Rules, text: str) -> Near | None:
    """What ``text`` looks like when a word of it is a near miss of a condition's that
    withholds or caps the dose (see the module docstring); None when none is.

    The words are sought in the conditions' name index (no condition is read, as a warm
    "did you mean" reads none); a condition is read only for a word found near one of its names.
    """
    from magadvise.advice.kidney_words import folded

    words = _WORD.findall(folded(text))
    if not words:
        return None
    vocabulary = _vocabulary(rules)
    for index, meant, ids in (*_near_words(words, vocabulary), *_near_phrases(words, vocabulary)):
        fixed = " ".join([*words[:index], meant, *words[index + len(meant.split()) :]])
        conditions = _named(rules, fixed) or _gating(rules, ids)
        if conditions:
            conditions = tuple(sorted(conditions, key=lambda c: c.dosing.action != "withhold"))
            return Near(text.strip(), fixed, conditions)
    return None


def near_listed(near: Near, entry: Entry | None) -> ListedCondition:
    """A near miss of conditions that only cap the dose, counted as them on the list (the
    safer reading): ``pregant: looks like 'pregnant', counted as 'Pregnancy' ...``. The text
    stays NOT ASSESSED (``whole`` is False) until its spelling is checked."""
    from magadvise.advice.listed_conditions import LISTED, ListedCondition
    from magadvise.advice.record_facts import RecordFact
    from magadvise.medlist import Entry

    where = (entry or Entry(name=near.typed, file="--med"))._replace(name=near.typed, fact=LISTED)
    facts = tuple(
        RecordFact(
            where,
            f"{near.typed}: looks like '{near.meant}', counted as '{c.name}' until the spelling "
            "is checked (the safer reading)",
            c.id,
        )
        for c in near.conditions
    )
    return ListedCondition(facts, near.conditions, False, near.typed)


class _Vocabulary(Record):
    """The words and phrases near misses are sought among, indexed for a quick look-up."""

    targets: dict[str, tuple[str, ...]]
    """Each word of a condition's names (not :data:`NOT_ALONE`) or of the kidney screen, and the
    ids of the conditions it is a word of."""
    starts: dict[str, tuple[str, ...]]
    """The words of 5 letters or more by first letter, and by second (for the first two
    swapped)."""
    letters: dict[str, tuple[str, ...]]
    """The abbreviations of 3 or 4 letters by their letters sorted."""
    tails: dict[str, tuple[str, ...]]
    """The words of 7 letters or more that name a condition alone, by their letters after the
    first (:func:`magadvise.advice.word_start.tails`)."""
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    """Each phrase of 2 to 4 words of a condition's names, with its id, under each of its
    words (none that names magnesium: a list reads its own products)."""


_KEPT: dict[int, tuple[Rules, _Vocabulary]] = {}
"""The vocabulary built for a rules object (by its id; the rules object is kept with it)."""


def _vocabulary(rules: Rules) -> _Vocabulary:
    """The words and phrases of ``rules`` to look in, built once a run from the conditions'
    name index (ids and aliases; a display name that reads as a sentence, with brackets or of
    more than 4 words, is left out: its words are ordinary ones) and the kidney screen's."""
    kept = _KEPT.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1]
    targets: dict[str, dict[str, None]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, id_ in rules.conditions.names.items():
        words = tuple(name.split())
        if len(words) > 4 or any(c in name for c in "(),"):
            continue
        for word in words:
            if word not in NOT_ALONE and word.isalpha() and len(word) >= 3:
                targets.setdefault(word, {})[id_] = None
        if len(words) >= 2 and "magnesium" not in words:
            for word in dict.fromkeys(words):
                phrases.setdefault(word, []).append((words, id_))
    known = set(rules.conditions.names.values())
    for word, id_ in KIDNEY_WORDS.items():
        if id_ in known:
            targets.setdefault(word, {})[id_] = None
    starts: dict[str, list[str]] = {}
    letters: dict[str, list[str]] = {}
    for word in targets:
        if len(word) >= 5:
            for key in dict.fromkeys(word[:2]):
                starts.setdefault(key, []).append(word)
        else:
            letters.setdefault("".join(sorted(word)), []).append(word)
    alone = (w for w in targets if w in rules.conditions.names or w in KIDNEY_WORDS)
    vocabulary = _Vocabulary(
        {k: tuple(v) for k, v in targets.items()},
        {k: tuple(v) for k, v in starts.items()},
        {k: tuple(v) for k, v in letters.items()},
        tails(alone),
        {k: tuple(v) for k, v in phrases.items()},
    )
    _KEPT[id(rules)] = (rules, vocabulary)
    return vocabulary


def _near_words(
    words: list[str], vocabulary: _Vocabulary
) -> list[tuple[int, str, tuple[str, ...]]]:
    """Each word near a target, in order: (its index, the nearest target, the target's ids)."""
    from rapidfuzz.distance import OSA

    from magadvise.advice import plain_words

    swaps = not any(w.startswith("inhibitor") for w in words)
    out = []
    for index, word in enumerate(words):
        if not word.isalpha() or len(word) < 3 or word in plain_words.PLAIN:
            continue
        best: tuple[int, str] | None = None
        if len(word) >= 5:
            for target in vocabulary.starts.get(word[0], ()):
                most = 1 if len(target) <= 7 else 2
                if abs(len(word) - len(target)) > most or not same_start(word, target):
                    continue
                distance = OSA.distance(word, target, score_cutoff=most)
                if distance == 2 and not two_off(word, target):
                    continue
                if distance <= most and (best is None or distance < best[0]):
                    best = (distance, target)
            slipped = slipped_start(word, vocabulary.tails) if best is None else None
            best = (1, slipped) if slipped is not None else best  # "regnant", "oregnant"
        elif swaps and word not in NOT_SWAPS:
            for target in vocabulary.letters.get("".join(sorted(word)), ()):
                if OSA.distance(word, target) == 1:
                    best = (1, target)
        if best is not None:
            out.append((index, best[1], vocabulary.targets[best[1]]))
    return out


def _near_phrases(
    words: list[str], vocabulary: _Vocabulary
) -> list[tuple[int, str, tuple[str, ...]]]:
    """Each run of words that is a condition's phrase with one word of 4 letters or more one
    edit off, or as written when it holds a word of :data:`PHRASE_ONLY` (not near-missed alone):
    (the index where it starts, the phrase, the condition's id)."""
    from rapidfuzz.distance import OSA

    out: list[tuple[int, str, tuple[str, ...]]] = []
    candidates = dict.fromkeys(p for w in words for p in vocabulary.phrases.get(w, ()))
    for phrase, id_ in candidates:
        for start in range(len(words) - len(phrase) + 1):
            window = words[start : start + len(phrase)]
            off = [(w, p) for w, p in zip(window, phrase, strict=True) if w != p]
            if len(off) > 1:
                continue
            word, meant = off[0] if off else ("", "")
            if (not off and PHRASE_ONLY.intersection(phrase)) or (  # "No morning sickness"
                len(word) >= 4 and same_start(word, meant) and OSA.distance(word, meant) == 1
            ):
                out.append((start, " ".join(phrase), (id_,)))
    return out


def _named(rules: Rules, text: str) -> tuple[Condition, ...]:
    """The gating conditions the one condition matcher reads in ``text`` (none on a usage
    error: a kidney-function number alone)."""
    from magadvise.advice.condition_text import named_conditions
    from magadvise.errors import UsageError

    try:
        found = named_conditions(rules, text)
    except UsageError:
        return ()
    return tuple(c for c in found if c.dosing.action in GATING)


def _gating(rules: Rules, ids: tuple[str, ...]) -> tuple[Condition, ...]:
    """The conditions of ``ids`` that withhold or cap the dose."""
    found = (rules.conditions.get(id_) for id_ in ids)
    return tuple(c for c in found if c is not None and c.dosing.action in GATING)
