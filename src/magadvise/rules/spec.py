"""The rules file's schema, declared once: validation and the JSON Schema both come from it."""

from __future__ import annotations

from typing import Any

from magadvise import SCHEMA_VERSION as SCHEMA_VERSION
from magadvise.rules.schema import (
    TIME,
    Boolean,
    Choice,
    Context,
    Field,
    Flag,
    ListOf,
    MapOf,
    Nullable,
    Number,
    Path,
    Record,
    Ref,
    Text,
)

GRADES = ("strong", "moderate", "weak", "insufficient")
FINDINGS = ("benefit", "no-benefit", "conflicting", "uncertain")
SEVERITIES = ("major", "moderate", "minor", "none")
"""Class severities; ``none`` only for a verdict of absence (direction ``none``): not a rating."""
CONDITION_SEVERITIES = ("critical", "major", "moderate", "minor")
DOSING_ACTIONS = ("withhold", "cap", "caution")
DIRECTIONS = ("lowers-drug", "depletes-magnesium", "retains-magnesium", "additive", "other", "none")
LEVELS = ("low", "moderate", "good", "unknown")
LAXATIVE = ("strong", "moderate", "mild", "unknown")
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

TEXT = Text()
TEXTS = ListOf(TEXT)
SOURCES = Field(ListOf(Ref("sources"), min_items=1, unique=True), "Ids of the sources behind it.")
OPT_SOURCES = Field(
    ListOf(Ref("sources"), unique=True), "Ids of the sources behind it.", required=False
)
PERCENT = Number(minimum=0, maximum=100, exclusive_minimum=True)
MG = Number(minimum=0)
AGE = Number(minimum=0, maximum=130)
RXCUI = Text(pattern=r"[1-9][0-9]{0,9}", what="RxCUI (digits, quoted)")


def _one_identifier(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    if not any(key in entry for key in ("url", "pmid", "doi")):
        ctx.report(path, "a source needs at least one of url, pmid or doi")


def _dose_in_order(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    low, high = entry.get("min_mg"), entry.get("max_mg")
    if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
        ctx.report((*path, "min_mg"), f"min_mg ({low:g}) is greater than max_mg ({high:g})")


def _classes_or_ingredients(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    has_classes, has_ingredients = "classes" in entry, "ingredients" in entry
    if has_classes == has_ingredients:
        ctx.report(path, "a medication needs exactly one of 'classes' or 'ingredients'")


def _age_range(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    low, high = entry.get("from"), entry.get("to")
    if isinstance(low, int | float) and isinstance(high, int | float) and high <= low:
        ctx.report((*path, "to"), f"'to' ({high:g}) must be greater than 'from' ({low:g})")


SOURCE = Record(
    "source",
    {
        "title": Field(TEXT, "Title of the work."),
        "authors": Field(TEXT, "Authors, as cited.", required=False),
        "publisher": Field(TEXT, "Journal or publisher."),
        "year": Field(
            Number(minimum=1800, maximum=2100, integer=True),
            "Year published (leave out for an undated page).",
            required=False,
        ),
        "url": Field(Text(what="URL"), "Where it can be read.", required=False),
        "pmid": Field(
            Text(pattern=r"[0-9]{1,9}", what="PMID (digits, quoted)"), "PubMed id.", required=False
        ),
        "doi": Field(Text(pattern=r"10\..+/.+", what="DOI"), "DOI.", required=False),
        "secondary": Field(Boolean(), "True when only a secondary copy was read.", required=False),
        "note": Field(TEXT, "What it supports, caveats.", required=False),
    },
    doc="A citable reference.",
    checks=(_one_identifier,),
)

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

DOSE = Record(
    "dose",
    {
        "min_mg": Field(MG, "Lowest elemental mg per day."),
        "max_mg": Field(MG, "Highest elemental mg per day."),
        "note": Field(TEXT, "How the range was derived; supervision.", required=False),
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
        "sources": SOURCES,
    },
    doc="A class of medicines that interacts with magnesium.",
    checks=(_avoid_is_major, _none_is_absence),
)

MAGNESIUM_CONTENT = Record(
    "magnesium content",
    {
        "elemental_mg": Field(
            Number(minimum=0, exclusive_minimum=True),
            "Elemental magnesium in one unit, from the product's label (Drug Facts or SmPC).",
        ),
        "unit": Field(TEXT, "The unit elemental_mg is for: 'tablet', '30 mL dose', 'bottle'."),
        "max_units_per_day": Field(
            Number(minimum=0, maximum=48, exclusive_minimum=True),
            "Most units in 24 hours the label allows.",
            required=False,
        ),
        "note": Field(TEXT, "How the amount was read or worked out.", required=False),
        "tablet_mg": Field(
            Number(minimum=0, exclusive_minimum=True),
            "For a liquid whose brand also comes as tablets: elemental magnesium in one tablet, "
            "from the same sources (used when tablets are written with it).",
            required=False,
        ),
        "sources": SOURCES,
    },
    doc="Magnesium in a product that contains it: counted toward the supplemental upper level.",
)

LOCAL_ROUTES = ("eye", "ear", "topical", "nasal", "vaginal")
"""Routes a ``local_forms`` entry may name (the name parser's route words, names.forms).

Injected and inhaled forms are left out on purpose: they are meant to reach the blood or the
lungs, so a medicine's systemic cautions always apply to them."""

LOCAL_FORM = Record(
    "local form",
    {
        "because": Field(
            TEXT,
            "Why the drug does not reach the blood from this form, from the local product's "
            "own label (shown to the user): 'the Restasis label reports ...'.",
        ),
        "brands": Field(
            TEXTS,
            "Brands sold only as this form: such a name alone is read as this route.",
            required=False,
        ),
        "sources": SOURCES,
    },
    doc="A local form whose label shows negligible exposure in the blood.",
)

LOCAL_FORMS = Record(
    "local forms",
    {route: Field(LOCAL_FORM, f"The {route} form.", required=False) for route in LOCAL_ROUTES},
    doc="Local forms of a medicine that the caution of a class acting in the blood (a direction "
    "other than lowers-drug) does not reach. Each is shown, marked, never dropped.",
)

WEEKLY_INJECTION = Record(
    "weekly injection",
    {
        "because": Field(
            TEXT,
            "Why a dose a week or more apart can only be the injection, from the labels: "
            "'the tablets (Rybelsus) are taken once a day; the pens once a week'.",
        ),
        "sources": SOURCES,
    },
    doc="Only the injection of this medicine is taken a week or more apart (its tablets are "
    "daily): such a dose, written with no route, is read as injected.",
)

MEDICATION = Record(
    "medication",
    {
        "name": Field(TEXT, "Display name (defaults to the id).", required=False),
        "classes": Field(
            ListOf(Ref("medication_classes", noun="medication class"), min_items=1, unique=True),
            "Classes.",
            required=False,
        ),
        "ingredients": Field(
            ListOf(Ref("medications"), min_items=2, unique=True), "Combination.", required=False
        ),
        "brands": Field(TEXTS, "Brand names.", required=False),
        "aliases": Field(TEXTS, "Abbreviations and other names.", required=False),
        "typical_times": Field(ListOf(TIME, min_items=1), "Assumed dose times.", required=False),
        "rxcui": Field(
            ListOf(RXCUI, min_items=1, unique=True),
            "RxNorm ingredient codes (RxCUI, term type IN, from NLM RxNorm/RxNav) of this single "
            "medicine: a FHIR coding with one of them is matched by code first.",
            required=False,
        ),
        "magnesium": Field(
            MAGNESIUM_CONTENT,
            "For a product that contains magnesium (antacid, laxative, supplement): how much.",
            required=False,
        ),
        "local_forms": Field(
            LOCAL_FORMS,
            "Eye, ear, skin, nose or vaginal forms whose own label shows negligible exposure in "
            "the blood, with that source.",
            required=False,
        ),
        "weekly_injection": Field(
            WEEKLY_INJECTION,
            "Set when only the injection is taken a week or more apart (semaglutide, "
            "cabotegravir): 'weekly' or 'every 2 months' with no route then reads as injected.",
            required=False,
        ),
        "note": Field(TEXT, "Anything else.", required=False),
    },
    doc="A medicine, keyed by generic name.",
    checks=(_classes_or_ingredients,),
)


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
