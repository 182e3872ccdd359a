"""Pregnancy and breastfeeding as US Core records them: an Observation (LOINC 82810-3 Pregnancy
status, 11449-6, an estimated delivery date 11778-8, 63895-7 breastfeeding status), read as a
Condition's pregnancy is: the rules cap a supplement at 350 mg/day in pregnancy and
breastfeeding. These were "not read" and not screened: constipation doses of 905-2,000 mg."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import AMLODIPINE, ON, bundle_file, recommend_json

from conftest import RunFn

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
WOMAN = {"resourceType": "Patient", "id": "p1", "birthDate": "1995-01-01"}


def _observation(loinc: str, display: str, **value: Any) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": "o1", "status": "final",
            "subject": {"reference": "Patient/p1"},
            "code": {"coding": [{"system": LOINC, "code": loinc, "display": display}]},
            **value}  # fmt: skip


def _coded(system: str, code: str, display: str) -> dict[str, Any]:
    return {"valueCodeableConcept": {"coding": [{"system": system, "code": code,
                                                 "display": display}]}}  # fmt: skip


def _code_only(system: str, code: str) -> dict[str, Any]:
    return {"valueCodeableConcept": {"coding": [{"system": system, "code": code}]}}


def _hcg(loinc: str, **value: Any) -> dict[str, Any]:
    found = _observation(loinc, "", **value)
    del found["code"]["coding"][0]["display"]  # codes only, as lab feeds send them
    return found


def _doses(doc: dict[str, Any]) -> list[float]:
    return [r["dose"]["max_mg"] for g in doc["goals"] for r in g["recommendations"]]


@pytest.mark.parametrize(
    ("observation", "condition"),
    [
        (_observation("82810-3", "Pregnancy status", **_coded(SNOMED, "77386006", "Pregnant")),
         "pregnancy"),
        (_observation("11449-6", "Pregnancy status - Reported",
                      **_coded(LOINC, "LA15173-0", "Pregnant")), "pregnancy"),
        (_observation("11778-8", "Delivery date Estimated", valueDateTime="2027-04-10"),
         "pregnancy"),
        (_observation("11778-8", "Delivery date Estimated", valueDateTime="2026-11-24"),
         "pregnancy"),
        (_observation("63895-7", "Breastfeeding status",
                      **_coded(SNOMED, "169741004", "Breast fed")), "breastfeeding"),
        (_observation("63895-7", "Breastfeeding status", valueString="Exclusively breastfeeding"),
         "breastfeeding"),
    ],
    ids=["us-core-pregnant", "reported-loinc-answer", "due-date-ahead", "due-date-just-past",
         "breast-fed", "breastfeeding-text"],
)  # fmt: skip
def test_a_pregnancy_or_breastfeeding_observation_caps_the_dose(
    run: RunFn, tmp_path: Path, observation: dict[str, Any], condition: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, WOMAN, AMLODIPINE, observation))
    assert code == 0
    read = [f for f in doc["from_record"] if f["source"]["resource"] == "Observation/o1"]
    assert [f["condition"] for f in read] == [condition]
    assert _doses(doc) and max(_doses(doc)) <= 350


@pytest.mark.parametrize(
    "observation",
    [
        _observation("82810-3", "Pregnancy status", **_coded(SNOMED, "60001007", "Not pregnant")),
        _observation("11778-8", "Delivery date Estimated", valueDateTime="2026-06-01"),
        _observation("63895-7", "Breastfeeding status", valueString="Not breastfeeding"),
        _observation("82810-3", "Pregnancy status", effectiveDateTime="2024-03-01",
                     **_coded(SNOMED, "77386006", "Pregnant")),
        _hcg("2106-3", **_code_only(SNOMED, "260385009")),
        _hcg("19080-1", valueQuantity={"value": 2, "unit": "mIU/mL"}),
    ],
    ids=["not-pregnant", "due-date-long-past", "not-breastfeeding", "observed-years-ago",
         "urine-hcg-negative", "serum-hcg-low"],
)  # fmt: skip
def test_a_status_saying_no_is_read_and_counts_nothing(
    run: RunFn, tmp_path: Path, observation: dict[str, Any]
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, WOMAN, AMLODIPINE, observation))
    assert code == 0
    assert max(_doses(doc)) > 350
    listed = [s for s in doc["skipped"] if s["source"]["resource"] == "Observation/o1"]
    assert len(listed) == 1 and listed[0]["not_read"] is False


def test_a_status_that_cannot_be_read_withholds(run: RunFn, tmp_path: Path) -> None:
    unread = _observation("82810-3", "Pregnancy status", valueString="See clinic letter")
    code, doc = recommend_json(run, bundle_file(tmp_path, WOMAN, AMLODIPINE, unread))
    assert code == 4
    assert _doses(doc) == []
    gaps = [s for s in doc["skipped"] if s["not_read"]]
    assert [s["input"] for s in gaps] == ["Pregnancy status: See clinic letter"]


@pytest.mark.parametrize(
    "value",
    [_coded("http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "UNK", "Unknown"),
     _coded(LOINC, "LA4489-6", "Unknown")],
    ids=["null-flavor", "loinc-answer"],
)  # fmt: skip
def test_an_unknown_status_caps_the_dose_rather_than_withholding_it(
    run: RunFn, tmp_path: Path, value: dict[str, Any]
) -> None:
    unknown = _observation("82810-3", "Pregnancy status", **value)
    code, doc = recommend_json(run, bundle_file(tmp_path, WOMAN, AMLODIPINE, unknown))
    assert code == 0
    assert doc["ceiling"]["why"] == "Pregnancy"
    assert _doses(doc) and max(_doses(doc)) <= 350
    read = [f["read_as"] for f in doc["from_record"] if f["condition"] == "pregnancy"]
    assert read == ["Pregnancy status: Unknown (not ruled out: counted, the safer reading): "
                    "counted as 'Pregnancy'"]  # fmt: skip


@pytest.mark.parametrize(
    ("observation", "why"),
    [
        (_hcg("2106-3", **_code_only(SNOMED, "10828004")), "Pregnancy"),
        (_hcg("2118-8", **_code_only(LOINC, "LA6576-8")), "Pregnancy"),
        (_hcg("19080-1", valueQuantity={"value": 1250, "unit": "m[IU]/mL"}), "Pregnancy"),
        (_hcg("63895-7", **_code_only(SNOMED, "169741004")), "Breastfeeding"),
        (_hcg("11884-4", valueQuantity={"value": 20, "unit": "wk"}), "Pregnancy"),
        (_hcg("82810-3", valueBoolean=True), "Pregnancy"),
        ({"resourceType": "Observation", "id": "o1", "status": "final",
          "code": {"text": "OB intake panel"},
          "component": [{"code": {"coding": [{"system": LOINC, "code": "82810-3"}]},
                         **_coded(SNOMED, "77386006", "Pregnant")}]}, "Pregnancy"),
    ],
    ids=["urine-hcg-positive", "serum-hcg-positive", "serum-hcg-level", "breastfeeding-code",
         "gestational-age", "status-boolean", "panel-component"],
)  # fmt: skip
def test_a_pregnancy_test_or_panel_component_sent_as_codes_caps_the_dose(
    run: RunFn, tmp_path: Path, observation: dict[str, Any], why: str
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, WOMAN, AMLODIPINE, observation))
    assert code == 0  # a panel all of whose parts are read is not a gap
    assert doc["ceiling"]["why"] == why
    assert _doses(doc) and max(_doses(doc)) <= 350


def test_the_terminal_says_what_the_observation_was_read_as(run: RunFn, tmp_path: Path) -> None:
    due = _observation("11778-8", "Delivery date Estimated", valueDateTime="2027-04-10")
    path = bundle_file(tmp_path, WOMAN, AMLODIPINE, due)
    result = run("recommend", "--goal", "constipation", "--meds-from", path, env=ON)
    assert result.code == 0, result.err
    assert "Delivery date Estimated 2027-04-10: counted as 'Pregnancy'" in result.flat


@pytest.mark.parametrize(
    "directions",
    ["4 mg every 8 hours as needed for HG", "4 mg q8h prn (HG)", "4 mg tid for morning sickness"],
)
def test_a_pregnancy_reason_in_a_records_directions_caps_the_dose(
    run: RunFn, tmp_path: Path, directions: str
) -> None:
    ondansetron = {"resourceType": "MedicationStatement", "id": "m2", "status": "active",
                   "subject": {"reference": "Patient/p1"},
                   "medicationCodeableConcept": {"text": "Ondansetron 4 MG Oral Tablet"},
                   "dosage": [{"text": directions}]}  # fmt: skip
    code, doc = recommend_json(run, bundle_file(tmp_path, WOMAN, ondansetron, AMLODIPINE))
    assert code == 0, doc
    assert doc["ceiling"]["mg"] == 350 and doc["ceiling"]["why"] == "Pregnancy"
