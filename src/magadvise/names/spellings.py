"""Spellings on a typed line read as their plain words before the line is parsed.

Trademarks (``Tylenol®``), ``tab(s)``, ``w/ meals``, ``N/V``, the UK ``m/r``, the oil an
injection is dissolved in (``Progesterone in oil``: its vehicle, not part of its name), a plasma
product's source (``(Human)``), the rhesus antigen in brackets inside a name (``Rho(D) immune
globulin``, the RxNorm and U.S. label name of anti-D, ``Rh0(D)`` with a zero on the labels, is
read as ``Rho D immune globulin``, not as ``Rho immune globulin`` with a second name ``D``),
and what a health record's printed directions restate: Epic's after-visit summaries write each
number twice and each dose's total in brackets (``Take 1 tablet (10 mg total) by mouth 2 (two)
times daily``). Read as names, those brackets were reported as NOT ASSESSED medicines ("10 mg
total", "two") on every line of such a list. The number word is dropped only after the same
number (``2 (two)``), and a total only when the bracket holds nothing else (``(10 mg total)``),
so a bracket that says anything more is still read.
"""

from __future__ import annotations

import re

_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")  # fmt: skip
_REWRITES = (  # (pattern, replacement): spellings read as their plain words, in this order
    (r"(?i)[™®©℠]|\((?:tm|r|c)\)", " "),  # trademarks
    (r"(?i)(?<=[^\W\d_])\(s\)", "s"),  # "tab(s)", "capsule(s)"
    (r"(?i)\bw/\s*", "with "),  # "w/ meals", "Tylenol w/ codeine"
    (r"(?i)\bn\s*/\s*v\b", "nausea/vomiting"),  # "prn N/V": nausea or vomiting, a reason
    (r"\b([mscMSC])\s*/\s*([rR])\b", r"\1\2"),  # UK "m/r", "M/R", "s/r", "c/r"
    (r"(?i)\brh[o0]?\s*\(\s*d\s*\)\s*", "Rho D "),  # "Rho(D) immune globulin", "Rh0 (D)"
    (r"(?i)\(\s*human\s*\)", " "),  # "Rho(D) Immune Globulin (Human)": where it comes from
    (  # "2 (two) times daily", "every 12 (twelve) hours": the number said again in words
        "(?i)"
        + "|".join(rf"(?<![\d.]){n}\s*\(\s*{word}\s*\)" for n, word in enumerate(_NUMBER_WORDS, 1)),
        lambda m: m.group(0).split("(")[0],
    ),
    (  # "(10 mg total)", "(1,000 mg total)", "(20 mEq total)": each dose's total, restated
        r"(?i)\(\s*\d[\d,]*(?:\.\d+)?\s*(?:mg|mcg|micrograms?|g|meq|units?|iu|ml|puffs?"
        r"|drops?|tablets?|capsules?|sprays?)\s+total\s*\)",
        " ",
    ),
)
_REWRITTEN = frozenset("/(™®©℠")
"""A text with none of these characters has nothing the rewrites change."""
_IN_OIL = (
    r"(?i)\bin\s+(?:(?:sesame|cottonseed|castor|arachis|peanut|olive|ethyl\s+oleate)\s+)?oil\b"
)


def plain_spellings(text: str) -> str:
    """``text`` with the spellings of the module docstring read as plain words (the same
    string when it has none)."""
    clean = text
    if not _REWRITTEN.isdisjoint(text):
        for pattern, replacement in _REWRITES:
            clean = re.sub(pattern, replacement, clean)
    if "oil" in clean.casefold():
        clean = re.sub(_IN_OIL, " ", clean)
    return clean
