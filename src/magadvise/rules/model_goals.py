"""The model of a goal: recommended forms with their daily doses, and forms to avoid."""

from __future__ import annotations

from typing import Any

from magadvise.record import Record
from magadvise.rules.model import fields


class Dose(Record):
    """Elemental magnesium per day, and its note as said to an adult (with the rules'
    ``adult_note``) and to a child (without it)."""

    min_mg: float
    max_mg: float
    note: str | None = None
    child_note: str | None = None

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Dose:
        general, adult = raw.get("note"), raw.get("adult_note")
        note = " ".join(t for t in (general, adult) if t) or None
        return cls(raw["min_mg"], raw["max_mg"], note, general)


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
    notes: tuple[str, ...] = ()  # as said to an adult: the rules' notes, then adult_notes
    self_care: bool = True
    child_notes: tuple[str, ...] = ()  # as said to a child: the rules' notes only

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> Goal:
        recommendations = tuple(
            Recommendation(**fields(r, dose=Dose.from_raw(r["dose"])))
            for r in raw["recommendations"]
        )
        avoid = tuple(Avoid(**fields(a)) for a in raw.get("avoid", ()))
        general = tuple(raw.get("notes", ()))
        notes = (*general, *raw.get("adult_notes", ()))
        rest = {k: v for k, v in raw.items() if k != "adult_notes"}
        made = fields(rest, recommendations=recommendations, avoid=avoid, notes=notes)
        return cls(id=id, **made, child_notes=general)

    def for_child(self) -> Goal:
        """This goal as said to a child (under 18): without what the rules say only to adults
        (a dose above the upper level, taken under a clinician's supervision)."""
        recommendations = tuple(
            r._replace(dose=r.dose._replace(note=r.dose.child_note)) for r in self.recommendations
        )
        return self._replace(notes=self.child_notes, recommendations=recommendations)
