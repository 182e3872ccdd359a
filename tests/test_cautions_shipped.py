"""`cautions` on the shipped rules: every class, conditions, names as people type them."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import RunFn, cautions_json

# (class id, a generic, a US brand) — written out by hand, not derived from the rules file,
# so a class or a name lost from the rules fails here.
CLASSES = [
    ("loop-diuretic", "furosemide", "Lasix"),
    ("loop-diuretic", "bumetanide", "Bumex"),
    ("thiazide-diuretic", "hydrochlorothiazide", "Microzide"),
    ("thiazide-diuretic", "chlorthalidone", None),
    ("potassium-sparing-diuretic", "spironolactone", "Aldactone"),
    ("potassium-sparing-diuretic", "amiloride", None),
    ("ace-inhibitor", "lisinopril", "Zestril"),
    ("ace-inhibitor", "enalapril", "Vasotec"),
    ("arb", "losartan", "Cozaar"),
    ("arb", "valsartan", "Diovan"),
    ("beta-blocker", "metoprolol", "Lopressor"),
    ("beta-blocker", "atenolol", "Tenormin"),
    ("calcium-channel-blocker", "amlodipine", "Norvasc"),
    ("calcium-channel-blocker", "nifedipine", "Procardia"),
    ("tetracycline", "doxycycline", "Vibramycin"),
    ("tetracycline", "minocycline", "Minocin"),
    ("fluoroquinolone-ciprofloxacin", "ciprofloxacin", "Cipro"),
    ("fluoroquinolone", "levofloxacin", "Levaquin"),
    ("fluoroquinolone-moxifloxacin", "moxifloxacin", "Avelox"),
    ("bisphosphonate", "alendronate", "Fosamax"),
    ("bisphosphonate", "ibandronate", "Boniva"),
    ("levothyroxine", "levothyroxine", "Synthroid"),
    ("gabapentin", "gabapentin", "Neurontin"),
    ("integrase-inhibitor-dolutegravir", "dolutegravir", "Tivicay"),
    ("integrase-inhibitor-bictegravir", "bictegravir", "Biktarvy"),
    ("integrase-inhibitor-raltegravir", "raltegravir", "Isentress"),
    ("digoxin", "digoxin", "Lanoxin"),
    ("penicillamine", "penicillamine", "Cuprimine"),
    ("proton-pump-inhibitor", "omeprazole", "Prilosec"),
    ("proton-pump-inhibitor", "pantoprazole", "Protonix"),
    ("calcineurin-inhibitor", "tacrolimus", "Prograf"),
    ("egfr-inhibitor", "cetuximab", "Erbitux"),
    ("egfr-inhibitor", "panitumumab", "Vectibix"),
    ("aminoglycoside", "gentamicin", None),
    ("aminoglycoside", "tobramycin", None),
    ("neuromuscular-blocker", "rocuronium", "Zemuron"),
    ("sodium-polystyrene-sulfonate", "sodium polystyrene sulfonate", "Kayexalate"),
    ("reduced-absorption-other", "nitrofurantoin", "Macrobid"),
    ("chemotherapy-magnesium-wasting", "cisplatin", None),
    ("mtor-inhibitor", "sirolimus", "Rapamune"),
    ("anti-infective-magnesium-wasting", "foscarnet", "Foscavir"),
    ("nilotinib", "nilotinib", "Tasigna"),
]


classes_for = cautions_json


def class_ids(doc: dict[str, Any]) -> set[str]:
    return {c["id"] for m in doc["cautions"] for c in m["classes"]}


@pytest.mark.parametrize(("klass", "generic", "brand"), CLASSES)
def test_each_class_by_generic_and_brand(
    run: RunFn, klass: str, generic: str, brand: str | None
) -> None:
    for name in filter(None, (generic, brand, generic.upper())):
        code, doc = classes_for(run, name)
        assert code == 0, name
        assert klass in class_ids(doc), name
        entry = doc["cautions"][0]["classes"][0]
        assert entry["severity"] in ("major", "moderate", "minor")
        assert entry["advice"] and entry["sources"]


def test_diuretic_directions_differ(run: RunFn) -> None:
    _, doc = classes_for(run, "furosemide", "hydrochlorothiazide", "spironolactone")
    directions = {c["id"]: c["direction"] for m in doc["cautions"] for c in m["classes"]}
    assert directions["loop-diuretic"] == "depletes-magnesium"
    assert directions["thiazide-diuretic"] == "depletes-magnesium"
    assert directions["potassium-sparing-diuretic"] == "retains-magnesium"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("HCTZ", "hydrochlorothiazide"),
        ("hctz", "hydrochlorothiazide"),
        ("  Furosemide  ", "furosemide"),
        ("furosemide 40 mg", "furosemide"),
        ("Furosemide 40mg tablets", "furosemide"),
        ("metoprolol succinate", "metoprolol"),
        ("Metoprolol Succinate ER 50 mg", "metoprolol"),
        ("diltiazem ER", "diltiazem"),
        ("Toprol-XL", "metoprolol"),
        ("toprol xl", "metoprolol"),
        ("levothyroxine sodium 100 mcg", "levothyroxine"),
        ("doxycycline hyclate 100 mg", "doxycycline"),
        ("losartan potassium", "losartan"),
        ("frusemide", "furosemide"),
    ],
)
def test_name_forms(run: RunFn, typed: str, expected: str) -> None:
    code, doc = classes_for(run, typed)
    assert code == 0, doc["unassessed"]
    assert doc["cautions"][0]["medication"] == expected
    assert doc["cautions"][0]["input"] == typed


@pytest.mark.parametrize(
    ("typed", "must_include"),
    [
        ("Zestoretic", {"ace-inhibitor", "thiazide-diuretic"}),
        ("Hyzaar", {"arb", "thiazide-diuretic"}),
        ("Dyazide", {"potassium-sparing-diuretic", "thiazide-diuretic"}),
        ("Triumeq", {"integrase-inhibitor-dolutegravir"}),
        ("Biktarvy", {"integrase-inhibitor-bictegravir"}),
        ("lisinopril/hydrochlorothiazide", {"ace-inhibitor", "thiazide-diuretic"}),
        ("lisinopril-hctz", {"ace-inhibitor", "thiazide-diuretic"}),
        ("losartan and HCTZ", {"arb", "thiazide-diuretic"}),
        ("amlodipine/benazepril", {"calcium-channel-blocker", "ace-inhibitor"}),
    ],
)
def test_combination_products(run: RunFn, typed: str, must_include: set[str]) -> None:
    code, doc = classes_for(run, typed)
    assert code == 0, doc["unassessed"]
    assert must_include <= class_ids(doc)
    assert "no-known-interaction" not in class_ids(doc)


def test_combination_with_an_unknown_part_stays_unassessed(run: RunFn) -> None:
    code, doc = classes_for(run, "lisinopril/zzzunknown")
    assert code == 3
    assert class_ids(doc) == {"ace-inhibitor"}
    assert [u["input"] for u in doc["unassessed"]] == ["zzzunknown"]


@pytest.mark.parametrize(
    ("typed", "suggestion"),
    [
        ("furosemde", "furosemide"),
        ("Lasx", "Lasix"),
        ("levothyroxin", "levothyroxine"),
        ("ciproflaxacin", "ciprofloxacin"),
    ],
)
def test_misspellings_stay_unassessed(run: RunFn, typed: str, suggestion: str) -> None:
    code, doc = classes_for(run, typed)
    assert code == 3
    assert doc["cautions"] == []
    assert doc["unassessed"][0]["input"] == typed
    assert suggestion in doc["unassessed"][0]["suggestions"]
    assert doc["complete"] is False


def test_gibberish_has_no_suggestions_but_is_still_named(run: RunFn) -> None:
    code, doc = classes_for(run, "qqqqxxxx")
    assert code == 3
    assert [(u["input"], u["suggestions"]) for u in doc["unassessed"]] == [("qqqqxxxx", [])]


def test_sorted_worst_first_and_not_repeated(run: RunFn) -> None:
    _, doc = classes_for(run, "amlodipine", "furosemide", "Tivicay", "bumetanide")
    severities = [m["severity"] for m in doc["cautions"]]
    order = {"major": 0, "moderate": 1, "minor": 2}
    assert severities == sorted(severities, key=order.__getitem__)
    assert doc["cautions"][0]["medication"] == "dolutegravir"
    loops = [c for m in doc["cautions"] for c in m["classes"] if c["id"] == "loop-diuretic"]
    assert [c["repeated"] for c in loops] == [False, True]


def test_repeated_class_is_shown_once_in_the_table(run: RunFn) -> None:
    result = run("cautions", "--med", "furosemide", "--med", "bumetanide")
    assert result.out.count("What happens:") == 1
    assert "same caution as shown above" in result.out


@pytest.mark.parametrize(
    ("typed", "condition", "severity"),
    [
        ("ckd", "kidney-disease", "critical"),
        ("kidney disease", "kidney-disease", "critical"),
        ("Heart block", "heart-block", "major"),
        ("myasthenia gravis", "myasthenia-gravis", "major"),
        ("pregnant", "pregnancy", "moderate"),
        ("breastfeeding", "breastfeeding", "minor"),
        ("elderly", "older-adult", "moderate"),
    ],
)
def test_conditions(run: RunFn, typed: str, condition: str, severity: str) -> None:
    code, doc = classes_for(run, "furosemide", extra=("--condition", typed))
    assert code == 0
    assert [(c["id"], c["severity"]) for c in doc["conditions"]] == [(condition, severity)]


def test_kidney_disease_is_the_strongest_warning_and_comes_first(run: RunFn) -> None:
    result = run("cautions", "--med", "Tivicay", "--condition", "pregnancy", "--condition", "CKD")
    out = result.out
    assert out.index("CRITICAL") < out.index("MAJOR") < out.index("MODERATE")
    assert out.index("Kidney disease") < out.index("dolutegravir")


def test_age_adds_older_adult_caution(run: RunFn) -> None:
    _, young = classes_for(run, "furosemide", extra=("--age", "40"))
    _, old = classes_for(run, "furosemide", extra=("--age", "65"))
    assert young["conditions"] == []
    assert [c["id"] for c in old["conditions"]] == ["older-adult"]


def test_recommend_takes_conditions_too(run: RunFn) -> None:
    result = run("recommend", "--goal", "migraine", "--condition", "ckd", "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert doc["conditions"][0]["id"] == "kidney-disease"


def test_timing_plan_levothyroxine_and_ciprofloxacin(run: RunFn) -> None:
    code, doc = classes_for(run, "levothyroxine", "ciprofloxacin")
    assert code == 0
    plan = doc["timing"]
    assert plan["feasible"] is True
    spacing = {
        c["medication"]: (c["magnesium_before_h"], c["magnesium_after_h"])
        for c in plan["constraints"]
    }
    assert spacing == {"levothyroxine": (4, 4), "ciprofloxacin": (6, 2)}
    assert plan["windows"] == [{"from": "11:00", "to": "14:00"}]
    assert "at least 4 h before or 4 h after levothyroxine" in plan["summary"]
    assert "at least 6 h before or 2 h after ciprofloxacin" in plan["summary"]


def test_timing_plan_uses_the_times_given(run: RunFn) -> None:
    _, doc = classes_for(run, "levothyroxine", extra=("--at", "Synthroid=06:00"))
    constraint = doc["timing"]["constraints"][0]
    assert constraint["dose_times"] == ["06:00"]
    assert constraint["dose_times_assumed"] is False
    assert doc["timing"]["windows"][0]["from"] == "10:00"


def test_timing_plan_says_plainly_when_no_slot_fits(run: RunFn) -> None:
    result = run(
        "cautions",
        "--med",
        "levothyroxine",
        "--med",
        "cipro",
        "--at",
        "levothyroxine=12:00",
        "--at",
        "cipro=07:00,15:00,23:00",
    )
    assert result.code == 0
    assert "No time between 07:00 and 22:00" in result.flat
    assert "Ask your pharmacist" in result.flat
    _, doc = classes_for(
        run,
        "levothyroxine",
        "cipro",
        extra=("--at", "levothyroxine=12:00", "--at", "cipro=07:00,15:00,23:00"),
    )
    assert doc["timing"]["feasible"] is False
    assert doc["timing"]["windows"] == []


def test_no_timing_plan_without_spacing(run: RunFn) -> None:
    _, doc = classes_for(run, "furosemide")
    assert doc["timing"] is None


@pytest.mark.parametrize(
    "bad", ["levothyroxine", "levothyroxine=7am", "=07:00", "nosuchdrug=07:00"]
)
def test_bad_at_is_a_usage_error(run: RunFn, bad: str) -> None:
    result = run("cautions", "--med", "levothyroxine", "--at", bad)
    assert result.code == 2
    assert result.out == ""
    assert "--at" in result.err


def test_medications_command_lists_and_filters(run: RunFn) -> None:
    result = run("medications", "--class", "loop-diuretic", "--json")
    assert result.code == 0
    doc = result.json()
    assert isinstance(doc, dict)
    ids = {m["id"] for m in doc["medications"]}
    assert {"furosemide", "bumetanide", "torsemide"} <= ids
    assert "lisinopril" not in ids
    table = run("medications")
    assert "Lasix" in table.out
    unknown = run("medications", "--class", "loop-diuretc")
    assert unknown.code == 2
    assert "did you mean 'loop-diuretic'" in unknown.err
