"""What a record's results mean: kidney function (eGFR, creatinine clearance) and serum magnesium.

Kidney function is read into the bands a typed ``--condition "CrCl 40"`` uses
(:func:`magadvise.advice.kidney_number.band`: below 30 mL/min (/1.73 m2) severe kidney disease,
30 to under 60 kidney disease), a bound or range as its safer reading (``<15`` the worse band
below it, ``15-29`` its lower end, ``>60`` at 60: no kidney condition by itself); an upper bound
above 60 (``<90``) says nothing usable and is not read.

A serum magnesium above :data:`MAGNESIUM_ABOVE` counts as the rules' ``hypermagnesemia``
condition (high blood magnesium), which withholds the dose. The upper limit of the normal range:
0.95 mmol/L (2.31 mg/dL, 1.9 mEq/L), the serum range 0.75-0.95 mmol/L given by the Institute of
Medicine's Dietary Reference Intakes, 1997, chapter 6 (rules source ``s1c``, primary). The US
label of Magnesium Sulfate in Water for Injection (Hospira/Pfizer, clinical pharmacology,
https://www.pfizermedicalinformation.com/en-us/magnesium-sulfate-0/clinical-pharmacology) gives
1.3-2.1 mEq/L (up to 1.05 mmol/L): the sources differ, and the lower upper limit is used, the
safer reading. Laboratories set their own ranges; a result just above 0.95 mmol/L that the lab
calls normal still withholds here, and the output sends the person to ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.medlist import Entry
    from magadvise.rules.model_conditions import Condition
    from magadvise.rules.ruleset import Rules

MAGNESIUM_ABOVE = 0.95
"""mmol/L: a serum magnesium above this is high (IOM 1997 range 0.75-0.95 mmol/L; see above)."""
HIGH_MAGNESIUM = "hypermagnesemia"
UNITS = {"egfr": "mL/min/1.73m2", "crcl": "mL/min"}
NAMES = {"egfr": "eGFR", "crcl": "creatinine clearance"}


def written(entry: Entry) -> str:
    """A result as the record gives it, for messages: ``eGFR <90``, ``Magnesium 3.4 mg/dL``."""
    shown = entry.also[-1] if entry.also else NAMES.get(entry.fact or "", "result")
    return f"{shown} {entry.also[0] if entry.fact == 'magnesium' else entry.name}"


def result_conditions(rules: Rules, entry: Entry) -> tuple[list[Condition], str] | None:
    """The conditions a result (``fact`` ``egfr``, ``crcl`` or ``magnesium``) counts as, and
    how it reads (``eGFR <15 mL/min/1.73m2``); None when its value says nothing usable."""
    if entry.fact == "magnesium":
        mmol = float(entry.name)
        written = entry.also[0] if entry.also else f"{entry.name} mmol/L"
        text = f"serum magnesium {written} ({mmol:g} mmol/L)"
        high = rules.conditions.find(HIGH_MAGNESIUM) if mmol > MAGNESIUM_ABOVE else None
        if mmol > MAGNESIUM_ABOVE and high is None:
            return None  # rules with no such condition cannot place a high result
        return ([high] if high is not None else []), text
    from magadvise.advice.kidney_number import CKD_BELOW, band, reading

    read = reading(entry.name)
    if read is None:
        return None
    value, upper = read
    if upper and value > CKD_BELOW:
        return None
    text = f"{NAMES.get(entry.fact or '', 'eGFR')} {entry.name} {UNITS.get(entry.fact or '', '')}"
    found = band(value, upper)
    condition = rules.conditions.find(found) if found else None
    if found is not None and condition is None:
        return None
    return ([condition] if condition is not None else []), text.strip()
