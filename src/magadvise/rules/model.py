"""The typed, immutable model of a validated rules file: what every part shares, and sources.

Each section's types live in their own module: ``model_forms`` (formulations),
``model_goals``, ``model_medicines`` (medicines and interaction classes),
``model_conditions`` and ``model_intake`` (intake tables and foods).
"""

from __future__ import annotations

from typing import Any

from magadvise.record import Record

SEVERITY_RANK = {"critical": 0, "major": 1, "moderate": 2, "minor": 3, "none": 4}


def _frozen(value: Any) -> Any:
    """Lists become tuples, so every model is immutable all the way down."""
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


def fields(raw: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    """Constructor arguments from a validated entry: keys are field names, lists are frozen."""
    return {**{key: _frozen(value) for key, value in raw.items()}, **overrides}


class Source(Record):
    """A citable reference."""

    id: str
    title: str
    publisher: str
    year: int | None = None
    authors: str | None = None
    url: str | None = None
    pmid: str | None = None
    doi: str | None = None
    secondary: bool = False
    note: str | None = None

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> Source:
        return cls(id=id, **fields(raw))
