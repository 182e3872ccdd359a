"""Spellings of a medicine's text read as their plain words before it is parsed.

Trademark signs, ``tab(s)``, ``w/``, ``N/V``, the UK ``m/r``, the oil an injection is dissolved
in, a plasma product's source (``(Human)``), and the rhesus antigen written in brackets inside
a name: ``Rho(D) immune globulin`` (the
RxNorm and US label name of anti-D immunoglobulin; ``Rh0(D)`` with a zero on the labels) is
read as ``Rho D immune globulin``, not as a name ``Rho immune globulin`` with a second name
``D`` in brackets (:mod:`magadvise.names.parse` reads each bracket as another name).
"""

from __future__ import annotations

import re

_REWRITES = (  # (pattern, replacement): spellings read as their plain words, in this order
    (r"(?i)[™®©℠]|\((?:tm|r|c)\)", " "),  # trademarks
    (r"(?i)(?<=[^\W\d_])\(s\)", "s"),  # "tab(s)", "capsule(s)"
    (r"(?i)\bw/\s*", "with "),  # "w/ meals", "Tylenol w/ codeine"
    (r"(?i)\bn\s*/\s*v\b", "nausea/vomiting"),  # "prn N/V": nausea or vomiting, a reason
    (r"\b([mscMSC])\s*/\s*([rR])\b", r"\1\2"),  # UK "m/r", "M/R", "s/r", "c/r"
    (r"(?i)\brh[o0]?\s*\(\s*d\s*\)\s*", "Rho D "),  # "Rho(D) immune globulin", "Rh0 (D)"
    (r"(?i)\(\s*human\s*\)", " "),  # "Rho(D) Immune Globulin (Human)": where it comes from
)
_REWRITTEN = frozenset("/(™®©℠")
"""A text with none of these characters has nothing the rewrites change."""
_IN_OIL = (
    r"(?i)\bin\s+(?:(?:sesame|cottonseed|castor|arachis|peanut|olive|ethyl\s+oleate)\s+)?oil\b"
)
"""The oil an injection is dissolved in (``Progesterone in oil``, ``testosterone cypionate in
cottonseed oil``): its vehicle, not part of its name."""


def plain_spelling(text: str) -> str:
    """``text`` with the spellings of the module read as their plain words."""
    clean = text
    if not _REWRITTEN.isdisjoint(text):
        for pattern, replacement in _REWRITES:
            clean = re.sub(pattern, replacement, clean)
    if "oil" in clean.casefold():
        clean = re.sub(_IN_OIL, " ", clean)
    return clean
