"""The rules schema of the medication_classes section: interactions, severity, spacing."""

from __future__ import annotations

from typing import Any

from magadvise.rules.context import Context, Path
from magadvise.rules.kinds import TIME, Boolean, Choice, Flag, Number
from magadvise.rules.schema import Field, ListOf, Record
from magadvise.rules.spec_common import CONDITION_IDS, SOURCES, TEXT, TEXTS

SEVERITIES = ("major", "moderate", "minor", "none")
"""Class severities; ``none`` only for a verdict of absence (direction ``none``): not a rating."""

DIRECTIONS = ("lowers-drug", "depletes-magnesium", "retains-magnesium", "additive", "other", "none")

GROUPS = (
    "diuretic",
    "blood-pressure",
    "antibiotic",
    "antiviral",
    "bone",
    "thyroid",
    "neurologic",
    "cardiac",
    "gastrointestinal",
    "immunosuppressant",
    "oncology",
    "anesthesia",
    "chelator",
    "other",
)

SPACING = Record(
    "spacing",
    {
        "magnesium_after_h": Field(
            Number(minimum=0, maximum=48),
            "Hours magnesium must wait after a dose of the drug.",
            required=False,
        ),
        "magnesium_before_h": Field(
            Number(minimum=0, maximum=48),
            "Hours magnesium must come before a dose of the drug.",
            required=False,
        ),
        "avoid": Field(
            Flag(),
            "The drug's label says not to take magnesium with it at all, even with the doses "
            "apart: no spacing works, so the timing plan offers no window. Needs a note and "
            "severity major.",
            required=False,
        ),
        "note": Field(TEXT, "Where the hours (or the advice to avoid) come from.", required=False),
    },
    doc="Either both hour fields, or avoid: true.",
    one_of=(("magnesium_after_h", "magnesium_before_h"), ("avoid",)),
)


def _none_is_absence(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    if entry.get("severity") == "none" and entry.get("direction") != "none":
        ctx.report(
            (*path, "severity"),
            "severity none is only for a class with direction none (no interaction listed); "
            "rate an interaction major, moderate or minor",
        )


def _avoid_is_major(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    spacing = entry.get("spacing")
    if not isinstance(spacing, dict) or spacing.get("avoid") is not True:
        return
    if "note" not in spacing:
        ctx.report((*path, "spacing"), "avoid: true needs a note saying which label says so")
    if entry.get("severity") != "major":
        ctx.report(
            (*path, "severity"),
            f"a class whose spacing is avoid: true must have severity major, "
            f"not {entry.get('severity')!r}",
        )


MEDICATION_CLASS = Record(
    "medication class",
    {
        "name": Field(TEXT, "Display name."),
        "group": Field(Choice(GROUPS), "Therapeutic group, for ordering."),
        "direction": Field(Choice(DIRECTIONS), "Which way the interaction goes."),
        "severity": Field(
            Choice(SEVERITIES),
            "How serious. A class with direction none is shown as severity none whatever is "
            "written here: an absence in the sources is not a rating.",
        ),
        "severity_basis": Field(TEXT, "Who rated the severity."),
        "mechanism": Field(TEXT, "How it happens.", required=False),
        "effect": Field(TEXT, "What happens."),
        "advice": Field(TEXT, "What to do."),
        "spacing": Field(SPACING, "How far apart doses must be.", required=False),
        "monitor": Field(TEXTS, "What to monitor.", required=False),
        "typical_times": Field(ListOf(TIME, min_items=1), "Assumed dose times.", required=False),
        "withholds_dose": Field(
            Boolean(),
            "True when taking a medicine of this class means a condition in which no self-care "
            "magnesium dose is advised (phosphate binders: kidney failure): the dose is withheld "
            "as if that condition were given, and the advice says who to ask.",
            required=False,
        ),
        "check_conditions": Field(
            CONDITION_IDS,
            "Conditions that decide whether any magnesium dose may be advised beside this "
            "medicine (kidney disease beside a potassium binder): the terminal view tells the "
            "user how to give them (--condition); the advice text itself stays plain advice.",
            required=False,
        ),
        "sources": SOURCES,
    },
    doc="A class of medicines that interacts with magnesium.",
    checks=(_avoid_is_major, _none_is_absence),
)
