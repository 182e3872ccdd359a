"""An abbreviation a medicine's own line gives as its reason, read by what that medicine treats.

``PD`` is peritoneal dialysis or Parkinson's disease; ``CHB`` complete heart block or chronic
hepatitis B; ``HD`` haemodialysis or Huntington's disease (tetrabenazine, deutetrabenazine and
valbenazine treat its chorea: their US labels). Alone, or in any other place on a line (``PD``,
``on PD``, ``CHB``), they keep the reading that withholds the dose: dialysis, heart block.
Written as a medicine's reason, in brackets, after a dash or a ``for``, at the end of its line,
or leading it before a dash (``Sinemet 25/100 tid (PD)``, ``Ropinirole 1 mg tid - PD``,
``tenofovir 300 mg daily (CHB)``, ``entecavir for CHB``, ``PD - on co-careldopa``), beside a
medicine for the other meaning (:data:`MEANINGS`: a Parkinson's medicine, a hepatitis B
antiviral, a Huntington's chorea medicine, by name or brand) or with that meaning spelled out on
the line (``Parkinson's disease (PD)``, ``Huntington's disease (HD)``), they are that reason,
except where the line points the other way (:func:`_elsewhere`):

- restless legs named on the line (``RLS``, ``restless legs``, ``Willis-Ekbom``: ropinirole,
  pramipexole and rotigotine are labelled for it too, and it is common on dialysis), or one of
  those three taken once at night (``nocte``, ``qhs``: their restless-legs schedule; for
  Parkinson's they start three times a day), keeps ``PD`` as dialysis;
- amantadine never makes ``PD`` Parkinson's: its labels give a dialysis schedule (a dose once or
  twice a week), so ``Amantadine 100 mg twice weekly (PD)`` may well be dialysis;
- ``CHB`` inside a bracketed list of reasons beside a hepatitis B antiviral (``Tenofovir
  (HIV/CHB)``, ``Biktarvy (HIV, CHB)``) is hepatitis B, as alone in its brackets; beside
  another item (``Tenofovir 300 mg daily (CHB, HD)``) that item stays to be read (``(HD)``:
  haemodialysis).

Read that way they are the reason: :func:`without_reason` gives the line without them, to be read
as if they were not there, and :func:`meaning` what a reason's text stands for beside a
medicine (a health record's ``reasonCode``).

Asked only about a line or a reason holding one of the abbreviations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from magadvise.record import Record


class Meaning(Record):
    """What an abbreviation stands for beside a medicine that treats it."""

    said: str
    """The condition spelled out (``Parkinson's disease``)."""
    generics: frozenset[str]
    """The medicines' generic names, one word each (ids' words: ``carbidopa-levodopa``)."""
    brands: frozenset[str]
    """Their brands' first words, lower case (rules brands and others)."""
    spelled: str
    """A pattern of the condition written out on the line (``parkinson``)."""


_PARKINSON = Meaning(
    said="Parkinson's disease",
    generics=frozenset(
        """levodopa carbidopa benserazide ropinirole pramipexole rotigotine rasagiline
        selegiline safinamide entacapone opicapone tolcapone apomorphine
        istradefylline co-careldopa co-beneldopa""".split()  # noqa: SIM905
    ),
    brands=frozenset(
        """sinemet rytary dhivy parcopa duopa lecado lodosyn stalevo madopar requip mirapex
        mirapexin neupro azilect xadago comtan comtess zelapar eldepryl ongentys
        tasmar apokyn kynmobi inbrija nourianz crexont vyalev""".split()  # noqa: SIM905
    ),
    spelled=r"parkinson",
)
_HEPATITIS_B = Meaning(
    said="chronic hepatitis B",
    generics=frozenset({"tenofovir", "entecavir", "lamivudine", "adefovir", "telbivudine"}),
    brands=frozenset(
        {"viread", "vemlidy", "baraclude", "epivir", "hepsera", "tyzeka", "sebivo", "zeffix"}
    ),
    spelled=r"hepatitis\s*b\b|\bhep\s*b\b|\bhbv\b",
)
_HUNTINGTON = Meaning(
    said="Huntington's disease",
    generics=frozenset({"tetrabenazine", "deutetrabenazine", "valbenazine"}),
    brands=frozenset({"xenazine", "austedo", "ingrezza"}),
    spelled=r"huntington",
)
_ALSO_RESTLESS_LEGS = frozenset(
    "ropinirole pramipexole rotigotine requip mirapex mirapexin sifrol adartrel neupro".split()  # noqa: SIM905
)
"""The Parkinson's medicines labelled for restless legs too (US and UK/EU labels)."""
_RESTLESS_LEGS = re.compile(r"\brls\b|restless|willis[\s-]*ekbom")
_AT_NIGHT = re.compile(
    r"\b(?:nocte|qhs|q\.h\.s|hs|nightly|at\s+(?:night|bedtime)|before\s+bed\w*|bedtime)\b"
)
"""A once-at-night schedule: the restless-legs dosing of :data:`_ALSO_RESTLESS_LEGS`."""
MEANINGS = {"pd": _PARKINSON, "chb": _HEPATITIS_B, "hd": _HUNTINGTON}
"""Each abbreviation, and what it means beside a medicine for it."""
_BEFORE = [[w] for w in ("on", "off", "with", "via", "before", "after", "during", "hold")]
"""A word before the abbreviation that makes it no reason (``on PD``: on dialysis)."""


def mentions(text: str) -> bool:
    """True when ``text`` holds one of the abbreviations as a word (a cheap first check)."""
    low = text.casefold()
    return any(a in low for a in MEANINGS) and bool(re.search(r"\b(?:pd|chb|hd)\b", low))


def without_reason(line: str, medicines: Iterable[str] = ()) -> str | None:
    """``line`` without the abbreviation it gives as a medicine's reason, when the line's
    medicine treats what it stands for; None when it gives none, or the medicine does not.

    ``medicines`` are what the line was read as: the rules ids of its medicines and their
    ingredients, and the generics the drug vocabulary named (``carbidopa-levodopa``,
    ``amantadine``)."""
    for abbreviation, meaning in MEANINGS.items():
        reason = re.compile(
            rf"(?i)\s*[(\[]\s*(?:for\s+)?{abbreviation}\s*[)\]]"  # "(PD)", "[for PD]"
            rf"|(?:\s+-|\s+for|,)?\s+{abbreviation}\s*$"  # "- PD", "for PD", ", PD", "PD"
            rf"|^\s*{abbreviation}\s*[-:]\s*(?:on\s+)?"  # "PD - on co-careldopa"
        )
        found = reason.search(line)
        if found is None and abbreviation == "chb":  # "(HIV/CHB)"; "(CHB, HD)": "(HD)" kept
            found = _IN_LIST.search(line) or _ITEM.search(line)
        if found is None or _elsewhere(abbreviation, line):
            continue
        kept = (line[: found.start()] + " " + line[found.end() :]).strip(" -,")
        if kept.casefold().split()[-1:] in _BEFORE:
            continue  # "Sinemet 25/100, on PD": dialysis, or not a reason
        if kept and _treats(meaning, kept, medicines):
            return kept
    return None


_IN_LIST = re.compile(
    r"(?i)\s*[(\[]\s*(?:hiv|hbv|hcv|hep\s*[bc]|hepatitis\s*[bc])\s*[/,;&+]\s*chb\s*[)\]]"
    r"|\s*[(\[]\s*chb\s*[/,;&+]\s*(?:hiv|hbv|hcv|hep\s*[bc]|hepatitis\s*[bc])\s*[)\]]"
)
"""``CHB`` in brackets with an infection beside it (``(HIV/CHB)``, ``(CHB, HIV)``)."""
_ITEM = re.compile(r"(?i)(?<=[(\[])\s*chb\s*[/,;&+]\s*|\s*[/,;&+]\s*chb\s*(?=[)\]])")
"""``CHB`` as one item of a bracketed list of anything else (``(CHB, HD)``): the item alone."""


def _elsewhere(abbreviation: str, line: str) -> bool:
    """True when ``line`` points away from the medicine's reading of ``abbreviation``: restless
    legs named, or a restless-legs medicine taken once at night, beside ``PD``."""
    if abbreviation != "pd":
        return False
    low = line.casefold()
    if re.search(_PARKINSON.spelled, low):
        return False  # "Parkinson's disease (PD)" says which
    if _RESTLESS_LEGS.search(low):
        return True
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", low))
    others = words & (_PARKINSON.generics | _PARKINSON.brands) - _ALSO_RESTLESS_LEGS
    return bool(words & _ALSO_RESTLESS_LEGS) and not others and bool(_AT_NIGHT.search(low))


def meaning(reason: str, medicine: str) -> str | None:
    """What a reason written as the abbreviation alone (``PD``) stands for beside the medicine
    named ``medicine`` (``carbidopa/levodopa 25/100``): the condition spelled out, or None when
    it is not an abbreviation here or the medicine does not treat what it would stand for."""
    found = MEANINGS.get(reason.strip().casefold())
    return found.said if found is not None and _treats(found, medicine, ()) else None


def _treats(meaning: Meaning, text: str, medicines: Iterable[str]) -> bool:
    """True when ``text`` names a medicine for ``meaning`` (or spells it out), or one of
    ``medicines`` (ids or generics) is one."""
    low = text.casefold()
    if re.search(meaning.spelled, low):
        return True
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", low))
    words |= {part for word in words for part in word.split("-")}
    if words & (meaning.generics | meaning.brands):
        return True
    named = {part for m in medicines for part in re.split(r"[-\s]+", m.casefold())}
    return bool(named & meaning.generics)
