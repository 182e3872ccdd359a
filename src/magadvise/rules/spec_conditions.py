"""The rules schema of the conditions section: the risk and what it does to a dose."""

from __future__ import annotations

from typing import Any

from magadvise.rules.context import Context, Path
from magadvise.rules.kinds import Choice
from magadvise.rules.schema import Field, Record
from magadvise.rules.spec_common import AGE, MG, SOURCES, TEXT, TEXTS

CONDITION_SEVERITIES = ("critical", "major", "moderate", "minor")
DOSING_ACTIONS = ("withhold", "cap", "caution")


def _cap_has_ceiling(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    action, ceiling = entry.get("action"), entry.get("max_mg")
    if action == "cap" and ceiling is None:
        ctx.report(path, "dosing action 'cap' needs max_mg (the ceiling, elemental mg a day)")
    if action in ("withhold", "caution") and ceiling is not None:
        ctx.report((*path, "max_mg"), f"max_mg goes only with action 'cap', not '{action}'")


DOSING = Record(
    "dosing",
    {
        "action": Field(
            Choice(DOSING_ACTIONS),
            "withhold: no self-care dose is shown, only who to ask; cap: doses are shown no "
            "higher than max_mg; caution: the dose is shown with this condition's warning.",
        ),
        "max_mg": Field(MG, "For cap: the ceiling, elemental mg a day.", required=False),
        "basis": Field(TEXT, "Why, from which sources, or that it is our judgement."),
        "sources": SOURCES,
    },
    doc="What the condition does to a supplement dose.",
    checks=(_cap_has_ceiling,),
)

CONDITION = Record(
    "condition",
    {
        "name": Field(TEXT, "Display name."),
        "aliases": Field(TEXTS, "Other names people type.", required=False),
        "severity": Field(Choice(CONDITION_SEVERITIES), "How serious."),
        "effect": Field(TEXT, "What the risk is."),
        "advice": Field(TEXT, "What to do."),
        "monitor": Field(TEXTS, "What to monitor.", required=False),
        "age_min": Field(AGE, "Applies automatically at this age or over.", required=False),
        "dosing": Field(DOSING, "What it does to a supplement dose: withhold, cap or caution."),
        "sources": SOURCES,
    },
    doc="A health condition that changes the advice.",
)
