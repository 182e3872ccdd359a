"""A problem met while reading YAML: kept with its place (Located), or fatal (YamlReadError)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Located:
    """A problem found while reading, at a 1-based line and column."""

    line: int
    column: int
    message: str


class YamlReadError(Exception):
    """The text is not usable YAML; carries the position of the first fault."""

    def __init__(self, line: int | None, column: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message
