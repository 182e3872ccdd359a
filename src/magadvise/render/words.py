"""Plain-language labels shared by every output format."""

from __future__ import annotations

import re

DIRECTION = {
    "lowers-drug": "magnesium lowers the drug's absorption or effect",
    "depletes-magnesium": "the drug depletes magnesium",
    "retains-magnesium": "the drug makes the body keep magnesium",
    "additive": "additive effect",
    "other": "other interaction",
    "none": "none listed in the sources named below",
}

FINDING = {
    "benefit": "points to a benefit",
    "no-benefit": "points to no meaningful benefit",
    "conflicting": "is conflicting",
    "uncertain": "is uncertain",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Untrusted text made safe for a terminal: control characters shown escaped, not obeyed."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def dose_range(min_mg: float, max_mg: float) -> str:
    """``300-600 mg`` or ``600 mg``."""
    if min_mg == max_mg:
        return f"{min_mg:g} mg"
    return f"{min_mg:g}-{max_mg:g} mg"
