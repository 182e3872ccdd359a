"""A condition written on a medication list or typed with ``--med``, read as ``--condition`` is.

Pasted pharmacy and portal lists, and lists people type, carry problem-list lines: ``CKD stage
4``, ``ESRD on dialysis``, ``myasthenia gravis``, ``eGFR 22``, ``pregnant``. Read as medicines
they were NOT ASSESSED and the condition never counted, so a dose was printed for someone the
rules withhold it from. :func:`listed_conditions` reads such a text with the one condition
matcher (:mod:`magadvise.advice.condition_text`, kidney-function numbers included), and is
asked only about a text that neither the rules nor the drug vocabulary know as a medicine:
``Digoxin for heart failure`` stays digoxin, with its reason.

Every condition found counts, exactly as ``--condition`` would (it gates the dose). The text is
shown as read as a condition, and is no longer a medicine not assessed, only when it holds no
other word that could be a medicine's name: each word left over (:func:`read_conditions`) must
be a word of a condition's own names, a negation, a number, or one of the words :data:`FILLER`
lists (``on``, ``history``, ``MWF``). ``Xyzzy for heart failure`` counts heart failure and stays
NOT ASSESSED for ``Xyzzy``: an unknown medicine is never hidden behind a condition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.record_facts import RecordFact
from magadvise.errors import UsageError
from magadvise.record import Record
from magadvise.rules.model_conditions import Condition
from magadvise.rules.names import normalize

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved, Unresolved
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules

LISTED = "listed"
"""The ``fact`` of an entry read from a list as a condition (``Entry.fact``; shown "From the
list", where a health record's facts are "From the record")."""

FILLER = frozenset(
    """on of with has have had hx h o pmh history dx diagnosed known since stage severe moderate
    mild end chronic acute pt patient currently now a an the and in is at for due to type degree
    first second third 1st 2nd 3rd trimester weeks week wks wk months gestation non x per times
    weekly mwf tts tth mon tue tues wed thu thur thurs fri sat sun days
    nephrology renal kidney heart january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()  # noqa: SIM905
)
"""Words beside a condition on a list that name no medicine (``ESRD on dialysis MWF``)."""


_REASON_SHORT = {
    "mg": "myasthenia gravis",
    "pet": "pre-eclampsia",
    "nvp": "nausea and vomiting of pregnancy",
    "hg": "hyperemesis gravidarum",
}
"""What a reason's abbreviation stands for where it cannot be a unit, a scan or a medicine:
"for MG", "for PET", "for NVP", "for HG" (as a line, NVP may be nevirapine and Hg mercury)."""


def reason_meaning(text: str) -> str | None:
    """What ``text``, given as the reason a medicine is taken, stands for when it is one of
    :data:`_REASON_SHORT` (``HG``: "hyperemesis gravidarum"); else None. A record's reason
    (FHIR ``reasonCode``) is such a place: there ``HG`` is no unit and no mercury."""
    return _REASON_SHORT.get(text.strip().casefold())


BESIDE_MEDICINE = {"pet": "pre-eclampsia"}
"""Abbreviations that name a condition only beside a medicine taken for it: "PET" (the UK's
pre-eclamptic toxaemia) written before one (``PET on labetalol``, ``PET - labetalol``,
:mod:`magadvise.advice.condition_lead`) or as its reason (``labetalol for PET``); alone it may be
a PET scan, and ``PET scan`` is never read as a condition."""


def spelled_out(lead: str) -> str:
    """``lead`` (words written before a medicine) with each :data:`BESIDE_MEDICINE` word spelled
    out: ``PET 34/40`` -> ``pre-eclampsia 34/40``; ``PET scan`` gives ``pre-eclampsia scan``,
    which is not wholly a condition and so stays read as it was."""
    import re

    def spelled(found: re.Match[str]) -> str:
        return BESIDE_MEDICINE.get(found[0].casefold(), found[0])

    return re.sub(r"[A-Za-z]+", spelled, lead)


def listed_conditions(rules: Rules, text: str) -> tuple[tuple[Condition, ...], bool]:
    """(the rules conditions ``text`` names, whether the text is wholly a condition); see
    :func:`read_listed`."""
    found, rest = read_listed(rules, text)
    return found, bool(found) and not rest


def read_listed(rules: Rules, text: str) -> tuple[tuple[Condition, ...], str]:
    """(the rules conditions ``text`` names, the words left that could be a medicine's name).

    ``text`` is a line, a piece of a line or a ``--med`` value as written. The conditions are
    empty when it names none, or is a kidney-function number that names none by itself
    (``eGFR 75``, a usage error as ``--condition``; here left as it was read). The words left
    (normalized, joined by spaces) leave out numbers, condition words, negations and
    :data:`FILLER` (see the module docstring); empty when the text is wholly a condition.
    """
    # Asked only about names nothing knows as a medicine: most lists never load the matcher.
    from magadvise.advice.condition_text import NEGATIONS, read_conditions
    from magadvise.advice.listed_codes import coded_conditions
    from magadvise.names.asides import without_asides

    coded, text = coded_conditions(rules, text)  # "Z33.1", "N184": as a record's codes
    text = _as_pregnancy(without_asides(text))  # "prevent pregnancy": no condition
    try:
        found, left = read_conditions(rules, text) if text else ((), ())
    except UsageError:
        found, left = (), ()
    found = tuple({c.id: c for c in (*coded, *found)}.values())
    if not found:
        return (), ""
    known = _condition_words(rules)
    rest = [w for w in left if not (_count(w) or w in FILLER or w in NEGATIONS or w in known)]
    return found, " ".join(rest)


def _count(word: str) -> bool:
    """A number, or a count of times (``3x``, ``x3``: ``hemo 3x week``)."""
    return (
        word.isdigit()
        or (word[:1] == "x" and word[1:].isdigit())
        or (word[-1:] == "x" and word[:-1].isdigit())
    )


_GESTATION = r"\s*(?P<weeks>\d{1,2})(?:\s*\+\s*\d)?\s*/\s*40\s*"
_DUE = r"(?i)^\s*(?:(?:baby|estimated)\s+)?due\s+date\b"


def _as_pregnancy(text: str) -> str:
    """``text`` with a list's shorthand of a pregnancy written as one: a line that is only weeks
    of it (``28/40``, ``12+3/40``: weeks 4-42, but 20, which ``20/40`` a visual acuity shares), a
    ``due date`` it starts with, or ``HG`` alone (hyperemesis gravidarum); ``Pregnancy: no``
    before other words is ``not pregnant`` (:data:`magadvise.advice.not_pregnancy.PLAIN_NO`).
    Other text as it was."""
    import re

    from magadvise.advice.condition_lead import WEEKS

    if (weeks := re.fullmatch(_GESTATION, text)) and int(weeks["weeks"]) in WEEKS:
        return text if int(weeks["weeks"]) == 20 else "pregnant"
    if text.strip().casefold() == "hg":
        return _REASON_SHORT["hg"]
    if "preg" in text.casefold():  # "Pregnancy: no (breastfeeding)": as "not pregnant (...)"
        from magadvise.advice.not_pregnancy import PLAIN_NO

        text = re.sub(PLAIN_NO, "not pregnant", text)
    return re.sub(_DUE, "pregnant", text)


def _condition_words(rules: Rules) -> frozenset[str]:
    """Every word of every condition's id and aliases (normalized), but ``magnesium``: a word
    left over that names magnesium may be a magnesium product, never hidden."""
    words: set[str] = set()
    for c in rules.conditions:
        for said in (c.id, *c.aliases):
            words.update(normalize(said.replace("-", " ")).split())
    return frozenset(words - {"magnesium", "mg"})


class ListedCondition(Record):
    """A text on a list read as conditions: the ``facts`` to show (one per condition, as a
    record's are, see :class:`magadvise.advice.record_facts.RecordFact`), the ``conditions``
    they count as, and whether the text is ``whole``\\ly a condition (not also a medicine)."""

    facts: tuple[RecordFact, ...]
    conditions: tuple[Condition, ...]
    whole: bool
    rest: str = ""
    """The words left that may name a medicine (``tivicay 50mg`` of ``Pregnant on Tivicay
    50mg``), normalized; empty when ``whole``."""


def as_condition(rules: Rules, result: Unresolved, entry: Entry | None) -> ListedCondition | None:
    """The conditions an unrecognised medicine's text names, or None when it names none.

    ``result`` is a text neither the rules nor the drug vocabulary know; ``entry`` the list's
    entry it came from (None for ``--med``, shown as from ``--med``). A piece of a line whose
    number the parser kept apart (``CKD stage`` and ``4`` of ``Lisinopril, CKD stage 4``) is
    read with its number first.
    """
    text = result.input.strip()
    texts = [text]
    for part in result.parsed.parts if result.parsed is not None else ():
        if part.text == text and part.strength is not None:
            joint = "" if text.endswith(".") else " "  # "Z33." and "1": the code Z33.1
            texts.insert(0, f"{text}{joint}{' '.join(part.strength.amounts)}")
    for said in texts:
        found, rest = read_listed(rules, said)
        if found:
            break
    else:
        return None
    return as_listed(said, found, entry, rest)


def reason_conditions(rules: Rules, text: str, entry: Entry | None) -> ListedCondition | None:
    """The conditions a medicine's line gives as its reason, or None when it gives none.

    ``text`` is the line as written (``Losartan 50 mg daily for CKD stage 4``, ``Furosemide
    for CCF``): the words after its first ``for`` are read as a condition written on the list
    is, so a kidney disease, heart failure or pregnancy written as what a medicine is for
    counts as ``--condition`` would. Words that name no rules condition (``for pain``, ``for
    lyme``) give None.
    """
    after = reason_of(text) or _as_needed(text)
    if not after:
        return _bracketed_reason(rules, text, entry)
    found, _ = read_listed(rules, _REASON_SHORT.get(after.casefold(), after))
    return as_listed(f"for {after}", found, entry, "") if found else None


def _bracketed_reason(rules: Rules, text: str, entry: Entry | None) -> ListedCondition | None:
    """A condition written whole in brackets after a medicine with no ``for`` (``ondansetron
    4 mg prn (HG)``, ``Zofran (hyperemesis)``): read as that reason, when it is a reason word
    (the name parser then takes it as one, not as a text to read as a condition) and every word
    of it is the condition; else None."""
    if "(" not in text and "[" not in text:
        return None
    import re

    from magadvise.names.sig_words import REASONS

    for inner in re.findall(r"[(\[]\s*([^()\[\]]{1,40}?)\s*[)\]]", text):
        if inner.casefold() not in _REASON_SHORT and normalize(inner) not in REASONS:
            continue  # "[Toprol]", "(pregnancy)": a brand, or a text read as a condition already
        found, left = read_listed(rules, _REASON_SHORT.get(inner.casefold(), inner))
        if found and not left:
            return as_listed(f"({inner})", found, entry, "")
    return None


def _as_needed(text: str) -> str:
    """The abbreviation of :data:`_REASON_SHORT` a line ends with after ``prn`` (``ondansetron
    prn HG``), as written; empty if none."""
    import re

    found = re.search(r"(?i)\bprn\s+(\w+)\s*$", text)
    return found[1] if found and found[1].casefold() in _REASON_SHORT else ""


def reason_of(text: str) -> str:
    """The words after the first ``for`` of a line, as written (``CKD stage 4``), a bracket
    closing them left out (``ondansetron 4mg (for HG)``: ``HG``); empty if none."""
    import re

    found = re.search(r"[\s(\[]for\s", text, re.IGNORECASE)
    return text[found.end() :].strip().rstrip(")]} ").strip() if found else ""


MARKED = "its label's only use"
"""Why a medicine on the list counts as a condition (``Medication.marks_conditions``)."""


def marked_conditions(
    rules: Rules, result: Resolved, entry: Entry | None
) -> ListedCondition | None:
    """The conditions taking ``result``'s medicine means, its label giving it for no other use
    (Diclegis: pregnancy), read as a condition written on the list is; None for most medicines.
    The medicine itself is still assessed."""
    found = tuple(rules.conditions[c] for c in result.medication.marks_conditions)
    if not found:
        return None
    return as_listed(f"{result.input.strip()} ({MARKED})", found, entry, "")


def as_listed(
    said: str,
    found: tuple[Condition, ...],
    entry: Entry | None,
    rest: str,
    how: tuple[str, str] = ("", ""),
) -> ListedCondition:
    """``found`` read from the text ``said`` on the list's ``entry`` (None: ``--med``), with
    the words ``rest`` left that may name a medicine; ``how`` it was read, before and after
    "counted as" (``("may name a pregnancy, ", " until it is checked")``)."""
    from magadvise.medlist import Entry

    where = entry or Entry(name=said, file="--med")
    where = where._replace(name=said, fact=LISTED)
    from magadvise.advice.listed_codes import code_note  # "O80": delivery, counted as pregnancy

    facts = tuple(
        RecordFact(
            where, f"{said}: {how[0]}counted as '{c.name}'{code_note(said, c.id)}{how[1]}", c.id
        )
        for c in found
    )
    return ListedCondition(facts, found, not rest, rest)
