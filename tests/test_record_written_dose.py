"""A magnesium product whose written directions or note say another amount a day than its coded
dose: the amount is not known and no dose is advised. Mag-Ox 400 coded "1 tablet once a day"
beside "Take 1 tablet twice daily", "Take twice daily" or a note "Patient actually takes 2
tablets twice daily" was counted at 241.3 mg and 108.7 mg more was advised (exit 0); real intake
is 482.6-965 mg, above the 350 mg/day upper level (IOM 1997, s1b)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fhirrecord import bundle_file, dose, request

from conftest import RunFn

UNKNOWN = "listed-magnesium-amount-unknown"
ONCE = {"timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}}}


def _recommend(run: RunFn, path: str) -> tuple[int, dict[str, Any]]:
    result = run("recommend", "--goal", "sleep", "--age", "50", "--meds-from", path, "--json")
    data = result.json()
    assert isinstance(data, dict), result.err
    return result.code, data


def _mag_ox(tmp_path: Path, resource: str = "MedicationRequest", **more: Any) -> str:
    found = request(1, "999999999", "Mag-Ox 400 MG Oral Tablet")
    if resource == "MedicationStatement":
        found = {"resourceType": resource, "id": "s1", "status": "active",
                 "subject": {"reference": "Patient/p1"},
                 "medicationCodeableConcept": found["medicationCodeableConcept"]}  # fmt: skip
    found.update(more)
    return bundle_file(tmp_path, found)


def _coded(**written: Any) -> list[dict[str, Any]]:
    return [{**ONCE, **dose(1, "tablet"), **written}]


@pytest.mark.parametrize(
    "more",
    [
        {"dosageInstruction": _coded(text="1 tablet daily",
                                     patientInstruction="Take 1 tablet twice daily")},
        {"dosageInstruction": _coded(
            patientInstruction="May increase to 2 tablets twice daily for cramps")},
        {"dosageInstruction": _coded(additionalInstruction=[{"text": "Take twice daily"}])},
        {"dosageInstruction": _coded(text="2 tablets at bedtime")},
        {"dosageInstruction": _coded(),
         "note": [{"text": "Patient actually takes 2 tablets twice daily"}]},
        {"dosageInstruction": [dose(1, "tablet") | {"text": "1 tablet three times a day"}]},
        {"dosageInstruction": [{**ONCE, **dose(400, "mg", "mg"), "text": "1 tablet twice daily"}]},
        {"dosageInstruction": [{"timing": {"repeat": {"frequency": 2, "period": 1,
                                                      "periodUnit": "d"}},
                                "text": "1 tablet daily"}]},
        # coded in mg, a count of units other than one a dose: the mg a unit is not known here
        {"dosageInstruction": [{**ONCE, **dose(400, "mg", "mg"), "text": "Take 3 tablets daily"}]},
        {"dosageInstruction": [{**ONCE, **dose(400, "mg", "mg"),
                                "patientInstruction": "2 tablets at night"}]},
        {"dosageInstruction": [{**ONCE, **dose(400, "mg", "mg"),
                                "additionalInstruction": [{"text": "Take 3 tablets"}]}]},
        {"dosageInstruction": [{**ONCE, **dose(400, "mg", "mg")}],
         "note": [{"text": "Patient takes 3 tablets a day"}]},
    ],
)  # fmt: skip
def test_written_directions_saying_more_than_the_coded_dose_make_the_amount_unknown(
    run: RunFn, tmp_path: Path, more: dict[str, Any]
) -> None:
    code, data = _recommend(run, _mag_ox(tmp_path, **more))
    assert code == 4
    assert [b["id"] for b in data["withheld"]["by"]] == [UNKNOWN]
    assert data["goals"][0]["recommendations"] == []


def test_a_statements_note_saying_more_than_its_directions_makes_the_amount_unknown(
    run: RunFn, tmp_path: Path
) -> None:
    more = {"dosage": [{"text": "1 daily"}], "note": [{"text": "takes 3 a day for cramps"}]}
    code, data = _recommend(run, _mag_ox(tmp_path, "MedicationStatement", **more))
    assert (code, [b["id"] for b in data["withheld"]["by"]]) == (4, [UNKNOWN])


AGREE = [
    {"dosageInstruction": _coded(text="1 tablet daily", patientInstruction="Take with food")},
    {"dosageInstruction": _coded(text="Take 1 tablet by mouth once daily")},
    {"dosageInstruction": _coded(additionalInstruction=[{"text": "Take at bedtime"}])},
    {"dosageInstruction": _coded(), "note": [{"text": "Tolerating well"}]},
    {"dosageInstruction": [{**ONCE, **dose(400, "mg", "mg"), "text": "Take 1 tablet daily"}]},
]


@pytest.mark.parametrize("more", AGREE)
def test_written_directions_that_agree_count_the_coded_dose(
    run: RunFn, tmp_path: Path, more: dict[str, Any]
) -> None:
    code, data = _recommend(run, _mag_ox(tmp_path, **more))
    assert (code, data["ceiling"]["mg"]) == (0, pytest.approx(108.7))
    assert "241.3 mg/day" in data["ceiling"]["why"]
