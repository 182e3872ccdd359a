"""A plain list's line that gives the person's weight (``Wt 16 kg``), read as who it is for.

``Wt 16 kg``, ``Weight: 16 kg``, ``Wgt 16 kg``, ``Pt wt 16 kg``, ``Current weight: 16 kg``,
``Weight (kg): 16``, ``BW 16 kg``, ``Last weight 16 kg``, Epic's ``Wt Readings from Last 1
Encounters: 16 kg`` and ``Weight as of 11/28/26: 16 kg``, ``Ht 105 cm Wt 16 kg``, ``Pt weighs
35 lbs``, ``Body weight = 70 kg`` and ``16 kg`` alone on its line are not medicines: they say
how heavy the person is, and a child's weight on the list tells that the person is a child
(:mod:`magadvise.advice.listed_weight` decides what it means). So they are kept as the person's
weight (``Entry.fact`` :data:`WEIGHT`, ``Entry.name`` as written), never as a medicine not
assessed. A weight with no unit (``Weight: 16``) is read in pounds, the lighter of its two
readings (the safer one for a child); a unit in brackets after the label (``Weight (kg): 16``)
is the number's; stones after a label are read as UK lists write them (``Wt 16 st``, ``Wt 16
st 4 lb``). A line that says it gives a weight but cannot be read (``Weight: sixteen``, ``Ht
105 cm Wt ?``, ``approx 16 kg``) is kept as a weight not read, which withholds the dose until
``--age`` is given: it may be a child's.

Only a whole line is read: ``16 kg`` inside a medicine's line (``enoxaparin 1 mg/kg``) is not.
"""

from __future__ import annotations

import re

from magadvise.medlist import Entry

WEIGHT = "weight"  # Entry.fact of a weight written on a list (Entry.name: the line as written)
LB_KG = 0.45359237
"""Kilograms in one pound (the international avoirdupois pound)."""
ST_LB = 14
"""Pounds in one stone (UK Weights and Measures Act 1985, Schedule 1): 6.35029318 kg."""
_KG = r"kgs?|kilos?|kilograms?"
_LB = r"lbs?|pounds?"
_ST = (
    rf"(?:st|stones?)(?:\s*(?P<lb>\d{{1,2}}(?:\.\d)?)\s*(?:{_LB})|\s*(?P<lb2>1[0-3]|\d)"
    r"(?!\.?\d))?"
)
"""Stones, and pounds after them (``16 st``, ``16 st 4 lb``, and ``16 stone 4``: 0 to 13 pounds
without their unit, as UK lists write them): a UK weight."""
_WHO = (
    r"(?:(?:pt\.?|patient'?s?|child'?s?)\s+)?"
    r"(?:(?:current|present|today'?s|latest|actual|last|most\s+recent|recent)\s+)?"
)
_EPIC = (
    r"(?:\s+readings?\s+from\s+last\s+\d{1,3}\s+encounters?|\s+as\s+of\s+"
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:\s+\d{1,2}:\d{2}(?:\s*[ap]m)?)?)?"
)
"""Epic's words between the label and the weight (``Wt Readings from Last 1 Encounters:``,
``Weight as of 11/28/26:``), set aside."""
_LABEL = rf"{_WHO}(?:(?:body\s*)?weight|wgt|wt|bw|(?:pt\.?|patient|child)\s+weighs)\.?{_EPIC}"
_SAYS = _LABEL.replace("|bw|", r"|bw(?=\s*[:=])|")
"""A weight's label, but ``BW`` only before ``:`` (``BW 3/12`` is often bloodwork, not weight)."""
_UNITLESS = re.compile(r"(?i)\s*(?:(?:pt\.?|patient|child)\s+is|bw)\b")
"""Labels whose number is not read without a unit (``Pt is 16`` is an age, ``BW 6`` unclear)."""
_WORD = rf"(?:{_LABEL}|(?:pt\.?|patient|child)\s+is)"
_HEIGHT = r"(?:ht|height|length)\.?\s*[:=-]?\s*\d{1,3}(?:\.\d{1,2})?\s*(?:cm|m|in|inches|\")?\.?"
_SIDE = rf"(?:\s*[,;/]?\s*(?:{_HEIGHT}|bmi\s*[:=]?\s*\d{{1,2}}(?:\.\d{{1,2}})?))?"
"""A height or a BMI beside the weight on its line (``Ht 105 cm Wt 16 kg``), set aside."""
_WEIGHT = re.compile(
    rf"(?i)\s*(?:{_HEIGHT}\s*[,;/]?\s*)?{_WORD}\s*(?:\(\s*(?P<said>{_KG}|{_LB})\s*\)|in\s+"
    rf"(?P<said2>{_KG}|{_LB}))?\s*[:=-]?\s*(?P<amount>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*"
    rf"(?P<unit>{_KG}|{_LB}|{_ST})?\.?{_SIDE}\s*"
)
_BARE = re.compile(rf"(?i)\s*(?P<amount>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*(?P<unit>{_KG}|{_LB})\.?\s*")
"""A weight alone on its line (``16 kg``, ``35 lbs``)."""
_SAID = re.compile(
    rf"(?i)\s*(?:{_HEIGHT}\s*[,;/]?\s*)?{_SAYS}\s*(?:\([^()]*\))?\s*"
    r"(?:[:=]\s*\S|\d|\?|in\s+k|in\s+l)"
)
"""A line that says it gives a weight (``Weight: sixteen``, ``Wt 2 st``), read or not; not
``Weight loss tablets``, a product's name."""
_LOOSE = re.compile(rf"(?i)(?<![\w/.,])\d{{1,3}}(?:[.,]\d{{1,2}})?\s*(?:{_KG}|{_LB})\b(?!\s*/)")
_HEDGES = frozenset(
    ("approx", "approximately", "about", "around", "roughly", "circa", "ca", "est", "estimated",
     "weighs", "weighed", "is", "pt", "patient", "child", "current", "currently", "today", "now")
)  # fmt: skip
"""Words beside a weight alone (``approx 16 kg``, ``weighs about 35 lb``): a weight not read.
Any other word may name a medicine (``Epsom salt 1 lb bag``), which is kept as one."""


def weight_entry(text: str, file: str, line: int | None) -> Entry | None:
    """The line as the person's weight (read by :func:`kilograms`, or a weight not read), or
    None for a line that gives no weight."""
    plain = _plain(text)
    loose = _LOOSE.search(plain) is not None and set(_words(_LOOSE.sub(" ", plain))) <= _HEDGES
    if kilograms(text) is not None or _SAID.match(plain) or loose:
        return Entry(text, file, line, fact=WEIGHT)
    return None


def kilograms(text: str) -> float | None:
    """The weight ``text`` gives in kg (one decimal), or None when it gives none it can read."""
    plain = _plain(text)
    found = _WEIGHT.fullmatch(plain) or _BARE.fullmatch(plain)
    if found is None:
        return None
    groups = found.groupdict()
    units = [str(groups[k]) for k in ("said", "said2", "unit") if groups.get(k)]
    if not units and _UNITLESS.match(plain):  # "Pt is 16": an age
        return None
    if len({u.casefold()[0] for u in units}) > 1:  # "Weight (kg): 35 lb": not read
        return None
    amount, unit = float(found["amount"].replace(",", ".")), (units or ["lb"])[0].casefold()
    if unit.startswith("s"):  # "Wt 16 st 4 lb"
        amount, unit = amount * ST_LB + float(groups.get("lb") or groups.get("lb2") or 0), "lb"
    return round(amount if unit.startswith("k") else amount * LB_KG, 1)


def _words(text: str) -> list[str]:
    """The words of ``text``, lower case (letters only)."""
    return re.findall(r"[a-z]+", text.casefold())


def _plain(text: str) -> str:
    """``text`` without a note in brackets at its end (``Wt 16 kg (2026-11-02)``)."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", text)
