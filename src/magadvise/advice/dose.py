"""Dose arithmetic: compound <-> elemental magnesium, for a form (and variant) the rules know."""

from __future__ import annotations

from magadvise.advice.lookup import find
from magadvise.errors import UsageError, echo
from magadvise.record import Record
from magadvise.rules.model_forms import Formulation, Variant
from magadvise.rules.names import normalize
from magadvise.rules.ruleset import Rules
from magadvise.rules.wording import suggest


class Percent(Record):
    """The elemental percentage used, and where it comes from."""

    formulation: Formulation
    variant: Variant | None = None

    @property
    def value(self) -> float:
        """Elemental magnesium, % by weight of the compound."""
        return (self.variant or self.formulation).elemental_percent

    @property
    def name(self) -> str:
        """The compound's name."""
        return self.variant.name if self.variant else self.formulation.name

    @property
    def basis(self) -> str:
        """Which compound and hydration the percentage is for, as the rules say."""
        if self.variant is None:
            return self.formulation.elemental_basis
        return self.variant.name + (f" ({self.variant.note})" if self.variant.note else "")

    @property
    def sources(self) -> tuple[str, ...]:
        """Source ids behind the percentage."""
        return (self.variant or self.formulation).sources

    @property
    def alternatives(self) -> tuple[Variant, ...]:
        """The form's other salts or hydrates, when its own percentage is the one used."""
        return () if self.variant else self.formulation.variants


def find_percent(rules: Rules, form: str, variant: str | None = None) -> Percent:
    """The formulation (and variant) named, or UsageError with suggestions."""
    formulation = find(rules.formulations, form, "formulation")
    if variant is None:
        return Percent(formulation)
    if not formulation.variants:
        raise UsageError(f"{formulation.name} has no variants in the rules file")
    names = {normalize(n): v for v in formulation.variants for n in (v.id, v.name)}
    chosen = names.get(normalize(variant))
    if chosen is None and normalize(variant) in normalize(formulation.elemental_basis).split():
        return Percent(formulation)  # the form's own percentage is for this hydrate or salt
    if chosen is None:
        close = suggest(normalize(variant), names, n=3)
        ids = tuple(dict.fromkeys(names[c].id for c in close)) or tuple(
            v.id for v in formulation.variants
        )
        raise UsageError(
            f"unknown variant {echo(variant)} of {formulation.name} (its own percentage is for "
            f"{formulation.elemental_basis})",
            ids,
        )
    return Percent(formulation, chosen)


def to_elemental(compound_mg: float, percent: float) -> float:
    """Elemental mg in ``compound_mg`` of a compound that is ``percent``% magnesium."""
    return compound_mg * percent / 100


def to_compound(elemental_mg: float, percent: float) -> float:
    """Compound mg that holds ``elemental_mg`` of magnesium."""
    return elemental_mg * 100 / percent


class Amount(Record):
    """A daily amount of one form: per unit as given, and the day's total both ways."""

    percent: Percent
    given: str
    per_unit_mg: float
    units: float | None = None
    assumed: bool = False  # "elemental" taken as the safer reading of an unsaid number

    @property
    def compound_per_unit(self) -> float:
        """Compound mg per unit (or for the whole day when no units were given)."""
        if self.given == "compound":
            return self.per_unit_mg
        return to_compound(self.per_unit_mg, self.percent.value)

    @property
    def elemental_per_unit(self) -> float:
        """Elemental mg per unit (or for the whole day)."""
        if self.given == "elemental":
            return self.per_unit_mg
        return to_elemental(self.per_unit_mg, self.percent.value)

    @property
    def compound_mg(self) -> float:
        """Compound mg per day."""
        return self.compound_per_unit * (self.units or 1)

    @property
    def elemental_mg(self) -> float:
        """Elemental mg per day."""
        return self.elemental_per_unit * (self.units or 1)
