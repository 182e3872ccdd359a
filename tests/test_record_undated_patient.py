"""A record with several Patients where one has no birth date: the age is not known, and no
other Patient's age stands for it (an adult's age used for a child's medicines gave adult
laxative doses). With --age the typed age is used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fhirrecord import ON, bundle_file, recommend_json

from conftest import RunFn

ADULT = {"resourceType": "Patient", "id": "p1", "birthDate": "1970-01-01"}
UNDATED = {"resourceType": "Patient", "id": "p2"}
MIRALAX: dict[str, Any] = {
    "resourceType": "MedicationRequest", "id": "r1", "status": "active", "intent": "order",
    "subject": {"reference": "Patient/p2"},
    "medicationCodeableConcept": {"text": "Miralax 17 G Oral Powder"},
}  # fmt: skip


def _doses(doc: dict[str, Any]) -> list[Any]:
    return [r for g in doc["goals"] for r in g["recommendations"]]


def test_an_undated_patient_among_several_leaves_the_age_unknown(
    run: RunFn, tmp_path: Path
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, ADULT, UNDATED, MIRALAX))
    assert code == 4
    assert _doses(doc) == []
    assert [w["id"] for w in doc["withheld"]["by"]] == ["record-age-unknown"]
    adult = [f["read_as"] for f in doc["from_record"] if f["source"]["resource"] == "Patient/p1"]
    assert adult == [
        "born 1970-01-01 (age 56 by the record): not used: another Patient in the record has no "
        "birth date, and the medicines may be theirs; give --age"
    ]
    table = run("recommend", "--goal", "constipation", "--meds-from",
                bundle_file(tmp_path, ADULT, UNDATED, MIRALAX), env=ON)  # fmt: skip
    assert table.code == 4
    assert "has no birth date: the age is not known" in table.flat


def test_a_typed_age_is_used_and_one_undated_patient_alone_is_as_before(
    run: RunFn, tmp_path: Path
) -> None:
    code, doc = recommend_json(run, bundle_file(tmp_path, ADULT, UNDATED, MIRALAX), "--age", "40")
    assert code == 3  # the undated Patient is still listed as not read
    assert _doses(doc)
    code, doc = recommend_json(run, bundle_file(tmp_path, UNDATED, MIRALAX))
    assert code == 3
    assert doc["withheld"] is None or "record-age-unknown" not in str(doc["withheld"])
    assert _doses(doc)
