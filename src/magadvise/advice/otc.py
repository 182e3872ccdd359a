"""Magnesium in the products a person lists (antacids, laxatives, supplements), per day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.units import mg, number
from magadvise.errors import UsageError, echo
from magadvise.record import Record

MAGNESIUM_PRODUCT = "magnesium-product"  # the class that marks a product containing magnesium

if TYPE_CHECKING:  # types only: dose arithmetic must not import the cautions machinery
    from magadvise.advice.cautions import CautionReport
    from magadvise.rules.model import MagnesiumContent, Medication
    from magadvise.rules.ruleset import Rules


class ListedMagnesium(Record):
    """Magnesium from a product the person listed: one unit a day is assumed."""

    input: str
    medication: Medication
    content: MagnesiumContent

    @property
    def elemental_mg(self) -> float:
        """Elemental mg a day counted from it (one unit)."""
        return self.content.elemental_mg

    def sentence(self) -> str:
        """``Mag-Ox 400: 241.3 mg per tablet, one tablet a day counted (label: up to 2 a day).``"""
        unit = self.content.unit
        text = (
            f"{self.input.strip()}: {mg(self.content.elemental_mg)} elemental magnesium per "
            f"{unit}, one {unit} a day counted"
        )
        most = self.content.max_units_per_day
        if most is not None and most > 1:
            top = most * self.content.elemental_mg
            text += f" (its label allows up to {number(most)} a day, {mg(top)})"
        return text + "."


def listed_magnesium(report: CautionReport) -> tuple[ListedMagnesium, ...]:
    """The products among the medicines assessed that contain magnesium, each counted once."""
    return tuple(
        ListedMagnesium(caution.resolved.input, part, part.magnesium)
        for caution in report.medications
        for part in caution.resolved.ingredients
        if part.magnesium is not None
    )


def uncounted_magnesium(report: CautionReport) -> tuple[str, ...]:
    """The names typed for products that contain magnesium in an amount the rules do not give
    (``Emergen-C``, ``magnesium glycinate``): flagged, never counted, so a total is a floor."""
    return tuple(
        dict.fromkeys(
            caution.resolved.input.strip()
            for caution in report.medications
            for part in caution.resolved.ingredients
            if part.magnesium is None and MAGNESIUM_PRODUCT in part.classes
        )
    )


def magnesium_products(rules: Rules, names: list[str]) -> tuple[ListedMagnesium, ...]:
    """Each name must be a product the rules know to contain magnesium (else UsageError)."""
    from magadvise.advice.medications import MedicationFinder, Resolved

    finder = MedicationFinder(rules)
    found: dict[str, ListedMagnesium] = {}
    for name in names:
        results = finder.resolve(name)
        resolved = [r for r in results if isinstance(r, Resolved)]
        if len(resolved) != len(results) or not resolved:
            suggestions = next((r.suggestions for r in results if not isinstance(r, Resolved)), ())
            raise UsageError(f"--med {echo(name)}: not a medicine the rules know", suggestions)
        parts = [p for r in resolved for p in r.ingredients if p.magnesium is not None]
        if not parts and any(
            MAGNESIUM_PRODUCT in p.classes for r in resolved for p in r.ingredients
        ):
            raise UsageError(
                f"--med {echo(name)}: it contains magnesium, but the name does not say how much; "
                "add its elemental mg from the label to the amount instead"
            )
        if not parts:
            raise UsageError(
                f"--med {echo(name)}: the rules know no magnesium in it; "
                "`magadvise cautions --med` checks it for interactions"
            )
        for part in parts:
            assert part.magnesium is not None  # filtered above; for the type checker
            found.setdefault(part.id, ListedMagnesium(name, part, part.magnesium))
    return tuple(found.values())
