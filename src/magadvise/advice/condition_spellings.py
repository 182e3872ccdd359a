"""Clinical spellings of the withholding conditions, rewritten to the words the rules give them.

Lists and records write dialysis, heart block and myasthenia gravis in ways no alias can hold,
since the same letters mean something else elsewhere. Each is read only where its context says
which it is:

- heart block run together (``Heartblock``, ``Complete heartblock``, ``Hart block``), read as
  the two words are; ``Hart blok`` may name it
  (:mod:`magadvise.fhir.screen_more`);
- first-degree heart block as an ECG finding: a long or prolonged PR interval (``long PR
  interval``, ``PR prolongation``, ``prolonged PR``), or a PR interval over 200 ms (``PR 280
  ms``, ``PR interval 240``). A PR interval over 200 ms in sinus rhythm is the definition of
  first-degree atrioventricular block (2018 ACC/AHA/HRS Guideline on the Evaluation and
  Management of Patients With Bradycardia and Cardiac Conduction Delay, Kusumoto et al.,
  Circulation 2019;140:e382-e482, section 2 definitions). ``PR`` alone is the rectal route
  (``Paracetamol 1 g PR``), and ``PR 160 ms`` is normal: neither is read;
- myasthenia gravis written ``MG`` beside a word only the disease has: its forms (``ocular``,
  ``generalised``), its antibodies (``seropositive``, ``AChR+``, ``MuSK+``, ``LRP4``) or its
  clinical class (``MGFA class II``: the Myasthenia Gravis Foundation of America clinical
  classification, Jaretzki et al., Neurology 2000;55:16-23), or after a history word (``Hx
  MG``, ``h/o MG``, ``Known MG``, ``PMH: MG``, ``Dx: MG``: a product is not a history; ``MG``
  before ``/`` stays a unit, ``mg/dL``). ``MG`` after a number
  (``400 mg (ocular migraine)``) stays milligrams;
- peritoneal dialysis written ``PD`` beside a word only dialysis uses (``PD (peritoneal)``,
  ``PD - nocturnal``, ``PD 4 exchanges``, and such a word one letter off: ``Automatted PD``);
  ``PD`` alone or with a time of day may be
  Parkinson's disease, and stays as :mod:`magadvise.advice.line_reading` reads it; ``HD``
  (the rules' alias of haemodialysis) beside ``Huntington`` is Huntington's disease.

:func:`spelled` rewrites a normalized condition text (:mod:`magadvise.advice.condition_text`);
:func:`spelled_line` a list's line as written, so the medicine finder does not take the
disease's ``MG`` for magnesium (``MG (ocular)``, ``MuSK+ MG``, ``MG`` beside a medicine for
it: ``Mestinon 60 mg qds (MG)``) or a Fresenius ``balance``
dialysis solution's name for the word (``Balance 1.5% 2L``: a glucose strength or a volume in
litres beside it says which).
"""

from __future__ import annotations

import re
from typing import Any


class _Lazy:
    """A pattern compiled on first use (``.sub``, ``.search``): most lines need none of them, and
    compiling them all at import cost about 3 ms a run."""

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern

    def __getattr__(self, name: str) -> Any:
        return getattr(re.compile(self._pattern), name)  # re caches the compiled pattern


_FIRST_DEGREE = " first degree heart block "
_PR_LONG = _Lazy(
    r"\b(?:prolonged|long|lengthened)\s+pr(?:\s+interval)?\b"
    r"|\bpr(?:\s+interval)?\s+(?:prolongation|prolonged|lengthening)\b"
)
_PR_MS = _Lazy(
    r"\bpr(?:\s+interval)?\s*(?:of|is|[:=])?\s*(?P<ms>\d{3})\s*(?:ms|msec|milliseconds)\b"
    r"|\bpr\s+interval\s*(?:of|is|[:=])?\s*(?P<bare>\d{3})\b"
    r"|\bpr(?:\s+interval)?\s*(?:of|is|[:=])?\s*0?\.(?P<s>\d{2,3})\s*(?:s|sec|secs|seconds)\b"
)
_TWO_TO_ONE = _Lazy(r"\b[2-4]\s*:\s*1\s+(?:av\s+|heart\s+)?(?:block|conduction)\b")
"""``2:1 block``, ``3:1 AV block``: second-degree or high-grade AV block (the guideline above)."""
_ANTIBODY = _Lazy(
    r"\b(?:anti\s*)?(?:achr|musk|lrp4)\s*(?:ab|antibod(?:y|ies))?\s*(?:\+|pos\b|positive\b)"
)
"""``anti-AChR+``, ``MuSK Ab positive``: the antibodies of myasthenia gravis."""
_MG_KIND = (
    r"(?:ocular|generali[sz]ed|sero\s*(?:positive|negative)|achr|musk|lrp4|mgfa"
    r"|anti\s*(?:achr|musk))(?:\s*(?:\+|pos|positive|ab\+?|antibody\s+positive))?"
)
_MG_TEXT = (
    _Lazy(rf"\b{_MG_KIND}[\s+\-(,]*\bmg\b"),
    _Lazy(rf"(?<![\d.]\s)(?<![\d.])\bmg[\s\-(,:]*\(?\s*(?={_MG_KIND}\b)"),
    _Lazy(r"\bmgfa(?:\s*class)?(?:\s*(?:iv|v|i{1,3}|[1-5])[ab]?\b)?"),
)
_MG_AFTER = r"(\b(?:hx|h/o|dx|pmh|known|history\s+of|diagnosed(?:\s+with)?)\s*:?\s*)"
"""History words before the disease's ``MG`` (``Hx MG``, ``Known MG``)."""
_MG_HISTORY = _Lazy(rf"{_MG_AFTER}mg\b(?!\s*/)")
_DIALYSIS_ONLY = _Lazy(
    r"\b(?:peritoneal|nocturnal|exchanges?|exch|cycler|tenckhoff|peritonitis|dwells?|icodextrin"
    r"|dextrose|glucose|automated|ambulatory|intermittent|catheter|cath|bags?|solution|fluid)\b"
)


def spelled(text: str) -> str:
    """``text`` (normalized: lower case, hyphens as spaces) with each spelling the module names
    rewritten to the rules' words (``pr 280 ms`` -> ``first degree heart block``); as it was
    when it holds none."""
    if "pr" in text:
        text = _PR_LONG.sub(_FIRST_DEGREE, text)
        text = _PR_MS.sub(_over_200, text)
    if "blo" in text:  # "heartblock", "complete heartblock", "hart block": heart block
        text = re.sub(r"\b(?:heart|hart)\s*blocks?\b", " heart block ", text)
    if ":" in text:
        text = _TWO_TO_ONE.sub(" second degree heart block ", text)
    if "mg" in text:
        text = _MG_TEXT[0].sub(" myasthenia gravis ", text)
        text = _MG_TEXT[1].sub(" myasthenia gravis ", text)
        text = _MG_TEXT[2].sub(" myasthenia gravis ", text)
        text = _MG_HISTORY.sub(r"\1 myasthenia gravis ", text)  # "hx mg", "known mg"
    if "achr" in text or "musk" in text or "lrp4" in text:
        text = _ANTIBODY.sub(" achr antibody positive ", text)
    if "huntington" in text:  # "Huntington's disease (HD)": no haemodialysis
        text = re.sub(r"\bhd\b", " ", text)
    if "pd" in text and re.search(r"\bpd\b", text):
        text = _dialysis_slips(text)  # "automatted pd": "automated pd"
        if _DIALYSIS_ONLY.search(text):
            text = re.sub(r"\bpd\b", " peritoneal dialysis ", text)
    return text


_DIALYSIS_LONG = ("peritoneal", "nocturnal", "automated", "ambulatory", "intermittent",
                  "exchanges", "tenckhoff", "icodextrin", "peritonitis")  # fmt: skip
"""The words of :data:`_DIALYSIS_ONLY` long enough that one a letter off is still that word."""


def _dialysis_slips(text: str) -> str:
    """``text`` with a word one letter off (added, dropped or changed) a long word only dialysis
    uses beside ``PD`` written right (``automatted pd``, ``nocturnl pd``); as it was else."""
    from rapidfuzz.distance import Levenshtein  # only for a text with a bare "pd"

    def right(found: re.Match[str]) -> str:
        word = found[0]
        for said in _DIALYSIS_LONG:
            if Levenshtein.distance(word, said, score_cutoff=1) <= 1:
                return said
        return word

    return re.sub(r"[a-z]{8,}", right, text)


def _over_200(found: re.Match[str]) -> str:
    """First-degree heart block for a PR interval over 200 ms, else the text as it was."""
    if found["s"]:  # "PR 0.24 s": seconds
        return _FIRST_DEGREE if int(found["s"].ljust(3, "0")) > 200 else found[0]
    return _FIRST_DEGREE if int(found["ms"] or found["bare"]) > 200 else found[0]


_MG_LINE = (
    _Lazy(rf"(?i)(\b{_MG_KIND}[\s+\-(,]*)\bMG\b"),
    _Lazy(rf"(?i)(?<![\d.]\s)(?<![\d.])\bMG\b[\s\-,:]*\(\s*({_MG_KIND})\s*\)"),
    _Lazy(rf"(?i)(?<![\d.]\s)(?<![\d.])\bMG\b(?=[\s\-(,:]*\(?\s*{_MG_KIND}\b)"),
    _Lazy(
        r"(?i)(\b(?:hx|h/o|dx|pmh|known|history\s+of|diagnosed(?:\s+with)?)\s*:?\s*)MG\b(?!\s*/)"
    ),
)
_MG_MEDICINE = _Lazy(
    r"(?i)\b(?:pyridostigmine|mestinon|regonol|neostigmine|efgartigimod|vyvgart|zilucoplan"
    r"|zilbrysq|rozanolixizumab|rystiggo|nipocalimab|imaavy|amifampridine|firdapse)\b"
)
"""Medicines given for myasthenia gravis (or, amifampridine, Lambert-Eaton): beside one, a
bare ``MG`` is the disease (``Pyridostigmine 60 mg - MG``)."""
_MG_WORD = r"(?<![\d.])(?<![\d.]\s)\bmg\b|mgfa"
"""``MG`` (or ``MGFA``) not right after a number: without one, no spelling below applies."""
_MG_ALONE = _Lazy(r"(?<![\d.]\s)(?<![\d.])\bMG\b")
_PD_PERITONEAL = _Lazy(r"(?i)\bPD\s*\(\s*peritoneal(?:\s+dialysis)?\s*\)")
_BALANCE = _Lazy(
    r"(?i)^(\s*)(balance)\b(?=.*(?:\b\d(?:\.\d+)?\s*%|\b\d(?:\.\d+)?\s*(?:l|litres?|liters?)\b))"
)
"""``Balance`` first on a line with a glucose strength or a bag's volume (``Balance 1.5% 2L``):
Fresenius's ``balance`` peritoneal dialysis solution."""


def spelled_line(line: str) -> str | None:
    """``line`` with the disease's ``MG`` written ``myasthenia gravis``, ``PD (peritoneal)`` as
    ``peritoneal dialysis`` and a bare dialysis solution's ``Balance`` as ``Fresenius Balance``
    (see the module docstring); None when it holds none of them (most lines)."""
    low = line.casefold()
    out = line
    if "mg" in low and re.search(_MG_WORD, low):  # not "10 mg": milligrams on most lines
        out = _MG_LINE[0].sub(lambda m: f"{m[1]}myasthenia gravis", out)
        out = _MG_LINE[1].sub(r"\1 myasthenia gravis", out)  # "MG (ocular)"
        out = _MG_LINE[2].sub("myasthenia gravis", out)
        out = _MG_LINE[3].sub(r"\1myasthenia gravis", out)  # "Hx MG", "Known MG"
        if _MG_MEDICINE.search(out):  # "Pyridostigmine 60 mg - MG": its reason
            out = _MG_ALONE.sub("myasthenia gravis", out)
    if "pd" in low:  # "PD (peritoneal)": one condition, not PD and a word left over
        out = _PD_PERITONEAL.sub("peritoneal dialysis", out)
    if "balance" in low:
        out = _BALANCE.sub(r"\1Fresenius \2", out)
    return out if out != line else None
