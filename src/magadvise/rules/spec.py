"""The rules file's schema, declared once: validation and the JSON Schema both come from it.

Each section's declaration is in its own module (``spec_sources``, ``spec_forms``,
``spec_goals``, ``spec_classes``, ``spec_medicines``, ``spec_conditions``, ``spec_intake``),
on the shared field kinds of ``spec_common``; this module puts them together.
"""

from __future__ import annotations

from magadvise import SCHEMA_VERSION as SCHEMA_VERSION
from magadvise.rules.kinds import Number
from magadvise.rules.schema import Field, MapOf, Record
from magadvise.rules.spec_classes import MEDICATION_CLASS
from magadvise.rules.spec_common import TEXT
from magadvise.rules.spec_conditions import CONDITION
from magadvise.rules.spec_forms import FORMULATION
from magadvise.rules.spec_goals import GOAL
from magadvise.rules.spec_intake import FOOD, INTAKE
from magadvise.rules.spec_medicines import MEDICATION
from magadvise.rules.spec_sources import SOURCE

SECTIONS: dict[str, Field] = {
    "sources": Field(MapOf(SOURCE), "Citable references."),
    "formulations": Field(MapOf(FORMULATION), "Forms of magnesium."),
    "goals": Field(MapOf(GOAL), "Reasons to take magnesium."),
    "medication_classes": Field(MapOf(MEDICATION_CLASS), "Interacting classes."),
    "medications": Field(MapOf(MEDICATION), "Medicines by generic name."),
    "conditions": Field(MapOf(CONDITION), "Health conditions.", required=False),
    "intake": Field(INTAKE, "Recommended intakes and upper levels.", required=False),
    "foods": Field(MapOf(FOOD), "Food sources.", required=False),
}

RULES = Record(
    "rules file",
    {
        "schema_version": Field(
            Number(minimum=SCHEMA_VERSION, maximum=SCHEMA_VERSION, integer=True),
            f"Always {SCHEMA_VERSION}.",
        ),
        "extends": Field(
            TEXT, "'default' for the shipped rules, or a path to a rules file.", required=False
        ),
        **SECTIONS,
    },
    doc="magadvise rules file.",
)

ID_SECTIONS = (
    "sources",
    "formulations",
    "goals",
    "medication_classes",
    "medications",
    "conditions",
    "foods",
)
