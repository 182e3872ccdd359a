"""Find goals, formulations and conditions by the names people type; refuse with suggestions."""

from __future__ import annotations

from typing import TypeVar

from magadvise.errors import UsageError, echo
from magadvise.rules.names import normalize
from magadvise.rules.ruleset import Section

T = TypeVar("T")
PREFIX = "magnesium "


def find(section: Section[T], text: str, noun: str) -> T:
    """The entry ``text`` names, or UsageError with "did you mean" suggestions.

    A leading "magnesium " is optional, as people type it from a label ("magnesium
    glycinate" is glycinate).
    """
    entry = section.find(text)
    if entry is None and normalize(text).startswith(PREFIX):
        entry = section.find(normalize(text).removeprefix(PREFIX))
    if entry is not None:
        return entry
    from magadvise.rules.wording import suggest  # difflib: only on a miss

    key = normalize(text)
    close = suggest(key, section.names, n=3)
    ids = tuple(dict.fromkeys(section.names[name] for name in close))
    raise UsageError(f"unknown {noun} {echo(text)}", suggestions=ids)
