"""The terminal view of the daily timing plan: dose times, the gap magnesium keeps, the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from magadvise.render.terminal import (
    Panel,
    join,
    labelled,
    stackable,
    text,
)
from magadvise.render.words import (
    dose_times,
)

if TYPE_CHECKING:
    from magadvise.advice.timing import TimingPlan


def timing_view(plan: TimingPlan) -> RenderableType:
    """The daily timing plan."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Medicine")
    table.add_column("Dose times")
    table.add_column("Keep magnesium at least")
    for c in plan.constraints:
        times = dose_times(c.times, c.assumed, c.recorded, c.record_note)
        table.add_row(text(c.medication, "bold"), text(times), text(c.gap()))
    verdict = text(plan.summary(), "bold green" if plan.feasible else "bold red")
    own = [text(o.sentence(plan), "bold yellow" if o.clashes else "") for o in plan.own]
    typical = " or 'clock times typical'" if any(c.record_note for c in plan.constraints) else ""
    hint = Text(
        f"Dose times marked (assumed){typical} are typical; give yours with --at NAME=HH:MM.",
        style="dim",
    )
    border = "green" if plan.feasible else "red"
    return Panel(
        Group(stackable(table), verdict, *_own_block(own), hint),
        title="Daily timing plan",
        title_align="left",
        border_style=border,
    )


def _own_block(lines: list[Text]) -> list[RenderableType]:
    """``Magnesium you already take:`` and one line for each product listed, or nothing."""
    if not lines:
        return []
    return [labelled("Magnesium you already take", join(["", *lines], "\n  - "))]
