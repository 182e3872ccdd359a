"""The model of a health condition and what it does to a supplement dose."""

from __future__ import annotations

from typing import Any

from magadvise.record import Record
from magadvise.rules.model import SEVERITY_RANK, fields


class Dosing(Record):
    """What a condition does to a supplement dose: withhold, cap (at max_mg) or caution."""

    action: str
    basis: str
    sources: tuple[str, ...]
    max_mg: float | None = None


class Condition(Record):
    """A health condition that changes the advice."""

    id: str
    name: str
    severity: str
    effect: str
    advice: str
    sources: tuple[str, ...]
    dosing: Dosing
    aliases: tuple[str, ...] = ()
    monitor: tuple[str, ...] = ()
    age_min: float | None = None

    @property
    def rank(self) -> int:
        """Sort key: worst severity first."""
        return SEVERITY_RANK[self.severity]

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> Condition:
        return cls(id=id, **fields(raw, dosing=Dosing(**fields(raw["dosing"]))))
