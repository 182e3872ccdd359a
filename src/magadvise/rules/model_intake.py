"""The model of intakes by age (RDA or AI, the upper level for supplements) and of foods."""

from __future__ import annotations

from typing import Any

from magadvise.record import Record
from magadvise.rules.model import fields


class Food(Record):
    """A food and the magnesium in one serving."""

    id: str
    name: str
    serving: str
    mg: float
    vegan: bool
    sources: tuple[str, ...]
    group: str | None = None
    note: str | None = None

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> Food:
        return cls(id=id, **fields(raw))


class RdaRow(Record):
    """Recommended intake for ages [age_from, age_to) in years, mg/day from all sources."""

    age_from: float
    age_to: float | None
    kind: str
    male: float
    female: float
    pregnancy: float | None = None
    lactation: float | None = None

    def covers(self, age: float) -> bool:
        """True when ``age`` falls in [age_from, age_to)."""
        return age >= self.age_from and (self.age_to is None or age < self.age_to)

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> RdaRow:
        return cls(
            age_from=raw["from"],
            age_to=raw["to"],
            kind=raw["kind"],
            male=raw["male"],
            female=raw["female"],
            pregnancy=raw.get("pregnancy"),
            lactation=raw.get("lactation"),
        )


class UpperLimitRow(Record):
    """Tolerable upper intake of SUPPLEMENTAL magnesium for ages [age_from, age_to)."""

    age_from: float
    age_to: float | None
    mg: float | None
    note: str | None = None

    def covers(self, age: float) -> bool:
        """True when ``age`` falls in [age_from, age_to)."""
        return age >= self.age_from and (self.age_to is None or age < self.age_to)

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> UpperLimitRow:
        return cls(raw["from"], raw["to"], raw["mg"], raw.get("note"))


class Intake(Record):
    """Recommended intakes by age and the upper level for supplements, with their sources."""

    daily_value_mg: float
    daily_value_sources: tuple[str, ...]
    rda: tuple[RdaRow, ...]
    rda_sources: tuple[str, ...]
    upper_limit: tuple[UpperLimitRow, ...]
    upper_limit_note: str
    upper_limit_sources: tuple[str, ...]
    upper_limit_adult_note: str | None = None  # said only to adults, after upper_limit_note

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Intake:
        return cls(
            daily_value_mg=raw["daily_value_mg"],
            daily_value_sources=tuple(raw["daily_value_sources"]),
            rda=tuple(RdaRow.from_raw(r) for r in raw["rda"]),
            rda_sources=tuple(raw["rda_sources"]),
            upper_limit=tuple(UpperLimitRow.from_raw(r) for r in raw["upper_limit"]),
            upper_limit_note=raw["upper_limit_note"],
            upper_limit_sources=tuple(raw["upper_limit_sources"]),
            upper_limit_adult_note=raw.get("upper_limit_adult_note"),
        )
