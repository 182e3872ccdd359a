"""Where Rich breaks a line of text, found a line at a time instead of a word at a time.

Rich wraps every paragraph with ``rich._wrap.divide_line``, which walks the text word by word
(a regular-expression match and a cell-width lookup for each word). A ten-medicine ``cautions``
table wraps some 1,700 words, about a fifth of its layout time. For text of printable ASCII
(where a character is one cell and the space is the only white space) the same breaks can be
found with one ``str.rfind`` per output line. :func:`divide_line` does that and hands anything
else (other characters, a leading space, a word longer than the line, which Rich folds or crops)
to Rich's own function, so the breaks are Rich's in every case (tests/test_terminal_wrap.py
compares the two on generated text).

:func:`install` puts it where ``rich.text.Text.wrap`` looks it up; it does nothing when the
installed Rich is not laid out as expected (then Rich's own function stays).
"""

from __future__ import annotations

from collections.abc import Callable

from rich import _wrap, text

_RICH: Callable[[str, int, bool], list[int]] = _wrap.divide_line


def divide_line(line: str, width: int, fold: bool = True) -> list[int]:
    """The offsets at which Rich breaks ``line`` (no new-lines) to fit ``width`` cells.

    Same contract as ``rich._wrap.divide_line``: a word moves whole to the next line when it
    does not fit; offsets are string indices of the first character of each new line.
    """
    if width < 1 or not (line.isascii() and line.isprintable()) or line[:1] == " ":
        return _RICH(line, width, fold)
    end = len(line.rstrip(" "))  # trailing spaces never start a line
    start = 0
    breaks: list[int] = []
    while end - start > width:
        limit = start + width
        if line[limit] == " ":  # the words before fit: the next line starts at the next word
            at = end - len(line[limit:end].lstrip(" "))
        else:  # the word running over the limit starts the next line
            at = line.rfind(" ", start, limit) + 1
            if at <= start:  # a word longer than the line: Rich folds or crops it
                return _RICH(line, width, fold)
        breaks.append(at)
        start = at
    return breaks


def install() -> None:
    """Make Rich's ``Text.wrap`` use :func:`divide_line` (once; idempotent)."""
    if getattr(text, "divide_line", None) is _RICH:
        text.divide_line = divide_line  # type: ignore[attr-defined,assignment]
