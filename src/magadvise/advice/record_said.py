"""A medicine's free text in a record (a note, its directions, why it was stopped), read for
what it says about the person (:mod:`magadvise.fhir.reasons` finds the texts).

Each sentence (cut at ``.``, ``;``, ``!``, ``?``, ``,`` and line ends) is read by the one
condition matcher (:func:`magadvise.advice.condition_text.read_conditions`), as a Condition's
text is: "Patient on haemodialysis MWF" counts dialysis, shown "From the record". A sentence
that is a condition or a warning, not a statement ("Hold if on dialysis", "Avoid in pregnancy",
"Do not use if pregnant": a word of :data:`CONDITIONAL` or a negation) counts no condition.

The words no condition used are screened, as the record's safety net screens an entry not read
(:mod:`magadvise.fhir.screen`), and withhold the dose (``withhold="not-read"``) when they are:

- kidney or dialysis words (the screen's kidney words; ``dialy`` anywhere in a word, so
  "intradialytic" counts), in any sentence, a conditional one too ("hold if eGFR < 30": the
  prescriber watches the kidneys);
- magnesium as a blood level ("hypomagnesaemia", "magnesium level", "high magnesium", "serum
  Mg", "Mg 1.4 mmol/L"), not a dose or a spacing ("400 mg", "separate from magnesium by 4 hours");
- dialysis access ("AV fistula L arm"), a KDIGO CKD category ("G4", "G3b", "G4A3", "A3G4";
  :mod:`magadvise.advice.kidney_category`, which also counts the stage it says), and a
  creatinine or urea with its value (``Cr 3.1``, ``Ur 30, Cr 450``; :mod:`magadvise.names.labs`),
  in any sentence;
- pregnancy words ("EDD", "LMP", "trimester", "pregnancy") in a sentence that is not
  conditional.

A text that is wholly routine kidney wordings (a check of kidney function, kidney function said to
be normal, a plain "Not on dialysis", kidney stones: :mod:`magadvise.advice.routine_kidney`),
with directions at most ("Take 1 tablet daily. Check renal function annually"), is passed over;
one that says anything else beside them ("Check renal function annually; on PD", "No CKD; PET")
is read whole, its routine wording with it, as any other text is: the routine wording's kidney
words then withhold, since what else it says may be what the safety net cannot read.

A text with none of these says nothing the advice uses (``Take 1 tablet daily``): it gives no
fact and no gap (its directions are read as the medicine's, :mod:`magadvise.fhir.dosage`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.kidney_category import ANYWHERE
from magadvise.advice.kidney_words import dialysis_access, folded, kidney_word
from magadvise.errors import UsageError

if TYPE_CHECKING:
    from magadvise.advice.record_facts import RecordFact
    from magadvise.medlist import Entry
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.ruleset import Rules

CONDITIONAL = frozenset(
    {"if", "unless", "avoid", "avoided", "contraindicated", "caution", "when", "should", "until"}
)
"""Words that make a sentence a condition or a warning, not a fact about the person."""
_PREGNANCY_STARTS = (
    "pregnan", "gestat", "antenatal", "antepartum", "trimester", "obstetric",
    "gravid", "primigrav", "multigrav", "breastfe",
)  # fmt: skip
_PREGNANCY = frozenset({"edd", "lmp", "ivf", "iup", "preg"})
_MAGNESIUM = re.compile(
    r"\b(?:hyper|hypo)magnes|\bmagnesium\s+(?:level|concentration|high|low|raised|deficien)"
    r"|\b(?:serum|blood|plasma|high|low|raised|elevated)\s+(?:mg|magnesium)\b"
    r"|\b(?:mg|magnesium)\s*[:=]?\s*\d+(?:\.\d+)?\s*mmol"  # "Mg 1.4 mmol/L": a blood level
)
_SENTENCE = re.compile(r"[.;!?,\n]+(?!\d)")
_WORD = re.compile(r"[a-z0-9+]+")


def read_said(rules: Rules, entry: Entry) -> tuple[list[RecordFact], list[Condition], Entry | None]:
    """(facts read, conditions counted, the entry marked to withhold or None) for one text."""
    from magadvise.advice.condition_text import NEGATIONS
    from magadvise.advice.record_facts import RecordFact

    written = entry.also[0] if entry.also else "a medicine"
    read: list[RecordFact] = []
    found: dict[str, Condition] = {}
    screened: list[str] = []
    from magadvise.advice.routine_kidney import routine

    sentences = [s for s in _SENTENCE.split(folded(entry.name)) if s.strip()]
    if any(routine(s) for s in sentences) and all(
        routine(s) or _how_often(s) for s in sentences
    ):  # "Take 1 tablet daily. Check renal function annually": nothing else is said
        return read, [], None  # anything else beside it ("...; on PD") is read with it
    for sentence in sentences:
        words = _WORD.findall(sentence)
        conditional = any(w in CONDITIONAL or w in NEGATIONS for w in words)
        named, left = _conditions(rules, sentence, words)
        if not conditional:
            found.update((c.id, c) for c in named if c.id not in found)
        pregnancy = not conditional and _pregnancy(left)
        if (
            _kidney(words if conditional else left)
            or _MAGNESIUM.search(sentence)
            or pregnancy
            or dialysis_access(sentence)  # "AV fistula L arm"
            or re.search(ANYWHERE, sentence)  # a KDIGO category: "G4", "G4A3", "A3G4"
        ):
            screened.append(sentence.strip())
    from magadvise.names.labs import kidney_lab_texts

    screened += [lab for lab in kidney_lab_texts(entry.name) if lab.lower() not in screened]
    for condition in found.values():
        text = f"{written}: '{entry.name}': counted as '{condition.name}'"
        read.append(RecordFact(entry, text, condition.id))
    if not screened:
        return read, list(found.values()), None
    from magadvise.fhir.screen import SCREENED

    why = f"{written}, '{'; '.join(screened)}': not read; {SCREENED}"
    return read, list(found.values()), entry._replace(skipped=why, unread=True, withhold="not-read")


def _how_often(sentence: str) -> bool:
    """True when ``sentence`` is only directions saying how often or when ("Take 1 tablet
    daily"); not a duration alone ("12 weeks" may be a pregnancy's)."""
    from magadvise.names.parse import read_directions

    said = read_directions(sentence)
    return not said.parts and bool(said.frequency or said.times)


def _conditions(
    rules: Rules, sentence: str, words: list[str]
) -> tuple[tuple[Condition, ...], tuple[str, ...]]:
    from magadvise.advice.condition_text import read_conditions

    try:
        return read_conditions(rules, sentence)
    except UsageError:  # a kidney-function number naming no condition by itself ("eGFR 75")
        return (), tuple(words)


def _kidney(words: list[str] | tuple[str, ...]) -> bool:
    """Kidney or dialysis words (the record screen's, less its magnesium ones)."""
    return any(kidney_word(w, magnesium=False) for w in words)


def _pregnancy(words: tuple[str, ...]) -> bool:
    return any(w in _PREGNANCY or w.startswith(_PREGNANCY_STARTS) for w in words)
