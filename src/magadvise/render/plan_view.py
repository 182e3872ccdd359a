"""The plan on a terminal: each outline section as a Rich panel (markup is never parsed)."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table as RichTable
from rich.text import Text

from magadvise.render.outline import (
    Block,
    Bullets,
    Document,
    Fact,
    Inline,
    Paragraph,
    Reference,
    Section,
    Table,
)
from magadvise.render.terminal import Panel, stackable, text

TONE_STYLE = {"alert": "bold red", "warning": "yellow", "ok": "green", "note": "dim", "": ""}
BORDER = {"alert": "red", "warning": "yellow", "ok": "green", "note": "blue", "": "blue"}


def inline(parts: Inline, style: str = "") -> Text:
    """An inline run as Text; emphasis is bold, links show their URL as text."""
    out = Text(style=style)
    for span in parts:
        out.append_text(text(span.text, "bold" if span.strong else ""))
    return out


def block(item: Block) -> RenderableType:
    """One block of a section."""
    if isinstance(item, Paragraph):
        return inline(item.inline, TONE_STYLE.get(item.tone, ""))
    if isinstance(item, Bullets):
        grid = RichTable.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for entry in item.items:
            grid.add_row(" -", inline(entry))
        return grid
    table = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    assert isinstance(item, Table)
    for number, column in enumerate(item.header):
        table.add_column(column, justify="right" if number in item.numeric else "left")
    for row in item.rows:
        table.add_row(*(text(cell) for cell in row))
    return stackable(table)


def section_view(section: Section) -> RenderableType:
    """A section as a panel titled with its name, bordered by its tone (alerts: a heavy box)."""
    return Panel(
        Group(*(block(b) for b in section.blocks)),
        title=text(section.title, "bold"),
        title_align="left",
        border_style=BORDER.get(section.tone, "blue"),
        box=box.HEAVY if section.tone == "alert" else box.ROUNDED,
    )


def facts_view(facts: tuple[Fact, ...]) -> RenderableType:
    """The header: one ``Label: value`` row per fact."""
    grid = RichTable.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for fact in facts:
        style = TONE_STYLE.get(fact.tone, "")
        grid.add_row(text(f"{fact.label}:", "bold " + style), inline(fact.value, style))
    return grid


def references_view(references: tuple[Reference, ...]) -> RenderableType:
    """The numbered sources, as a panel."""
    grid = RichTable.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(overflow="fold")  # a long URL folds onto the next line, never cut to "…"
    for number, ref in enumerate(references, 1):
        grid.add_row(text(f"[{number}]"), inline(ref.inline()))
    return Panel(grid, title=text("Sources", "bold"), title_align="left", border_style="blue")


def plan_view(document: Document) -> list[RenderableType]:
    """The whole plan: title, header facts, sections, numbered sources, footer."""
    out: list[RenderableType] = [text(document.title, "bold underline"), facts_view(document.facts)]
    out.extend(section_view(s) for s in document.sections)
    if document.references:
        out.append(references_view(document.references))
    out.extend(text(line, "dim italic") for line in document.footer)
    return out
