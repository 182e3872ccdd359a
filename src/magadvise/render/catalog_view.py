"""Terminal views of what the rules know: formulations, goals, sources, medications."""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from magadvise.render.terminal import (
    Panel,
    grade,
    join,
    labelled,
    severity,
    sources_line,
    stackable,
    text,
)
from magadvise.rules.model import Source
from magadvise.rules.model_forms import Formulation
from magadvise.rules.model_goals import Goal
from magadvise.rules.model_medicines import Medication, MedicationClass

FINDING_SHORT = {
    "benefit": "benefit",
    "no-benefit": "no benefit",
    "conflicting": "conflicting",
    "uncertain": "uncertain",
}
LEVEL_STYLE = {
    "low": "yellow",
    "moderate": "",
    "good": "green",
    "unknown": "dim",
    "strong": "yellow",
    "mild": "",
}


def _table(*columns: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    for column in columns:
        table.add_column(column)
    return table


def formulations_view(forms: Iterable[Formulation]) -> RenderableType:
    """All forms side by side."""
    table = _table("Form", "% Mg", "Absorption", "Laxative", "Typical uses")
    table.columns[1].justify = "right"
    table.leading = 1
    for f in forms:
        table.add_row(
            Text.assemble(text(f.name, "bold"), "\n", text(f.id, "dim")),
            f"{f.elemental_percent:g}",
            text(f.absorption_level, LEVEL_STYLE.get(f.absorption_level, "")),
            text(f.laxative_effect, LEVEL_STYLE.get(f.laxative_effect, "")),
            text(", ".join(f.typical_uses)),
        )
    note = Text(
        "% Mg is elemental magnesium by weight of the salt named in 'magadvise formulations ID'. "
        "Check your label for 'elemental magnesium'.",
        style="dim",
    )
    return Group(stackable(table), note)


def formulation_view(f: Formulation) -> RenderableType:
    """One form in detail."""
    lines = [
        labelled(
            "Elemental magnesium", f"{f.elemental_percent:g}% by weight ({f.elemental_basis})"
        ),
    ]
    for v in f.variants:
        extra = f" - {v.note}" if v.note else ""
        lines.append(labelled(f"  {v.name}", f"{v.elemental_percent:g}%{extra}"))
    if f.aliases:
        lines.append(labelled("Also called", ", ".join(f.aliases)))
    lines += [
        labelled(
            "Absorption", Text.assemble(text(f.absorption_level, "bold"), " - ", text(f.absorption))
        ),
        labelled(
            "Gut effects",
            Text.assemble(
                text(f.laxative_effect, "bold"), " laxative effect - ", text(f.gi_effects)
            ),
        ),
        labelled("Typical uses", ", ".join(f.typical_uses)),
    ]
    if f.evidence:
        lines.append(labelled("Evidence", f.evidence))
    if f.cautions:
        lines.append(labelled("Cautions", join(["", *f.cautions], "\n  - ")))
    lines.append(sources_line(f.sources))
    return Panel(join(lines), title=text(f.name, "bold"), title_align="left", border_style="blue")


def goals_view(goals: Iterable[Goal]) -> RenderableType:
    """Every goal the rules know, with aliases and evidence."""
    table = _table("Goal", "Name", "Also", "Evidence")
    for g in goals:
        aliases = ", ".join(g.aliases[:3]) + (", ..." if len(g.aliases) > 3 else "")
        table.add_row(text(g.id, "bold"), text(g.name), text(aliases), verdict(g))
    return stackable(table)


def verdict(goal: Goal) -> Text:
    """``strong: no benefit``: the grade never appears without what it is evidence of."""
    style = "red" if goal.finding == "no-benefit" else ""
    return Text.assemble(grade(goal.evidence), ": ", (FINDING_SHORT[goal.finding], style))


def sources_view(sources: Iterable[Source]) -> RenderableType:
    """The references behind every statement."""
    table = _table("Id", "Reference", "Year", "Where")
    table.columns[3].overflow = "fold"
    for s in sources:
        reference = Text.assemble(text(s.title, "bold"))
        if s.authors:
            reference.append_text(text(f"\n{s.authors}"))
        reference.append_text(text(f"\n{s.publisher}", "italic"))
        if s.secondary:
            reference.append_text(text(" (read from a secondary copy)", "dim"))
        where = [f"PMID {s.pmid}" if s.pmid else "", f"doi:{s.doi}" if s.doi else "", s.url or ""]
        table.add_row(
            text(s.id, "bold"),
            reference,
            str(s.year) if s.year else "n.d.",
            text("\n".join(w for w in where if w)),
        )
    return stackable(table)


def medications_view(rows: Iterable[tuple[Medication, list[MedicationClass]]]) -> RenderableType:
    """Medicines the rules know, with their brands and classes."""
    table = _table("Medicine", "Brands / also", "Classes")
    for medication, classes in rows:
        names = ", ".join((*medication.brands, *medication.aliases))
        cells = [Text.assemble(severity(c.severity), " ", text(c.name)) for c in classes]
        table.add_row(text(medication.name, "bold"), text(names), join(cells))
    return stackable(table)
