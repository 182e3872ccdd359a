"""The rules schema of the medications section: names, codes, magnesium content, local forms."""

from __future__ import annotations

from typing import Any

from magadvise.rules.context import Context, Path
from magadvise.rules.kinds import TIME, Number, Ref, Text
from magadvise.rules.schema import Field, ListOf, Record
from magadvise.rules.spec_common import CONDITION_IDS, SOURCES, TEXT, TEXTS

RXCUI = Text(pattern=r"[1-9][0-9]{0,9}", what="RxCUI (digits, quoted)")


def _classes_or_ingredients(entry: dict[str, Any], path: Path, ctx: Context) -> None:
    has_classes, has_ingredients = "classes" in entry, "ingredients" in entry
    if has_classes == has_ingredients:
        ctx.report(path, "a medication needs exactly one of 'classes' or 'ingredients'")


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
        "children_under": Field(
            Number(minimum=1, maximum=18),
            "For a product whose label doses only children: the age (years) it is labelled "
            "under (Pedia-Lax chewables: 12). Listed without --age, no dose is advised: the "
            "person is a child, whose upper level cannot be chosen without the age.",
            required=False,
        ),
        "course_units": Field(
            Number(minimum=1, maximum=48),
            "For a bowel preparation taken as a course of doses within about a day: the units "
            "its label gives for one course (Suprep: 2 bottles). A line that names it with no "
            "frequency is counted as the whole course, since both doses fall within 24 hours.",
            required=False,
        ),
        "label_mg": Field(
            ListOf(Number(minimum=0, exclusive_minimum=True), min_items=1, unique=True),
            "For a tablet, caplet or capsule: the other mg figures its labels print for one "
            "unit (the magnesium salt's weight, another active ingredient, another strength of "
            "the brand: Rolaids' calcium carbonate 1000 mg). A dose written in mg beside it "
            "(Slow-Mag 143 mg) is read against each of them and elemental_mg.",
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
            "own label (shown to the user): 'the Restasis label reports ...'. Left out when "
            "no label shows that: the form then only names its brands' route, and a class "
            "acting in the blood still applies to it (TobraDex, Tobrex).",
            required=False,
        ),
        "brands": Field(
            TEXTS,
            "Brands sold only as this form: such a name alone is read as this route.",
            required=False,
        ),
        "sources": SOURCES,
    },
    doc="A local form: its brands (read as this route) and, where its label shows negligible "
    "exposure in the blood, why.",
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

INJECTION_BRANDS = Record(
    "injection brands",
    {
        "brands": Field(
            ListOf(TEXT, min_items=1, unique=True),
            "Brands of this medicine sold only as an injection (Apretude, Cabenuva, Celestone "
            "Soluspan): such a name, with no route written, is read as injected.",
        ),
        "oral": Field(
            ListOf(Ref("medications"), min_items=1, unique=True),
            "The tablets of the same medicines (Vocabria for Apretude): a line naming the brand "
            "with a tablet, capsule or by-mouth word (``Apretude 30 mg tablet daily``, an oral "
            "lead-in called by the programme's name) is read as these, with their cautions.",
            required=False,
        ),
        "sources": SOURCES,
    },
    doc="Brands sold only as an injection, with the labels that say so.",
)

STRENGTH_PER_VOLUME = Text(
    pattern=r"[0-9]+(\.[0-9]+)?(/[0-9]+(\.[0-9]+)?)? (mg|mcg|g)/([0-9]+(\.[0-9]+)? )?mL",
    what="strength per volume as its label writes it ('160 mg/5 mL', '80 mg/0.8 mL', '1 mg/mL'"
    ", a combination's '400/57 mg/5 mL')",
)
STRENGTH_MG = Text(
    pattern=r"[0-9]+(\.[0-9]+)? mg",
    what="strength of one unit in mg as its label writes it ('80 mg')",
)

CHILDREN_LIQUIDS = Record(
    "children's liquids",
    {
        "strengths": Field(
            ListOf(STRENGTH_PER_VOLUME, min_items=1, unique=True),
            "Strengths of the liquids made for children, as their labels write them; a line "
            "naming the medicine at one of them, in any spelling (160mg per 5mL, 32 MG/ML), is "
            "read as a child's medicine. For a combination, the first ingredient's amount or "
            "the sum its label names the product by (Augmentin 228 mg/5 mL), or both amounts "
            "(400/57 mg/5 mL): then the two numbers written with no unit (co-amoxiclav 400/57, "
            "Augmentin 600/42.9 per 5 mL) are read as that liquid too, never one alone.",
        ),
        "doses": Field(
            ListOf(STRENGTH_MG, min_items=1, unique=True),
            "Amounts in mg that are a child's dose of these liquids on their label and no "
            "adult's dose or unit (ibuprofen 50 mg: 1.25 mL of the infant drops); a line naming "
            "the medicine at one of them, in any form, is read as a child's medicine.",
            required=False,
        ),
        "note": Field(TEXT, "Which products, and who else takes them.", required=False),
        "sources": SOURCES,
    },
    doc="Liquids of this medicine made for children: listed without --age, no dose is advised.",
)

CHILD_UNIT_FORM = Text(
    pattern=r"chewable tablet|suppository|granules|sachet|tablet",
    what="a form a children's unit comes in: 'chewable tablet', 'suppository', 'granules', "
    "'sachet' or 'tablet' (any tablet, when no adult tablet has the strength)",
)

CHILDREN_UNITS = Record(
    "children's chewables and suppositories",
    {
        "strengths": Field(
            ListOf(STRENGTH_MG, min_items=1, unique=True),
            "Strengths of one unit made for children (acetaminophen 80 mg); a line naming the "
            "medicine at one of them in one of `forms` (Tylenol chewable 80mg, a record's "
            "acetaminophen 120 MG Rectal Suppository), or with no form (acetaminophen 80 mg), "
            "is read as a child's medicine. Only strengths no adult product has (never "
            "acetaminophen 325 mg).",
        ),
        "forms": Field(
            ListOf(CHILD_UNIT_FORM, min_items=1, unique=True),
            "The forms these strengths are read in (as names.forms reads a line's form).",
        ),
        "note": Field(TEXT, "Which products.", required=False),
        "sources": SOURCES,
    },
    doc="Chewables and suppositories made for children: listed without --age, no dose.",
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
        "injection_brands": Field(
            INJECTION_BRANDS,
            "Brands sold only as an injection: read as injected whatever frequency is typed.",
            required=False,
        ),
        "children_liquids": Field(
            CHILDREN_LIQUIDS,
            "Strengths of its liquids made for children (children's acetaminophen 160 mg/5 mL): "
            "such a line without --age withholds the dose, as a children's product does.",
            required=False,
        ),
        "children_units": Field(
            CHILDREN_UNITS,
            "Strengths of its chewables or suppositories made for children (acetaminophen 80 "
            "mg): such a line without --age withholds the dose, as a children's liquid does.",
            required=False,
        ),
        "marks_conditions": Field(
            CONDITION_IDS,
            "Conditions that taking this medicine means, because its label gives it for no "
            "other use (doxylamine/pyridoxine, Diclegis: nausea of pregnancy, so pregnancy): "
            "a list naming it counts them as --condition would. Name the label in the note.",
            required=False,
        ),
        "note": Field(TEXT, "Anything else.", required=False),
    },
    doc="A medicine, keyed by generic name.",
    checks=(_classes_or_ingredients,),
)
