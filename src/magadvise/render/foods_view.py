"""Terminal views of `foods`: a table with a bar per serving, and a day of foods toward a target."""

from __future__ import annotations

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from magadvise.advice.foods import DayOfFood, FoodList
from magadvise.advice.units import mg, number, percent
from magadvise.render.dose_view import references
from magadvise.render.terminal import Panel, stackable, text
from magadvise.rules.ruleset import Rules

BAR_WIDTH = 24
EIGHTHS = " ▏▎▍▌▋▊▉"


class Bar:
    """A horizontal bar for ``value/scale``, in eighths of a cell, as wide as its column allows."""

    def __init__(self, value: float, scale: float, style: str = "green") -> None:
        self.fraction = 0.0 if scale <= 0 or value <= 0 else min(value / scale, 1.0)
        self.style = style

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(4, min(BAR_WIDTH, options.max_width))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = min(BAR_WIDTH, options.max_width)
        if not self.fraction:
            yield Text("")
            return
        eighths = max(1, round(self.fraction * width * 8))
        full, part = divmod(eighths, 8)
        yield Text("█" * full + (EIGHTHS[part] if part else ""), style=self.style, no_wrap=True)


def bar(value: float, scale: float, style: str = "green") -> Bar:
    """A bar for ``value`` out of ``scale``."""
    return Bar(value, scale, style)


def foods_view(rules: Rules, found: FoodList) -> RenderableType:
    """Foods with mg, % Daily Value and a bar scaled to the richest food shown."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Food")
    table.add_column("Serving")
    table.add_column("mg", justify="right")
    table.add_column("% DV", justify="right")
    table.add_column("")
    scale = max((r.food.mg for r in found.rows), default=0)
    for row in found.rows:
        food = row.food
        name = text(food.name) + (Text(" (v)", style="green") if food.vegan else Text(""))
        share = "-" if row.percent_dv is None else percent(row.percent_dv)
        table.add_row(name, text(food.serving), number(food.mg), share, bar(food.mg, scale))
    notes = []
    if found.daily_value_mg:
        notes.append(f"% DV = share of the {mg(found.daily_value_mg)} Daily Value on US labels.")
    else:
        notes.append("The rules file has no Daily Value, so no % DV is shown.")
    notes.append("(v) = vegan. Bars compare the foods shown; per serving as listed.")
    if len(found.rows) < found.total:
        notes.append(f"Showing {len(found.rows)} of {found.total}; --top N shows more or fewer.")
    parts: list[RenderableType] = [stackable(table), *(text(n, "dim") for n in notes)]
    parts.append(references(rules, found.sources))
    return Group(*parts)


def day_view(rules: Rules, day: DayOfFood) -> RenderableType:
    """A day of chosen foods: each portion's share of the target, the total and the gap."""
    target = day.target_mg
    scale = target or day.total_mg
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Food")
    table.add_column("Servings")
    table.add_column("mg", justify="right")
    table.add_column("of target" if target else "", justify="right")
    table.add_column("")
    for p in day.portions:
        share = percent(p.mg * 100 / target) if target else ""
        table.add_row(
            text(p.food.name),
            text(f"{number(p.servings)} x {p.food.serving}"),
            number(p.mg),
            share,
            bar(p.mg, scale),
        )
    reached = target is not None and day.total_mg >= target
    total_style = "bold green" if reached else "bold yellow"
    table.add_row(
        text("Total", "bold"),
        "",
        text(number(day.total_mg), "bold"),
        text(percent(day.percent_of_target or 0) if target else "", "bold"),
        bar(day.total_mg, scale, style=total_style),
    )
    parts: list[RenderableType] = [stackable(table)]
    if day.target is not None and target is not None:
        parts.append(Text.assemble(("Your target: ", "bold"), text(day.target.sentence() + ".")))
        if reached:
            parts.append(text("These foods meet the target from food alone.", "bold green"))
        else:
            gap = day.gap_mg or 0
            parts.append(text(f"{mg(gap)} short of the target from these foods.", "bold yellow"))
    parts.append(
        text(
            "Food counts toward the recommended intake, not toward the upper level for "
            "supplements.",
            "dim",
        )
    )
    parts.append(references(rules, day.sources))
    title = "A day of food toward your target" if target else "A day of food"
    return Panel(Group(*parts), title=text(title, "bold"), title_align="left")
