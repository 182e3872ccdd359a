"""The rules schema of the formulations section: forms, their salts and their label ages."""

from __future__ import annotations

from magadvise.rules.kinds import Choice
from magadvise.rules.schema import Field, ListOf, MapOf, Record
from magadvise.rules.spec_common import AGE, MG, PERCENT, SOURCES, TEXT, TEXTS

LEVELS = ("low", "moderate", "good", "unknown")
LAXATIVE = ("strong", "moderate", "mild", "unknown")

VARIANT = Record(
    "variant",
    {
        "name": Field(TEXT, "Name of this salt or hydrate."),
        "elemental_percent": Field(PERCENT, "Elemental magnesium, % by weight."),
        "note": Field(TEXT, "Caveats.", required=False),
        "sources": SOURCES,
    },
)

LABEL_BAND = Record(
    "label dose band",
    {
        "age_from": Field(AGE, "Youngest age (years) of the label's dosing band."),
        "smallest_mg": Field(MG, "Elemental mg in the smallest dose the label gives that band."),
    },
)

LABEL_AGES = Record(
    "label ages",
    {
        "bands": Field(
            ListOf(LABEL_BAND, min_items=1),
            "The label's dosing bands by age, youngest first; below the first, no dose.",
        ),
        "note": Field(TEXT, "What the label says about children, in its words."),
        "sources": SOURCES,
    },
    doc="The ages a form's own label gives a dose for (OTC Drug Facts).",
)

FORMULATION = Record(
    "formulation",
    {
        "name": Field(TEXT, "Display name."),
        "aliases": Field(TEXTS, "Other names people type.", required=False),
        "elemental_percent": Field(PERCENT, "Elemental magnesium, % by weight."),
        "elemental_basis": Field(TEXT, "Which compound and hydration the percentage is for."),
        "variants": Field(MapOf(VARIANT), "Other salts or hydrates of this form.", required=False),
        "absorption": Field(TEXT, "What the evidence says about absorption."),
        "absorption_level": Field(Choice(LEVELS), "Absorption, summarised."),
        "gi_effects": Field(TEXT, "Effects on the gut."),
        "laxative_effect": Field(Choice(LAXATIVE), "Laxative effect, summarised."),
        "typical_uses": Field(ListOf(TEXT, min_items=1), "What it is typically used for."),
        "evidence": Field(TEXT, "Notable evidence.", required=False),
        "cautions": Field(TEXTS, "Cautions specific to this form.", required=False),
        "label_ages": Field(
            LABEL_AGES, "Youngest ages its label doses (not offered below).", required=False
        ),
        "sources": SOURCES,
    },
    doc="A form of magnesium.",
)
