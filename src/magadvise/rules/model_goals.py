"""The model of a goal: recommended forms with their daily doses, and forms to avoid."""

from __future__ import annotations

from typing import Any

from magadvise.record import Record
from magadvise.rules.model import fields


class Dose(Record):
    """Elemental magnesium per day."""

    min_mg: float
    max_mg: float
    note: str | None = None


class Recommendation(Record):
    """One recommended formulation for a goal."""

    formulation: str
    why: str
    dose: Dose
    evidence: str
    sources: tuple[str, ...]


class Avoid(Record):
    """A formulation to avoid or prefer less for a goal."""

    formulation: str
    why: str
    sources: tuple[str, ...] = ()


class Goal(Record):
    """A reason to take magnesium and what the evidence supports."""

    id: str
    name: str
    summary: str
    evidence: str
    finding: str
    recommendations: tuple[Recommendation, ...]
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    avoid: tuple[Avoid, ...] = ()
    notes: tuple[str, ...] = ()
    self_care: bool = True

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> Goal:
        recommendations = tuple(
            Recommendation(**fields(r, dose=Dose(**r["dose"]))) for r in raw["recommendations"]
        )
        avoid = tuple(Avoid(**fields(a)) for a in raw.get("avoid", ()))
        return cls(id=id, **fields(raw, recommendations=recommendations, avoid=avoid))
