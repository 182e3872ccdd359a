"""How a message names a value and a near miss: describe, YAML 1.1 hints, did you mean."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def describe(value: object) -> str:
    """Name a YAML value's type for an error message."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int) and abs(value) > 10**30:
        return f"a number with {len(str(abs(value)))} digits"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__} ({value!s})"


def yaml11_hint(value: object) -> str:
    """Why YAML 1.1 typed a value that should be text, and to quote it; or nothing."""
    if isinstance(value, bool):
        return " (YAML reads yes/no/on/off/true/false as true/false: put the text in quotes)"
    if isinstance(value, float):
        return " (YAML read it as a number, e.g. 1.10 becomes 1.1: put it in quotes)"
    if isinstance(value, int):
        return " (YAML read it as a number: put it in quotes)"
    if not isinstance(value, str | list | dict) and value is not None:
        return " (YAML read it as a date or time: put it in quotes)"
    return ""


def suggest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """Close matches for ``word`` among ``choices``, best first."""
    return difflib.get_close_matches(word, list(choices), n=n, cutoff=0.6)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ``(did you mean 'x'?)`` suffix, or nothing."""
    close = suggest(word, choices)
    if not close:
        return ""
    return " (did you mean " + " or ".join(f"'{c}'" for c in close) + "?)"
