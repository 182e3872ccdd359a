"""How much one dose is: a FHIR ``dosage[].doseAndRate[].doseQuantity`` read into a count, mg or mL.

A ``Quantity`` has a ``value`` and a ``unit`` (text) and/or a ``code`` (UCUM: ``mg``, ``mL``, ``1``,
``{tablet}``; or an orderable dose form: ``TAB``, ``CAP``). Three kinds are read:

- ``count``: tablets, capsules and the like (``{tablet}``, ``TAB``, ``tablets``, UCUM ``1``):
  units of the product;
- ``mg`` (``g`` is turned into mg): milligrams of the product as its name gives its strength;
- ``mL``: millilitres of a liquid; a teaspoon (UCUM ``[tsp_us]``, ``[tsp_m]``, text ``tsp``,
  ``teaspoon``) is 5 mL, a tablespoon (``[tbs_us]``, ``[tbs_m]``, ``tbsp``) 15 mL and a fluid
  ounce (``[foz_us]``, ``fl oz``) 29.57 mL, as typed directions count them
  (:data:`magadvise.names.sig_words.MEASURE_ML`: 21 CFR 101.9(b)(5)(viii) and UCUM).

A capful, a scoop or a dropperful has no volume of its own: it is a problem (the amount is not
known), never one small dose.

A ``doseRange`` counts at its ``high`` end. Anything else, and any value that is not a number
more than 0 and at most the bound for its kind (:data:`BOUNDS`), is kept as a problem: the
amount is then not known, which withholds a dose (the cautious side), never a guess. Several
dosages with different quantities: the largest is kept (the cautious side for the upper level);
different kinds are a problem.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from magadvise.names.forms import DOSE_FORMS, UNITS
from magadvise.names.sig_words import COUNT_UNITS, MEASURE_ML
from magadvise.record import Record

BOUNDS = {"count": 100.0, "mg": 100_000.0, "mL": 2_000.0}
"""Largest dose read, per kind: 100 units, 100 g, 2 L (beyond any one dose: a data error)."""
_COUNT_CODES = frozenset({"1", "{count}", "{each}", "each", "ea"})
_SOLID = ("tablet", "capsule", "caplet", "lozenge", "gumm", "wafer", "chew")
# UCUM codes of household measures (the names typed are in COUNT_UNITS: tsp, tbsp, oz)
_MEASURE_CODES = {
    **dict.fromkeys(("[tsp_us]", "[tsp_m]"), "teaspoon"),
    **dict.fromkeys(("[tbs_us]", "[tbs_m]"), "tablespoon"),
    **dict.fromkeys(("[foz_us]", "[foz_m]", "fl oz", "fluid ounce", "fluid ounces"), "ounce"),
}


class Quantity(Record):
    """One dose's amount: ``kind`` (count, mg, mL; None when it cannot be read), ``value`` in
    that kind's unit, ``written`` (``2 {tablet}``) for messages, ``problem`` (why it cannot be
    read) or None."""

    kind: str | None
    value: float | None
    written: str
    problem: str | None = None


def dose_quantity(dosages: Sequence[dict[str, Any]]) -> Quantity | None:
    """The amount of one dose from the dosages' ``doseAndRate[].doseQuantity``; None if none
    gives one. See the module's docstring for what is read and what is a problem."""
    return _largest([q for d in dosages if (q := dosage_dose(d)) is not None])


def dosage_dose(dosage: dict[str, Any]) -> Quantity | None:
    """The amount of one dose from one dosage's ``doseAndRate``, as :func:`dose_quantity`."""
    rates = dosage.get("doseAndRate")
    return _largest(
        [
            read_quantity(amount)
            for rate in (rates if isinstance(rates, list) else [])
            if isinstance(rate, dict) and (amount := _amount(rate)) is not None
        ]
    )


def _largest(found: list[Quantity]) -> Quantity | None:
    """The largest of doses of one kind; the first problem; a problem for different kinds."""
    if not found:
        return None
    bad = next((q for q in found if q.problem is not None), None)
    if bad is not None:
        return bad
    if len({q.kind for q in found}) > 1:
        written = ", ".join(q.written for q in found)
        return Quantity(None, None, written, f"doses given in different units ({written})")
    return max(found, key=lambda q: q.value or 0)


def _amount(rate: dict[str, Any]) -> dict[str, Any] | None:
    """A ``doseQuantity``, or the ``high`` end of a ``doseRange`` (1-2 tablets: 2, the cautious
    reading for the upper level); None when neither is given."""
    quantity = rate.get("doseQuantity")
    if isinstance(quantity, dict):
        return quantity
    span = rate.get("doseRange")
    high = span.get("high") if isinstance(span, dict) else None
    return high if isinstance(high, dict) else None


def read_quantity(quantity: dict[str, Any]) -> Quantity:
    """One ``doseQuantity`` (see the module's docstring)."""
    value, unit, code = quantity.get("value"), quantity.get("unit"), quantity.get("code")
    label = next((u for u in (unit, code) if isinstance(u, str) and u.strip()), "")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    shown = f"{value:g}" if number else "?" if value is None else str(value)[:20]
    written = f"{shown} {label[:20]}".strip()
    kind, scale = _kind(code) or _kind(unit) or (None, 1.0)
    if kind is None:
        return Quantity(None, None, written, f"dose unit '{label or 'none'}' not read")
    number_value = json_number(value)
    if number_value is None:
        return Quantity(None, None, written, "dose amount is not a number")
    amount = number_value * scale
    if amount <= 0 or amount > BOUNDS[kind]:
        return Quantity(None, None, written, f"dose amount {written} is not a plausible dose")
    return Quantity(kind, amount, written)


def json_number(value: Any) -> float | None:
    """A JSON number (not a boolean, finite) as a float; else None."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _kind(unit: Any) -> tuple[str, float] | None:
    """The kind (count, mg or mL) of a unit text or code and the kind's units in one of it
    (``g``: 1000 mg; ``[tsp_us]``: 5 mL); None for anything else."""
    if not isinstance(unit, str) or not unit.strip():
        return None
    word = unit.strip().casefold()
    if word in _COUNT_CODES:
        return "count", 1.0
    measure = _MEASURE_CODES.get(word)
    word = word.strip("{}").removesuffix("(s)").strip()
    measure = measure or _MEASURE_CODES.get(word) or COUNT_UNITS.get(word)
    if measure in MEASURE_ML:
        return "mL", MEASURE_ML[measure]
    form = DOSE_FORMS.get(word)
    if form is not None and any(solid in form[0] for solid in _SOLID):
        return "count", 1.0
    named = UNITS.get(word)
    scale = {"mg": ("mg", 1.0), "g": ("mg", 1000.0), "mL": ("mL", 1.0)}
    return scale.get(named or "")
