"""Dose forms written by a device's or a product line's name, as UK and Australian records
print them (``Symbicort Turbuhaler 200/6``, ``Seretide 250 Accuhaler``, ``Zofran wafer``).

Read as words of the name, they made the line NOT ASSESSED (``Pulmicort Turbuhaler``) or left
an inhaled medicine read as taken by mouth. A device word is a form only after the name: the
rules' own names that hold one (``Relvar Ellipta``, ``Trelegy Ellipta``) are looked up whole
first, as typed.
"""

from __future__ import annotations

INHALER_DEVICES = (
    "accuhaler", "turbuhaler", "ellipta", "respimat", "handihaler", "breezhaler", "easyhaler",
    "spiromax", "nexthaler", "genuair", "evohaler", "autohaler", "easi breathe", "easibreathe",
    "modulite", "diskus", "twisthaler", "flexhaler", "pressair", "aerosphere", "clickhaler",
    "novolizer",
)  # fmt: skip
"""Inhaler devices by name (each an inhaler: the medicine is inhaled)."""
MELTS = ("wafer", "wafers", "zydis", "melt", "melts")
"""Names of tablets that melt on the tongue (orally disintegrating)."""
