"""magadvise breaks lines exactly where Rich does, faster (render/wrap.py).

``render.wrap.divide_line`` replaces Rich's word-by-word line division for plain ASCII text.
These checks compare its offsets with Rich's own function on generated text (ASCII and not,
leading and repeated spaces, words longer than the line, every width from 1 up), and check that
a console made by magadvise uses it, so a change in Rich or in the shortcut cannot move a line
break a user sees unnoticed.
"""

from __future__ import annotations

import pytest
import rich.text
from hypothesis import given, settings
from hypothesis import strategies as st

from magadvise.render import wrap
from magadvise.render.terminal import make_console

RICH = wrap._RICH

lines = st.text(
    alphabet=st.sampled_from("abcdefghij      ABC 0123,.;:-()/\u00e9\u2265\u2014\x07~"),
    max_size=200,
)
plain = st.text(alphabet=st.sampled_from("abcdefg  xyz-,."), max_size=300)


@settings(max_examples=3000, deadline=None)
@given(lines, st.integers(min_value=1, max_value=90), st.booleans())
def test_same_breaks_as_rich_on_any_text(line: str, width: int, fold: bool) -> None:
    assert wrap.divide_line(line, width, fold) == RICH(line, width, fold)


@settings(max_examples=3000, deadline=None)
@given(plain, st.integers(min_value=1, max_value=40), st.booleans())
def test_same_breaks_as_rich_on_plain_ascii(line: str, width: int, fold: bool) -> None:
    assert wrap.divide_line(line, width, fold) == RICH(line, width, fold)


@pytest.mark.parametrize(
    ("line", "width"),
    [
        ("Take magnesium at least 4 hours before or 4 hours after these medicines.", 20),
        ("word  word   word    word", 9),  # repeated spaces at the limit
        ("exactly ten", 11),  # fits exactly
        ("exactly ten ", 11),  # a trailing space past the width
        ("abcdefghijklmnopqrstuvwxyz and more", 10),  # a word longer than the line: folded
        ("  indented text that wraps somewhere", 12),  # a leading space: Rich's own
        ("Severity: MODERATE (Drugs.com: Minor [drugs-com-lactulose-magnesium].)", 30),
        ("", 5),
        ("a", 1),
    ],
)
def test_same_breaks_as_rich_on_advice_text(line: str, width: int) -> None:
    for fold in (True, False):
        assert wrap.divide_line(line, width, fold) == RICH(line, width, fold)


def test_a_magadvise_console_lays_text_out_with_it() -> None:
    make_console()
    assert rich.text.divide_line is wrap.divide_line  # type: ignore[attr-defined]
    wrap.install()  # idempotent
    assert rich.text.divide_line is wrap.divide_line  # type: ignore[attr-defined]
