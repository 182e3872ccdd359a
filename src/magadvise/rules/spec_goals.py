"""The rules schema of the goals section: recommended forms and doses, forms to avoid."""

from __future__ import annotations

from typing import Any

from magadvise.rules.context import Context, Path
from magadvise.rules.kinds import Boolean, Choice, Ref
from magadvise.rules.schema import Field, ListOf, Record
from magadvise.rules.spec_common import MG, OPT_SOURCES, SOURCES, TEXT, TEXTS

GRADES = ("strong", "moderate", "weak", "insufficient")
FINDINGS = ("benefit", "no-benefit", "conflicting", "uncertain")


def _dose_in_order(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    low, high = entry.get("min_mg"), entry.get("max_mg")
    if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
        ctx.report((*path, "min_mg"), f"min_mg ({low:g}) is greater than max_mg ({high:g})")


DOSE = Record(
    "dose",
    {
        "min_mg": Field(MG, "Lowest elemental mg per day."),
        "max_mg": Field(MG, "Highest elemental mg per day."),
        "note": Field(TEXT, "How the range was derived.", required=False),
        "adult_note": Field(
            TEXT,
            "Said only to adults (18 and over), after note: how a dose above the upper level "
            "is taken (under a clinician's supervision). A child's dose is capped at the upper "
            "level for the age, so a child is never told it.",
            required=False,
        ),
    },
    doc="Elemental magnesium per day.",
    checks=(_dose_in_order,),
)

RECOMMENDATION = Record(
    "recommendation",
    {
        "formulation": Field(Ref("formulations"), "Formulation id."),
        "why": Field(TEXT, "Why this form for this goal."),
        "dose": Field(DOSE, "Typical elemental dose per day."),
        "evidence": Field(Choice(GRADES), "Evidence grade."),
        "sources": SOURCES,
    },
)

AVOID = Record(
    "avoid",
    {
        "formulation": Field(Ref("formulations"), "Formulation id."),
        "why": Field(TEXT, "Why to avoid it or prefer it less."),
        "sources": OPT_SOURCES,
    },
)

GOAL = Record(
    "goal",
    {
        "name": Field(TEXT, "Display name."),
        "aliases": Field(TEXTS, "Other names people type.", required=False),
        "summary": Field(TEXT, "The evidence, in plain words."),
        "evidence": Field(Choice(GRADES), "Overall evidence grade."),
        "finding": Field(Choice(FINDINGS), "What the evidence shows."),
        "recommendations": Field(ListOf(RECOMMENDATION, min_items=1), "Best first."),
        "avoid": Field(ListOf(AVOID), "Forms to avoid or prefer less.", required=False),
        "notes": Field(TEXTS, "When to see a clinician; caveats.", required=False),
        "adult_notes": Field(
            TEXTS,
            "Said only to adults (18 and over), after notes: of a dose above the upper level, "
            "which a child is never advised.",
            required=False,
        ),
        "self_care": Field(
            Boolean(),
            "false for a treatment only a clinician gives (such as IV magnesium): magadvise "
            "then never turns it into a supplement dose or plan.",
            required=False,
        ),
        "sources": SOURCES,
    },
    doc="A reason to take magnesium.",
)
