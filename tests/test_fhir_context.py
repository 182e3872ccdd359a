"""A FHIR record's other resources: Patient age, Conditions, eGFR and administrations are read,
and anything not read is listed with its reason (never dropped), so the result is not complete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import ON, bundle_file, recommend_json

from conftest import RunFn

SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
AMLODIPINE: dict[str, Any] = {
    "resourceType": "MedicationRequest",
    "id": "r1",
    "status": "active",
    "intent": "order",
    "subject": {"reference": "Patient/p1"},
    "medicationCodeableConcept": {"text": "Amlodipine 5 MG Oral Tablet"},
}


def _patient(born: str = "1948-03-02") -> dict[str, Any]:
    return {"resourceType": "Patient", "id": "p1", "birthDate": born}


def _condition(
    id: str, system: str, code: str, text: str | None, clinical: str = "active", **more: Any
) -> dict[str, Any]:
    concept: dict[str, Any] = {"coding": [{"system": system, "code": code}]}
    if text is not None:
        concept["text"] = text
    status = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                          "code": clinical}]}  # fmt: skip
    return {"resourceType": "Condition", "id": id, "subject": {"reference": "Patient/p1"},
            "clinicalStatus": status, "code": concept, **more}  # fmt: skip


def _egfr(value: float, code: str = "33914-3", status: str = "final") -> dict[str, Any]:
    return {"resourceType": "Observation", "id": "o1", "status": status,
            "subject": {"reference": "Patient/p1"},
            "code": {"text": "eGFR", "coding": [{"system": LOINC, "code": code}]},
            "valueQuantity": {"value": value, "unit": "mL/min/1.73m2"}}  # fmt: skip


def test_ckd_stage_4_egfr_22_and_age_78_withhold_the_laxative_dose(
    run: RunFn, tmp_path: Path
) -> None:
    path = bundle_file(
        tmp_path,
        _patient(),
        _condition("c1", SNOMED, "431857002", "Chronic kidney disease stage 4"),
        _egfr(22),
        AMLODIPINE,
    )
    code, doc = recommend_json(run, path)
    assert code == 4
    assert doc["go_ahead"] is False
    assert doc["withheld"]["by"][0]["id"] == "severe-kidney-disease"
    conditions = {c["id"] for c in doc["conditions"]}
    assert {"severe-kidney-disease", "older-adult"} <= conditions
    read = {f["source"]["resource"]: f for f in doc["from_record"]}
    assert read["Condition/c1"]["condition"] == "severe-kidney-disease"
    assert read["Observation/o1"]["condition"] == "severe-kidney-disease"
    assert "age 78" in read["Patient/p1"]["read_as"]
    table = run("recommend", "--goal", "constipation", "--meds-from", path, env=ON)
    assert "From the record: born 1948-03-02: age 78 on 2026-12-01, used as --age" in table.flat
    assert "905 mg" not in table.flat


def test_age_given_wins_over_the_record_and_is_said(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, _patient(), AMLODIPINE)
    code, doc = recommend_json(run, path, "--age", "45")
    assert code == 0, doc
    assert "older-adult" not in {c["id"] for c in doc["conditions"]}
    assert "--age 45 is used (the safer reading)" in doc["from_record"][0]["read_as"]


@pytest.mark.parametrize(
    ("born", "age"), [("2019", 6), ("2019-12", 6), ("2020-01", 6), ("2026", 0), ("2026-12", 0)]
)
def test_a_birth_year_alone_gives_the_youngest_age_it_allows(
    run: RunFn, tmp_path: Path, born: str, age: int
) -> None:
    """A partial FHIR birthDate (a year, a year and month) is a child's age, not an adult's:
    born 2019 may be 6 on 2026-12-01, so no dose (exit 4), never adult doses."""
    path = bundle_file(tmp_path, _patient(born), AMLODIPINE)
    code, doc = recommend_json(run, path)
    assert code == 4, doc
    assert {"age-young-child", "age-under-1"} & {w["id"] for w in doc["withheld"]["by"]}
    assert f"age {age} on 2026-12-01 (no full date" in doc["from_record"][0]["read_as"]


@pytest.mark.parametrize("born", ["2026-12-02", "2026-12-15", "2027-03-01", "2027"])
def test_a_birth_date_after_the_run_date_is_a_newborn_and_said_to_be_in_the_future(
    run: RunFn, tmp_path: Path, born: str
) -> None:
    """A newborn's record written in a time zone ahead of UTC (or a slip) has a date after the
    run's: never adult doses, as no older age can be assumed."""
    path = bundle_file(tmp_path, _patient(born), AMLODIPINE)
    code, doc = recommend_json(run, path)
    assert code == 4, doc
    assert "age-under-1" in {w["id"] for w in doc["withheld"]["by"]}
    assert all(g["recommendations"] == [] for g in doc["goals"])
    read_as = doc["from_record"][0]["read_as"]
    assert f"born {born}: age 0 on 2026-12-01 (a date in the future" in read_as
    assert not [s for s in doc["skipped"] if s.get("not_read")]


@pytest.mark.parametrize(
    ("system", "code", "text", "condition"),
    [
        (ICD10, "N18.4", None, "severe-kidney-disease"),
        (ICD10, "N18.31", None, "kidney-disease"),
        (ICD10, "Z99.2", None, "dialysis"),
        (ICD10, "I12.0", None, "severe-kidney-disease"),  # hypertensive CKD, stage 5 / ESRD
        (ICD10, "I12.9", None, "kidney-disease"),
        (ICD10, "E11.22", None, "kidney-disease"),  # type 2 diabetes with diabetic CKD
        (ICD10, "N17.9", None, "kidney-disease"),  # acute kidney injury
        (ICD10, "O10.212", None, "kidney-disease"),  # hypertensive CKD in pregnancy
        (ICD10, "O26.832", None, "kidney-disease"),  # pregnancy-related renal disease
        (SNOMED, "91637004", None, "myasthenia-gravis"),
        (ICD10, "I44.2", None, "heart-block"),
        (SNOMED, "84114007", None, "heart-failure"),
        (ICD10, "Z34.90", None, "pregnancy"),
        (SNOMED, "999999999", "End stage renal disease", "severe-kidney-disease"),
        # coded only, beside a text that names nothing (a problem list's placeholder)
        (SNOMED, "236425005", "Problem list item", "kidney-disease"),  # chronic renal impairment
        (SNOMED, "723190009", "Problem list item", "kidney-disease"),  # chronic renal insufficiency
        (SNOMED, "127013003", "Problem list item", "kidney-disease"),  # diabetic kidney disorder
        (SNOMED, "236435004", "Problem list item", "severe-kidney-disease"),  # ESRF on dialysis
        (SNOMED, "236434000", "Problem list item", "severe-kidney-disease"),
        (SNOMED, "195042002", "Problem list item", "heart-block"),  # second degree AV block
        (SNOMED, "54016002", "Problem list item", "heart-block"),  # Mobitz type I
        (SNOMED, "426183003", "Problem list item", "heart-block"),  # Mobitz type II
    ],
)
def test_condition_codes_and_text_count_as_the_rules_conditions(
    run: RunFn, tmp_path: Path, system: str, code: str, text: str | None, condition: str
) -> None:
    path = bundle_file(tmp_path, _condition("c1", system, code, text), AMLODIPINE)
    result = run("cautions", "--meds-from", path, "--json", env=ON)
    doc = result.json()
    assert isinstance(doc, dict)
    assert condition in {c["id"] for c in doc["conditions"]}
    assert doc["from_record"][0]["condition"] == condition
    assert doc["skipped"] == []


@pytest.mark.parametrize(
    "more",
    [
        {"clinical": "resolved"},
        {"verificationStatus": {"coding": [{"code": "entered-in-error"}]}},
    ],
)
def test_a_condition_not_current_does_not_count_but_is_listed(
    run: RunFn, tmp_path: Path, more: dict[str, Any]
) -> None:
    resource = _condition("c1", SNOMED, "77386006", "Pregnancy", **more)
    code, doc = recommend_json(run, bundle_file(tmp_path, resource, AMLODIPINE), "--age", "45")
    assert code == 0
    assert doc["go_ahead"] is True
    assert doc["conditions"] == []
    [skipped] = doc["skipped"]
    assert skipped["source"]["resource"] == "Condition/c1"
    assert "not counted" in skipped["reason"]
    assert skipped["not_read"] is False


def test_an_unknown_condition_and_other_resources_are_listed_as_not_read(
    run: RunFn, tmp_path: Path
) -> None:
    hypertension = _condition("c2", SNOMED, "38341003", "Hypertension")
    encounter = {"resourceType": "Encounter", "id": "e1", "status": "finished",
                 "class": {"code": "AMB"}}  # fmt: skip
    path = bundle_file(tmp_path, hypertension, encounter, AMLODIPINE)
    code, doc = recommend_json(run, path, "--age", "45")
    assert code == 3
    assert doc["complete"] is False
    reasons = {s["source"]["resource"]: s for s in doc["skipped"]}
    assert reasons["Condition/c2"]["not_read"] is True
    assert "give --condition" in reasons["Condition/c2"]["reason"]
    assert reasons["Encounter/e1"]["not_read"] is True
    table = run("recommend", "--goal", "constipation", "--meds-from", path, "--age", "45")
    assert "Some of the record was NOT read" in table.flat
    assert "Hypertension" in table.flat


@pytest.mark.parametrize(
    ("value", "loinc", "condition"),
    [(45, "62238-1", "kidney-disease"), (12, "98979-8", "severe-kidney-disease"), (75, None, None)],
)
def test_egfr_results_count_by_their_value(
    run: RunFn, tmp_path: Path, value: float, loinc: str | None, condition: str | None
) -> None:
    path = bundle_file(tmp_path, _egfr(value, loinc or "33914-3"), AMLODIPINE)
    code, doc = recommend_json(run, path, "--age", "45")
    assert doc["from_record"][0]["condition"] == condition
    assert code == (0 if condition is None else 4)


def test_an_egfr_entered_in_error_is_not_counted(run: RunFn, tmp_path: Path) -> None:
    path = bundle_file(tmp_path, _egfr(20, status="entered-in-error"), AMLODIPINE)
    code, doc = recommend_json(run, path, "--age", "45")
    assert code == 0
    assert doc["conditions"] == []
    assert "no result counted" in doc["skipped"][0]["reason"]


def _administration(
    text: str, route: dict[str, Any] | None = None, when: str = "2026-11-30T10:00:00Z"
) -> dict[str, Any]:
    dosage = {"dosage": {"route": route}} if route else {}
    return {"resourceType": "MedicationAdministration", "id": "a1", "status": "completed",
            "subject": {"reference": "Patient/p1"}, "effectiveDateTime": when,
            "medicationCodeableConcept": {"text": text}, **dosage}  # fmt: skip


@pytest.mark.parametrize(("when", "code"), [("2026-11-30T10:00:00Z", 4), ("2026-11-01", 3)])
def test_iv_magnesium_is_reported_and_withholds_only_when_given_lately(
    run: RunFn, tmp_path: Path, when: str, code: int
) -> None:
    """Given yesterday: no dose (exit 4); given a month ago: listed, not complete (exit 3)."""
    given = _administration("Magnesium sulfate 2 g in water 50 mL IV", when=when)
    found, doc = recommend_json(run, bundle_file(tmp_path, given, AMLODIPINE), "--age", "45")
    assert found == code
    assert doc["complete"] is False
    [skipped] = doc["skipped"]
    assert skipped["not_read"] is True
    assert f"given into a vein (IV) on {when[:10]}" in skipped["reason"]
    assert "ask the team that gave it" in skipped["reason"]
    withheld = [w["id"] for w in (doc["withheld"] or {}).get("by", [])]
    assert withheld == (["magnesium-given"] if code == 4 else [])


def test_an_oral_administration_is_checked_like_a_statement(run: RunFn, tmp_path: Path) -> None:
    oral = {"coding": [{"system": SNOMED, "code": "26643006", "display": "Oral route"}]}
    given = _administration("Ciprofloxacin 500 MG Oral Tablet", oral)
    result = run("cautions", "--meds-from", bundle_file(tmp_path, given), "--json")
    doc = result.json()
    assert isinstance(doc, dict)
    assert [c["medication"] for c in doc["cautions"]] == ["ciprofloxacin"]
    assert doc["cautions"][0]["source"]["resource"] == "MedicationAdministration/a1"
    assert result.code == 0


def test_the_fhir_output_names_what_was_not_read(run: RunFn, tmp_path: Path) -> None:
    given = _administration("Magnesium sulfate 2 g in water 50 mL IV")
    path = bundle_file(tmp_path, given, _condition("c1", ICD10, "N18.4", None), AMLODIPINE)
    result = run("cautions", "--meds-from", path, "--format", "fhir")
    assert result.code == 3
    doc = result.json()
    assert isinstance(doc, dict)
    resources = [e["resource"] for e in doc["entry"]]
    issues = [r for r in resources if r["resourceType"] == "DetectedIssue"]
    assert any(i["code"]["coding"][0]["code"] == "COND" for i in issues)
    [outcome] = [r for r in resources if r["resourceType"] == "OperationOutcome"]
    [issue] = outcome["issue"]
    assert issue["severity"] == "warning"
    assert "MedicationAdministration/a1" in issue["diagnostics"]
    assert "NOT read" in issue["diagnostics"]


def test_one_code_for_heart_failure_and_kidney_failure_counts_both(
    run: RunFn, tmp_path: Path
) -> None:
    """I13.2, hypertensive heart and kidney disease with heart failure and stage 5 CKD or ESRD:
    both conditions count, so the kidney warning is never lost behind the heart one."""
    path = bundle_file(tmp_path, _condition("c1", ICD10, "I13.2", None), AMLODIPINE)
    doc = run("cautions", "--meds-from", path, "--json", env=ON).json()
    assert isinstance(doc, dict)
    assert {"heart-failure", "severe-kidney-disease"} <= {c["id"] for c in doc["conditions"]}


def test_a_typed_adult_age_never_lifts_a_childs_record(run: RunFn, tmp_path: Path) -> None:
    """The record says 6, --age 30 is typed: the younger age is used and said (no dose)."""
    path = bundle_file(tmp_path, _patient("2020-03-02"), AMLODIPINE)
    result = run("recommend", "--goal", "constipation", "--meds-from", path, "--json",
                 "--age", "30", env=ON)  # fmt: skip
    assert result.code == 4, result.err
    doc = result.json()
    assert isinstance(doc, dict)
    assert "age-young-child" in {w["id"] for w in doc["withheld"]["by"]}
    assert "--age 30 given, but the record's Patient is 6: the younger age is used" in result.err
