"""The model of medicines and their interaction classes: spacing, magnesium content, local forms."""

from __future__ import annotations

from typing import Any

from magadvise.record import Record
from magadvise.rules.model import SEVERITY_RANK, fields


class Spacing(Record):
    """How far magnesium must be kept from a dose of the drug, in hours.

    ``avoid`` is True when the label says no spacing works (magnesium not with the drug at all);
    the hours are then 0 and meaningless.
    """

    magnesium_after_h: float = 0
    magnesium_before_h: float = 0
    note: str | None = None
    avoid: bool = False


class MedicationClass(Record):
    """A class of medicines and how it interacts with magnesium."""

    id: str
    name: str
    group: str
    direction: str
    severity: str
    severity_basis: str
    effect: str
    advice: str
    sources: tuple[str, ...]
    mechanism: str | None = None
    spacing: Spacing | None = None
    monitor: tuple[str, ...] = ()
    typical_times: tuple[str, ...] = ()
    withholds_dose: bool = False
    check_conditions: tuple[str, ...] = ()

    @property
    def rank(self) -> int:
        """Sort key: worst severity first."""
        return SEVERITY_RANK[self.severity]

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> MedicationClass:
        spacing = raw.get("spacing")
        made = cls(id=id, **fields(raw, spacing=Spacing(**spacing) if spacing else None))
        # a verdict of absence is not a rating, whatever level an older rules file gave it
        return made._replace(severity="none") if made.direction == "none" else made


class MagnesiumContent(Record):
    """Elemental magnesium in one unit of a product that contains it, from its label."""

    elemental_mg: float
    unit: str
    sources: tuple[str, ...]
    max_units_per_day: float | None = None
    note: str | None = None
    tablet_mg: float | None = None  # a liquid whose brand also comes as tablets: mg a tablet
    children_under: float | None = None  # labelled only for children under this age (years)
    course_units: float | None = None  # a bowel preparation: units in one course (its label)
    label_mg: tuple[float, ...] = ()  # other mg a unit its labels print (salt, other actives)


class LocalForm(Record):
    """An eye, ear, skin, nose or vaginal form of a medicine.

    ``brands`` are names sold only as this form (read as this route); ``because`` quotes the
    label that shows negligible blood levels from it (see ``sources``), or is None when no label
    does: a class acting in the blood then still applies to the form.
    """

    route: str
    sources: tuple[str, ...]
    because: str | None = None
    brands: tuple[str, ...] = ()


class WeeklyInjection(Record):
    """A medicine taken a week or more apart only as an injection (its tablets are daily).

    ``because`` says so from the labels in ``sources``; a dose written that far apart, with no
    route, is then read as injected (``Ozempic 0.5 mg weekly``, ``cabotegravir every 2 months``).
    """

    because: str
    sources: tuple[str, ...]


class InjectionBrands(Record):
    """Brands of a medicine sold only as an injection (labels in ``sources``): such a name,
    with no route written, is read as injected (``Apretude``, ``Cabenuva``); written with a
    tablet or by-mouth word, as the ``oral`` medicines (ids; empty when there are none)."""

    brands: tuple[str, ...]
    sources: tuple[str, ...]
    oral: tuple[str, ...] = ()


class ChildrenLiquids(Record):
    """Strengths of a medicine's liquids made for children, as their labels write them
    (``160 mg/5 mL``), with the labels in ``sources`` (read by advice.child_strengths);
    ``doses``: amounts (``50 mg``) that only a child's dose of them is (advice.child_written)."""

    strengths: tuple[str, ...]
    sources: tuple[str, ...]
    note: str | None = None
    doses: tuple[str, ...] = ()


class ChildrenUnits(Record):
    """Strengths of one chewable tablet or suppository made for children (``80 mg``), the forms
    they are read in, and their labels (read by advice.child_strengths)."""

    strengths: tuple[str, ...]
    forms: tuple[str, ...]
    sources: tuple[str, ...]
    note: str | None = None


class Medication(Record):
    """A medicine: its classes (or, for a combination, its ingredients) and its names."""

    id: str
    name: str
    classes: tuple[str, ...] = ()
    ingredients: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    typical_times: tuple[str, ...] = ()
    magnesium: MagnesiumContent | None = None
    note: str | None = None
    rxcui: tuple[str, ...] = ()
    local_forms: tuple[LocalForm, ...] = ()
    weekly_injection: WeeklyInjection | None = None
    injection_brands: InjectionBrands | None = None
    children_liquids: ChildrenLiquids | None = None
    children_units: ChildrenUnits | None = None
    marks_conditions: tuple[str, ...] = ()  # conditions taking it means (its label's only use)

    def local_form(self, route: str) -> LocalForm | None:
        """The local form for ``route`` (``eye``, ``ear``, ...), or None when none is declared."""
        return next((f for f in self.local_forms if f.route == route), None)

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> Medication:
        content = raw.get("magnesium")
        local = raw.get("local_forms") or {}
        weekly = raw.get("weekly_injection")
        injected = raw.get("injection_brands")
        liquids = raw.get("children_liquids")
        units = raw.get("children_units")
        return cls(
            id=id,
            **fields(
                raw,
                name=raw.get("name") or id.replace("-", " "),
                magnesium=MagnesiumContent(**fields(content)) if content else None,
                local_forms=tuple(LocalForm(route=r, **fields(f)) for r, f in local.items()),
                weekly_injection=WeeklyInjection(**fields(weekly)) if weekly else None,
                injection_brands=InjectionBrands(**fields(injected)) if injected else None,
                children_liquids=ChildrenLiquids(**fields(liquids)) if liquids else None,
                children_units=ChildrenUnits(**fields(units)) if units else None,
            ),
        )
