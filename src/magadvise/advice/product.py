"""A product as people type it (``glycinate 500mg``, ``oxide 1,000 mg``): its form and amount."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.dose import Amount, Percent, find_percent
from magadvise.advice.units import sane
from magadvise.errors import UsageError, echo
from magadvise.record import Record
from magadvise.rules.model_goals import Avoid
from magadvise.rules.names import nfkc
from magadvise.rules.ruleset import Rules

if TYPE_CHECKING:
    from magadvise.advice.named_product import NamedProduct

# A number as written: digits with "," or "." between them, then an optional unit.
_AMOUNT = re.compile(
    r"(?P<n>\d+(?:[.,]\d+)*)\s*(?P<unit>mg|g|mcg|μg|ug|milligrams?|grams?|micrograms?)?\.?\s*$",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^\s*(?:magnesium|mg)\b\s*", re.IGNORECASE)
TO_MG = {"mg": 1.0, "g": 1000.0, "mcg": 0.001, "μg": 0.001, "ug": 0.001}
UNIT_NAMES = {"milligram": "mg", "gram": "g", "microgram": "mcg"}


def read_number(text: str, what: str) -> float:
    """A number as written: ``1,000`` and ``1,000.5`` use comma grouping; ``2,5`` and ``0,5``
    a decimal comma; ``1.5`` a decimal point. ``1.000`` (dot grouping, or three decimals?) is
    ambiguous and a UsageError that asks, never a guess.
    """
    if "," in text and "." in text:  # both: the last one is the decimal mark
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        grouping = "," if decimal == "." else "."
        return float(text.replace(grouping, "").replace(decimal, "."))
    for mark in (",", "."):
        if mark not in text:
            continue
        parts = text.split(mark)
        grouped = parts[0][:1] != "0" and len(parts[0]) <= 3
        grouped = grouped and all(len(p) == 3 for p in parts[1:])
        if len(parts) > 2 and not grouped:
            raise UsageError(f"{what}: {echo(text)} is not a number")
        if mark == "," and grouped:
            return float(text.replace(",", ""))  # 1,000 is one thousand
        if mark == "." and grouped:
            whole = text.replace(".", "")
            raise UsageError(
                f"{what}: {echo(text)} is ambiguous: write {whole} for {int(whole):,} "
                f"or {text.rstrip('0').rstrip('.') or '0'} for the decimal"
            )
        if len(parts) > 2:
            raise UsageError(f"{what}: {echo(text)} is not a number")
        return float(text.replace(",", "."))
    return float(text)


def read_amount(text: str, what: str) -> tuple[str, float | None]:
    """``"oxide 1,000 mg"`` -> (``"oxide"``, 1000.0); units mg (default), g, mcg/µg."""
    folded = nfkc(text)  # the micro sign µ becomes Greek mu μ
    match = _AMOUNT.search(folded)
    if not match:
        return text, None
    value = read_number(match.group("n"), what)
    unit = (match.group("unit") or "mg").lower().rstrip("s")
    unit = UNIT_NAMES.get(unit, unit)
    return folded[: match.start()], value * TO_MG[unit]


class Product(Record):
    """The product the person has, read from text like ``glycinate 500mg``, or named as a
    product the rules count (``Mag-Ox 400``: ``named``, see advice.named_product)."""

    text: str
    percent: Percent
    amount: Amount | None
    avoid: Avoid | None
    named: NamedProduct | None = None

    @property
    def reading(self) -> str:
        """How the product's mg was read: as the compound, or as elemental magnesium."""
        if self.amount is None:
            return "no amount given"
        return self.amount.given


def parse_product(
    rules: Rules, text: str, elemental_per_unit: float | None, variant: str | None = None
) -> tuple[Percent, float | None]:
    """``"glycinate 500mg"`` -> (its percentage, 500.0); the form must be one the rules know."""
    what = f"--product {echo(text)}"
    name, amount = read_amount(text, what)
    name = name.strip()
    if not name:
        raise UsageError(f'{what}: name the form, e.g. "glycinate 500mg"')
    form = name if rules.formulations.find(name) else (_PREFIX.sub("", name) or name)
    percent = find_percent(rules, form, variant)
    if amount is not None:
        sane(amount, f"{what}: the amount (mg)")
    if elemental_per_unit is not None:
        sane(elemental_per_unit, "--elemental-per-unit (mg)")
    return percent, amount
