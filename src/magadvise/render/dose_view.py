"""Terminal views of `dose` and `intake`: the arithmetic, the limits, where numbers come from."""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from magadvise.advice.dose import Amount
from magadvise.advice.intake import IntakeReport
from magadvise.advice.units import age_band, mg, number
from magadvise.advice.verdict import Verdict
from magadvise.render.terminal import Panel, labelled, stackable, text
from magadvise.rules.model_intake import Intake
from magadvise.rules.ruleset import Rules

VERDICT_STYLE = {
    "below": "green",
    "at": "yellow",
    "supervise": "bold yellow",
    "above": "bold red",
    "not-established": "bold red",
    "unknown": "yellow",
}


def references(rules: Rules, ids: Iterable[str], label: str = "Sources") -> RenderableType:
    """A dim, labelled list: one source per line, id then title and year, wrapped neatly."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim bold", overflow="fold")
    grid.add_column(style="dim", overflow="fold")
    for id in dict.fromkeys(ids):
        source = rules.sources.get(id)
        if source is not None:
            year = f" ({source.year})" if source.year else ""
            grid.add_row(text(id), text(source.title + year))
    return Group(Text(f"{label}:", style="dim bold"), Padding(grid, (0, 0, 0, 2)))


def verdict_lines(verdict: Verdict) -> list[Text]:
    """The verdict's sentences, the first coloured by how serious it is."""
    style = VERDICT_STYLE.get(verdict.kind, "")
    return [text(s, style if i == 0 else "") for i, s in enumerate(verdict.sentences())]


def dose_view(rules: Rules, amount: Amount, verdict: Verdict) -> RenderableType:
    """The conversion as a small table, the percentage's basis, and the daily total judged."""
    pct = amount.percent
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("")
    table.add_column("Compound", justify="right")
    table.add_column("Elemental Mg", justify="right")
    given_compound = amount.given == "compound"
    if amount.units is not None:
        table.add_row(
            "per unit",
            text(mg(amount.compound_per_unit), "bold" if given_compound else ""),
            text(mg(amount.elemental_per_unit), "" if given_compound else "bold"),
        )
        table.add_row(
            f"per day ({number(amount.units)} units)",
            mg(amount.compound_mg),
            text(mg(amount.elemental_mg), "bold green"),
        )
    else:
        table.add_row(
            "per day",
            text(mg(amount.compound_mg), "bold" if given_compound else "bold green"),
            text(mg(amount.elemental_mg), "bold green" if given_compound else "bold"),
        )
    parts: list[RenderableType] = [
        stackable(table),
        labelled("Percentage", f"{pct.value:g}% magnesium by weight of {pct.name}"),
        labelled("Where it comes from", pct.basis),
    ]
    if pct.alternatives:
        others = ", ".join(f"{v.id} {v.elemental_percent:g}%" for v in pct.alternatives)
        parts.append(labelled("Other salts of this form", f"{others} (give --variant ID)"))
    if amount.given == "compound":
        parts.append(
            text(
                f"The {mg(amount.per_unit_mg)} was read as the compound (salt) weight. If your "
                'label\'s number is elemental magnesium ("Magnesium (as ...) ... mg"), use '
                "--elemental instead.",
                "dim",
            )
        )
    parts.append(references(rules, pct.sources, "Sources for the percentage"))
    parts += [Text(""), *verdict_lines(verdict)]
    if verdict.upper is not None and verdict.kind != "below":
        parts.append(text(f"About the upper level: {verdict.upper.note}", "dim"))
    ids = [*(verdict.upper.sources if verdict.upper else ())]
    if verdict.goal is not None:
        ids += verdict.goal.recommendation.sources
    ids += [s for item in verdict.listed for s in item.content.sources]
    if ids:
        parts.append(
            text(
                f"Sources for the limits: {', '.join(dict.fromkeys(ids))} (magadvise sources ID)",
                "dim",
            )
        )
    return Panel(Group(*parts), title=text(pct.name, "bold"), title_align="left")


def _table(intake: Intake, report: IntakeReport) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Ages")
    for column in ("Male", "Female", "Pregnancy", "Lactation"):
        table.add_column(column, justify="right")
    table.add_column("")
    stage = report.person.stage
    for row in intake.rda:
        mine = row is report.row
        cells = []
        for column in ("male", "female", "pregnancy", "lactation"):
            value = getattr(row, column)
            cell = "-" if value is None else number(value)
            if row.kind == "ai" and value is not None:
                cell += " (AI)"
            chosen = mine and (stage == column or stage is None)
            cells.append(text(cell, "bold reverse" if chosen and value is not None else ""))
        band = age_band(row.age_from, row.age_to)
        table.add_row(text(band, "bold" if mine else ""), *cells, text("< you" if mine else ""))
    return table


def intake_view(rules: Rules, report: IntakeReport) -> RenderableType:
    """The person's recommended intake, the whole table with their row marked, and the UL."""
    intake = rules.intake
    assert intake is not None
    who = report.person.describe()
    headline = Text.assemble(
        ("Recommended intake: ", "bold"), text(report.sentence(), "bold green")
    )
    upper = Text.assemble(("Upper level: ", "bold"), text(report.upper.sentence()))
    parts: list[RenderableType] = [
        text(f"For {who}.", "dim"),
        headline,
        upper,
        text(f"About the upper level: {report.upper.note}", "dim"),
        stackable(_table(intake, report)),
        text(
            "mg/day of elemental magnesium from food and supplements together; "
            "AI = adequate intake (no RDA set).",
            "dim",
        ),
    ]
    parts.append(references(rules, report.sources))
    return Panel(Group(*parts), title=text("Magnesium intake", "bold"), title_align="left")
