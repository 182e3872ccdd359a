"""Food sources: mg and % Daily Value per serving, and how far a day of foods gets to a target."""

from __future__ import annotations

import re

from magadvise.advice.intake import IntakeReport
from magadvise.advice.lookup import find
from magadvise.advice.units import MAX_UNITS, sane
from magadvise.errors import UsageError, echo
from magadvise.record import Record
from magadvise.rules.model_intake import Food
from magadvise.rules.ruleset import Rules

SORTS = ("mg", "name")
_SERVINGS = re.compile(r"^(?P<name>.*?)\s*(?:[x×*]\s*(?P<n>\d+(?:\.\d+)?))\s*$", re.IGNORECASE)


class FoodRow(Record):
    """One food, with its share of the Daily Value (None when the rules give no DV)."""

    food: Food
    percent_dv: float | None


class FoodList(Record):
    """Foods as asked for, with the Daily Value they are measured against."""

    rows: tuple[FoodRow, ...]
    daily_value_mg: float | None
    total: int
    sources: tuple[str, ...]


def _daily_value(rules: Rules) -> float | None:
    return rules.intake.daily_value_mg if rules.intake else None


def percent_dv(mg: float, daily_value: float | None) -> float | None:
    """mg as a percentage of the Daily Value."""
    return None if not daily_value else mg * 100 / daily_value


def list_foods(
    rules: Rules, sort: str = "mg", vegan: bool = False, top: int | None = None
) -> FoodList:
    """Foods sorted by mg (most first) or name, optionally vegan only and the first ``top``."""
    if sort not in SORTS:
        raise UsageError(f"--sort must be one of {', '.join(SORTS)}, not {echo(sort)}")
    if top is not None and top < 1:
        raise UsageError("--top must be at least 1")
    foods = [f for f in rules.foods if f.vegan or not vegan]
    if sort == "mg":
        foods.sort(key=lambda f: (-f.mg, f.name.casefold()))
    else:
        foods.sort(key=lambda f: f.name.casefold())
    shown = foods[:top] if top is not None else foods
    dv = _daily_value(rules)
    sources = tuple(dict.fromkeys(s for f in shown for s in f.sources))
    if rules.intake is not None:
        sources = tuple(dict.fromkeys((*rules.intake.daily_value_sources, *sources)))
    return FoodList(tuple(FoodRow(f, percent_dv(f.mg, dv)) for f in shown), dv, len(foods), sources)


class Portion(Record):
    """Some servings of one food."""

    food: Food
    servings: float

    @property
    def mg(self) -> float:
        """Magnesium in these servings."""
        return self.food.mg * self.servings


def parse_portion(rules: Rules, text: str) -> Portion:
    """``almonds``, ``almonds x2``, ``pumpkin-seeds*0.5`` -> a Portion (unknown: UsageError)."""
    match = _SERVINGS.match(text)
    name, servings = text, 1.0
    if match and match.group("name").strip():
        name, servings = match.group("name"), float(match.group("n"))
    sane(servings, f"--food {echo(text)}: the number of servings", MAX_UNITS)
    return Portion(find(rules.foods, name, "food"), servings)


class DayOfFood(Record):
    """Chosen foods for a day, their total, and the personal target they count toward."""

    portions: tuple[Portion, ...]
    target: IntakeReport | None

    @property
    def total_mg(self) -> float:
        """Magnesium from all the portions."""
        return sum(p.mg for p in self.portions)

    @property
    def target_mg(self) -> float | None:
        """The person's RDA or AI, when known."""
        return self.target.mg if self.target else None

    @property
    def percent_of_target(self) -> float | None:
        """Total as a percentage of the target."""
        target = self.target_mg
        return None if not target else self.total_mg * 100 / target

    @property
    def gap_mg(self) -> float | None:
        """What is still missing to reach the target (0 when reached)."""
        target = self.target_mg
        return None if target is None else max(0.0, target - self.total_mg)

    @property
    def sources(self) -> tuple[str, ...]:
        """Sources for the foods and the target."""
        ids = [s for p in self.portions for s in p.food.sources]
        if self.target is not None:
            ids.extend(self.target.rda_sources)
        return tuple(dict.fromkeys(ids))


def day_of_food(rules: Rules, foods: list[str], target: IntakeReport | None) -> DayOfFood:
    """Parse each ``--food`` and total them (the same food named twice adds up)."""
    portions: dict[str, Portion] = {}
    for text in foods:
        portion = parse_portion(rules, text)
        earlier = portions.get(portion.food.id)
        servings = portion.servings + (earlier.servings if earlier else 0)
        portions[portion.food.id] = Portion(portion.food, servings)
    return DayOfFood(tuple(portions.values()), target)
