"""The one condition matcher: a name typed with ``--condition`` and a record's condition text.

First the whole text, as ``--condition`` has always read it: a name the rules give a condition
(its id, name or an alias; any case, spacing or hyphen) or a kidney-function number
(:mod:`magadvise.advice.kidney_number`). A longer real-world wording is then read phrase by
phrase, so "End stage renal disease on hemodialysis", "ESRD on HD", "Chronic kidney disease,
stage 4 (severe)", "s/p kidney transplant" or "AKI on CKD 3b" count as the conditions they name:

- a CKD stage written apart from its disease ("CKD, stage 4", "stage IIIb chronic kidney
  disease", "CKD G3bA2", "CKD stage 5D", "CKD IIIb", "CKD st 4", "CKD stg 4", "CKD grade 4",
  "nephropathy stage 4") is joined to it first (``ckd stage 4``),
  and a KDIGO category written without it ("stage G4", "G4A3", "A3G4", "eGFR category G3b")
  is read as its stage (:mod:`magadvise.advice.kidney_category`);
- the text is cut at punctuation (commas, brackets, slashes, semicolons; ``w/o`` and ``r/o``
  read first as "without" and "ruled out", and ``deg``/``deg.`` after a grade as "degree":
  "1st deg HB" is "1st degree HB"; a grade written as a number before a heart block, with a
  degree sign or ``deg``, as that degree: "1° HB", "3 deg AV block", and after it: "HB 1st deg");
- in each part, left to right, the longest run of words that names a condition is taken, and a
  kidney-function number in a part (``eGFR 25``) is read as typed;
- an obstetric wording ("G2P1", "GA 30 weeks", "GA 20+3", "expecting baby in April") is read
  as "pregnant" first, and "28/40" too when
  the text says so beside it ("pregnant", "gestation", "weeks", "IUP", "G2P1": a bare "20/40"
  may be a visual acuity, and is not read) (with the rules' pregnancy aliases "IUP", "GDM",
  "pre-eclampsia", "28 weeks gestation" is pregnancy);
- a negation ends the part's reading ("not pregnant", "CKD without dialysis", "family history
  of heart failure", "ruled out AKI": nothing after it counts), and ``non`` the next word
  ("non-dialysis CKD" is CKD);
- a text that says anywhere that something is doubted, denied or excluded (:data:`DOUBT`:
  "never had kidney disease", "CKD ruled out", "Heart block excluded", "CKD unlikely", "CKD
  stage 4 not confirmed", "possible CKD", "?CKD") names nothing: it is neither the condition nor
  its absence, so a record's text is then *not read*, and the safety net
  (:mod:`magadvise.fhir.screen`) withholds the dose beside it with the text quoted, rather than
  saying the condition was counted (or, worse, that it is not there).

Every condition named is returned once, in the order found. Words that name nothing ("severe",
"on", "s/p") are passed over; a text none of whose phrases names a condition gives nothing (the
caller says so: an unknown ``--condition`` is a usage error, a record's text is *not read*).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.condition_spellings import spelled
from magadvise.errors import UsageError
from magadvise.rules.names import normalize

if TYPE_CHECKING:
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.ruleset import Rules

_HEAD = (
    r"(?:chronic kidney disease|chronic renal (?:disease|failure|insufficiency)"
    r"|kidney disease|renal disease|(?:diabetic\s+)?nephropathy|ckd)"
)
_NUMBER = (
    r"(?P<n>iii|ii|iv|v|i|[1-5]|one|two|three|four|five)"
    r"(?:\s*(?P<ab>[abd])(?![0-9a-z]))?(?:\s*a[1-3])?"
)
# Compiled on first use (re's own cache), and only for a text with a kidney word in it.
_HEAD_STAGE = rf"\b{_HEAD}[\s,;:(\[]*(?:stage|stge|stg|st|grade|g)\.?\s*{_NUMBER}\b"
_STAGE_HEAD = rf"\bstage\s*{_NUMBER}\s+{_HEAD}\b"
# a roman stage straight after its disease, with no "stage": "CKD IV", "CKD IIIb"
_HEAD_ROMAN = rf"\b{_HEAD}\s+(?P<n>iii|ii|iv|v|i)(?:\s*(?P<ab>[abd]))?(?:\s*a[1-3])?\b"
_HEAD_WORDS = ("ckd", "kidney", "renal", "nephropathy")  # every _HEAD names one of these
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}
_ROMAN |= {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}  # "stage four"
_BLOCK = r"(?=hb\b|heart block|avb\b|av\b|a v\b)"
"""What follows a heart block's grade written as a number (``1° HB``, ``3 deg AV block``)."""
_SHORTHAND = (
    (re.compile(r"\bw\s*/\s*o\b"), " without "),
    (re.compile(r"\br\s*/\s*o\b"), " ruled out "),
    # a heart block's grade with "degree" cut short: "1st deg HB", "2nd deg. AV block"
    (re.compile(r"\b(1st|2nd|3rd|first|second|third)\s*(?:deg\b|dgr\b|°|o\b)\.?"), r" \1 degree "),
    # and with a degree sign or a bare number, only before a heart block: "1° HB", "3 deg HB"
    # ("º" is "o" once normalized), and the grade after it: "HB 1st deg"
    *(
        (re.compile(rf"\b{n}\s*(?:°|o\b|deg\b|dgr\b|degree\b)\.?\s*{_BLOCK}"), f" {grade} degree ")
        for n, grade in (("1", "first"), ("2", "second"), ("3", "third"))
    ),
    (re.compile(r"\bhb\s+(1st|2nd|3rd|first|second|third)\s+degree\b"), r" \1 degree hb "),
    # "A-V" (normalized "a v") before its conduction, block or delay: "Delayed A-V conduction"
    (re.compile(r"\ba v (?=(?:conduction|block|delay|nodal)\b)"), "av "),
    (  # "HB (1st°)", "AV block (2nd degree)": the grade in brackets after it
        re.compile(
            r"\b(hb|heart block|av block|avb)\s*\(\s*(1st|2nd|3rd|first|second|third)"
            r"\s*(?:degree)?\s*\)"
        ),
        r" \2 degree \1 ",
    ),
    # obstetric wordings of a pregnancy: "G2P1", "GA 30 weeks", "28 weeks gestation" (the count
    # of pregnancies and births); "28/40" only beside such a word (see _OBSTETRIC)
    (re.compile(r"\bg\s?\d{1,2}\s?p\s?\d{1,2}(?:\s?\+\s?\d{1,2})?\b"), " pregnant "),
    (re.compile(r"\bga\s*\d{1,2}\s*(?:(?:weeks?|wks?|w)\b|\+\s*\d\b)"), " pregnant "),  # "GA 20+3"
    # "expecting baby in April", "expecting our first baby", "expecting twins"
    (
        re.compile(
            r"\bexpecting\s+(?:(?:a|an|our|my|her|first|second|third|1st|2nd|3rd)\s+){0,2}"
            r"(?:baby|babies|twins|triplets)\b"
        ),
        " pregnant ",
    ),
)
WEEKS_OF_40 = re.compile(r"\b\d{1,2}(?:\s*\+\s*\d)?\s*/\s*(?:40|52)\b")
"""``28/40``, ``28+3/40``, ``32/52``: weeks of a pregnancy, or a visual acuity (``20/40``)."""
_OBSTETRIC = re.compile(
    r"\b(?:pregnan\w*|gestation\w*|weeks?|wks?|iup|antenatal|obstetric\w*|gravid\w*|edd|lmp"
    r"|g\s?\d{1,2}\s?p\s?\d{1,2})\b"
)
"""Words beside which ``28/40`` is weeks of a pregnancy (else it is not read: in a record, the
safety net withholds beside it, :mod:`magadvise.fhir.screen_more`)."""
NEGATIONS = frozenset({"no", "not", "without", "denies", "denied", "negative", "ruled", "rule",
                       "excluded", "family", "fh"})  # fmt: skip
DOUBT = re.compile(
    r"\?|\b(?:never|excluded?|unlikely|unconfirmed|not\s+confirmed|not\s+present|absent"
    r"|doubtful|questionable|query|suspect(?:ed)?|possible|possibly|probable|probably|negative"
    r"|denie[sd]|ruled?\s+out|r\s*/\s*o)\b"
)
"""Words that doubt, deny or exclude what a text names (see the module docstring)."""
_CUT = re.compile(r"[,;:()\[\]{}/\\|+&*\"]|\.(?!\d)|\s-\s")
LONGEST = 8  # words in a phrase tried; the shipped aliases have at most 4


def named_conditions(rules: Rules, text: str) -> tuple[Condition, ...]:
    """Every rules condition ``text`` names (see the module docstring); empty when none.

    Raises UsageError when the whole text is a kidney-function number that names no condition
    by itself (``eGFR 75``), as :func:`magadvise.advice.kidney_number.kidney_condition` does.
    """
    return read_conditions(rules, text)[0]


def read_conditions(rules: Rules, text: str) -> tuple[tuple[Condition, ...], tuple[str, ...]]:
    """(every condition ``text`` names, the words of it no condition phrase used), as
    :func:`named_conditions` reads it; the words are normalized (``on``, ``mwf``, ``xyzzy``).
    Raises UsageError as :func:`named_conditions` does."""
    whole = _whole(rules, text)
    if whole is not None:
        return (whole,), ()
    if DOUBT.search(text.lower()):  # neither the condition nor its absence: not read
        return (), tuple(normalize(text).split())
    found: dict[str, Condition] = {}
    left: list[str] = []
    written = normalize(text)
    if "/" in written and _OBSTETRIC.search(written):
        written = WEEKS_OF_40.sub(" pregnant ", written)
    for pattern, meaning in _SHORTHAND:
        written = pattern.sub(meaning, written)
    written = spelled(written)  # "pr 280 ms", "mg (ocular)", "pd (peritoneal)"
    for part in _CUT.split(_staged(written)):
        for condition in _in_part(rules, part, left):
            found.setdefault(condition.id, condition)
    return tuple(found.values()), tuple(left)


def _whole(rules: Rules, text: str) -> Condition | None:
    """The condition the whole text names, as a number or a name, or None."""
    from magadvise.advice.kidney_number import kidney_condition  # its pattern: only when asked

    kidney = kidney_condition(text)
    return rules.conditions.find(kidney or text)


def _staged(text: str) -> str:
    """``chronic kidney disease, stage iv (severe)`` -> ``ckd stage 4 (severe)``; a KDIGO
    category too (``stage g4``, ``g4a3``: :mod:`magadvise.advice.kidney_category`)."""
    from magadvise.advice.kidney_category import stage_text, staged

    def joined(found: re.Match[str]) -> str:
        return stage_text(_ROMAN.get(found["n"], found["n"]), found["ab"] or "")

    text = staged(text)
    if not any(word in text for word in _HEAD_WORDS):
        return text
    for pattern in (_HEAD_STAGE, _HEAD_ROMAN, _STAGE_HEAD):
        text = re.sub(pattern, joined, text)
    return text


def _in_part(rules: Rules, part: str, left: list[str]) -> list[Condition]:
    """The conditions named in one part of a text, longest phrase first, left to right; the
    words no condition phrase used are added to ``left``."""
    words = part.split()
    out: list[Condition] = []
    start = 0
    while start < len(words):
        if words[start] in NEGATIONS:
            left.extend(words[start:])
            break
        if words[start] == "non":
            left.extend(words[start : start + 2])
            start += 2
            continue
        for end in range(min(len(words), start + LONGEST), start, -1):
            found = _phrase(rules, " ".join(words[start:end]))
            if found is not None:
                out.append(found)
                start = end
                break
        else:
            left.append(words[start])
            start += 1
    return out


def _phrase(rules: Rules, phrase: str) -> Condition | None:
    """The condition one phrase names, or a kidney-function number in it falls in."""
    try:
        return _whole(rules, phrase)
    except UsageError:  # a number that names nothing by itself, inside a longer text
        return None
