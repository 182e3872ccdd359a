"""Rich building blocks: a console that respects NO_COLOR, pipes and any width; safe text.

Widths: below ``MIN_WIDTH`` columns (including ``COLUMNS=0`` and terminals that report no
size) the output is laid out for ``MIN_WIDTH`` and the terminal wraps the lines, so nothing is
cut, and a panel title too long for the width opens the panel's body instead of being cut
("…"). A table given too little room to show every cell (see ``Stackable``) is printed stacked
instead: one block per row, each cell on its own ``Header: value`` line.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from typing import Any

from rich import panel
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from magadvise.render import wrap
from magadvise.render.words import clean, level_word

SEVERITY_STYLE = {
    "critical": "bold white on red",
    "major": "bold red",
    "moderate": "bold yellow",
    "minor": "cyan",
    "none": "green",
}
GRADE_STYLE = {"strong": "bold green", "moderate": "green", "weak": "yellow", "insufficient": "red"}


class _Console(Console):
    """A Rich console whose closed pipe goes to the app's one handler (exit 141), not exit 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError  # the app's handler silences stdout and exits 141


MIN_WIDTH = 40
NARROWEST_COLUMN = 20


def make_console(stderr: bool = False) -> Console:
    """A console: colour only on a terminal and never with NO_COLOR; markup never parsed."""
    wrap.install()
    console = _Console(stderr=stderr, highlight=False, emoji=False, markup=False)
    if console.width < MIN_WIDTH:
        console.width = MIN_WIDTH
    return console


class Stackable:
    """A table that is printed stacked when it has too little room to show every cell.

    A table fits when each column can have its full width, or at least ``NARROWEST_COLUMN``
    columns to wrap its text in. Otherwise each row is a block: its first cell as a title,
    then every other non-empty cell on its own ``Header: value`` line (a cell that is not
    text, such as a bar, on the line after its header). Nothing is truncated in stacked form.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self._needed: int | None = None
        for column in table.columns:  # a word longer than its column folds, never "…"
            column.overflow = "fold"

    def needed(self, console: Console, options: ConsoleOptions) -> int:
        """The columns the table needs to show every cell without crushing any column."""
        if self._needed is None:
            wide = options.update_width(10_000)
            total = 0
            for column in self.table.columns:
                cells = [column.header, *column.cells]
                natural = max(Measurement.get(console, wide, cell).maximum for cell in cells)
                floor = max(NARROWEST_COLUMN, column.min_width or 0)
                total += min(natural, floor) if not column.no_wrap else natural
            self._needed = total + 3 * (len(self.table.columns) - 1)
        return self._needed

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        if options.max_width >= self.needed(console, options):
            return Measurement.get(console, options, self.table)
        return Measurement(min(options.max_width, 1), options.max_width)

    def __rich_console__(
        self, console: Console, options: ConsoleOptions
    ) -> Iterator[RenderableType]:
        if options.max_width >= self.needed(console, options):
            yield self.table
            return
        columns = [(_plain(c.header), list(c.cells)) for c in self.table.columns]
        for row in range(self.table.row_count):
            if row:
                yield Text("")
            for number, (header, cells) in enumerate(columns):
                raw = cells[row]
                cell = Text(raw) if isinstance(raw, str) else raw
                if isinstance(cell, Text) and not cell.plain.strip():
                    continue
                if number == 0 and isinstance(cell, Text):
                    yield Text.assemble(f"{header}: " if header else "", cell, style="bold")
                elif number == 0:
                    yield cell
                elif isinstance(cell, Text):
                    yield Text.assemble((f"  {header}: " if header else "  ", "bold"), cell)
                else:
                    if header:
                        yield Text(f"  {header}:", style="bold")
                    yield cell


class Panel(panel.Panel):
    """A Rich panel whose title, when too long for the width, opens the body (never cut).

    A title given as text is shown as it stands: never read as markup or emoji codes (which
    would also load Rich's emoji table, ~3 ms, on every table).
    """

    def __init__(self, *args: Any, title: Text | str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, title=Text(title) if isinstance(title, str) else title, **kwargs)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Any]:
        room = min(self.width or options.max_width, options.max_width) - 6  # borders, padding
        title = Text(self.title) if isinstance(self.title, str) else self.title
        if title is not None and title.cell_len > room:
            moved = copy.copy(self)
            moved.title = None
            moved.renderable = Group(Text.assemble(title, style="bold"), self.renderable)
            yield moved
        elif self._plain_layout() and options.height is None:
            yield from self._lines(console, options)
        else:
            yield from super().__rich_console__(console, options)

    def _plain_layout(self) -> bool:
        """The layout every magadvise panel has: full width, one space each side, title left."""
        return (
            self.expand
            and self.height is None
            and self.subtitle is None
            and self.title_align == "left"
            and Padding.unpack(self.padding) == (0, 1, 0, 1)
        )

    def _lines(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        """What ``rich.panel.Panel`` draws for ``_plain_layout``, with the body laid out once.

        Rich wraps the body in a ``Padding`` and so splits and pads every line twice; here the
        side spaces are written beside each line instead. The output is the same, character
        for character and style for style (tests/test_terminal_panel.py).
        """
        style = console.get_style(self.style)
        border = style + console.get_style(self.border_style)
        width = min(self.width or options.max_width, options.max_width)
        safe = console.safe_box if self.safe_box is None else self.safe_box
        box = self.box.substitute(options, safe=safe)
        inner = options.update(width=width - 4, height=None, highlight=self.highlight)
        lines = console.render_lines(self.renderable, inner, style=style)
        if not self.title or width <= 4:
            yield Segment(box.get_top([width - 2]), border)
        else:
            title = self.title.copy() if isinstance(self.title, Text) else Text(self.title)
            title.end, title.no_wrap = "", True
            title.plain = title.plain.replace("\n", " ")
            title.expand_tabs()
            title.pad(1)
            title.stylize_before(border)
            title.truncate(width - 4)
            if title.style:
                title.stylize(console.get_style(title.style))
            spare = width - 4 - title.cell_len
            if spare:
                title = Text.assemble(title, (box.top * spare, border), no_wrap=True, end="")
            yield Segment(box.top_left + box.top, border)
            yield from console.render(title, inner.update_width(width - 4))
            yield Segment(box.top + box.top_right, border)
        new_line, side = Segment.line(), Segment(" ", style)
        left, right = Segment(box.mid_left, border), Segment(box.mid_right, border)
        yield new_line
        for line in lines:
            yield from (left, side, *line, side, right, new_line)
        yield Segment(box.get_bottom([width - 2]), border)
        yield new_line


def _plain(header: object) -> str:
    return header.plain if isinstance(header, Text) else str(header or "")


def stackable(table: Table) -> Stackable:
    """``table``, stacked when narrow (see ``Stackable``)."""
    return Stackable(table)


def disclaimer() -> Text:
    """The disclaimer every advice output carries."""
    from magadvise.advice import DISCLAIMER

    return Text(DISCLAIMER, style="dim italic")


def text(value: str | None, style: str = "") -> Text:
    """Untrusted text as a Rich Text: markup is shown literally, control characters escaped."""
    return Text(clean(value or ""), style=style)


def join(parts: Iterable[Text | str], separator: str = "\n") -> Text:
    """Join pieces of text without ever parsing markup."""
    return Text(separator).join(p if isinstance(p, Text) else text(p) for p in parts)


def labelled(label: str, value: str | Text, style: str = "") -> Text:
    """``Label: value`` with the label in bold."""
    body = value if isinstance(value, Text) else text(value, style)
    return Text.assemble((f"{label}: ", "bold"), body)


def severity(level: str) -> Text:
    """A severity word, coloured; ``none`` reads NONE LISTED (an absence, not a rating)."""
    return Text(level_word(level).upper(), style=SEVERITY_STYLE.get(level, ""))


def grade(level: str) -> Text:
    """An evidence grade, coloured."""
    return Text(level, style=GRADE_STYLE.get(level, ""))


def sources_line(ids: Iterable[str]) -> Text:
    """``Sources: s44, s45`` in a dim style."""
    return Text.assemble(("Sources: ", "dim bold"), (clean(", ".join(ids)), "dim"))
