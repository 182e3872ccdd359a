"""magadvise's panel draws exactly what Rich's own panel draws, faster.

Every advice panel (a title on the left, full width, one space each side) is laid out by
``render.terminal.Panel`` without Rich's inner ``Padding`` pass. These checks print the same
panel both ways, in colour and plain, at many widths, and compare the output character for
character (escape codes included), so a change in Rich or in the shortcut cannot alter what
a user sees unnoticed.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich import box, panel
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from magadvise.render.terminal import Panel

STYLES = ["", "bold", "dim italic", "bold red", "bold white on red", "cyan", "green"]
WIDTHS = [40, 41, 57, 80, 81, 120]
COLOURS: list[str | None] = [None, "standard", "truecolor"]

words = st.text(
    alphabet=st.sampled_from("abcdefghij ABC 0123,.;:-()[]/\u00e9\u00b5\u2265\u2014\t\n"),
    max_size=160,
)
styled = st.tuples(words, st.sampled_from(STYLES))


def draw(renderable: RenderableType, width: int, colour: str | None, safe: bool = True) -> str:
    """What a console of ``width`` columns prints for ``renderable``."""
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        color_system=colour,  # type: ignore[arg-type]
        force_terminal=colour is not None,
        safe_box=safe,
        highlight=False,
        emoji=False,
        markup=False,
    )
    console.print(renderable)
    return out.getvalue()


def both(body: RenderableType, title: Text | None, **options: object) -> tuple[Panel, object]:
    ours = Panel(body, title=title, title_align="left", **options)  # type: ignore[arg-type]
    theirs = panel.Panel(body, title=title, title_align="left", **options)  # type: ignore[arg-type]
    return ours, theirs


def a_body() -> Group:
    table = Table("Medicine", "Severity")
    table.add_row("furosemide", Text("MODERATE", style="bold yellow"))
    return Group(
        Text.assemble(("What happens: ", "bold"), "Magnesium lowers absorption " * 6),
        Text(""),
        table,
        Text("Sources: s24, s25", style="dim"),
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("colour", COLOURS)
@pytest.mark.parametrize("border", ["", "red", "bold yellow", "blue"])
def test_an_advice_panel_is_drawn_as_rich_draws_it(
    width: int, colour: str | None, border: str
) -> None:
    title = Text.assemble(("MAJOR", "bold red"), " ", ("Zzdoquaquaen = zzquatipine", "bold"))
    ours, theirs = both(a_body(), title, border_style=border)
    assert draw(ours, width, colour) == draw(theirs, width, colour)


@pytest.mark.parametrize(
    "options",
    [
        {"style": "on blue"},
        {"box": box.ASCII},
        {"box": box.DOUBLE, "border_style": "green"},
        {"width": 50},
        {"padding": (1, 2)},  # another layout: Rich's own drawing, unchanged
        {"expand": False},
        {"subtitle": Text("more")},
    ],
)
@pytest.mark.parametrize("colour", COLOURS)
def test_other_panel_options_are_drawn_as_rich_draws_them(
    options: dict[str, object], colour: str | None
) -> None:
    ours, theirs = both(a_body(), Text("Title", style="bold"), **options)
    for width in (40, 80):
        assert draw(ours, width, colour) == draw(theirs, width, colour)
        assert draw(ours, width, colour, safe=False) == draw(theirs, width, colour, safe=False)


@pytest.mark.parametrize("title", [None, Text(""), Text("a\ttab\nnewline", style="bold")])
def test_no_title_an_empty_one_or_one_with_tabs_and_newlines(title: Text | None) -> None:
    ours, theirs = both(Text("body"), title)
    for colour in COLOURS:
        assert draw(ours, 60, colour) == draw(theirs, 60, colour)


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(styled, max_size=6),
    title=styled,
    width=st.integers(min_value=40, max_value=130),
    colour=st.sampled_from(COLOURS),
)
def test_any_text_at_any_width(
    lines: list[tuple[str, str]], title: tuple[str, str], width: int, colour: str | None
) -> None:
    heading = Text(title[0][: width - 8], style=title[1])  # a longer title opens the body
    ours, theirs = both(Group(*(Text(text, style=s) for text, s in lines)), heading)
    assert draw(ours, width, colour) == draw(theirs, width, colour)


def test_a_title_too_long_for_the_width_opens_the_body_instead() -> None:
    title = Text("MODERATE " + "a-very-long-medicine-name " * 3)
    shown = draw(Panel(Text("body"), title=title, title_align="left"), 40, None)
    assert shown.count("a-very-long-medicine-name") == 3
    assert "…" not in shown
    assert shown.index("MODERATE") < shown.index("body")


spanned = st.lists(styled, min_size=1, max_size=4).map(lambda parts: Text.assemble(*parts))
options_of_text = st.fixed_dictionaries(
    {
        "style": st.sampled_from(STYLES),
        "justify": st.sampled_from([None, "left", "center", "right", "full"]),
        "overflow": st.sampled_from([None, "fold", "crop", "ellipsis"]),
        "no_wrap": st.sampled_from([None, False, True]),
        "end": st.sampled_from(["\n", "\n", "\n", ""]),
    }
)


@st.composite
def a_text(draw_: st.DrawFn) -> Text:
    """A text with styled parts (spans), its own style, justification, overflow and end."""
    text = draw_(spanned)
    for name, value in draw_(options_of_text).items():
        setattr(text, name, value)
    return text


bodies = st.recursive(
    a_text(), lambda inner: st.lists(inner, max_size=4).map(lambda items: Group(*items))
)


@settings(max_examples=200, deadline=None)
@given(body=bodies, width=st.integers(min_value=40, max_value=130), colour=st.sampled_from(COLOURS))
def test_bodies_of_styled_justified_and_nested_texts(
    body: RenderableType, width: int, colour: str | None
) -> None:
    """Texts with spans, each justification and overflow, no_wrap, nested groups, and texts
    that do not end their line print as Rich prints them."""
    ours, theirs = both(body, Text("MODERATE Lisinopril", style="bold"))
    assert draw(ours, width, colour) == draw(theirs, width, colour)
