"""The typed, immutable model of a validated rules file."""

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


class Variant(Record):
    """Another salt or hydrate of a formulation, with its own elemental percentage."""

    id: str
    name: str
    elemental_percent: float
    sources: tuple[str, ...]
    note: str | None = None


class LabelBand(Record):
    """One dosing band of a form's label: from this age, the smallest dose in elemental mg."""

    age_from: float
    smallest_mg: float


class LabelAges(Record):
    """The ages a form's own label (OTC Drug Facts) gives a dose for, youngest band first."""

    bands: tuple[LabelBand, ...]
    note: str
    sources: tuple[str, ...]

    @property
    def min_age(self) -> float:
        """The youngest age (years) the label gives any dose for."""
        return self.bands[0].age_from

    def smallest_mg(self, age: float) -> float | None:
        """Elemental mg in the label's smallest dose at ``age`` (None below its youngest band)."""
        found = [b for b in self.bands if b.age_from <= age]
        return found[-1].smallest_mg if found else None


class Formulation(Record):
    """A form of magnesium and how it behaves."""

    id: str
    name: str
    elemental_percent: float
    elemental_basis: str
    absorption: str
    absorption_level: str
    gi_effects: str
    laxative_effect: str
    typical_uses: tuple[str, ...]
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    evidence: str | None = None
    cautions: tuple[str, ...] = ()
    label_ages: LabelAges | None = None

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> Formulation:
        variants = tuple(Variant(id=k, **fields(v)) for k, v in raw.get("variants", {}).items())
        ages = raw.get("label_ages")
        label = None
        if ages is not None:
            bands = tuple(LabelBand(**b) for b in ages["bands"])
            label = LabelAges(bands, ages["note"], tuple(ages["sources"]))
        return cls(id=id, **fields(raw, variants=variants, label_ages=label))


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


class LocalForm(Record):
    """An eye, ear, skin, nose or vaginal form whose label shows negligible blood levels.

    ``because`` quotes that label (see ``sources``); ``brands`` are names sold only as this form.
    """

    route: str
    because: str
    sources: tuple[str, ...]
    brands: tuple[str, ...] = ()


class WeeklyInjection(Record):
    """A medicine taken a week or more apart only as an injection (its tablets are daily).

    ``because`` says so from the labels in ``sources``; a dose written that far apart, with no
    route, is then read as injected (``Ozempic 0.5 mg weekly``, ``cabotegravir every 2 months``).
    """

    because: str
    sources: tuple[str, ...]


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

    def local_form(self, route: str) -> LocalForm | None:
        """The local form for ``route`` (``eye``, ``ear``, ...), or None when none is declared."""
        return next((f for f in self.local_forms if f.route == route), None)

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> Medication:
        content = raw.get("magnesium")
        local = raw.get("local_forms") or {}
        weekly = raw.get("weekly_injection")
        return cls(
            id=id,
            **fields(
                raw,
                name=raw.get("name") or id.replace("-", " "),
                magnesium=MagnesiumContent(**fields(content)) if content else None,
                local_forms=tuple(LocalForm(route=r, **fields(f)) for r, f in local.items()),
                weekly_injection=WeeklyInjection(**fields(weekly)) if weekly else None,
            ),
        )


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


class Food(Record):
    """A food and the magnesium in one serving."""

    id: str
    name: str
    serving: str
    mg: float
    vegan: bool
    sources: tuple[str, ...]
    group: str | None = None
    note: str | None = None

    @classmethod
    def from_raw(cls, id: str, raw: dict[str, Any]) -> Food:
        return cls(id=id, **fields(raw))


class RdaRow(Record):
    """Recommended intake for ages [age_from, age_to) in years, mg/day from all sources."""

    age_from: float
    age_to: float | None
    kind: str
    male: float
    female: float
    pregnancy: float | None = None
    lactation: float | None = None

    def covers(self, age: float) -> bool:
        """True when ``age`` falls in [age_from, age_to)."""
        return age >= self.age_from and (self.age_to is None or age < self.age_to)

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> RdaRow:
        return cls(
            age_from=raw["from"],
            age_to=raw["to"],
            kind=raw["kind"],
            male=raw["male"],
            female=raw["female"],
            pregnancy=raw.get("pregnancy"),
            lactation=raw.get("lactation"),
        )


class UpperLimitRow(Record):
    """Tolerable upper intake of SUPPLEMENTAL magnesium for ages [age_from, age_to)."""

    age_from: float
    age_to: float | None
    mg: float | None
    note: str | None = None

    def covers(self, age: float) -> bool:
        """True when ``age`` falls in [age_from, age_to)."""
        return age >= self.age_from and (self.age_to is None or age < self.age_to)

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> UpperLimitRow:
        return cls(raw["from"], raw["to"], raw["mg"], raw.get("note"))


class Intake(Record):
    """Recommended intakes by age and the upper level for supplements, with their sources."""

    daily_value_mg: float
    daily_value_sources: tuple[str, ...]
    rda: tuple[RdaRow, ...]
    rda_sources: tuple[str, ...]
    upper_limit: tuple[UpperLimitRow, ...]
    upper_limit_note: str
    upper_limit_sources: tuple[str, ...]

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Intake:
        return cls(
            daily_value_mg=raw["daily_value_mg"],
            daily_value_sources=tuple(raw["daily_value_sources"]),
            rda=tuple(RdaRow.from_raw(r) for r in raw["rda"]),
            rda_sources=tuple(raw["rda_sources"]),
            upper_limit=tuple(UpperLimitRow.from_raw(r) for r in raw["upper_limit"]),
            upper_limit_note=raw["upper_limit_note"],
            upper_limit_sources=tuple(raw["upper_limit_sources"]),
        )
