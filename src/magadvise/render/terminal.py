"""Rich building blocks: a console that respects NO_COLOR and pipes, and safe text."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.text import Text

from magadvise.render.words import clean

SEVERITY_STYLE = {
    "critical": "bold white on red",
    "major": "bold red",
    "moderate": "bold yellow",
    "minor": "cyan",
}
GRADE_STYLE = {"strong": "bold green", "moderate": "green", "weak": "yellow", "insufficient": "red"}


class _Console(Console):
    """A Rich console whose closed pipe goes to the app's one handler (exit 141), not exit 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError  # the app's handler silences stdout and exits 141


def make_console(stderr: bool = False) -> Console:
    """A console: colour only on a terminal and never with NO_COLOR; markup never parsed."""
    return _Console(stderr=stderr, highlight=False, emoji=False, markup=False)


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
    """A severity word, coloured."""
    return Text(level.upper(), style=SEVERITY_STYLE.get(level, ""))


def grade(level: str) -> Text:
    """An evidence grade, coloured."""
    return Text(level, style=GRADE_STYLE.get(level, ""))


def sources_line(ids: Iterable[str]) -> Text:
    """``Sources: s44, s45`` in a dim style."""
    return Text.assemble(("Sources: ", "dim bold"), (clean(", ".join(ids)), "dim"))
