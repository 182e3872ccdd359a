"""Recommended intake by age, sex, pregnancy and breastfeeding, and the supplement upper level."""

from __future__ import annotations

from magadvise.advice.units import age_band, mg, years
from magadvise.errors import Problem, RulesError, UsageError, echo
from magadvise.record import Record
from magadvise.rules.model_intake import Intake, RdaRow, UpperLimitRow
from magadvise.rules.ruleset import Rules

SEXES = ("female", "male")
ADULT_AGE = 18  # years. Goal doses come from trials in adults; below this, never above the UL.
STAGE_WORDS = {
    "male": "male",
    "female": "female",
    "pregnancy": "pregnant",
    "lactation": "breastfeeding",
}


class Person(Record):
    """Who the numbers are for."""

    age: float
    sex: str | None = None
    pregnant: bool = False
    breastfeeding: bool = False

    @property
    def stage(self) -> str | None:
        """The table column that applies: male, female, pregnancy, lactation (None if unknown)."""
        if self.pregnant:
            return "pregnancy"
        if self.breastfeeding:
            return "lactation"
        return self.sex

    def describe(self) -> str:
        """``age 25, female, pregnant``."""
        parts = [f"age {years(self.age)}"]
        if self.sex:
            parts.append(self.sex)
        if self.pregnant:
            parts.append("pregnant")
        if self.breastfeeding:
            parts.append("breastfeeding")
        return ", ".join(parts)


def person(
    age: float, sex: str | None = None, pregnant: bool = False, breastfeeding: bool = False
) -> Person:
    """A Person, or UsageError for combinations the reference tables cannot answer."""
    if sex is not None and sex not in SEXES:
        raise UsageError(f"--sex must be female or male, not {echo(sex)}")
    if pregnant and breastfeeding:
        raise UsageError(
            "give --pregnant or --breastfeeding, not both: the reference table has no value "
            "for both at once; ask a clinician"
        )
    if (pregnant or breastfeeding) and sex == "male":
        flag = "--pregnant" if pregnant else "--breastfeeding"
        raise UsageError(f"{flag} cannot be combined with --sex male")
    return Person(age, "female" if (pregnant or breastfeeding) else sex, pregnant, breastfeeding)


class UpperLevel(Record):
    """The upper level for supplemental magnesium at one age (mg None: not established)."""

    row: UpperLimitRow
    note: str
    sources: tuple[str, ...]

    @property
    def mg(self) -> float | None:
        """mg/day from supplements and medicines, or None when none is set for this age."""
        return self.row.mg

    @property
    def band(self) -> str:
        """The row's ages, for display."""
        return age_band(self.row.age_from, self.row.age_to)

    def sentence(self) -> str:
        """``350 mg/day from supplements (ages 9+ years)``, or why there is none."""
        if self.row.mg is None:
            why = f": {self.row.note}" if self.row.note else ""
            return f"not established for ages {self.band}{why}"
        note = f". {self.row.note.rstrip('.')}" if self.row.note else ""
        return f"{mg(self.row.mg)}/day from supplements and medicines (ages {self.band}){note}"


class IntakeReport(Record):
    """The reference row for a person, the value that applies to them, and the upper level."""

    person: Person
    row: RdaRow
    upper: UpperLevel
    daily_value_mg: float
    rda_sources: tuple[str, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """Sources for the intake table and the upper level."""
        return tuple(dict.fromkeys((*self.rda_sources, *self.upper.sources)))

    @property
    def kind(self) -> str:
        """``RDA`` or ``AI``."""
        return self.row.kind.upper()

    @property
    def band(self) -> str:
        """The row's ages, for display."""
        return age_band(self.row.age_from, self.row.age_to)

    @property
    def values(self) -> dict[str, float]:
        """Every column of the row that has a value: male, female, pregnancy, lactation."""
        out = {"male": self.row.male, "female": self.row.female}
        if self.row.pregnancy is not None:
            out["pregnancy"] = self.row.pregnancy
        if self.row.lactation is not None:
            out["lactation"] = self.row.lactation
        return out

    @property
    def mg(self) -> float | None:
        """The person's value, or None when sex was not given and the columns differ."""
        stage = self.person.stage
        if stage is not None:
            return self.values[stage]
        return self.row.male if self.row.male == self.row.female else None

    def sentence(self, unknown_sex: str = "give --sex for one value") -> str:
        """``310 mg/day (RDA, female, 19-30 years), from food and supplements together``.

        ``unknown_sex`` ends the sentence when sex was not given and the columns differ.
        """
        if self.mg is None:
            return (
                f"{mg(self.row.female)}/day for females and {mg(self.row.male)}/day for males "
                f"({self.kind}, {self.band}); {unknown_sex}"
            )
        who = STAGE_WORDS[self.person.stage] if self.person.stage else "everyone"
        return f"{mg(self.mg)}/day ({self.kind}, {who}, {self.band}), from food and supplements"


def require_intake(rules: Rules) -> Intake:
    """The rules' intake table, or a RulesError saying the file has none."""
    intake = rules.intake
    if intake is None:
        message = "the rules file has no 'intake' section (recommended intakes and upper levels)"
        raise RulesError([Problem(rules.origin, None, None, message)])
    return intake


def _covered(rows: tuple[RdaRow, ...] | tuple[UpperLimitRow, ...]) -> str:
    low = min(r.age_from for r in rows)
    ends = [r.age_to for r in rows]
    return age_band(low, None if None in ends else max(e for e in ends if e is not None))


def rda_row(intake: Intake, age: float) -> RdaRow:
    """The recommended-intake row for an age, or UsageError outside the table."""
    for row in intake.rda:
        if row.covers(age):
            return row
    raise UsageError(
        f"the intake table has no row for age {years(age)} (it covers {_covered(intake.rda)})"
    )


def upper_level(intake: Intake, age: float) -> UpperLevel:
    """The supplement upper level for an age, or UsageError outside the table."""
    for row in intake.upper_limit:
        if row.covers(age):
            note = _said(intake, adult=age >= ADULT_AGE)
            return UpperLevel(row, note, intake.upper_limit_sources)
    raise UsageError(
        f"the upper-level table has no row for age {years(age)} "
        f"(it covers {_covered(intake.upper_limit)})"
    )


def open_ended_upper_level(intake: Intake) -> UpperLevel:
    """The last, open-ended row (the oldest ages): used when no age is given, and said so."""
    row = max(intake.upper_limit, key=lambda r: r.age_from)
    return UpperLevel(row, _said(intake, adult=True), intake.upper_limit_sources)


def _said(intake: Intake, adult: bool) -> str:
    """The note on the upper level as said to an adult (with its adult note) or a child."""
    extra = intake.upper_limit_adult_note if adult else None
    return " ".join(t for t in (intake.upper_limit_note, extra) if t)


def upper_level_from(intake: Intake, mg_a_day: float) -> float:
    """The youngest age (years) from which the upper level is ``mg_a_day`` with no lower row
    after it: 9 for the shipped table's 350 mg."""
    rows = sorted(intake.upper_limit, key=lambda r: r.age_from)
    youngest = rows[-1].age_from
    for row in reversed(rows):
        if row.mg != mg_a_day:
            break
        youngest = row.age_from
    return youngest


def _pregnancy_ages(intake: Intake, column: str) -> str:
    rows = [r for r in intake.rda if getattr(r, column) is not None]
    if not rows:
        return "no ages"
    return "ages " + _covered(tuple(rows))


def assess_intake(rules: Rules, who: Person) -> IntakeReport:
    """The intake report for a person; pregnancy and breastfeeding only where the table has them."""
    intake = require_intake(rules)
    row = rda_row(intake, who.age)
    for flag, column in ((who.pregnant, "pregnancy"), (who.breastfeeding, "lactation")):
        if flag and getattr(row, column) is None:
            word = STAGE_WORDS[column]
            raise UsageError(
                f"the intake table has no value for {word} people at age {years(who.age)} "
                f"({word} values are given for {_pregnancy_ages(intake, column)}); "
                "ask a clinician for a target"
            )
    upper = upper_level(intake, who.age)
    return IntakeReport(who, row, upper, intake.daily_value_mg, intake.rda_sources)


def personal_target(rules: Rules, who: Person) -> IntakeReport:
    """Like assess_intake, but the person's own value is required (sex when the columns differ)."""
    report = assess_intake(rules, who)
    if report.mg is None:
        raise UsageError(
            f"give --sex: the table differs by sex at age {years(who.age)} "
            f"(female {mg(report.row.female)}, male {mg(report.row.male)})"
        )
    return report


def with_stage(rules: Rules, who: Person, conditions: list[str]) -> Person:
    """The person, pregnant or breastfeeding when a condition given says so (usage errors for
    a contradiction: ``--sex male`` with pregnancy, or pregnancy with breastfeeding)."""
    from magadvise.advice.cautions import find_conditions

    ids = {c.id for c in find_conditions(rules, conditions)}
    pregnant = who.pregnant or "pregnancy" in ids
    breastfeeding = who.breastfeeding or "breastfeeding" in ids
    if (pregnant, breastfeeding) == (who.pregnant, who.breastfeeding):
        return who
    if who.sex == "male":
        raise UsageError(
            f"--condition {'pregnancy' if pregnant else 'breastfeeding'} cannot be combined "
            "with --sex male"
        )
    return person(who.age, who.sex, pregnant, breastfeeding)
