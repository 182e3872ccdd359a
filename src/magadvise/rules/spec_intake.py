"""The rules schema of the intake and foods sections: intakes by age, upper level, foods."""

from __future__ import annotations

from typing import Any

from magadvise.rules.context import Context, Path
from magadvise.rules.kinds import Boolean, Choice, Number
from magadvise.rules.schema import Field, ListOf, Nullable, Record
from magadvise.rules.spec_common import AGE, MG, SOURCES, TEXT


def _age_range(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    low, high = entry.get("from"), entry.get("to")
    if isinstance(low, int | float) and isinstance(high, int | float) and high <= low:
        ctx.report((*path, "to"), f"'to' ({high:g}) must be greater than 'from' ({low:g})")


RDA_ROW = Record(
    "intake row",
    {
        "from": Field(AGE, "Age from (years, inclusive)."),
        "to": Field(Nullable(AGE), "Age to (years, exclusive); null for no limit."),
        "kind": Field(Choice(("rda", "ai")), "RDA or adequate intake."),
        "male": Field(MG, "mg/day."),
        "female": Field(MG, "mg/day."),
        "pregnancy": Field(MG, "mg/day in pregnancy.", required=False),
        "lactation": Field(MG, "mg/day when breastfeeding.", required=False),
    },
    checks=(_age_range,),
)

UL_ROW = Record(
    "upper limit row",
    {
        "from": Field(AGE, "Age from (years, inclusive)."),
        "to": Field(Nullable(AGE), "Age to (years, exclusive); null for no limit."),
        "mg": Field(Nullable(MG), "mg/day from supplements; null if not established."),
        "note": Field(TEXT, "Caveats.", required=False),
    },
    checks=(_age_range,),
)

INTAKE = Record(
    "intake",
    {
        "daily_value_mg": Field(
            Number(minimum=0, exclusive_minimum=True), "The label Daily Value."
        ),
        "daily_value_sources": SOURCES,
        "rda": Field(ListOf(RDA_ROW, min_items=1), "Recommended intake by age."),
        "rda_sources": SOURCES,
        "upper_limit": Field(ListOf(UL_ROW, min_items=1), "Upper level, supplements only."),
        "upper_limit_note": Field(TEXT, "What the upper level covers."),
        "upper_limit_adult_note": Field(
            TEXT,
            "Said only to adults (18 and over), after upper_limit_note: treatments that go "
            "above the upper level under a clinician's supervision.",
            required=False,
        ),
        "upper_limit_sources": SOURCES,
    },
)

FOOD = Record(
    "food",
    {
        "name": Field(TEXT, "Display name."),
        "serving": Field(TEXT, "Serving size."),
        "mg": Field(MG, "Magnesium per serving, mg."),
        "vegan": Field(Boolean(), "Suitable for vegans."),
        "group": Field(TEXT, "Food group.", required=False),
        "note": Field(TEXT, "Caveats.", required=False),
        "sources": SOURCES,
    },
)
