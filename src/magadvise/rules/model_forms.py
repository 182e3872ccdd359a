"""The model of a form of magnesium: its salts, label ages and elemental percentage."""

from __future__ import annotations

from typing import Any

from magadvise.record import Record
from magadvise.rules.model import fields


class Variant(Record):
    """Another salt or hydrate of a formulation, with its own elemental percentage."""

    id: str
    name: str
    elemental_percent: float
    sources: tuple[str, ...]
    note: str | None = None


class LabelBand(Record):
    """One dosing band of a form's label: from this age, the smallest dose in elemental mg."""

    age_from: float
    smallest_mg: float


class LabelAges(Record):
    """The ages a form's own label (OTC Drug Facts) gives a dose for, youngest band first."""

    bands: tuple[LabelBand, ...]
    note: str
    sources: tuple[str, ...]

    @property
    def min_age(self) -> float:
        """The youngest age (years) the label gives any dose for."""
        return self.bands[0].age_from

    def smallest_mg(self, age: float) -> float | None:
        """Elemental mg in the label's smallest dose at ``age`` (None below its youngest band)."""
        found = [b for b in self.bands if b.age_from <= age]
        return found[-1].smallest_mg if found else None


class Formulation(Record):
    """A form of magnesium and how it behaves."""

    id: str
    name: str
    elemental_percent: float
    elemental_basis: str
    absorption: str
    absorption_level: str
    gi_effects: str
    laxative_effect: str
    typical_uses: tuple[str, ...]
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    evidence: str | None = None
    cautions: tuple[str, ...] = ()
    label_ages: LabelAges | None = None

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> Formulation:
        variants = tuple(Variant(id=k, **fields(v)) for k, v in raw.get("variants", {}).items())
        ages = raw.get("label_ages")
        label = None
        if ages is not None:
            bands = tuple(LabelBand(**b) for b in ages["bands"])
            label = LabelAges(bands, ages["note"], tuple(ages["sources"]))
        return cls(id=id, **fields(raw, variants=variants, label_ages=label))
