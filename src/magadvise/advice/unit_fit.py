"""How many units of a product a day meet a dose range, and when that is too many."""

from __future__ import annotations

import math

from magadvise.advice.units import mg
from magadvise.record import Record

EPSILON = 1e-9
MANY_UNITS = 4  # more units a day than this is called out: few people keep up 5+ tablets a day
TOO_MANY = "Too many tablets: choose a product with more magnesium per unit (ask a pharmacist)."


class UnitFit(Record):
    """How many units of a product a day meet a dose range (never more than its top)."""

    elemental_per_unit: float
    min_mg: float
    max_mg: float

    @property
    def per_day(self) -> int:
        """Units a day: the fewest that reach the range, or the most that stay under its top."""
        low = max(1, math.ceil(self.min_mg / self.elemental_per_unit - EPSILON))
        if low * self.elemental_per_unit <= self.max_mg + EPSILON:
            return low
        return math.floor(self.max_mg / self.elemental_per_unit + EPSILON)

    @property
    def total_mg(self) -> float:
        """Elemental mg a day from ``per_day`` units."""
        return self.per_day * self.elemental_per_unit

    @property
    def too_many(self) -> bool:
        """True when meeting the range takes more than MANY_UNITS units a day."""
        return self.per_day > MANY_UNITS

    @property
    def fits(self) -> bool:
        """True when a whole number of units lands inside the range."""
        return self.per_day >= 1 and self.min_mg - EPSILON <= self.total_mg <= self.max_mg + EPSILON

    def sentence(self, unit: str = "unit") -> str:
        """``5 units a day give 352.5 mg`` and, when nothing fits, what the neighbours give."""
        if self.per_day == 0:
            return (
                f"One {unit} already gives {mg(self.elemental_per_unit)}, more than the "
                f"{mg(self.max_mg)}/day top of the range: ask a pharmacist for a smaller product."
            )
        plural = unit if self.per_day == 1 else unit + "s"
        text = f"{self.per_day} {plural} a day give {mg(self.total_mg)} elemental magnesium"
        if self.fits:
            text += "."
        else:
            above = (self.per_day + 1) * self.elemental_per_unit
            text += (
                f", a little under the range; {self.per_day + 1} would give {mg(above)}, "
                "above its top. No whole number of units lands in the range."
            )
        return f"{TOO_MANY} {text}" if self.too_many else text
