"""Whether a name the rules do not know says it is a magnesium product or a multivitamin."""

from __future__ import annotations

import re

# Words that say an unrecognised name is a magnesium product: 'magnesium', 'magnesia', 'Mag'
# alone or hyphenated ('Mag-Tab', 'Cal-Mag'), 'Mg' before a salt (not
# '500 mg citrate', a strength), Epsom salt; or a multivitamin ('multivitamin', 'multi' alone,
# 'prenatal'), which holds magnesium in an amount that differs by brand; or an aluminium-
# magnesium antacid whose generic does not say magnesium (magaldrate, almasilate, almagate,
# hydrotalcite, simaldrate: the drug vocabulary's generic for Riopan-type antacids).
_NAMES_MAGNESIUM = (  # compiled on first use (re caches it): nothing at import time
    r"magnes|\bmag\b|magaldrat|almasilat|almagat|hydrotalcit|simaldrat|\bmag-|-mag\b|\bepsom\b|multi-?vit|\bmulti\b(?!-)|\bprenatal|"
    r"(?<!\d )(?<!\d)\bmg\s+(?:citrate|oxide|glycinate|chloride|lactate|malate|taurate|"
    r"threonate|sulfate|bisglycinate|aspartate|gluconate|carbonate|hydroxide|orotate)\b"
)


def names_magnesium(text: str) -> bool:
    """True when a name the rules do not know (or the drug vocabulary's generic for it) says it
    is a magnesium product (``Calm Kids Natural Calm magnesium``, ``Mag 64``, ``Mg citrate 200``,
    ``aluminum hydroxide and magnesium hydroxide``, ``magaldrate``) or a multivitamin
    (``Kirkland Daily Multi``, ``prenatal gummies``)."""
    return re.search(_NAMES_MAGNESIUM, text, re.IGNORECASE) is not None
